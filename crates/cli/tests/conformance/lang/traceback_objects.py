# Traceback objects: __traceback__, sys.exc_info()[2], the tb given to
# __exit__, and the traceback module's functions over them.
import sys
import traceback


def inner(n):
    return 10 // n


def outer(n):
    total = inner(n)
    return total


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    chain = []
    while tb is not None:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(chain)
    print(sys.exc_info()[2].tb_next.tb_lineno, sys.exc_info()[2] is not None)
    for entry in traceback.extract_tb(e.__traceback__):
        print(entry.name, entry.lineno, entry.line)
    print(''.join(traceback.format_tb(e.__traceback__, limit=-1)), end='')
    print(len(traceback.format_tb(e.__traceback__)), len(traceback.extract_tb(e.__traceback__, limit=2)))
    traceback.print_tb(e.__traceback__, file=sys.stdout)

print(ValueError('fresh').__traceback__)


class Recorder:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if tb is None:
            print('clean exit')
        else:
            print(exc_type.__name__, exc, tb.tb_lineno, tb.tb_frame.f_code.co_name)
        return True


with Recorder():
    pass
with Recorder():
    outer(0)
with Recorder():
    {}['missing']

print((5).__class__, None.__class__, print.__class__, (lambda: 0).__class__)
