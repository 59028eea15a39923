import asyncio


async def forever(name):
    try:
        while True:
            print(name, "tick")
            await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    finally:
        print(name, "cleanup")


async def main():
    task = asyncio.create_task(forever("bg"))
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task is cancelled now", task.cancelled())

    shielded = asyncio.shield(asyncio.sleep(0.1, result="shielded"))
    print(await shielded)

asyncio.run(main())
