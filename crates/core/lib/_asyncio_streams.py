# asyncio's streams (start_server, open_connection, StreamReader,
# StreamWriter) between the tasks of one program: a server listens on an
# address of this program's own, and a connection to it is a pair of pipes
# whose bytes arrive on the event loop's next turn, as over loopback TCP.
# lib/_asyncio.py loads this file when a program first names one of these.

from asyncio import _cpython_frames, get_running_loop, sleep

__all__ = ['StreamReader', 'StreamWriter', 'Server', 'start_server', 'open_connection',
           'IncompleteReadError', 'LimitOverrunError']

_LIMIT = 2 ** 16

# (host, port) -> the Server listening there.
_listening = {}
_next_port = [50000]


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


IncompleteReadError.__module__ = LimitOverrunError.__module__ = 'asyncio.exceptions'


class StreamReader:
    __module__ = 'asyncio.streams'

    def __init__(self, limit=_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._buffer = b''
        self._eof = False
        self._waiter = None
        self._exception = None

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _LIMIT:
            info.append(f'limit={self._limit}')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake()

    def _wake(self):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def feed_data(self, data):
        if data:
            self._buffer += bytes(data)
            self._wake()

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        return self._eof and not self._buffer

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is '
                               f'already waiting for incoming data')
        self._waiter = get_running_loop().create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def _take(self, n):
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            while not self._eof:
                await self._wait_for_data('read')
                if self._exception is not None:
                    raise self._exception
            return self._take(len(self._buffer))
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        return self._take(n)

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._take(len(self._buffer))
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        return self._take(n)

    async def readuntil(self, separator=b'\n'):
        if not separator:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        while True:
            at = self._buffer.find(separator)
            if at >= 0:
                if at + len(separator) > self._limit:
                    raise LimitOverrunError('Separator is found, but chunk is longer than limit', at)
                return self._take(at + len(separator))
            if len(self._buffer) > self._limit:
                raise LimitOverrunError('Separator is not found, and chunk exceed the limit',
                                        len(self._buffer))
            if self._eof:
                chunk = self._take(len(self._buffer))
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')

    async def readline(self):
        try:
            return await self.readuntil(b'\n')
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            self._take(e.consumed + 1)
            raise ValueError(e.args[0])

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class _Transport:
    # The writing end of one direction of a connection.

    def __init__(self, loop, peer_reader, sockname, peername):
        self._loop = loop
        self._peer = peer_reader
        self._closing = False
        self._extra = {'sockname': sockname, 'peername': peername,
                       'socket': _Socket(sockname, peername)}
        self._closed = loop.create_future()

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        return self._closing

    def write(self, data):
        if not isinstance(data, bytes):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not self._closing and data:
            self._deliver(self._peer.feed_data, bytes(data))

    def _deliver(self, *callback):
        # What the peer's socket reads comes on the loop's next turn after
        # the callbacks already due, as selector events do (a timer due now
        # takes that place).
        self._loop.call_later(0, *callback)

    def write_eof(self):
        self._deliver(self._peer.feed_eof)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.call_soon(self._lost)

    def _lost(self):
        # The socket closes on the next turn and its peer reads the end a
        # turn later, as over loopback TCP.
        if not self._closed.done():
            self._closed.set_result(None)
        self._deliver(self._peer.feed_eof)


class StreamWriter:
    __module__ = 'asyncio.streams'

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        for chunk in data:
            self._transport.write(chunk)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return True

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._transport._closed

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None and self._reader.exception() is not None:
            raise self._reader.exception()
        if self._transport.is_closing():
            await sleep(0)


class _Socket:
    # What `get_extra_info('socket')` and `Server.sockets` give: a
    # listening socket's address, or a connection's two ends.
    def __init__(self, address, peer=None):
        self._address = address
        self._peer = peer

    def getsockname(self):
        return self._address

    def getpeername(self):
        if self._peer is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self._peer

    def __repr__(self):
        raddr = '' if self._peer is None else f', raddr={self._peer!r}'
        return (f"<asyncio.TransportSocket fd=6, family=2, type=1, proto=6, "
                f"laddr={self._address!r}{raddr}>")


class Server:
    __module__ = 'asyncio.base_events'

    def __init__(self, loop, callback, address, limit):
        self._loop = loop
        self._callback = callback
        self._address = address
        self._limit = limit
        self._serving = True
        self._closed = None
        self.sockets = (_Socket(address),)

    def __repr__(self):
        return f'<Server sockets={self.sockets!r}>'

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    async def start_serving(self):
        pass

    def close(self):
        if _listening.get(self._address) is self:
            del _listening[self._address]
        self._serving = False
        self.sockets = ()

    async def wait_closed(self):
        await sleep(0)

    async def serve_forever(self):
        self._closed = self._loop.create_future()
        try:
            await self._closed
        finally:
            self.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()

    def _accept(self, client_reader, client_address):
        # The server's half of a new connection, and the client's writer.
        loop = self._loop
        server_reader = StreamReader(limit=self._limit)
        server_transport = _Transport(loop, client_reader, self._address, client_address)
        client_transport = _Transport(loop, server_reader, client_address, self._address)
        server_writer = StreamWriter(server_transport, None, server_reader, loop)
        result = self._callback(server_reader, server_writer)
        if hasattr(result, 'send') and hasattr(result, 'throw'):
            loop.create_task(result)
        return client_transport


def _address(host, port):
    if host in (None, '', 'localhost', '0.0.0.0'):
        host = '127.0.0.1'
    return (host, port)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_LIMIT, **kwds):
    loop = get_running_loop()
    if not port:
        port = _next_port[0]
        _next_port[0] += 1
    address = _address('0.0.0.0' if host is None else host, port)
    if address in _listening:
        raise OSError(98, f'error while attempting to bind on address {address!r}: '
                          f'address already in use')
    server = Server(loop, client_connected_cb, ('0.0.0.0', port) if host is None else address, limit)
    _listening[address] = server
    await _resolved(loop)
    return server


async def _resolve():
    pass


def _resolved(loop):
    # CPython resolves the address in a task of its own (its number is
    # taken, as there).
    return loop.create_task(_resolve())


async def open_connection(host=None, port=None, *, limit=_LIMIT, **kwds):
    loop = get_running_loop()
    await sleep(0)
    address = _address(host, port)
    server = _listening.get(address)
    if server is None:
        if not address[0].startswith('127.'):
            # Only this program's own servers can be reached.
            raise OSError(-3, 'Temporary failure in name resolution')
        refused = ConnectionRefusedError(111, f"Connect call failed ('{address[0]}', {port})")
        raise _cpython_frames(refused, 'open_connection_refused')
    client_port = _next_port[0]
    _next_port[0] += 1
    reader = StreamReader(limit=limit)
    # The server accepts in a task of its own, which starts the handler's
    # task before the client goes on.
    connected = loop.create_future()
    loop.create_task(_accept(server, reader, ('127.0.0.1', client_port), connected))
    return reader, StreamWriter(await connected, None, reader, loop)


async def _accept(server, client_reader, client_address, connected):
    connected.set_result(server._accept(client_reader, client_address))
