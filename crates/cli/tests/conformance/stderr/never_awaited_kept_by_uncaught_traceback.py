# An uncaught exception keeps its frames until exit (sys.last_value):
# the coroutine a frame held warns after the traceback, at sys:1.
async def coro():
    pass
def f():
    c = coro()
    raise ValueError("x")
f()
