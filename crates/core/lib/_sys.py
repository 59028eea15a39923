# The parts of sys written in Python, merged into the native module when a
# program imports sys: version_info and the other struct sequences, the
# interpreter's description (a CPython 3.11.7 on 64-bit Linux, the system
# CPython is compared with), sys.path and stdin (at its end: the playground
# has no input).


class _StructSeq:
    # A named tuple as CPython's C structs print it: sys.float_info(max=...).
    _name = ''
    _fields = ()

    def __init__(self, *values):
        object.__setattr__(self, '_t', values)
        for k, v in zip(self._fields, values):
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return '%s(%s)' % (self._name, ', '.join(
            '%s=%r' % kv for kv in zip(self._fields, self._t)))

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        return self._t == _tuple(other)

    def __ne__(self, other):
        return self._t != _tuple(other)

    def __lt__(self, other):
        return self._t < _tuple(other)

    def __le__(self, other):
        return self._t <= _tuple(other)

    def __gt__(self, other):
        return self._t > _tuple(other)

    def __ge__(self, other):
        return self._t >= _tuple(other)


def _tuple(v):
    return v._t if isinstance(v, _StructSeq) else v


def _struct(name, fields, values):
    cls = type(name.rpartition('.')[2], (_StructSeq,), {'_name': name, '_fields': fields})
    cls.__module__ = 'sys'
    return cls(*values)


version_info = _struct('sys.version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'),
                       (3, 11, 7, 'final', 0))
hexversion = 0x30b07f0
api_version = 1013
float_info = _struct(
    'sys.float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
     'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _struct('sys.int_info',
                   ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                    'str_digits_check_threshold'), (30, 4, 4300, 640))
hash_info = _struct('sys.hash_info',
                    ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
                     'seed_bits', 'cutoff'),
                    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
flags = _struct(
    'sys.flags',
    ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
     'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization',
     'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',
     'int_max_str_digits'),
    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
thread_info = _struct('sys.thread_info', ('name', 'lock', 'version'),
                      ('pthread', 'semaphore', 'NPTL 2.36'))


class _Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        return 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in vars(self).items())


implementation = _Namespace(name='cpython', cache_tag='cpython-311', version=version_info,
                            hexversion=hexversion, _multiarch='x86_64-linux-gnu')
byteorder = 'little'
maxunicode = 1114111
float_repr_style = 'short'
abiflags = ''
prefix = exec_prefix = base_prefix = base_exec_prefix = '/usr/local'
executable = '/usr/local/bin/python3'
platlibdir = 'lib'
pycache_prefix = None
dont_write_bytecode = False
copyright = 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.'
path = ['/home/user', '/usr/local/lib/python311.zip', '/usr/local/lib/python3.11',
        '/usr/local/lib/python3.11/lib-dynload', '/usr/local/lib/python3.11/site-packages']
warnoptions = []


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


def getfilesystemencodeerrors():
    return 'surrogateescape'


def is_finalizing():
    return False


def intern(string):
    if type(string) is not str:
        raise TypeError("intern() argument must be str, not %s" % type(string).__name__)
    return string


class _Stdin:
    # The playground has no input: reading finds the end at once.
    name = '<stdin>'
    mode = 'r'
    encoding = 'utf-8'
    closed = False

    def read(self, size=-1):
        return ''

    def readline(self, size=-1):
        return ''

    def readlines(self, hint=-1):
        return []

    def __iter__(self):
        return iter(())

    def isatty(self):
        return False

    def fileno(self):
        return 0

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


stdin = __stdin__ = _Stdin()


def _writelines(self, lines):
    for line in lines:
        self.write(line)


def _false(self):
    return False


def _true(self):
    return True


def _stream_methods():
    # The native stdout/stderr class gets the rest of a text stream's
    # methods (called once the native names are in).
    cls = type(stdout)
    cls.writelines = _writelines
    cls.isatty = cls.readable = cls.seekable = _false
    cls.writable = _true
    cls.fileno = lambda self: self._fd
    cls.encoding = 'utf-8'
    cls.errors = 'strict'
    cls.closed = False
    cls.line_buffering = False
