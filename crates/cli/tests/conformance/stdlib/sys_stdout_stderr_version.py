# sys.stdout.write, sys.stderr, sys.version_info, sys.argv.
import sys

n = sys.stdout.write("written without newline")
sys.stdout.write("\n")
print("write returned", n)
sys.stderr.write("an error line\n")
print(sys.version_info >= (3, 7), sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(type(sys.version_info).__name__, sys.version.split()[0].count(".") == 2)
print(sys.argv[0].endswith("main.py"), len(sys.argv))
print(sys.maxsize > 2 ** 31, sys.getrecursionlimit(), sys.platform == "linux")
print("stdout" in repr(sys.stdout), sys.stdout is sys.__stdout__)
sys.stdout.flush()
print("to stderr via print", file=sys.stderr)
