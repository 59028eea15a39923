"""random: CPython 3.11's algorithms over the native Mersenne Twister.

`_random` holds the generator (seeding, `random()`, `getrandbits`), so a
seeded program draws exactly the numbers it draws under CPython; every
other function is the same arithmetic on those draws, written here.
"""

import _random
from math import log as _log, exp as _exp, sqrt as _sqrt, cos as _cos, sin as _sin
from math import floor as _floor, ceil as _ceil, isfinite as _isfinite, pi as _pi

__all__ = [
    "seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
    "sample", "shuffle", "normalvariate", "lognormvariate", "expovariate",
    "paretovariate", "weibullvariate", "gauss", "choices", "getrandbits", "randbytes",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi

random = _random.random
getrandbits = _random.getrandbits

# The second normal deviate `gauss` draws, kept for its next call.
_gauss_next = None


def seed(a=None, version=2):
    global _gauss_next
    if not (a is None or isinstance(a, (int, float, str, bytes))):
        raise TypeError("The only supported seed types are: None,\n"
                        "int, float, str, bytes, and bytearray.")
    _random.seed(a)
    _gauss_next = None


def _randbelow(n):
    k = n.bit_length()
    r = getrandbits(k)
    while r >= n:
        r = getrandbits(k)
    return r


def _whole(value, what):
    # An int, or a float with an integral value (deprecated in 3.10).
    if isinstance(value, int):
        return value
    whole = int(value)
    if whole != value:
        raise ValueError("non-integer " + what + " for randrange()")
    return whole


def randrange(start, stop=None, step=1):
    istart = _whole(start, "arg 1")
    if stop is None:
        if step != 1:
            raise TypeError("Missing a non-None stop argument")
        if istart > 0:
            return _randbelow(istart)
        raise ValueError("empty range for randrange()")
    istop = _whole(stop, "stop")
    width = istop - istart
    istep = _whole(step, "step")
    if istep == 1:
        if width > 0:
            return istart + _randbelow(width)
        raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
    if istep > 0:
        n = (width + istep - 1) // istep
    elif istep < 0:
        n = (width + istep + 1) // istep
    else:
        raise ValueError("zero step for randrange()")
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return istart + istep * _randbelow(n)


def randint(a, b):
    return randrange(a, b + 1)


def choice(seq):
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[_randbelow(len(seq))]


def shuffle(x):
    for i in reversed(range(1, len(x))):
        j = _randbelow(i + 1)
        x[i], x[j] = x[j], x[i]


def _is_sequence(population):
    if isinstance(population, (list, tuple, str, range, bytes)):
        return True
    if isinstance(population, (set, frozenset, dict)):
        return False
    return hasattr(population, "__len__") and hasattr(population, "__getitem__")


def _cumulative(values):
    total = None
    out = []
    for v in values:
        total = v if total is None else total + v
        out.append(total)
    return out


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def sample(population, k, *, counts=None):
    if not _is_sequence(population):
        raise TypeError("Population must be a sequence.  "
                        "For dicts or sets, use sorted(d).")
    n = len(population)
    if counts is not None:
        cum_counts = _cumulative(counts)
        if len(cum_counts) != n:
            raise ValueError("The number of counts does not match the population")
        total = cum_counts.pop()
        if not isinstance(total, int):
            raise TypeError("Counts must be integers")
        if total <= 0:
            raise ValueError("Total of counts must be greater than zero")
        selections = sample(range(total), k=k)
        return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))]
                for s in selections]
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    result = [None] * k
    setsize = 21
    if k > 5:
        setsize += 4 ** _ceil(_log(k * 3, 4))
    if n <= setsize:
        # A pool to draw from without replacement.
        pool = list(population)
        for i in range(k):
            j = _randbelow(n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
    else:
        selected = set()
        for i in range(k):
            j = _randbelow(n)
            while j in selected:
                j = _randbelow(n)
            selected.add(j)
            result[i] = population[j]
    return result


def choices(population, weights=None, *, cum_weights=None, k=1):
    n = len(population)
    if cum_weights is None:
        if weights is None:
            n += 0.0
            return [population[_floor(random() * n)] for _ in range(k)]
        try:
            cum_weights = _cumulative(weights)
        except TypeError:
            if not isinstance(weights, int):
                raise
            k = weights
            raise TypeError(
                f"The number of choices must be a keyword argument: {k=}") from None
    elif weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    if len(cum_weights) != n:
        raise ValueError("The number of weights does not match the population")
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if not _isfinite(total):
        raise ValueError("Total of weights must be finite")
    hi = n - 1
    return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
            for _ in range(k)]


def randbytes(n):
    bits = getrandbits(n * 8)
    return bytes([(bits >> (8 * i)) & 255 for i in range(n)])


def uniform(a, b):
    return a + (b - a) * random()


def triangular(low=0.0, high=1.0, mode=None):
    u = random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _sqrt(u * c)


def normalvariate(mu=0.0, sigma=1.0):
    # Kinderman and Monahan's ratio method.
    while True:
        u1 = random()
        u2 = 1.0 - random()
        z = NV_MAGICCONST * (u1 - 0.5) / u2
        if z * z / 4.0 <= -_log(u2):
            break
    return mu + z * sigma


def gauss(mu=0.0, sigma=1.0):
    # Box-Muller: two deviates per pair of draws, the second kept.
    global _gauss_next
    z = _gauss_next
    _gauss_next = None
    if z is None:
        x2pi = random() * TWOPI
        g2rad = _sqrt(-2.0 * _log(1.0 - random()))
        z = _cos(x2pi) * g2rad
        _gauss_next = _sin(x2pi) * g2rad
    return mu + z * sigma


def lognormvariate(mu, sigma):
    return _exp(normalvariate(mu, sigma))


def expovariate(lambd):
    return -_log(1.0 - random()) / lambd


def paretovariate(alpha):
    u = 1.0 - random()
    return u ** (-1.0 / alpha)


def weibullvariate(alpha, beta):
    u = 1.0 - random()
    return alpha * (-_log(u)) ** (1.0 / beta)
