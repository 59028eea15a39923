# aiofiles.os: os's file functions as coroutines run in the loop's default
# thread pool, as the real package runs them.

import os as _os
from aiofiles import _in_thread

__all__ = ['remove', 'unlink', 'rename', 'replace', 'mkdir', 'makedirs', 'rmdir',
           'listdir', 'path', 'wrap']


def wrap(func):
    async def run(*args, **kwargs):
        return await _in_thread(lambda: func(*args, **kwargs))
    run.__name__ = func.__name__
    return run


remove = wrap(_os.remove)
unlink = wrap(_os.remove)
rename = wrap(_os.rename)
replace = wrap(_os.rename)
mkdir = wrap(_os.mkdir)
makedirs = wrap(_os.makedirs)
rmdir = wrap(_os.rmdir)
listdir = wrap(_os.listdir)


class _Path:
    # aiofiles.os.path
    exists = staticmethod(wrap(_os.path.exists))
    isfile = staticmethod(wrap(_os.path.isfile))
    isdir = staticmethod(wrap(_os.path.isdir))
    getsize = staticmethod(wrap(_os.path.getsize))


path = _Path()
