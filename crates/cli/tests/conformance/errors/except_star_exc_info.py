import sys
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
except BaseException as e:
    print(repr(e), [repr(x.__context__) for x in e.exceptions])
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    pass
print(sys.exc_info())
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("in V", sys.exc_info()[1])
    except* TypeError:
        print("in T", sys.exc_info()[1])
    print("after", sys.exc_info())
f()
