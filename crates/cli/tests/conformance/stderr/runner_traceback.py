# asyncio.Runner (3.11): the first run succeeds, the second raises.
import asyncio


async def step(n):
    await asyncio.sleep(0.01)
    if n > 1:
        raise ValueError(f"step {n} failed")
    return n


with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
