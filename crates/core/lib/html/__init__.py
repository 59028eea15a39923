# html: escape and unescape.

import _htmlparse

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


def unescape(s):
    if '&' not in s:
        return s
    return _htmlparse.unescape(s)
