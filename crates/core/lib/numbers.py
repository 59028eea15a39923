"""numbers: the numeric tower's abstract base classes (PEP 3141). int is
registered as Integral, float as Real and complex as Complex, so
`isinstance(x, numbers.Number)` answers as in CPython."""

from abc import ABCMeta, abstractmethod, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None


def _protocol(cls, *names):
    # Abstract methods that only name the operations a subclass provides.
    def method(self, *args):
        raise NotImplementedError
    for name in names:
        setattr(cls, name, abstractmethod(method))
    update_abstractmethods(cls)


class Complex(Number):
    """Complex numbers: the operations of the built-in complex type."""
    __slots__ = ()
    real = property(abstractmethod(lambda self: NotImplemented))
    imag = property(abstractmethod(lambda self: NotImplemented))

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


class Real(Complex):
    """Real numbers: the operations of float, with ordering."""
    __slots__ = ()

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    real = property(lambda self: +self)
    imag = property(lambda self: 0)

    def conjugate(self):
        return +self

    def __complex__(self):
        raise NotImplementedError('the playground has no complex numbers')


class Rational(Real):
    """Rational numbers: a numerator and a denominator."""
    __slots__ = ()
    numerator = property(abstractmethod(lambda self: NotImplemented))
    denominator = property(abstractmethod(lambda self: NotImplemented))

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: int's operations, bitwise ones included."""
    __slots__ = ()

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    numerator = property(lambda self: +self)
    denominator = property(lambda self: 1)


# In the tower's order: each class's abstract names include its bases'.
_protocol(Complex,
          '__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__',
          '__rmul__', '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__abs__',
          'conjugate', '__eq__')
_protocol(Real,
          '__float__', '__trunc__', '__floor__', '__ceil__', '__round__', '__floordiv__',
          '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__')
update_abstractmethods(Rational)  # after its bases', before Integral's
_protocol(Integral,
          '__int__', '__pow__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__',
          '__and__', '__rand__', '__xor__', '__rxor__', '__or__', '__ror__', '__invert__')

Complex.register(complex)
Real.register(float)
Integral.register(int)
