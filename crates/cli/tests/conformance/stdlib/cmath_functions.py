# cmath on the values tutorials use: square roots of negatives, polar form,
# Euler's identity, logarithms.
import cmath
import math

print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(2j), cmath.sqrt(3 - 4j), cmath.sqrt(0), cmath.sqrt(-0.0))
z = 1 + 1j
r, phi = cmath.polar(z)
print(r, phi, cmath.rect(r, phi), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
print(cmath.exp(1j * math.pi), cmath.exp(0), cmath.exp(1 + 2j))
print(cmath.log(-1), cmath.log(1j), cmath.log(10, 10), cmath.log10(100j), cmath.log(2 + 3j))
print(cmath.sin(1j), cmath.cos(1 + 1j), cmath.tan(0.5j), cmath.sinh(1 + 1j), cmath.cosh(2j), cmath.tanh(1 - 1j))
print(cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12), cmath.isclose(1j, 1.0000000001j))
print(cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1 + 1j), cmath.pi, cmath.e, cmath.tau)
print(cmath.inf, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("4"), lambda: cmath.exp(1000)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
# Roots of a quadratic with a negative discriminant.
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))
