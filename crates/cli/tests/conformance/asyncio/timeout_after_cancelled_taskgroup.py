# A TaskGroup that failed leaves its task's cancel request counted
# (cancelling() stays 1 in 3.11); a timeout entered afterwards still turns
# its own cancellation into TimeoutError, raised from the CancelledError.
# A timeout cannot be entered twice.
import asyncio


async def job(i):
    await asyncio.sleep(0.1 * (3 - i))
    if i == 2:
        raise ValueError(f"bad {i}")
    return i


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(job(i)) for i in range(3)]
    except* ValueError as group:
        print("caught", group.exceptions)
    print([t.cancelled() for t in tasks], asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.05) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out:", type(e.__cause__).__name__, cm.expired())
    print(asyncio.current_task().cancelling())
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(e)


asyncio.run(main())
