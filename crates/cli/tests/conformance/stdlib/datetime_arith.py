# datetime: timedelta normalisation and arithmetic, dates, datetimes, time zones, errors.
from datetime import date, time, datetime, timedelta, timezone
import datetime as dtm
td = timedelta(days=1, hours=25, minutes=61, seconds=3661, milliseconds=1500, microseconds=7)
print(repr(td), str(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
for t in [timedelta(0), timedelta(seconds=5), timedelta(seconds=-1), timedelta(days=-1, seconds=5), timedelta(hours=-25.5), timedelta(weeks=2, microseconds=-1), timedelta(seconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(minutes=1/3), timedelta(days=2)]:
    print(repr(t), '|', t, '|', t.total_seconds())
a, b = timedelta(hours=3), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, abs(b - a), a * 2, 2 * a, a * 1.5, a / 4, a / b, a // b, a % b, divmod(a, b), a // 7, a / 7, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(a > b, a == timedelta(seconds=10800), a != b, bool(timedelta(0)), hash(a) == hash(timedelta(hours=3)), a == 3, sorted([a, b, -a]))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
d = date(2024, 5, 1)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime(), d.timetuple())
print(d + timedelta(days=30), d - timedelta(days=366), d - date(2023, 1, 1), date(2024, 3, 1) - date(2024, 2, 1), d.replace(day=31), d.replace(year=2025, month=2, day=28))
print(date.fromordinal(738000), date.fromisoformat("2024-02-29"), date.fromisoformat("20240229"), date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7), date.fromtimestamp(1714566600))
for y, m, dd in [(2021, 1, 1), (2020, 12, 31), (2026, 12, 31), (2027, 1, 3), (2015, 12, 31), (2016, 1, 3)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.strftime("%G-W%V-%u %U %W %j %a %A %b %B"))
dt = datetime(2024, 5, 1, 12, 30)
print(dt, repr(dt), repr(datetime(2024, 5, 1)), repr(datetime(2024, 5, 1, 0, 0, 5)), repr(datetime(2024, 5, 1, 1, 2, 3, 4)))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="milliseconds"), datetime(2024, 1, 1, 1, 2, 3, 456789).isoformat(timespec="milliseconds"), datetime(2024, 1, 1, 1, 2, 3, 456789))
print(dt.date(), repr(dt.time()), dt.time(), dt.timetuple(), dt.ctime(), dt.timestamp(), dt.weekday())
print(dt + timedelta(hours=12), dt - timedelta(days=400, seconds=1), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt, dt + timedelta(microseconds=1))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y %z %Z %% %c %x %X"))
print(f"{dt:%d/%m/%Y %H:%M}", f"{d:%A}", format(dt), "{:%Y}".format(d), f"{dt}")
print(datetime.fromtimestamp(0), datetime.fromtimestamp(1714566600.123456), datetime.utcfromtimestamp(86400 * 365.25), datetime.fromtimestamp(-1.5))
print(datetime.fromtimestamp(1714566600, tz=timezone.utc), repr(datetime.fromtimestamp(1714566600, timezone(timedelta(hours=2)))))
utc = timezone.utc
aware = datetime(2024, 5, 1, 12, 30, tzinfo=utc)
print(aware, repr(aware), aware.isoformat(), aware.utcoffset(), aware.tzname(), aware.timestamp(), aware.strftime("%z %Z"))
est = timezone(timedelta(hours=-5), "EST")
print(aware.astimezone(est), repr(est), str(est), est.utcoffset(None), timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(minutes=-90))))
print(aware.astimezone(est) == aware, aware - aware.astimezone(est), dt.astimezone(), repr(dt.astimezone(utc)))
print(timezone(timedelta(0)) == utc, repr(dtm.UTC), dtm.MINYEAR, dtm.MAXYEAR, date.min, date.max, datetime.min, datetime.max)
t = time(12, 30)
print(t, repr(t), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(tzinfo=utc)), time(1, 2, 3, 4).isoformat(), time(23, 59, tzinfo=est), t.strftime("%H|%M|%I %p"), time.fromisoformat("10:20:30.5"), time.fromisoformat("T1020"), t < time(13), t.replace(hour=1))
print(datetime.combine(d, t), datetime.combine(d, time(1, tzinfo=utc)), datetime.combine(d, t, tzinfo=est))
for s in ["2024-05-01", "2024-05-01T12:30", "2024-05-01 12:30:45", "2024-05-01T12:30:45.123", "2024-05-01T12:30:45.123456+02:00", "2024-05-01T12:30:45Z", "20240501T123045", "2024-05-01T12", "2024-05-01T12:30:45-05:30"]:
    x = datetime.fromisoformat(s)
    print(s, '->', repr(x), x)
for s, f in [("2024-05-01 12:30:45", "%Y-%m-%d %H:%M:%S"), ("01/05/24 3:04 PM", "%d/%m/%y %I:%M %p"), ("Wed, 01 May 2024 12:30:45 +0000", "%a, %d %b %Y %H:%M:%S %z"),
             ("May 1, 2024", "%B %d, %Y"), ("2024-123", "%Y-%j"), ("12:30:45.5", "%H:%M:%S.%f"), ("2024-05-01T12:30:45+05:30", "%Y-%m-%dT%H:%M:%S%z"), ("1 january 1999", "%d %B %Y"), ("5", "%d"), ("10%", "%d%%"), ("12 AM", "%I %p"),
             ("Tue Dec  3 22:45:01 2024", "%c"), ("2024-05-01 UTC", "%Y-%m-%d %Z")]:
    x = datetime.strptime(s, f)
    print(repr(x))
bad = [lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timedelta(days=10**9), lambda: date(2024, 2, 30), lambda: date(0, 1, 1),
       lambda: date(2024, 13, 1), lambda: date(2024), lambda: date(2024.0, 1, 1), lambda: datetime(2024, 1, 1, 24), lambda: time(1, 60), lambda: time(1, 1, 60),
       lambda: time(1, 1, 1, 10**6), lambda: date.fromisoformat("2024-1-1"), lambda: date.fromisoformat(5), lambda: datetime.strptime("2024", "%Y-%m"),
       lambda: datetime.strptime("2024-01x", "%Y-%m"), lambda: datetime.strptime("x", "%q"), lambda: datetime.strptime("x", "x%"),
       lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc), lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
       lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: timedelta(1) + 1, lambda: date(2024, 1, 1) + 1, lambda: date(9999, 12, 31) + timedelta(1),
       lambda: timedelta(1) < 1, lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1), lambda: 1 - timedelta(1), lambda: timedelta(1) / 0,
       lambda: timedelta(1) // 0, lambda: timedelta(1) * "a", lambda: date.fromordinal(0), lambda: datetime.fromisoformat("2024-01-01T25:00"),
       lambda: datetime.strptime("2023-02-29", "%Y-%m-%d"), lambda: datetime.fromisoformat("nope"), lambda: datetime(2024, 1, 1) < 5, lambda: datetime.max + timedelta(1),
       lambda: datetime(2024, 1, 1, tzinfo=5), lambda: dt.isoformat(timespec="x"), lambda: time(1) < 1, lambda: date(2024, 1, 1) - datetime(2024, 1, 1)]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1), aware == dt, dt == dt.replace(), {dt: 1}[datetime(2024, 5, 1, 12, 30)])
print(isinstance(dt, date), issubclass(datetime, date), type(dt).__name__, datetime.__module__, repr(type(dt)), repr(timedelta))
