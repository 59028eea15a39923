# asyncio.run drives a coroutine to its end and returns its value.
import asyncio


async def compute(x):
    await asyncio.sleep(0.05)
    return x * 2


async def main():
    value = await compute(21)
    print("inside main:", value)
    return value + 1


result = asyncio.run(main())
print("asyncio.run returned", result)
print(asyncio.run(compute(5)))
