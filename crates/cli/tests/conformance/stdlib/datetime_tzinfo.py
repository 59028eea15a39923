# datetime with a user tzinfo subclass: offsets, conversion, comparison, timestamps.
from datetime import datetime, timedelta, tzinfo, timezone, date, time
class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours); self.name = name
    def utcoffset(self, dt): return self.off
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return self.name
    def __repr__(self): return f"Fixed({self.name})"
tokyo = Fixed(9, "JST")
d = datetime(2024, 5, 1, 12, 0, tzinfo=tokyo)
print(d, repr(d), d.utcoffset(), d.tzname(), d.dst(), d.timestamp(), d.strftime("%H:%M %z %Z"))
u = d.astimezone(timezone.utc)
print(u, u.astimezone(tokyo), d == u, d - u, hash(d) == hash(u))
print(datetime.fromtimestamp(0, tokyo), datetime(2024, 1, 1, tzinfo=tokyo).isoformat(), time(1, 2, tzinfo=tokyo).isoformat(), time(1, 2, tzinfo=tokyo).utcoffset())
print(sorted([datetime(2024, 1, 1, 10, tzinfo=tokyo), datetime(2024, 1, 1, 2, tzinfo=timezone.utc)]))
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
try:
    datetime(2024, 1, 1, tzinfo=Bad()).utcoffset()
except TypeError as e:
    print(e)
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
print(date(2024, 5, 1).strftime("%Y %j %U"), datetime(2024, 12, 30).isocalendar(), date(2024, 12, 30).isocalendar().week)
print(datetime(2024, 3, 10, 12).replace(tzinfo=timezone.utc).timetuple(), datetime(2024, 3, 10, 12, tzinfo=tokyo).utctimetuple())
