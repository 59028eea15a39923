# Helpers aiohttp and requests share.


def dumps(v):
    # What `json=` sends, as requests and aiohttp encode it.
    import json
    return json.dumps(v)


def host_port(url):
    rest = url.split('://', 1)[-1].split('/', 1)[0]
    host, _, port = rest.partition(':')
    return host, int(port) if port else (443 if url.startswith('https') else 80)


def with_params(url, params):
    if not params:
        return url
    query = '&'.join('%s=%s' % kv for kv in params.items())
    return url + ('&' if '?' in url else '?') + query
