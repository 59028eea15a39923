import asyncio

matrix = [[i * j for j in range(4)] for i in range(4)]
flat = [x for row in matrix for x in row if x if x % 2 == 0]
pairs = {(a, b) for a in range(3) for b in range(a)}
lookup = {k: v for k, v in zip("abc", range(3))}
inverse = {v: k for k, v in lookup.items() if v}
gen = (x ** 2 for x in flat)
total = sum(x for x in gen)
nested = [[y for y in range(x)] for x in range(3)]
print(matrix, flat, pairs, lookup, inverse, total, nested)
print(sorted(lookup, key=lambda k: -lookup[k]))
print(list(map(lambda x, y=2: x * y, [1, 2, 3])))
print(any(n > 2 for n in range(5)), all([]))


async def fetch(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    results = await asyncio.gather(*[fetch(i) for i in range(5)])
    doubled = [await fetch(r) * 2 for r in results]
    print(results, doubled)

asyncio.run(main())
