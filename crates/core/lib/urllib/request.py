# urllib.request: urlopen and Request over the playground's HTTP (the demo
# site, or the network in the page). Like CPython's, urlopen blocks the
# whole program until the answer is in.

import _http
import _httputil
from urllib.error import URLError, HTTPError
from urllib.parse import urlencode, urlsplit

__all__ = ['Request', 'urlopen', 'URLError', 'HTTPError']


class HTTPMessage:
    """A response's headers: case-insensitive, in the order received."""

    def __init__(self, pairs):
        self._pairs = list(pairs)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._pairs:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        found = [v for k, v in self._pairs if k.lower() == name]
        return found or failobj

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._pairs)

    def keys(self):
        return [k for k, _ in self._pairs]

    def values(self):
        return [v for _, v in self._pairs]

    def items(self):
        return list(self._pairs)

    def get_content_type(self):
        value = self.get('content-type', 'text/plain')
        return value.split(';')[0].strip().lower()

    def get_content_charset(self, failobj=None):
        value = self.get('content-type')
        if value is None:
            return failobj
        for part in value.split(';')[1:]:
            k, _, v = part.strip().partition('=')
            if k.lower() == 'charset':
                return v.strip('"').lower()
        return failobj

    def __str__(self):
        return ''.join('%s: %s\n' % kv for kv in self._pairs) + '\n'


class _Body:
    def __init__(self, content):
        self._content = content
        self._at = 0
        self.closed = False

    def read(self, amt=None):
        if amt is None or amt < 0:
            out = self._content[self._at:]
        else:
            out = self._content[self._at:self._at + amt]
        self._at += len(out)
        return out

    def readline(self):
        # (as latin-1 text: the playground's bytes have few methods)
        end = self._content.decode('latin-1').find('\n', self._at)
        end = len(self._content) if end < 0 else end + 1
        out = self._content[self._at:end]
        self._at = end
        return out

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return iter(self.readlines())

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class HTTPResponse(_Body):
    def __init__(self, status, reason, headers, content, url):
        _Body.__init__(self, content)
        self.status = status
        self.code = status
        self.reason = reason
        self.msg = reason
        self.headers = HTTPMessage(headers)
        self.url = url
        self.version = 11

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def info(self):
        return self.headers

    def getheader(self, name, default=None):
        return self.headers.get(name, default)

    def getheaders(self):
        return self.headers.items()

    def __repr__(self):
        return '<http.client.HTTPResponse object at 0x%x>' % id(self)


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.data = data
        self.headers = {k.capitalize(): v for k, v in headers.items()}
        self.method = method

    def get_method(self):
        if self.method is not None:
            return self.method
        return 'POST' if self.data is not None else 'GET'

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def has_header(self, name):
        return name in self.headers

    def get_header(self, name, default=None):
        return self.headers.get(name, default)

    @property
    def host(self):
        return urlsplit(self.full_url).netloc

    @property
    def type(self):
        return urlsplit(self.full_url).scheme


def urlopen(url, data=None, timeout=None, *, context=None):
    req = url if isinstance(url, Request) else Request(url, data)
    if data is not None:
        req.data = data
    full = req.full_url
    if not _httputil.site_relative(full):
        scheme = urlsplit(full).scheme
        if not scheme:
            raise ValueError('unknown url type: %r' % full)
        if scheme not in ('http', 'https'):
            raise URLError('unknown url type: %s' % scheme)
    body = req.data
    if isinstance(body, str):
        raise TypeError('POST data should be bytes, an iterable of bytes, or a file object. '
                        'It cannot be of type str.')
    answer = _http.blocking(req.get_method(), full, list(req.headers.items()), body, timeout)
    if answer[0] is None:
        if answer[1] == 'timeout':
            raise URLError(TimeoutError('timed out'))
        if answer[2] == _httputil.REFUSED:
            reason = ConnectionRefusedError(111, 'Connection refused')
            reason.errno, reason.strerror = 111, 'Connection refused'
            raise URLError(reason)
        raise URLError(answer[2])
    response = HTTPResponse(*answer)
    if response.status >= 400:
        raise HTTPError(response.url, response.status, response.reason, response.headers, response)
    return response
