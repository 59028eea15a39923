# Helpers aiohttp and requests share.


def dumps(v):
    """A value as JSON text (what `json=` sends)."""
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'
    if isinstance(v, dict):
        return '{' + ', '.join(dumps(str(k)) + ': ' + dumps(x) for k, x in v.items()) + '}'
    return '[' + ', '.join(dumps(x) for x in v) + ']'


def host_port(url):
    rest = url.split('://', 1)[-1].split('/', 1)[0]
    host, _, port = rest.partition(':')
    return host, int(port) if port else (443 if url.startswith('https') else 80)


def with_params(url, params):
    if not params:
        return url
    query = '&'.join('%s=%s' % kv for kv in params.items())
    return url + ('&' if '?' in url else '?') + query
