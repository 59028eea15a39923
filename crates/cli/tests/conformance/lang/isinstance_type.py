# Types of values and the class hierarchy of exceptions.
for v in [1, 1.0, "s", b"b", [], (), {}, set(), None, True, len, print]:
    print(type(v).__name__, end=" ")
print()
print(issubclass(bool, int), issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(TimeoutError, OSError))
print(type(type(1)).__name__, type(int).__name__, int.__name__, ValueError.__mro__)
