# queue's Empty and Full come from queue.py's lines (get, put, get_nowait,
# put_nowait); a SimpleQueue's from C, with no frame of its own.
import queue
import traceback

q = queue.Queue(1)
for call in (lambda: q.get(timeout=0.01), q.get_nowait,
             lambda: q.get(timeout=-1)):
    try:
        call()
    except (queue.Empty, ValueError):
        traceback.print_exc()
q.put(1)
for call in (lambda: q.put(2, timeout=0.01), lambda: q.put_nowait(2)):
    try:
        call()
    except queue.Full:
        traceback.print_exc()
s = queue.SimpleQueue()
try:
    s.get(timeout=0.01)
except queue.Empty:
    traceback.print_exc()
q.get_nowait()
q.get_nowait()
