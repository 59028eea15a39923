print("a")
    print("b")
