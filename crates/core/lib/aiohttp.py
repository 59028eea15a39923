# The parts of aiohttp that crawler tutorials use. A request is a future the
# host completes; the connector's limits are semaphores, so `limit=k` lets k
# requests run at once as aiohttp's connection pool does.
import asyncio
import _http
import _httputil
from multidict import CIMultiDict, CIMultiDictProxy
import json as _json


class ClientError(Exception):
    __module__ = 'aiohttp.client_exceptions'


class ClientConnectionError(ClientError):
    __module__ = 'aiohttp.client_exceptions'


class ClientOSError(ClientConnectionError, OSError):
    __module__ = 'aiohttp.client_exceptions'


class ClientConnectorError(ClientOSError):
    __module__ = 'aiohttp.client_exceptions'


class InvalidURL(ClientError, ValueError):
    __module__ = 'aiohttp.client_exceptions'

    def __init__(self, url, description=None):
        super().__init__(url)
        self.url = url
        self.description = description

    def __str__(self):
        return str(self.url)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self.url)


class InvalidUrlClientError(InvalidURL):
    __module__ = 'aiohttp.client_exceptions'


class NonHttpUrlClientError(ClientError):
    __module__ = 'aiohttp.client_exceptions'

    def __repr__(self):
        return '%s(URL(%r))' % (type(self).__name__, self.args[0])


class ServerTimeoutError(ClientConnectionError, asyncio.TimeoutError):
    __module__ = 'aiohttp.client_exceptions'


class ContentTypeError(ClientError):
    __module__ = 'aiohttp.client_exceptions'


class ClientResponseError(ClientError):
    __module__ = 'aiohttp.client_exceptions'

    def __init__(self, request_info, history, *, status=None, message='', headers=None):
        super().__init__(request_info, history)
        self.request_info = request_info
        self.status = status
        self.message = message
        self.headers = headers

    def __str__(self):
        return "%s, message=%r, url=%r" % (self.status, self.message, self.request_info)


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect

    def __repr__(self):
        return ('ClientTimeout(total=%r, connect=%r, sock_read=%r, sock_connect=%r)'
                % (self.total, self.connect, self.sock_read, self.sock_connect))


class TCPConnector:
    def __init__(self, limit=100, limit_per_host=0, ssl=None, **kwargs):
        self.limit = limit
        self.limit_per_host = limit_per_host
        self._total = asyncio.Semaphore(limit) if limit else None
        self._hosts = {}

    def _slots(self, url):
        slots = [self._total] if self._total else []
        if self.limit_per_host:
            host = _httputil.host_port(url)
            if host not in self._hosts:
                self._hosts[host] = asyncio.Semaphore(self.limit_per_host)
            slots.append(self._hosts[host])
        return slots

    async def close(self):
        pass


class ClientResponse:
    def __init__(self, method, status, reason, headers, body, url):
        self.method = method
        self.status = status
        self.reason = reason
        self.headers = CIMultiDictProxy(CIMultiDict(headers))
        self._body = body
        self.url = url
        self.content_length = len(body)

    async def read(self):
        return self._body

    async def text(self, encoding='utf-8'):
        return self._body.decode(encoding, 'replace')

    async def json(self, content_type='application/json'):
        kind = self.headers.get('Content-Type', '').split(';')[0]
        if content_type and kind != content_type:
            raise ContentTypeError(
                "%d, message='Attempt to decode JSON with unexpected mimetype: %s', url=%r"
                % (self.status, kind, self.url))
        return _json.loads(self._body.decode('utf-8', 'replace'))

    @property
    def ok(self):
        return self.status < 400

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.url, (), status=self.status, message=self.reason,
                                      headers=self.headers)

    def release(self):
        pass

    def close(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    def __repr__(self):
        return '<ClientResponse(%s) [%d %s]>\n%r\n' % (
            self.url, self.status, self.reason, self.headers)


class _RequestContextManager:
    """What `session.get(...)` returns: awaitable, and an async context manager."""

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, *exc):
        self._resp.release()
        return False


class ClientSession:
    def __init__(self, base_url=None, *, connector=None, timeout=None, headers=None,
                 raise_for_status=False, **kwargs):
        self._base = base_url
        self.connector = connector or TCPConnector()
        self.timeout = timeout or ClientTimeout(total=300)
        self.headers = CIMultiDict(headers or {})
        self._raise = raise_for_status
        self.closed = False

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def post(self, url, **kwargs):
        return self.request('POST', url, **kwargs)

    def head(self, url, **kwargs):
        return self.request('HEAD', url, **kwargs)

    async def _request(self, method, url, params=None, data=None, json=None, headers=None,
                       timeout=None, raise_for_status=None, **kwargs):
        if self.closed:
            raise RuntimeError('Session is closed')
        url = _httputil.with_params(str(url) if self._base is None else self._base + str(url),
                                    params)
        if not _httputil.site_relative(url):
            scheme = _httputil.scheme_of(url)
            if scheme and scheme not in ('http', 'https'):
                raise NonHttpUrlClientError(url)
            try:
                where = _httputil.split_url(url) if scheme and '://' in url else None
            except ValueError:
                where = None
            if where is None or not where[1]:
                raise InvalidUrlClientError(url)
        pairs = list(self.headers.items()) + list((headers or {}).items())
        if json is not None:
            data = _httputil.dumps(json)
            pairs.append(('Content-Type', 'application/json'))
        total = (timeout or self.timeout).total
        slots = self.connector._slots(url)
        for slot in slots:
            await slot.acquire()
        # The task waits on the request itself (its timeline span names it);
        # the timeout cancels the request.
        future = _http.request(method, url, pairs, data, total)
        expired = []
        timer = None
        if total is not None:
            timer = future.get_loop().call_later(
                total, lambda: expired.append(future.cancel()))
        try:
            answer = await future
        except asyncio.CancelledError:
            if expired:
                raise asyncio.TimeoutError() from None
            raise
        finally:
            if timer is not None:
                timer.cancel()
            for slot in slots:
                slot.release()
        if answer[0] is None:
            if answer[1] == 'timeout':
                raise asyncio.TimeoutError()
            host, port = _httputil.host_port(url)
            why = answer[2]
            if why == _httputil.REFUSED:
                # asyncio's words; localhost is reached at 127.0.0.1.
                address = ('127.0.0.1' if host.lower() == 'localhost' else host, port)
                if ':' in host:
                    address = address + (0, 0)
                why = 'Connect call failed %r' % (address,)
            error = ClientConnectorError('Cannot connect to host %s:%d ssl:default [%s]'
                                         % (host, port, why))
            error.host, error.port = host, port
            raise error
        resp = ClientResponse(method, *answer)
        if raise_for_status or (raise_for_status is None and self._raise):
            resp.raise_for_status()
        return resp

    async def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()
        return False


async def request(method, url, **kwargs):
    async with ClientSession() as session:
        resp = await session.request(method, url, **kwargs)
        await resp.read()
        return resp
