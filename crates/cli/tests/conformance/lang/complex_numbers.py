z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), type(z), repr(-4j), 0j, -0j)
print(complex(1, 2) * 2j, (1+2j) ** 2, (1+2j) / (3-4j), 2 ** 0.5j, 1j ** 1j)
print(complex("1+2j"), complex(" (3-1e3j) "), complex("j"), complex("-1.5J"), complex(2), complex())
print(complex(1+2j, 3j), hash(1+0j) == hash(1), hash(1+2j), {1j: "a"}[1j])
print(f"{1+2j:.2f}", format(1.5-2j, "10.1f"), f"{2j:>8}", f"{1+2j}", format(1+2j, ".3"))
print((-8) ** (1/3), pow(-1, 0.5), sum([1j, 2, 3.5]))
print(1j == 1j, 1 + 0j == 1, (1j).__ne__(2), bool(0j), bool(1j), isinstance(1j, complex), complex.__name__)
for bad in ["(1+2j", "1 + 2j", "abc", "", "1+2jj"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
tests = [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j), lambda: 1 / 0j,
         lambda: 0j ** -1, lambda: round(1j), lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]),
         lambda: pow(1j, 2, 3), lambda: (1j).x, lambda: setattr(1j, 'real', 2), lambda: complx]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

# Signs of zeros, infinities and NaNs in the parts.
print(complex(-0.0, 0.0), complex(0.0, -0.0), complex(float("inf"), float("nan")), -(1j), 1j * 1j)
print(complex(1, 2) == complex(1.0, 2.0), 2 + 0j == 2.0, 1j != 1, [1j] == [1j], 1j in {1j: 0})
print((1+2j) ** 3, (1+2j) ** -2, (2+3j) ** 0.5, 2 ** (1+1j), (1j) ** 200, 0j ** 0)
print(3 * (1+1j), (1+1j) * 2.5, 1 - 2j, 2.5 - (1+1j), 1 / (1+1j), (1+1j) / 2)
print(repr(1e20j), repr(1.5e-7+2j), repr(complex(123456789012345678, 1)), str(-2.5j))
print([format(1.25-3j, s) for s in ["", ".1f", "+.2e", "^14.3g", "*<12", "g", "n", ".0f"]])
print(complex("1_000+2_0j"), complex("+1.5e3-2E-1j"), complex("-inf+nanj"), complex("  7  "))
class Meters:
    def __complex__(self):
        return 2 + 3j
class Half:
    def __float__(self):
        return 0.5
print(complex(Meters()), complex(Half(), Half()), complex(True), complex(1j, 1j))
print(sorted([3+1j, 1+1j, 2+0j], key=abs), max([1j, 3, -4], key=abs), abs(-3-4j))
print((1+2j).real.is_integer(), (5).imag, (2.5).real, (2).conjugate(), (1.5).conjugate())
import numbers
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1, numbers.Complex))
for z in [1+2j, -3j, 5, 2, -1.5-0.5j, 0j]:
    match z:
        case 1+2j:
            print("one-two")
        case -3j:
            print("minus three j")
        case -1.5-0.5j:
            print("neg")
        case 0j:
            print("zero j")
        case 5:
            print("five")
        case _:
            print("other", z)
