# shutil: copying, moving and removing files and folder trees in the
# playground's in-memory file system (io.py keeps the files, os.py the
# folders). There are no permissions, times or links, so copymode/copystat
# only check that both files exist. which() finds no programs (None);
# disk_usage() and get_terminal_size() answer fixed, plausible sizes;
# make_archive/unpack_archive raise NotImplementedError naming themselves.
# Folders are listed in sorted order (CPython's order is the disk's).
import os
import fnmatch
from collections import namedtuple

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy',
           'copy2', 'copytree', 'move', 'rmtree', 'Error', 'SpecialFileError',
           'ExecError', 'make_archive', 'unpack_archive', 'ignore_patterns',
           'chown', 'which', 'get_terminal_size', 'SameFileError',
           'disk_usage', 'ReadError', 'RegistryError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


def _missing(path):
    return FileNotFoundError(2, 'No such file or directory', path)


def _exc_info(e):
    return (type(e), e, e.__traceback__)


def _samefile(src, dst):
    # The in-memory files are keyed by their normalized paths.
    return (os.path.exists(src) and os.path.exists(dst)
            and os.path.normpath(src) == os.path.normpath(dst))


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    with open(src, 'rb') as fsrc:
        data = fsrc.read()
    # 'x/' names a folder: a file cannot be made there.
    if os.fspath(dst).endswith('/') and not os.path.isdir(dst):
        raise FileNotFoundError('Directory does not exist: %s' % (dst,))
    with open(dst, 'wb') as fdst:
        fdst.write(data)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    for path in (src, dst):
        if not os.path.exists(path):
            raise _missing(path)


copystat = copymode


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore_patterns


def _entries(path):
    if os.path.isfile(path):
        raise NotADirectoryError(20, 'Not a directory', path)
    return os.listdir(path)


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = _entries(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _rmtree_inside(path, onerror):
    try:
        names = _entries(path)
    except OSError as e:
        onerror(os.scandir, path, _exc_info(e))
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full):
            _rmtree_inside(full, onerror)
            try:
                os.rmdir(full)
            except OSError as e:
                onerror(os.rmdir, full, _exc_info(e))
        else:
            try:
                os.unlink(full)
            except OSError as e:
                onerror(os.unlink, full, _exc_info(e))


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(func, path, exc_info):
            raise exc_info[1]
    if not os.path.exists(path):
        onerror(os.lstat, path, _exc_info(_missing(path)))
        return
    _rmtree_inside(path, onerror)
    try:
        if not os.path.isdir(path):
            raise NotADirectoryError(20, 'Not a directory', path)
        os.rmdir(path)
    except OSError as e:
        onerror(os.rmdir, path, _exc_info(e))


rmtree.avoids_symlink_attacks = True


def _basename(path):
    # 'a/b/' moves as 'b'.
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.sep))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.sep):
        src += os.sep
    if not dst.endswith(os.sep):
        dst += os.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    # A rename where it can be one: nothing is copied by copy_function.
    if os.path.isdir(src):
        if _destinsrc(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'."
                        % (src, dst))
        copytree(src, real_dst, copy_function=copyfile, symlinks=True)
        rmtree(src)
    elif os.path.isfile(src):
        if not _samefile(src, real_dst):
            copyfile(src, real_dst)
            os.unlink(src)
    else:
        copy_function(src, real_dst)
        os.unlink(src)
    return real_dst


def chown(path, user=None, group=None):
    if user is None and group is None:
        raise ValueError('user and/or group must be set')
    if not os.path.exists(path):
        raise _missing(path)


def which(cmd, mode=1, path=None):
    # The playground has no programs to run.
    return None


_ntuple_diskusage = namedtuple('usage', 'total used free', module='shutil')


def disk_usage(path):
    if not os.path.exists(path):
        raise _missing(path)
    total = 64 * 1024 ** 3
    used = 16 * 1024 ** 3
    return _ntuple_diskusage(total, used, total - used)


class _terminal_size(namedtuple('terminal_size', 'columns lines')):
    # os.terminal_size, which the playground's os does not define.
    __slots__ = ()

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self.columns,
                                                          self.lines)


_terminal_size.__name__ = _terminal_size.__qualname__ = 'terminal_size'
_terminal_size.__module__ = 'os'


def get_terminal_size(fallback=(80, 24)):
    # No terminal to ask: COLUMNS/LINES from the environment, else fallback.
    sizes = []
    for key, default in (('COLUMNS', fallback[0]), ('LINES', fallback[1])):
        try:
            value = int(os.environ[key])
        except (KeyError, ValueError):
            value = 0
        sizes.append(value if value > 0 else default)
    if hasattr(os, 'terminal_size'):
        return os.terminal_size(sizes)
    return _terminal_size(*sizes)


def _no_archives(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError('shutil.%s is not available in the '
                                  'playground' % name)
    refuse.__name__ = refuse.__qualname__ = name
    return refuse


make_archive = _no_archives('make_archive')
unpack_archive = _no_archives('unpack_archive')
