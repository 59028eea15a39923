# add_note() and __notes__ (printed under the exception), and OSError's
# subclass by errno with its "[Errno N]" text.
import errno
import os
import traceback

e = ValueError('bad value')
e.add_note('first note')
e.add_note('second\nnote')
print(e.__notes__)
for bad in (1, None):
    try:
        e.add_note(bad)
    except TypeError as t:
        print(t)
e.__notes__ = 'x'
try:
    e.add_note('y')
except TypeError as t:
    print(t)

try:
    try:
        int('x')
    except ValueError as err:
        err.add_note('while reading the config')
        raise
except ValueError:
    print(traceback.format_exc().splitlines()[-2:])

for n in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.ECONNREFUSED,
          errno.ECONNRESET, errno.ETIMEDOUT, errno.EPIPE, errno.EISDIR, 5, 9999):
    err = OSError(n, os.strerror(n))
    print(type(err).__name__, err.errno, err.strerror, err.args, err)
err = OSError(errno.ENOENT, 'No such file or directory', 'data.csv')
print(type(err).__name__, err.filename, err.args, err)
print(OSError('just text'), OSError('just text').errno)
print(isinstance(FileNotFoundError(2, 'x'), OSError), errno.errorcode[errno.ENOENT])
try:
    open('missing.txt')
except FileNotFoundError as err:
    print(err.errno, err.filename, err)
try:
    raise ConnectionRefusedError(errno.ECONNREFUSED, 'Connection refused')
except OSError as err:
    print(type(err).__name__, err)

problem = KeyError('host')
problem.add_note('the settings file has no "host" entry')
raise problem
