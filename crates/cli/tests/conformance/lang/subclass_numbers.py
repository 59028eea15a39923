# Classes deriving from float and int: operators give plain numbers, a
# __repr__ of one's own is what print shows, math, json, %-formatting,
# indexing, hex() and dict keys take the instance as its number.
import json
import math


class Money(float):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, round(amount, 2))
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"{float(self):.2f} {self.currency}"


m = Money(10.456)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, 2 * m, -m, abs(Money(-3)), m > 10, m == 10.46)
print(isinstance(m, float), f"{m:.1f}", round(m), round(m, 1), int(m), math.floor(m), math.sqrt(Money(16)))
print(json.dumps({"total": m}), sum([Money(1), Money(2)]), max(Money(1), 0.5), m.is_integer(), hash(Money(2)) == hash(2.0))


class Port(int):
    def describe(self):
        return "privileged" if self < 1024 else "user"


p = Port(8080)
print(p, p.describe(), Port(80).describe(), p + 1, type(p + 1).__name__, p // 3, p % 7, p ** 2 > 10**7, p << 1, p & 0xFF)
print(isinstance(p, int), range(Port(3)), [10, 20, 30][Port(1)], "%d" % p, hex(p), f"{p:05d}", p.bit_length(), str(p), bool(Port(0)))
print({8080: "found"}[p], sorted([Port(3), 1, Port(2)]), Port("42"), Port("ff", 16), divmod(p, 1000), p.real)
