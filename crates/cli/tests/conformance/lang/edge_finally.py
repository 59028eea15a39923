# finally, break and return interplay.
def f():
    for i in range(5):
        try:
            if i == 2:
                return f"returned at {i}"
        finally:
            print("finally", i)

print(f())

def g():
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as e:
            return repr(e)
        finally:
            print("inner finally")

print(g())

def h():
    total = 0
    for i in range(10):
        try:
            if i % 2:
                continue
            if i > 6:
                break
            total += i
        finally:
            total += 100
    return total

print(h())
while True:
    try:
        break
    finally:
        print("break runs finally")
try:
    try:
        1 / 0
    finally:
        print("cleanup before propagating")
except ZeroDivisionError as e:
    print("caught", e)
