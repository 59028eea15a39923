# Regular expressions: CPython's `re` interface (search, match, fullmatch,
# findall, finditer, sub, subn, split, compile, escape; groups, named groups,
# lookaround, atomic groups, possessive repeats, backreferences; the I, M, S,
# X and A flags).
#
# A pattern is parsed here into a tree (with CPython's error messages), then
# compiled into a program of ints that the native matcher `_sre` runs
# (crates/core/src/modules/sre.rs): a backtracking machine, as CPython's.

import _sre

__all__ = ['compile', 'search', 'match', 'fullmatch', 'findall', 'finditer',
           'sub', 'subn', 'split', 'escape', 'error', 'Pattern', 'Match',
           'I', 'IGNORECASE', 'M', 'MULTILINE', 'S', 'DOTALL', 'X', 'VERBOSE',
           'A', 'ASCII', 'U', 'UNICODE', 'NOFLAG']

NOFLAG = 0
I = IGNORECASE = 2
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
A = ASCII = 256

_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE')]
_INLINE_FLAGS = {'i': 2, 'm': 8, 's': 16, 'x': 64, 'a': 256, 'u': 32}


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            msg = '%s at position %d' % (msg, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


# ---- parsing ----

_REPEAT_CHARS = '*+?{'
# Single characters and escapes that stand for a node of their own.
_ATOM_NODES = {'.': 'any', '^': 'bol', '$': 'eol'}
_ESCAPE_NODES = {'b': 'word', 'B': 'nonword', 'A': 'begin', 'Z': 'end'}
_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a',
            'b': '\b', '\\': '\\'}


# The classes an escape stands for (`\\d`...), by letter.
_CLASSES = 'dDwWsS'


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.names = {}
        self.open = []

    def error(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        self.skip_verbose()
        return self.p[self.i] if self.i < len(self.p) else ''

    def skip_verbose(self):
        if not self.flags & VERBOSE:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                while self.i < len(p) and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        self.global_flags()
        node = self.alternation()
        if self.i < len(self.p):
            raise self.error('unbalanced parenthesis')
        return node

    def global_flags(self):
        # (?aiLmsux) at the start applies to the whole pattern.
        p = self.p
        while p.startswith('(?', self.i) and self.i + 2 < len(p) and p[self.i + 2] in 'aimsux':
            j = self.i + 2
            flags = 0
            while j < len(p) and p[j] in _INLINE_FLAGS:
                flags |= _INLINE_FLAGS[p[j]]
                j += 1
            if j >= len(p) or p[j] != ')':
                break
            self.flags |= flags
            self.i = j + 1

    def alternation(self):
        alts = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            alts.append(self.sequence())
        return alts[0] if len(alts) == 1 else ('alt', alts)

    def sequence(self):
        items = []
        while True:
            c = self.peek()
            if c == '' or c == '|' or c == ')':
                break
            start = self.i
            if c in _REPEAT_CHARS and self.quantifier() is not None:
                self.i = start
                raise self.error('nothing to repeat')
            atom = self.atom()
            at = self.i
            q = self.quantifier()
            if q is not None:
                if atom[0] in ('bol', 'eol', 'begin', 'end', 'word', 'nonword'):
                    raise self.error('nothing to repeat', at)
                atom = ('rep', atom, q[0], q[1], q[2])
                if self.peek() in _REPEAT_CHARS and self.peek() != '':
                    at = self.i
                    if self.quantifier() is not None:
                        raise self.error('multiple repeat', at)
                    self.i = at
            items.append(atom)
        return ('seq', items)

    def quantifier(self):
        c = self.peek()
        p = self.p
        if c == '*':
            lo, hi = 0, None
            self.i += 1
        elif c == '+':
            lo, hi = 1, None
            self.i += 1
        elif c == '?':
            lo, hi = 0, 1
            self.i += 1
        elif c == '{':
            j = self.i + 1
            k = j
            while k < len(p) and p[k].isdigit():
                k += 1
            lo_text = p[j:k]
            hi_text = lo_text
            if k < len(p) and p[k] == ',':
                m = k + 1
                while m < len(p) and p[m].isdigit():
                    m += 1
                hi_text = p[k + 1:m]
                k = m
            if k >= len(p) or p[k] != '}' or (k == j):
                return None
            lo = int(lo_text) if lo_text else 0
            hi = int(hi_text) if hi_text else None
            if hi is not None and hi < lo:
                raise self.error('min repeat greater than max repeat', j)
            self.i = k + 1
        else:
            return None
        greedy = True
        if self.i < len(p) and p[self.i] == '?':
            greedy = False
            self.i += 1
        elif self.i < len(p) and p[self.i] == '+':
            greedy = None  # possessive
            self.i += 1
        return (lo, hi, greedy)

    def atom(self):
        p = self.p
        c = p[self.i]
        start = self.i
        self.i += 1
        if c in _ATOM_NODES:
            return (_ATOM_NODES[c],)
        if c == '[':
            return self.charset(start)
        if c == '\\':
            return self.escape(start)
        if c == '(':
            return self.group(start)
        return ('lit', c)

    def group(self, start):
        p = self.p
        index = None
        kind = 'group'
        if p.startswith('?', self.i):
            self.i += 1
            c = p[self.i] if self.i < len(p) else ''
            if c == ':':
                self.i += 1
            elif c == 'P' and p.startswith('P<', self.i):
                end = p.find('>', self.i + 2)
                if end < 0:
                    raise self.error('missing >, unterminated name', self.i + 2)
                name = p[self.i + 2:end]
                if not name.isidentifier():
                    raise self.error('bad character in group name %r' % name, self.i + 2)
                if name in self.names:
                    raise self.error('redefinition of group name %r as group %d; '
                                     'was group %d' % (name, self.groups, self.names[name]),
                                     self.i + 2)
                self.names[name] = self.groups
                self.i = end + 1
                index = self.groups
                self.groups += 1
            elif c == 'P' and p.startswith('P=', self.i):
                end = p.find(')', self.i + 2)
                if end < 0:
                    raise self.error('missing ), unterminated name', self.i + 2)
                name = p[self.i + 2:end]
                if name not in self.names:
                    raise self.error('unknown group name %r' % name, self.i + 2)
                self.i = end + 1
                return ('backref', self.names[name])
            elif c == '#':
                end = p.find(')', self.i)
                if end < 0:
                    raise self.error('missing ), unterminated comment', start)
                self.i = end + 1
                return ('seq', [])
            elif c in '=!':
                self.i += 1
                kind = 'ahead' if c == '=' else 'not-ahead'
            elif c == '<' and p[self.i + 1:self.i + 2] in ('=', '!'):
                kind = 'behind' if p[self.i + 1] == '=' else 'not-behind'
                self.i += 2
            elif c == '>':
                self.i += 1
                kind = 'atomic'
            elif c in _INLINE_FLAGS or c == '-':
                return self.scoped_flags(start)
            elif c == '<':
                raise self.error('unknown extension ?<' + p[self.i + 1:self.i + 2], start + 1)
            else:
                raise self.error('unknown extension ?' + c, start + 1)
        else:
            index = self.groups
            self.groups += 1
        self.open.append(index)
        body = self.alternation()
        self.open.pop()
        if self.i >= len(p) or p[self.i] != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1
        if kind == 'group':
            return ('group', index, body)
        return ('look', kind, body)

    def scoped_flags(self, start):
        # (?i:...) and (?-i:...): flags for a part of the pattern.
        p = self.p
        on = off = 0
        negative = False
        while self.i < len(p) and (p[self.i] in _INLINE_FLAGS or p[self.i] == '-'):
            if p[self.i] == '-':
                negative = True
            elif negative:
                off |= _INLINE_FLAGS[p[self.i]]
            else:
                on |= _INLINE_FLAGS[p[self.i]]
            self.i += 1
        if self.i < len(p) and p[self.i] == ')':
            raise self.error('global flags not at the start of the expression', start)
        if self.i >= len(p) or p[self.i] != ':':
            raise self.error('missing -, : or )' if self.i >= len(p) or not negative
                             else 'missing :', self.i)
        self.i += 1
        saved = self.flags
        self.flags = (self.flags | on) & ~off
        body = self.alternation()
        self.flags = saved
        if self.i >= len(p) or p[self.i] != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1
        return ('scoped', on, off, body)

    def escape(self, start):
        p = self.p
        if self.i >= len(p):
            raise self.error('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        if c in _CLASSES:
            return ('class', c)
        if c in _ESCAPE_NODES:
            return (_ESCAPE_NODES[c],)
        if c.isdigit() and c != '0':
            j = self.i
            if j < len(p) and p[j].isdigit():
                j += 1
            n = int(p[self.i - 1:j])
            self.i = j
            if n in self.open:
                raise self.error('cannot refer to an open group', start)
            if n >= self.groups:
                raise self.error('invalid group reference %d' % n, start + 1)
            return ('backref', n)
        return ('lit', self.escaped_char(c, start))

    def escaped_char(self, c, start):
        p = self.p
        if c in _ESCAPES and c != 'b':
            return _ESCAPES[c]
        if c == '0':
            j = self.i
            while j < len(p) and j < self.i + 2 and p[j] in '01234567':
                j += 1
            value = int('0' + p[self.i:j], 8)
            self.i = j
            return chr(value)
        if c in 'xuU':
            width = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = p[self.i:self.i + width]
            if len(digits) != width or any(d not in '0123456789abcdefABCDEF' for d in digits):
                raise self.error('incomplete escape \\%s%s' % (c, digits), start)
            self.i += width
            return chr(int(digits, 16))
        if c < '\x80' and c.isalnum():
            raise self.error('bad escape \\' + c, start)
        return c

    def charset(self, start):
        p = self.p
        negated = False
        if self.i < len(p) and p[self.i] == '^':
            negated = True
            self.i += 1
        chars = []
        ranges = []
        tests = []
        first = True
        while True:
            if self.i >= len(p):
                raise self.error('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            self.i += 1
            if c == '\\':
                if self.i >= len(p):
                    raise self.error('unterminated character set', start)
                e = p[self.i]
                self.i += 1
                if e in _CLASSES:
                    if p.startswith('-', self.i) and not p.startswith('-]', self.i):
                        raise self.error('bad character range \\%s-%s' % (e, p[self.i + 1:self.i + 2]),
                                         item_start)
                    tests.append(e)
                    continue
                c = '\b' if e == 'b' else self.escaped_char(e, item_start)
            if (self.i + 1 < len(p) and p[self.i] == '-' and p[self.i + 1] != ']'):
                self.i += 1
                hi = p[self.i]
                hi_start = self.i
                self.i += 1
                if hi == '\\':
                    e = p[self.i] if self.i < len(p) else ''
                    self.i += 1
                    if e in _CLASSES:
                        raise self.error('bad character range %s-\\%s' % (c, e), item_start)
                    hi = self.escaped_char(e, hi_start)
                if ord(hi) < ord(c):
                    raise self.error('bad character range %s-%s' % (c, hi), item_start)
                ranges.append((c, hi))
            else:
                chars.append(c)
        return ('set', negated, ''.join(chars), ranges, tests)


# ---- compiling to the matcher's program ----
# The program is a list of ints run by `_sre` (crates/core/src/modules/sre.rs,
# which describes each opcode).

(_MATCH, _STR, _SET, _AT, _SAVE, _SPLIT, _JUMP, _BACKREF, _LOOK, _ATOMIC,
 _REPCHAR, _REPINIT, _REPHEAD, _REPENTER, _REPTAIL) = range(15)
_AT_KINDS = {'bol': 0, 'eol': 2, 'begin': 4, 'end': 5, 'word': 6, 'nonword': 7}
_LOOK_KINDS = {'ahead': 0, 'not-ahead': 1, 'behind': 2, 'not-behind': 3}


def _single_char(node):
    """The node matching exactly one character that `node` amounts to
    (`(?:a)`, `a|b|\\d`), else None."""
    kind = node[0]
    if kind in ('lit', 'any', 'class', 'set'):
        return node
    if kind == 'group' and node[1] is None:
        return _single_char(node[2])
    if kind == 'seq' and len(node[1]) == 1:
        return _single_char(node[1][0])
    if kind == 'alt':
        chars, tests = '', []
        for alt in node[1]:
            one = _single_char(alt)
            if one is None or one[0] == 'any' or one[0] == 'set' and (one[1] or one[3]):
                return None
            if one[0] == 'lit':
                chars += one[1]
            elif one[0] == 'class':
                tests.append(one[1])
            else:
                chars += one[2]
                tests += one[4]
        return ('set', False, chars, [], tests)
    return None


class _Emitter:
    def __init__(self, flags, ngroups):
        self.flags = flags
        self.code = []
        # Group bounds, then two registers per general repeat.
        self.nregs = 2 * ngroups

    def fold(self):
        if not self.flags & IGNORECASE:
            return 0
        return 2 if self.flags & ASCII else 1

    def folded(self, c):
        if self.flags & IGNORECASE and (c < '\x80' or not self.flags & ASCII):
            low = c.lower()
            if len(low) == 1:
                return ord(low)
        return ord(c)

    def category(self, letter):
        return -1 - ('dDwWsS'.index(letter) + (6 if self.flags & ASCII else 0))

    def string(self, text):
        self.code += [_STR, self.fold(), len(text)] + [self.folded(c) for c in text]

    def char_set(self, node):
        kind = node[0]
        pairs = []
        negated = False
        if kind == 'any':
            negated = True
            if not self.flags & DOTALL:
                pairs = [10, 10]
        elif kind == 'class':
            pairs = [self.category(node[1]), 0]
        else:
            negated = node[1]
            for c in node[2]:
                pairs += [ord(c), ord(c)]
            for lo, hi in node[3]:
                pairs += [ord(lo), ord(hi)]
            for letter in node[4]:
                pairs += [self.category(letter), 0]
        self.code += [_SET, self.fold(), 1 if negated else 0, len(pairs) // 2] + pairs

    def test(self, node):
        if node[0] == 'lit':
            self.string(node[1])
        else:
            self.char_set(node)

    def emit(self, node):
        kind = node[0]
        code = self.code
        if kind == 'seq':
            items = node[1]
            i = 0
            while i < len(items):
                if items[i][0] == 'lit':
                    j = i
                    while j < len(items) and items[j][0] == 'lit':
                        j += 1
                    self.string(''.join(n[1] for n in items[i:j]))
                    i = j
                else:
                    self.emit(items[i])
                    i += 1
        elif kind == 'alt':
            ends = []
            alts = node[1]
            for alt in alts[:-1]:
                split = len(code)
                code += [_SPLIT, split + 3, 0]
                self.emit(alt)
                ends.append(len(code) + 1)
                code += [_JUMP, 0]
                code[split + 2] = len(code)
            self.emit(alts[-1])
            for at in ends:
                code[at] = len(code)
        elif kind in ('lit', 'any', 'class', 'set'):
            self.test(node)
        elif kind in _AT_KINDS:
            at = _AT_KINDS[kind]
            if kind in ('bol', 'eol') and self.flags & MULTILINE:
                at += 1
            elif kind in ('word', 'nonword') and self.flags & ASCII:
                at += 2
            code += [_AT, at]
        elif kind == 'group':
            if node[1] is None:
                self.emit(node[2])
            else:
                code += [_SAVE, 2 * node[1]]
                self.emit(node[2])
                code += [_SAVE, 2 * node[1] + 1]
        elif kind == 'scoped':
            saved = self.flags
            self.flags = (saved | node[1]) & ~node[2]
            self.emit(node[3])
            self.flags = saved
        elif kind == 'backref':
            code += [_BACKREF, self.fold(), node[1]]
        elif kind == 'look':
            self.look(node[1], node[2])
        elif kind == 'rep':
            self.repeat(node[1], node[2], node[3], node[4])
        else:
            raise error('cannot compile %r' % (kind,))

    def look(self, kind, body):
        code = self.code
        start = len(code)
        if kind == 'atomic':
            code += [_ATOMIC, 0]
        else:
            width = 0
            if kind in ('behind', 'not-behind'):
                width = _width(body)
                if width is None:
                    raise error('look-behind requires fixed-width pattern')
            code += [_LOOK, _LOOK_KINDS[kind], width, 0]
        self.emit(body)
        code.append(_MATCH)
        # Where the matcher goes on once the lookaround's program matched.
        code[start + (1 if kind == 'atomic' else 3)] = len(code)

    def repeat(self, node, lo, hi, greedy):
        code = self.code
        one = _single_char(node)
        if one is not None:
            mode = 2 if greedy is None else (0 if greedy else 1)
            code += [_REPCHAR, lo, -1 if hi is None else hi, mode]
            self.test(one)
            return
        if greedy is None:
            # Possessive: the greedy repeat's first way, never given back.
            self.look('atomic', ('rep', node, lo, hi, True))
            return
        reg = self.nregs
        self.nregs += 2
        code += [_REPINIT, reg]
        head = len(code)
        code += [_REPHEAD, reg, lo, -1 if hi is None else hi, 1 if greedy else 0, 0,
                 _REPENTER, reg]
        self.emit(node)
        code += [_REPTAIL, reg, lo, head]
        code[head + 5] = len(code)


def _width(node):
    """How many characters `node` always matches, or None if that varies."""
    kind = node[0]
    if kind in ('lit', 'any', 'class', 'set'):
        return 1
    if kind in _AT_KINDS or kind == 'look':
        return 0
    if kind == 'seq':
        total = 0
        for item in node[1]:
            w = _width(item)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = set(_width(a) for a in node[1])
        return widths.pop() if len(widths) == 1 else None
    if kind == 'group':
        return _width(node[2])
    if kind == 'scoped':
        return _width(node[3])
    if kind == 'rep' and node[2] == node[3]:
        w = _width(node[1])
        return None if w is None else w * node[2]
    return None


# ---- patterns and matches ----

class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, Pattern):
            if flags:
                raise ValueError('cannot process flags argument with a compiled pattern')
            pattern, flags = pattern.pattern, pattern.flags
        if not isinstance(pattern, str):
            raise TypeError('first argument must be string or compiled pattern')
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        self.pattern = pattern
        self.flags = parser.flags | UNICODE
        self.groups = parser.groups - 1
        self.groupindex = dict(parser.names)
        emitter = _Emitter(self.flags, parser.groups)
        emitter.emit(tree)
        emitter.code.append(_MATCH)
        self._code = emitter.code
        self._nregs = emitter.nregs

    def __repr__(self):
        text = 're.compile(%r' % (self.pattern,)
        flags = self.flags & ~UNICODE
        if flags:
            names = [n for v, n in _FLAG_NAMES if flags & v]
            text += ', re.' + '|re.'.join(names)
        return text + ')'

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _at(self, string, pos, endpos, must_end, avoid_empty_at=-1):
        """A match starting exactly at `pos`, or None."""
        return self._scan(string, pos, endpos, must_end, avoid_empty_at, True)

    def _search(self, string, pos, endpos, avoid_empty_at=-1):
        return self._scan(string, pos, endpos, False, avoid_empty_at, False)

    def _scan(self, string, pos, endpos, must_end, avoid_empty_at, once):
        """The first match starting at `pos` or (unless `once`) after it."""
        regs = _sre.run(0, self._code, self._nregs, string, pos, endpos,
                        (once, must_end, avoid_empty_at))
        return None if regs is None else Match(self, string, pos, endpos, regs)

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        pos = min(max(pos, 0), n)
        return pos, max(endpos, 0)

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._at(string, pos, endpos, False)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._at(string, pos, endpos, True)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return iter(self._all(string, pos, endpos))

    def _all(self, string, pos, endpos, count=0):
        return [Match(self, string, pos, endpos, regs)
                for regs in _sre.run(2, self._code, self._nregs, string, pos, endpos, count)]

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return _sre.run(1, self._code, self._nregs, string, pos, endpos, self.groups)

    def split(self, string, maxsplit=0):
        pos, endpos = self._bounds(string, 0, None)
        out = []
        last = 0
        for m in self._all(string, 0, endpos, maxsplit):
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        pos, endpos = self._bounds(string, 0, None)
        if not callable(repl):
            return _sre.run(3, self._code, self._nregs, string, 0, endpos,
                            (count, _template(self, repl)))
        out = []
        last = 0
        n = 0
        for m in self._all(string, 0, endpos, count):
            out.append(string[last:m.start()])
            out.append(repl(m))
            last = m.end()
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


def _template(pattern, repl):
    """A replacement string as a list of text and group numbers."""
    if not isinstance(repl, str):
        raise TypeError('expected str instance, %s found' % type(repl).__name__)
    parts = []
    text = ''
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\' or i + 1 >= n:
            text += c
            i += 1
            continue
        e = repl[i + 1]
        if e == 'g':
            end = repl.find('>', i + 3)
            if not repl.startswith('<', i + 2) or end < 0:
                if not repl.startswith('<', i + 2):
                    raise error('missing <', repl, i + 2)
                raise error('missing >, unterminated name', repl, i + 3)
            name = repl[i + 3:end]
            if name.isdigit():
                group = int(name)
                if group > pattern.groups:
                    raise error('invalid group reference %d' % group, repl, i + 3)
            elif name in pattern.groupindex:
                group = pattern.groupindex[name]
            else:
                raise IndexError('unknown group name %r' % name)
            parts.append(text)
            parts.append(group)
            text = ''
            i = end + 1
        elif e.isdigit() and e != '0':
            j = i + 2 if i + 2 < n and repl[i + 2].isdigit() else i + 1
            j += 1
            group = int(repl[i + 1:j])
            if group > pattern.groups:
                raise error('invalid group reference %d' % group, repl, i + 1)
            parts.append(text)
            parts.append(group)
            text = ''
            i = j
        elif e in _ESCAPES or e == '0':
            text += '\x00' if e == '0' else ('\b' if e == 'b' else _ESCAPES[e])
            i += 2
        elif e < '\x80' and e.isalpha():
            raise error('bad escape \\' + e, repl, i)
        else:
            text += '\\' + e
            i += 2
    parts.append(text)
    return parts


def _expand(m, template):
    out = []
    for part in template:
        if isinstance(part, int):
            out.append(m.group(part) or '')
        else:
            out.append(part)
    return ''.join(out)


class Match:
    def __init__(self, pattern, string, pos, endpos, caps):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps
        last = None
        best = -1
        for g in range(1, pattern.groups + 1):
            end = caps[2 * g + 1]
            if caps[2 * g] >= 0 and end >= best:
                # The last group to close (the outermost when they end together).
                if end > best or last is None:
                    last = g
                best = end
        self.lastindex = last
        self.lastgroup = None
        for name, g in pattern.groupindex.items():
            if g == last:
                self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError('no such group')
            return self.re.groupindex[g]
        if not isinstance(g, int) or g < 0 or g > self.re.groups:
            raise IndexError('no such group')
        return g

    def _one(self, g, default=None):
        i = self._index(g)
        a, b = self._caps[2 * i], self._caps[2 * i + 1]
        if a < 0:
            return default
        return self.string[a:b]

    def group(self, *groups):
        if not groups:
            return self._one(0)
        if len(groups) == 1:
            return self._one(groups[0])
        return tuple(self._one(g) for g in groups)

    def __getitem__(self, g):
        return self._one(g)

    def groups(self, default=None):
        return tuple(self._one(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._one(g, default) for name, g in self.re.groupindex.items()}

    def start(self, group=0):
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._caps[2 * i], self._caps[2 * i + 1])

    def expand(self, template):
        return _expand(self, _template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())


# ---- the module's functions ----

_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern) and not flags:
        return pattern
    key = (type(pattern).__name__, pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_SPECIAL_CHARS = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)


def purge():
    _cache.clear()
