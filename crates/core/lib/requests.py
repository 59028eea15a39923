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


class exceptions:
    RequestException = RequestException
    ConnectionError = ConnectionError
    HTTPError = HTTPError
    Timeout = Timeout
    ConnectTimeout = ConnectTimeout
    ReadTimeout = ReadTimeout
    JSONDecodeError = JSONDecodeError


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
        self.headers = dict(headers)
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


def request(method, url, params=None, data=None, json=None, headers=None, timeout=None, **kwargs):
    url = _httputil.with_params(url, params)
    pairs = list((headers or {}).items())
    body = data
    if json is not None:
        body = _httputil.dumps(json)
        pairs.append(('Content-Type', 'application/json'))
    answer = _http.blocking(method, url, pairs, body, timeout)
    if answer[0] is None:
        host, port = _httputil.host_port(url)
        if answer[1] == 'timeout':
            raise ReadTimeout("HTTPConnectionPool(host='%s', port=%d): Read timed out. "
                              "(read timeout=%s)" % (host, port, timeout))
        raise ConnectionError("HTTPConnectionPool(host='%s', port=%d): %s" % (host, port, answer[2]))
    return Response(*answer)


def get(url, params=None, **kwargs):
    return request('GET', url, params=params, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('POST', url, data=data, json=json, **kwargs)


def head(url, **kwargs):
    return request('HEAD', url, **kwargs)


class Session(_Closable):
    def __init__(self):
        self.headers = {}

    def request(self, method, url, headers=None, **kwargs):
        merged = dict(self.headers)
        merged.update(headers or {})
        return request(method, url, headers=merged, **kwargs)

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

