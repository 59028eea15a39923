# The `if __name__ == '__main__':` idiom.
def main():
    print("running main()")
    return 0


print("__name__ is", __name__)
if __name__ == '__main__':
    main()
else:
    print("imported, not run")
if __name__ == "__main__":
    print("double quotes work the same")
