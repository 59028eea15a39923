# pkgutil: resolve_name, the one walk from a dotted name ('pkg.mod.obj' or
# 'pkg.mod:obj.attr') to the object, importing the modules on the way
# (mock.patch's targets, logging.config's classes, unittest's test modules).


def resolve_name(name):
    if ':' in name:
        module, _, attrs = name.partition(':')
        thing = __import__(module)
        for part in module.split('.')[1:] + (attrs.split('.') if attrs else []):
            thing = getattr(thing, part)
        return thing
    parts = name.split('.')
    path = parts[0]
    thing = __import__(path)
    for part in parts[1:]:
        path += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(path)
            thing = getattr(thing, part)
    return thing
