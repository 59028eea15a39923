# Cancellation arrives as CancelledError at the await where the task is
# suspended; finally blocks run; the task may catch it and go on.
import asyncio


async def worker():
    print("worker: step 1")
    try:
        print("worker: about to sleep")
        await asyncio.sleep(1)
        print("never reached")
    finally:
        print("worker: finally runs on cancellation")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: swallowing the cancellation")
    await asyncio.sleep(0.05)
    return "stubborn finished anyway"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    print("main: cancelling")
    t.cancel("stop now")
    print("main: cancel() returned, task done?", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main: worker cancelled with", repr(e))
    print(t.cancelled(), t.done(), t.cancel())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.05)
    s.cancel()
    print(await s, s.cancelled())
    c = asyncio.create_task(worker())
    print(c.cancel())  # cancelled before its first step: the body never runs
    try:
        await c
    except asyncio.CancelledError:
        print("main: cancelled before starting")


asyncio.run(main())
