import asyncio

async def agen(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print('agen finally')

async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    async for i in agen(5):
        print('got', i)
        if i == 1:
            break
    print('after break')
    await asyncio.sleep(0)
    print('after sleep')
    it = agen(2)
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, 'done'))
    print(await anext(it, 'done'))
    g = agen(3)
    print(await g.asend(None))
    try:
        await g.athrow(ValueError('boom'))
    except ValueError as e:
        print('athrow', e)
    g2 = agen(3)
    print(await g2.__anext__())
    await g2.aclose()
    print('closed')
    g3 = agen(10)
    print(await anext(g3))
    await t
    print('main end')

asyncio.run(main())
print('program end')
