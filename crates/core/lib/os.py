# The os module of a playground without processes or files: the process ids
# and the CPU count (from the native _os module), a small environment
# (environ, getenv), the path constants, getcwd() ('/home/user', always),
# and os.path with the string functions of posixpath. The file-system
# queries of os.path (exists, isfile, isdir, ...) answer False: there are no
# files. Everything that would start a process or touch a file (system,
# popen, fork, kill, exec*, spawn*, remove, mkdir, listdir, open, stat, ...)
# raises OSError naming itself.
# Left out: bytes paths, file descriptors, scheduling and user/group calls.
try:
    import _os
except ImportError:
    # Running under CPython (for testing): its C module has the same calls.
    import posix as _os

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

_HOME = '/home/user'


def getpid():
    return _os.getpid()


def getppid():
    return _os.getppid()


def cpu_count():
    return _os.cpu_count()


def urandom(size):
    import random
    return random._urandom(size)


def getcwd():
    return _HOME


def getlogin():
    return 'user'


def strerror(code):
    import errno
    return errno._messages.get(code, 'Unknown error %d' % code)


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(path).__name__, type(result).__name__))


# The environment --------------------------------------------------------

class _Environ:
    # A mapping of strings to strings, shown as environ({...}).
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if key not in self._data:
            raise KeyError(key) from None
        return self._data[key]

    def __setitem__(self, key, value):
        for item in (key, value):
            if not isinstance(item, str):
                raise TypeError("str expected, not %s" % type(item).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key) from None
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % (k, v) for k, v in self._data.items())

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    _missing = object()

    def pop(self, key, default=_missing):
        if key in self._data:
            return self._data.pop(key)
        if default is _Environ._missing:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key not in self._data:
            self[key] = default
        return self._data[key]

    def update(self, other=(), **kwargs):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self._data.clear()


environ = _Environ({
    'HOME': _HOME,
    'LANG': 'C.UTF-8',
    'LOGNAME': 'user',
    'PATH': '/usr/local/bin:/usr/bin:/bin',
    'PWD': _HOME,
    'SHELL': '/bin/sh',
    'USER': 'user',
})


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    # Like CPython's, it does not change os.environ (nor anything else here).
    pass


def unsetenv(key):
    pass


# What the playground cannot do ------------------------------------------

def _unavailable(name):
    def refuse(*args, **kwargs):
        raise OSError("os.%s is not available in the playground (programs "
                      "cannot start processes or touch files)" % name)
    refuse.__name__ = name
    refuse.__qualname__ = name
    return refuse


system = _unavailable('system')
popen = _unavailable('popen')
fork = _unavailable('fork')
forkpty = _unavailable('forkpty')
kill = _unavailable('kill')
killpg = _unavailable('killpg')
wait = _unavailable('wait')
waitpid = _unavailable('waitpid')
execl = _unavailable('execl')
execle = _unavailable('execle')
execlp = _unavailable('execlp')
execlpe = _unavailable('execlpe')
execv = _unavailable('execv')
execve = _unavailable('execve')
execvp = _unavailable('execvp')
execvpe = _unavailable('execvpe')
spawnl = _unavailable('spawnl')
spawnle = _unavailable('spawnle')
spawnlp = _unavailable('spawnlp')
spawnlpe = _unavailable('spawnlpe')
spawnv = _unavailable('spawnv')
spawnve = _unavailable('spawnve')
spawnvp = _unavailable('spawnvp')
spawnvpe = _unavailable('spawnvpe')
posix_spawn = _unavailable('posix_spawn')
removedirs = _unavailable('removedirs')
renames = _unavailable('renames')


# Files and folders the program made, kept in memory by io.open for the run.

def _store():
    import io
    return io


def _missing(path):
    return _store()._os_error(FileNotFoundError, 2, 'No such file or directory', path)


# The working directory and the file system's root always exist.
_ROOTS = ('.', '/')


def _exists(p):
    key = _normpath(fspath(p))
    io = _store()
    return key in io._files or key in io._dirs or key in _ROOTS


def _isfile(p):
    return _normpath(fspath(p)) in _store()._files


def _isdir(p):
    key = _normpath(fspath(p))
    return key in _store()._dirs or key in _ROOTS


def _getsize(p):
    io = _store()
    key = _normpath(fspath(p))
    if key not in io._files:
        raise _missing(p)
    content = io._files[key]
    return len(content.encode('utf-8') if isinstance(content, str) else content)


def mkdir(path, mode=0o777, *, dir_fd=None):
    io = _store()
    key = _normpath(fspath(path))
    if key in io._dirs or key in io._files or key in _ROOTS:
        raise io._os_error(FileExistsError, 17, 'File exists', path)
    parent = _dirname(key)
    if parent and parent not in io._dirs and parent not in _ROOTS:
        raise _missing(path)
    io._dirs.add(key)


def makedirs(name, mode=0o777, exist_ok=False):
    io = _store()
    key = _normpath(fspath(name))
    if key in io._dirs or key in _ROOTS:
        if not exist_ok:
            raise io._os_error(FileExistsError, 17, 'File exists', name)
        return
    parent = _dirname(key)
    if parent and parent not in io._dirs and parent not in _ROOTS:
        makedirs(parent, mode, True)
    mkdir(key, mode)


def remove(path, *, dir_fd=None):
    io = _store()
    key = _normpath(fspath(path))
    if key in io._dirs:
        raise io._os_error(IsADirectoryError, 21, 'Is a directory', path)
    if key not in io._files:
        raise _missing(path)
    del io._files[key]


unlink = remove


def rmdir(path, *, dir_fd=None):
    io = _store()
    key = _normpath(fspath(path))
    if key not in io._dirs:
        raise _missing(path)
    io._dirs.discard(key)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    io = _store()
    a = _normpath(fspath(src))
    b = _normpath(fspath(dst))
    if a not in io._files:
        raise _missing(src)
    io._files[b] = io._files.pop(a)


replace = rename


def listdir(path='.'):
    io = _store()
    key = _normpath(fspath(path))
    if key != '.' and key not in io._dirs:
        raise _missing(path)
    names = set()
    for entry in list(io._files) + list(io._dirs):
        parent = _dirname(entry) or '.'
        if parent == key:
            names.add(_basename(entry))
    return sorted(names)


scandir = _unavailable('scandir')
walk = _unavailable('walk')
stat = _unavailable('stat')
lstat = _unavailable('lstat')
open = _unavailable('open')
close = _unavailable('close')
read = _unavailable('read')
write = _unavailable('write')
pipe = _unavailable('pipe')
dup = _unavailable('dup')
dup2 = _unavailable('dup2')
chdir = _unavailable('chdir')
chmod = _unavailable('chmod')
chown = _unavailable('chown')
link = _unavailable('link')
symlink = _unavailable('symlink')
readlink = _unavailable('readlink')
truncate = _unavailable('truncate')
utime = _unavailable('utime')
access = _unavailable('access')
startfile = _unavailable('startfile')


# os.path ------------------------------------------------------------------
# CPython's os.path is the posixpath module. The interpreter cannot make a
# module object from Python code, so this is an object whose attributes are
# the module's functions and constants.

def _join(a, *p):
    a = fspath(a)
    result = a
    for part in p:
        if not isinstance(part, (str, bytes)) and not hasattr(
                type(part), '__fspath__'):
            raise TypeError("join() argument must be str, bytes, or "
                            "os.PathLike object, not '%s'"
                            % type(part).__name__)
        part = fspath(part)
        if part.startswith('/'):
            result = part
        elif not result or result.endswith('/'):
            result += part
        else:
            result += '/' + part
    return result


def _split(p):
    p = fspath(p)
    cut = p.rfind('/') + 1
    head, tail = p[:cut], p[cut:]
    # Trailing slashes go, unless the head is nothing but slashes.
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def _basename(p):
    p = fspath(p)
    return p[p.rfind('/') + 1:]


def _dirname(p):
    return _split(p)[0]


def _splitext(p):
    p = fspath(p)
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        # Leading dots of the last part (.bashrc) do not start an extension.
        name = p[slash + 1:dot]
        if name.strip('.'):
            return p[:dot], p[dot:]
    return p, ''


def _splitdrive(p):
    p = fspath(p)
    return p[:0], p


def _isabs(p):
    return fspath(p).startswith('/')


def _normcase(p):
    return fspath(p)


def _normpath(p):
    p = fspath(p)
    if not p:
        return '.'
    # POSIX keeps exactly two leading slashes, and folds three or more to one.
    slashes = 0
    if p.startswith('/'):
        slashes = 2 if p.startswith('//') and not p.startswith('///') else 1
    parts = []
    for part in p.split('/'):
        if part in ('', '.'):
            continue
        if part == '..':
            if parts and parts[-1] != '..':
                parts.pop()
                continue
            if slashes:
                continue
        parts.append(part)
    result = '/' * slashes + '/'.join(parts)
    return result or '.'


def _abspath(p):
    p = fspath(p)
    if not p.startswith('/'):
        p = _join(getcwd(), p)
    return _normpath(p)


def _commonprefix(m):
    if not m:
        return ''
    first = min(m)
    last = max(m)
    for i in range(len(first)):
        if first[i] != last[i]:
            return first[:i]
    return first


def _relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_parts = [x for x in _abspath(start).split('/') if x]
    path_parts = [x for x in _abspath(path).split('/') if x]
    common = len(_commonprefix([start_parts, path_parts]))
    rel = [pardir] * (len(start_parts) - common) + path_parts[common:]
    if not rel:
        return curdir
    return _join(*rel)


def _commonpath(paths):
    paths = [fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = set(p.startswith('/') for p in paths)
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    first = min(split)
    last = max(split)
    common = first
    for i in range(len(first)):
        if first[i] != last[i]:
            common = first[:i]
            break
    return ('/' if paths[0].startswith('/') else '') + '/'.join(common)


def _expanduser(p):
    p = fspath(p)
    if not p.startswith('~'):
        return p
    end = p.find('/', 1)
    if end < 0:
        end = len(p)
    if end != 1:
        # ~otheruser: there are no other users to look up.
        return p
    home = environ.get('HOME', _HOME).rstrip('/')
    return (home + p[end:]) or '/'


_NAME_CHARS = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
               '0123456789_')


def _expandvars(p):
    p = fspath(p)
    if '$' not in p:
        return p
    out = []
    i = 0
    while i < len(p):
        c = p[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if p.startswith('${', i):
            end = p.find('}', i + 2)
            name = p[i + 2:end] if end >= 0 else ''
            stop = end + 1
        else:
            j = i + 1
            while j < len(p) and p[j] in _NAME_CHARS:
                j += 1
            name = p[i + 1:j]
            stop = j
        if name and name in environ:
            out.append(environ[name])
            i = stop
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def _no_file(p):
    fspath(p)
    return False


class _PathModule:
    # Shown as CPython shows its (frozen) posixpath module.
    def __repr__(self):
        return "<module 'posixpath' (frozen)>"


path = _PathModule()
path.__name__ = 'posixpath'
path.sep = sep
path.altsep = altsep
path.extsep = extsep
path.pathsep = pathsep
path.curdir = curdir
path.pardir = pardir
path.defpath = defpath
path.devnull = devnull
path.supports_unicode_filenames = False
for _name, _fn in [
        ('join', _join), ('split', _split), ('splitext', _splitext),
        ('splitdrive', _splitdrive), ('basename', _basename),
        ('dirname', _dirname), ('isabs', _isabs), ('normcase', _normcase),
        ('normpath', _normpath), ('abspath', _abspath),
        ('realpath', _abspath), ('relpath', _relpath),
        ('commonprefix', _commonprefix), ('commonpath', _commonpath),
        ('expanduser', _expanduser), ('expandvars', _expandvars),
        ('exists', _exists), ('lexists', _exists), ('isfile', _isfile),
        ('isdir', _isdir), ('islink', _no_file), ('ismount', _no_file),
        ('getsize', _getsize)]:
    setattr(path, _name, _fn)
for _name in ('getmtime', 'getatime', 'getctime', 'samefile'):
    setattr(path, _name, _unavailable('path.' + _name))
