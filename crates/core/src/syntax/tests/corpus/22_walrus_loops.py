import asyncio

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

while (item := data.pop()) != 1:
    print("popped", item)
else:
    print("loop ended without break")

for i in range(10):
    if i == 2:
        continue
    if i > 5:
        break
    print(i)
else:
    print("never printed")

values = [y for x in range(5) if (y := x * x) > 4]
print(values)

i = 0
while True:
    i += 1
    if i >= 3: break
print(i)


async def poll(queue):
    while (msg := await queue.get()) is not None:
        print("msg", msg)


async def main():
    q = asyncio.Queue()
    for m in ["a", "b", None]:
        q.put_nowait(m)
    await poll(q)

asyncio.run(main())
