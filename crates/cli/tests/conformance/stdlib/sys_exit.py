# sys.exit with a status code ends the program with that exit status.
import sys


def main():
    print("about to exit with status 3")
    try:
        sys.exit(3)
    finally:
        print("finally still runs")


try:
    sys.exit("not really")
except SystemExit as e:
    print("caught SystemExit", repr(e.code))
main()
print("never printed")
