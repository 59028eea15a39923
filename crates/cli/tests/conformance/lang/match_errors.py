# match statements' errors: a class pattern with too many positions, a
# pattern that is no class, an attribute matched twice, __match_args__ not
# a tuple, a built-in type given two positions.
class P:
    pass
def t(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
def a():
    match P():
        case P(1): pass
def b():
    x = 5
    match 1:
        case x(): pass
def d():
    class Q:
        __match_args__ = ("a",)
        a = 1
    match Q():
        case Q(x, a=y): pass
class R:
    __match_args__ = ["x"]
    x = 1
def e():
    match R():
        case R(1): pass
def f():
    match P():
        case P(1, 2): pass
def g():
    match 5:
        case int(x, y): pass
t(a); t(b); t(d); t(e); t(f); t(g)
