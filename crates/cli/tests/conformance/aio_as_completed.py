# as_completed yields results in finishing order.
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    for fut in asyncio.as_completed([job(0.3), job(0.1), job(0.2)]):
        print(await fut)

asyncio.run(main())
