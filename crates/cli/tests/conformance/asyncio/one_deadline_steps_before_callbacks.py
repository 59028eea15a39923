import asyncio
async def w(n):
    await asyncio.sleep(0.1)
    print("step", n)
    return n
async def main():
    ts = [asyncio.create_task(w(i)) for i in range(3)]
    for t in ts:
        t.add_done_callback(lambda f: print("cb", f.result()))
    ts[0].add_done_callback(lambda f: [t.cancel() for t in ts[1:]])
    await asyncio.sleep(0.2)
    print([t.cancelled() for t in ts])
asyncio.run(main())
