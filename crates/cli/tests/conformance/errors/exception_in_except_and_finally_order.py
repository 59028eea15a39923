# Order of output when exceptions pass through finally blocks, then exit 1.
def inner():
    try:
        print("inner try")
        raise ValueError("from inner")
    finally:
        print("inner finally")


def outer():
    try:
        inner()
    except TypeError:
        print("not a TypeError")
    finally:
        print("outer finally")


outer()
