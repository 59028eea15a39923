import asyncio

async def ticker(delay, to):
    """Yield numbers from 0 to *to* every *delay* seconds."""
    try:
        for i in range(to):
            yield i
            await asyncio.sleep(delay)
    finally:
        print('ticker cleanup start')
        await asyncio.sleep(0.5)
        print('ticker cleanup end')

async def other():
    for i in range(4):
        print('other', i)
        await asyncio.sleep(0.2)

async def main():
    asyncio.create_task(other())
    async for x in ticker(0.1, 10):
        print(x)
        if x == 2:
            break
    print('broke out')
    await asyncio.sleep(1)
    result = [i async for i in ticker(0.1, 3)]
    print(result)
    g = ticker(0.1, 3)
    print(await anext(g))
    print(await g.aclose())
    print(await g.aclose())
    try:
        await anext(g)
    except StopAsyncIteration:
        print('exhausted')
    print('main done')

asyncio.run(main())
print('end')
