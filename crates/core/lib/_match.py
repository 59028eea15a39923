# What a `match` statement's cases run: the compiler describes each case's
# pattern as nested tuples (see compiler/codegen/patterns.rs) and calls
# case(subject, pattern, n), which gives the n captured values in the
# compiler's order, or None when the pattern does not match (PEP 634).

# The types whose instances a single positional pattern matches whole.
_SELF_MATCHING = (bool, bytes, dict, float, frozenset, int, list,
                  set, str, tuple)


def case(subject, pattern, n):
    caps = {}
    if not _match(subject, pattern, caps):
        return None
    return tuple(caps.get(k) for k in range(n))


def _is_kind(x, names):
    # Whether a class x is an instance of comes from collections with one of
    # these names (deque, the abstract base classes, UserDict's base).
    return any(getattr(c, '__module__', '') in ('collections', 'collections.abc')
               and c.__name__ in names for c in type(x).__mro__)


def _is_sequence(x):
    if isinstance(x, (list, tuple, range)):
        return True
    if isinstance(x, (str, bytes, dict)):
        return False
    return _is_kind(x, ('deque', 'Sequence', 'MutableSequence'))


def _is_mapping(x):
    return isinstance(x, dict) or _is_kind(x, ('Mapping', 'MutableMapping', '_Mapping'))


def _match(x, p, caps):
    tag = p[0]
    if tag == '_':
        return True
    if tag == 'c':
        caps[p[1]] = x
        return True
    if tag == 'v':
        return x == p[1]
    if tag == 's':
        return x is p[1]
    if tag == 'a':
        if not _match(x, p[1], caps):
            return False
        caps[p[2]] = x
        return True
    if tag == 'o':
        for alternative in p[1]:
            tried = dict(caps)
            if _match(x, alternative, tried):
                caps.update(tried)
                return True
        return False
    if tag == 'q':
        return _sequence(x, p[1], caps)
    if tag == 'm':
        return _mapping(x, p[1], p[2], p[3], caps)
    return _class(x, p[1], p[2], p[3], p[4], caps)


def _sequence(x, items, caps):
    if not _is_sequence(x):
        return False
    star = next((k for k, q in enumerate(items) if q[0] == '*'), None)
    n = len(x)
    if star is None:
        if n != len(items):
            return False
        return all(_match(v, q, caps) for v, q in zip(x, items))
    before, after = star, len(items) - star - 1
    if n < before + after:
        return False
    values = list(x)
    for v, q in zip(values[:before], items[:before]):
        if not _match(v, q, caps):
            return False
    for v, q in zip(values[n - after:], items[star + 1:]):
        if not _match(v, q, caps):
            return False
    if items[star][1] >= 0:
        caps[items[star][1]] = values[before:n - after]
    return True


_MISSING = object()


def _mapping(x, keys, patterns, rest, caps):
    if not _is_mapping(x):
        return False
    seen = []
    for key, q in zip(keys, patterns):
        if key in seen:
            raise ValueError(f"mapping pattern checks duplicate key ({key!r})")
        seen.append(key)
        v = x.get(key, _MISSING)
        if v is _MISSING or not _match(v, q, caps):
            return False
    if rest >= 0:
        caps[rest] = {k: v for k, v in x.items() if k not in seen}
    return True


def _class(x, cls, args, names, patterns, caps):
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a type")
    if not isinstance(x, cls):
        return False
    attrs = []
    if args:
        if cls in _SELF_MATCHING and not hasattr(cls, '__match_args__'):
            if len(args) > 1:
                raise TypeError(f"{cls.__name__}() accepts 1 positional sub-pattern "
                                f"({len(args)} given)")
            if not _match(x, args[0], caps):
                return False
        else:
            match_args = getattr(cls, '__match_args__', ())
            if not isinstance(match_args, tuple):
                raise TypeError(f"{cls.__name__}.__match_args__ must be a tuple "
                                f"(got {type(match_args).__name__})")
            if len(args) > len(match_args):
                s = '' if len(match_args) == 1 else 's'
                raise TypeError(f"{cls.__name__}() accepts {len(match_args)} positional "
                                f"sub-pattern{s} ({len(args)} given)")
            attrs = list(zip(match_args, args))
    attrs += list(zip(names, patterns))
    seen = []
    for name, q in attrs:
        if name in seen:
            raise TypeError(f"{cls.__name__}() got multiple sub-patterns for attribute {name!r}")
        seen.append(name)
    for name, q in attrs:
        v = getattr(x, name, _MISSING)
        if v is _MISSING or not _match(v, q, caps):
            return False
    return True
