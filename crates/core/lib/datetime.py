# datetime: date, time, datetime, timedelta, tzinfo and timezone, with
# CPython's reprs, normalisation and error messages. now()/today() read
# time.time(), the program's clock. Local time is UTC in the playground:
# naive datetimes are taken as UTC and astimezone() gives timezone 'UTC'.

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')
_EPOCH_ORDINAL = 719163
_US_PER_DAY = 86400000000


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _isleap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _ymd2ord(y, m, d):
    return _time._days_from_civil(y, m, d) + _EPOCH_ORDINAL


def _ord2ymd(n):
    return _civil_from_days(n - _EPOCH_ORDINAL)


_civil_from_days = _time._civil_from_days
_PLANS = _time._PLANS


def _tn(x):
    # Type names as CPython's C types print them.
    t = type(x)
    name = getattr(t, '_tname', None)
    if name is not None and t.__name__ == name[9:]:
        return name
    return t.__name__


def _unsupported(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, _tn(a), _tn(b)))


def _builtin(x):
    return type(x).__module__ == 'builtins' or hasattr(type(x), '_tname')


def _index(v):
    if isinstance(v, bool) or isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _check_date(year, month, day):
    if type(year) is not int or type(month) is not int or type(day) is not int:
        year = _index(year)
        month = _index(month)
        day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    if (type(hour) is not int or type(minute) is not int or type(second) is not int
            or type(microsecond) is not int):
        hour = _index(hour)
        minute = _index(minute)
        second = _index(second)
        microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _round_half_even(x):
    return round(x)


def _float_ratio(x):
    # A float's exact value as integers (numerator, denominator).
    if x != x:
        raise ValueError('cannot convert NaN to integer ratio')
    if x in (float('inf'), float('-inf')):
        raise OverflowError('cannot convert Infinity to integer ratio')
    d = 1
    while x != int(x):
        x *= 2.0
        d *= 2
    return int(x), d


def _c_round(x):
    # C's round(): halves away from zero.
    r = float(int(x))
    if abs(x - r) >= 0.5:
        r += 1.0 if x > 0 else -1.0
    return r


def _div_nearest(a, b):
    # a / b rounded half to even, in integers.
    q, r = divmod(a, b)
    r2 = 2 * r
    if (r2 > b if b > 0 else r2 < b) or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rem = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rem, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _strftime(obj, fmt, tt):
    if type(fmt) is str and '%f' not in fmt and '%z' not in fmt and '%Z' not in fmt:
        return _time._format(fmt, tt, None, None)
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%' and i + 1 < n:
            d = fmt[i + 1]
            i += 2
            if d == 'f':
                out.append('%06d' % getattr(obj, 'microsecond', 0))
            elif d == 'z':
                off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                out.append(_format_offset(off, ''))
            elif d == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                if name is not None:
                    out.append(name.replace('%', '%%'))
            else:
                out.append('%' + d)
        else:
            out.append(c)
            i += 1
    return _time._format(''.join(out), tt, None, None)


class timedelta:
    _tname = 'datetime.timedelta'
    __module__ = 'datetime'

    def __reduce__(self):
        return type(self), (self.days, self.seconds, self.microseconds)

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # Whole microseconds are summed exactly; only what is left below a
        # microsecond by float arguments is summed as a float and rounded
        # (half to even) at the end, in CPython's order.
        # All ints (the usual case) sum to an int; a float or another type
        # goes the long way, with its rounding and its messages.
        try:
            us = (((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000
                  + milliseconds * 1000 + microseconds)
        except TypeError:
            us = None
        if type(us) is int:
            d = us // _US_PER_DAY
            if d > 999999999 or d < -999999999:
                raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
            self._total = us
            return
        whole = 0
        leftover = 0.0
        for name, value, scale in (('microseconds', microseconds, 1), ('milliseconds', milliseconds, 1000),
                                   ('seconds', seconds, 1000000), ('minutes', minutes, 60000000),
                                   ('hours', hours, 3600000000), ('days', days, 86400000000),
                                   ('weeks', weeks, 604800000000)):
            if isinstance(value, int):
                whole += value * scale
            elif isinstance(value, float):
                if value != value:
                    raise ValueError('cannot convert float NaN to integer')
                if value in (float('inf'), float('-inf')):
                    raise OverflowError('cannot convert float infinity to integer')
                ip = int(value)
                whole += ip * scale
                frac = value - ip
                if frac:
                    part = scale * frac
                    ip2 = int(part)
                    whole += ip2
                    leftover += part - ip2
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (name, type(value).__name__))
        if leftover:
            rounded = _c_round(leftover)
            if abs(rounded - leftover) == 0.5:
                odd = whole & 1
                rounded = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            whole += int(rounded)
        self._set(whole)

    def _set(self, us):
        # Only the total is kept: days, seconds and microseconds are worked
        # out when asked for (most timedeltas are only added to a datetime).
        d = us // _US_PER_DAY
        if d > 999999999 or d < -999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self._total = us
        return self

    @classmethod
    def _from_us(cls, us):
        return timedelta.__new__(timedelta)._set(us)

    @property
    def days(self):
        return self._total // _US_PER_DAY

    @property
    def seconds(self):
        return self._total % _US_PER_DAY // 1000000

    @property
    def microseconds(self):
        return self._total % 1000000

    def _us(self):
        return self._total

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self.days:
            args.append('days=%d' % self.days)
        if self.seconds:
            args.append('seconds=%d' % self.seconds)
        if self.microseconds:
            args.append('microseconds=%d' % self.microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_tn(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self.seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self.days:
            s = '%d day%s, ' % (self.days, '' if abs(self.days) == 1 else 's') + s
        if self.microseconds:
            s = s + '.%06d' % self.microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        if isinstance(other, date):
            return other.__add__(self)
        if _builtin(other):
            raise _unsupported('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if _builtin(other):
            raise _unsupported('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        if _builtin(other):
            raise _unsupported('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _builtin(other):
            raise _unsupported('-', other, self)
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self.days < 0 else self

    def __mul__(self, other):
        if isinstance(other, bool) or isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            n, d = _float_ratio(other)
            return timedelta._from_us(_div_nearest(self._us() * n, d))
        if isinstance(other, str) or isinstance(other, list) or isinstance(other, tuple):
            raise TypeError("can't multiply sequence by non-int of type 'datetime.timedelta'")
        if _builtin(other):
            raise _unsupported('*', self, other)
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_div_nearest(self._us(), other))
        if isinstance(other, float):
            n, d = _float_ratio(other)
            if n == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_div_nearest(self._us() * d, n))
        if _builtin(other):
            raise _unsupported('/', self, other)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._us() // other)
        if _builtin(other):
            raise _unsupported('//', self, other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._us() % other._us())
        if _builtin(other):
            raise _unsupported('%', self, other)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        if _builtin(other):
            raise _unsupported('divmod()', self, other)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return self._us(), other._us()
        raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _tn(self), _tn(other)))

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        a, b = self._compare(other, '<')
        return a < b

    def __le__(self, other):
        a, b = self._compare(other, '<=')
        return a <= b

    def __gt__(self, other):
        a, b = self._compare(other, '>')
        return a > b

    def __ge__(self, other):
        a, b = self._compare(other, '>=')
        return a >= b

    def __hash__(self):
        return hash((self.days, self.seconds, self.microseconds))

    def __bool__(self):
        return self.days != 0 or self.seconds != 0 or self.microseconds != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    __module__ = 'datetime'
    _tname = 'datetime.tzinfo'

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
        if dst:
            return dt + dst
        return dt


class timezone(tzinfo):
    __module__ = 'datetime'
    _tname = 'datetime.timezone'

    def __new__(cls, offset, name=None):
        # timezone(timedelta(0)) is timezone.utc, as CPython's.
        utc = cls.__dict__.get('utc')
        if utc is not None and name is None and isinstance(offset, timedelta) and not offset:
            return utc
        return object.__new__(cls)

    def __reduce__(self):
        if self._name is None:
            return type(self), (self._offset,)
        return type(self), (self._offset, self._name)

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_LOCAL = timezone(timedelta(0), 'UTC')


class IsoCalendarDate:
    __module__ = 'datetime'

    def __init__(self, year, week, weekday):
        self.year = year
        self.week = week
        self.weekday = weekday
        self._t = (year, week, weekday)

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            other = other._t
        return self._t == other

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self._t


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


class date:
    __module__ = 'datetime'
    _tname = 'datetime.date'

    def __init__(self, year, month=None, day=None):
        if isinstance(year, bytes) and len(year) == 4 and month is None:
            # Unpickled: the state __reduce__ gives.
            year, month, day = year[0] * 256 + year[1], year[2], year[3]
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        self._year, self._month, self._day = _check_date(year, month, day)

    def __reduce__(self):
        # CPython's state: the year's two bytes, the month, the day.
        y = self._year
        return type(self), (bytes([y >> 8, y & 255, self._month, self._day]),)

    @classmethod
    def _make(cls, y, m, d):
        self = cls.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.gmtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > 3652059:
            raise ValueError('year 10000 is out of range')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = _parse_iso_date(s)
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            ok = False
            if week == 53:
                first_wd = _ymd2ord(year, 1, 1) % 7
                if first_wd == 4 or (first_wd == 3 and _isleap(year)):
                    ok = True
            if not ok:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
        n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        return cls(*_ord2ymd(n))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tn(self), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return _time.asctime(self.timetuple())

    def timetuple(self):
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, 0, 0, 0, self.weekday(),
                                  _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1, -1))

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return True
        if op in ('==', '!='):
            return False
        if isinstance(other, date):
            # The datetime's reflected comparison is the one that refuses.
            raise TypeError("can't compare %s to %s" % (_tn(other), _tn(self)))
        raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _tn(self), _tn(other)))

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        if isinstance(other, datetime):
            return False
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        self._comparable(other, '<')
        return self._date_key() < other._date_key()

    def __le__(self, other):
        self._comparable(other, '<=')
        return self._date_key() <= other._date_key()

    def __gt__(self, other):
        self._comparable(other, '>')
        return self._date_key() > other._date_key()

    def __ge__(self, other):
        self._comparable(other, '>=')
        return self._date_key() >= other._date_key()

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= 3652059:
                return type(self).fromordinal(n)
            raise OverflowError('date value out of range')
        if _builtin(other):
            raise _unsupported('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _builtin(other):
            raise _unsupported('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if _builtin(other):
            raise _unsupported('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _builtin(other):
            raise _unsupported('-', other, self)
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    __module__ = 'datetime'
    _tname = 'datetime.time'

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, bytes) and len(hour) == 6:
            # Unpickled: the state __reduce__ gives, and the tzinfo.
            b, tzinfo = hour, (None if minute == 0 else minute)
            hour, minute, second = b[0] & 127, b[1], b[2]
            microsecond, fold = (b[3] << 16) | (b[4] << 8) | b[5], b[0] >> 7
        self._hour, self._minute, self._second, self._microsecond = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def __reduce__(self):
        us = self._microsecond
        state = bytes([self._hour | (self._fold << 7), self._minute, self._second,
                       us >> 16, (us >> 8) & 255, us & 255])
        return type(self), (state,) if self._tzinfo is None else (state, self._tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = _parse_iso_time(s[1:] if s[:1] == 'T' else s)
        if t is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(*t)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_tn(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def strftime(self, format):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _strftime(self, format, tt)

    def __format__(self, fmt):
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, op):
        off = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        if off is not None:
            us -= off._us()
        return us, off is not None

    def _pair(self, other, op):
        if not isinstance(other, time):
            if op in ('==', '!='):
                return None
            raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _tn(self), _tn(other)))
        a, aware_a = self._key(op)
        b, aware_b = other._key(op)
        if aware_a != aware_b:
            if op in ('==', '!='):
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        return a, b

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        p = self._pair(other, '==')
        return p is not None and p[0] == p[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        a, b = self._pair(other, '<')
        return a < b

    def __le__(self, other):
        a, b = self._pair(other, '<=')
        return a <= b

    def __gt__(self, other):
        a, b = self._pair(other, '>')
        return a > b

    def __ge__(self, other):
        a, b = self._pair(other, '>=')
        return a >= b

    def __hash__(self):
        return hash(self._key('==')[0])

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit():
        return None
    return int(part)


def _parse_iso_date(s):
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        y, m, d = _digits(s, 0, 4), _digits(s, 5, 2), _digits(s, 8, 2)
    elif len(s) == 8 and s.isdigit():
        y, m, d = _digits(s, 0, 4), _digits(s, 4, 2), _digits(s, 6, 2)
    elif len(s) in (8, 10) and s[4:6] in ('-W', 'W') or len(s) in (7, 8) and s[4] == 'W':
        compact = s[4] == 'W'
        y = _digits(s, 0, 4)
        w = _digits(s, 5 if compact else 6, 2)
        rest = s[7:] if compact else s[8:]
        if rest[:1] == '-' and not compact:
            rest = rest[1:]
        d = int(rest) if rest.isdigit() and len(rest) == 1 else (1 if rest == '' else None)
        if None in (y, w, d):
            return None
        return date.fromisocalendar(y, w, d)._date_key()
    else:
        return None
    if None in (y, m, d):
        return None
    return y, m, d


def _parse_iso_time(s):
    tz = None
    for j in range(len(s)):
        if s[j] in '+-Z':
            tz = s[j:]
            s = s[:j]
            break
    hh = mm = ss = us = 0
    if ':' in s:
        parts = s.split(':')
        if len(parts) > 3 or any(len(p) < 2 for p in parts):
            return None
    else:
        parts = [s[k:k + 2] for k in range(0, min(len(s), 6), 2)]
        if len(s) > 6:
            parts[-1] = parts[-1] + s[6:]
    if not parts or not parts[0]:
        return None
    frac = ''
    last = parts[-1]
    for sep in '.,':
        if sep in last:
            last, frac = last.split(sep, 1)
            parts[-1] = last
            if len(parts) != 3 or not frac.isdigit():
                return None
    for p in parts:
        if len(p) != 2 or not p.isdigit():
            return None
    hh = int(parts[0])
    if len(parts) > 1:
        mm = int(parts[1])
    if len(parts) > 2:
        ss = int(parts[2])
    if frac:
        us = int((frac + '000000')[:6])
    tzinfo = None
    if tz is not None:
        if tz == 'Z':
            tzinfo = timezone.utc
        else:
            sign = -1 if tz[0] == '-' else 1
            t = _parse_iso_time(tz[1:])
            if t is None or t[4] is not None:
                return None
            off = timedelta(hours=t[0], minutes=t[1], seconds=t[2], microseconds=t[3]) * sign
            tzinfo = timezone.utc if not off else timezone(off)
    return hh, mm, ss, us, tzinfo


class datetime(date):
    __module__ = 'datetime'
    _tname = 'datetime.datetime'

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        if isinstance(year, bytes) and len(year) == 10:
            # Unpickled: the state __reduce__ gives, and the tzinfo.
            b, tzinfo = year, month
            year, month, day = b[0] * 256 + b[1], b[2] & 127, b[3]
            hour, minute, second = b[4], b[5], b[6]
            microsecond, fold = (b[7] << 16) | (b[8] << 8) | b[9], b[2] >> 7
        date.__init__(self, year, month, day)
        self._hour, self._minute, self._second, self._microsecond = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def __reduce__(self):
        y, us = self._year, self._microsecond
        state = bytes([y >> 8, y & 255, self._month | (self._fold << 7), self._day,
                       self._hour, self._minute, self._second,
                       us >> 16, (us >> 8) & 255, us & 255])
        return type(self), (state,) if self._tzinfo is None else (state, self._tzinfo)

    @classmethod
    def _from_us(cls, us, tz):
        if cls is datetime:
            return _datetime_from_us(us, tz)
        days, rem = divmod(us, _US_PER_DAY)
        if not 0 < days <= 3652059:
            raise OverflowError('date value out of range')
        y, m, d = _civil_from_days(days - _EPOCH_ORDINAL)
        s, u = divmod(rem, 1000000)
        return cls(y, m, d, s // 3600, s % 3600 // 60, s % 60, u, tz)

    def _local_us(self):
        # Microseconds since the start of year 1, remembered (datetimes do
        # not change; one made from them knows it from the start).
        us = getattr(self, '_lus', None)
        if us is None:
            us = self._lus = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                               + self._second) * 1000000 + self._microsecond)
        return us

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if isinstance(t, bool) or not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        _check_tzinfo(tz)
        us = _round_half_even(t * 1000000) if isinstance(t, float) else t * 1000000
        dt = cls._from_us(us + _EPOCH_ORDINAL * _US_PER_DAY, None)
        if tz is not None:
            dt = tz.fromutc(dt.replace(tzinfo=tz))
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(s) < 7:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        cut = 10 if len(s) > 4 and s[4] == '-' and (len(s) < 6 or s[5] != 'W') else 8
        if len(s) > 4 and s[4:6] == '-W':
            cut = 10 if len(s) > 8 and s[8] == '-' else 8
        elif len(s) > 4 and s[4] == 'W':
            cut = 7 if len(s) == 7 or not s[7].isdigit() else 8
        ymd = _parse_iso_date(s[:cut])
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        rest = s[cut + 1:]
        if len(s) > cut and not rest:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        t = (0, 0, 0, 0, None)
        if rest:
            t = _parse_iso_time(rest)
            if t is None:
                raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(ymd[0], ymd[1], ymd[2], *t)

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        if off is not None and not isinstance(off, timedelta):
            raise TypeError("tzinfo.utcoffset() must return None or timedelta, not '%s'" % type(off).__name__)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _LOCAL
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be an instance of tzinfo')
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)
        if self._tzinfo is tz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def timestamp(self):
        off = self.utcoffset()
        us = self._local_us() - _EPOCH_ORDINAL * _US_PER_DAY
        if off is not None:
            us -= off._us()
        return us / 10 ** 6

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, self._hour, self._minute, self._second, self.weekday(),
                                  _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        y, m, d = dt._year, dt._month, dt._day
        return _time.struct_time((y, m, d, dt._hour, dt._minute, dt._second, dt.weekday(),
                                  _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1, 0))

    def ctime(self):
        return _time.asctime(self.timetuple())

    def isoformat(self, sep='T', timespec='auto'):
        if timespec == 'auto' and self._tzinfo is None:
            # The usual case in one step.
            if self._microsecond:
                return '%04d-%02d-%02d%s%02d:%02d:%02d.%06d' % (
                    self._year, self._month, self._day, sep, self._hour, self._minute,
                    self._second, self._microsecond)
            return '%04d-%02d-%02d%s%02d:%02d:%02d' % (
                self._year, self._month, self._day, sep, self._hour, self._minute, self._second)
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond]
        if parts[-1] == 0:
            del parts[-1]
        if parts[-1] == 0:
            del parts[-1]
        s = '%s(%s)' % (_tn(self), ', '.join(map(str, parts)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def strftime(self, format):
        plan = _PLANS.get(format, 0) if type(format) is str else None
        if plan == 0:
            plan = _time._plan(format)
        if plan is not None and plan[3] is not None:
            # Only the date and the time of day are printed: no time tuple.
            return plan[0] % plan[3](self)
        return _strftime(self, format, self.timetuple())

    def _key(self):
        off = self.utcoffset()
        us = self._local_us()
        if off is not None:
            us -= off._us()
        return us, off is not None

    def _pair(self, other, op):
        if not isinstance(other, datetime):
            if op in ('==', '!='):
                return None
            if isinstance(other, date):
                raise TypeError("can't compare %s to %s" % (_tn(self), _tn(other)))
            raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _tn(self), _tn(other)))
        a, aware_a = self._key()
        b, aware_b = other._key()
        if aware_a != aware_b:
            if op in ('==', '!='):
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return a, b

    def __eq__(self, other):
        if not isinstance(other, date):
            return NotImplemented
        p = self._pair(other, '==')
        return p is not None and p[0] == p[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        a, b = self._pair(other, '<')
        return a < b

    def __le__(self, other):
        a, b = self._pair(other, '<=')
        return a <= b

    def __gt__(self, other):
        a, b = self._pair(other, '>')
        return a > b

    def __ge__(self, other):
        a, b = self._pair(other, '>=')
        return a >= b

    def __hash__(self):
        return hash(self._key()[0])

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = getattr(self, '_lus', None)
            if us is None:
                us = self._local_us()
            if type(self) is datetime:
                return _datetime_from_us(us + other._total, self._tzinfo)
            return type(self)._from_us(us + other._total, self._tzinfo)
        if _builtin(other):
            raise _unsupported('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _builtin(other):
            raise _unsupported('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            a, aware_a = self._key()
            b, aware_b = other._key()
            if self._tzinfo is other._tzinfo:
                return timedelta._from_us(self._local_us() - other._local_us())
            if aware_a != aware_b:
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta._from_us(a - b)
        if _builtin(other):
            raise _unsupported('-', self, other)
        return NotImplemented



_DAYS_SEEN = {}


def _datetime_from_us(us, tz):
    # A datetime from microseconds since the start of year 1, its fields
    # already in range: no checks to run.
    days, rem = divmod(us, _US_PER_DAY)
    if not 0 < days <= 3652059:
        raise OverflowError('date value out of range')
    s, u = divmod(rem, 1000000)
    # Datetimes made one after another mostly fall on days already seen.
    ymd = _DAYS_SEEN.get(days)
    if ymd is None:
        if len(_DAYS_SEEN) >= 4096:
            _DAYS_SEEN.clear()
        ymd = _DAYS_SEEN[days] = _civil_from_days(days - _EPOCH_ORDINAL)
    self = object.__new__(datetime)
    self._year, self._month, self._day = ymd
    self._hour, self._minute, self._second, self._microsecond = s // 3600, s % 3600 // 60, s % 60, u
    self._tzinfo = tz
    self._fold = 0
    self._lus = us
    return self

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---- strptime ----

def _match_number(s, i, lo, hi, maxw, minw=1):
    for w in range(maxw, minw - 1, -1):
        part = s[i:i + w]
        if len(part) == w and part.isdigit():
            v = int(part)
            if lo <= v <= hi:
                return v, i + w
    return None, i


def _match_name(s, i, names):
    low = s[i:].lower()
    best = None
    for k, name in enumerate(names):
        if low.startswith(name.lower()) and (best is None or len(name) > len(names[best])):
            best = k
    if best is None:
        return None, i
    return best, i + len(names[best])


# Formats made of %Y, %m, %d, %H, %M, %S and literal text (each field once,
# %Y among them): where each field sits when every number has its full
# width and each space in the format is one in the text, and its range. (field's index in the result, position,
# width, lowest, highest) for the fields, (position, text) for the rest.
_FIXED_FIELDS = {'Y': (0, 4, 0, 9999), 'm': (1, 2, 1, 12), 'd': (2, 2, 1, 31),
                 'H': (3, 2, 0, 23), 'M': (4, 2, 0, 59), 'S': (5, 2, 0, 61)}
_FIXED_PLANS = {}


def _fixed_plan(fmt):
    fields = []
    texts = []
    seen = ''
    pos = 0
    k = 0
    while k < len(fmt):
        c = fmt[k]
        if c == '%' and k + 1 < len(fmt) and fmt[k + 1] != '%':
            d = fmt[k + 1]
            if d not in _FIXED_FIELDS or d in seen:
                return None
            seen += d
            index, width, low, high = _FIXED_FIELDS[d]
            fields.append((index, pos, width, low, high))
            pos += width
            k += 2
            continue
        if c == '%' and k + 1 >= len(fmt):
            return None
        texts.append((pos, c))
        pos += 1
        k += 2 if c == '%' else 1
    if 'Y' not in seen:
        return None
    return pos, fields, texts


def _strptime_fixed(data, plan):
    # The usual case, quickly: every number at its full width and in range.
    # Anything else is left to the general parser (and its messages).
    if len(data) != plan[0]:
        return None
    for pos, text in plan[2]:
        if data[pos] != text:
            return None
    out = [1900, 1, 1, 0, 0, 0, 0, None]
    for index, pos, width, low, high in plan[1]:
        part = data[pos:pos + width]
        if not part.isdigit():
            return None
        v = int(part)
        if v < low or v > high:
            return None
        out[index] = v
    return out


def _strptime(data, fmt):
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % type(fmt).__name__)
    plan = _FIXED_PLANS.get(fmt, 0)
    if plan == 0:
        plan = _fixed_plan(fmt)
        if len(_FIXED_PLANS) < 256:
            _FIXED_PLANS[fmt] = plan
    if plan is not None:
        fields = _strptime_fixed(data, plan)
        if fields is not None:
            return fields
    k = 0
    while k < len(fmt):
        if fmt[k] == '%':
            if k + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            if fmt[k + 1] not in 'aAbBcdfHIjmMpSUwWxXyYzZ%GuV':
                raise ValueError("'%s' is a bad directive in format '%s'" % (fmt[k + 1], fmt))
            k += 2
        else:
            k += 1
    fail = ValueError('time data %r does not match format %r' % (data, fmt))
    year = None
    month = day = 1
    hour = minute = second = us = 0
    hour12 = None
    pm = None
    yday = None
    weekday = None
    tz = None
    i = 0
    k = 0
    n = len(data)
    while k < len(fmt):
        c = fmt[k]
        if c.isspace():
            while k < len(fmt) and fmt[k].isspace():
                k += 1
            j = i
            while i < n and data[i].isspace():
                i += 1
            if i == j:
                raise fail
            continue
        if c != '%':
            if i < n and data[i].lower() == c.lower():
                i += 1
                k += 1
                continue
            raise fail
        d = fmt[k + 1]
        k += 2
        v = None
        if d == 'Y':
            v, i = _match_number(data, i, 0, 9999, 4, 4)
            year = v
        elif d == 'y':
            v, i = _match_number(data, i, 0, 99, 2, 2)
            if v is not None:
                year = v + (2000 if v < 69 else 1900)
        elif d == 'm':
            v, i = _match_number(data, i, 1, 12, 2)
            month = v
        elif d == 'd':
            if i < n and data[i] == ' ':
                i += 1
            v, i = _match_number(data, i, 1, 31, 2)
            day = v
        elif d == 'H':
            v, i = _match_number(data, i, 0, 23, 2)
            hour = v
        elif d == 'I':
            v, i = _match_number(data, i, 1, 12, 2)
            hour12 = v
        elif d == 'M':
            v, i = _match_number(data, i, 0, 59, 2)
            minute = v
        elif d == 'S':
            v, i = _match_number(data, i, 0, 61, 2)
            second = v
        elif d == 'f':
            j = i
            while i < n and i - j < 6 and data[i].isdigit():
                i += 1
            if i > j:
                v = int((data[j:i] + '000000')[:6])
                us = v
        elif d == 'j':
            v, i = _match_number(data, i, 1, 366, 3)
            yday = v
        elif d == 'p':
            v, i = _match_name(data, i, ('AM', 'PM'))
            pm = v
        elif d == 'a':
            v, i = _match_name(data, i, tuple(x[:3] for x in _DAY_NAMES))
            weekday = v
        elif d == 'A':
            v, i = _match_name(data, i, _DAY_NAMES)
            weekday = v
        elif d == 'b':
            v, i = _match_name(data, i, tuple(x[:3] for x in _MONTH_NAMES))
            if v is not None:
                month = v + 1
        elif d == 'B':
            v, i = _match_name(data, i, _MONTH_NAMES)
            if v is not None:
                month = v + 1
        elif d == 'w' or d == 'u':
            v, i = _match_number(data, i, 0 if d == 'w' else 1, 6 if d == 'w' else 7, 1)
        elif d == 'U' or d == 'W' or d == 'V':
            v, i = _match_number(data, i, 0, 53, 2)
        elif d == 'G':
            v, i = _match_number(data, i, 0, 9999, 4, 4)
        elif d == 'z':
            if data[i:i + 1] == 'Z':
                i += 1
                tz = timezone.utc
                v = 0
            elif data[i:i + 1] in ('+', '-'):
                sign = -1 if data[i] == '-' else 1
                j = i + 1
                hh, j = _match_number(data, j, 0, 99, 2, 2)
                if hh is not None:
                    if data[j:j + 1] == ':':
                        j += 1
                    mm, j = _match_number(data, j, 0, 59, 2, 2)
                    if mm is not None:
                        ss = 0
                        if data[j:j + 1] == ':' or data[j:j + 1].isdigit():
                            j2 = j + 1 if data[j] == ':' else j
                            s2, j3 = _match_number(data, j2, 0, 59, 2, 2)
                            if s2 is not None:
                                ss = s2
                                j = j3
                        i = j
                        v = 0
                        off = timedelta(hours=hh, minutes=mm, seconds=ss) * sign
                        tz = timezone(off) if off else timezone.utc
        elif d == 'Z':
            for name in ('UTC', 'GMT'):
                if data[i:i + 3].upper() == name:
                    i += 3
                    v = name
                    break
        elif d == '%':
            if data[i:i + 1] == '%':
                i += 1
                v = 0
        elif d in 'cxX':
            sub = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}[d]
            r = None
            for end in range(n, i, -1):
                try:
                    r = _strptime(data[i:end], sub)
                    break
                except ValueError:
                    pass
            if r is None:
                raise fail
            if d != 'X':
                year, month, day = r[0], r[1], r[2]
            if d != 'x':
                hour, minute, second = r[3], r[4], r[5]
            v = 0
            i = end
        if v is None:
            raise fail
    if i != n:
        raise ValueError('unconverted data remains: %s' % data[i:])
    if hour12 is not None:
        hour = hour12 % 12 + (12 if pm == 1 else 0)
    if year is None:
        year = 1900
    if yday is not None:
        y, m, dd = _ord2ymd(_ymd2ord(year, 1, 1) + yday - 1)
        if y == year:
            month, day = m, dd
    if month == 2 and day == 29 and not _isleap(year) and year == 1900:
        raise ValueError('day is out of range for month')
    return year, month, day, hour, minute, second, us, tz
