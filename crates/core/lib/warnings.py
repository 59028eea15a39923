# warnings: warn() with filters, as CPython prints them on stderr:
# `main.py:LINE: Category: message` and the source line. The location is the
# program's frame that stacklevel names.

import sys

filters = []
defaultaction = 'default'
_onceregistry = {}
_registry = {}
_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line:
        s += '  %s\n' % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    file.write(text)


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


_recording = []


def _showwarnmsg(msg):
    if _recording and _recording[-1] is not None and showwarning is _showwarning_orig:
        _recording[-1].append(msg)
        return
    if showwarning is not _showwarning_orig:
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(item, append):
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _onceregistry.clear()
    _registry.clear()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise TypeError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter((action, message.lower() if message else None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _onceregistry.clear()
    _registry.clear()


def _matches(pattern, text):
    # Filters' message and module are regular expressions matched at the start.
    if pattern is None:
        return True
    if all(c.isalnum() or c in ' _-:,' for c in pattern):
        return text.lower().startswith(pattern.lower())
    import re
    return re.match(pattern, text, re.I) is not None


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or _matches(msg, text)) and issubclass(category, cat)
                and (mod is None or _matches(mod + '$' if mod.isidentifier() else mod, module))
                and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


# Where the playground says CPython's library is (asyncio/library.rs).
_STDLIB = '/usr/lib/python3.11'


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename = sys.argv[0] if sys.argv else 'main.py'
    module = '__main__'
    frames = sys._stack()[:-1]
    if stacklevel < 1:
        stacklevel = 1
    if not frames:
        lineno, _, line = sys._caller()
    elif stacklevel > len(frames):
        filename, lineno, line, module = 'sys', 1, None, 'sys'
    else:
        # Library frames are hidden: from the frame stacklevel names, the
        # nearest frame of the program outward.
        k = len(frames) - stacklevel
        while k > 0 and frames[k][2] is None:
            k -= 1
        lineno, _, line, file = frames[k]
        if file.startswith(_STDLIB):
            # A frame of CPython's asyncio (the loop's, under a task).
            filename = file
            module = file[len(_STDLIB) + 1:-3].replace('/', '.')
    warn_explicit(message, category, filename, lineno, module, None, None, source, line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None, _line=None):
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    key = (text, category, lineno)
    if action == 'once':
        if _onceregistry.get((text, category)):
            return
        _onceregistry[(text, category)] = 1
    elif action == 'module':
        if _registry.get((text, category, 0, module)):
            return
        _registry[(text, category, 0, module)] = 1
    elif action == 'default':
        if _registry.get(key + (module,)):
            return
        _registry[key + (module,)] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, _line, source))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action else None

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        self._once = dict(_onceregistry)
        self._reg = dict(_registry)
        _onceregistry.clear()
        _registry.clear()
        if self._filter:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _recording.append(log)
            showwarning = _showwarning_orig
            return log
        _recording.append(None)
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        filters[:] = self._filters
        showwarning = self._showwarning
        _recording.pop()
        _onceregistry.clear()
        _onceregistry.update(self._once)
        _registry.clear()
        _registry.update(self._reg)


filters.append(('default', None, DeprecationWarning, '__main__', 0))
filters.append(('ignore', None, DeprecationWarning, None, 0))
filters.append(('ignore', None, PendingDeprecationWarning, None, 0))
filters.append(('ignore', None, ImportWarning, None, 0))
filters.append(('ignore', None, ResourceWarning, None, 0))
