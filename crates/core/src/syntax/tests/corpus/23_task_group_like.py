import asyncio


class TaskGroup:
    def __init__(self):
        self._tasks = []

    def create_task(self, coro, *, name=None):
        task = asyncio.ensure_future(coro)
        if name is not None:
            task.set_name(name)
        self._tasks.append(task)
        return task

    async def __aenter__(self):
        return self

    async def __aexit__(self, et, exc, tb):
        if et is not None:
            for t in self._tasks:
                t.cancel()
        results = await asyncio.gather(*self._tasks, return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors and et is None:
            raise errors[0]


async def work(n):
    await asyncio.sleep(n / 10)
    if n == 3:
        raise ValueError(n)
    return n


async def main():
    try:
        async with TaskGroup() as tg:
            for n in range(5):
                tg.create_task(work(n), name=f"work-{n}")
    except ValueError as e:
        print("group failed:", e.args)

asyncio.run(main())
