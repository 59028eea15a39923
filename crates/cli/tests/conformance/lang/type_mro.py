class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.mro())
print(type.mro(D) == list(D.__mro__))
