# pathlib: PurePath/Path (POSIX flavour) over the playground's in-memory files
# (os and open()), as tutorials save pages and results.

import os
import io as _io

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _translate(pattern):
    """fnmatch's pattern as a function of a name."""
    def match(name, p=pattern):
        return _fnmatch(name, p)
    return match


def _fnmatch(name, pat):
    # *, ? and [...] over one path component.
    if not pat:
        return not name
    c = pat[0]
    if c == '*':
        return any(_fnmatch(name[i:], pat[1:]) for i in range(len(name) + 1))
    if not name:
        return False
    if c == '?':
        return _fnmatch(name[1:], pat[1:])
    if c == '[':
        end = pat.find(']', 2)
        if end > 0:
            body = pat[1:end]
            negate = body[:1] in ('!', '^')
            if negate:
                body = body[1:]
            ok = False
            i = 0
            while i < len(body):
                if i + 2 < len(body) and body[i + 1] == '-':
                    ok = ok or body[i] <= name[0] <= body[i + 2]
                    i += 3
                else:
                    ok = ok or body[i] == name[0]
                    i += 1
            return ok != negate and _fnmatch(name[1:], pat[end + 1:])
    return c == name[0] and _fnmatch(name[1:], pat[1:])


class PurePath:
    __slots__ = ('_parts', '_root')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        root = ''
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                a = str(a)
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError("argument should be a str or an os.PathLike object "
                                    "where __fspath__ returns a str, not %r" % type(a).__name__)
            if a.startswith('/'):
                root = '//' if a.startswith('//') and not a.startswith('///') else '/'
                parts = []
            parts.extend(p for p in a.split('/') if p and p != '.')
        self._root = root
        self._parts = parts
        return self

    def __init__(self, *args):
        pass

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        return self

    def __str__(self):
        return (self._root + '/'.join(self._parts)) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def _key(self):
        return (self._root, self._parts)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._parts:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._root)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith('.') or suffix == '.' or '/' in suffix):
            raise ValueError("Invalid suffix %r" % (suffix))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        return self.with_name(self.stem + suffix)

    def joinpath(self, *args):
        return type(self)(self, *args)

    def relative_to(self, *other):
        base = type(self)(*other)
        if base._root != self._root or self._parts[:len(base._parts)] != base._parts:
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the "
                             "other is absolute." % (str(self), str(base)))
        return self._from('', self._parts[len(base._parts):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root and (pat._root != self._root or len(pat._parts) != len(self._parts)):
            return False
        if len(pat._parts) > len(self._parts):
            return False
        return all(_fnmatch(n, p) for n, p in zip(reversed(self._parts), reversed(pat._parts)))


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    __slots__ = ()

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        return self if self._root else type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.normpath(str(self.absolute())))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return False

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            if parents:
                os.makedirs(str(self), exist_ok=exist_ok)
            else:
                os.mkdir(str(self))
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        return self.rename(target)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with open(str(self), 'a'):
            pass

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return _io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(bytes(data))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self / name

    def stat(self):
        return os.stat(str(self))

    def _walk(self):
        for child in self.iterdir():
            yield child
            if child.is_dir():
                yield from child._walk()

    def glob(self, pattern):
        pat = PurePosixPath(pattern)._parts
        if not pat:
            raise ValueError("Unacceptable pattern: %r" % pattern)
        yield from self._glob(pat)

    def _glob(self, pat):
        head, rest = pat[0], pat[1:]
        if head == '**':
            candidates = [self] + [p for p in self._walk() if p.is_dir()]
            for c in candidates:
                if rest:
                    yield from c._glob(rest)
                else:
                    yield c
            return
        if not self.is_dir():
            return
        for child in self.iterdir():
            if _fnmatch(child.name, head):
                if rest:
                    if child.is_dir():
                        yield from child._glob(rest)
                else:
                    yield child

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
