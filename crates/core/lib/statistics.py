# statistics: averages and spread. Sums are exact (each number as a ratio
# of integers) and rounded once at the end, so results agree with CPython's
# to the last digit.

import math
from collections import namedtuple as _namedtuple

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance', 'covariance', 'correlation',
           'linear_regression']


class StatisticsError(ValueError):
    __module__ = 'statistics'


def _ratio(x):
    # The exact value of an int or float as (numerator, denominator).
    if isinstance(x, bool) or isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            raise ValueError('cannot convert %s to integer ratio' % x)
        den = 1
        while x != int(x):
            x *= 2.0
            den *= 2
        return int(x), den
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _reduce(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    return n, d


def _add(a, b):
    if a[1] == b[1]:
        return _reduce(a[0] + b[0], a[1])
    return _reduce(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _type_of(data):
    t = int
    for x in data:
        if isinstance(x, float):
            t = float
        elif not isinstance(x, int):
            _ratio(x)
    return t


def _sum(data):
    total = (0, 1)
    n = 0
    for x in data:
        total = _add(total, _ratio(x))
        n += 1
    return total, n


def _convert(value, t):
    n, d = value
    if t is int and d == 1:
        return n
    return n / d


def mean(data):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('mean requires at least one data point')
    t = _type_of(data)
    total, n = _sum(data)
    return _convert(_reduce(total[0], total[1] * n), t)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    try:
        if not data or any(x <= 0 for x in data):
            raise ValueError
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    single = n == 1 and weights is None
    if weights is None:
        weights = [1] * n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
    if single:
        x = data[0]
        if isinstance(x, (int, float)):
            return x
        raise TypeError('unsupported type')
    # Each w / x is a float (as in CPython), then the sum is exact.
    total = (0, 1)
    for x, w in zip(data, weights):
        try:
            q = w / x if w else 0
        except ZeroDivisionError:
            return 0
        total = _add(total, _ratio(q))
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    sw = _sum(weights)[0]
    return _convert(_reduce(sw[0] * total[1], sw[1] * total[0]), float)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    lo = 0
    while lo < n and data[lo] < x:
        lo += 1
    hi = lo
    while hi < n and data[hi] == x:
        hi += 1
    L = x - interval / 2
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    for k, c in counts.items():
        if best is None or c > counts[best]:
            best = k
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [k for k, c in counts.items() if c == top]


def _ss(data, c=None):
    # Exact sum of squared deviations from the mean (or from c).
    t = _type_of(data)
    if c is None:
        total, n = _sum(data)
        mn, md = _reduce(total[0], total[1] * n)
    else:
        mn, md = _ratio(c)
        n = len(data)
    ss = (0, 1)
    for x in data:
        xn, xd = _ratio(x)
        dn = xn * md - mn * xd
        dd = xd * md
        ss = _add(ss, (dn * dn, dd * dd))
    return t, ss, n


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    t, ss, n = _ss(data, xbar)
    return _convert(_reduce(ss[0], ss[1] * (n - 1)), t)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    t, ss, n = _ss(data, mu)
    return _convert(_reduce(ss[0], ss[1] * n), t)


def _bits(n):
    b = 0
    while n:
        n >>= 1
        b += 1
    return b


def _isqrt_odd(n, m):
    # floor(sqrt(n / m)), made odd when inexact (so one final rounding is right).
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _sqrt_frac(n, m):
    # sqrt(n / m) correctly rounded to a float.
    q = (_bits(n) - _bits(m) - 109) // 2
    if q >= 0:
        return float(_isqrt_odd(n, m << 2 * q) << q)
    return _isqrt_odd(n << -2 * q, m) / (1 << -q)


def stdev(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    t, ss, n = _ss(data, xbar)
    num, den = _reduce(ss[0], ss[1] * (n - 1))
    return _sqrt_frac(num, den)


def pstdev(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    t, ss, n = _ss(data, mu)
    num, den = _reduce(ss[0], ss[1] * n)
    return _sqrt_frac(num, den)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def covariance(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    return math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
