def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__context__))

def a():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
t(a)
def b():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print(repr(e))
        raise KeyError(2)
t(b)
def c():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("h", [ValueError(3), OSError(4)])])
    except* ValueError as e:
        print('V', repr(e))
        raise
    except* TypeError as e:
        print('T', repr(e))
        raise RuntimeError('new')
    except* OSError:
        print('O')
t(c)
def d():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
t(d)
def e():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print('both', repr(e))
    else:
        print('else')
    finally:
        print('finally')
t(e)
