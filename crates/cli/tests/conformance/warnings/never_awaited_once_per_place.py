import asyncio

async def work(n):
    await asyncio.sleep(0.1)

async def other():
    pass

def helper():
    for i in range(3):
        work(i)
    other()

async def main():
    helper()
    helper()
    for i in range(2):
        work(i)
    print('still running')
    raise RuntimeError('boom')

asyncio.run(main())
