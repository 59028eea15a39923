# contextvars across threads: each thread starts with an empty context; asyncio.to_thread copies the caller's.
import asyncio
import threading
import contextvars
from concurrent.futures import ThreadPoolExecutor

var = contextvars.ContextVar("var", default="default")
var.set("main-value")


def in_thread(tag):
    before = var.get()
    var.set("thread-" + tag)
    return (tag, before, var.get())


t_results = []
threads = [threading.Thread(target=lambda i=i: t_results.append(in_thread(str(i)))) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(t_results), var.get())
with ThreadPoolExecutor(max_workers=2) as ex:
    print(sorted(ex.map(in_thread, "ab")), var.get())
ctx = contextvars.copy_context()
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(ctx.run, in_thread, "ctx").result(), var.get(), ctx[var])


async def main():
    var.set("task-value")
    print(await asyncio.to_thread(in_thread, "to_thread"), var.get())
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, in_thread, "executor"))


asyncio.run(main())
print(var.get())
