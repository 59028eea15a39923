# The usual datetime operations done quickly must answer as the general
# ones: strptime with full-width numbers and its near misses, timedelta's
# fields worked out from its total, isoformat without a time zone, and
# arithmetic on a subclass.
from datetime import datetime, timedelta, timezone

FORMAT = "%Y-%m-%d %H:%M:%S"
for text in ["2024-08-24 10:53:00", "2024-8-24 10:53:00", "2024-13-01 00:00:00",
             "2024-02-30 00:00:00", "2024-02-29 23:59:59", "2023-02-29 00:00:00",
             "2024-08-24 10:53:60", "2024-08-24 10:53:61", "2024-08-24 24:00:00",
             "2024-08-24T10:53:00", "2024-08-24 10:53:00 ", "0000-01-01 00:00:00",
             "2024-08-24\t10:53:00", "2024-08-24  10:53:00"]:
    try:
        print(repr(text), datetime.strptime(text, FORMAT))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for text, fmt in [("20240824", "%Y%m%d"), ("2024/08/24", "%Y/%m/%d"), ("10:53 2024", "%H:%M %Y"),
                  ("24.08.2024", "%d.%m.%Y"), ("2024-08-24", "%Y-%m-%d %%"), ("2024-08-24 %", "%Y-%m-%d %%"),
                  ("10:53", "%H:%M")]:
    try:
        print(repr(text), repr(fmt), datetime.strptime(text, fmt))
    except Exception as e:
        print(repr(text), repr(fmt), type(e).__name__, e)

for td in [timedelta(minutes=17), timedelta(days=-1, seconds=5), timedelta(microseconds=-1),
           timedelta(hours=-25, microseconds=7), timedelta(weeks=3, milliseconds=1500), -timedelta(seconds=1)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, bool(td), hash(td) == hash(timedelta(td.days, td.seconds, td.microseconds)))
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError:", e)

start = datetime(2024, 1, 1, 8, 30)
for n in (0, 1, 2, 1000):
    t = start + timedelta(minutes=17 * n, microseconds=n * 3)
    print(t.isoformat(), t.isoformat(" "), t.isoformat(timespec="minutes"), str(t), t.strftime("%Y %H %j"))
aware = datetime(2024, 1, 1, 8, 30, 0, 5, tzinfo=timezone.utc)
print(aware.isoformat(), (aware + timedelta(hours=1)).isoformat())


class Stamp(datetime):
    def label(self):
        return "stamp " + self.isoformat()


s = Stamp(2024, 1, 1) + timedelta(days=40, seconds=1)
print(type(s).__name__, s.label(), (s - timedelta(days=1)).label(), repr(s))
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), datetime.max - timedelta(days=1))


class Span(timedelta):
    pass


class Day(date_type := __import__("datetime").date):
    pass


print(repr(Span(hours=1)), repr(Day(2024, 5, 6)), repr(timedelta(0)), repr(date_type(2024, 5, 6)))

for kwargs in [{"days": "1"}, {"weeks": [1]}, {"hours": 1.5}, {"days": True, "seconds": 2},
               {"minutes": 0.1, "microseconds": 3}, {"seconds": float("nan")}, {"milliseconds": None}]:
    try:
        print(kwargs, repr(timedelta(**kwargs)))
    except Exception as e:
        print(kwargs, type(e).__name__, e)
