# Assigning to a function call is not allowed.
def f():
    return 1


f() = 5
