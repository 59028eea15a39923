# sched, as the scheduling tutorials use it: events by time and priority,
# cancel, a non-blocking run, and the queue.
import sched
import time

start = time.time()
s = sched.scheduler(time.time, time.sleep)


def print_event(name):
    print("EVENT:", round(time.time() - start, 1), name)


print("START:", round(time.time() - start, 1))
e1 = s.enter(2, 1, print_event, ("first",))
e2 = s.enter(3, 1, print_event, argument=("second",))
s.enter(2, 0, print_event, kwargs={"name": "urgent, same time"})
s.enter(1, 1, print_event, ("cancelled",))
s.cancel(s.queue[0])
print([(round(e.time - start), e.priority, e.argument, e.kwargs) for e in s.queue])
print(s.empty())
s.run()
print("END:", round(time.time() - start, 1), s.empty())

s2 = sched.scheduler()
now = time.monotonic()
s2.enterabs(now + 0.5, 1, print, ("later",))
left = s2.run(blocking=False)
print(0.4 < left <= 0.5)
time.sleep(left)
s2.run(blocking=False)
try:
    s2.cancel(e1)
except ValueError as e:
    print("ValueError:", e)
print(sched.Event._fields)


def chained(n):
    print("tick", n)
    if n < 3:
        s.enter(0.5, 1, chained, (n + 1,))


s.enter(0, 1, chained, (1,))
s.run()
print("total", round(time.time() - start, 1))
