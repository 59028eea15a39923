# lxml.html: fromstring / document_fromstring / fragment_fromstring and
# tostring, over lxml.etree's HTML tree.

import re as _re
from lxml import etree as _etree
from lxml.etree import XPath, tostring as _tostring

_FULL = _re.compile(r'^\s*<(?:html|!doctype)', _re.I)
_BLOCK = ('address', 'blockquote', 'center', 'dir', 'div', 'dl', 'fieldset', 'form', 'h1',
          'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'isindex', 'menu', 'noframes', 'noscript',
          'ol', 'p', 'pre', 'table', 'ul', 'dd', 'dt', 'frameset', 'li', 'tbody', 'td',
          'tfoot', 'th', 'thead', 'tr')

class HtmlElement(_etree._Element):
    pass


def document_fromstring(html, parser=None, base_url=None, **kw):
    root = _etree._parse_html(html, HtmlElement)
    if root is None:
        raise _etree.ParserError("Document is empty")
    return root


def fromstring(html, base_url=None, parser=None, **kw):
    text = html.decode('utf-8', 'replace') if isinstance(html, bytes) else html
    doc = document_fromstring(text)
    if _FULL.match(text):
        return doc
    bodies = doc.findall('body')
    body = bodies[0] if bodies else None
    if doc.findall('head'):
        return doc
    if body is None:
        return doc
    if (len(body) == 1 and (not body.text or not body.text.strip())
            and (not body[-1].tail or not body[-1].tail.strip())):
        return body[0]
    if any(e.tag in _BLOCK for e in body.iter()):
        body.tag = 'div'
    else:
        body.tag = 'span'
    return body


def fragment_fromstring(html, create_parent=False, **kw):
    if create_parent:
        tag = create_parent if isinstance(create_parent, str) else 'div'
        return fromstring('<%s>%s</%s>' % (tag, html, tag))
    return fromstring(html)


def tostring(doc, pretty_print=False, include_meta_content_type=False,
             encoding=None, method="html", with_tail=True, doctype=None):
    return _tostring(doc, encoding=encoding, method=method, with_tail=with_tail)
