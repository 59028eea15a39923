def f():
    try:
        pass
    except* ValueError:
        pass
    else:
        return 1
    finally:
        pass
print(f())
