# statistics.linear_regression (plain and proportional), its named result and error.
import statistics
r = statistics.linear_regression([1, 2, 3, 4], [2, 4.5, 6, 8.5])
print(r, r.slope, r.intercept, statistics.linear_regression([1, 2], [3, 5], proportional=True))
s, i = r
print(s, i, r[0])
try:
    statistics.linear_regression([1, 1], [2, 3])
except statistics.StatisticsError as e:
    print(e)
