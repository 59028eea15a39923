import asyncio

SENTINEL = object()


async def stage(name, inbox, outbox, transform):
    while (item := await inbox.get()) is not SENTINEL:
        result = transform(item)
        print(f"{name:>8}: {item!r} -> {result!r}")
        await outbox.put(result)
    await outbox.put(SENTINEL)


async def source(outbox, items):
    for it in items:
        await outbox.put(it)
        await asyncio.sleep(0)
    await outbox.put(SENTINEL)


async def sink(inbox):
    collected = []
    while True:
        item = await inbox.get()
        if item is SENTINEL:
            return collected
        collected.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    tasks = [
        source(q1, ["a", "bb", "ccc"]),
        stage("upper", q1, q2, str.upper),
        stage("len", q2, q3, lambda s: (s, len(s))),
    ]
    *_, out = await asyncio.gather(*tasks, sink(q3))
    print(out)

asyncio.run(main())
