# Abstract base classes: ABCMeta records a class's abstract methods and
# refuses to instantiate a class that still has some; register() adds
# virtual subclasses that isinstance/issubclass accept.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # property, classmethod and staticmethod wrap the function that is marked.
    for part in ('fget', 'fset', 'fdel', '__func__'):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _abstracts_of(cls, namespace, bases):
    found = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            found.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if name in namespace:
                continue
            if _is_abstract(getattr(cls, name, None)):
                found.add(name)
    return frozenset(found)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace, bases)
        cls._abc_registry = []
        # A virtual subclass of a subclass is one of its bases' too.
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        missing = cls.__abstractmethods__
        if missing:
            names = sorted(missing)
            word = 'method' if len(names) == 1 else 'methods'
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} with abstract {word} "
                + ', '.join(names))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for registered in cls._abc_registry:
            if registered in subclass.__mro__ or issubclass(subclass, registered):
                return True
        for child in cls._abc_subclasses:
            if issubclass(subclass, child):
                return True
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstracts_of(cls, dict(cls.__dict__), cls.__bases__)
    return cls
