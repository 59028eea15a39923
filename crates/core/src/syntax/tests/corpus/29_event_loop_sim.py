import asyncio
import heapq
import itertools


class Scheduler:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._seq = itertools.count()
        self.now = 0.0

    def call_later(self, delay, callback, *args):
        heapq.heappush(self._timers, (self.now + delay, next(self._seq), callback, args))

    def run(self):
        while self._ready or self._timers:
            if not self._ready:
                when, _, cb, args = heapq.heappop(self._timers)
                self.now = max(self.now, when)
                self._ready.append((cb, args))
            cb, args = self._ready.pop(0)
            cb(*args)


def report(sched, label):
    print(f"t={sched.now:4.1f} {label}")


sched = Scheduler()
for delay, label in [(0.5, "half"), (0.1, "tenth"), (1, "one"), (0.1, "tenth again")]:
    sched.call_later(delay, report, sched, label)
sched.run()


async def compare():
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*(asyncio.sleep(d) for d in (0.1, 0.2)))
    return round(asyncio.get_running_loop().time() - start, 1)

print(asyncio.run(compare()))
