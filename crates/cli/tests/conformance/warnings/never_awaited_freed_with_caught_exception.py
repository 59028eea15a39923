# A coroutine only a raising frame held dies with the exception: when
# the except block ends (its last line), or at exit for an uncaught one.
async def coro():
    pass
def f():
    c = coro()
    raise ValueError("x")
try:
    f()
except ValueError as e:
    print("caught")
print("after")
