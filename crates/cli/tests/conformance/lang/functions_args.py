# Parameters: defaults, keywords, *args, **kwargs, keyword-only.
def f(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, kw)

print(f(1, d=4))
print(f(1, 5, 6, 7, d=8, e=9))
print(f(*[1, 2, 3], **{"d": 0, "z": 1}))

def g(x, /, y, *, z):
    return x + y + z

print(g(1, 2, z=3), g(1, y=2, z=3))

def defaults(items=None):
    items = items or []
    items.append(1)
    return items

print(defaults(), defaults())

def describe(*args, **kwargs):
    return f"{len(args)} args, keys={sorted(kwargs)}"

print(describe(), describe(1, 2, x=3))
print((lambda *a, **k: (a, k))(1, b=2))
