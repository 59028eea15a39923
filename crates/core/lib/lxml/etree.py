# lxml.etree for HTML: etree.HTML(text) builds the tree libxml2 builds
# (through bs4's 'lxml' builder, blanks kept) as Elements with tag, attrib,
# text and tail; find/findall/iter/itertext; tostring; and xpath() for XPath
# 1.0's common forms: paths with // and axes, @attributes, text(), node(),
# comment(), predicates with positions, comparisons, and/or/not, unions and
# the usual functions (contains, starts-with, normalize-space, string,
# count, position, last, concat, string-length, name...).

import warnings as _warnings

__all__ = ['HTML', 'fromstring', 'tostring', 'Element', 'SubElement', 'Comment',
           'XPathEvalError', 'XPathSyntaxError', 'ParserError', 'ElementTree']


class LxmlError(Exception):
    pass


class XPathError(LxmlError):
    pass


class XPathEvalError(XPathError):
    pass


class XPathSyntaxError(XPathError, SyntaxError):
    pass


class ParserError(LxmlError):
    pass


class XMLSyntaxError(ParserError, SyntaxError):
    pass


def Comment(text=None):
    c = _Comment(Comment)
    c.text = text
    return c


class _Element:
    def __init__(self, tag, attrib=None):
        self.tag = tag
        self.attrib = dict(attrib or {})
        self.text = None
        self.tail = None
        self._children = []
        self._parent = None
        self._doc = None

    def __repr__(self):
        return "<Element %s at 0x%x>" % (self.tag, id(self))

    # Children.
    def __len__(self):
        return len(self._children)

    def __iter__(self):
        return iter(self._children)

    def __getitem__(self, i):
        return self._children[i]

    def __bool__(self):
        _warnings.warn(
            "The behavior of this method will change in future versions. "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def append(self, e):
        if e._parent is not None:
            e._parent._children.remove(e)
        e._parent = self
        self._children.append(e)

    def getchildren(self):
        return list(self._children)

    def iterchildren(self, tag=None):
        return iter([c for c in self._children if tag is None or c.tag == tag])

    def getparent(self):
        return self._parent

    def getnext(self):
        p = self._parent
        if p is None:
            return None
        i = p._children.index(self)
        return p._children[i + 1] if i + 1 < len(p._children) else None

    def getprevious(self):
        p = self._parent
        if p is None:
            return None
        i = p._children.index(self)
        return p._children[i - 1] if i > 0 else None

    def getroottree(self):
        return ElementTree(self._root())

    def _root(self):
        e = self
        while e._parent is not None:
            e = e._parent
        return e

    # Attributes.
    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def values(self):
        return list(self.attrib.values())

    def items(self):
        return list(self.attrib.items())

    # Walking.
    def iter(self, *tags):
        if tags and tags[0] is None:
            tags = ()
        if not tags or self.tag in tags or ('*' in tags and isinstance(self.tag, str)):
            yield self
        for c in self._children:
            yield from c.iter(*tags)

    def iterdescendants(self, *tags):
        for c in self._children:
            yield from c.iter(*tags)

    def iterancestors(self, *tags):
        p = self._parent
        while p is not None:
            if not tags or p.tag in tags:
                yield p
            p = p._parent

    def itertext(self, *tags, with_tail=True):
        if isinstance(self.tag, str) and self.text:
            yield self.text
        for c in self._children:
            if isinstance(c.tag, str):
                yield from c.itertext()
            if c.tail:
                yield c.tail

    def find(self, path):
        r = self.findall(path)
        return r[0] if r else None

    def findtext(self, path, default=None):
        e = self.find(path)
        if e is None:
            return default
        return e.text or ''

    def findall(self, path):
        if path.startswith('/'):
            raise SyntaxError("cannot use absolute path on element")
        return [e for e in self.xpath(path) if isinstance(e, _Element)]

    def iterfind(self, path):
        return iter(self.findall(path))

    def xpath(self, _path, **variables):
        return _XPath(_path).evaluate(self, variables)

    def cssselect(self, expr, translator='html'):
        from lxml.cssselect import _select
        return _select(self, expr)

    # lxml.html's additions.
    def text_content(self):
        return ''.join(self.itertext())

    def find_class(self, class_name):
        return [e for e in self.iter() if class_name in (e.get('class') or '').split()]

    def drop_tree(self):
        p = self._parent
        if p is None:
            return
        i = p._children.index(self)
        if self.tail:
            if i > 0:
                prev = p._children[i - 1]
                prev.tail = (prev.tail or '') + self.tail
            else:
                p.text = (p.text or '') + self.tail
        p._children.remove(self)
        self._parent = None


class _Comment(_Element):
    def __repr__(self):
        return '<!--%s-->' % self.text


class ElementTree:
    def __init__(self, element=None):
        self._root_el = element

    def getroot(self):
        return self._root_el

    def xpath(self, path, **variables):
        return _XPath(path).evaluate(self._root_el, variables, from_document=True)

    def find(self, path):
        return self._root_el.find(path)

    def findall(self, path):
        return self._root_el.findall(path)


def Element(tag, attrib=None, **extra):
    e = _Element(tag, attrib)
    e.attrib.update(extra)
    return e


def SubElement(parent, tag, attrib=None, **extra):
    e = Element(tag, attrib, **extra)
    parent.append(e)
    return e


def _from_soup(soup_tag, factory):
    import bs4
    el = factory(soup_tag.name, {k: v for k, v in soup_tag.attrs.items()})
    last = None
    for c in soup_tag.contents:
        if isinstance(c, bs4.Tag):
            child = _from_soup(c, factory)
            el.append(child)
            last = child
        elif isinstance(c, (bs4.Doctype, bs4.Declaration, bs4.ProcessingInstruction)):
            continue
        else:
            if isinstance(c, bs4.Comment):
                child = Comment(str(c))
                el.append(child)
                last = child
                continue
            s = str(c)
            if last is None:
                el.text = (el.text or '') + s
            else:
                last.tail = (last.tail or '') + s
    return el


def _parse_html(text, factory=_Element):
    import bs4
    if isinstance(text, bytes):
        text = text.decode('utf-8', 'replace')
    soup = bs4.BeautifulSoup(text, 'lxml', multi_valued_attributes=None, _keep_blanks=True)
    html = soup.find('html', recursive=False)
    if html is None:
        return None
    root = _from_soup(html, factory)
    root._before = [Comment(str(c)) for c in soup.contents
                    if isinstance(c, bs4.Comment) and c.next_element is not None and c.find_next('html') is html]
    return root


def HTML(text, parser=None, base_url=None):
    return _parse_html(text)


def fromstring(text, parser=None, base_url=None):
    return _parse_html(text)


def _escape_text(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def _escape_attr(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;')
            .replace('\n', '&#10;').replace('\r', '&#13;').replace('\t', '&#9;'))


_VOID = ('area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
         'param', 'source', 'track', 'wbr', 'basefont', 'frame', 'isindex')


def _serialize(e, out, html, with_tail):
    if isinstance(e, _Comment):
        out.append('<!--' + (e.text or '') + '-->')
    else:
        out.append('<' + e.tag)
        for k, v in e.attrib.items():
            out.append(' %s="%s"' % (k, _escape_attr(v)))
        if not e._children and not e.text and (not html or e.tag in _VOID):
            out.append('>' if html else '/>')
        else:
            out.append('>')
            if e.text:
                out.append(e.text if html and e.tag in ('script', 'style') else _escape_text(e.text))
            for c in e._children:
                _serialize(c, out, html, True)
            out.append('</' + e.tag + '>')
    if with_tail and e.tail:
        out.append(_escape_text(e.tail))


def tostring(element, encoding=None, method='xml', pretty_print=False,
             with_tail=True, xml_declaration=None, doctype=None, **kw):
    if isinstance(element, ElementTree):
        element = element.getroot()
    out = []
    _serialize(element, out, method == 'html', with_tail)
    text = ''.join(out)
    if encoding is str or (isinstance(encoding, str) and encoding.lower() == 'unicode'):
        return text
    if encoding is None or encoding.lower() in ('ascii', 'us-ascii'):
        return ''.join(c if ord(c) < 128 else '&#%d;' % ord(c) for c in text).encode('ascii')
    return text.encode(encoding)


# XPath.

class _Text:
    """A text node: the text (or tail) of an element."""

    def __init__(self, owner, tail, value):
        self.owner, self.tail, self.value = owner, tail, value

    @property
    def parent(self):
        return self.owner._parent if self.tail else self.owner


class _Attr:
    def __init__(self, owner, name, value):
        self.owner, self.name, self.value = owner, name, value


class _Doc:
    """The document node above the root element."""

    def __init__(self, root):
        self.root = root
        self.children = getattr(root, '_before', []) + [root]


def _string_value(n):
    if isinstance(n, (_Text, _Attr)):
        return n.value
    if isinstance(n, _Doc):
        return _string_value(n.root)
    if isinstance(n, _Comment):
        return n.text or ''
    return ''.join(n.itertext())


def _children(n):
    """Child nodes (elements, comments and text) in order."""
    if isinstance(n, _Doc):
        return list(n.children)
    if not isinstance(n, _Element) or isinstance(n, _Comment):
        return []
    out = []
    if n.text:
        out.append(_Text(n, False, n.text))
    for c in n._children:
        out.append(c)
        if c.tail:
            out.append(_Text(c, True, c.tail))
    return out


def _parent(n):
    if isinstance(n, _Doc):
        return None
    if isinstance(n, _Text):
        return n.parent
    if isinstance(n, _Attr):
        return n.owner
    if n._parent is None:
        return n._doc
    return n._parent


def _descendants(n):
    out = []
    for c in _children(n):
        out.append(c)
        if isinstance(c, _Element):
            out.extend(_descendants(c))
    return out


def _siblings(n):
    p = _parent(n)
    if p is None or isinstance(n, _Attr):
        return [], []
    kids = _children(p)
    i = _index_of(kids, n)
    return kids[:i], kids[i + 1:]


def _index_of(kids, n):
    for i, k in enumerate(kids):
        if k is n or (isinstance(n, _Text) and isinstance(k, _Text) and k.owner is n.owner and k.tail == n.tail):
            return i
    return -1


_TOKENS = ('//', '/', '::', '..', '.', '@', '(', ')', '[', ']', ',', '|', '!=', '<=', '>=', '=', '<', '>', '+', '-', '*')


class _Tok:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value

    def __repr__(self):
        return '%s:%r' % (self.kind, self.value)


def _tokenize(expr):
    out = []
    i, n = 0, len(expr)
    while i < n:
        c = expr[i]
        if c in ' \t\n\r':
            i += 1
            continue
        if c in '"\'':
            j = expr.find(c, i + 1)
            if j < 0:
                raise XPathEvalError('Invalid expression')
            out.append(_Tok('str', expr[i + 1:j]))
            i = j + 1
            continue
        if c.isdigit() or (c == '.' and i + 1 < n and expr[i + 1].isdigit()):
            j = i
            while j < n and (expr[j].isdigit() or expr[j] == '.'):
                j += 1
            out.append(_Tok('num', float(expr[i:j])))
            i = j
            continue
        if c.isalpha() or c == '_':
            j = i
            while j < n and (expr[j].isalnum() or expr[j] in '_-.:'):
                if expr[j] == ':' and j + 1 < n and expr[j + 1] == ':':
                    break
                j += 1
            while expr[j - 1] in '.-':
                j -= 1
            out.append(_Tok('name', expr[i:j]))
            i = j
            continue
        if c == '$':
            j = i + 1
            while j < n and (expr[j].isalnum() or expr[j] in '_-'):
                j += 1
            out.append(_Tok('var', expr[i + 1:j]))
            i = j
            continue
        for t in _TOKENS:
            if expr.startswith(t, i):
                out.append(_Tok('op', t))
                i += len(t)
                break
        else:
            raise XPathEvalError('Invalid expression')
    return out


_AXES = ('child', 'descendant', 'descendant-or-self', 'parent', 'ancestor', 'ancestor-or-self',
         'following-sibling', 'preceding-sibling', 'following', 'preceding', 'self', 'attribute')


class _Parser:
    def __init__(self, expr):
        self.toks = _tokenize(expr)
        self.i = 0

    def peek(self, k=0):
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def is_op(self, value, k=0):
        t = self.peek(k)
        return t is not None and t.kind == 'op' and t.value == value

    def is_name(self, value):
        t = self.peek()
        return t is not None and t.kind == 'name' and t.value == value

    def take(self):
        t = self.peek()
        if t is None:
            raise XPathEvalError('Invalid expression')
        self.i += 1
        return t

    def expect(self, value):
        if not self.is_op(value):
            raise XPathEvalError('Invalid expression')
        self.i += 1

    def parse(self):
        e = self.or_expr()
        if self.peek() is not None:
            raise XPathEvalError('Invalid expression')
        return e

    def binary(self, sub, ops, names=False):
        left = sub()
        while True:
            t = self.peek()
            if t is None:
                return left
            if (t.kind == 'name' if names else t.kind == 'op') and t.value in ops:
                self.i += 1
                left = ('bin', t.value, left, sub())
            else:
                return left

    def or_expr(self):
        return self.binary(self.and_expr, ('or',), True)

    def and_expr(self):
        return self.binary(self.eq_expr, ('and',), True)

    def eq_expr(self):
        return self.binary(self.rel_expr, ('=', '!='))

    def rel_expr(self):
        return self.binary(self.add_expr, ('<', '>', '<=', '>='))

    def add_expr(self):
        return self.binary(self.mul_expr, ('+', '-'))

    def mul_expr(self):
        left = self.unary()
        while True:
            t = self.peek()
            if t is not None and ((t.kind == 'op' and t.value == '*') or (t.kind == 'name' and t.value in ('div', 'mod'))):
                self.i += 1
                left = ('bin', t.value, left, self.unary())
            else:
                return left

    def unary(self):
        if self.is_op('-'):
            self.i += 1
            return ('neg', self.unary())
        return self.union()

    def union(self):
        left = self.path()
        while self.is_op('|'):
            self.i += 1
            left = ('union', left, self.path())
        return left

    def path(self):
        t = self.peek()
        if t is None:
            raise XPathEvalError('Invalid expression')
        if t.kind == 'op' and t.value in ('/', '//'):
            self.i += 1
            steps = [('root',)]
            if t.value == '//':
                steps.append(('step', 'descendant-or-self', 'node()', []))
            elif not self.starts_step():
                return ('path', None, steps)
            steps += self.rel_path()
            return ('path', None, steps)
        if t.kind in ('str', 'num', 'var') or (t.kind == 'op' and t.value == '(') or (
                t.kind == 'name' and self.is_op('(', 1) and t.value not in ('text', 'node', 'comment', 'processing-instruction')):
            primary = self.primary()
            preds = self.predicates()
            if preds:
                primary = ('filter', primary, preds)
            if self.is_op('/') or self.is_op('//'):
                steps = []
                if self.take().value == '//':
                    steps.append(('step', 'descendant-or-self', 'node()', []))
                steps += self.rel_path()
                return ('path', primary, steps)
            return primary
        return ('path', None, self.rel_path())

    def starts_step(self):
        t = self.peek()
        return t is not None and (t.kind == 'name' or (t.kind == 'op' and t.value in ('.', '..', '@', '*')))

    def rel_path(self):
        steps = [self.step()]
        while self.is_op('/') or self.is_op('//'):
            if self.take().value == '//':
                steps.append(('step', 'descendant-or-self', 'node()', []))
            steps.append(self.step())
        return steps

    def step(self):
        if self.is_op('.'):
            self.i += 1
            return ('step', 'self', 'node()', [])
        if self.is_op('..'):
            self.i += 1
            return ('step', 'parent', 'node()', [])
        axis = 'child'
        if self.is_op('@'):
            self.i += 1
            axis = 'attribute'
        elif self.peek() is not None and self.peek().kind == 'name' and self.is_op('::', 1):
            axis = self.take().value
            self.i += 1
            if axis not in _AXES:
                raise XPathEvalError('Invalid expression')
        t = self.take()
        if t.kind == 'op' and t.value == '*':
            test = '*'
        elif t.kind == 'name':
            test = t.value
            if self.is_op('(') and test in ('text', 'node', 'comment', 'processing-instruction'):
                self.i += 1
                self.expect(')')
                test += '()'
        else:
            raise XPathEvalError('Invalid expression')
        return ('step', axis, test, self.predicates())

    def predicates(self):
        preds = []
        while self.is_op('['):
            self.i += 1
            preds.append(self.or_expr())
            self.expect(']')
        return preds

    def primary(self):
        t = self.take()
        if t.kind == 'str':
            return ('lit', t.value)
        if t.kind == 'num':
            return ('lit', t.value)
        if t.kind == 'var':
            return ('var', t.value)
        if t.kind == 'op' and t.value == '(':
            e = self.or_expr()
            self.expect(')')
            return e
        name = t.value
        self.expect('(')
        args = []
        if not self.is_op(')'):
            args.append(self.or_expr())
            while self.is_op(','):
                self.i += 1
                args.append(self.or_expr())
        self.expect(')')
        return ('call', name, args)


def _doc_order(node):
    """A node's position in its document, as a sortable list: an element's
    attributes, then its text, then its children, then its tail."""
    sub = None
    n = node
    if isinstance(n, _Attr):
        sub, n = -2, n.owner
    elif isinstance(n, _Text):
        sub, n = (1 << 30) if n.tail else -1, n.owner
    key = []
    while True:
        p = _parent(n)
        if p is None:
            break
        kids = p.children if isinstance(p, _Doc) else p._children
        for i, k in enumerate(kids):
            if k is n:
                key.append(i)
                break
        n = p
    key.reverse()
    if sub is not None:
        key.append(sub)
    return key


def _node_id(n):
    if isinstance(n, _Text):
        return ('t', id(n.owner), n.tail)
    if isinstance(n, _Attr):
        return ('a', id(n.owner), n.name)
    return ('e', id(n))


def _ordered(nodes):
    seen = {}
    for n in nodes:
        seen.setdefault(_node_id(n), n)
    out = list(seen.values())
    if len(out) > 1:
        out.sort(key=_doc_order)
    return out


def _test(n, axis, test):
    if axis == 'attribute':
        return test in ('*', 'node()') or n.name == test
    if test == 'node()':
        return True
    if test == 'text()':
        return isinstance(n, _Text)
    if test == 'comment()':
        return isinstance(n, _Comment)
    if not isinstance(n, _Element) or isinstance(n, _Comment):
        return False
    return test == '*' or n.tag == test


def _axis(n, axis):
    if axis == 'child':
        return _children(n)
    if axis == 'descendant':
        return _descendants(n)
    if axis == 'descendant-or-self':
        return [n] + _descendants(n)
    if axis == 'self':
        return [n]
    if axis == 'parent':
        p = _parent(n)
        return [] if p is None else [p]
    if axis in ('ancestor', 'ancestor-or-self'):
        out = [n] if axis == 'ancestor-or-self' else []
        p = _parent(n)
        while p is not None:
            out.append(p)
            p = _parent(p)
        return out
    if axis == 'attribute':
        if isinstance(n, _Element) and not isinstance(n, _Comment):
            return [_Attr(n, k, v) for k, v in n.attrib.items()]
        return []
    before, after = _siblings(n)
    if axis == 'following-sibling':
        return after
    if axis == 'preceding-sibling':
        return list(reversed(before))
    if axis == 'following':
        out = []
        m = n
        while m is not None:
            for s in _siblings(m)[1]:
                out.append(s)
                if isinstance(s, _Element):
                    out.extend(_descendants(s))
            m = _parent(m)
        return out
    if axis == 'preceding':
        out = []
        m = n
        while m is not None:
            for s in reversed(_siblings(m)[0]):
                if isinstance(s, _Element):
                    out.extend(reversed(_descendants(s)))
                out.append(s)
            m = _parent(m)
        return out
    raise XPathEvalError('Invalid expression')


_REVERSE = ('ancestor', 'ancestor-or-self', 'preceding-sibling', 'preceding', 'parent')


def _number(v):
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, float):
        return v
    if isinstance(v, list):
        v = _string_value(v[0]) if v else ''
    try:
        return float(v.strip())
    except ValueError:
        return float('nan')


def _string(v):
    if isinstance(v, list):
        return _string_value(v[0]) if v else ''
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, float):
        if v != v:
            return 'NaN'
        if v == int(v):
            return str(int(v))
        return repr(v)
    return v


def _boolean(v):
    if isinstance(v, list):
        return bool(v)
    if isinstance(v, float):
        return v != 0 and v == v
    return bool(v)


def _compare(op, a, b):
    if isinstance(a, list) or isinstance(b, list):
        if isinstance(a, list) and isinstance(b, list):
            return any(_compare(op, _string_value(x), _string_value(y)) for x in a for y in b)
        if isinstance(a, list):
            if isinstance(b, bool):
                return _compare(op, bool(a), b)
            return any(_compare(op, _string_value(x) if not isinstance(b, float) else _number(_string_value(x)), b) for x in a)
        if isinstance(a, bool):
            return _compare(op, a, bool(b))
        return any(_compare(op, a, _string_value(y) if not isinstance(a, float) else _number(_string_value(y))) for y in b)
    if op in ('=', '!='):
        if isinstance(a, bool) or isinstance(b, bool):
            a, b = _boolean(a), _boolean(b)
        elif isinstance(a, float) or isinstance(b, float):
            a, b = _number(a), _number(b)
        return (a == b) if op == '=' else (a != b)
    a, b = _number(a), _number(b)
    if op == '<':
        return a < b
    if op == '>':
        return a > b
    if op == '<=':
        return a <= b
    return a >= b


class _XPath:
    def __init__(self, path):
        self.path = path
        try:
            self.tree = _Parser(path).parse()
        except XPathEvalError:
            raise XPathEvalError('Invalid expression') from None

    def evaluate(self, element, variables, from_document=False):
        root = element._root()
        doc = root._doc
        if doc is None:
            doc = root._doc = _Doc(root)
        self.variables = variables
        context = doc if from_document else element
        v = self.eval(self.tree, context, 1, 1)
        if isinstance(v, list):
            out = []
            for n in v:
                if isinstance(n, (_Text, _Attr)):
                    out.append(n.value)
                elif isinstance(n, _Doc):
                    out.append(n.root)
                else:
                    out.append(n)
            return out
        return v

    def eval(self, e, node, pos, size):
        kind = e[0]
        if kind == 'lit':
            return e[1]
        if kind == 'var':
            if e[1] not in self.variables:
                raise XPathEvalError('Undefined variable')
            return self.variables[e[1]]
        if kind == 'path':
            if e[1] is None:
                nodes = [node]
            else:
                nodes = self.eval(e[1], node, pos, size)
                if not isinstance(nodes, list):
                    raise XPathEvalError('Invalid type')
            for step in e[2]:
                nodes = self.step(step, nodes)
            return nodes
        if kind == 'filter':
            nodes = self.eval(e[1], node, pos, size)
            for p in e[2]:
                nodes = self.filter(nodes, p)
            return nodes
        if kind == 'union':
            a = self.eval(e[1], node, pos, size)
            b = self.eval(e[2], node, pos, size)
            if not isinstance(a, list) or not isinstance(b, list):
                raise XPathEvalError('Invalid type')
            return _ordered(a + b)
        if kind == 'neg':
            return -_number(self.eval(e[1], node, pos, size))
        if kind == 'bin':
            op = e[1]
            if op == 'or':
                return _boolean(self.eval(e[2], node, pos, size)) or _boolean(self.eval(e[3], node, pos, size))
            if op == 'and':
                return _boolean(self.eval(e[2], node, pos, size)) and _boolean(self.eval(e[3], node, pos, size))
            a = self.eval(e[2], node, pos, size)
            b = self.eval(e[3], node, pos, size)
            if op in ('=', '!=', '<', '>', '<=', '>='):
                return _compare(op, a, b)
            a, b = _number(a), _number(b)
            if op == '+':
                return a + b
            if op == '-':
                return a - b
            if op == '*':
                return a * b
            if op == 'div':
                if b == 0:
                    return float('nan') if a == 0 or a != a else (float('inf') if a > 0 else float('-inf'))
                return a / b
            if b == 0:
                return float('nan')
            return float(a - b * int(a / b))
        if kind == 'call':
            return self.call(e[1], e[2], node, pos, size)
        raise XPathEvalError('Invalid expression')

    def step(self, step, nodes):
        _, axis, test, preds = step
        out = []
        for n in nodes:
            found = [m for m in _axis(n, axis) if _test(m, axis, test)]
            for p in preds:
                found = self.filter(found, p)
            out.extend(found)
        return _ordered(out) if len(nodes) > 1 or axis in _REVERSE else out

    def filter(self, nodes, pred):
        out = []
        size = len(nodes)
        for i, n in enumerate(nodes):
            v = self.eval(pred, n, i + 1, size)
            if isinstance(v, float):
                if v == i + 1:
                    out.append(n)
            elif _boolean(v):
                out.append(n)
        return out

    def call(self, name, args, node, pos, size):
        def arg(i):
            return self.eval(args[i], node, pos, size)

        def str_arg(i):
            return _string(arg(i)) if len(args) > i else _string_value(node)
        if name == 'position':
            return float(pos)
        if name == 'last':
            return float(size)
        if name == 'count':
            v = arg(0)
            if not isinstance(v, list):
                raise XPathEvalError('Invalid type')
            return float(len(v))
        if name == 'contains':
            return str_arg(1) in str_arg(0)
        if name == 'starts-with':
            return str_arg(0).startswith(str_arg(1))
        if name == 'string':
            return str_arg(0)
        if name == 'normalize-space':
            return ' '.join(str_arg(0).split())
        if name == 'string-length':
            return float(len(str_arg(0)))
        if name == 'concat':
            return ''.join(_string(arg(i)) for i in range(len(args)))
        if name == 'not':
            return not _boolean(arg(0))
        if name == 'true':
            return True
        if name == 'false':
            return False
        if name == 'boolean':
            return _boolean(arg(0))
        if name == 'number':
            return _number(arg(0)) if args else _number(_string_value(node))
        if name == 'sum':
            return float(sum(_number(_string_value(n)) for n in arg(0)))
        if name in ('name', 'local-name'):
            v = arg(0) if args else [node]
            if not v:
                return ''
            n = v[0]
            if isinstance(n, _Attr):
                return n.name
            return n.tag if isinstance(n, _Element) and isinstance(n.tag, str) else ''
        if name == 'substring-before':
            s, t = str_arg(0), str_arg(1)
            return s[:s.find(t)] if t in s else ''
        if name == 'substring-after':
            s, t = str_arg(0), str_arg(1)
            return s[s.find(t) + len(t):] if t in s else ''
        if name == 'substring':
            s = str_arg(0)
            start = _number(arg(1))
            length = _number(arg(2)) if len(args) > 2 else float('inf')
            out = []
            for i, ch in enumerate(s):
                p = i + 1
                if p >= round(start) and p < round(start) + (length if length == float('inf') else round(length)):
                    out.append(ch)
            return ''.join(out)
        if name == 'translate':
            s, a, b = str_arg(0), str_arg(1), str_arg(2)
            out = []
            for ch in s:
                i = a.find(ch)
                if i < 0:
                    out.append(ch)
                elif i < len(b):
                    out.append(b[i])
            return ''.join(out)
        if name == 'floor':
            import math
            return float(math.floor(_number(arg(0))))
        if name == 'ceiling':
            import math
            return float(math.ceil(_number(arg(0))))
        if name == 'round':
            import math
            return float(math.floor(_number(arg(0)) + 0.5))
        raise XPathEvalError('Unregistered function')


class XPath:
    def __init__(self, path, **kw):
        self.path = path
        self._x = _XPath(path)

    def __call__(self, element, **variables):
        return _XPath(self.path).evaluate(element, variables)


# The root step of an absolute path: the document node.
_orig_step = _XPath.step


def _step(self, step, nodes):
    if step[0] == 'root':
        out = []
        for n in nodes:
            m = n
            while _parent(m) is not None:
                m = _parent(m)
            out.append(m)
        return _ordered(out)
    return _orig_step(self, step, nodes)


_XPath.step = _step
