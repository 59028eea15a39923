def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])

def g():
    try:
        f()
    except* ValueError as e:
        print("caught", repr(e))
    print("not reached")

g()
