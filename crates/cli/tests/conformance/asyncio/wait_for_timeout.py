# wait_for: a timeout cancels the inner task and raises TimeoutError.
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print("slow() was cancelled")
        raise
    finally:
        print("slow() cleanup")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except asyncio.TimeoutError as e:
        print("timed out:", repr(e), type(e) is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0.05, result="in time"), timeout=1))
    task = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(task, timeout=0.1)
    except TimeoutError:
        print("task cancelled?", task.cancelled())
    print(await asyncio.wait_for(asyncio.sleep(0, result="no timeout"), None))


asyncio.run(main())
