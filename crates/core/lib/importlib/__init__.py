# importlib.import_module: a module by its name (relative names against
# package), as `import` finds it; reload runs a module's code again only for
# the program's own module, which the playground cannot do: it says so.


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        while level < len(name) and name[level] == '.':
            level += 1
        base = package.rsplit('.', level - 1)[0] if level > 1 else package
        name = base + '.' + name[level:] if name[level:] else base
    module = __import__(name)
    for part in name.split('.')[1:]:
        module = getattr(module, part)
    return module


def reload(module):
    raise NotImplementedError('importlib.reload is not available in the playground')


def invalidate_caches():
    pass
