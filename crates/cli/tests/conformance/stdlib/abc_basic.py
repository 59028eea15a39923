from abc import ABC, ABCMeta, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area()}, perimeter={self.perimeter()}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


class Circleish(Shape):
    def area(self):
        return 3


for make in [lambda: Shape(), lambda: Circleish(), lambda: Rect(2, 3), lambda: Square(4)]:
    try:
        print(make().describe())
    except TypeError as e:
        print('TypeError:', e)

print(isinstance(Square(1), Shape), issubclass(Rect, Shape), issubclass(int, Shape))
print(sorted(Shape.__abstractmethods__), Rect.__abstractmethods__, sorted(Circleish.__abstractmethods__))
print(type(Shape), type(ABC), isinstance(Shape, ABCMeta))


class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


class Good(Plugin):
    @property
    def name(self):
        return 'good'

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


try:
    Plugin()
except TypeError as e:
    print('TypeError:', e)
g = Good.create()
print(g.name, g.version(), Good.version())


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        pass


class Sprite:
    def draw(self):
        return 'sprite'


print(isinstance(Sprite(), Drawable))
Drawable.register(Sprite)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))


@Drawable.register
class Text:
    pass


print(Text, isinstance(Text(), Drawable), abc.abstractmethod is abstractmethod)


class Base(ABC):
    def __init__(self, tag):
        self.tag = tag

    @abstractmethod
    def run(self):
        raise NotImplementedError


class Impl(Base):
    def run(self):
        return 'ran ' + self.tag + ' ' + str(super().run is not None)


print(Impl('x').run())
try:
    Base.run(Impl('y'))
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
try:
    Impl()
except TypeError as e:
    print('TypeError:', e)
