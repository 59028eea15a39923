# Closures, nonlocal and global.
counter = 0

def bump():
    global counter
    counter += 1

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

bump(); bump()
c1, c2 = make_counter(), make_counter()
print(counter, c1(), c1(), c1(), c2())

def adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in adders()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())
