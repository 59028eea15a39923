# pickle: CPython's binary pickle format, written as its C pickler writes it
# (protocols 2 to 5; 4 by default, in frames), and read back (protocols 0
# to 5). Objects go by value: None, bools, numbers, str, bytes, tuples,
# lists, dicts, sets; functions and classes by name (a lambda or a local
# function cannot, with CPython's errors); other objects as their
# __reduce_ex__ says, or as their class and state (__dict__, __slots__,
# __getstate__/__setstate__).
#
# A str or bytes seen twice is written once and then fetched from the memo,
# as CPython does for the same object (equal literals and names are one
# object there); left out: persistent ids, out-of-band buffers, protocols 0
# and 1 when writing (protocol 2 is written instead).

from _mp_pickle import PickleError, PicklingError, UnpicklingError, _find, _module, _native_home
import struct as _struct

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

# Opcodes.
MARK, STOP, POP, POP_MARK, DUP = b'(', b'.', b'0', b'1', b'2'
FLOAT, INT, BININT, BININT1, LONG, BININT2 = b'F', b'I', b'J', b'K', b'L', b'M'
NONE, PERSID, BINPERSID, REDUCE, STRING = b'N', b'P', b'Q', b'R', b'S'
BINSTRING, SHORT_BINSTRING, UNICODE, BINUNICODE = b'T', b'U', b'V', b'X'
APPEND, BUILD, GLOBAL, DICT, EMPTY_DICT, APPENDS = b'a', b'b', b'c', b'd', b'}', b'e'
GET, BINGET, INST, LONG_BINGET, LIST, EMPTY_LIST = b'g', b'h', b'i', b'j', b'l', b']'
OBJ, PUT, BINPUT, LONG_BINPUT, SETITEM, TUPLE = b'o', b'p', b'q', b'r', b's', b't'
EMPTY_TUPLE, SETITEMS, BINFLOAT = b')', b'u', b'G'
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b'\x80', b'\x81', b'\x82', b'\x83', b'\x84'
TUPLE1, TUPLE2, TUPLE3, NEWTRUE, NEWFALSE = b'\x85', b'\x86', b'\x87', b'\x88', b'\x89'
LONG1, LONG4 = b'\x8a', b'\x8b'
BINBYTES, SHORT_BINBYTES = b'B', b'C'
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8 = b'\x8c', b'\x8d', b'\x8e'
EMPTY_SET, ADDITEMS, FROZENSET, NEWOBJ_EX = b'\x8f', b'\x90', b'\x91', b'\x92'
STACK_GLOBAL, MEMOIZE, FRAME = b'\x93', b'\x94', b'\x95'
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b'\x96', b'\x97', b'\x98'

# Native types that cannot be pickled, by the name CPython's error gives.
_UNPICKLABLE = {'generator': 'generator', 'coroutine': 'coroutine', 'module': 'module',
                'async_generator': 'async_generator', 'frame': 'frame',
                'TextIOWrapper': '_io.TextIOWrapper', 'BufferedReader': '_io.BufferedReader',
                'BufferedWriter': '_io.BufferedWriter', 'lock': '_thread.lock',
                'RLock': '_thread.RLock'}


def _q(n):
    return _struct.pack('<Q', n)


def _encode_long(x):
    # Little-endian two's complement in as few bytes as hold the sign.
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    data = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__') or name in names:
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _default_state(obj):
    # object.__getstate__(): the instance's __dict__ (None when empty), with
    # its __slots__' values beside it when it has any set.
    state = getattr(obj, '__dict__', None) or None
    if state is not None:
        state = dict(state)
    slots = {}
    for name in _slot_names(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


_newobj.__name__ = '__newobj__'


def _reduce_ex(obj, proto):
    # What object.__reduce_ex__(proto) gives for an object whose class does
    # not say otherwise.
    t = type(obj)
    # The nearer of the class's __reduce_ex__ and __reduce__ (CPython's
    # object.__reduce_ex__ calls an overriding __reduce__).
    owner = next((c for c in t.__mro__ if '__reduce_ex__' in c.__dict__
                  or '__reduce__' in c.__dict__), None)
    if owner is not None and '__reduce_ex__' in owner.__dict__:
        rv = owner.__dict__['__reduce_ex__'](obj, proto)
        if isinstance(rv, tuple) and rv and getattr(rv[0], '__name__', '') == '_new' \
                and getattr(rv[0], '__module__', '') == '_builtin_bases':
            return (_newobj,) + rv[1:]
        return rv
    if owner is not None:
        return obj.__reduce__()
    if isinstance(obj, BaseException):
        state = dict(getattr(obj, '__dict__', {})) or None
        return (t, obj.args) if state is None else (t, obj.args, state)
    if t is range:
        return (range, (obj.start, obj.stop, obj.step))
    if t is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    kind = t.__name__
    if kind == 'method':
        return (getattr, (obj.__self__, obj.__func__.__name__))
    if t.__module__ == 'builtins' or kind in _UNPICKLABLE:
        raise TypeError("cannot pickle '%s' object" % _UNPICKLABLE.get(kind, kind))
    getnewargs = getattr(t, '__getnewargs__', None)
    args = tuple(getnewargs(obj)) if getnewargs is not None else ()
    getstate = getattr(t, '__getstate__', None)
    state = getstate(obj) if getstate is not None else _default_state(obj)
    return (_newobj, (t,) + args, state, None, None)


def _whichmodule(obj, name):
    module = getattr(obj, '__module__', None) or _native_home(obj, name)
    if module is None or module == '__mp_main__':
        return '__main__'
    return module


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        self._file = file
        self.proto = protocol
        self.fix_imports = fix_imports
        self.memo = {}
        self._keep = []

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, '_file'):
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()'
                                % type(self).__name__)
        self._out = []
        self._frame = None
        self._frame_len = 0
        self._framing = False
        proto = max(self.proto, 2)
        self._proto = proto
        self._out.append(PROTO + bytes([proto]))
        self._framing = proto >= 4
        self.save(obj)
        self._write(STOP)
        self._commit_frame()
        self._file.write(b''.join(self._out))

    # ---- output, in frames as CPython's C pickler cuts them ----

    def _write(self, data):
        if self._framing:
            if self._frame is None:
                self._frame = []
                self._frame_len = 0
            self._frame.append(data)
            self._frame_len += len(data)
        else:
            self._out.append(data)

    def _commit_frame(self):
        if self._frame is None:
            return
        payload = b''.join(self._frame)
        if len(payload) >= _FRAME_SIZE_MIN:
            self._out.append(FRAME + _q(len(payload)))
        self._out.append(payload)
        self._frame = None

    def _write_data(self, header, data):
        # A payload too big for a frame goes between frames.
        if self._framing and len(data) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._out.append(header)
            self._out.append(data)
        else:
            self._write(header + data)

    # ---- the memo ----

    def _memoize(self, key):
        idx = len(self.memo)
        self.memo[key] = idx
        if self._proto >= 4:
            self._write(MEMOIZE)
        elif idx < 256:
            self._write(BINPUT + bytes([idx]))
        else:
            self._write(LONG_BINPUT + _struct.pack('<I', idx))

    def _get(self, idx):
        if idx < 256:
            self._write(BINGET + bytes([idx]))
        else:
            self._write(LONG_BINGET + _struct.pack('<I', idx))

    def _key(self, obj):
        t = type(obj)
        if t is str:
            return ('s', obj)
        if t is bytes:
            return ('b', obj)
        self._keep.append(obj)
        return id(obj)

    # ---- saving ----

    def save(self, obj):
        self._save(obj)
        if self._frame is not None and self._frame_len >= _FRAME_SIZE_TARGET:
            self._commit_frame()

    def _save(self, obj):
        if obj is None:
            return self._write(NONE)
        if obj is True or obj is False:
            return self._write(NEWTRUE if obj else NEWFALSE)
        t = type(obj)
        if t is int:
            return self._save_long(obj)
        if t is float:
            return self._write(BINFLOAT + _struct.pack('>d', obj))
        key = self._key(obj)
        idx = self.memo.get(key)
        if idx is not None:
            return self._get(idx)
        if t is str:
            return self._save_str(obj, key)
        if t is bytes:
            return self._save_bytes(obj, key)
        if t is tuple:
            return self._save_tuple(obj, key)
        if t is list:
            self._write(EMPTY_LIST)
            self._memoize(key)
            return self._batch_appends(obj)
        if t is dict:
            self._write(EMPTY_DICT)
            self._memoize(key)
            return self._batch_setitems(obj.items())
        if t is set:
            return self._save_set(obj, key)
        if t is frozenset:
            return self._save_frozenset(obj, key)
        if isinstance(obj, type) or t.__name__ in ('function', 'builtin_function_or_method'):
            return self._save_global(obj, key)
        rv = _reduce_ex(obj, self._proto)
        if isinstance(rv, str):
            return self._save_global(obj, key, rv)
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple' % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by %s must contain 2 through 6 elements'
                                % '__reduce__')
        self._save_reduce(obj, key, *rv)

    def _save_long(self, x):
        if -0x80000000 <= x <= 0x7fffffff:
            if 0 <= x <= 0xff:
                return self._write(BININT1 + bytes([x]))
            if 0 <= x <= 0xffff:
                return self._write(BININT2 + _struct.pack('<H', x))
            return self._write(BININT + _struct.pack('<i', x))
        data = _encode_long(x)
        if len(data) < 256:
            self._write(LONG1 + bytes([len(data)]) + data)
        else:
            self._write(LONG4 + _struct.pack('<i', len(data)) + data)

    def _save_sized(self, data, key, short, four, eight):
        # A str's or bytes' data after the opcode its length calls for.
        n = len(data)
        if n <= 0xff and short is not None:
            self._write_data(short + bytes([n]), data)
        elif n > 0xffffffff and self._proto >= 4:
            self._write_data(eight + _q(n), data)
        else:
            self._write_data(four + _struct.pack('<I', n), data)
        self._memoize(key)

    def _save_str(self, s, key):
        short = SHORT_BINUNICODE if self._proto >= 4 else None
        self._save_sized(s.encode('utf-8', 'surrogatepass'), key, short, BINUNICODE,
                         BINUNICODE8)

    def _save_bytes(self, b, key):
        if self._proto < 3:
            if not b:
                return self._save_reduce(b, key, bytes, ())
            return self._save_reduce(b, key, _Global('_codecs', 'encode'),
                                     (str(b, 'latin1'), 'latin1'))
        self._save_sized(b, key, SHORT_BINBYTES, BINBYTES, BINBYTES8)

    def _save_tuple(self, t, key):
        if not t:
            return self._write(EMPTY_TUPLE)
        n = len(t)
        if n <= 3:
            for x in t:
                self.save(x)
            self._write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
        else:
            self._write(MARK)
            for x in t:
                self.save(x)
            self._write(TUPLE)
        self._memoize(key)

    def _batch_appends(self, items):
        items = list(items)
        if len(items) == 1:
            self.save(items[0])
            return self._write(APPEND)
        for k in range(0, len(items), _BATCHSIZE):
            self._write(MARK)
            for x in items[k:k + _BATCHSIZE]:
                self.save(x)
            self._write(APPENDS)

    def _batch_setitems(self, pairs):
        pairs = list(pairs)
        if len(pairs) == 1:
            k, v = pairs[0]
            self.save(k)
            self.save(v)
            return self._write(SETITEM)
        for i in range(0, len(pairs), _BATCHSIZE):
            self._write(MARK)
            for k, v in pairs[i:i + _BATCHSIZE]:
                self.save(k)
                self.save(v)
            self._write(SETITEMS)

    def _save_set(self, s, key):
        if self._proto < 4:
            return self._save_reduce(s, key, set, (list(s),))
        self._write(EMPTY_SET)
        self._memoize(key)
        items = list(s)
        for i in range(0, len(items), _BATCHSIZE):
            self._write(MARK)
            for x in items[i:i + _BATCHSIZE]:
                self.save(x)
            self._write(ADDITEMS)

    def _save_frozenset(self, s, key):
        if self._proto < 4:
            return self._save_reduce(s, key, frozenset, (list(s),))
        self._write(MARK)
        for x in s:
            self.save(x)
        self._write(FROZENSET)
        self._memoize(key)

    def _save_global(self, obj, key, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module = _whichmodule(obj, name)
        if module == '_complex' and name == 'complex':
            module = 'builtins'
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        found = _find(module, name)
        if found is None and module != 'builtins':
            package = module.split('.')[0]
            if _find(package, name) is obj:
                module, found = package, obj
        if found is None:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module, name))
        self._write_global(module, name)
        self._memoize(key)

    def _write_global(self, module, name):
        if self._proto >= 4:
            self.save(module)
            if name == module:
                # A class named as its module is a C type's in CPython
                # (datetime.datetime), whose module name is a str of its own.
                self._save_str(name, object())
            else:
                self.save(name)
            self._write(STACK_GLOBAL)
            return
        if self._proto < 3 and self.fix_imports and module == 'builtins':
            module = '__builtin__'
            name = {'range': 'xrange', 'input': 'raw_input', 'str': 'unicode'}.get(name, name)
        self._write(GLOBAL + module.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')

    def _save_reduce(self, obj, key, func, args, state=None, listitems=None,
                     dictitems=None, state_setter=None):
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be callable')
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a tuple')
        if isinstance(func, _Global):
            name = ('g', func.module, func.name)
            if name in self.memo:
                self._get(self.memo[name])
            else:
                self._write_global(func.module, func.name)
                self._memoize(name)
            self.save(args)
            self._write(REDUCE)
        elif getattr(func, '__name__', '') == '__newobj__' and self._proto >= 2:
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if key in self.memo:
            self._write(POP)
            self._get(self.memo[key])
        else:
            self._memoize(key)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2)
                self._write(REDUCE)
                self._write(POP)


class _Global:
    # A module's function named, not imported (the codecs of protocol 2's bytes).
    def __init__(self, module, name):
        self.module, self.name = module, name

    def __call__(self, *args):
        return _find(self.module, self.name)(*args)


class _Reader:
    def __init__(self, data):
        self._data = bytes(data)
        self._pos = 0

    def read(self, n):
        b = self._data[self._pos:self._pos + n]
        self._pos += len(b)
        return b

    def readline(self):
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        b = self._data[self._pos:end]
        self._pos = end
        return b


class _Stop(Exception):
    pass


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
        self._file = file
        self.encoding = encoding
        self.errors = errors
        self.memo = {}

    def find_class(self, module, name):
        if module == '__builtin__':
            module = 'builtins'
            name = {'xrange': 'range', 'raw_input': 'input', 'unicode': 'str'}.get(name, name)
        if module == '_codecs' and name == 'encode':
            return lambda s, enc: s.encode(enc)
        obj = _find(module, name)
        if obj is None:
            m = _module(module)
            if m is None:
                raise ModuleNotFoundError("No module named %r" % module, name=module)
            where = '<module %r>' % module if module == '__main__' else repr(m)
            raise AttributeError("Can't get attribute %r on %s" % (name, where))
        return obj

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, '
                              'but no persistent_load function was specified.')

    def _read(self, n):
        b = self._file.read(n)
        if len(b) < n:
            raise UnpicklingError('pickle data was truncated')
        return b

    def _line(self):
        b = self._file.readline()
        if not b.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return b[:-1]

    def _pop_mark(self):
        items = self._stack
        if not self._marks:
            raise UnpicklingError('could not find MARK')
        self._stack = self._marks.pop()
        return items

    def load(self):
        self._stack = []
        self._marks = []
        first = True
        while True:
            op = self._file.read(1)
            if not op:
                if first:
                    raise EOFError('Ran out of input')
                raise UnpicklingError('pickle data was truncated')
            first = False
            handler = _DISPATCH.get(op)
            if handler is None:
                raise UnpicklingError('invalid load key, %r.' % chr(op[0]))
            try:
                handler(self)
            except _Stop:
                return self._stack.pop()

    # ---- opcode handlers ----

    def _proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError('unsupported pickle protocol: %d' % proto)

    def _frame(self):
        self._read(8)

    def _stop(self):
        raise _Stop

    def _push(self, value):
        self._stack.append(value)

    def _mark(self):
        self._marks.append(self._stack)
        self._stack = []

    def _pop(self):
        if self._stack:
            self._stack.pop()
        else:
            self._pop_mark()

    def _text_int(self):
        data = self._line()
        if data == b'00':
            return self._push(False)
        if data == b'01':
            return self._push(True)
        self._push(int(data.decode('ascii')))

    def _text_long(self):
        self._push(int(self._line().rstrip(b'L').decode('ascii')))

    def _text_string(self):
        data = self._line()
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        self._push(self._decode_string(_unescape(data).encode('latin1')))

    def _decode_string(self, value):
        if self.encoding == 'bytes':
            return value
        return value.decode(self.encoding, self.errors)

    def _binstring(self, size):
        self._push(self._decode_string(self._read(size)))

    def _get_key(self, idx):
        try:
            self._push(self.memo[idx])
        except KeyError:
            raise UnpicklingError('Memo value not found at index %d' % idx) from None

    def _build(self):
        state = self._stack.pop()
        inst = self._stack[-1]
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            for k, v in state.items():
                object.__setattr__(inst, k, v)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _inst(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
            return cls(*args)
        return cls.__new__(cls)


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"',
            'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v', '0': '\0'}


def _unescape(data, raw=False):
    # Protocol 0's text: latin-1 with backslash escapes (raw: \uXXXX and
    # \UXXXXXXXX only, as raw_unicode_escape).
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        nxt = text[i + 1:i + 2]
        if c != '\\' or not nxt:
            out.append(c)
            i += 1
        elif nxt in 'uU':
            n = 4 if nxt == 'u' else 8
            out.append(chr(int(text[i + 2:i + 2 + n], 16)))
            i += 2 + n
        elif raw:
            out.append(c)
            i += 1
        elif nxt == 'x':
            out.append(chr(int(text[i + 2:i + 4], 16)))
            i += 4
        else:
            out.append(_ESCAPES.get(nxt, c + nxt))
            i += 2
    return ''.join(out)


def _long(data):
    return int.from_bytes(data, 'little', signed=True)


def _u(n):
    return int.from_bytes(n, 'little')


def _setitems(u, pairs):
    d = u._stack[-1]
    for k in range(0, len(pairs), 2):
        d[pairs[k]] = pairs[k + 1]


def _appends(u, items):
    target = u._stack[-1]
    extend = getattr(target, 'extend', None)
    if extend is not None:
        extend(items)
    else:
        for x in items:
            target.append(x)


def _tuple_of_last(u, n):
    items = tuple(u._stack[-n:])
    del u._stack[-n:]
    u._stack.append(items)


def _put(u, idx):
    u.memo[idx] = u._stack[-1]


def _memoize(u):
    _put(u, len(u.memo))


_DISPATCH = {
    PROTO: Unpickler._proto,
    FRAME: Unpickler._frame,
    STOP: Unpickler._stop,
    MARK: Unpickler._mark,
    POP: Unpickler._pop,
    POP_MARK: lambda u: u._pop_mark(),
    DUP: lambda u: u._push(u._stack[-1]),
    NONE: lambda u: u._push(None),
    NEWTRUE: lambda u: u._push(True),
    NEWFALSE: lambda u: u._push(False),
    INT: Unpickler._text_int,
    LONG: Unpickler._text_long,
    FLOAT: lambda u: u._push(float(u._line().decode('ascii'))),
    BININT: lambda u: u._push(_long(u._read(4))),
    BININT1: lambda u: u._push(u._read(1)[0]),
    BININT2: lambda u: u._push(_u(u._read(2))),
    LONG1: lambda u: u._push(_long(u._read(u._read(1)[0]))),
    LONG4: lambda u: u._push(_long(u._read(_long(u._read(4))))),
    BINFLOAT: lambda u: u._push(_struct.unpack('>d', u._read(8))[0]),
    STRING: Unpickler._text_string,
    BINSTRING: lambda u: u._binstring(_long(u._read(4))),
    SHORT_BINSTRING: lambda u: u._binstring(u._read(1)[0]),
    UNICODE: lambda u: u._push(_unescape(u._line(), raw=True)),
    BINUNICODE: lambda u: u._push(u._read(_u(u._read(4))).decode('utf-8', 'surrogatepass')),
    SHORT_BINUNICODE: lambda u: u._push(u._read(u._read(1)[0]).decode('utf-8', 'surrogatepass')),
    BINUNICODE8: lambda u: u._push(u._read(_u(u._read(8))).decode('utf-8', 'surrogatepass')),
    BINBYTES: lambda u: u._push(u._read(_u(u._read(4)))),
    SHORT_BINBYTES: lambda u: u._push(u._read(u._read(1)[0])),
    BINBYTES8: lambda u: u._push(u._read(_u(u._read(8)))),
    BYTEARRAY8: lambda u: u._push(bytearray(u._read(_u(u._read(8))))),
    EMPTY_TUPLE: lambda u: u._push(()),
    TUPLE1: lambda u: _tuple_of_last(u, 1),
    TUPLE2: lambda u: _tuple_of_last(u, 2),
    TUPLE3: lambda u: _tuple_of_last(u, 3),
    TUPLE: lambda u: u._push(tuple(u._pop_mark())),
    EMPTY_LIST: lambda u: u._push([]),
    LIST: lambda u: u._push(list(u._pop_mark())),
    APPEND: lambda u: _appends(u, [u._stack.pop()]),
    APPENDS: lambda u: _appends(u, u._pop_mark()),
    EMPTY_DICT: lambda u: u._push({}),
    DICT: lambda u: u._push(dict(zip(*[iter(u._pop_mark())] * 2))),
    SETITEM: lambda u: _setitems(u, [u._stack.pop(-2), u._stack.pop()]),
    SETITEMS: lambda u: _setitems(u, u._pop_mark()),
    EMPTY_SET: lambda u: u._push(set()),
    ADDITEMS: lambda u: (lambda items: u._stack[-1].update(items))(u._pop_mark()),
    FROZENSET: lambda u: u._push(frozenset(u._pop_mark())),
    MEMOIZE: _memoize,
    PUT: lambda u: _put(u, int(u._line())),
    BINPUT: lambda u: _put(u, u._read(1)[0]),
    LONG_BINPUT: lambda u: _put(u, _u(u._read(4))),
    GET: lambda u: u._get_key(int(u._line())),
    BINGET: lambda u: u._get_key(u._read(1)[0]),
    LONG_BINGET: lambda u: u._get_key(_u(u._read(4))),
    GLOBAL: lambda u: u._push(u.find_class(u._line().decode('utf-8'), u._line().decode('utf-8'))),
    STACK_GLOBAL: lambda u: (lambda name, module: u._push(u.find_class(module, name)))(
        u._stack.pop(), u._stack.pop()),
    REDUCE: lambda u: (lambda args, func: u._push(func(*args)))(u._stack.pop(), u._stack.pop()),
    NEWOBJ: lambda u: (lambda args, cls: u._push(cls.__new__(cls, *args)))(
        u._stack.pop(), u._stack.pop()),
    NEWOBJ_EX: lambda u: (lambda kwargs, args, cls: u._push(cls.__new__(cls, *args, **kwargs)))(
        u._stack.pop(), u._stack.pop(), u._stack.pop()),
    BUILD: Unpickler._build,
    INST: lambda u: (lambda module, name: u._push(u._inst(u.find_class(module, name),
                                                            tuple(u._pop_mark()))))(
        u._line().decode('ascii'), u._line().decode('ascii')),
    OBJ: lambda u: (lambda items: u._push(u._inst(items[0], tuple(items[1:]))))(u._pop_mark()),
    PERSID: lambda u: u._push(u.persistent_load(u._line().decode('ascii'))),
    BINPERSID: lambda u: u._push(u.persistent_load(u._stack.pop())),
}


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _Writer()
    Pickler(out, protocol, fix_imports=fix_imports).dump(obj)
    return out.value


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    return Unpickler(file, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_Reader(data), encoding=encoding, errors=errors).load()


class _Writer:
    value = b''

    def write(self, data):
        self.value += data
