# sys and math.
import sys, math
print(sys.version_info >= (3, 7), sys.version_info.__class__.__name__ if False else "vi", sys.platform == "linux")
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.pi, math.e, math.inf, math.isclose(0.1 + 0.2, 0.3))
print(math.gcd(12, 18), math.log(math.e), math.log2(8), math.log10(1000), math.factorial(10), math.isqrt(99))
print(math.hypot(3, 4), math.fabs(-1), math.trunc(-2.7), math.isnan(math.nan), math.prod([1, 2, 3]), math.comb(5, 2))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
sys.stderr.write("to stderr\n")
