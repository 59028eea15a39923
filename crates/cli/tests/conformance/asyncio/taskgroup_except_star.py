import asyncio

async def fail(name, delay, exc):
    await asyncio.sleep(delay)
    raise exc(f'{name} failed')

async def ok(name, delay):
    await asyncio.sleep(delay)
    print(name, 'done')
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok('a', 0.1))
            tg.create_task(fail('b', 0.2, ValueError))
            tg.create_task(fail("c", 0.3, TypeError))
            tg.create_task(ok('d', 1))
    except* ValueError as eg:
        for e in eg.exceptions:
            print('value error:', e)
    except* TypeError as eg:
        print('type errors:', [str(e) for e in eg.exceptions])

    async def nested():
        try:
            raise ExceptionGroup('outer', [KeyError('k'), ExceptionGroup('inner', [ValueError('v')])])
        except* KeyError as e:
            print('inner handler', repr(e))
            try:
                raise ValueError('inside')
            except* ValueError as e2:
                print('nested star', repr(e2))
    try:
        await nested()
    except ExceptionGroup as eg:
        print('left over:', repr(eg))
        m, r = eg.split(lambda e: isinstance(e, ValueError))
        print(repr(m), repr(r))
        print(repr(eg.subgroup(ValueError)))

    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail('e', 0.1, RuntimeError))
        tg.create_task(fail('f', 0.2, OSError))

asyncio.run(main())
