# The handles call_soon, call_later and call_at return: their classes and
# reprs as CPython's (the callback with its arguments and where it is
# defined; a cancelled handle without it), _callback and _args.
import asyncio
import functools
import re


def plain(a, b=2):
    print("plain", a, b)


class Clock:
    def tick(self, n):
        print("tick", n)


async def main():
    loop = asyncio.get_running_loop()
    soon = loop.call_soon(plain, 1)
    later = loop.call_later(10, functools.partial(plain, 3, b=4))
    at = loop.call_at(loop.time() + 20, Clock().tick, "x" * 50)
    def shown(h):
        # A timer's time is the machine's monotonic clock.
        return re.sub(r"when=[0-9.e+-]+", "when=T", repr(h))

    for h in (soon, later, at):
        print(type(h).__name__, isinstance(h, asyncio.Handle), isinstance(h, asyncio.TimerHandle))
        print(shown(h))
        print(h._callback.__name__ if hasattr(h._callback, "__name__") else type(h._callback).__name__, h._args)
    later.cancel()
    print(shown(later), later.cancelled(), later._callback, later._args)
    soon.cancel()
    print(shown(soon))
    at.cancel()
    print(hasattr(soon, "when"), hasattr(at, "when"), type(at).__mro__[1].__name__)
    await asyncio.sleep(0)


asyncio.run(main())
