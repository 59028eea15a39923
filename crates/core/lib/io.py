# io: in-memory text and byte streams (StringIO, BytesIO). There is no file
# system in the playground; open() says so.

import sys

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


class IOBase:
    __module__ = 'io'


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class RawIOBase(IOBase):
    pass


TextIOWrapper = type(sys.stdout)


class _Memory:
    # Shared by StringIO and BytesIO: the value is a list of pieces that
    # writes at the end append to, joined when read.
    def __init__(self, initial):
        self._parts = [initial] if initial else []
        self._len = len(initial)
        self._pos = 0
        self._closed = False

    def _value(self):
        if len(self._parts) > 1:
            self._parts = [self._join(self._parts)]
        return self._parts[0] if self._parts else self._empty

    def _join(self, parts):
        return ''.join(parts)

    def _find_nl(self, v, pos):
        return v.find('\n', pos)

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return self._value()

    def _write(self, s):
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        if pos == self._len:
            self._parts.append(s)
        else:
            v = self._value()
            if pos > self._len:
                v = v + self._pad * (pos - self._len)
            v = v[:pos] + s + v[pos + n:]
            self._parts = [v]
        self._pos = pos + n
        if self._pos > self._len:
            self._len = self._pos
        return n

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        v = self._value()
        pos = self._pos
        if size < 0:
            end = self._len
        else:
            end = min(self._len, pos + size)
        if pos >= end:
            return self._empty
        self._pos = end
        return v[pos:end]

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        v = self._value()
        pos = self._pos
        if pos >= self._len:
            return self._empty
        nl = self._find_nl(v, pos)
        end = self._len if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return v[pos:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._len:
            self._parts = [self._value()[:size]]
            self._len = size
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Memory, TextIOBase):
    __module__ = '_io'
    _empty = ''
    _closed_message = 'I/O operation on closed file'
    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        _Memory.__init__(self, initial_value)
        self.newline = newline

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        return self._write(s)

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def detach(self):
        raise UnsupportedOperation('detach')

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)


class BytesIO(_Memory, BufferedIOBase):
    __module__ = '_io'
    _empty = b''
    _closed_message = 'I/O operation on closed file.'
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if not isinstance(initial_bytes, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(initial_bytes).__name__)
        _Memory.__init__(self, initial_bytes)

    def write(self, b):
        self._check()
        if not isinstance(b, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return self._write(b)

    def _join(self, parts):
        v = b''
        for p in parts:
            v = v + p
        return v

    def _find_nl(self, v, pos):
        n = len(v)
        while pos < n:
            if v[pos] == 10:
                return pos
            pos += 1
        return -1

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        return self.getvalue()

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._len + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)


# ---- files: kept in memory for the run (there is no file system) ----

_files = {}
_dirs = set()
if sys.argv:
    # The program's own file is there, in the working directory, as it is
    # beside CPython's main.py (the CLI names it by its absolute path).
    _files[sys.argv[0].rpartition('/')[2]] = sys._source()


def _key(path):
    # One name per file: 'a/./b.txt' and 'a/b.txt' are the same file.
    import os
    return os.path.normpath(path)


def _check_parent(key, name):
    import os
    parent = os.path.dirname(key)
    if parent and parent not in _dirs:
        raise _os_error(FileNotFoundError, 2, 'No such file or directory', name)


def _os_error(cls, errno, text, name):
    return cls(errno, text, name)


class _FileMixin:
    # What a file adds to the memory stream: its name and mode, reads or
    # writes refused by the mode, and its content kept on flush and close.
    _closed_message = 'I/O operation on closed file.'

    def _setup(self, name, mode, readable, writable):
        self.name = name
        self._key = _key(name)
        self.mode = mode
        self._readable = readable
        self._writable = writable

    def _commit(self):
        if not self._writable or self._closed:
            return
        if not self._append:
            _files[self._key] = self._value()
            return
        # Appending (O_APPEND): what this handle wrote since its last flush
        # goes at the end of the file as it is now, after what other handles
        # appended meanwhile.
        merged = _as_type(_files.get(self._key, self._empty), self._empty) + self._value()[self._flushed:]
        _files[self._key] = merged
        self._parts = [merged] if merged else []
        self._len = self._pos = self._flushed = len(merged)

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def flush(self):
        self._check()
        self._commit()

    def close(self):
        self._commit()
        self._closed = True

    def _check_read(self):
        self._check()
        if not self._readable:
            raise UnsupportedOperation('not readable')

    def _check_write(self):
        self._check()
        if not self._writable:
            raise UnsupportedOperation('not writable')

    def read(self, size=-1):
        self._check_read()
        return _Memory.read(self, size)

    def readline(self, size=-1):
        self._check_read()
        return _Memory.readline(self, size)

    def __next__(self):
        self._check_read()
        return _Memory.__next__(self)


class _TextFile(_FileMixin, StringIO):
    def write(self, s):
        self._check_write()
        if self._append:
            self._pos = self._len
        return StringIO.write(self, s)

    @property
    def encoding(self):
        return 'UTF-8'

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (self.name, self.mode, 'UTF-8')


class _BinaryFile(_FileMixin, BytesIO):
    def write(self, b):
        self._check_write()
        if self._append:
            self._pos = self._len
        return BytesIO.write(self, b)

    def __repr__(self):
        return '<_io.%s name=%r>' % ('BufferedReader' if self.mode == 'rb' else 'BufferedWriter', self.name)


def _as_type(content, empty):
    # A stored file's content as text or bytes, like `empty`.
    if isinstance(empty, bytes) and isinstance(content, str):
        return content.encode('utf-8')
    if isinstance(empty, str) and isinstance(content, bytes):
        return content.decode('utf-8')
    return content


_NO_FILE = object()


def open(file=_NO_FILE, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None, **unknown):
    # CPython's words for a call that does not fit (its keyword parsing).
    if file is _NO_FILE:
        raise TypeError("open() missing required argument 'file' (pos 1)")
    for name in unknown:
        raise TypeError(f"'{name}' is an invalid keyword argument for open()")
    if not isinstance(file, str):
        if hasattr(file, '__fspath__'):
            file = file.__fspath__()
        else:
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not %s' % type(mode).__name__)
    kinds = [c for c in mode if c in 'rwxa']
    if any(c not in 'rwxab+t' for c in mode) or len(set(mode)) != len(mode):
        raise ValueError('invalid mode: %r' % mode)
    if 'b' in mode and 't' in mode:
        raise ValueError("can't have text and binary mode at once")
    if len(kinds) > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not kinds:
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    binary = 'b' in mode
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    kind = kinds[0]
    plus = '+' in mode
    key = _key(file)
    if key in ('/dev/urandom', '/dev/random') and kind == 'r' and binary:
        # The kernel's random bytes, as much as a program reads at once.
        import os
        f = _BinaryFile(os.urandom(1 << 16))
        f._setup(file, mode, True, plus)
        return f
    if key in _dirs:
        raise _os_error(IsADirectoryError, 21, 'Is a directory', file)
    exists = key in _files
    if kind == 'r' and not exists:
        raise _os_error(FileNotFoundError, 2, 'No such file or directory', file)
    if kind == 'x' and exists:
        raise _os_error(FileExistsError, 17, 'File exists', file)
    _check_parent(key, file)
    empty = b'' if binary else ''
    content = _as_type(_files.get(key, empty), empty) if kind in 'ra' else empty
    f = _BinaryFile(content) if binary else _TextFile(content)
    f._setup(file, mode, kind == 'r' or plus, kind != 'r' or plus)
    f._append = kind == 'a'
    if kind == 'a':
        f._pos = f._flushed = f._len
    if kind in 'wx':
        _files[key] = content
    return f
