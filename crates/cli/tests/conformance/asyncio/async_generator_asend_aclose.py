import asyncio

async def countdown(name, n):
    try:
        while n:
            yield n
            n -= 1
    finally:
        print(name, 'cleanup')

async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x is None:
                continue
            received.append(x)
            print('echo got', x)
    except GeneratorExit:
        print('echo exit')
        raise

async def main():
    async for n in countdown('a', 3):
        print(n)
        break
    print('loop done')
    gens = [countdown('b', 5), countdown('c', 5)]
    for g in gens:
        print(await g.__anext__())
    e = echo()
    print(await e.asend(None))
    print(await e.asend('hi'))
    print(await e.asend('there'))
    await e.aclose()
    print('main returns')

asyncio.run(main())
