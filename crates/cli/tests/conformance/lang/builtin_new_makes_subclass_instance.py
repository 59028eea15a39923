# A __new__ of its own calls str.__new__(cls, ...) / float.__new__(cls, ...):
# the result is an instance of cls.
class S(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
s = S("ab")
print(s, type(s).__name__, isinstance(s, str), s + "c", {"AB": 1}[s])
class F(float):
    def __new__(cls, v, unit):
        o = float.__new__(cls, v)
        o.unit = unit
        return o
f = F(2.5, "m")
print(f, f.unit, f * 2)
