# asyncio.Condition (wait, wait_for, notify, notify_all) and asyncio.Barrier
# (parties meeting, n_waiting, reset/abort and BrokenBarrierError), and
# asyncio's modules as attributes.
import asyncio
import re
from asyncio.exceptions import CancelledError


def shown(obj):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', repr(obj))


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, 'took', items.pop(0))


async def conditions():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, items, f'c{i}')) for i in range(3)]
    await asyncio.sleep(0.1)
    print(shown(cond))
    async with cond:
        items.append('a')
        cond.notify()
    await asyncio.sleep(0.1)
    async with cond:
        items.extend(['b', 'c'])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(shown(cond))
    for bad in (cond.wait(), ):
        try:
            await bad
        except RuntimeError as e:
            print('RuntimeError:', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, 'arrives', barrier.n_waiting)
    index = await barrier.wait()
    print(name, 'passes', index)


async def barriers():
    barrier = asyncio.Barrier(3)
    print(shown(barrier), barrier.parties, barrier.broken)
    await asyncio.gather(*(party(barrier, f'p{i}', i / 10) for i in range(3)))
    print(shown(barrier))
    lone = asyncio.create_task(party(barrier, 'lone', 0))
    await asyncio.sleep(0.1)
    await barrier.abort()
    try:
        await lone
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, e, barrier.broken, shown(barrier))
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)


async def main():
    await conditions()
    await barriers()
    print(asyncio.tasks.Task is asyncio.Task, asyncio.locks.Condition is asyncio.Condition)
    print(CancelledError is asyncio.CancelledError, asyncio.exceptions.BrokenBarrierError)


asyncio.run(main())
