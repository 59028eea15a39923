# traceback's limit, tb and chain arguments: the frames asked for, in place.
import sys
import traceback


def a():
    b()


def b():
    c()


def c():
    raise ValueError("deep")


try:
    a()
except ValueError as e:
    print("".join(traceback.format_exception(e, limit=1)))
    print("".join(traceback.format_exception(e, limit=-1)))
    print("".join(traceback.format_exception(e, limit=0)))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)))
    print("".join(traceback.format_exception(type(e), e, None)))
    print(traceback.format_exc(limit=2))
    traceback.print_exc(limit=1, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, limit=2, file=sys.stdout)
try:
    try:
        a()
    except ValueError:
        raise KeyError("k")
except KeyError as e:
    print("".join(traceback.format_exception(e, chain=False)))
    print("".join(traceback.format_exception(e)))
    print(traceback.format_exc(chain=False))
