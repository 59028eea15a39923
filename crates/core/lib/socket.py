# socket: the names programs that use asyncio, aiohttp or requests catch and
# compare (the exceptions, address families, gethostname). The playground
# has no sockets of its own: socket() and the calls that would open a
# connection raise NotImplementedError naming themselves; requests reach
# servers through aiohttp, requests or urllib, and asyncio's streams connect
# the tasks of one program.
from enum import IntEnum as _IntEnum

AddressFamily = _IntEnum('AddressFamily', [('AF_UNSPEC', 0), ('AF_UNIX', 1), ('AF_INET', 2),
                                           ('AF_INET6', 10)], module='socket')
SocketKind = _IntEnum('SocketKind', [('SOCK_STREAM', 1), ('SOCK_DGRAM', 2), ('SOCK_RAW', 3)],
                      module='socket')
AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
IPPROTO_TCP = 6
IPPROTO_UDP = 17
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_KEEPALIVE = 9
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096

error = OSError
timeout = TimeoutError


class herror(OSError):
    __module__ = 'socket'


class gaierror(OSError):
    __module__ = 'socket'


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(value):
    global _default_timeout
    if value is not None:
        value = float(value)
        if value < 0:
            raise ValueError('Timeout value out of range')
    _default_timeout = value


def gethostname():
    return 'playground'


def getfqdn(name=''):
    return name or gethostname()


def gethostbyname(hostname):
    if hostname in ('localhost', '127.0.0.1', ''):
        return '127.0.0.1'
    if hostname == gethostname():
        return '127.0.1.1'
    raise gaierror(-2, 'Name or service not known')


def _unavailable(name):
    def call(*args, **kwargs):
        raise NotImplementedError(
            'socket.%s is not available in the playground (no sockets: use aiohttp, '
            'requests or asyncio streams)' % name)
    call.__name__ = call.__qualname__ = name
    return call


socket = _unavailable('socket')
create_connection = _unavailable('create_connection')
create_server = _unavailable('create_server')
socketpair = _unavailable('socketpair')
fromfd = _unavailable('fromfd')
getaddrinfo = _unavailable('getaddrinfo')
