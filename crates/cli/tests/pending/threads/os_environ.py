# os.environ behaves like a dict of strings; a child process inherits it.
import multiprocessing
import os


def show(q):
    q.put(os.environ.get("PLAYGROUND_LEVEL"))


if __name__ == "__main__":
    print(os.environ.get("PLAYGROUND_LEVEL", "not set"))
    print(os.getenv("PLAYGROUND_LEVEL"))
    try:
        os.environ["PLAYGROUND_LEVEL"]
    except KeyError as e:
        print("KeyError:", e)
    os.environ["PLAYGROUND_LEVEL"] = "3"
    print(os.environ["PLAYGROUND_LEVEL"], "in os.environ:", "PLAYGROUND_LEVEL" in os.environ)
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=show, args=(q,))
    p.start()
    print("the child sees:", q.get())
    p.join()
    try:
        os.environ["PLAYGROUND_LEVEL"] = 4
    except TypeError as e:
        print("TypeError:", e)
    del os.environ["PLAYGROUND_LEVEL"]
    print(os.environ.get("PLAYGROUND_LEVEL", "gone"))
    print(type(os.environ).__name__, isinstance(os.environ.get("PATH"), str))
