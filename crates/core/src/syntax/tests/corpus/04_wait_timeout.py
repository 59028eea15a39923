import asyncio


async def slow(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(slow(i), name=f"slow-{i}") for i in (0.5, 1.5, 3)]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print(sorted(t.result() for t in done))
    for t in pending:
        print("cancelling", t.get_name())
        t.cancel()
    try:
        await asyncio.wait_for(slow(10), timeout=0.25)
    except asyncio.TimeoutError:
        print("timed out")
    else:
        print("no timeout?")
    finally:
        print("cleanup")


asyncio.run(main())
