# sys.version_info: a named tuple of the version CPython's behaviour follows.


class version_info:
    def __init__(self, major, minor, micro, releaselevel, serial):
        self._t = (major, minor, micro, releaselevel, serial)
        self.major = major
        self.minor = minor
        self.micro = micro
        self.releaselevel = releaselevel
        self.serial = serial

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._t)

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        return self._t == _tuple(other)

    def __ne__(self, other):
        return self._t != _tuple(other)

    def __lt__(self, other):
        return self._t < _tuple(other)

    def __le__(self, other):
        return self._t <= _tuple(other)

    def __gt__(self, other):
        return self._t > _tuple(other)

    def __ge__(self, other):
        return self._t >= _tuple(other)


def _tuple(v):
    return v._t if type(v) is _cls else v


_cls = version_info
version_info = _cls(3, 11, 7, 'final', 0)
