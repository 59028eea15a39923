import asyncio


async def step(n, delay=0.2):
    await asyncio.sleep(delay)
    return n


async def pipeline():
    a = await step(1)
    b = await step(a + 1, delay=0.1)
    c, d = await asyncio.gather(step(b * 2), step(b * 3))
    return a, b, c, d


async def main():
    for timeout in (0.1, 0.5, None):
        try:
            result = await asyncio.wait_for(pipeline(), timeout)
        except asyncio.TimeoutError:
            print(f"timeout={timeout}: too slow")
        else:
            print(f"timeout={timeout}: {result}")

asyncio.run(main())
