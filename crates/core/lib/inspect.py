# inspect: the predicates programs use on functions, coroutines and classes,
# and signature() from a function's code object.

import sys


def _sample():
    yield


async def _async_sample():
    pass


async def _asyncgen_sample():
    yield


class _C:
    def m(self):
        pass


FunctionType = type(_sample)
GeneratorType = type(_sample())
_coro = _async_sample()
CoroutineType = type(_coro)
_coro.close()
del _coro
AsyncGeneratorType = type(_asyncgen_sample())
MethodType = type(_C().m)
BuiltinFunctionType = type(len)
ModuleType = type(sys)

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


def ismodule(object):
    return isinstance(object, ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, MethodType)


def isfunction(object):
    return isinstance(object, FunctionType)


def isbuiltin(object):
    return isinstance(object, BuiltinFunctionType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def _unwrap_partial(f):
    while ismethod(f):
        f = f.__func__
    # functools.partial objects only (a mock has every attribute).
    while type(f).__name__ == 'partial' and type(f).__module__ == 'functools':
        f = f.func
        while ismethod(f):
            f = f.__func__
    return f


def _has_flag(f, flag):
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE) or getattr(_unwrap_partial(obj), '_is_coroutine_marker', None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def isgenerator(object):
    return isinstance(object, GeneratorType)


def iscoroutine(object):
    return isinstance(object, CoroutineType)


def isasyncgen(object):
    return isinstance(object, AsyncGeneratorType)


def isawaitable(object):
    if isinstance(object, CoroutineType):
        return True
    if isinstance(object, GeneratorType):
        return bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    return hasattr(type(object), '__await__') or hasattr(object, '__await__') and not isclass(object)


def iscode(object):
    return type(object).__name__ == 'code'


def isframe(object):
    return False


def istraceback(object):
    return False


def isabstract(object):
    return bool(getattr(object, '__abstractmethods__', False))


def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getdoc(object):
    doc = getattr(object, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


class _empty:
    pass


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self.name, self.value)

    def __str__(self):
        return self.name

    def __lt__(self, other):
        return self.value < other.value


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


class Parameter:
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def __str__(self):
        s = self._name
        if self._annotation is not _empty:
            s = '%s: %s' % (s, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            s = '%s%s%r' % (s, sep, self._default)
        if self._kind is _VAR_POSITIONAL:
            s = '*' + s
        elif self._kind is _VAR_KEYWORD:
            s = '**' + s
        return s

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind is other._kind
                and self._default == other._default)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if p.name in self.arguments:
                if p.kind is _VAR_POSITIONAL:
                    out.extend(self.arguments[p.name])
                else:
                    out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self.signature.parameters.values():
            if p.name not in self.arguments:
                continue
            if p.kind is _VAR_KEYWORD:
                out.update(self.arguments[p.name])
            elif p.kind is _KEYWORD_ONLY:
                out[p.name] = self.arguments[p.name]
        return out

    def apply_defaults(self):
        new = {}
        for name, p in self.signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif p.default is not _empty:
                new[name] = p.default
            elif p.kind is _VAR_POSITIONAL:
                new[name] = ()
            elif p.kind is _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        return '<BoundArguments (%s)>' % ', '.join('%s=%r' % kv for kv in self.arguments.items())


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {}
        for p in parameters or ():
            self._parameters[p.name] = p
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return dict(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def __str__(self):
        parts = []
        seen_slash = False
        star_needed = True
        params = list(self._parameters.values())
        for i, p in enumerate(params):
            if p.kind is _VAR_POSITIONAL:
                star_needed = False
            if p.kind is _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(p))
            if p.kind is _POSITIONAL_ONLY and (i + 1 == len(params) or params[i + 1].kind is not _POSITIONAL_ONLY):
                parts.append('/')
        rendered = '(%s)' % ', '.join(parts)
        if self._return_annotation is not _empty:
            rendered += ' -> %s' % formatannotation(self._return_annotation)
        return rendered

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def bind(self, *args, **kwargs):
        arguments = {}
        params = list(self._parameters.values())
        args = list(args)
        for p in params:
            if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if args:
                    arguments[p.name] = args.pop(0)
                elif p.name in kwargs and p.kind is _POSITIONAL_OR_KEYWORD:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty:
                    raise TypeError("missing a required argument: '%s'" % p.name)
            elif p.kind is _VAR_POSITIONAL:
                if args:
                    arguments[p.name] = tuple(args)
                    args = []
            elif p.kind is _KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty:
                    raise TypeError("missing a required argument: '%s'" % p.name)
            elif p.kind is _VAR_KEYWORD:
                if kwargs:
                    arguments[p.name] = dict(kwargs)
                    kwargs = {}
        if args:
            raise TypeError('too many positional arguments')
        if kwargs:
            raise TypeError("got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        return BoundArguments(self, arguments)


def signature(obj):
    if not callable(obj):
        raise TypeError('%r is not a callable object' % (obj,))
    skip_first = False
    f = obj
    if ismethod(f):
        f = f.__func__
        skip_first = True
    elif isclass(f):
        init = getattr(f, '__init__', None)
        if init is None or not isfunction(init):
            return Signature([])
        f = init
        skip_first = True
    elif not isfunction(f):
        call = getattr(type(f), '__call__', None)
        if call is not None and isfunction(call):
            f = call
            skip_first = True
        else:
            raise ValueError('no signature found for builtin %r' % (obj,))
    code = f.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = f.__defaults__ or ()
    kwdefaults = f.__kwdefaults__ or {}
    notes = getattr(f, '__annotations__', None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=default,
                                annotation=notes.get(names[i], _empty)))
    k = npos
    if code.co_flags & CO_VARARGS:
        varargs = names[npos + nkw]
    else:
        varargs = None
    kwonly = names[npos:npos + nkw]
    if varargs is not None:
        params.append(Parameter(varargs, _VAR_POSITIONAL, annotation=notes.get(varargs, _empty)))
    for name in kwonly:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=notes.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        idx = npos + nkw + (1 if varargs is not None else 0)
        params.append(Parameter(names[idx], _VAR_KEYWORD, annotation=notes.get(names[idx], _empty)))
    if skip_first and params:
        params = params[1:]
    return Signature(params, return_annotation=notes.get('return', _empty))


def formatannotation(annotation):
    # As CPython writes an annotation in a signature.
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and not hasattr(annotation, '__origin__'):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)
