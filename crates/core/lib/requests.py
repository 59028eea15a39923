# The parts of the requests library that crawler tutorials use. Each call
# blocks the whole program until the host answers, as it blocks CPython's
# event loop.
import _http
import _httputil
import json


class RequestException(OSError):
    __module__ = 'requests.exceptions'


class ConnectionError(RequestException):
    __module__ = 'requests.exceptions'


class HTTPError(RequestException):
    __module__ = 'requests.exceptions'


class Timeout(RequestException):
    __module__ = 'requests.exceptions'


class ConnectTimeout(ConnectionError, Timeout):
    __module__ = 'requests.exceptions'


class ReadTimeout(Timeout):
    __module__ = 'requests.exceptions'


class JSONDecodeError(RequestException, json.JSONDecodeError):
    __module__ = 'requests.exceptions'

    def __init__(self, *args):
        json.JSONDecodeError.__init__(self, *args)


class InvalidURL(RequestException, ValueError):
    __module__ = 'requests.exceptions'


class InvalidSchema(RequestException, ValueError):
    __module__ = 'requests.exceptions'


class MissingSchema(RequestException, ValueError):
    __module__ = 'requests.exceptions'


class exceptions:
    RequestException = RequestException
    ConnectionError = ConnectionError
    HTTPError = HTTPError
    Timeout = Timeout
    ConnectTimeout = ConnectTimeout
    ReadTimeout = ReadTimeout
    JSONDecodeError = JSONDecodeError
    InvalidURL = InvalidURL
    InvalidSchema = InvalidSchema
    MissingSchema = MissingSchema


class CaseInsensitiveDict:
    """A dict whose keys match in any case; it keeps each key as last set."""
    __module__ = 'requests.structures'

    def __init__(self, data=None, **kwargs):
        self._store = {}
        self.update(data or {}, **kwargs)

    def update(self, data=(), **kwargs):
        pairs = data.items() if hasattr(data, 'items') else data
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __contains__(self, key):
        return key.lower() in self._store

    def get(self, key, default=None):
        return self[key] if key in self else default

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        if key in self:
            return self._store.pop(key.lower())[1]
        if default:
            return default[0]
        raise KeyError(key)

    def __iter__(self):
        return iter([k for k, v in self._store.values()])

    def __len__(self):
        return len(self._store)

    def keys(self):
        return _httputil.View([k for k, v in self._store.values()],
                              'KeysView(%r)' % self, self.__contains__)

    def values(self):
        return _httputil.View([v for k, v in self._store.values()], 'ValuesView(%r)' % self)

    def items(self):
        return _httputil.View(list(self._store.values()), 'ItemsView(%r)' % self)

    def lower_items(self):
        return [(k, kv[1]) for k, kv in self._store.items()]

    def copy(self):
        return CaseInsensitiveDict(self.items())

    def __eq__(self, other):
        if not hasattr(other, 'items'):
            return NotImplemented
        return dict(self.lower_items()) == dict(CaseInsensitiveDict(other).lower_items())

    def __repr__(self):
        return repr(dict(self._store.values()))


class structures:
    CaseInsensitiveDict = CaseInsensitiveDict


class _Closable:
    """`with` support for objects whose close() has nothing to release."""

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class Response(_Closable):
    def __init__(self, status, reason, headers, content, url):
        self.status_code = status
        self.reason = reason
        self.headers = CaseInsensitiveDict(headers)
        self.content = content
        self.url = url
        self.encoding = 'utf-8'

    @property
    def text(self):
        return self.content.decode('utf-8', 'replace')

    @property
    def ok(self):
        return self.status_code < 400

    def json(self):
        try:
            return json.loads(self.text)
        except json.JSONDecodeError as e:
            raise JSONDecodeError(e.msg, e.doc, e.pos) from None

    def raise_for_status(self):
        if 400 <= self.status_code < 600:
            side = 'Client' if self.status_code < 500 else 'Server'
            raise HTTPError('%d %s Error: %s for url: %s'
                            % (self.status_code, side, self.reason, self.url))


    def __bool__(self):
        return self.ok

    def __repr__(self):
        return '<Response [%d]>' % self.status_code


def _where(url):
    """(scheme, host, port, path) of `url`, checked as requests checks it
    before connecting (the page's own `site/...` passes as the site)."""
    if _httputil.site_relative(url):
        return 'http', '127.0.0.1', 8090, '/' + url.lstrip('./')
    if ':' in url and not url.lower().startswith('http'):
        raise InvalidSchema('No connection adapters were found for %r' % url)
    if '://' not in url:
        raise MissingSchema('Invalid URL %r: No scheme supplied. Perhaps you meant https://%s?'
                            % (url, url))
    try:
        where = _httputil.split_url(url)
    except ValueError as e:
        raise InvalidURL(str(e)) from None
    if not where[1]:
        raise InvalidURL('Invalid URL %r: No host supplied' % url)
    if where[0] not in ('http', 'https'):
        raise InvalidSchema('No connection adapters were found for %r' % url)
    return where


def request(method, url, params=None, data=None, json=None, headers=None, timeout=None, **kwargs):
    url = _httputil.with_params(url, params)
    scheme, host, port, path = _where(url)
    pairs = list((headers or {}).items())
    body = data
    if json is not None:
        body = _httputil.dumps(json)
        pairs.append(('Content-Type', 'application/json'))
    answer = _http.blocking(method, url, pairs, body, timeout)
    if answer[0] is None:
        pool = "%sConnectionPool(host='%s', port=%d)" % (
            'HTTPS' if scheme == 'https' else 'HTTP', host, port)
        if answer[1] == 'timeout':
            raise ReadTimeout("%s: Read timed out. (read timeout=%s)" % (pool, timeout))
        if answer[2] == _httputil.REFUSED:
            # urllib3's words for a closed port, after its retries.
            raise ConnectionError(
                '%s: Max retries exceeded with url: %s (Caused by NewConnectionError("%s: '
                'Failed to establish a new connection: %s"))'
                % (pool, path, pool.replace('Pool', ''), answer[2]))
        raise ConnectionError('%s: %s' % (pool, answer[2]))
    return Response(*answer)


def get(url, params=None, **kwargs):
    return request('GET', url, params=params, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('POST', url, data=data, json=json, **kwargs)


def head(url, **kwargs):
    return request('HEAD', url, **kwargs)


class Session(_Closable):
    def __init__(self):
        self.headers = CaseInsensitiveDict()

    def request(self, method, url, headers=None, **kwargs):
        merged = self.headers.copy()
        merged.update(headers or {})
        return request(method, url, headers=merged, **kwargs)

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

