# Deeply nested code and data: CPython runs or raises RecursionError, never crashes.
src = "x = 999\nif x == 1:\n    r = 1\n" + "".join(
    f"elif x == {i}:\n    r = {i}\n" for i in range(2, 1000)) + "print('elif chain', r)\n"
exec(src)
exec("print('power chain', " + "**".join(["1"] * 1000) + ")")
print(eval("+".join(["2"] * 900)))

too_deep = "x = 0\nif x:\n    pass\n" + "elif x:\n    pass\n" * 3100
try:
    exec(too_deep)
except RecursionError as e:
    print(type(e).__name__, e)


def attempt(label, f):
    try:
        print(label, f())
    except RecursionError as e:
        print(label, type(e).__name__, e)


a = []; a.append(a); b = []; b.append(b)
attempt('self eq', lambda: a == b)
attempt('self lt', lambda: a < b)
attempt('self in', lambda: a in [b])
attempt('self repr', lambda: repr(a))
t = (a,)
attempt('tuple of self', lambda: t == (b,))

x = []
for i in range(2000):
    x = [x]
attempt('deep repr', lambda: len(repr(x)))
attempt('deep str', lambda: len(str(x)))
attempt('deep eq', lambda: x == x[0])
y = []
for i in range(500):
    y = [y]
attempt('shallow repr', lambda: len(repr(y)))

d1 = {}; d2 = {}
for i in range(100000):
    d1 = {1: d1}; d2 = {1: d2}
attempt('deep dict eq', lambda: d1 == d2)
dd = {}
for i in range(2000):
    dd = {'k': dd}
attempt('deep dict repr', lambda: len(repr(dd)))


def f(n):
    return f(n + 1)


attempt('python recursion', lambda: f(0))
print('still running')
