# contextvars: ContextVar get/set/reset, Token, copy_context/run, and asyncio tasks each running in a copy of the context.
import asyncio
import contextvars
from contextvars import ContextVar, copy_context

request_id = ContextVar("request_id", default="-")
user = ContextVar("user")
print(request_id.name, request_id.get(), user.get("nobody"))
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
tok = user.set("alice")
print(user.get(), tok.var is user, tok.old_value is contextvars.Token.MISSING)
tok2 = user.set("bob")
print(user.get(), tok2.old_value)
user.reset(tok2)
print(user.get())
user.reset(tok)
print(user.get("gone"))
for bad in [lambda: user.reset(tok), lambda: request_id.reset(user.set("x")), lambda: ContextVar(5), lambda: user.reset("t")]:
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0] if "Token" not in str(e) else str(e)[str(e).index(">") + 1:] if False else type(e).__name__)
user.set("carol")
ctx = copy_context()
print(ctx[user], user in ctx, len(ctx) >= 1, ctx.get(request_id, "absent"))
def in_ctx(value):
    user.set(value)
    return user.get()
print(ctx.run(in_ctx, "dave"), user.get(), ctx[user])
try:
    ctx.run(lambda: ctx.run(print, "nested"))
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context:"))


async def handle(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    print("task", n, "sees", request_id.get(), user.get())
    return request_id.get()


async def child_sees_parent():
    return request_id.get()


async def main():
    request_id.set("main")
    results = await asyncio.gather(*(handle(i) for i in range(3)))
    print(results, "main still", request_id.get())
    request_id.set("before-child")
    t = asyncio.create_task(child_sees_parent())
    request_id.set("after-child-created")
    print("child saw", await t, "main now", request_id.get())
    async with asyncio.TaskGroup() as tg:
        t2 = tg.create_task(child_sees_parent())
    print("taskgroup child saw", t2.result())
    await asyncio.wait_for(handle(9), timeout=1)
    print("after wait_for", request_id.get())


asyncio.run(main())
print("outside", request_id.get(), user.get())


async def read_var():
    return request_id.get()


async def with_context():
    ctx = copy_context()
    ctx.run(request_id.set, "from-ctx")
    print(await asyncio.create_task(read_var(), context=ctx))
    print(await asyncio.get_running_loop().create_task(read_var(), context=ctx))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(read_var(), context=ctx)
    print(t.result(), request_id.get())


asyncio.run(with_context())
