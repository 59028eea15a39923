# An indented line where no block starts.
print("first")
    print("indented for no reason")
