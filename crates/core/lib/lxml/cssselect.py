# lxml.cssselect: CSS selectors over lxml trees (as with the cssselect
# package installed), matched by bs4's selector engine.


__all__ = ['CSSSelector', 'SelectorError', 'SelectorSyntaxError', 'ExpressionError']


class SelectorError(Exception):
    pass


class SelectorSyntaxError(SelectorError, SyntaxError):
    pass


class ExpressionError(SelectorError, RuntimeError):
    pass


def _select(element, css):
    """The elements matching `css` among `element` and its descendants, in
    document order."""
    import bs4
    try:
        groups = bs4._parse_selector(css)
    except bs4.SelectorSyntaxError as e:
        raise SelectorSyntaxError(str(e).splitlines()[0]) from None
    # cssselect's XPath is relative: the whole selector matches within
    # `element` (itself included).
    root = element
    soup = bs4.BeautifulSoup('', 'html.parser')
    pairs = []

    def convert(el, parent):
        attrs = {}
        for k, v in el.attrib.items():
            attrs[k] = v.split() if k == 'class' else v
        tag = bs4.Tag(name=el.tag, attrs=attrs)
        parent.append(tag)
        pairs.append((tag, el))
        if el.text:
            tag.append(el.text)
        for c in el:
            if isinstance(c.tag, str):
                convert(c, tag)
            if c.tail:
                tag.append(c.tail)
    convert(root, soup)
    return [el for tag, el in pairs if any(bs4._matches(tag, g, len(g) - 1) for g in groups)]


class CSSSelector:
    def __init__(self, css, namespaces=None, translator='xml'):
        self.css = css

    def __call__(self, element):
        return _select(element, self.css)

    def __repr__(self):
        return '<%s %x for %r>' % (type(self).__name__, abs(id(self)), self.css)
