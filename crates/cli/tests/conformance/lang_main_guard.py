# The main guard and __name__.
def main():
    print("running main in", __name__)

if __name__ == "__main__":
    main()
else:
    print("imported")
