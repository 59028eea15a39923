import asyncio
import datetime

def hello_world(loop):
    print('Hello World')
    loop.stop()

loop = asyncio.new_event_loop()
loop.call_soon(hello_world, loop)
try:
    loop.run_forever()
finally:
    loop.close()

def display_date(end_time, loop):
    print('tick', round(loop.time() - start, 1))
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, display_date, end_time, loop)
    else:
        loop.stop()

loop = asyncio.new_event_loop()
start = loop.time()
end_time = loop.time() + 5.0
loop.call_soon(display_date, end_time, loop)
try:
    loop.run_forever()
finally:
    loop.close()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.call_later(1, loop.stop)
loop.run_forever()
print('stopped', loop.is_running(), loop.is_closed())
loop.close()
policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
asyncio.set_event_loop_policy(None)
l2 = asyncio.new_event_loop()
asyncio.set_event_loop(l2)
print(asyncio.get_event_loop() is l2)
l2.close()
