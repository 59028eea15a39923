import asyncio
async def fail(n):
    await asyncio.sleep(0.1)
    raise ValueError(n)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(fail(2))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print(repr(eg))
asyncio.run(main())
