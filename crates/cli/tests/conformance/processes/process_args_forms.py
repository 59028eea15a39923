# Ways to give a process its arguments, and what a target's return value
# becomes (nothing: only the exit code comes back).
import multiprocessing as mp


def show(a, b=0, *rest, **named):
    print("a", a, "b", b, "rest", rest, "named", sorted(named.items()))
    return "ignored"


if __name__ == "__main__":
    for args, kwargs in [((1,), {}), ([1, 2, 3, 4], {}), ((1,), {"b": 5, "c": 6}), ((), {"a": 7})]:
        p = mp.Process(target=show, args=args, kwargs=kwargs)
        p.start()
        p.join()
        print("exit code", p.exitcode)
    p = mp.Process(target=show)
    p.start()
    p.join()
    print("missing argument: exit code", p.exitcode)
