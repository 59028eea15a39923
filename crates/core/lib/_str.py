# The rarer methods of str, written in Python: the VM puts them in the str
# type the first time a program asks a str for a method it lacks
# (vm/ops/attributes.rs), as it does for bytes (_bytes.py).


def translate(self, table):
    out = []
    for c in self:
        try:
            v = table[ord(c)]
        except LookupError:
            out.append(c)
            continue
        if v is None:
            continue
        if isinstance(v, int):
            if not 0 <= v < 0x110000:
                raise ValueError('character mapping must be in range(0x110000)')
            out.append(chr(v))
        elif isinstance(v, str):
            out.append(v)
        else:
            raise TypeError('character mapping must return integer, None or str')
    return ''.join(out)


def _maketrans(x, y=None, z=None):
    table = {}
    if y is None:
        if z is not None:
            raise TypeError('maketrans() argument 2 must be str, not None')
        if not isinstance(x, dict):
            raise TypeError('if you give only one argument to maketrans it must be a dict')
        for k, v in x.items():
            if isinstance(k, str):
                if len(k) != 1:
                    raise ValueError('string keys in translate table must be of length 1')
                k = ord(k)
            elif not isinstance(k, int):
                raise TypeError('keys in translate table must be strings or integers')
            table[k] = v
        return table
    if not isinstance(x, str):
        raise TypeError('first maketrans argument must be a string if there is a second argument')
    if not isinstance(y, str):
        raise TypeError('maketrans() argument 2 must be str, not %s' % type(y).__name__)
    if len(x) != len(y):
        raise ValueError('the first two maketrans arguments must have equal length')
    for a, b in zip(x, y):
        table[ord(a)] = ord(b)
    if z is not None:
        if not isinstance(z, str):
            raise TypeError('maketrans() argument 3 must be str, not %s' % type(z).__name__)
        for c in z:
            table[ord(c)] = None
    return table


maketrans = staticmethod(_maketrans)


def format_map(self, *args):
    if len(args) != 1:
        raise TypeError(f'str.format_map() takes exactly one argument ({len(args)} given)')
    mapping = args[0]
    # The names the fields start with, looked up in the mapping itself (so
    # its __missing__ counts), then formatted by str.format.
    names = {}
    i = 0
    n = len(self)
    while i < n:
        c = self[i]
        if c in '{}' and i + 1 < n and self[i + 1] == c:
            i += 2
            continue
        if c != '{':
            i += 1
            continue
        j = i + 1
        while j < n and self[j] not in '.[!:}{':
            j += 1
        name = self[i + 1:j]
        if name == '' or name.isdigit():
            raise ValueError('Format string contains positional fields')
        if name not in names:
            names[name] = mapping[name]
        i = j
    return self.format(**names)


def isascii(self):
    for c in self:
        if ord(c) > 127:
            return False
    return True


def istitle(self):
    cased = False
    previous_cased = False
    for c in self:
        if c.isupper():
            if previous_cased:
                return False
            previous_cased = cased = True
        elif c.islower():
            if not previous_cased:
                return False
            previous_cased = cased = True
        else:
            previous_cased = False
    return cased
