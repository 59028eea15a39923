# statistics.NormalDist, as the docs' examples use it: scores, quantiles,
# arithmetic on distributions, overlap, from_samples and seeded samples.
# Values through erf, log and exp are rounded: the page's are the browser's
# Math (erf CPython's portable one), which may differ in the last digit.
from statistics import NormalDist, StatisticsError

sat = NormalDist(1060, 195)
print(sat, sat.mean, sat.stdev, sat.variance, sat.median, sat.mode)
print(round(sat.cdf(1200 + 0.5) - sat.cdf(1100 - 0.5), 10))
print([round(x, 6) for x in sat.quantiles()], [round(x, 6) for x in sat.quantiles(10)])
print([round(sat.inv_cdf(p), 9) for p in (0.5, 0.975, 1e-9, 0.99999999)])
print(round(sat.zscore(1300), 12), round(sat.pdf(1000), 12))
temperature = NormalDist(5, 2.5) * (9 / 5) + 32
print(temperature, NormalDist(10, 2) + NormalDist(5, 1.5), -NormalDist(1, 2), 3 - NormalDist(1, 2))
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 10))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print([round(x, 9) for x in NormalDist(100, 15).samples(4, seed=8675309)])
print(NormalDist(1, 2) == NormalDist(1.0, 2.0), hash(NormalDist(1, 2)) == hash(NormalDist(1.0, 2.0)))
for bad in (lambda: NormalDist(0, -1), lambda: NormalDist().inv_cdf(1.0), lambda: NormalDist(0, 0).cdf(1)):
    try:
        bad()
    except StatisticsError as e:
        print("StatisticsError:", e)
