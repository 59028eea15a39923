# A manager's dict, list, Value, Lock, Namespace and Queue shared by
# processes and a pool (proxies may go through a pool's tasks).
import multiprocessing as mp
import time


def record(shared, results, i):
    shared[i] = i * i
    results.append(i)
    return i


def count(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


def produce(q, ns, k):
    ns.last = k
    q.put(k * 10)


if __name__ == '__main__':
    with mp.Manager() as manager:
        shared = manager.dict()
        results = manager.list()
        with mp.Pool(3) as pool:
            print(sorted(pool.starmap(record, [(shared, results, i) for i in range(6)])))
        print(sorted(shared.items()), sorted(results), len(shared), len(results))
        print(3 in shared, 7 in shared, 7 not in shared, 4 in results, shared.get(5), shared[2])
        print(dict(sorted(shared.items())) == {i: i * i for i in range(6)}, list(sorted(results)))

        counter = manager.Value('i', 0)
        lock = manager.Lock()
        workers = [mp.Process(target=count, args=(counter, lock, 25)) for _ in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print('counter', counter.value, counter.get())

        q = manager.Queue()
        ns = manager.Namespace()
        ns.last = None
        ps = [mp.Process(target=produce, args=(q, ns, k)) for k in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(q.get() for _ in range(3)), q.empty(), ns.last in (0, 1, 2))
        ns.extra = 'x'
        print(ns.extra, str(ns).startswith('Namespace(extra='))
        try:
            ns.missing
        except AttributeError as e:
            print('AttributeError', e)

        letters = manager.list('abc')
        letters += ['d']
        letters.insert(0, 'z')
        letters.remove('b')
        print(letters, letters[1:3], letters.pop(0), len(letters), str(letters))
        table = manager.dict(a=1)
        table.update({'b': 2}, c=3)
        print(table, table.pop('a'), table.setdefault('d', 4), sorted(table.keys()), sorted(table.values()))
        del table['b']
        print(table.copy(), 'b' in table)
        try:
            table['nope']
        except KeyError as e:
            print('KeyError', e)
        print(repr(shared).startswith("<DictProxy object, typeid 'dict' at 0x"),
              repr(counter).startswith("<ValueProxy object, typeid 'Value' at 0x"),
              repr(lock).startswith("<AcquirerProxy object, typeid 'Lock' at 0x"))
    print('done')
