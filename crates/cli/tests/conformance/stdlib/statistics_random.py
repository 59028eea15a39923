# statistics on random data (seeded): ints, rounded and raw floats, mixed; results to the last digit.
import random
import statistics as st
random.seed(9)
for i in range(120):
    n = random.randint(2, 30)
    kind = random.random()
    if kind < 0.3:
        data = [random.randint(-1000, 1000) for _ in range(n)]
    elif kind < 0.6:
        data = [round(random.uniform(-100, 100), random.randint(0, 3)) for _ in range(n)]
    elif kind < 0.8:
        data = [random.uniform(0, 100) * random.random() for _ in range(n)]
    else:
        data = [random.choice([random.randint(0, 9), random.random()]) for _ in range(n)]
    out = []
    for f in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.variance, st.pvariance, st.stdev, st.pstdev, st.quantiles):
        out.append(repr(f(data)))
    if min(data) > 0:
        out.append(repr(st.harmonic_mean(data)))
        out.append(repr(st.geometric_mean(data)))
    print(i, " ".join(out))
