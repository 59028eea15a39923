# An uncaught exception: the traceback lists every user frame, exit status 1.
def level3(items):
    return items[5]


def level2(items):
    value = level3(items)
    return value * 2


def level1():
    data = [1, 2, 3]
    return level2(data)


print("before")
print(level1())
print("never")
