# traceback: the interpreter's own traceback text for caught exceptions.
# Frames of the playground's library modules are left out, as in the
# tracebacks it prints. Traceback objects carry their frame's lines as the
# interpreter prints them (`_text`).

import sys

_sentinel = object()


def _exc_of(exc, value):
    if value is not _sentinel and value is not None:
        return value
    if value is None and not isinstance(exc, BaseException):
        return None
    return exc


def _entries(text):
    # One string per frame (with its source line), as CPython's lists hold them.
    out = []
    for line in text.split('\n')[:-1]:
        line += '\n'
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception_only(exc, /, value=_sentinel):
    exc = _exc_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    text = str(exc)
    return [name + (': ' + text if text else '') + '\n']


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exc_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    text = sys._format_exception(exc)
    if (tb is _sentinel or tb is exc.__traceback__) and limit is None and chain:
        return _entries(text)
    # The exception's own block is its frames after the chain before it:
    # put the frames asked for (from `tb`, `limit` of them) in their place.
    header = 'Traceback (most recent call last):\n'
    own = header + ''.join(format_tb(exc.__traceback__))
    at = text.rfind(own)
    if own == header or at < 0:
        return _entries(text)
    frames = ''.join(format_tb(exc.__traceback__ if tb is _sentinel else tb, limit))
    before = text[:at] if chain else ''
    return _entries(before + (header + frames if frames else '') + text[at + len(own):])


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def _walk_tb(tb, limit):
    # The traceback objects from `tb` on (outermost first), `limit` of them
    # from the start, or from the end when negative.
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return entries


def format_tb(tb, limit=None):
    # Each frame's lines as the interpreter prints them, markers included.
    return [t._text for t in _walk_tb(tb, limit)]


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    print(''.join(format_tb(tb, limit)), file=file, end='')


def extract_tb(tb, limit=None):
    frames = []
    for t in _walk_tb(tb, limit):
        lines = t._text.split('\n')
        line = lines[1].strip() if len(lines) > 2 and lines[1].startswith('    ') else None
        code = t.tb_frame.f_code
        frames.append(FrameSummary(code.co_filename, t.tb_lineno, code.co_name, line=line))
    return frames


class FrameSummary:
    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self._line])

    def __getitem__(self, i):
        return (self.filename, self.lineno, self.name, self._line)[i]

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)


def extract_stack(f=None, limit=None):
    # The frames up to the caller (inside a running loop, CPython's own
    # down to the task; our library's are hidden).
    frames = [FrameSummary(file, ln, fn, line=src)
              for ln, fn, src, file in sys._stack() if src is not None]
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return frames


def format_list(extracted_list):
    out = []
    for f in extracted_list:
        filename, lineno, name, line = f[0], f[1], f[2], f[3]
        row = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            row += '    %s\n' % line.strip()
        out.append(row)
    return out


def format_stack(f=None, limit=None):
    return format_list(extract_stack(limit=limit))


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for row in format_list(extract_stack(limit=limit)):
        print(row, file=file, end='')


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = []
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, None, *args, **kwargs)

    def format(self, *, chain=True):
        return iter(format_exception(self._exc, chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def __str__(self):
        return str(self._exc)
