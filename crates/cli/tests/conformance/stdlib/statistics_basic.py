# statistics: averages, spread, quantiles and their errors, agreeing to the last digit.
import statistics as st
from statistics import StatisticsError
datasets = [[1, 2, 3], [1, 2, 3, 4], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [0.1, 0.2, 0.3, 0.4], [1, 2.5, 3],
            [10, 20, 30, 40, 50, 60], [-1, -5, 3, 7, 7], [1e10, 1e10 + 1, 1e10 + 2], [3, 3, 3], [1.5, 2.5], [5, 1, 4, 1, 5, 9, 2, 6]]
for d in datasets:
    print(d)
    for f in [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev]:
        try:
            print("  ", f.__name__, repr(f(d)))
        except Exception as e:
            print("  ", f.__name__, type(e).__name__, e)
    print("  ", st.quantiles(d) if len(d) > 1 else None, st.quantiles(d, n=10, method="inclusive"))
print(st.mode(["red", "blue", "red", "green"]), st.multimode("aabbbcccc"), st.multimode("abab"), st.multimode([]))
print(st.mean([True, False, True]), st.variance([1, 2, 3], xbar=2), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.geometric_mean([54, 24, 36]), st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]),
            lambda: st.pstdev([]), lambda: st.fmean([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="x"),
            lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.mean(["a", "b"]), lambda: st.median_low([])]:
    try:
        print(bad())
    except (StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(issubclass(StatisticsError, ValueError), StatisticsError.__module__)
print(st.mean(range(1, 101)), st.median(range(10)), st.mean(x / 10 for x in range(10)))
