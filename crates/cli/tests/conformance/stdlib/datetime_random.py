# datetime arithmetic on random values (seeded): timedelta from floats, products and quotients rounded as CPython rounds, strftime weeks.
import random
from datetime import datetime, timedelta, date
random.seed(3)
for i in range(150):
    d = datetime(random.randint(1, 9999), random.randint(1, 12), random.randint(1, 28), random.randint(0, 23), random.randint(0, 59), random.randint(0, 59), random.choice([0, random.randint(0, 999999)]))
    td = timedelta(days=random.uniform(-5000, 5000), seconds=random.uniform(-1e5, 1e5), microseconds=random.randint(-10**7, 10**7))
    try:
        r = d + td
    except OverflowError as e:
        r = "OverflowError " + str(e)
    print(repr(d), repr(td), str(td), td.total_seconds(), r if isinstance(r, str) else repr(r))
    print(d.strftime("%a %d %b %Y %j %U %W %G %V %u %I%p"), d.isocalendar(), d.toordinal(), d.weekday())
    print(repr(td * random.uniform(-3, 3)), repr(td / random.choice([1, 2, 3, 7, -4])), repr(td // random.choice([1, 2, 3, 7, -4])), repr(abs(td)), repr(td % timedelta(hours=5)))
for f in [lambda: timedelta(1) * float("nan"), lambda: timedelta(1) / 0.0, lambda: timedelta(1) * float("inf"), lambda: timedelta(1) / float("nan"), lambda: timedelta(1) * -0.0]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
