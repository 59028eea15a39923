# CPython's docs' custom policy: a SelectorEventLoop made with a selector of
# the program's own; loops are instances of SelectorEventLoop and BaseEventLoop.
import asyncio
import selectors


class MyPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        selector = selectors.SelectSelector()
        return asyncio.SelectorEventLoop(selector)


asyncio.set_event_loop_policy(MyPolicy())


async def main():
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.SelectorEventLoop), isinstance(loop, asyncio.BaseEventLoop))
    await asyncio.sleep(0.1)
    print("slept")

loop = asyncio.new_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop))
loop.close()
asyncio.run(main())
print(selectors.EVENT_READ | selectors.EVENT_WRITE, selectors.DefaultSelector.__name__ in ('EpollSelector',))
