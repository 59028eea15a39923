# calendar: date helpers, name sequences, Calendar iterators, HTML, errors.
import calendar
import datetime

# leap years and weekdays
print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(1900))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2024), calendar.leapdays(-10, 10))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(1, 1, 1))
print(calendar.weekday(10000, 1, 1), calendar.weekday(0, 2, 29), calendar.weekday(-400, 6, 15))
print(calendar.day_name[calendar.weekday(2023, 12, 25)])
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (0, 1), (12345, 4)]:
    print(y, m, calendar.monthrange(y, m))
print(calendar.monthcalendar(2024, 2))
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY,
      calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY)

# errors
def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(calendar.monthrange, 2024, 13)
attempt(calendar.monthrange, 2024, 0)
attempt(calendar.monthcalendar, 2024, 14)
attempt(calendar.weekday, 2024, 13, 1)
attempt(calendar.weekday, 2024, 2, 30)
attempt(calendar.weekday, 2023, 4, 31)
attempt(calendar.weekday, 2024, 1, 0)
attempt(calendar.timegm, (0, 1, 1, 0, 0, 0))
attempt(calendar.timegm, (10000, 1, 1, 0, 0, 0))
attempt(calendar.timegm, (2024, 13, 1, 0, 0, 0))
attempt(calendar.timegm, (2024, 1))
attempt(lambda: list(calendar.Calendar(6).itermonthdates(1, 1)))
print(len(list(calendar.Calendar().itermonthdates(1, 1))))
attempt(lambda: list(calendar.Calendar().itermonthdates(9999, 12)))
attempt(lambda: calendar.month_name[13])
attempt(lambda: calendar.day_abbr[7])
attempt(lambda: calendar.day_name["Monday"])
e = calendar.IllegalMonthError(13)
print(isinstance(e, ValueError), e.args, e.month, repr(str(e)), calendar.error is ValueError)
print(issubclass(calendar.IllegalWeekdayError, ValueError))
try:
    calendar.monthrange(2020, 42)
except calendar.IllegalMonthError as e:
    print("caught", e.month, e)

# timegm
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 3, 15, 12, 30, 45, 4, 75, 0)))
print(calendar.timegm((2000, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.timegm((2024, 1, 40, 25, 61, 61)), calendar.timegm([1, 1, 1, 0, 0, 0]))

# names: index, slice, iterate, len, membership
for seq in (calendar.day_name, calendar.day_abbr, calendar.month_name, calendar.month_abbr):
    print(len(seq), list(seq), seq[-1], seq[1:4], seq[::-3])
print(type(calendar.day_name).__name__, type(calendar.month_abbr).__name__)
print("May" in calendar.month_name, "Sept" in calendar.month_abbr, calendar.month_abbr[9])
print({name: num for num, name in enumerate(calendar.month_abbr) if num})
print(list(enumerate(calendar.day_abbr)))
print(calendar.month_name[True], calendar.day_name[:])
print(", ".join(reversed(calendar.day_abbr)), sorted(calendar.day_name)[:3])
print(list(zip(calendar.day_abbr, range(3))))

# Calendar data
cal = calendar.Calendar()
print(cal.firstweekday, list(cal.iterweekdays()))
cal6 = calendar.Calendar(firstweekday=6)
print(cal6.firstweekday, cal6.getfirstweekday(), list(cal6.iterweekdays()))
print(calendar.Calendar(9).firstweekday, calendar.Calendar(-1).firstweekday)
cal6.setfirstweekday(3)
print(cal6.firstweekday, list(cal6.iterweekdays()))
cal6.firstweekday = 13
print(cal6.firstweekday, cal6._firstweekday)
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2)))
print(list(cal.itermonthdays3(2024, 2))[:3], list(cal.itermonthdays3(2024, 2))[-3:])
print(list(cal.itermonthdays4(2024, 3))[:2])
print(list(calendar.Calendar(6).itermonthdays4(2024, 3))[-2:])
print(list(cal.itermonthdays3(1, 1))[:2], list(cal.itermonthdays3(9999, 12))[-2:])
dates = list(cal.itermonthdates(2024, 9))
print(len(dates), dates[0], dates[-1], repr(dates[0]))
print(cal.monthdatescalendar(2023, 1)[0])
print(cal.monthdays2calendar(2021, 2))
print(calendar.Calendar(6).monthdayscalendar(2015, 2))
print(calendar.Calendar(2).monthdayscalendar(2026, 8))
yc = cal.yeardayscalendar(2024)
print(len(yc), [len(r) for r in yc], yc[0][1])
yc = cal.yeardayscalendar(2024, width=5)
print(len(yc), [len(r) for r in yc], yc[2][1][0])
y2 = cal.yeardays2calendar(2023, 4)
print(len(y2), y2[2][3][-1])
yd = cal.yeardatescalendar(2022, 2)
print(len(yd), yd[5][1][-1][-1], yd[0][0][0][0])
weekend = [d for d in cal.itermonthdates(2024, 6) if d.month == 6 and d.weekday() >= 5]
print(len(weekend), weekend[0].isoformat())
print([d for d, wd in cal.itermonthdays2(2024, 11) if d and wd == calendar.THURSDAY][3])
# Friday the 13ths
print([(y, m) for y in range(2023, 2026) for m in range(1, 13) if calendar.weekday(y, m, 13) == 4])

# HTML
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 3, withyear=False))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatmonth(2023, 7))
print(h.formatday(0, 1), h.formatday(5, 6), h.formatweekday(2), h.formatmonthname(2024, 1))
print(h.formatweekheader())
print(h.formatyear(2024, 4))
print(h.formatyear(2023, width=0)[:300])
page = h.formatyearpage(2024)
print(type(page).__name__, len(page))
print(page.decode()[:700])
print(h.formatyearpage(2025, width=6, css=None, encoding="ascii")[:420])
print(h.formatyearpage(2025, css="caf\u00e9.css", encoding="ascii")[220:330])


class MyHTML(calendar.HTMLCalendar):
    cssclasses = ["wk"] * 5 + ["we"] * 2
    cssclass_noday = "blank"
    cssclass_month = "cal"

    def formatday(self, day, weekday):
        if day == 13:
            return '<td class="lucky">13</td>'
        return super().formatday(day, weekday)


print(MyHTML().formatmonth(2024, 9))


class StarCalendar(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        if weekday >= 5 and day:
            return ('*%d' % day).rjust(width)
        return super().formatday(day, weekday, width)


print(StarCalendar().formatmonth(2024, 6, w=3))

for cls in (calendar.LocaleTextCalendar, calendar.LocaleHTMLCalendar):
    print(issubclass(cls, calendar.TextCalendar), issubclass(cls, calendar.HTMLCalendar))
for name in ["IllegalMonthError", "TextCalendar", "prcal", "weekheader", "timegm", "SUNDAY"]:
    print(name, name in calendar.__all__)
