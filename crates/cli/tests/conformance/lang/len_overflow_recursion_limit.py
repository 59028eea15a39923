# __len__ beyond sys.maxsize, and sys.setrecursionlimit's checks and effect.
import sys
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in (2**63, 2**63 - 1, sys.maxsize + 1, -2**70, -1, True, 3.0, '3', None):
    try:
        print(repr(n)[:20], len(L(n)))
    except Exception as e:
        print(repr(n)[:20], type(e).__name__, e)
    try:
        print(' bool', bool(L(n)))
    except Exception as e:
        print(' bool', type(e).__name__, e)
print(sys.getrecursionlimit())
for bad in (0, -5, 'x', 2**70, 1.5, None):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit()
except Exception as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(120)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(100 < d < 120)
sys.setrecursionlimit(3000)
d = depth(0)
print(2900 < d < 3000, sys.getrecursionlimit())
sys.setrecursionlimit(1000)
