# CPython's docs, "Exchanging objects between processes": a Pipe.
import time
from multiprocessing import Process, Pipe


def f(conn):
    conn.send([42, None, 'hello'])
    time.sleep(0.1)
    conn.send({'more': (1, 2.5)})
    print('child got', conn.recv())
    conn.close()


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=f, args=(child_conn,))
    p.start()
    print(parent_conn.recv())   # prints "[42, None, 'hello']"
    print(parent_conn.poll(), parent_conn.poll(0.5))
    print(parent_conn.recv())
    parent_conn.send('thanks')
    p.join()
    reader, writer = Pipe(duplex=False)
    writer.send_bytes(b'abcdef', 2, 3)
    print(reader.recv_bytes(), reader.readable, reader.writable, writer.readable)
    for bad in [lambda: reader.send(1), lambda: writer.recv()]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e)
    reader.close()
    print(reader.closed)
    try:
        reader.recv()
    except OSError as e:
        print(type(e).__name__, e)
