# multiprocessing.Event: two child processes wait on it, the parent sets it;
# a wait with a timeout, clear, and the event crossing to the children.
import multiprocessing as mp
import time


def waiter(event, k):
    print(f"waiter-{k} waits; set: {event.is_set()}", flush=True)
    got = event.wait()
    time.sleep(0.1 * k)
    print(f"waiter-{k} woke: {got}", flush=True)


if __name__ == "__main__":
    event = mp.Event()
    print("set at first:", event.is_set())
    print("wait(0.1) unset:", event.wait(0.1))
    ps = [mp.Process(target=waiter, args=(event, k)) for k in range(2)]
    for p in ps:
        p.start()
        time.sleep(0.1)
    time.sleep(0.2)
    print("setting", flush=True)
    event.set()
    event.set()
    for p in ps:
        p.join()
    print("set now:", event.is_set(), event.wait(0.05))
    event.clear()
    print("after clear:", event.is_set(), event.wait(0.05))
    print(type(event).__module__, type(event).__name__)
