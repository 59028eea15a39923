# CancelledError derives from BaseException: `except Exception` misses it.
import asyncio


async def victim():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("never: Exception does not catch CancelledError")
    except asyncio.CancelledError as e:
        print("caught", repr(e))
        raise


async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    print(asyncio.CancelledError.__mro__[1].__name__)
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except Exception:
        print("never")
    except BaseException as e:
        print("main caught", type(e).__name__)
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
