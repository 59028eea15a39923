"""pydoc: `help()` as CPython's prints it on a terminal that is not one
(plain text, no pager): functions, methods, built-in functions, classes
with their methods, properties and data by kind, inherited ones by base.
The builtin `help` calls `help` here. The built-in
functions carry no documentation in the playground: they show `name(...)`.
"""

import inspect
import sys

# What `object`'s own methods say, which a class's undocumented ones of the
# same name inherit (as inspect.getdoc finds them).
_OBJECT_DOCS = {
    '__init__': 'Initialize self.  See help(type(self)) for accurate signature.',
    '__repr__': 'Return repr(self).',
    '__str__': 'Return str(self).',
    '__eq__': 'Return self==value.',
    '__ne__': 'Return self!=value.',
    '__lt__': 'Return self<value.',
    '__le__': 'Return self<=value.',
    '__gt__': 'Return self>value.',
    '__ge__': 'Return self>=value.',
    '__hash__': 'Return hash(self).',
    '__format__': 'Default object formatter.',
    '__setattr__': 'Implement setattr(self, name, value).',
    '__delattr__': 'Implement delattr(self, name).',
    '__getattribute__': 'Return getattr(self, name).',
    '__dir__': 'Default dir() implementation.',
    '__sizeof__': 'Size of object in memory, in bytes.',
}

_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__',
           '__doc__', '__file__', '__spec__', '__loader__', '__module__', '__name__',
           '__package__', '__path__', '__qualname__', '__slots__', '__version__'}


def _visible(name):
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    return not name.startswith('_')


def _owndoc(obj):
    if isinstance(obj, type):
        doc = obj.__dict__.get('__doc__')  # a class's, not a base's
    else:
        doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    if not isinstance(obj, type) and not callable(obj) and not isinstance(obj, property):
        return None  # data: its type's doc is not its own
    return doc


def getdoc(obj, name=None, owner=None):
    doc = _owndoc(obj)
    if doc is None and owner is not None and name is not None:
        for base in owner.__mro__[1:]:
            inherited = base.__dict__.get(name) if base is not object else None
            if inherited is not None and _owndoc(inherited):
                doc = _owndoc(inherited)
                break
        else:
            doc = _OBJECT_DOCS.get(name)
    return inspect.cleandoc(doc) if doc else ''


def _indent(text, prefix='    '):
    lines = [prefix + line for line in text.split('\n')]
    if lines:
        lines[-1] = lines[-1].rstrip()
    return '\n'.join(lines)


def classname(cls, modname):
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def _signature(obj):
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError):
        return None


def _routine(obj, name=None, owner=None, owner_name=None):
    realname = getattr(obj, '__name__', name)
    name = name or realname
    note = ''
    if inspect.ismethod(obj):
        imclass = obj.__self__.__class__
        if owner is not None:
            if imclass is not owner:
                note = ' from ' + classname(imclass, owner.__module__)
        else:
            note = ' method of %s instance' % classname(imclass, None)
    qualifier = 'async ' if inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj) else ''
    title = realname if name == realname else name + ' = ' + realname
    argspec = _signature(obj) if callable(obj) else None
    if argspec and realname == '<lambda>':
        title = name + ' lambda '
        argspec = argspec[1:-1]
    decl = qualifier + title + (argspec or '(...)') + note
    doc = getdoc(getattr(obj, '__func__', obj), owner_name or realname, owner)
    return decl + '\n' + (doc and _indent(doc).rstrip() + '\n')


def _data(obj, name):
    doc = getdoc(obj)
    return (name + '\n' if name else '') + (_indent(doc) + '\n' if doc else '')


def _other(value, name, maxlen=70):
    text = repr(value)
    if len(text) > 100:
        text = text[:47] + '...' + text[-50:]
    line = name + ' = ' + text
    if len(line) > maxlen:
        text = text[:maxlen - len(line)] + '...'
    return name + ' = ' + text


def _kind(value):
    if isinstance(value, classmethod):
        return 'class method'
    if isinstance(value, staticmethod):
        return 'static method'
    if isinstance(value, property):
        return 'readonly property' if value.fset is None else 'data descriptor'
    if inspect.isfunction(value) or inspect.isbuiltin(value):
        return 'method'
    return 'data'


def _class_attrs(cls):
    # (name, kind, defining class, value), for each name its first class in the MRO.
    seen = set()
    out = []
    python_bases = [c for c in cls.__mro__ if c is not object]
    for c in python_bases:
        for name, value in list(c.__dict__.items()):
            if name in seen or not _visible(name):
                continue
            seen.add(name)
            out.append((name, _kind(value), c, value))
    # The instance dictionary and weak references, where the first class
    # without `__slots__` below object makes them.
    if python_bases and '__slots__' not in python_bases[-1].__dict__:
        root = python_bases[-1]
        for name, doc in (('__dict__', 'dictionary for instance variables'),
                          ('__weakref__', 'list of weak references to the object')):
            if name not in seen:
                out.append((name, 'data descriptor', root, property(doc=doc)))
    return out


def _class(cls, name=None):
    realname = cls.__name__
    name = name or realname
    modname = cls.__module__
    title = 'class ' + realname if name == realname else name + ' = class ' + realname
    if cls.__bases__:
        title += '(%s)' % ', '.join(classname(b, modname) for b in cls.__bases__)
    contents = []
    push = contents.append
    argspec = _signature(cls)
    if argspec and argspec != '()':
        push(name + argspec + '\n')
    doc = getdoc(cls)
    if doc:
        push(doc + '\n')
    mro = list(cls.__mro__)
    if len(mro) > 2:
        push('Method resolution order:')
        for base in mro:
            push('    ' + classname(base, modname))
        push('')
    rule = []

    def section(title, items, render):
        if not items:
            return
        if rule:
            push('-' * 70)
        rule.append(1)
        push(title)
        for item in items:
            push(render(item))

    attrs = _class_attrs(cls)
    for home in mro:
        if home is object:
            continue
        mine = sorted((a for a in attrs if a[2] is home), key=lambda a: a[0])
        if not mine:
            continue
        tag = 'defined here' if home is cls else 'inherited from ' + classname(home, modname)
        by = lambda kind: [a for a in mine if a[1] == kind]
        routine = lambda a: _routine(getattr(cls, a[0]), a[0], cls, a[0])
        section('Methods %s:\n' % tag, by('method'), routine)
        section('Class methods %s:\n' % tag, by('class method'), routine)
        section('Static methods %s:\n' % tag, by('static method'), routine)
        section('Readonly properties %s:\n' % tag, by('readonly property'),
                lambda a: _data(a[3], a[0]))
        section('Data descriptors %s:\n' % tag, by('data descriptor'),
                lambda a: _data(a[3], a[0]))
        section('Data and other attributes %s:\n' % tag, by('data'),
                lambda a: _other(getattr(cls, a[0]), a[0]) + '\n')
    text = '\n'.join(contents)
    if not text:
        return title + '\n'
    return title + '\n' + _indent(text.rstrip(), ' |  ') + '\n'


def describe(thing):
    if inspect.ismodule(thing):
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def _module_of(thing):
    if not (inspect.isclass(thing) or inspect.isroutine(thing)):
        return None
    name = getattr(thing, '__module__', None)
    if name is None and inspect.isbuiltin(thing):
        name = 'builtins'
    return name


def locate(path):
    parts = path.split('.')
    import builtins
    obj = None
    for k in range(len(parts), 0, -1):
        try:
            obj = __import__('.'.join(parts[:k]))
            for part in parts[1:k]:
                obj = getattr(obj, part)
            rest = parts[k:]
            break
        except ImportError:
            continue
    else:
        obj, rest = builtins, parts
    for part in rest:
        if not hasattr(obj, part):
            return None
        obj = getattr(obj, part)
    return obj


def render_doc(thing, title='Python Library Documentation: %s'):
    name = None
    if isinstance(thing, str):
        name = thing
        found = locate(thing)
        if found is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        thing = found
    desc = describe(thing)
    module = _module_of(thing)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module != getattr(thing, '__name__', None):
        desc += ' in module ' + module
    if not (inspect.ismodule(thing) or inspect.isclass(thing) or callable(thing)
            or isinstance(thing, property) or _owndoc(thing)):
        thing = type(thing)
        desc += ' object'
    short = name.rsplit('.', 1)[-1] if name else None
    if inspect.isclass(thing):
        body = _class(thing, short)
    elif inspect.ismodule(thing):
        body = 'NAME\n    %s\n' % thing.__name__
        doc = getdoc(thing)
        if doc:
            body += '\nDESCRIPTION\n' + _indent(doc) + '\n'
    elif callable(thing):
        body = _routine(thing, short)
    else:
        body = _data(thing, short)
    return title % desc + '\n\n' + body


class _Helper:
    def __repr__(self):
        return ('Type help() for interactive help, or help(object) for help about object.')

    def __call__(self, *args, **kwds):
        if not args:
            sys.stdout.write('\nWelcome to Python 3.11\'s help utility!\n\n'
                             'The playground has no interactive help: ask help(object) '
                             'for help about object.\n')
            return
        request = args[0]
        try:
            sys.stdout.write(render_doc(request, 'Help on %s:'))
        except ImportError as e:
            print(e)
        sys.stdout.write('\n')


help = _Helper()
