# A call's * and ** arguments that are not an iterable or a mapping, and a
# keyword given twice, in CPython's words (naming the function).
def f(**k): pass
def g(*a, **k): return a, k
class A:
    def m(self, *a): pass
for call in ['print(**5)', 'f(**[1])', 'A().m(*5)', 'A.m(*None)', 'dict(*3)', 'A(*3)', 'len(*1)', '(lambda *a: 0)(*1)', 'print(1, **{1: 2})', 'f(**{"a": 1}, **{"a": 2})', 'f(a=1, **{"a": 2})', 'f(**{"a": 2}, a=1)', 'print(1, *None)', '[*None]', 'g(*range(3), **{"x": 1}, y=2)', 'g(1, *[2], 3, *(4,), z=0)', 'f(**{"a": 1}, b=2, **{"c": 3})']:
    try:
        print(call, '->', eval(call))
    except TypeError as e:
        print(call, '->', e)
