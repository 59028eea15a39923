# The Python half of `time`: struct_time, the calendar conversions and
# strftime. The native half (clocks, sleep) is merged with these names; the
# native `time` function is set in these globals when `time` is imported.
# Local time is UTC in the playground, so localtime() == gmtime().

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _yday(y, m, d):
    return _days_from_civil(y, m, d) - _days_from_civil(y, 1, 1) + 1


class struct_time:
    # A tuple in CPython; here an object that indexes, iterates and compares like one.
    def __init__(self, seq, zone='UTC', gmtoff=0):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))
        self._t = seq[:9]
        self.tm_year, self.tm_mon, self.tm_mday, self.tm_hour, self.tm_min, self.tm_sec, self.tm_wday, self.tm_yday, self.tm_isdst = seq[:9]
        self.tm_zone = seq[9] if len(seq) > 9 else zone
        self.tm_gmtoff = seq[10] if len(seq) > 10 else gmtoff

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._t == other._t
        return self._t == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return 'time.struct_time(' + ', '.join('%s=%r' % (n, v) for n, v in zip(_FIELDS, self._t)) + ')'

    __str__ = __repr__


def _seconds(secs, name):
    if secs is None:
        return time()
    if isinstance(secs, bool) or not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs != secs:
        raise ValueError('Invalid value NaN (not a number)')
    return secs


def gmtime(secs=None, _zone='GMT'):
    s = int(_seconds(secs, 'gmtime') // 1)
    days, rem = divmod(s, 86400)
    y, m, d = _civil_from_days(days)
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60,
                        (days + 3) % 7, _yday(y, m, d), 0), _zone)


def localtime(secs=None):
    return gmtime(secs, 'UTC')


def _tuple(t, name):
    if t is None:
        return localtime()
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name)
    return struct_time(t)


def _checked(t):
    # As CPython's strftime: a month, day of month or day of year of 0 is
    # taken as 1; what is out of range is refused, field by field.
    month, mday, yday = t[1] or 1, t[2] or 1, t[7] or 1
    for value, low, high, what in ((month, 1, 12, 'month'), (mday, 0, 31, 'day of month'),
                                   (t[3], 0, 23, 'hour'), (t[4], 0, 59, 'minute'),
                                   (t[5], 0, 61, 'seconds'), (t[6], -1, 2**31, 'day of week'),
                                   (yday, 1, 366, 'day of year')):
        if not low <= value <= high:
            raise ValueError(what + ' out of range')
    if (month, mday, yday) == tuple(t[1:3]) + (t[7],) and 0 <= t[6] <= 6:
        return t
    fields = list(t)
    fields[1:3] = month, mday
    fields[6:8] = ((t[6] + 1) % 7 + 6) % 7, yday
    return struct_time(fields, t.tm_zone, t.tm_gmtoff)


def mktime(t):
    if not isinstance(t, (tuple, struct_time)):
        raise TypeError('Tuple or struct_time argument required')
    t = _tuple(t, 'mktime')
    days = _days_from_civil(t[0], t[1], 1) + t[2] - 1
    return float(days * 86400 + t[3] * 3600 + t[4] * 60 + t[5])


def asctime(t=None):
    t = _tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _week(t, first):
    # Week of the year (%U with first=6 Sunday, %W with first=0 Monday).
    wday = (t[6] - first) % 7
    return (t[7] - 1 - wday + 7) // 7


def _iso(t):
    y = t[0]
    wday = t[6]
    days = _days_from_civil(t[0], t[1], t[2])
    thursday = days - wday + 3
    iy = _civil_from_days(thursday)[0]
    week = (thursday - _days_from_civil(iy, 1, 1)) // 7 + 1
    return iy, week


# Directives that print one field of the time tuple: its %-format and index.
_FIELD_FORMATS = {'Y': ('%d', 0), 'm': ('%02d', 1), 'd': ('%02d', 2), 'H': ('%02d', 3), 'M': ('%02d', 4),
           'S': ('%02d', 5), 'j': ('%03d', 7), 'e': ('%2d', 2), 'F': ('%d-%02d-%02d', 0, 1, 2),
           'T': ('%02d:%02d:%02d', 3, 4, 5), 'R': ('%02d:%02d', 3, 4), '%': ('%%',), 'n': ('\n',),
           't': ('\t',)}
_PLANS = {}
# The attributes of a datetime holding fields 0 to 5 of a time tuple.
_OWN = ('_year', '_month', '_day', '_hour', '_minute', '_second')


def _plan(fmt):
    """A format made only of fields (`%Y-%m-%d %H:%M`) as a %-template and
    the fields it prints, else None; remembered for the next call."""
    plan = _PLANS.get(fmt, 0)
    if plan != 0:
        return plan
    template = []
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%':
            template.append(c)
            i += 1
            continue
        how = _FIELD_FORMATS.get(fmt[i + 1]) if i + 1 < n else None
        if how is None:
            template = None
            break
        template.append(how[0])
        fields += how[1:]
        i += 2
    # The fields taken out of a time tuple by one function made for this
    # format (a comprehension each call cost more than the formatting);
    # when they are only the date and the time of day, another that takes
    # them from a datetime's attributes.
    plan = None
    if template is not None:
        own = None
        if all(f < 6 for f in fields):
            own = eval('lambda s: (%s)' % ''.join('s.%s, ' % _OWN[f] for f in fields))
        plan = (''.join(template), fields,
                eval('lambda t: (%s)' % ''.join('t[%d], ' % f for f in fields)), own)
    if len(_PLANS) < 256:
        _PLANS[fmt] = plan
    return plan


def _format(fmt, t, zone, offset):
    plan = _plan(fmt)
    if plan is not None:
        return plan[0] % plan[2](t)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(t[0]))
        elif d == 'm':
            out.append('%02d' % t[1])
        elif d == 'd':
            out.append('%02d' % t[2])
        elif d == 'H':
            out.append('%02d' % t[3])
        elif d == 'M':
            out.append('%02d' % t[4])
        elif d == 'S':
            out.append('%02d' % t[5])
        elif d == 'y':
            out.append('%02d' % (t[0] % 100))
        elif d == 'a':
            out.append(_DAYS[t[6]][:3])
        elif d == 'A':
            out.append(_DAYS[t[6]])
        elif d == 'b' or d == 'h':
            out.append(_MONTHS[t[1] - 1][:3])
        elif d == 'B':
            out.append(_MONTHS[t[1] - 1])
        elif d == 'j':
            out.append('%03d' % t[7])
        elif d == 'I':
            out.append('%02d' % ((t[3] + 11) % 12 + 1))
        elif d == 'p':
            out.append('AM' if t[3] < 12 else 'PM')
        elif d == 'w':
            out.append(str((t[6] + 1) % 7))
        elif d == 'u':
            out.append(str(t[6] + 1))
        elif d == 'U':
            out.append('%02d' % _week(t, 6))
        elif d == 'W':
            out.append('%02d' % _week(t, 0))
        elif d == 'G':
            out.append(str(_iso(t)[0]))
        elif d == 'V':
            out.append('%02d' % _iso(t)[1])
        elif d == 'e':
            out.append('%2d' % t[2])
        elif d == 'C':
            out.append('%02d' % (t[0] // 100))
        elif d == 'c':
            out.append(asctime(t))
        elif d == 'x':
            out.append('%02d/%02d/%02d' % (t[1], t[2], t[0] % 100))
        elif d == 'X' or d == 'T':
            out.append('%02d:%02d:%02d' % (t[3], t[4], t[5]))
        elif d == 'D':
            out.append('%02d/%02d/%02d' % (t[1], t[2], t[0] % 100))
        elif d == 'F':
            out.append('%d-%02d-%02d' % (t[0], t[1], t[2]))
        elif d == 'R':
            out.append('%02d:%02d' % (t[3], t[4]))
        elif d == 'z':
            if offset is not None:
                out.append(offset)
        elif d == 'Z':
            if zone is not None:
                out.append(zone)
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is not None and not isinstance(t, (tuple, struct_time)):
        raise TypeError('Tuple or struct_time argument required')
    t = _checked(_tuple(t, 'strftime'))
    zone = getattr(t, 'tm_zone', 'UTC')
    off = getattr(t, 'tm_gmtoff', 0) or 0
    sign = '-' if off < 0 else '+'
    off = abs(off)
    return _format(format, t, zone, '%s%02d%02d' % (sign, off // 3600, off % 3600 // 60))


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    import datetime
    return datetime.datetime.strptime(string, format).timetuple()


class _builtin:
    # CPython's time functions are builtins: stored on a class (as
    # logging.Formatter.converter is) they do not bind to instances.
    def __init__(self, f):
        self._f = f
        self.__name__ = f.__name__
        self.__qualname__ = f.__name__

    def __call__(self, *args, **kwargs):
        return self._f(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__


gmtime = _builtin(gmtime)
localtime = _builtin(localtime)
mktime = _builtin(mktime)
asctime = _builtin(asctime)
ctime = _builtin(ctime)
strftime = _builtin(strftime)
strptime = _builtin(strptime)
