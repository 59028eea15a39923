# Calling a coroutine function without await runs nothing and warns.
import asyncio

async def greet():
    print("this never prints")

async def main():
    greet()
    print("main carries on")
    await asyncio.sleep(0)

asyncio.run(main())
