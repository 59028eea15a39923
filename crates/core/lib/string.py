# string: character constants, capwords, Template ($-substitution), Formatter.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


class Template:
    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        pass

    def _parts(self):
        # (literal, None) or (None, name) or ('invalid', position) pieces.
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        literal = []
        while i < len(t):
            if not t.startswith(d, i):
                literal.append(t[i])
                i += 1
                continue
            j = i + len(d)
            if t.startswith(d, j):
                literal.append(d)
                i = j + len(d)
                continue
            if j < len(t) and t[j] == '{':
                k = j + 1
                if k < len(t) and _is_ident_start(t[k]):
                    e = k + 1
                    while e < len(t) and _is_ident_char(t[e]):
                        e += 1
                    if e < len(t) and t[e] == '}':
                        out.append((''.join(literal), None, None))
                        literal = []
                        out.append((None, t[k:e], t[i:e + 1]))
                        i = e + 1
                        continue
                out.append((''.join(literal), None, None))
                literal = []
                out.append((None, None, i))
                i = j
                continue
            if j < len(t) and _is_ident_start(t[j]):
                e = j + 1
                while e < len(t) and _is_ident_char(t[e]):
                    e += 1
                out.append((''.join(literal), None, None))
                literal = []
                out.append((None, t[j:e], t[i:e]))
                i = e
                continue
            out.append((''.join(literal), None, None))
            literal = []
            out.append((None, None, i))
            i = j
        out.append((''.join(literal), None, None))
        return out

    def _invalid(self, i):
        # Positions count from the character after the delimiter.
        i += len(self.delimiter)
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        for literal, name, extra in self._parts():
            if literal is not None:
                out.append(literal)
            elif name is None:
                self._invalid(extra)
            else:
                out.append(str(mapping[name]))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        for literal, name, extra in self._parts():
            if literal is not None:
                out.append(literal)
            elif name is None:
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(extra)
        # An invalid '$' was kept; skip the delimiter already emitted.
        return ''.join(out)

    def get_identifiers(self):
        ids = []
        for literal, name, extra in self._parts():
            if name is not None and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        return all(not (lit is None and name is None) for lit, name, _ in self._parts())


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
