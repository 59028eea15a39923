# datetime formatting and parsing, and the clock read through differences.
import time
from datetime import date, datetime, time as dtime, timedelta, timezone

moments = [datetime(2024, 5, 1, 12, 30), datetime(1999, 12, 31, 23, 59, 59, 999999), datetime(2000, 1, 1),
           datetime(2024, 2, 29, 0, 0, 1, 5000), datetime(1, 1, 1), datetime(9999, 12, 31, 12)]
fmts = ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M:%S %p", "%a %A %b %B", "%j %U %W %w %u", "%f|%z|%Z|%%", "%c", "%x %X", "%G %V", "%e %D %T %F %R", "%y%m%d-%H%M"]
for m in moments:
    print(repr(m), str(m), m.isoformat(), m.isoformat(sep=" ", timespec="hours"))
    for f in fmts:
        print("  ", f, "->", m.strftime(f))
tz = timezone(timedelta(hours=5, minutes=45), "NPT")
for z in [timezone.utc, tz, timezone(timedelta(hours=-3)), timezone(timedelta(seconds=-1))]:
    x = datetime(2024, 5, 1, 12, 30, tzinfo=z)
    print(x, x.strftime("%z %Z"), x.isoformat(), x.utcoffset(), x.tzname(), x.timestamp(), x.astimezone(timezone.utc))
for s, f in [("2024-05-01", "%Y-%m-%d"), ("01-May-2024 14:05", "%d-%b-%Y %H:%M"), ("Monday 6 May 2024", "%A %d %B %Y"),
             ("  2024   05 ", " %Y %m "), ("24/5/1", "%y/%m/%d"), ("11:59:59 pm", "%I:%M:%S %p"), ("2024-05-01T10:00:00.123-0230", "%Y-%m-%dT%H:%M:%S.%f%z"),
             ("2024-05-01 10:00 Z", "%Y-%m-%d %H:%M %z"), ("366 2024", "%j %Y"), ("70", "%y"), ("68", "%y")]:
    print(repr(s), repr(f), repr(datetime.strptime(s, f)))
for s, f in [("2024-05-01", "%Y/%m/%d"), ("2024-05-01 extra", "%Y-%m-%d"), ("32", "%d"), ("13", "%m"), ("25:00", "%H:%M"), ("x", "%Y %"), ("2024", "%Y %Q"), (5, "%Y"), ("2024", 5)]:
    try:
        print(datetime.strptime(s, f))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1714566600)), time.strftime("%a, %d %b %Y", (2024, 5, 1, 0, 0, 0, 2, 122, 0)))
print(time.gmtime(1714566600), time.asctime(time.gmtime(0)), time.ctime(86400 * 366), time.mktime((2024, 5, 1, 12, 30, 0, 0, 0, 0)))
st = datetime(2024, 5, 1, 12, 30).timetuple()
print(st, st.tm_yday, st[0:3], time.strftime("%j", st))
print(time.strptime("2024-05-01", "%Y-%m-%d"))

# The clock: only differences are printed.
start = datetime.now()
t0 = time.time()
time.sleep(0.25)
print(round((datetime.now() - start).total_seconds(), 1), round(time.time() - t0, 1))
print((datetime.now() - datetime.fromtimestamp(time.time())) < timedelta(seconds=1))
print(abs(datetime.utcnow() - datetime.now(timezone.utc).replace(tzinfo=None)) < timedelta(seconds=1))
print(date.today() == datetime.now().date(), type(time.time_ns()).__name__, time.localtime().tm_year >= 2024)
ns0 = time.perf_counter_ns()
m0 = time.monotonic_ns()
time.sleep(0.1)
print(round((time.perf_counter_ns() - ns0) / 1e9, 1), round((time.monotonic_ns() - m0) / 1e9, 1))
print(dtime(9, 5).strftime("%H:%M %p"), format(date(2024, 5, 1), ""), f"{datetime(2024, 5, 1, 9, 5):%H:%M}")
