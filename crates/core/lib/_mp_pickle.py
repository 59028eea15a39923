# How values cross between processes: by value, with pickle's rules.
# dumps() writes a Python expression (bytes) that loads() evaluates in the
# other process. Functions and classes go by name and must be found there
# under that name (a lambda or a local function cannot, as with pickle);
# instances go as their class and their __dict__ (or __getstate__());
# exceptions as their class and args. What pickle cannot pickle (locks,
# generators, modules, open files) fails with pickle's error.
# Left out: pickle's byte format, __reduce__ of user classes, shared or
# recursive structures (a value seen twice is copied twice).


# pickle's errors are its C accelerator's (tracebacks say `_pickle.PicklingError`).
class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'

_ATOMS = (type(None), bool, int, str, bytes, range, type(Ellipsis))
_inf = float('inf')


class _Main:
    # The main module's names (exec and eval without dicts use them).
    def __getattr__(self, name):
        names = eval('globals()')
        if name not in names:
            raise AttributeError(name)
        return names[name]


def _module(name):
    if name in ('__main__', '__mp_main__'):
        return _Main()
    try:
        obj = __import__(name)
    except ImportError:
        return None
    for part in name.split('.')[1:]:
        obj = getattr(obj, part, None)
    return obj


def _find(module, qualname):
    if module == 'builtins':
        try:
            return eval(qualname, {})
        except Exception:
            return None
    obj = _module(module)
    for part in qualname.split('.'):
        obj = getattr(obj, part, None)
    return obj


# Where the interpreter's built-in functions that do not name their module
# may come from.
_NATIVE_HOMES = ('time', 'math', 'os', 'random', 'operator', 'builtins')


def _native_home(obj, qualname):
    # Where a built-in function that does not name its module comes from.
    if type(obj).__name__ == 'builtin_function_or_method':
        for home in _NATIVE_HOMES:
            if _find(home, qualname) is obj:
                return home
    return None


def _by_name(obj):
    qualname = getattr(obj, '__qualname__', getattr(obj, '__name__', '?'))
    module = getattr(obj, '__module__', None) or _native_home(obj, qualname)
    module = module or '__main__'
    if module == '__mp_main__':
        module = '__main__'
    if '<locals>' in qualname:
        raise AttributeError("Can't pickle local object %r" % qualname)
    if _find(module, qualname) is not obj:
        # The library's classes name CPython's submodules; they live in the package.
        package = module.split('.')[0]
        if _find(package, qualname) is obj:
            return '_G(%r,%r)' % (package, qualname)
        raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                            % (obj, qualname, module))
    return '_G(%r,%r)' % (module, qualname)


def _enc(o, depth):
    if depth > 500:
        raise RecursionError('maximum recursion depth exceeded while pickling an object')
    t = type(o)
    if t in _ATOMS:
        return repr(o)
    if t is float:
        if o != o or o in (_inf, -_inf):
            return 'float(%r)' % repr(o)
        return repr(o)
    d = depth + 1
    if t is tuple:
        return '(' + ''.join(_enc(x, d) + ',' for x in o) + ')'
    if t is list:
        return '[' + ','.join(_enc(x, d) for x in o) + ']'
    if t is dict:
        return '{' + ','.join(_enc(k, d) + ':' + _enc(v, d) for k, v in o.items()) + '}'
    if t is set:
        return 'set([' + ','.join(_enc(x, d) for x in o) + '])'
    if t is frozenset:
        return 'frozenset([' + ','.join(_enc(x, d) for x in o) + '])'
    if t is type or isinstance(o, type):
        return _by_name(o)
    kind = t.__name__
    if kind in ('function', 'builtin_function_or_method'):
        return _by_name(o)
    if kind == 'method':
        return '_M(%s,%r)' % (_enc(o.__self__, d), o.__func__.__name__)
    if isinstance(o, BaseException):
        # Its cause goes along (a pool's worker gives its traceback as one).
        cause = o.__cause__
        return '_E(%s,%s,%s,%s)' % (_by_name(t), _enc(o.args, d),
                                    _enc(dict(getattr(o, '__dict__', {})), d),
                                    _enc(cause, d) if isinstance(cause, BaseException) else 'None')
    if kind in ('generator', 'coroutine', 'module', 'frame', 'async_generator', 'TextIOWrapper'):
        raise TypeError("cannot pickle '%s' object" % kind)
    if kind in ('lock', 'RLock') and t.__module__ != 'multiprocessing.synchronize':
        raise TypeError("cannot pickle '_thread.%s' object" % kind)
    getstate = getattr(o, '__getstate__', None)
    if getstate is not None and getattr(t, '__getstate__', None) is not getattr(object, '__getstate__', None):
        state = getstate()
    else:
        try:
            state = o.__dict__
        except AttributeError:
            raise TypeError("cannot pickle '%s' object" % kind) from None
    return '_I(%s,%s)' % (_by_name(t), _enc(dict(state), d))


def dumps(obj):
    return _enc(obj, 0).encode()


def _G(module, qualname):
    obj = _find(module, qualname)
    if obj is None:
        where = "<module %r>" % module
        if module == '__main__':
            # Where the playground's fork differs from CPython's: a child
            # runs the module's top level, not the __main__ block.
            where += (" (a child process here sees what the module defines at"
                      " its top level, not under if __name__ == '__main__':)")
        raise AttributeError("Can't get attribute %r on %s" % (qualname, where))
    return obj


def _I(cls, state):
    obj = object.__new__(cls)
    setstate = getattr(obj, '__setstate__', None)
    if setstate is not None:
        setstate(state)
    else:
        for k, v in state.items():
            object.__setattr__(obj, k, v)
    return obj


def _E(cls, args, state, cause=None):
    exc = cls(*args)
    if cause is not None:
        exc.__cause__ = cause
    for k, v in state.items():
        setattr(exc, k, v)
    return exc


def _M(obj, name):
    return getattr(obj, name)


_NAMES = {'_G': _G, '_I': _I, '_E': _E, '_M': _M, 'set': set, 'frozenset': frozenset,
          'float': float, 'range': range,
          'Ellipsis': Ellipsis}


def loads(data):
    return eval(data.decode(), dict(_NAMES))
