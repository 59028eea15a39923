# Regular expressions: a backtracking matcher with CPython's `re` interface
# (search, match, fullmatch, findall, finditer, sub, subn, split, compile,
# escape; groups, named groups, lookaround, backreferences; the I, M, S and
# X flags).
#
# A pattern is parsed into a tree, then compiled into matcher functions.
# A matcher that never backtracks (a literal, a character class, an anchor)
# is `f(st, pos) -> new pos or -1`; the others are `f(st, pos, k) -> bool`,
# calling the continuation `k(pos)` for each way they can match, longest
# first when greedy. Runs of non-backtracking matchers are tried in a loop,
# and a repeated single character is counted in a loop, so the Python
# recursion only grows with the pattern, not with the text (except for a
# repeated group, which recurses once per repetition).

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


def _is_digit(c):
    return c.isdecimal()


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_space(c):
    return c.isspace()


def _not(f):
    return lambda c: not f(c)


_CLASSES = {'d': _is_digit, 'D': _not(_is_digit), 'w': _is_word,
            'W': _not(_is_word), 's': _is_space, 'S': _not(_is_space)}


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
            return ('class', _CLASSES[c])
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
                    tests.append(_CLASSES[e])
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


# ---- compiling to matchers ----

class _State:
    def __init__(self, string, start, end, ngroups):
        self.s = string
        self.start = start
        self.end = end
        self.caps = [-1] * (2 * ngroups)


def _char_test(node, flags):
    """A test `f(c) -> bool` for a node that matches one character, else None."""
    kind = node[0]
    icase = flags & IGNORECASE
    if kind == 'group' and node[1] is None:
        return _char_test(node[2], flags)
    if kind == 'seq' and len(node[1]) == 1:
        return _char_test(node[1][0], flags)
    if kind == 'alt':
        # `a|b|c`: one character whichever way.
        tests = [_char_test(a, flags) for a in node[1]]
        if any(t is None for t in tests):
            return None
        return lambda c: any(t(c) for t in tests)
    if kind == 'lit':
        ch = node[1]
        if icase and ch.lower() != ch.upper():
            low = ch.lower()
            return lambda c: c.lower() == low
        return lambda c: c == ch
    if kind == 'any':
        if flags & DOTALL:
            return lambda c: True
        return lambda c: c != '\n'
    if kind == 'class':
        return node[1]
    if kind == 'set':
        negated, chars, ranges, tests = node[1], node[2], node[3], node[4]
        if icase:
            chars = chars + chars.lower() + chars.upper()

        def test(c):
            if c in chars:
                return not negated
            for lo, hi in ranges:
                if lo <= c <= hi:
                    return not negated
                if icase and (lo <= c.lower() <= hi or lo <= c.upper() <= hi):
                    return not negated
            for t in tests:
                if t(c):
                    return not negated
            return negated
        if len(ranges) == 1 and not chars and not tests and not icase:
            lo, hi = ranges[0]
            if negated:
                return lambda c: not lo <= c <= hi
            return lambda c: lo <= c <= hi
        if not ranges and not tests:
            if negated:
                return lambda c: c not in chars
            return lambda c: c in chars
        return test
    return None


def _literal_run(items, flags):
    """Merge consecutive literal characters into string literals."""
    out = []
    for node in items:
        if node[0] == 'lit' and out and out[-1][0] == 'str':
            out[-1] = ('str', out[-1][1] + node[1])
        elif node[0] == 'lit':
            out.append(('str', node[1]))
        else:
            out.append(node)
    return out


class _Compiler:
    def __init__(self, flags, ngroups):
        self.flags = flags
        self.ngroups = ngroups

    def compile(self, node):
        """A backtracking matcher f(st, pos, k) for `node`."""
        kind = node[0]
        if kind == 'seq':
            return self.sequence(_literal_run(node[1], self.flags))
        if kind == 'alt':
            alts = [self.compile(a) for a in node[1]]

            def alternation(st, pos, k):
                for a in alts:
                    if a(st, pos, k):
                        return True
                return False
            return alternation
        return self.sequence([node])

    def sequence(self, items):
        parts = []
        for node in items:
            det = self.deterministic(node)
            if det is not None:
                parts.append((True, det))
            else:
                parts.append((False, self.backtracking(node)))
        return _chain(parts, 0)

    def deterministic(self, node):
        """f(st, pos) -> pos or -1 for a node that never backtracks, else None."""
        kind = node[0]
        flags = self.flags
        if kind == 'str':
            lit = node[1]
            n = len(lit)
            if flags & IGNORECASE:
                low = lit.lower()

                def match_folded(st, pos):
                    if pos + n <= st.end and st.s[pos:pos + n].lower() == low:
                        return pos + n
                    return -1
                return match_folded

            def match_str(st, pos):
                if pos + n <= st.end and st.s.startswith(lit, pos):
                    return pos + n
                return -1
            return match_str
        test = _char_test(node, flags)
        if test is not None:
            def match_char(st, pos):
                if pos < st.end and test(st.s[pos]):
                    return pos + 1
                return -1
            return match_char
        if kind == 'bol':
            if flags & MULTILINE:
                return lambda st, pos: pos if pos == 0 or st.s[pos - 1] == '\n' else -1
            return lambda st, pos: pos if pos == 0 else -1
        if kind == 'eol':
            if flags & MULTILINE:
                return lambda st, pos: pos if pos == st.end or st.s[pos] == '\n' else -1
            return lambda st, pos: (pos if pos == st.end or (pos == st.end - 1 and st.s[pos] == '\n')
                                    else -1)
        if kind == 'begin':
            return lambda st, pos: pos if pos == 0 else -1
        if kind == 'end':
            return lambda st, pos: pos if pos == st.end else -1
        if kind == 'word' or kind == 'nonword':
            want = kind == 'word'

            def boundary(st, pos):
                before = pos > 0 and _is_word(st.s[pos - 1])
                after = pos < st.end and _is_word(st.s[pos])
                return pos if (before != after) == want else -1
            return boundary
        if kind == 'backref':
            n = node[1]
            icase = flags & IGNORECASE

            def backref(st, pos):
                a, b = st.caps[2 * n], st.caps[2 * n + 1]
                if a < 0:
                    return -1
                text = st.s[a:b]
                got = st.s[pos:pos + len(text)]
                if pos + len(text) <= st.end and (got == text or icase and got.lower() == text.lower()):
                    return pos + len(text)
                return -1
            return backref
        if kind == 'look':
            return self.lookaround(node[1], self.compile(node[2]))
        if kind == 'rep' and node[4] is None:
            # Possessive: the longest way, never given back.
            inner = self.compile(('rep', node[1], node[2], node[3], True))
            return _first_end(inner)
        return None

    def lookaround(self, kind, inner):
        if kind == 'atomic':
            return _first_end(inner)
        if kind in ('ahead', 'not-ahead'):
            want = kind == 'ahead'

            def ahead(st, pos):
                found = inner(st, pos, lambda p: True)
                return pos if found == want else -1
            return ahead
        want = kind == 'behind'

        def behind(st, pos):
            found = False
            for j in range(pos, -1, -1):
                if inner(st, j, lambda p: p == pos):
                    found = True
                    break
            return pos if found == want else -1
        return behind

    def backtracking(self, node):
        kind = node[0]
        if kind == 'group':
            index = node[1]
            inner = self.compile(node[2])
            if index is None:
                return inner

            def group(st, pos, k):
                caps = st.caps
                i = 2 * index

                def close(p):
                    old_start, old_end = caps[i], caps[i + 1]
                    caps[i] = pos
                    caps[i + 1] = p
                    if k(p):
                        return True
                    caps[i] = old_start
                    caps[i + 1] = old_end
                    return False
                return inner(st, pos, close)
            return group
        if kind == 'alt' or kind == 'seq':
            return self.compile(node)
        if kind == 'scoped':
            saved = self.flags
            self.flags = (self.flags | node[1]) & ~node[2]
            inner = self.compile(node[3])
            self.flags = saved
            return inner
        if kind == 'rep':
            return self.repeat(node[1], node[2], node[3], node[4])
        raise error('cannot compile %r' % (kind,))

    def repeat(self, node, lo, hi, greedy):
        test = _char_test(node, self.flags)
        if test is not None:
            return _repeat_char(test, lo, hi, greedy)
        det = self.deterministic(node) if node[0] != 'group' else None
        body = self.compile(node)
        if det is not None:
            body = _as_backtracking(det)
        if _single_way(node, self.flags):
            return _repeat_single_way(body, lo, hi, greedy)

        def repeat(st, pos, k):
            def attempt(count, at):
                if hi is not None and count >= hi:
                    return k(at)

                def again(p):
                    # An empty repetition past the minimum ends the loop.
                    if p == at and count >= lo:
                        return False
                    return attempt(count + 1, p)
                if count < lo:
                    return body(st, at, again)
                if greedy:
                    return body(st, at, again) or k(at)
                return k(at) or body(st, at, again)
            return attempt(0, pos)
        return repeat


def _single_way(node, flags):
    """Whether `node` can match in at most one way from a given position."""
    kind = node[0]
    if kind in ('lit', 'str', 'any', 'class', 'set', 'bol', 'eol', 'begin', 'end',
                'word', 'nonword', 'backref', 'look'):
        return True
    if kind == 'seq':
        items = node[1]
        for i in range(len(items)):
            if not _single_way(items[i], flags) and not _stops_at(items, i, flags):
                return False
        return True
    if kind == 'group':
        return _single_way(node[2], flags)
    if kind == 'scoped':
        return _single_way(node[3], flags)
    return kind == 'rep' and node[4] is None


def _stops_at(items, i, flags):
    """Whether items[i] repeats a character test that the literal after it
    fails (`\\d+,`, `[^"]*"`): giving back characters could never help."""
    node = items[i]
    if node[0] != 'rep' or i + 1 >= len(items) or items[i + 1][0] != 'lit':
        return False
    test = _char_test(node[1], flags)
    return test is not None and node[4] is not False and not test(items[i + 1][1])


def _repeat_single_way(body, lo, hi, greedy):
    """A repeat of a body with one way to match: the repetitions are found
    in a loop (no recursion per repetition), then their count is backtracked."""
    def repeat(st, pos, k):
        saved = list(st.caps)
        ends = [pos]
        found = []

        def keep(p):
            found.append(p)
            return True
        at = pos
        while hi is None or len(ends) - 1 < hi:
            if not greedy and len(ends) - 1 >= lo:
                break
            del found[:]
            if not body(st, at, keep) or (found[0] == at and len(ends) - 1 >= lo):
                break
            at = found[0]
            ends.append(at)

        def try_count(c):
            # The captures as the c-th repetition left them.
            st.caps[:] = saved
            if c > 0:
                body(st, ends[c - 1], keep)
            return k(ends[c])
        if greedy:
            for c in range(len(ends) - 1, lo - 1, -1):
                if try_count(c):
                    return True
        else:
            c = len(ends) - 1
            while c >= lo:
                if try_count(c):
                    return True
                if hi is not None and c >= hi:
                    break
                st.caps[:] = saved
                if c > 0:
                    body(st, ends[c - 1], keep)
                del found[:]
                if not body(st, ends[c], keep) or found[0] == ends[c]:
                    break
                ends.append(found[0])
                c += 1
        st.caps[:] = saved
        return False
    return repeat


def _as_backtracking(det):
    def run(st, pos, k):
        p = det(st, pos)
        return p >= 0 and k(p)
    return run


def _first_end(inner):
    """A deterministic matcher: where the first way `inner` matches ends."""
    def run(st, pos):
        found = []

        def keep(p):
            found.append(p)
            return True
        if inner(st, pos, keep):
            return found[0]
        return -1
    return run


def _repeat_char(test, lo, hi, greedy):
    def greedy_repeat(st, pos, k):
        s = st.s
        limit = st.end if hi is None else min(st.end, pos + hi)
        j = pos
        while j < limit and test(s[j]):
            j += 1
        while j >= pos + lo:
            if k(j):
                return True
            j -= 1
        return False

    def lazy_repeat(st, pos, k):
        s = st.s
        limit = st.end if hi is None else min(st.end, pos + hi)
        j = pos
        while j < pos + lo:
            if j >= limit or not test(s[j]):
                return False
            j += 1
        while True:
            if k(j):
                return True
            if j >= limit or not test(s[j]):
                return False
            j += 1

    def possessive_repeat(st, pos, k):
        s = st.s
        limit = st.end if hi is None else min(st.end, pos + hi)
        j = pos
        while j < limit and test(s[j]):
            j += 1
        return j >= pos + lo and k(j)
    if greedy is None:
        return possessive_repeat
    return greedy_repeat if greedy else lazy_repeat


def _chain(parts, i):
    """Match parts[i:] in turn: deterministic ones in a loop, the first
    backtracking one with the rest as its continuation."""
    dets = []
    j = i
    while j < len(parts) and parts[j][0]:
        dets.append(parts[j][1])
        j += 1
    if j == len(parts):
        if not dets:
            return lambda st, pos, k: k(pos)
        if len(dets) == 1:
            only = dets[0]

            def one(st, pos, k):
                pos = only(st, pos)
                return pos >= 0 and k(pos)
            return one

        def run_all(st, pos, k):
            for f in dets:
                pos = f(st, pos)
                if pos < 0:
                    return False
            return k(pos)
        return run_all
    back = parts[j][1]
    if j + 1 == len(parts):
        def last(st, pos, k):
            for f in dets:
                pos = f(st, pos)
                if pos < 0:
                    return False
            return back(st, pos, k)
        return last
    rest = _chain(parts, j + 1)

    def run(st, pos, k):
        for f in dets:
            pos = f(st, pos)
            if pos < 0:
                return False
        return back(st, pos, lambda p: rest(st, p, k))
    return run


# ---- patterns and matches ----

def _first_test(tree, flags):
    """A test every match's first character passes, when the pattern
    starts with a required single character (else None)."""
    node = tree
    while node[0] in ('seq', 'group'):
        if node[0] == 'seq':
            if not node[1]:
                return None
            node = node[1][0]
        else:
            node = node[2]
    if node[0] == 'rep' and node[2] >= 1:
        node = node[1]
    return _char_test(node, flags)


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
        self._matcher = _Compiler(self.flags, parser.groups).compile(tree)
        # A literal start lets the search jump to candidates with str.find.
        self._prefix = ''
        if tree[0] == 'seq' and not self.flags & IGNORECASE:
            for node in tree[1]:
                if node[0] != 'lit':
                    break
                self._prefix += node[1]
        self._first = _first_test(tree, self.flags)
        self._anchored = (tree[0] == 'seq' and tree[1] and tree[1][0][0] in ('begin', 'bol')
                          and (tree[1][0][0] == 'begin' or not self.flags & MULTILINE))

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
        return self._scan(string, pos, endpos, False, avoid_empty_at, self._anchored)

    def _scan(self, string, pos, endpos, must_end, avoid_empty_at, once):
        """The first match starting at `pos` or (unless `once`) after it."""
        st = _State(string, pos, endpos, self.groups + 1)
        ends = []
        start = pos

        def done(p):
            if must_end and p != endpos:
                return False
            if p == start and start == avoid_empty_at:
                return False
            ends.append(p)
            return True
        matcher = self._matcher
        prefix = '' if once else self._prefix
        first = None if once or prefix else self._first
        while start <= endpos:
            if prefix:
                start = string.find(prefix, start, endpos)
                if start < 0:
                    return None
            elif first is not None:
                while start < endpos and not first(string[start]):
                    start += 1
                if start >= endpos:
                    return None
            # A failed attempt leaves the captures as it found them.
            if matcher(st, start, done):
                st.start = pos
                st.caps[0] = start
                st.caps[1] = ends[0]
                return Match(self, string, st, endpos)
            if once:
                return None
            start += 1
        return None

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
        found = []
        avoid = -1
        while pos <= endpos:
            m = self._search(string, pos, endpos, avoid)
            if m is None:
                break
            found.append(m)
            if count and len(found) >= count:
                break
            start, end = m.span()
            # After an empty match, the next one may not be empty there.
            avoid = end if end == start else -1
            pos = end
        return found

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        out = []
        for m in self._all(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or '')
            else:
                out.append(tuple(g or '' for g in m.groups()))
        return out

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
        if callable(repl):
            expand = repl
        else:
            template = _template(self, repl)
            expand = lambda m: _expand(m, template)
        out = []
        last = 0
        n = 0
        for m in self._all(string, 0, endpos, count):
            out.append(string[last:m.start()])
            out.append(expand(m))
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
    def __init__(self, pattern, string, st, endpos):
        self.re = pattern
        self.string = string
        self.pos = st.start
        self.endpos = endpos
        self._caps = st.caps
        last = None
        best = -1
        for g in range(1, pattern.groups + 1):
            end = st.caps[2 * g + 1]
            if st.caps[2 * g] >= 0 and end >= best:
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
