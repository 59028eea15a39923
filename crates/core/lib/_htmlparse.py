# A tolerant HTML tokenizer in the manner of CPython's html.parser (which
# bs4's 'html.parser' builder and our lxml.etree.HTML build their trees on):
# events are ('start', name, attrs, selfclosing), ('end', name),
# ('data', text), ('comment', text), ('decl', text), ('pi', text),
# ('cdata', text). Names are lowercased; attribute values are unescaped
# (None for an attribute without a value); character and entity references
# in text are replaced.

import re

ENTITIES = {
    'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'", 'nbsp': '\xa0',
    'AMP': '&', 'LT': '<', 'GT': '>', 'QUOT': '"', 'COPY': '©', 'REG': '®',
    'copy': '©', 'reg': '®', 'trade': '™', 'hellip': '…', 'mdash': '—',
    'ndash': '–', 'lsquo': '‘', 'rsquo': '’', 'ldquo': '“', 'rdquo': '”',
    'sbquo': '‚', 'bdquo': '„', 'laquo': '«', 'raquo': '»', 'lsaquo': '‹',
    'rsaquo': '›', 'euro': '€', 'pound': '£', 'yen': '¥', 'cent': '¢',
    'curren': '¤', 'deg': '°', 'middot': '·', 'bull': '•', 'times': '×',
    'divide': '÷', 'sect': '§', 'para': '¶', 'plusmn': '±', 'frac12': '½',
    'frac14': '¼', 'frac34': '¾', 'sup1': '¹', 'sup2': '²', 'sup3': '³',
    'micro': 'µ', 'iexcl': '¡', 'iquest': '¿', 'shy': '\xad', 'ordf': 'ª',
    'ordm': 'º', 'not': '¬', 'macr': '¯', 'acute': '´', 'cedil': '¸',
    'uml': '¨', 'brvbar': '¦', 'larr': '←', 'rarr': '→', 'uarr': '↑',
    'darr': '↓', 'harr': '↔', 'hearts': '♥', 'spades': '♠', 'clubs': '♣',
    'diams': '♦', 'check': '✓', 'star': '☆', 'ensp': '\u2002', 'emsp': '\u2003',
    'thinsp': '\u2009', 'zwnj': '\u200c', 'zwj': '\u200d', 'dagger': '†',
    'Dagger': '‡', 'permil': '‰', 'prime': '′', 'Prime': '″', 'infin': '∞',
    'ne': '≠', 'le': '≤', 'ge': '≥', 'asymp': '≈', 'minus': '−', 'radic': '√',
    'sum': '∑', 'prod': '∏', 'part': '∂', 'alpha': 'α', 'beta': 'β',
    'gamma': 'γ', 'delta': 'δ', 'epsilon': 'ε', 'lambda': 'λ', 'mu': 'μ',
    'pi': 'π', 'sigma': 'σ', 'omega': 'ω', 'Omega': 'Ω', 'szlig': 'ß',
    'agrave': 'à', 'aacute': 'á', 'acirc': 'â', 'atilde': 'ã', 'auml': 'ä',
    'aring': 'å', 'aelig': 'æ', 'ccedil': 'ç', 'egrave': 'è', 'eacute': 'é',
    'ecirc': 'ê', 'euml': 'ë', 'igrave': 'ì', 'iacute': 'í', 'icirc': 'î',
    'iuml': 'ï', 'ntilde': 'ñ', 'ograve': 'ò', 'oacute': 'ó', 'ocirc': 'ô',
    'otilde': 'õ', 'ouml': 'ö', 'oslash': 'ø', 'ugrave': 'ù', 'uacute': 'ú',
    'ucirc': 'û', 'uuml': 'ü', 'yacute': 'ý', 'yuml': 'ÿ', 'Agrave': 'À',
    'Aacute': 'Á', 'Acirc': 'Â', 'Atilde': 'Ã', 'Auml': 'Ä', 'Aring': 'Å',
    'AElig': 'Æ', 'Ccedil': 'Ç', 'Egrave': 'È', 'Eacute': 'É', 'Ecirc': 'Ê',
    'Euml': 'Ë', 'Igrave': 'Ì', 'Iacute': 'Í', 'Ntilde': 'Ñ', 'Ograve': 'Ò',
    'Oacute': 'Ó', 'Ocirc': 'Ô', 'Ouml': 'Ö', 'Oslash': 'Ø', 'Ugrave': 'Ù',
    'Uacute': 'Ú', 'Ucirc': 'Û', 'Uuml': 'Ü', 'Yacute': 'Ý',
}

# Windows-1252's characters for the references 128-159 (as browsers read them).
_CP1252 = {
    128: '€', 130: '‚', 131: 'ƒ', 132: '„', 133: '…', 134: '†', 135: '‡',
    136: 'ˆ', 137: '‰', 138: 'Š', 139: '‹', 140: 'Œ', 142: 'Ž', 145: '‘',
    146: '’', 147: '“', 148: '”', 149: '•', 150: '–', 151: '—', 152: '˜',
    153: '™', 154: 'š', 155: '›', 156: 'œ', 158: 'ž', 159: 'Ÿ',
}

VOID = frozenset(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input',
                  'keygen', 'link', 'menuitem', 'meta', 'param', 'source',
                  'track', 'wbr', 'basefont', 'bgsound', 'command', 'frame',
                  'image', 'isindex', 'nextid', 'spacer'])
RAW_TEXT = ('script', 'style')

_TAG = re.compile(r'<([a-zA-Z][^\t\n\r\f />\x00]*)')
_ATTR = re.compile(
    r'''([^\s/>][^\s/=>]*)(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*''')


def charref(num):
    n = int(num[2:], 16) if num[1] in 'xX' else int(num[1:])
    if n in _CP1252:
        return _CP1252[n]
    if n == 0 or n > 0x10FFFF or 0xD800 <= n <= 0xDFFF:
        return '\ufffd'
    return chr(n)


_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_NAME_CHARS = _LETTERS + _DIGITS + '-.'


def unescape(text, keep_unknown=True):
    """`text` with its references replaced: &#N;, &#xN; and known names, the
    semicolon optional; an unknown name stays (its semicolon only if
    `keep_unknown`)."""
    if '&' not in text:
        return text
    parts = text.split('&')
    out = [parts[0]]
    for p in parts[1:]:
        first = p[:1]
        if first == '#':
            digits = _DIGITS
            j = 1
            if p[1:2] and p[1:2] in 'xX':
                digits = _HEXDIGITS
                j = 2
            start = j
            while j < len(p) and p[j] in digits:
                j += 1
            if j == start:
                out.append('&' + p)
                continue
            rest = p[j:]
            out.append(charref(p[:j]) + (rest[1:] if rest[:1] == ';' else rest))
        elif first and first in _LETTERS:
            j = 1
            while j < len(p) and p[j] in _NAME_CHARS:
                j += 1
            name = p[:j]
            semi = p[j:j + 1] == ';'
            rest = p[j + 1:] if semi else p[j:]
            if name in ENTITIES:
                out.append(ENTITIES[name] + rest)
            else:
                out.append('&' + name + (';' if semi and keep_unknown else '') + rest)
        else:
            out.append('&' + p)
    return ''.join(out)


_SPACE = ' \t\n\r\f'


def _attributes(rest):
    """(name, value) pairs of a start tag's attribute text, quotes balanced
    (without regular expressions: they are the slow part of the playground)."""
    attrs = []
    k, n = 0, len(rest)
    while k < n:
        c = rest[k]
        if c in _SPACE or c == '/':
            k += 1
            continue
        e = k + 1
        while e < n and rest[e] not in _SPACE and rest[e] not in '=/>':
            e += 1
        key = rest[k:e].lower()
        while e < n and rest[e] in _SPACE:
            e += 1
        if e < n and rest[e] == '=':
            e += 1
            while e < n and rest[e] in _SPACE:
                e += 1
            q = rest[e:e + 1]
            if q == '"' or q == "'":
                close = rest.find(q, e + 1)
                value = rest[e + 1:close]
                e = close + 1
            else:
                v = e
                while e < n and rest[e] not in _SPACE:
                    e += 1
                value = rest[v:e]
            attrs.append((key, unescape(value)))
        else:
            attrs.append((key, None))
        k = e
    return attrs


def tokenize(html, raw_text=False):
    """The events of `html` in order (a list); with `raw_text`, text keeps its
    references, as ('text', text) events (html.parser's own callbacks)."""
    out = []
    n = len(html)
    i = 0
    raw = None
    lower = None
    while i < n:
        if raw is not None:
            if lower is None:
                lower = html.lower()
            j = lower.find('</' + raw, i)
            while j >= 0 and j + 2 + len(raw) < n and html[j + 2 + len(raw)] not in ' \t\n\r\f/>':
                j = lower.find('</' + raw, j + 1)
            if j < 0:
                if i < n:
                    out.append(('data', html[i:]))
                break
            if j > i:
                out.append(('data', html[i:j]))
            i = j
            raw = None
        j = html.find('<', i)
        if j < 0:
            out.append(('text', html[i:]))
            break
        if j > i:
            out.append(('text', html[i:j]))
        i = j
        # The common start tag, its attributes' quotes balanced: one findall.
        if html[i + 1:i + 2].isalpha():
            end = html.find('>', i)
            inner = html[i + 1:end] if end > 0 else ''
            if inner and inner.count('"') % 2 == 0 and inner.count("'") % 2 == 0:
                sp = inner.split(None, 1)
                name = sp[0]
                selfclosing = inner[-1] == '/'
                if selfclosing and len(sp) == 1:
                    name = name[:-1]
                if name and '/' not in name and '\x00' not in name:
                    attrs = []
                    if len(sp) > 1:
                        attrs = _attributes(sp[1])
                        # An unquoted value takes a final slash: <a href=x/>.
                        last = attrs[-1][1] if attrs else None
                        if selfclosing and last and last[-1] == '/' and sp[1][-2:-1] not in ('"', "'"):
                            selfclosing = False
                    name = name.lower()
                    out.append(('start', name, attrs, selfclosing))
                    i = end + 1
                    if name in RAW_TEXT and not selfclosing:
                        raw = name
                    continue
        m = _TAG.match(html, i)
        if m:
            name = m.group(1).lower()
            k = m.end()
            attrs = []
            while True:
                while k < n and html[k] in ' \t\n\r\f':
                    k += 1
                if k < n and html[k] == '/' and not html.startswith('/>', k):
                    k += 1
                    continue
                a = _ATTR.match(html, k)
                if not a or k >= n or html[k] == '>' or html.startswith('/>', k):
                    break
                key = a.group(1).lower()
                value = a.group(3)
                if not a.group(2):
                    value = None
                else:
                    if value[:1] in ('"', "'") and value[-1:] == value[:1] and len(value) > 1:
                        value = value[1:-1]
                    value = unescape(value)
                attrs.append((key, value))
                k = a.end()
            end = html.find('>', k)
            if end < 0:
                out.append(('text', html[i:]))
                break
            selfclosing = html[end - 1] == '/' and end - 1 >= m.end()
            out.append(('start', name, attrs, selfclosing))
            i = end + 1
            if name in RAW_TEXT and not selfclosing:
                raw = name
            continue
        if html.startswith('</', i):
            end = html.find('>', i)
            if end < 0:
                out.append(('text', html[i:]))
                break
            inner = html[i + 2:end].strip()
            if inner[:1].isalpha():
                out.append(('end', inner.split()[0].lower()))
            elif inner:
                out.append(('comment', html[i + 2:end]))
            i = end + 1
            continue
        if html.startswith('<!--', i):
            end = html.find('-->', i + 4)
            if end < 0:
                out.append(('text', html[i:]))
                break
            out.append(('comment', html[i + 4:end]))
            i = end + 3
            continue
        if html.startswith('<![CDATA[', i):
            end = html.find(']]>', i)
            if end < 0:
                out.append(('text', html[i:]))
                break
            out.append(('cdata', html[i + 9:end]))
            i = end + 3
            continue
        if html.startswith('<!', i):
            end = html.find('>', i)
            if end < 0:
                out.append(('text', html[i:]))
                break
            body = html[i + 2:end]
            if body[:7].lower() == 'doctype':
                out.append(('decl', body))
            else:
                out.append(('comment', body))
            i = end + 1
            continue
        if html.startswith('<?', i):
            end = html.find('>', i)
            if end < 0:
                out.append(('text', html[i:]))
                break
            out.append(('pi', html[i + 2:end]))
            i = end + 1
            continue
        out.append(('text', '<'))
        i += 1
    # Text with its references replaced; raw text (script, style) as it is.
    events = []
    for e in out:
        if e[0] == 'text' and not raw_text:
            e = ('data', unescape(e[1], False))
        if e[0] == 'text' and events and events[-1][0] == 'text':
            events[-1] = ('text', events[-1][1] + e[1])
            continue
        if e[0] == 'data' and events and events[-1][0] == 'data':
            events[-1] = ('data', events[-1][1] + e[1])
        else:
            events.append(e)
    return events
