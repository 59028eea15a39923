"""random: CPython 3.11's algorithms over the Mersenne Twister.

The module's functions are the methods of one hidden `Random` whose
generator is native (`_random`: seeding, `random()`, `getrandbits`), so a
seeded program draws exactly the numbers it draws under CPython. A
`Random(x)` of the program's own runs the same generator written here in
Python (CPython's `init_by_array` and `genrand_res53`); every other method
is the same arithmetic on those draws.
"""

import _random
from math import log as _log, exp as _exp, sqrt as _sqrt, cos as _cos, sin as _sin
from math import floor as _floor, ceil as _ceil, isfinite as _isfinite, pi as _pi
from math import acos as _acos, e as _e

__all__ = [
    "seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
    "sample", "shuffle", "normalvariate", "lognormvariate", "expovariate",
    "paretovariate", "weibullvariate", "gauss", "choices", "getrandbits", "randbytes",
    "betavariate", "gammavariate", "vonmisesvariate",
    "Random", "SystemRandom", "getstate", "setstate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

# The second normal deviate `gauss` draws is kept on the generator.


def _whole(value, what):
    # An int, or a float with an integral value (deprecated in 3.10).
    if isinstance(value, int):
        return value
    whole = int(value)
    if whole != value:
        raise ValueError("non-integer " + what + " for randrange()")
    return whole


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




class Random:
    """A generator of its own: `Random(42).random()` draws what CPython's does."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)

    def seed(self, a=None, version=2):
        _check_seed(a)
        if isinstance(a, (str, bytes)):
            from hashlib import sha512
            if isinstance(a, str):
                a = a.encode()
            a = int((a + sha512(a).digest()).hex(), 16)
        elif a is None:
            a = _entropy_bits(128)
        elif not isinstance(a, int):
            a = hash(a)
        key = []
        a = abs(a)
        while True:
            key.append(a & 0xffffffff)
            a >>= 32
            if not a:
                break
        self._mt = _mt_seeded(key)
        self._index = 624
        self.gauss_next = None

    def _next32(self):
        if self._index >= 624:
            _twist(self._mt)
            self._index = 0
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        return y ^ (y >> 18)

    def random(self):
        a = self._next32() >> 5
        b = self._next32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            return self._next32() >> (32 - k) if k else 0
        out = 0
        shift = 0
        while k > 0:
            r = self._next32()
            if k < 32:
                r >>= 32 - k
            out |= r << shift
            shift += 32
            k -= 32
        return out

    def getstate(self):
        return (self.VERSION, tuple(self._mt) + (self._index,), self.gauss_next)

    def setstate(self, state):
        version, internal, self.gauss_next = state
        self._mt = list(internal[:624])
        self._index = internal[624]

    def _randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        istart = _whole(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _whole(stop, "stop")
        width = istop - istart
        istep = _whole(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
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
            selections = self.sample(range(total), k=k)
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
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(self.random() * n)] for _ in range(k)]
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
        return [population[_bisect_right(cum_weights, self.random() * total, 0, hi)]
                for _ in range(k)]

    def randbytes(self, n):
        return _little_endian(self.getrandbits(n * 8), n)

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman and Monahan's ratio method.
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller: two deviates per pair of draws, the second kept.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)

    def vonmisesvariate(self, mu, kappa):
        # Best and Fisher's rejection method, as CPython draws it.
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            # Cheng's rejection algorithm.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        # Ahrens and Dieter's algorithm GS, for alpha below 1.
        while True:
            b = (_e + alpha) / _e
            p = b * self.random()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u = self.random()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    break
            elif u <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0


class SystemRandom(Random):
    """Draws from the host's entropy (not reproducible)."""

    def seed(self, a=None, version=2):
        self.gauss_next = None

    def random(self):
        return _entropy_bits(53) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        return _entropy_bits(k)


# CPython's os.urandom, SystemRandom and an unseeded Random() draw from the
# OS, never from the module's generator, so they leave a seeded program's
# numbers alone. Here they share a generator of their own, seeded with the
# module generator's first 128 bits; the module's generator is then set
# back to its first state (seed(None) seeds it from the host's entropy
# again). Nothing has drawn from it yet: only this module imports _random.
_entropy_seed = _random.getrandbits(128)
_random.seed(None)
_entropy = None


def _entropy_bits(k):
    global _entropy
    if _entropy is None:
        _entropy = Random(_entropy_seed)
    return _entropy.getrandbits(k)


def _urandom(n):
    # os.urandom(n).
    if n < 0:
        raise ValueError("negative argument not allowed")
    return _little_endian(_entropy_bits(n * 8), n)


def _little_endian(bits, n):
    return bytes([(bits >> (8 * i)) & 255 for i in range(n)])


class _NativeRandom(Random):
    # The module's own generator: the native one, a Random as reprs show it.
    __qualname__ = 'Random'

    def __init__(self):
        self.gauss_next = None

    def seed(self, a=None, version=2):
        _check_seed(a)
        _random.seed(a)
        self.gauss_next = None
    seed.__qualname__ = 'Random.seed'  # what errors call it, as CPython's

    random = staticmethod(_random.random)
    getrandbits = staticmethod(_random.getrandbits)


def _check_seed(a):
    if not (a is None or isinstance(a, (int, float, str, bytes))):
        raise TypeError("The only supported seed types are: None,\n"
                        "int, float, str, bytes, and bytearray.")


def _mt_seeded(key):
    # init_genrand(19650218), then init_by_array(key).
    mt = [0] * 624
    mt[0] = 19650218
    for i in range(1, 624):
        mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xffffffff
    i, j = 1, 0
    for _ in range(max(624, len(key))):
        mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525)) + key[j] + j) & 0xffffffff
        i += 1
        j += 1
        if i >= 624:
            mt[0] = mt[623]
            i = 1
        if j >= len(key):
            j = 0
    for _ in range(623):
        mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941)) - i) & 0xffffffff
        i += 1
        if i >= 624:
            mt[0] = mt[623]
            i = 1
    mt[0] = 0x80000000
    return mt


def _twist(mt):
    for i in range(624):
        y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff)
        v = mt[(i + 397) % 624] ^ (y >> 1)
        if y & 1:
            v ^= 0x9908b0df
        mt[i] = v


_inst = _NativeRandom()
seed = _inst.seed
random = _inst.random
getrandbits = _inst.getrandbits
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
gauss = _inst.gauss
randbytes = _inst.randbytes


def getstate():
    raise NotImplementedError('random.getstate() of the module is not available here; '
                              'use random.Random(seed) for a generator whose state can be saved')


def setstate(state):
    raise NotImplementedError('random.setstate() of the module is not available here; '
                              'use random.Random(seed) for a generator whose state can be saved')
