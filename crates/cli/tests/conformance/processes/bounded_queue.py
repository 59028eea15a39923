# A bounded multiprocessing.Queue: put_nowait on a full queue raises Full;
# full() and qsize() tell where it stands.
import multiprocessing as mp
import queue
import time

if __name__ == "__main__":
    q = mp.Queue(maxsize=2)
    q.put(1)
    q.put(2)
    time.sleep(0.1)
    print(q.full(), q.qsize())
    try:
        q.put_nowait(3)
    except queue.Full:
        print("Full")
    print(q.get(), q.get())
    time.sleep(0.1)
    print(q.empty(), q.full())
