# A pipe's reader sees EOF once every copy of the other end is closed (the
# child's closes as it ends); a closed end refuses; print() of a shared
# Value shows its current value.
import multiprocessing as mp


def child(conn):
    conn.send('hello')
    conn.send({'n': 2})
    conn.close()


def quiet(conn):
    pass


def bump(v):
    with v.get_lock():
        v.value += 1


if __name__ == '__main__':
    a, b = mp.Pipe()
    p = mp.Process(target=child, args=(b,))
    p.start()
    b.close()
    print(a.recv(), a.recv())
    p.join()
    for _ in range(2):
        try:
            print(a.recv())
        except EOFError as e:
            print('EOFError', repr(e))
    print(a.poll(0.1), a.poll())
    a.close()
    a.close()
    for f in (a.recv, a.poll):
        try:
            f()
        except OSError as e:
            print(type(e).__name__, e)

    r, w = mp.Pipe(duplex=False)
    q = mp.Process(target=quiet, args=(w,))
    q.start()
    q.join()
    print('still open in the parent:', r.poll(0.05))
    w.close()
    try:
        r.recv()
    except EOFError:
        print('EOF once the parent closed its copy too')

    v = mp.Value('i', 5)
    arr = mp.Array('d', 3)
    ps = [mp.Process(target=bump, args=(v,)) for _ in range(3)]
    for x in ps:
        x.start()
    for x in ps:
        x.join()
    print(v, v.value, str(v) == repr(v), repr(arr).split(' object at ')[0], len(arr))
    raw = mp.RawValue('i', 1)
    print(raw, str(raw))
