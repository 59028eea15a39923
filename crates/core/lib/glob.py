# glob: pathnames matching shell patterns, over the playground's files.

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def has_magic(s):
    return any(c in s for c in '*?[')


def escape(pathname):
    out = []
    for c in pathname:
        out.append('[' + c + ']' if c in '*?[' else c)
    return ''.join(out)


def _listdir(dirname, hidden):
    try:
        names = os.listdir(dirname or '.')
    except OSError:
        return []
    return [n for n in names if hidden or not n.startswith('.')]


def _glob(pathname, recursive, hidden, dironly=False):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.exists(pathname):
                yield pathname
        elif os.path.isdir(dirname):
            yield pathname
        return
    if not dirname:
        yield from _in_dir('', basename, recursive, hidden, dironly)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = list(_glob(dirname, recursive, hidden, True))
    else:
        dirs = [dirname]
    for d in dirs:
        for name in _in_dir(d, basename, recursive, hidden, dironly):
            yield os.path.join(d, name)


def _in_dir(dirname, pattern, recursive, hidden, dironly):
    if recursive and pattern == '**':
        yield ''
        for path in _walk(dirname, hidden):
            if not dironly or os.path.isdir(os.path.join(dirname, path) if dirname else path):
                yield path
        return
    if not has_magic(pattern):
        full = os.path.join(dirname, pattern) if dirname else pattern
        if (os.path.isdir(full) if dironly else os.path.exists(full)):
            yield pattern
        return
    names = _listdir(dirname, hidden or pattern.startswith('.'))
    for n in names:
        full = os.path.join(dirname, n) if dirname else n
        if dironly and not os.path.isdir(full):
            continue
        if fnmatch.fnmatchcase(n, pattern):
            yield n


def _walk(dirname, hidden):
    for n in _listdir(dirname, hidden):
        full = os.path.join(dirname, n) if dirname else n
        yield n
        if os.path.isdir(full):
            for sub in _walk(full, hidden):
                yield os.path.join(n, sub)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return iter(glob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        found = [p[len(root_dir) + 1:] for p in _glob(os.path.join(root_dir, pathname), recursive, include_hidden)]
    else:
        found = list(_glob(pathname, recursive, include_hidden))
    out = []
    for p in found:
        if p and p not in out:
            out.append(p)
    return out
