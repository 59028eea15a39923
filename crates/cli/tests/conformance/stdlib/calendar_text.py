# calendar: text calendars (month, year, TextCalendar options).
import calendar

print(calendar.month(2024, 2))
print(repr(calendar.month(2023, 10)))
calendar.prmonth(2000, 1)
print(calendar.month(2024, 3, 3, 2))
print(calendar.month(2021, 7, w=9))
print(calendar.calendar(2024))
calendar.prcal(1999, w=3, l=1, c=2, m=4)
print(calendar.calendar(2025, m=2, c=3))
print(calendar.calendar(2020, 2, 2, 8, 6))
print(calendar.calendar(2023, m=1))

tc = calendar.TextCalendar(6)
print(tc.formatmonth(2024, 9))
print(tc.formatweekheader(3) + "|")
print(tc.formatweekheader(9) + "|")
print(tc.formatweekheader(1) + "|")
print(tc.formatmonthname(2024, 5, 20) + "|")
print(tc.formatmonthname(2024, 5, 20, False) + "|")
print(repr(tc.formatweek([(0, 6), (1, 0), (2, 1)], 3)))
print(repr(tc.formatday(7, 0, 4)), repr(tc.formatday(0, 0, 4)))
tc.prweek([(30, 5), (31, 6)], 2)
print()
tc.pryear(2016, w=2, l=1, c=4, m=6)
print(calendar.TextCalendar(calendar.SATURDAY).formatyear(2001, m=4))

# firstweekday module-level state
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 12))
print(calendar.weekheader(2))
print(calendar.monthcalendar(2024, 12))
calendar.setfirstweekday(0)
print(calendar.weekheader(4))
for bad in (7, -1, 10):
    try:
        calendar.setfirstweekday(bad)
    except ValueError as e:
        print(type(e).__name__, e, e.args, e.weekday)
try:
    calendar.setfirstweekday("x")
except TypeError as e:
    print(type(e).__name__, e)

# odd years: outside datetime's range still formats
print(calendar.month(10000, 1))
print(calendar.month(0, 3))
print(calendar.month(-4, 2))
print(calendar.calendar(9999, m=6).splitlines()[-3:])

for args in [(2024, 13), (2024, 0), (2024, -1)]:
    try:
        print(calendar.month(*args))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    calendar.TextCalendar().formatyear("2024")
except TypeError as e:
    print(type(e).__name__, e)

print(calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
calendar.format(["x", "y"], 4, 1)
