# global and nonlocal declarations.
counter = 0


def bump():
    global counter
    counter += 1


bump()
bump()
print(counter)


def outer():
    x = "outer"

    def inner():
        nonlocal x
        x = "changed by inner"

    inner()
    return x


print(outer())


def shadow():
    counter = 100  # a local that hides the global
    return counter


print(shadow(), counter)


def make_global():
    global created_later
    created_later = "made inside a function"


make_global()
print(created_later)


def read_only():
    return counter * 2  # reading a global needs no declaration


print(read_only())
