# Numbers by what they say they are: '%d' through __int__, a dict key equal
# to a float found by a Fraction and back, % with a namedtuple or a
# defaultdict, isinstance through a __class__ property, modular inverses.
import math
class N:
    def __int__(self): return 7
    def __index__(self): return 5
    def __float__(self): return 2.5
print('%d' % N(), '%.1f' % N(), '%x' % N())
print(math.factorial(N()), pow(3, -1, 7), pow(38, -1, 97))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o
print({1: 'one'}.get(K(1)), {K(0.5): 'half'}.get(0.5))
from fractions import Fraction
print({Fraction(1, 2): 'x'}.get(0.5), {0.5: 'y'}.get(Fraction(1, 2)))
class P:
    @property
    def __class__(self): return int
print(isinstance(P(), int))
from collections import namedtuple
T = namedtuple('T', 'a b')
print('%r %r' % T(1, 2))
from collections import defaultdict
dd = defaultdict(lambda: '?', a=1)
print('%(a)s %(b)s' % dd, '%s' % (T(1, 2),), '%d' % 3.9, '%d' % True)
class Tr:
    def __trunc__(self): return 4
try:
    print('%d' % Tr())
except TypeError as e:
    print(e)
