# aiofiles: files for asyncio. As the real package does, every operation runs
# in the event loop's default thread pool (loop.run_in_executor), so a task
# awaiting a write gives the loop to the others and the pool's threads show
# on the timeline. The files are the playground's in-memory ones (io.open).

import asyncio
import io
from functools import partial

__all__ = ['open', 'stdin', 'stdout', 'stderr']


async def _in_thread(func, *args):
    return await asyncio.get_running_loop().run_in_executor(None, partial(func, *args))


class _AsyncFile:
    """An open file whose blocking methods are coroutines."""

    def __init__(self, file):
        self._file = file

    @property
    def name(self):
        return self._file.name

    @property
    def mode(self):
        return self._file.mode

    @property
    def closed(self):
        return self._file.closed

    async def read(self, size=-1):
        return await _in_thread(self._file.read, size)

    async def readline(self, size=-1):
        return await _in_thread(self._file.readline, size)

    async def readlines(self, hint=-1):
        return await _in_thread(self._file.readlines, hint)

    async def write(self, data):
        return await _in_thread(self._file.write, data)

    async def writelines(self, lines):
        return await _in_thread(self._file.writelines, lines)

    async def flush(self):
        return await _in_thread(self._file.flush)

    async def close(self):
        return await _in_thread(self._file.close)

    async def seek(self, offset, whence=0):
        return await _in_thread(self._file.seek, offset, whence)

    async def tell(self):
        return await _in_thread(self._file.tell)

    async def truncate(self, size=None):
        return await _in_thread(self._file.truncate, size)

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return True

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line:
            return line
        raise StopAsyncIteration

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()


class AsyncTextIOWrapper(_AsyncFile):
    __module__ = 'aiofiles.threadpool.text'


class AsyncBufferedIOBase(_AsyncFile):
    __module__ = 'aiofiles.threadpool.binary'


class AsyncBufferedReader(AsyncBufferedIOBase):
    __module__ = 'aiofiles.threadpool.binary'


class _OpenContext:
    # What aiofiles.open returns: awaited, the file; `async with`, the file
    # closed at the end.

    def __init__(self, coro):
        self._coro = coro
        self._file = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._file = await self._coro
        return self._file

    async def __aexit__(self, exc_type, exc, tb):
        await self._file.close()
        self._file = None


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None, *, loop=None, executor=None):
    return _OpenContext(_open(file, mode, buffering, encoding, errors, newline, closefd, opener))


async def _open(file, mode, buffering, encoding, errors, newline, closefd, opener):
    f = await _in_thread(io.open, file, mode, buffering, encoding, errors, newline, closefd, opener)
    if 'b' not in mode:
        return AsyncTextIOWrapper(f)
    return (AsyncBufferedReader if mode == 'rb' else AsyncBufferedIOBase)(f)
