# csv: reader, writer, DictReader, DictWriter and dialects, as CPython's _csv
# reads and writes (crawler tutorials save their results with it).

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error',
           'Dialect', 'excel', 'excel_tab', 'unix_dialect', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'unregister_dialect',
           'field_size_limit', 'DictReader', 'DictWriter']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    __module__ = '_csv'


class Dialect:
    _name = ''
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}
_limit = 131072


def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _Params(dialect or excel, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _limit
    old = _limit
    if args:
        _limit = args[0]
    return old


class _Params:
    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                     'skipinitialspace', 'lineterminator', 'quoting', 'strict'):
            setattr(self, name, fmtparams.get(name, getattr(dialect, name, None)))
        if self.delimiter is None:
            self.delimiter = ','
        if self.doublequote is None:
            self.doublequote = True
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if 'quotechar' not in fmtparams and self.quotechar is None and self.quoting != QUOTE_NONE:
            self.quotechar = '"'
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


class _Writer:
    def __init__(self, f, dialect, fmtparams):
        self._write = f.write
        self.dialect = _Params(dialect, fmtparams)

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(value, (int, float)) or isinstance(value, bool)
        else:
            quote = d.quoting == QUOTE_ALL
        specials = d.delimiter + (d.quotechar or '') + (d.escapechar or '') + '\r\n' + d.lineterminator
        if d.quoting == QUOTE_MINIMAL and not quote:
            quote = any(c in specials for c in text) or (only and text == '')
        if d.quoting == QUOTE_NONE:
            out = []
            for c in text:
                if c in specials:
                    if not d.escapechar:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
                out.append(c)
            return ''.join(out)
        q = d.quotechar
        if q in text:
            if d.doublequote:
                text = text.replace(q, q + q)
            elif d.escapechar:
                text = text.replace(q, d.escapechar + q)
            else:
                raise Error('need to escape, but no escapechar set')
            quote = True
        return q + text + q if quote else text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        line = self.dialect.delimiter.join(self._field(v, len(fields) == 1) for v in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(f, dialect='excel', **fmtparams):
    return _Writer(f, dialect, fmtparams)


class _Reader:
    def __init__(self, f, dialect, fmtparams):
        self._lines = iter(f)
        self.dialect = _Params(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _next_line(self):
        line = next(self._lines)
        if not isinstance(line, str):
            raise Error('iterator should return strings, not %.200s '
                        '(the file should be opened in text mode)' % type(line).__name__)
        self.line_num += 1
        return line

    def __next__(self):
        d = self.dialect
        line = self._next_line()
        fields = []
        field = []
        quoted = False
        in_quotes = False
        i = 0
        while True:
            if i >= len(line):
                if in_quotes:
                    try:
                        line = self._next_line()
                    except StopIteration:
                        if d.strict:
                            raise Error('unexpected end of data') from None
                        break
                    i = 0
                    continue
                break
            c = line[i]
            if in_quotes:
                if c == d.escapechar and i + 1 < len(line):
                    field.append(line[i + 1])
                    i += 2
                    continue
                if c == d.quotechar:
                    if d.doublequote and line[i + 1:i + 2] == d.quotechar:
                        field.append(c)
                        i += 2
                        continue
                    in_quotes = False
                    i += 1
                    continue
                field.append(c)
                i += 1
                continue
            if c == d.delimiter:
                fields.append(self._value(''.join(field), quoted))
                field, quoted = [], False
                i += 1
                continue
            if c == ' ' and d.skipinitialspace and not field and not quoted:
                i += 1
                continue
            if c in '\r\n':
                i += 1
                continue
            if c == d.escapechar and i + 1 < len(line):
                field.append(line[i + 1])
                i += 2
                continue
            if c == d.quotechar and d.quoting != QUOTE_NONE and not field:
                in_quotes = quoted = True
                i += 1
                continue
            field.append(c)
            i += 1
        if not fields and not field and not quoted and not line.strip('\r\n'):
            return []
        fields.append(self._value(''.join(field), quoted))
        return fields

    def _value(self, text, quoted):
        if len(text) > _limit:
            raise Error('field larger than field limit (%d)' % _limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text:
            return float(text)
        return text


def reader(f, dialect='excel', **fmtparams):
    return _Reader(f, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
