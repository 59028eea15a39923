import asyncio


async def count(name, n):
    for i in range(1, n + 1):
        print(f"{name}: {i}")
        await asyncio.sleep(0.1)
    return name * 2


async def main():
    results = await asyncio.gather(count("a", 3), count("b", 2), count("c", 1))
    print("results:", results)


asyncio.run(main())
