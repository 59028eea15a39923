def f():
    try:
        pass
    except* ValueError:
        def g():
            return 2
        return g() + 1
