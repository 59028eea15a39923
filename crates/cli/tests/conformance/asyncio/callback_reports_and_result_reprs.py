# How asyncio names a callback that raised ("Exception in callback f(1) at
# main.py:N", then its handle), and a finished future's result in its repr
# (reprlib: six items of a list, 30 characters of a string, 40 digits).
import asyncio
import functools
import re


def shown(obj):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', repr(obj))


class Counter:
    def bump(self, by):
        raise KeyError(by)


def divide(a, b=0):
    return a / b


async def give(value):
    return value


async def main():
    for value in (list(range(10)), 'x' * 50, 2 ** 200, {'k%d' % i: i for i in range(6)},
                  (1,), {3, 1, 2}, [[1, [2, [3, [4, [5, [6, [7]]]]]]]], None, 'short'):
        task = asyncio.create_task(give(value))
        await task
        print(shown(task))
    loop = asyncio.get_running_loop()
    loop.call_soon(divide, 1)
    loop.call_soon(functools.partial(divide, 'y' * 40))
    loop.call_soon(Counter().bump, [1, 2, 3, 4, 5, 6, 7])
    loop.call_later(0.01, divide, 3, 0)
    await asyncio.sleep(0.1)
    print('after the callbacks')


asyncio.run(main())
