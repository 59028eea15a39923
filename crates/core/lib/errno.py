# The error numbers of Linux, which CPython's errno module gives there, and
# their messages (os.strerror; `OSError(errno, msg)` picks its subclass by
# the number natively).

EPERM = 1
ENOENT = 2
ESRCH = 3
EINTR = 4
EIO = 5
ENXIO = 6
E2BIG = 7
ENOEXEC = 8
EBADF = 9
ECHILD = 10
EAGAIN = 11
ENOMEM = 12
EACCES = 13
EFAULT = 14
ENOTBLK = 15
EBUSY = 16
EEXIST = 17
EXDEV = 18
ENODEV = 19
ENOTDIR = 20
EISDIR = 21
EINVAL = 22
ENFILE = 23
EMFILE = 24
ENOTTY = 25
ETXTBSY = 26
EFBIG = 27
ENOSPC = 28
ESPIPE = 29
EROFS = 30
EMLINK = 31
EPIPE = 32
EDOM = 33
ERANGE = 34
EDEADLK = 35
ENAMETOOLONG = 36
ENOLCK = 37
ENOSYS = 38
ENOTEMPTY = 39
ELOOP = 40
ENOTSOCK = 88
EDESTADDRREQ = 89
EMSGSIZE = 90
EPROTOTYPE = 91
ENOPROTOOPT = 92
EPROTONOSUPPORT = 93
EOPNOTSUPP = 95
EAFNOSUPPORT = 97
EADDRINUSE = 98
EADDRNOTAVAIL = 99
ENETDOWN = 100
ENETUNREACH = 101
ENETRESET = 102
ECONNABORTED = 103
ECONNRESET = 104
ENOBUFS = 105
EISCONN = 106
ENOTCONN = 107
ESHUTDOWN = 108
ETIMEDOUT = 110
ECONNREFUSED = 111
EHOSTDOWN = 112
EHOSTUNREACH = 113
EALREADY = 114
EINPROGRESS = 115
EWOULDBLOCK = EAGAIN
EDEADLOCK = EDEADLK
ENOTSUP = EOPNOTSUPP

errorcode = {
    EPERM: 'EPERM',
    ENOENT: 'ENOENT',
    ESRCH: 'ESRCH',
    EINTR: 'EINTR',
    EIO: 'EIO',
    ENXIO: 'ENXIO',
    E2BIG: 'E2BIG',
    ENOEXEC: 'ENOEXEC',
    EBADF: 'EBADF',
    ECHILD: 'ECHILD',
    EAGAIN: 'EAGAIN',
    ENOMEM: 'ENOMEM',
    EACCES: 'EACCES',
    EFAULT: 'EFAULT',
    ENOTBLK: 'ENOTBLK',
    EBUSY: 'EBUSY',
    EEXIST: 'EEXIST',
    EXDEV: 'EXDEV',
    ENODEV: 'ENODEV',
    ENOTDIR: 'ENOTDIR',
    EISDIR: 'EISDIR',
    EINVAL: 'EINVAL',
    ENFILE: 'ENFILE',
    EMFILE: 'EMFILE',
    ENOTTY: 'ENOTTY',
    ETXTBSY: 'ETXTBSY',
    EFBIG: 'EFBIG',
    ENOSPC: 'ENOSPC',
    ESPIPE: 'ESPIPE',
    EROFS: 'EROFS',
    EMLINK: 'EMLINK',
    EPIPE: 'EPIPE',
    EDOM: 'EDOM',
    ERANGE: 'ERANGE',
    EDEADLK: 'EDEADLK',
    ENAMETOOLONG: 'ENAMETOOLONG',
    ENOLCK: 'ENOLCK',
    ENOSYS: 'ENOSYS',
    ENOTEMPTY: 'ENOTEMPTY',
    ELOOP: 'ELOOP',
    ENOTSOCK: 'ENOTSOCK',
    EDESTADDRREQ: 'EDESTADDRREQ',
    EMSGSIZE: 'EMSGSIZE',
    EPROTOTYPE: 'EPROTOTYPE',
    ENOPROTOOPT: 'ENOPROTOOPT',
    EPROTONOSUPPORT: 'EPROTONOSUPPORT',
    EOPNOTSUPP: 'EOPNOTSUPP',
    EAFNOSUPPORT: 'EAFNOSUPPORT',
    EADDRINUSE: 'EADDRINUSE',
    EADDRNOTAVAIL: 'EADDRNOTAVAIL',
    ENETDOWN: 'ENETDOWN',
    ENETUNREACH: 'ENETUNREACH',
    ENETRESET: 'ENETRESET',
    ECONNABORTED: 'ECONNABORTED',
    ECONNRESET: 'ECONNRESET',
    ENOBUFS: 'ENOBUFS',
    EISCONN: 'EISCONN',
    ENOTCONN: 'ENOTCONN',
    ESHUTDOWN: 'ESHUTDOWN',
    ETIMEDOUT: 'ETIMEDOUT',
    ECONNREFUSED: 'ECONNREFUSED',
    EHOSTDOWN: 'EHOSTDOWN',
    EHOSTUNREACH: 'EHOSTUNREACH',
    EALREADY: 'EALREADY',
    EINPROGRESS: 'EINPROGRESS',
}

_messages = {
    EPERM: 'Operation not permitted',
    ENOENT: 'No such file or directory',
    ESRCH: 'No such process',
    EINTR: 'Interrupted system call',
    EIO: 'Input/output error',
    ENXIO: 'No such device or address',
    E2BIG: 'Argument list too long',
    ENOEXEC: 'Exec format error',
    EBADF: 'Bad file descriptor',
    ECHILD: 'No child processes',
    EAGAIN: 'Resource temporarily unavailable',
    ENOMEM: 'Cannot allocate memory',
    EACCES: 'Permission denied',
    EFAULT: 'Bad address',
    ENOTBLK: 'Block device required',
    EBUSY: 'Device or resource busy',
    EEXIST: 'File exists',
    EXDEV: 'Invalid cross-device link',
    ENODEV: 'No such device',
    ENOTDIR: 'Not a directory',
    EISDIR: 'Is a directory',
    EINVAL: 'Invalid argument',
    ENFILE: 'Too many open files in system',
    EMFILE: 'Too many open files',
    ENOTTY: 'Inappropriate ioctl for device',
    ETXTBSY: 'Text file busy',
    EFBIG: 'File too large',
    ENOSPC: 'No space left on device',
    ESPIPE: 'Illegal seek',
    EROFS: 'Read-only file system',
    EMLINK: 'Too many links',
    EPIPE: 'Broken pipe',
    EDOM: 'Numerical argument out of domain',
    ERANGE: 'Numerical result out of range',
    EDEADLK: 'Resource deadlock avoided',
    ENAMETOOLONG: 'File name too long',
    ENOLCK: 'No locks available',
    ENOSYS: 'Function not implemented',
    ENOTEMPTY: 'Directory not empty',
    ELOOP: 'Too many levels of symbolic links',
    ENOTSOCK: 'Socket operation on non-socket',
    EDESTADDRREQ: 'Destination address required',
    EMSGSIZE: 'Message too long',
    EPROTOTYPE: 'Protocol wrong type for socket',
    ENOPROTOOPT: 'Protocol not available',
    EPROTONOSUPPORT: 'Protocol not supported',
    EOPNOTSUPP: 'Operation not supported',
    EAFNOSUPPORT: 'Address family not supported by protocol',
    EADDRINUSE: 'Address already in use',
    EADDRNOTAVAIL: 'Cannot assign requested address',
    ENETDOWN: 'Network is down',
    ENETUNREACH: 'Network is unreachable',
    ENETRESET: 'Network dropped connection on reset',
    ECONNABORTED: 'Software caused connection abort',
    ECONNRESET: 'Connection reset by peer',
    ENOBUFS: 'No buffer space available',
    EISCONN: 'Transport endpoint is already connected',
    ENOTCONN: 'Transport endpoint is not connected',
    ESHUTDOWN: 'Cannot send after transport endpoint shutdown',
    ETIMEDOUT: 'Connection timed out',
    ECONNREFUSED: 'Connection refused',
    EHOSTDOWN: 'Host is down',
    EHOSTUNREACH: 'No route to host',
    EALREADY: 'Operation already in progress',
    EINPROGRESS: 'Operation now in progress',
}
