# uvloop, as tutorials use it to speed up asyncio: the playground has one
# event loop, so install(), EventLoopPolicy, new_event_loop and run all give
# the ordinary asyncio loop.

import asyncio

__version__ = '0.19.0'


class Loop:
    pass


class EventLoopPolicy(asyncio.DefaultEventLoopPolicy):
    def __repr__(self):
        return '<uvloop.EventLoopPolicy object at 0x%x>' % id(self)


def new_event_loop():
    return asyncio.new_event_loop()


def install():
    asyncio.set_event_loop_policy(EventLoopPolicy())


def run(main, *, loop_factory=new_event_loop, debug=None, **run_kwargs):
    return asyncio.run(main, debug=debug)
