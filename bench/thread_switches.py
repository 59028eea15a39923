# Two threads computing at once hand the GIL over every switch interval;
# a small interval makes many hand-overs. CPU time per switch is the cost
# of the scheduler (ours) or of the GIL's hand-over (CPython).
import sys
import threading

sys.setswitchinterval(0.0005)


def spin(n):
    s = 0
    for i in range(n):
        s += i
    return s


threads = [threading.Thread(target=spin, args=(1_500_000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
