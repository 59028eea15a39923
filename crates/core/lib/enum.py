# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique. EnumType (the
# metaclass) turns the class body's plain attributes into members. A member
# of an enum mixed with str, int or float (IntEnum, StrEnum, `(str, Enum)`)
# is an instance of that type as any subclass's is here: it stands on its
# value (lib/_builtin_bases.py), so str's and int's methods, hashing and
# equality are the value's.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'ReprEnum', 'global_enum', 'member', 'nonmember',
           'verify', 'UNIQUE', 'CONTINUOUS', 'NAMED_FLAGS']

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'

    # `ADMIN = READ | WRITE` in a class body combines autos not yet numbered.
    def __or__(self, other):
        return _AutoCombo(lambda a, b: a | b, self, other)

    def __and__(self, other):
        return _AutoCombo(lambda a, b: a & b, self, other)

    def __xor__(self, other):
        return _AutoCombo(lambda a, b: a ^ b, self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class _AutoCombo(auto):
    def __init__(self, op, left, right):
        self.value = _auto_null
        self._parts = (op, left, right)

    def resolve(self):
        op, left, right = self._parts
        return op(_resolved(left), _resolved(right))


def _resolved(x):
    if isinstance(x, _AutoCombo):
        return x.resolve()
    if isinstance(x, auto):
        return x.value
    return x


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = f'_{cls_name}__'
    return name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    if type(obj).__name__ in ('function', 'builtin_function_or_method', 'classmethod',
                              'staticmethod', 'property'):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class _MappingProxy:
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, k, default=None):
        return self._d.get(k, default)

    def __eq__(self, other):
        return self._d == other

    def __repr__(self):
        return f'mappingproxy({self._d!r})'

    def __str__(self):
        return str(self._d)


def _enum_bases(name, bases):
    for base in bases:
        for b in base.__mro__:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError(f'<enum {name!r}> cannot extend {b!r}')


def _find(bases, name, default=None):
    for base in bases:
        for b in base.__mro__:
            if name in b.__dict__:
                return b.__dict__[name]
    return default


def _data_type(enum_class):
    # str, int or float for an enum mixed with one, else None.
    for b in enum_class.__mro__:
        if b in (str, int, float):
            return b
    return None


def _keep_enum_methods(enum_class, bases, classdict, data_type):
    # As CPython's EnumType: a mixed enum's repr, str, format and pickling
    # are the enum's, not the data type's, except that a ReprEnum's
    # (IntEnum, StrEnum) str and format are the value's.
    def data_types(name):
        owner = next(b for b in enum_class.__mro__ if name in b.__dict__)
        return owner is object or owner.__module__ == '_builtin_bases'
    first_enum = bases[-1]
    if ReprEnum in bases:
        for name in ('__str__', '__format__'):
            if name not in classdict:
                type.__setattr__(enum_class, name, _VALUE_METHODS[name])
                classdict[name] = None
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name not in classdict and data_types(name):
            type.__setattr__(enum_class, name, getattr(first_enum, name))


def _value_str(self):
    return str(self._builtin_value)


def _value_format(self, spec):
    return format(self._builtin_value, spec)


_VALUE_METHODS = {'__str__': _value_str, '__format__': _value_format}


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        _enum_bases(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        gen = classdict.get('_generate_next_value_')
        if gen is None:
            gen = _find(bases, '_generate_next_value_')
        gen_func = getattr(gen, '__func__', gen)
        members = {}
        for key in list(classdict.keys()):
            value = classdict[key]
            if key in ignore or key == '_ignore_':
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif _is_descriptor(value):
                continue
            if isinstance(value, _AutoCombo):
                value = value.resolve()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen_func(key, 1, len(members), [v for v in members.values()])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(v.value if isinstance(v, auto) and v.value is not _auto_null
                              else (gen_func(key, 1, len(members), list(members.values()))
                                    if isinstance(v, auto) else v) for v in value)
            members[key] = value
        for key in members:
            del classdict[key]
        for key in ignore:
            classdict.pop(key, None)
        classdict.pop('_ignore_', None)
        user_new = classdict.get('__new__')
        if user_new is not None:
            del classdict['__new__']
            classdict['_new_member_'] = staticmethod(user_new)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        for attr in ('_member_names_', '_member_map_', '_value2member_map_',
                     '_unhashable_values_'):
            type.__setattr__(enum_class, attr, [] if attr.endswith('s_') else {})
        new_member = _find((enum_class,), '_new_member_')
        new_member = getattr(new_member, '__func__', new_member)
        init = _find((enum_class,), '__init__')
        if init is object.__init__:
            init = None
        data_type = _data_type(enum_class)
        if data_type is not None:
            _keep_enum_methods(enum_class, bases, classdict, data_type)
        for name, value in members.items():
            args = value if isinstance(value, tuple) else (value,)
            if new_member is not None:
                m = new_member(enum_class, *args)
                if not hasattr(m, '_value_'):
                    object.__setattr__(m, '_value_', value)
            elif data_type is not None:
                m = enum_class.__new__(enum_class, *args)
                object.__setattr__(m, '_value_', m._builtin_value)
            else:
                m = object.__new__(enum_class)
                object.__setattr__(m, '_value_', value)
            object.__setattr__(m, '_name_', name)
            object.__setattr__(m, '__objclass__', enum_class)
            if init is not None:
                init(m, *args)
            existing = None
            try:
                existing = enum_class._value2member_map_.get(m._value_)
            except TypeError:
                for other in enum_class._unhashable_values_:
                    if other._value_ == m._value_:
                        existing = other
            if existing is None:
                for other_name in enum_class._member_names_:
                    other = enum_class._member_map_[other_name]
                    if other._value_ == m._value_:
                        existing = other
                        break
            if existing is not None:
                m = existing
            else:
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_[m._value_] = m
                except TypeError:
                    enum_class._unhashable_values_.append(m)
            enum_class._member_map_[name] = m
            type.__setattr__(enum_class, name, m)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    mask |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', mask)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            if isinstance(value, cls):
                return value
            try:
                return cls._value2member_map_[value]
            except (KeyError, TypeError):
                pass
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
            result = cls._missing_(value)
            if isinstance(result, cls):
                return result
            if result is not None:
                raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} '
                                f'instead of None or a valid member')
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(n, start + i) for i, n in enumerate(names)]
        items = names.items() if hasattr(names, 'items') else names
        for name, value in items:
            classdict[name] = value
        classdict['__module__'] = module or '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, m):
        if not isinstance(m, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(m).__qualname__}' and '{type(cls).__qualname__}'")
        return isinstance(m, cls) and m._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return _MappingProxy(dict(cls._member_map_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        type.__setattr__(cls, name, value)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        v_repr = repr(self._value_)
        return f'<{type(self).__name__}.{self._name_}: {v_repr}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __setattr__(self, name, value):
        if name in ('name', 'value'):
            raise AttributeError(f"<enum 'Enum'> cannot set attribute {name!r}")
        object.__setattr__(self, name, value)


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        # A member's value must be a str already, as CPython's says.
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bits(n, width):
    # The layout of Flag's error messages: sign bit, a space, the bits.
    return '0b0 ' + bin(n)[2:].zfill(width)


def _power_of_two(n):
    return n > 0 and (n & (n - 1)) == 0


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(v for v in last_values if isinstance(v, int))
        return 1 << last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if value & mask else ~(-value - 1) & mask
        if value & ~mask and not cls._int_flag_:
            bits = max(value.bit_length(), mask.bit_length())
            raise ValueError(f'{cls!r} invalid value {value!r}\n'
                             f'    given {_bits(value, bits)}\n'
                             f'  allowed {_bits(mask, bits)}')
        pseudo = cls.__new__(cls, value) if cls._int_flag_ else object.__new__(cls)
        object.__setattr__(pseudo, '_value_', value)
        names = [m._name_ for m in cls._decompose(value)]
        extra = value & ~mask
        if names and extra:
            names.append(str(extra))
        object.__setattr__(pseudo, '_name_', '|'.join(names) if names or not extra else None)
        if not names and not extra:
            object.__setattr__(pseudo, '_name_', None)
        if extra and not names:
            object.__setattr__(pseudo, '_name_', None)
        cls._value2member_map_[value] = pseudo
        return pseudo

    _int_flag_ = False

    @classmethod
    def _decompose(cls, value):
        return [cls._member_map_[n] for n in cls._member_names_
                if _power_of_two(cls._member_map_[n]._value_)
                and cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_]

    def __iter__(self):
        return iter(type(self)._decompose(self._value_))

    def __len__(self):
        return len(type(self)._decompose(self._value_))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(other).__qualname__}' and '{type(self).__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            if self._int_flag_ and self._value_:
                return f'<{cls_name}: {self._value_!r}>'
            return f'<{cls_name}: {self._value_!r}>'
        return f'<{cls_name}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._int_flag_ and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(type(self)._flag_mask_ & ~self._value_)

    @property
    def name(self):
        return self._name_


class IntFlag(int, ReprEnum, Flag):
    _int_flag_ = True

    # Flag's operators before int's: members combine into members.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join([f'{alias} -> {name}' for (alias, name) in duplicates])
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


UNIQUE = 'no duplicate values'
CONTINUOUS = 'no skipped integer values'
NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'


def verify(*checks):
    def decorator(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorator


def global_enum(cls):
    return cls
