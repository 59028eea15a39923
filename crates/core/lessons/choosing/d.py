# The same sums as asyncio tasks: a coroutine that never awaits anything
# runs to its end before another starts, so asyncio is no faster either.
import asyncio


async def sum_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


NUMBERS = [1_000_000 + k for k in range(10)]


async def main():
    return await asyncio.gather(*(sum_squares(n) for n in NUMBERS))


results = asyncio.run(main())
print(len(results), "sums, the first:", results[0])
