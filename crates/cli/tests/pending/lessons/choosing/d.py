# The same ten sums as coroutines gathered by asyncio: there is nothing to
# wait for, so each coroutine runs to the end before the next one starts.
import asyncio
import time

NUMBERS = [3_000_000 + k for k in range(10)]


async def sum_of_squares(n):
    return sum(i * i for i in range(n))


async def main():
    return await asyncio.gather(*(sum_of_squares(n) for n in NUMBERS))


start = time.perf_counter()
results = asyncio.run(main())
print(len(results), "sums, the first:", results[0])
print("the last:", results[-1])
print(f"asyncio: {time.perf_counter() - start:.1f} s")
