# Class machinery the standard library leans on: metaclasses, descriptors,
# __set_name__, __init_subclass__, __class_getitem__, __setattr__ hooks,
# annotations.


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', name.lower())
        mcls.classes.append(name)
        return cls

    def __call__(cls, *args, **kwargs):
        print('creating', cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __iter__(cls):
        return iter(sorted(k for k in cls.__dict__ if not k.startswith('_')))

    def __len__(cls):
        return len(list(iter(cls)))

    def __getitem__(cls, key):
        return getattr(cls, key)

    def __contains__(cls, key):
        return hasattr(cls, key)

    def __repr__(cls):
        return f'<registered {cls.__name__}>'

    @property
    def kind(cls):
        return 'kind of ' + cls.__name__

    def describe(cls):
        return f'{cls.__name__} tagged {cls.tag}'


class Plugin(metaclass=Registry):
    alpha = 1
    beta = 2

    def __init__(self, x):
        self.x = x


class Special(Plugin, tag='sp'):
    gamma = 3


p = Special(5)
print(p.x, Plugin.tag, Special.tag, Registry.classes, type(Plugin).__name__, type(Special) is Registry)
print(list(Plugin), len(Special), Plugin['beta'], 'gamma' in Special, 'gamma' in Plugin, Plugin, [Special])
print(Special.kind, Special.describe(), isinstance(Special, Registry), isinstance(p, Plugin))


class Meta2(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.initialised = True


class WithInit(metaclass=Meta2):
    pass


print(WithInit.initialised)


class EvenChecker(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class Even(metaclass=EvenChecker):
    pass


print(isinstance(4, Even), isinstance(3, Even), issubclass(bool, Even), issubclass(str, Even))


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, not {type(value).__name__}')
        setattr(obj, self.slot, value)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.func.__name__, value)
        return value


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    @Lazy
    def greeting(self):
        print('computing greeting')
        return f'Hi, {self.name}'


ann = Person('Ann', 31)
print(ann.name, ann.age, Person.name.name, Person.age.slot, ann.greeting, ann.greeting)
try:
    ann.age = 'old'
except TypeError as e:
    print('TypeError', e)


class Base:
    subclasses = []

    def __init_subclass__(cls, /, prefix='', **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Base.subclasses.append(cls.__name__)


class A(Base, prefix='a-'):
    pass


class B(A):
    pass


print(Base.subclasses, A.prefix, B.prefix)
try:
    class C(prefix='x'):
        pass
except TypeError as e:
    print('TypeError', e)


class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{getattr(item, "__name__", item)}]'


print(Box[int], Box['x'], list[int] is list or True)


class Audited:
    def __init__(self):
        self.log = []
        self.value = 0

    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == 'log':
            raise AttributeError('log is permanent')
        object.__delattr__(self, name)


au = Audited()
au.value = 5
au.other = 6
del au.other
print(au.log, au.value, hasattr(au, 'other'))
try:
    del au.log
except AttributeError as e:
    print('AttributeError', e)


class Annotated:
    x: int
    y: 'str' = 'why'
    z: list[int] | None = None


def func(a: int, b: str = '', *args: float, c: bool = True, **kw: dict) -> list:
    return []


print(Annotated.__annotations__['x'], Annotated.__annotations__['y'], Annotated.y, list(Annotated.__annotations__))
print(func.__annotations__['a'], func.__annotations__['return'], list(func.__annotations__), (lambda q: q).__annotations__)
print(isinstance(None, int | None), isinstance('s', int | None))

TYPE_CHECKING = False


class Nested:
    if not TYPE_CHECKING:
        x: int = 1
    for _i in range(2):
        pass


print(Nested.x, Nested.__annotations__)
