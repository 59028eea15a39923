# bs4: BeautifulSoup over our tolerant HTML tokenizer (_htmlparse), built
# as bs4's 'html.parser' builder builds its tree: no implied end tags, void
# elements closed at once, an end tag closing up to the nearest open tag of
# its name (or ignored), strings of blanks collapsed to one space or newline.
# find/find_all and friends, select/select_one with common CSS selectors,
# get_text, output as bs4 writes it.
#
# Strings are objects that behave as str (the playground cannot subclass
# str): str(s), comparisons, hashing, `+`, and every str method work;
# isinstance(s, str) does not.

import re as _re
import sys as _sys
import warnings as _warnings
import _htmlparse

__all__ = ['MarkupResemblesLocatorWarning', 'GuessedAtParserWarning', 'BeautifulSoup', 'Tag', 'NavigableString', 'Comment', 'CData',
           'Doctype', 'Declaration', 'ProcessingInstruction', 'ResultSet',
           'SoupStrainer', 'FeatureNotFound']

_MULTI = {'*': ('class', 'accesskey', 'dropzone'), 'a': ('rel', 'rev'),
          'link': ('rel', 'rev'), 'td': ('headers',), 'th': ('headers',),
          'form': ('accept-charset',), 'object': ('archive',), 'area': ('rel',),
          'icon': ('sizes',), 'iframe': ('sandbox',), 'output': ('for',)}
_PRESERVE = ('pre', 'textarea')
# lxml's (libxml2's) implied end tags: a start tag closes the current element
# when it is one of these.
_P_CLOSERS = frozenset(['address', 'article', 'aside', 'blockquote', 'center', 'dd', 'dir',
                        'div', 'dl', 'dt', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2',
                        'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'menu', 'nav',
                        'ol', 'p', 'pre', 'section', 'table', 'ul'])
_CLOSED_BY = {'p': _P_CLOSERS, 'li': ('li',), 'dt': ('dt', 'dd'), 'dd': ('dt', 'dd'),
              'option': ('option', 'optgroup'), 'td': ('td', 'th', 'tr'),
              'th': ('td', 'th', 'tr'), 'tr': ('tr',)}
_HEAD_TAGS = ('title', 'meta', 'link', 'style', 'script', 'base', 'noscript')
_BLANKS = ' \t\n\x0c\r'


class FeatureNotFound(ValueError):
    __module__ = 'bs4.exceptions'
    pass


class UnusualUsageWarning(UserWarning):
    __module__ = 'bs4._warnings'
    pass


class MarkupResemblesLocatorWarning(UnusualUsageWarning):
    __module__ = 'bs4._warnings'
    GENERIC_MESSAGE = """

However, if you want to parse some data that happens to look like a %(what)s, then nothing has gone wrong: you are using Beautiful Soup correctly, and this warning is spurious and can be filtered. To make this warning go away, run this code before calling the BeautifulSoup constructor:

    from bs4 import MarkupResemblesLocatorWarning
    import warnings

    warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
    """
    URL_MESSAGE = ("""The input passed in on this line looks more like a URL than HTML or XML.

If you meant to use Beautiful Soup to parse the web page found at a certain URL, then something has gone wrong. You should use an Python package like 'requests' to fetch the content behind the URL. Once you have the content as a string, you can feed that string into Beautiful Soup."""
                   + GENERIC_MESSAGE)
    FILENAME_MESSAGE = ("""The input passed in on this line looks more like a filename than HTML or XML.

If you meant to use Beautiful Soup to parse the contents of a file on disk, then something has gone wrong. You should open the file first, using code like this:

    filehandle = open(your filename)

You can then feed the open filehandle into Beautiful Soup instead of using the filename."""
                        + GENERIC_MESSAGE)


def _looks_like_locator(markup):
    """bs4's warnings for a URL or a file name given as markup."""
    text = markup.decode('utf-8', 'replace') if isinstance(markup, bytes) else markup
    if len(text) > 256 or '<' in text or '\n' in text:
        return
    if (text.startswith('http:') or text.startswith('https:')) and ' ' not in text:
        _warnings.warn(MarkupResemblesLocatorWarning.URL_MESSAGE % dict(what='URL'),
                       MarkupResemblesLocatorWarning, stacklevel=3)
        return
    lower = text.lower()
    if not any(lower.endswith(ext) for ext in ('.html', '.htm', '.xml', '.xhtml', '.txt')):
        return
    if any(c in text for c in '?*#&;>$|') or '//' in text or '  ' in text or text.startswith(':'):
        return
    if text.rfind(':') not in (-1, 1):
        return
    _warnings.warn(MarkupResemblesLocatorWarning.FILENAME_MESSAGE % dict(what='filename'),
                   MarkupResemblesLocatorWarning, stacklevel=3)


class GuessedAtParserWarning(UserWarning):
    __module__ = 'bs4._warnings'
    MESSAGE = """No parser was explicitly specified, so I'm using the best available %(markup_type)s parser for this system ("%(parser)s"). This usually isn't a problem, but if you run this code on another system, or in a different virtual environment, it may use a different parser and behave differently.

The code that caused this warning is on line %(line_number)s of the file %(filename)s. To get rid of this warning, pass the additional argument 'features="%(parser)s"' to the BeautifulSoup constructor.
"""


class ParserRejectedMarkup(Exception):
    __module__ = 'bs4.exceptions'
    pass


def _escape(s, attribute=False):
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    return s


def _quoted(value):
    if '"' in value:
        if "'" in value:
            return '"' + value.replace('"', '&quot;') + '"'
        return "'" + value + "'"
    return '"' + value + '"'


def _index(parent, child):
    for i, c in enumerate(parent.contents):
        if c is child:
            return i
    raise ValueError("Tag.index: element not in tag")


class PageElement:
    __module__ = 'bs4.element'
    parent = None
    next_element = None
    previous_element = None
    next_sibling = None
    previous_sibling = None

    # Navigation.
    @property
    def parents(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent

    @property
    def next_elements(self):
        e = self.next_element
        while e is not None:
            yield e
            e = e.next_element

    @property
    def previous_elements(self):
        e = self.previous_element
        while e is not None:
            yield e
            e = e.previous_element

    @property
    def next_siblings(self):
        e = self.next_sibling
        while e is not None:
            yield e
            e = e.next_sibling

    @property
    def previous_siblings(self):
        e = self.previous_sibling
        while e is not None:
            yield e
            e = e.previous_sibling

    def _find_in(self, gen, name, attrs, string, limit, kwargs):
        return _find(gen, name, attrs, string, limit, kwargs)

    def find_next(self, name=None, attrs={}, string=None, **kwargs):
        r = _find(self.next_elements, name, attrs, string, 1, kwargs)
        return r[0] if r else None

    def find_all_next(self, name=None, attrs={}, string=None, limit=None, **kwargs):
        return _find(self.next_elements, name, attrs, string, limit, kwargs)

    def find_previous(self, name=None, attrs={}, string=None, **kwargs):
        r = _find(self.previous_elements, name, attrs, string, 1, kwargs)
        return r[0] if r else None

    def find_all_previous(self, name=None, attrs={}, string=None, limit=None, **kwargs):
        return _find(self.previous_elements, name, attrs, string, limit, kwargs)

    def find_next_sibling(self, name=None, attrs={}, string=None, **kwargs):
        r = _find(self.next_siblings, name, attrs, string, 1, kwargs)
        return r[0] if r else None

    def find_next_siblings(self, name=None, attrs={}, string=None, limit=None, **kwargs):
        return _find(self.next_siblings, name, attrs, string, limit, kwargs)

    def find_previous_sibling(self, name=None, attrs={}, string=None, **kwargs):
        r = _find(self.previous_siblings, name, attrs, string, 1, kwargs)
        return r[0] if r else None

    def find_previous_siblings(self, name=None, attrs={}, string=None, limit=None, **kwargs):
        return _find(self.previous_siblings, name, attrs, string, limit, kwargs)

    def find_parent(self, name=None, attrs={}, **kwargs):
        r = _find(self.parents, name, attrs, None, 1, kwargs)
        return r[0] if r else None

    def find_parents(self, name=None, attrs={}, limit=None, **kwargs):
        return _find(self.parents, name, attrs, None, limit, kwargs)


    def _last_descendant(self):
        e = self
        while isinstance(e, Tag) and e.contents:
            e = e.contents[-1]
        return e

    def extract(self):
        if self.parent is not None:
            del self.parent.contents[_index(self.parent, self)]
        last = self._last_descendant()
        before, after = self.previous_element, last.next_element
        if before is not None:
            before.next_element = after
        if after is not None:
            after.previous_element = before
        self.previous_element = None
        last.next_element = None
        if self.previous_sibling is not None:
            self.previous_sibling.next_sibling = self.next_sibling
        if self.next_sibling is not None:
            self.next_sibling.previous_sibling = self.previous_sibling
        self.parent = self.previous_sibling = self.next_sibling = None
        return self

    def decompose(self):
        self.extract()
        self.decomposed = True

    def insert_before(self, *args):
        parent = self.parent
        for a in args:
            if a is self:
                raise ValueError("Can't insert an element before itself.")
            if isinstance(a, str):
                a = NavigableString(a)
            if a.parent is parent:
                a.extract()
            parent.insert(_index(parent, self), a)

    def insert_after(self, *args):
        parent = self.parent
        offset = 0
        for a in args:
            if a is self:
                raise ValueError("Can't insert an element after itself.")
            if isinstance(a, str):
                a = NavigableString(a)
            if a.parent is parent:
                a.extract()
            offset += 1
            parent.insert(_index(parent, self) + offset, a)

    def wrap(self, wrap_inside):
        me = self.replace_with(wrap_inside)
        wrap_inside.append(me)
        return wrap_inside

    def replace_with(self, *new):
        parent = self.parent
        i = _index(parent, self)
        self.extract()
        for k, n in enumerate(new):
            parent.insert(i + k, n)
        return self

    def get_text(self, separator='', strip=False):
        return separator.join(self._strings(strip))

    getText = get_text

    @property
    def text(self):
        return self.get_text()


class NavigableString(str, PageElement):
    __module__ = 'bs4.element'
    PREFIX = ''
    SUFFIX = ''

    @property
    def _s(self):
        return self._builtin_value

    @property
    def name(self):
        return None

    def output_ready(self, formatter='minimal'):
        if formatter is None or (self.parent is not None and self.parent.name in ('script', 'style')):
            return self.PREFIX + self._s + self.SUFFIX
        return self.PREFIX + _escape(self._s) + self.SUFFIX

    @property
    def string(self):
        return self

    @property
    def strings(self):
        return self._strings(False)

    @property
    def stripped_strings(self):
        return self._strings(True)

    def _strings(self, strip):
        s = self._s.strip() if strip else self._s
        if s or not strip:
            yield s

    def get_text(self, separator='', strip=False):
        return self._s.strip() if strip else self._s

    getText = get_text

    @property
    def text(self):
        return self._s


class PreformattedString(NavigableString):
    __module__ = 'bs4.element'
    pass


class Comment(PreformattedString):
    __module__ = 'bs4.element'
    PREFIX = '<!--'
    SUFFIX = '-->'


class CData(PreformattedString):
    __module__ = 'bs4.element'
    PREFIX = '<![CDATA['
    SUFFIX = ']]>'


class Doctype(PreformattedString):
    __module__ = 'bs4.element'
    PREFIX = '<!DOCTYPE '
    SUFFIX = '>\n'


class Declaration(PreformattedString):
    __module__ = 'bs4.element'
    PREFIX = '<!'
    SUFFIX = '>'


class ProcessingInstruction(PreformattedString):
    __module__ = 'bs4.element'
    PREFIX = '<?'
    SUFFIX = '>'


class Script(NavigableString):
    __module__ = 'bs4.element'
    pass


class Stylesheet(NavigableString):
    __module__ = 'bs4.element'
    pass


class TemplateString(NavigableString):
    __module__ = 'bs4.element'
    pass


_CONTAINERS = {'script': Script, 'style': Stylesheet, 'template': TemplateString}
_PREFORMATTED = (Comment, CData, Doctype, Declaration, ProcessingInstruction)
for _c in _PREFORMATTED:
    _c.output_ready = lambda self, formatter='minimal': self.PREFIX + self._s + self.SUFFIX


class ResultSet:
    __module__ = 'bs4.element'
    """The list find_all() and select() return."""

    def __init__(self, source=None, result=()):
        self._items = list(result)
        self.source = source

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __contains__(self, x):
        return x in self._items

    def __bool__(self):
        return bool(self._items)

    def __eq__(self, other):
        if isinstance(other, ResultSet):
            other = other._items
        return self._items == other

    def __add__(self, other):
        return self._items + list(other)

    def __repr__(self):
        return repr(self._items)

    __str__ = __repr__

    def index(self, x, *args):
        return self._items.index(x, *args)

    def count(self, x):
        return self._items.count(x)

    def append(self, x):
        self._items.append(x)

    def extend(self, xs):
        self._items.extend(xs)

    def pop(self, *args):
        return self._items.pop(*args)

    def sort(self, *, key=None, reverse=False):
        self._items.sort(key=key, reverse=reverse)

    def reverse(self):
        self._items.reverse()

    def copy(self):
        return list(self._items)

    def __getattr__(self, key):
        raise AttributeError(
            f"""ResultSet object has no attribute "{key}". You're probably treating a list of elements like a single element. Did you call find_all() when you meant to call find()?""")


class Tag(PageElement):
    __module__ = 'bs4.element'
    def __init__(self, parser=None, builder=None, name=None, namespace=None,
                 prefix=None, attrs=None, parent=None, previous=None, **kw):
        self.name = name
        self.attrs = {} if attrs is None else dict(attrs)
        self.contents = []
        self.parent = parent
        self.hidden = False
        self.can_be_empty_element = name in _htmlparse.VOID
        self._types = (_CONTAINERS[name],) if name in _CONTAINERS else (NavigableString, CData)

    def __getattr__(self, name):
        if name.startswith('__') or name in ('contents', 'attrs', 'name', '_types'):
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self), name))
        return self.find(name)

    # Attributes.
    def __getitem__(self, key):
        return self.attrs[key]

    def __setitem__(self, key, value):
        self.attrs[key] = value

    def __delitem__(self, key):
        self.attrs.pop(key, None)

    def get(self, key, default=None):
        return self.attrs.get(key, default)

    def get_attribute_list(self, key, default=None):
        value = self.attrs.get(key, default)
        if value is None:
            return []
        return value if isinstance(value, list) else [value]

    def has_attr(self, key):
        return key in self.attrs

    # Contents.
    def __iter__(self):
        return iter(self.contents)

    def __len__(self):
        return len(self.contents)

    def __contains__(self, x):
        return x in self.contents

    def __bool__(self):
        return True

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Tag):
            return False
        if self.name != other.name or self.attrs != other.attrs or len(self.contents) != len(other.contents):
            return False
        for a, b in zip(self.contents, other.contents):
            if a != b:
                return False
        return True

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(str(self))

    def __call__(self, name=None, attrs={}, recursive=True, string=None, limit=None, **kwargs):
        return self.find_all(name, attrs, recursive, string, limit, **kwargs)

    @property
    def is_empty_element(self):
        return not self.contents and self.can_be_empty_element

    @property
    def children(self):
        return iter(self.contents)

    @property
    def descendants(self):
        if not self.contents:
            return
        stop = self._last_descendant().next_element
        e = self.contents[0]
        while e is not None and e is not stop:
            yield e
            e = e.next_element

    @property
    def string(self):
        if len(self.contents) != 1:
            return None
        child = self.contents[0]
        if isinstance(child, NavigableString):
            return child
        return child.string

    @string.setter
    def string(self, value):
        self.clear()
        self.append(value if isinstance(value, NavigableString) else NavigableString(value))

    def _strings(self, strip, types=None):
        types = types or self._types
        for d in self.descendants:
            if type(d) not in types:
                continue
            if strip:
                s = d._s.strip()
                if s:
                    yield s
            else:
                yield d

    @property
    def strings(self):
        return self._strings(False)

    @property
    def stripped_strings(self):
        return self._strings(True)

    def get_text(self, separator='', strip=False, types=None):
        return separator.join([str(s) for s in self._strings(strip, types)])

    getText = get_text

    @property
    def text(self):
        return self.get_text()

    # Searching.
    def find_all(self, name=None, attrs={}, recursive=True, string=None, limit=None, **kwargs):
        gen = self.descendants if recursive else iter(self.contents)
        return _find(gen, name, attrs, string, limit, kwargs)

    def find(self, name=None, attrs={}, recursive=True, string=None, **kwargs):
        r = self.find_all(name, attrs, recursive, string, 1, **kwargs)
        return r[0] if r else None


    def select(self, selector, namespaces=None, limit=None, **kwargs):
        groups = _parse_selector(selector)
        out = []
        for e in self.descendants:
            if isinstance(e, Tag) and any(_matches(e, g, len(g) - 1) for g in groups):
                out.append(e)
                if limit and len(out) >= limit:
                    break
        return ResultSet(selector, out)

    def select_one(self, selector, namespaces=None, **kwargs):
        r = self.select(selector, limit=1)
        return r[0] if r else None

    # Changing the tree.
    def insert(self, position, new):
        if isinstance(new, str):
            new = NavigableString(new)
        if new.parent is not None:
            new.extract()
        position = min(position, len(self.contents))
        prev = self.contents[position - 1] if position > 0 else None
        nxt = self.contents[position] if position < len(self.contents) else None
        new.parent = self
        new.previous_sibling, new.next_sibling = prev, nxt
        if prev is not None:
            prev.next_sibling = new
        if nxt is not None:
            nxt.previous_sibling = new
        before = prev._last_descendant() if prev is not None else self
        after = before.next_element
        last = new._last_descendant()
        new.previous_element = before
        before.next_element = new
        last.next_element = after
        if after is not None:
            after.previous_element = last
        self.contents.insert(position, new)
        return new

    def append(self, new):
        return self.insert(len(self.contents), new)

    def extend(self, items):
        for x in list(items):
            self.append(x)

    def unwrap(self):
        parent = self.parent
        i = _index(parent, self)
        self.extract()
        for k, c in enumerate(list(self.contents)):
            parent.insert(i + k, c)
        return self

    replaceWithChildren = unwrap

    def smooth(self):
        i = 0
        while i < len(self.contents):
            c = self.contents[i]
            if isinstance(c, Tag):
                c.smooth()
            elif (type(c) is NavigableString and i + 1 < len(self.contents)
                  and type(self.contents[i + 1]) is NavigableString):
                nxt = self.contents[i + 1]
                nxt.extract()
                c.replace_with(NavigableString(c._s + nxt._s))
                continue
            i += 1

    def clear(self, decompose=False):
        for c in list(self.contents):
            c.extract()

    def new_tag(self, name, attrs=None, **kw):
        attrs = dict(attrs or {})
        attrs.update(kw)
        return Tag(name=name, attrs=attrs)

    # Output.
    def _attrs_text(self):
        parts = []
        for k, v in sorted(self.attrs.items()):
            if v is None:
                parts.append(' ' + k)
                continue
            if isinstance(v, (list, tuple)):
                v = ' '.join(v)
            elif not isinstance(v, str):
                v = str(v)
            parts.append(' ' + k + '=' + _quoted(_escape(v)))
        return ''.join(parts)

    def decode(self, indent_level=None, eventual_encoding='utf-8', formatter='minimal'):
        if indent_level is not None:
            return self._pretty(0 if indent_level is True else indent_level)
        out = []
        self._write(out)
        return ''.join(out)

    def _write(self, out):
        if self.hidden:
            for c in self.contents:
                if isinstance(c, Tag):
                    c._write(out)
                else:
                    out.append(c.output_ready())
            return
        if self.is_empty_element:
            out.append('<' + self.name + self._attrs_text() + '/>')
            return
        out.append('<' + self.name + self._attrs_text() + '>')
        for c in self.contents:
            if isinstance(c, Tag):
                c._write(out)
            else:
                out.append(c.output_ready())
        out.append('</' + self.name + '>')

    def __repr__(self):
        return self.decode()

    __str__ = __repr__

    def encode(self, encoding='utf-8', **kw):
        return self.decode().encode(encoding)

    def decode_contents(self, indent_level=None, eventual_encoding='utf-8', formatter='minimal'):
        out = []
        for c in self.contents:
            if isinstance(c, Tag):
                c._write(out)
            else:
                out.append(c.output_ready())
        return ''.join(out)

    @property
    def prettify_lines(self):
        return self._pretty(0)

    def prettify(self, encoding=None, formatter='minimal'):
        lines = []
        self._pretty_lines(lines, 0 if not self.hidden else -1)
        text = ''.join(lines)
        return text.encode(encoding) if encoding else text

    def _pretty_lines(self, lines, depth):
        pad = ' ' * max(depth, 0)
        if self.name in _PRESERVE and not self.hidden:
            lines.append(pad + self.decode() + '\n')
            return
        if not self.hidden:
            if self.is_empty_element:
                lines.append(pad + '<' + self.name + self._attrs_text() + '/>\n')
                return
            lines.append(pad + '<' + self.name + self._attrs_text() + '>\n')
        preserve = self.name in _PRESERVE
        for c in self.contents:
            if isinstance(c, Tag):
                if preserve:
                    lines.append(' ' * (depth + 1) + str(c) + '\n')
                else:
                    c._pretty_lines(lines, depth + 1)
            else:
                text = c.output_ready()
                if isinstance(c, Doctype):
                    lines.append(text)
                    continue
                if not preserve:
                    text = text.strip()
                if text:
                    lines.append(' ' * (depth + 1) + text + '\n')
        if not self.hidden:
            lines.append(pad + '</' + self.name + '>\n')


class BeautifulSoup(Tag):
    ROOT_TAG_NAME = '[document]'

    def __init__(self, markup='', features=None, builder=None, parse_only=None,
                 from_encoding=None, exclude_encodings=None, element_classes=None, **kwargs):
        self.original_encoding = None
        if features is not None:
            wanted = [features] if isinstance(features, str) else list(features)
            for f in wanted:
                if f not in ('html.parser', 'html', 'lxml', 'html5lib', 'lxml-html', 'fast', 'permissive', 'strict'):
                    raise FeatureNotFound(
                        "Couldn't find a tree builder with the features you requested: %s. "
                        "Do you need to install a parser library?" % ','.join(wanted))
        if features is None and builder is None:
            # As with lxml installed: its builder, and bs4's warning.
            features = 'lxml'
            _warnings.warn(GuessedAtParserWarning.MESSAGE % dict(
                markup_type='HTML', parser='lxml', line_number=_sys._caller()[0],
                filename=_sys.argv[0] if _sys.argv else '<string>'),
                GuessedAtParserWarning, stacklevel=2)
        Tag.__init__(self, name=self.ROOT_TAG_NAME)
        self.hidden = True
        if hasattr(markup, 'read'):
            markup = markup.read()
        elif isinstance(markup, (str, bytes)):
            _looks_like_locator(markup)
        elif not hasattr(markup, '__len__'):
            raise TypeError(f"Incoming markup is of an invalid type: {markup!r}. Markup must be a string, "
                            "a bytestring, or an open filehandle.")
        if isinstance(markup, bytes):
            markup = markup.decode(from_encoding or 'utf-8', 'replace')
            self.original_encoding = from_encoding or 'utf-8'
        self._multi = kwargs.get('multi_valued_attributes', _MULTI)
        self._collapse = not kwargs.get('_keep_blanks')
        lxml = features is not None and not isinstance(features, str) or features in ('lxml', 'html5lib', 'lxml-html')
        self._feed(markup, lxml)
        if parse_only is not None:
            self._keep_only(parse_only)

    @property
    def is_empty_element(self):
        return False

    def _feed(self, markup, lxml=False):
        stack = [self]
        parts = {}
        open_count = {}
        last = [self]   # the most recent element, for next_element links
        ws_stack = []
        closed_void = []

        def add(o):
            parent = stack[-1]
            o.parent = parent
            prev = last[0]
            o.previous_element = prev
            prev.next_element = o
            if parent.contents:
                sib = parent.contents[-1]
                sib.next_sibling = o
                o.previous_sibling = sib
            parent.contents.append(o)
            last[0] = o

        def text(s, cls=None):
            if not ws_stack and self._collapse:
                blank = True
                for ch in s:
                    if ch not in _BLANKS:
                        blank = False
                        break
                if blank:
                    s = '\n' if '\n' in s else ' '
            if cls is None:
                cls = NavigableString
                for t in reversed(stack):
                    if t.name in _CONTAINERS:
                        cls = _CONTAINERS[t.name]
                        break
            add(cls(s))

        def pop_to(name):
            if not open_count.get(name):
                return
            while len(stack) > 1:
                t = stack.pop()
                open_count[t.name] -= 1
                if t.name in _PRESERVE and ws_stack and ws_stack[-1] is t:
                    ws_stack.pop()
                if t.name == name:
                    break

        def implied(name):
            # lxml: an <html>, then a <head> or a <body>, made as needed.
            if 'html' not in parts:
                if name == 'html':
                    return
                start('html', [])
            if name in ('html', 'head'):
                return
            if name is None or name not in _HEAD_TAGS or 'body' in parts:
                if name == 'body':
                    if open_count.get('head'):
                        pop_to('head')
                    return
                if stack[-1].name == 'head':
                    pop_to('head')
                if 'body' not in parts:
                    start('body', [])
            elif 'head' not in parts:
                start('head', [])

        def start(name, attrs):
            d = {}
            for k, v in attrs:
                d[k] = '' if v is None else v
            multi = self._multi or {}
            for k in d:
                if k in multi.get('*', ()) or k in multi.get(name, ()):
                    d[k] = d[k].split()
            tag = Tag(name=name, attrs=d)
            add(tag)
            stack.append(tag)
            parts.setdefault(name, tag)
            open_count[name] = open_count.get(name, 0) + 1
            if name in _PRESERVE:
                ws_stack.append(tag)
            return tag

        for e in _htmlparse.tokenize(markup):
            kind = e[0]
            if kind == 'data':
                if not e[1]:
                    continue
                if lxml and 'body' not in parts and not e[1].strip(_BLANKS):
                    if 'html' in parts and len(stack) > 1:
                        text(e[1])
                    continue
                if lxml and 'body' not in parts and stack[-1].name not in _HEAD_TAGS:
                    implied(None)
                text(e[1])
            elif kind == 'start':
                name, attrs, selfclosing = e[1], e[2], e[3]
                if lxml:
                    implied(name)
                    if name in ('html', 'head', 'body') and name in parts:
                        continue
                    while stack[-1].name in _CLOSED_BY and name in _CLOSED_BY[stack[-1].name]:
                        pop_to(stack[-1].name)
                tag = start(name, attrs)
                if selfclosing and not lxml:
                    pop_to(name)
                elif tag.can_be_empty_element:
                    pop_to(name)
                    closed_void.append(name)
            elif kind == 'end':
                if e[1] in closed_void:
                    closed_void.remove(e[1])
                else:
                    pop_to(e[1])
            elif kind == 'comment':
                text(e[1], Comment)
            elif kind == 'decl':
                text(e[1][8:], Doctype)
            elif kind == 'cdata':
                text(e[1], CData)
            elif kind == 'pi':
                text(e[1], ProcessingInstruction)

    def _keep_only(self, strainer):
        # parse_only: the tags the strainer matches (with what they hold), in order.
        found = self.find_all(strainer.name, strainer.attrs, string=strainer.string, **strainer.kwargs)
        kept = []
        for e in found:
            if not any(p is k for p in e.parents for k in kept):
                kept.append(e)
        for c in list(self.contents):
            c.extract()
        for e in kept:
            e.extract()
            self.append(e)

    def new_string(self, s, subclass=None):
        return (subclass or NavigableString)(s)

    def decode(self, indent_level=None, eventual_encoding='utf-8', formatter='minimal', **kw):
        if indent_level is not None:
            return self.prettify()
        return self.decode_contents()


class SoupStrainer:
    __module__ = 'bs4.filter'
    def __init__(self, name=None, attrs={}, string=None, **kwargs):
        self.name, self.attrs, self.string, self.kwargs = name, attrs, string, kwargs


def _deprecated_method(old, new, version):
    def alias(self, *args, **kwargs):
        _warnings.warn(f"Call to deprecated method {old}. (Replaced by {new}) -- Deprecated since version {version}.",
                       DeprecationWarning, stacklevel=2)
        return getattr(self, new)(*args, **kwargs)
    alias.__name__ = old
    return alias


def _deprecated_property(old, new):
    def get(self):
        _warnings.warn(f"Access to deprecated property {old}. (Replaced by {new}) -- Deprecated since version 4.0.0.",
                       DeprecationWarning, stacklevel=2)
        return getattr(self, new)
    return property(get)


for _old, _new, _version in [
        ('replaceWith', 'replace_with', '4.0.0'), ('findNext', 'find_next', '4.0.0'),
        ('findAllNext', 'find_all_next', '4.0.0'), ('findNextSibling', 'find_next_sibling', '4.0.0'),
        ('findNextSiblings', 'find_next_siblings', '4.0.0'), ('fetchNextSiblings', 'find_next_siblings', '3.0.0'),
        ('findPrevious', 'find_previous', '3.0.0'), ('findAllPrevious', 'find_all_previous', '4.0.0'),
        ('fetchAllPrevious', 'find_all_previous', '3.0.0'), ('findPreviousSibling', 'find_previous_sibling', '4.0.0'),
        ('findPreviousSiblings', 'find_previous_siblings', '4.0.0'),
        ('fetchPreviousSiblings', 'find_previous_siblings', '3.0.0'), ('findParent', 'find_parent', '4.0.0'),
        ('findParents', 'find_parents', '4.0.0'), ('fetchParents', 'find_parents', '3.0.0')]:
    setattr(PageElement, _old, _deprecated_method(_old, _new, _version))
for _old, _new, _version in [('findChild', 'find', '3.0.0'), ('findAll', 'find_all', '4.0.0'),
                             ('findChildren', 'find_all', '3.0.0')]:
    setattr(Tag, _old, _deprecated_method(_old, _new, _version))
PageElement.nextSibling = _deprecated_property('nextSibling', 'next_sibling')
PageElement.previousSibling = _deprecated_property('previousSibling', 'previous_sibling')


# find_all's matching.

_Pattern = type(_re.compile(''))


def _match_value(rule, value):
    """Whether an attribute's or a string's `value` (None: absent) meets `rule`."""
    if rule is True:
        return value is not None
    if rule is None:
        return value is None
    if rule is False:
        return value is None
    if isinstance(value, list):
        if any(_match_value(rule, v) for v in value):
            return True
        if len(value) > 1 or isinstance(rule, str):
            value = ' '.join(value)
        else:
            return False
    if isinstance(rule, str):
        return value is not None and value == rule
    if isinstance(rule, _Pattern):
        return value is not None and rule.search(str(value)) is not None
    if isinstance(rule, (list, tuple, set)):
        return any(_match_value(r, value) for r in rule)
    if callable(rule):
        return bool(rule(value))
    return value is not None and value == str(rule)


def _match_name(rule, tag):
    if rule is None or rule is True:
        return True
    if isinstance(rule, str):
        return tag.name == rule
    if isinstance(rule, _Pattern):
        return rule.search(tag.name) is not None
    if isinstance(rule, (list, tuple, set)):
        return any(_match_name(r, tag) for r in rule)
    if callable(rule):
        return bool(rule(tag))
    return False


def _find(gen, name, attrs, string, limit, kwargs):
    rules = {}
    if attrs:
        if isinstance(attrs, dict):
            rules.update(attrs)
        else:
            rules['class'] = attrs
    for k, v in kwargs.items():
        if k == 'class_':
            k = 'class'
        elif k == 'text' and string is None:
            _warnings.warn("The 'text' argument to find()-type methods is deprecated. Use 'string' instead.",
                           DeprecationWarning, stacklevel=3)
            string = v
            continue
        rules[k] = v
    out = []
    strings_only = string is not None and name is None and not rules
    for e in gen:
        if isinstance(e, NavigableString):
            if not strings_only:
                continue
            if callable(string) and not isinstance(string, _Pattern):
                if not string(e):
                    continue
            elif not _match_value(string, e._s):
                continue
        elif strings_only or not _match_name(name, e):
            continue
        else:
            ok = True
            for k, rule in rules.items():
                if not _match_value(rule, e.attrs.get(k)):
                    ok = False
                    break
            if not ok:
                continue
            if string is not None:
                s = e.string
                if not _match_value(string, None if s is None else s._s):
                    continue
        out.append(e)
        if limit and len(out) >= limit:
            break
    return ResultSet(None, out)


# select's CSS selectors: type, *, #id, .class, [attr], [attr=v] (=, ~=, |=,
# ^=, $=, *=, !=), :first-child, :last-child, :only-child, :nth-child(an+b),
# :nth-of-type, :first-of-type, :last-of-type, :not(...), :-soup-contains(...),
# combinators ' ', '>', '+', '~', and comma lists.

_TOKEN = _re.compile(
    r'''\s*([>+~,])\s*|(\s+)|(\*|[\w-]+)|#([\w-]+)|\.([\w-]+)'''
    r'''|\[\s*([\w:-]+)\s*(?:([~|^$*!]?=)\s*("[^"]*"|'[^']*'|[^\]\s]*)\s*([iIsS])?\s*)?\]'''
    r'''|:([\w-]+)(?:\(((?:[^()]|\([^()]*\))*)\))?''')


class SelectorSyntaxError(Exception):
    pass


def _parse_selector(text):
    """A list of complex selectors: each a list of (combinator, compound)."""
    groups, current, comb, compound = [], [], ' ', None
    pos, n = 0, len(text)
    text = text.strip()
    n = len(text)

    def flush():
        nonlocal compound
        if compound is not None:
            current.append((comb, compound))
            compound = None

    while pos < n:
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise SelectorSyntaxError(
                f"Invalid character {text[pos]!r} position {pos}\n  line 1:\n{text}\n{' ' * pos}^")
        pos = m.end()
        if m.group(1) or m.group(2):
            c = m.group(1) or ' '
            if compound is None and c != ',':
                if c != ' ':
                    comb = c
                continue
            flush()
            if c == ',':
                groups.append(current)
                current, comb = [], ' '
            else:
                comb = c
            continue
        if compound is None:
            compound = [None]
        if m.group(3):
            compound[0] = m.group(3)
        elif m.group(4):
            compound.append(('attr', 'id', '=', m.group(4)))
        elif m.group(5):
            compound.append(('attr', 'class', '~=', m.group(5)))
        elif m.group(6):
            value = m.group(8)
            if value is not None and value[:1] in ('"', "'"):
                value = value[1:-1]
            compound.append(('attr', m.group(6), m.group(7), value, (m.group(9) or '').lower()))
        else:
            name, arg = m.group(10).lower(), m.group(11)
            if name == 'not':
                arg = _parse_selector(arg)
            compound.append(('pseudo', name, arg))
    flush()
    groups.append(current)
    return groups


def _nth(arg, index):
    """Whether 1-based `index` is in the an+b set `arg`."""
    arg = arg.replace(' ', '').lower()
    if arg == 'odd':
        a, b = 2, 1
    elif arg == 'even':
        a, b = 2, 0
    elif 'n' in arg:
        a_text, b_text = arg.split('n', 1)
        a = -1 if a_text == '-' else 1 if a_text in ('', '+') else int(a_text)
        b = int(b_text) if b_text else 0
    else:
        return index == int(arg)
    if a == 0:
        return index == b
    return (index - b) % a == 0 and (index - b) // a >= 0


def _siblings(tag):
    return [c for c in tag.parent.contents if isinstance(c, Tag)] if tag.parent is not None else [tag]


def _match_compound(tag, compound):
    name = compound[0]
    if name is not None and name != '*' and tag.name != name.lower():
        return False
    for cond in compound[1:]:
        if cond[0] == 'attr':
            _, key, op, want = cond[:4]
            value = tag.attrs.get(key)
            if value is None:
                if op == '!=':
                    continue
                return False
            if op is None:
                continue
            if isinstance(value, list):
                if op == '~=' and key == 'class':
                    if want not in value:
                        return False
                    continue
                value = ' '.join(value)
            if len(cond) > 4 and cond[4] == 'i':
                value, want = value.lower(), want.lower()
            if op == '=':
                ok = value == want
            elif op == '!=':
                ok = value != want
            elif op == '~=':
                ok = want in value.split()
            elif op == '|=':
                ok = value == want or value.startswith(want + '-')
            elif op == '^=':
                ok = bool(want) and value.startswith(want)
            elif op == '$=':
                ok = bool(want) and value.endswith(want)
            else:
                ok = bool(want) and want in value
            if not ok:
                return False
        else:
            _, pseudo, arg = cond
            if pseudo == 'not':
                if any(_matches(tag, g, len(g) - 1) for g in arg):
                    return False
                continue
            if pseudo in ('-soup-contains', 'contains'):
                words = [w.strip().strip('"\'') for w in arg.split(',')]
                text = tag.get_text()
                if not any(w in text for w in words):
                    return False
                continue
            if pseudo == 'root':
                if not isinstance(tag.parent, BeautifulSoup):
                    return False
                continue
            if pseudo == 'empty':
                if any(isinstance(c, Tag) or (type(c) is NavigableString and c._s) for c in tag.contents):
                    return False
                continue
            sibs = _siblings(tag)
            if pseudo.endswith('of-type'):
                sibs = [s for s in sibs if s.name == tag.name]
            i = [k for k, x in enumerate(sibs) if x is tag][0] + 1
            last = len(sibs) - i + 1
            if pseudo in ('first-child', 'first-of-type'):
                ok = i == 1
            elif pseudo in ('last-child', 'last-of-type'):
                ok = last == 1
            elif pseudo in ('only-child', 'only-of-type'):
                ok = len(sibs) == 1
            elif pseudo in ('nth-child', 'nth-of-type'):
                ok = _nth(arg, i)
            elif pseudo in ('nth-last-child', 'nth-last-of-type'):
                ok = _nth(arg, last)
            else:
                raise SelectorSyntaxError(f"':{pseudo}' pseudo-class is not implemented at this time")
            if not ok:
                return False
    return True


def _matches(tag, group, i):
    comb, compound = group[i]
    if not _match_compound(tag, compound):
        return False
    if i == 0:
        return True
    comb = group[i][0]
    if comb == '>':
        p = tag.parent
        return isinstance(p, Tag) and not isinstance(p, BeautifulSoup) and _matches(p, group, i - 1)
    if comb == ' ':
        for p in tag.parents:
            if isinstance(p, BeautifulSoup):
                return False
            if _matches(p, group, i - 1):
                return True
        return False
    if comb == '+':
        s = tag.previous_sibling
        while s is not None and not isinstance(s, Tag):
            s = s.previous_sibling
        return s is not None and _matches(s, group, i - 1)
    for s in tag.previous_siblings:
        if isinstance(s, Tag) and _matches(s, group, i - 1):
            return True
    return False

