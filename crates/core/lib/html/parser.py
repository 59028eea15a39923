# html.parser: HTMLParser, whose handle_* methods a program overrides, fed
# by the tolerant tokenizer bs4 and lxml share (_htmlparse).

import _htmlparse
from html import unescape

__all__ = ['HTMLParser']


class HTMLParser:
    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = None
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self._goahead(False)

    def close(self):
        self._goahead(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self._starttag_text

    def _goahead(self, end):
        raw = self.rawdata
        if not end:
            # An unfinished tag (or text that may end in a reference) waits
            # for more data.
            cut = raw.rfind('<')
            if cut >= 0 and raw.find('>', cut) < 0:
                raw, self.rawdata = raw[:cut], raw[cut:]
            else:
                self.rawdata = ''
        else:
            self.rawdata = ''
        if not raw:
            return
        for e in _htmlparse.tokenize(raw, raw_text=True):
            kind = e[0]
            if kind == 'text':
                self._text(e[1])
            elif kind == 'data':
                self.handle_data(e[1])
            elif kind == 'start':
                name, attrs = e[1], e[2]
                self.lasttag = name
                self._starttag_text = None
                if e[3]:
                    self.handle_startendtag(name, attrs)
                else:
                    self.handle_starttag(name, attrs)
            elif kind == 'end':
                self.handle_endtag(e[1])
            elif kind == 'comment':
                self.handle_comment(e[1])
            elif kind == 'decl':
                self.handle_decl(e[1])
            elif kind == 'pi':
                self.handle_pi(e[1])
            elif kind == 'cdata':
                self.unknown_decl('CDATA[' + e[1])

    def _text(self, text):
        if self.convert_charrefs:
            self.handle_data(unescape(text))
            return
        parts = text.split('&')
        if parts[0]:
            self.handle_data(parts[0])
        for p in parts[1:]:
            if p[:1] == '#':
                j = 2 if p[1:2] in ('x', 'X') and p[1:2] else 1
                digits = '0123456789abcdefABCDEF' if j == 2 else '0123456789'
                k = j
                while k < len(p) and p[k] in digits:
                    k += 1
                if k > j and (k < len(p)):
                    self.handle_charref(p[1:k])
                    rest = p[k + 1:] if p[k] == ';' else p[k:]
                    if rest:
                        self.handle_data(rest)
                    continue
            elif p[:1].isalpha():
                k = 1
                while k < len(p) and (p[k].isalnum() or p[k] in '-.'):
                    k += 1
                if k < len(p):
                    self.handle_entityref(p[:k])
                    rest = p[k + 1:] if p[k] == ';' else p[k:]
                    if rest:
                        self.handle_data(rest)
                    continue
            self.handle_data('&' + p)

    # Overridable methods.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
