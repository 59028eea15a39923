# __del__ that makes more objects, exits, revives itself, or raises at exit.
import sys
class Chain:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("chain", self.n)
        if self.n < 3:
            Chain(self.n + 1)
Chain(0)
print("after chain")
class Exiter:
    def __del__(self):
        sys.exit(3)
e = Exiter(); del e
print("still running")
keep = []
class Zombie:
    def __del__(self):
        print("zombie finalized")
        keep.append(self)
z = Zombie(); del z
keep.clear()
print("zombie gone")
class Loud:
    def __del__(self):
        raise RuntimeError("at exit")
last = Loud()
print("end")
