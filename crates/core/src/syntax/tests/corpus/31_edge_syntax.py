async def edge(a, *b, c=1, **d):
    x = [*b, *d] ; y = {**d, 'k': 1}
    (yield)
    z = yield a, c
    w = yield
    q = lambda *args, key=None, **kw: (args, key, kw)
    r = lambda a, /, b: a + b
    s = lambda: (yield)
    u = [i async for i in aiter(b) if await i]
    v = (await x for x in b)
    print(f"{a!r:{c}}", f"{'{'}{x}{'}'}", f"{x:{'>'}{10}}", f"{ {'a': 1}['a'] }")
    with (open("a")) as f, open("b") as g: pass
    with (yield): pass
    async with a as (b, c): pass
    async for (i, j) in a: pass
    global gl
    assert (x, y)
    await a


def gen():
    x = yield from range(3)
    return x


print(not not True, - - 1, ~ ~ 2, [] if [] else {}, ...)
t = 1, 2, *[3]
o = obj.a.b(c)[d].e(*f, **g)(h)
m = x[1:2, ::3, ...]
n = x[a, b]
p = x[(a, b)]
k = f(a)(b)(c)
if a: pass
elif b: pass
elif c:
    pass
else:
    pass
