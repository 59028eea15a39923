# tempfile: temporary files and folders in the playground's in-memory file
# system (io.py keeps the files, os.py the folders). gettempdir() is '/tmp'.
# Names are 'tmp' + 8 characters drawn from a generator of the module's own,
# so a seeded `random` sequence is not disturbed (as in CPython).
# Differences: there are no file descriptors, so mkstemp() raises
# NotImplementedError; a name made in a relative `dir` stays relative
# (CPython makes it absolute) because the in-memory files are keyed by
# their paths relative to the working directory; TemporaryFile() is a
# NamedTemporaryFile (it has a name and is listed until it is closed);
# bytes names are not supported.
import io as _io
import os as _os
from random import Random as _Random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile',
           'TemporaryDirectory', 'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX',
           'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb',
           'gettempdirb']

TMP_MAX = 238328
template = 'tmp'
tempdir = None

# The temporary folder is there from the start, as on a real system.
_os.makedirs('/tmp', exist_ok=True)


class _RandomNameSequence:
    characters = 'abcdefghijklmnopqrstuvwxyz0123456789_'

    def __init__(self):
        self.rng = _Random()    # unseeded: its own state, not random's

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _sanitize_params(prefix, suffix, dir):
    for part in (prefix, suffix, dir):
        if isinstance(part, bytes):
            raise NotImplementedError(
                'tempfile: bytes names are not supported in the playground')
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = '/tmp'
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _names(dir, prefix, suffix):
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + next(names) + suffix)


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for file in _names(dir, prefix, suffix):
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(17, 'No usable temporary directory name found')


def _create_file(dir, prefix, suffix):
    # Like mkstemp's exclusive create, without the descriptor.
    if _os.path.isabs(dir):
        dir = _os.path.normpath(dir)
    for file in _names(dir, prefix, suffix):
        try:
            _io.open(file, 'xb').close()
        except FileExistsError:
            continue
        return file
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    if not hasattr(_os, 'O_CREAT'):
        raise NotImplementedError(
            'tempfile.mkstemp is not available in the playground (there are '
            'no file descriptors): use NamedTemporaryFile(delete=False)')
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for file in _names(_os.path.abspath(dir), prefix, suffix):
        try:
            fd = _os.open(file, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(17, 'No usable temporary file name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for file in _names(dir, prefix, suffix):
        if not _os.path.exists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    # Hands everything to the file; deletes it when closed if asked to.
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.close_called = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    _os.unlink(self.name)

    def __iter__(self):
        for line in self.file:
            yield line


def _shown_mode(mode):
    # A binary file opened from a descriptor shows its mode as FileIO does.
    if 'b' not in mode:
        return mode
    kind = [c for c in mode if c in 'rwxa'][0]
    if '+' in mode:
        return ('r' if kind == 'w' else kind) + 'b+'
    return kind + 'b'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    name = _create_file(dir, prefix, suffix)
    try:
        # The file exists now: 'x' would refuse it, 'w' opens it empty.
        file = _io.open(name, mode.replace('x', 'w') if isinstance(mode, str)
                        else mode, buffering=buffering, encoding=encoding,
                        errors=errors, newline=newline)
    except BaseException:
        _os.unlink(name)
        raise
    file.mode = _shown_mode(mode)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix,
                              prefix, dir, True, errors=errors)


class SpooledTemporaryFile(_io.IOBase):
    # In memory until it grows past max_size (or fileno() is asked for),
    # then in a TemporaryFile.
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._binary = 'b' in mode
        if self._binary:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO()
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {
            'mode': mode, 'buffering': buffering, 'suffix': suffix,
            'prefix': prefix, 'encoding': encoding, 'newline': newline,
            'dir': dir, 'errors': errors}

    def _check(self, file):
        if not self._rolled and self._max_size and \
                file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if self._rolled:
            return self._file.encoding
        self._text_only('encoding')
        return self._TemporaryFileArgs['encoding'] or 'UTF-8'

    @property
    def errors(self):
        self._text_only('errors')
        return 'strict'

    def _text_only(self, name):
        if self._binary:
            raise AttributeError("'%s' object has no attribute %r" % (
                '_io.BufferedRandom' if self._rolled else '_io.BytesIO', name))

    @property
    def newlines(self):
        return getattr(self._file, 'newlines', None)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        return self._file.name if self._rolled else None

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        rv = self._file.write(s)
        self._check(self._file)
        return rv

    def writelines(self, iterable):
        rv = self._file.writelines(iterable)
        self._check(self._file)
        return rv

    def detach(self):
        return self._file.detach()

    def __repr__(self):
        return '<tempfile.SpooledTemporaryFile object at 0x%x>' % id(self)


class TemporaryDirectory:
    # mkdtemp() as a context manager; cleanup() removes the tree once.
    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._pending = True

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        import shutil

        def onerror(func, path, exc_info):
            # Already gone is fine; anything else counts unless ignored.
            if not issubclass(exc_info[0], FileNotFoundError) and \
                    not ignore_errors:
                raise exc_info[1]
        shutil.rmtree(name, onerror=onerror)

    def __repr__(self):
        return '<%s %r>' % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        pending, self._pending = self._pending, False
        if pending or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
