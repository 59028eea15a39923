# Classes whose bases have no consistent C3 order, or repeat a base, are TypeErrors.
def attempt(f):
    try:
        print(f().__mro__)
    except TypeError as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
class X: pass
class Y: pass
attempt(lambda: type('C', (A, B), {}))
attempt(lambda: type('C', (A, A), {}))
class P(X, Y): pass
class Q(Y, X): pass
attempt(lambda: type('C', (P, Q), {}))
attempt(lambda: type('C', (B, A), {}))
attempt(lambda: type('C', (X, P), {}))
attempt(lambda: type('C', (object, A), {}))
class M(P, B): pass
class N(Q, A): pass
attempt(lambda: type('C', (M, N), {}))
try:
    class C(A, B):
        print('body runs')
except TypeError as e:
    print(e)
class D(B, A):
    pass
print([c.__name__ for c in D.__mro__], D().__class__.__name__)
class E(A, B):
    pass
