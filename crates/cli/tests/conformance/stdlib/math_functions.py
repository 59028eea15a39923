# The math module functions learners use.
import math

print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5))
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.inf > 10 ** 100, math.isinf(math.inf), math.isnan(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.exp(0), math.pow(2, 10), math.fabs(-3), math.factorial(10))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), round(math.atan2(1, 1), 6))
print(math.trunc(-2.7), math.hypot(3, 4), math.copysign(2, -0.0), math.fsum([0.1] * 10))
print(math.comb(5, 2), math.perm(5, 2), math.isqrt(17), math.prod([1, 2, 3, 4]))
print(math.degrees(math.pi), math.radians(180) == math.pi)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
