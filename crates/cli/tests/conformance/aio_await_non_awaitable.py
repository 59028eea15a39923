# Awaiting something that is not awaitable.
import asyncio

def blocking_call():
    return 42

async def main():
    try:
        await blocking_call()
    except TypeError as e:
        print("TypeError:", e)
    await "text"

asyncio.run(main())
