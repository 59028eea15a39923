# inspect: predicates on functions, methods, classes, coroutines and generators; signature() and bind().
import inspect
import asyncio
import functools

def plain(a, b=2, *args, c, d=4, **kw):
    x = 1
def gen():
    yield 1
async def coro(x, /, y, *, z=3):
    await asyncio.sleep(0)
async def agen():
    yield 1
class K:
    def __init__(self, name, size=10):
        self.name = name
    def method(self, q, r=None):
        pass
    async def amethod(self):
        pass
    def __call__(self, v):
        return v
lam = lambda p, q=1: p
things = [plain, gen, coro, agen, K, K.method, K("x").method, K("x").amethod, lam, len, print, functools.partial(coro, 1), K("x"), 5, "s", inspect]
preds = ["isfunction", "ismethod", "isclass", "iscoroutinefunction", "isgeneratorfunction", "isasyncgenfunction", "isbuiltin", "isroutine", "ismodule"]
for t in things:
    print(type(t).__name__ if not hasattr(t, "__name__") else t.__name__, [p for p in preds if getattr(inspect, p)(t)])
g = gen(); c = coro(1, 2); ag = agen()
for o in [g, c, ag, asyncio.sleep, 3]:
    print(type(o).__name__, inspect.isgenerator(o), inspect.iscoroutine(o), inspect.isasyncgen(o), inspect.isawaitable(o))
c.close()
for f in [plain, gen, coro, K, K.method, K("x").method, lam, K("x")]:
    sig = inspect.signature(f)
    print(sig, list(sig.parameters), [str(p.kind) for p in sig.parameters.values()])
sig = inspect.signature(plain)
print(sig.parameters["b"].default, sig.parameters["a"].default is inspect.Parameter.empty, repr(sig.parameters["kw"]))
ba = sig.bind(1, 2, 3, c=5, extra=6)
print(ba.arguments, ba.args, ba.kwargs)
ba = inspect.signature(K.method).bind(1, 2)
ba.apply_defaults()
print(ba.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError", e)
print(asyncio.iscoroutinefunction(coro), inspect.iscoroutinefunction(K.amethod))
print([name for name, _ in inspect.getmembers(K, inspect.isfunction)])
print(inspect.cleandoc("""
    First line
      indented
    last
"""))
