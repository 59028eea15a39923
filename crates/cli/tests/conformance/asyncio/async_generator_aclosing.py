import asyncio
import contextlib

@contextlib.asynccontextmanager
async def resource(name):
    print('open', name)
    try:
        yield name.upper()
    except ValueError as e:
        print('resource saw', repr(e))
        raise
    finally:
        print('close', name)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen cleanup')

async def main():
    async with resource('a') as r:
        print('using', r)
    try:
        async with resource('b') as r:
            raise ValueError('inside')
    except ValueError as e:
        print('caught', e)
    g = agen()
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print('closed before start')
    g = agen()
    print(await anext(g))
    await g.aclose()
    await g.aclose()
    try:
        print(await g.asend(None))
    except StopAsyncIteration:
        print('asend on closed')
    async with contextlib.aclosing(agen()) as g2:
        async for v in g2:
            print('v', v)
            break
    print('after aclosing')

asyncio.run(main())
