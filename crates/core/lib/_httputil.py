# Helpers aiohttp and requests share.


def dumps(v):
    # What `json=` sends, as requests and aiohttp encode it.
    import json
    return json.dumps(v)


def host_port(url):
    """(host, port) of a URL the caller checked (site-relative: the site's)."""
    if '://' not in url:
        return '127.0.0.1', 8090
    return split_url(url)[1:3]


def with_params(url, params):
    if not params:
        return url
    query = '&'.join('%s=%s' % kv for kv in params.items())
    return url + ('&' if '?' in url else '?') + query


# The host answers a closed port of this machine with this reason.
REFUSED = '[Errno 111] Connection refused'


def site_relative(url):
    """Whether `url` is the page's own demo site (`site/...`, `./site/...`)."""
    while url.startswith('./'):
        url = url[2:]
    url = url.lstrip('/')
    return url == 'site' or url.startswith('site/')


def split_url(url):
    """(scheme, host, port, path with query) of an `x://host...` URL;
    ValueError with urllib3's words when its host or port is not valid."""
    scheme, _, rest = url.partition('://')
    scheme = scheme.lower()
    end = len(rest)
    for c in '/?#':
        i = rest.find(c)
        if 0 <= i < end:
            end = i
    authority = rest[:end]
    path = rest[end:].split('#', 1)[0]
    if not path.startswith('/'):
        path = '/' + path
    host_port = authority.rpartition('@')[2]
    bad = "Failed to parse: %r is not a valid host or port" % host_port
    if host_port.startswith('['):
        close = host_port.find(']')
        if close < 0:
            raise ValueError(bad)
        host, after = host_port[1:close], host_port[close + 1:]
        if after and not after.startswith(':'):
            raise ValueError(bad)
        port = after[1:]
    else:
        host, _, port = host_port.partition(':')
        if '[' in host or ']' in host or ':' in port:
            raise ValueError(bad)
    if port and (not port.isdigit() or len(port.lstrip('0')) > 5):
        raise ValueError(bad)
    if port and int(port) > 65535:
        raise ValueError('Failed to parse: %s' % url)
    if not port or not int(port):
        port = 443 if scheme == 'https' else 80
    return scheme, host, int(port), path


def scheme_of(url):
    """The scheme `url` starts with (`mailto:x` too), or ''."""
    scheme, colon, _ = url.partition(':')
    if colon and scheme and all(c.isalnum() or c in '+-.' for c in scheme):
        return scheme.lower()
    return ''


class View:
    """What a header mapping's keys(), values() and items() give: iterable,
    sized, with `contains` as `in` and `text` as repr."""

    def __init__(self, items, text, contains=None):
        self._items = items
        self._text = text
        self._contains = contains

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __contains__(self, x):
        return self._contains(x) if self._contains else x in self._items

    def __repr__(self):
        return self._text
