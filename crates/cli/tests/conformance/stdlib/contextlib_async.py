import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext, suppress


@asynccontextmanager
async def connection(name, log):
    log.append(f'open {name}')
    await asyncio.sleep(0.01)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        log.append(f'close {name}')


@asynccontextmanager
async def handles(kind):
    try:
        yield
    except kind as e:
        print('handled inside cm:', type(e).__name__, e)


class AsyncRes:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print('aenter', self.name)
        return self

    async def __aexit__(self, *exc):
        print('aexit', self.name, exc[0].__name__ if exc[0] else None)


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('numbers closed')


async def main():
    log = []
    async with connection('db', log) as conn:
        log.append(f'use {conn}')
    print(log)
    log.clear()
    try:
        async with connection('cache', log):
            raise ValueError('bad query')
    except ValueError as e:
        print('caught', e, log)
    async with handles(KeyError):
        raise KeyError('k')
    print('after handled')
    try:
        async with handles(KeyError):
            raise IndexError('i')
    except IndexError as e:
        print('passed through', e)

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(AsyncRes('a'))
        b = await stack.enter_async_context(AsyncRes('b'))
        stack.callback(print, 'sync callback')

        async def later(msg):
            print('async callback', msg)

        stack.push_async_callback(later, 'x')
        print('body', a.name, b.name)

    async with aclosing(numbers()) as agen:
        async for n in agen:
            if n == 2:
                break
            print('n', n)
    async with nullcontext('v') as v:
        print('nullcontext', v)
    with suppress(ZeroDivisionError):
        1 / 0
    print('done')

    @asynccontextmanager
    async def timer(label):
        start = asyncio.get_running_loop().time()
        yield
        print(label, round(asyncio.get_running_loop().time() - start, 1))

    async with timer('slept'):
        await asyncio.sleep(0.5)

    @timer('decorated')
    async def job():
        await asyncio.sleep(0.2)
        return 'job result'

    print(await job())


asyncio.run(main())
