# copy: shallow and deep copies. __copy__/__deepcopy__ are honoured; deep
# copies keep a memo (by id) so shared and cyclic structures come out alike.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, slice,
           type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented),
           frozenset)


def _is_atomic(x):
    if isinstance(x, _ATOMIC):
        return True
    return type(x).__name__ in ('module', 'method', 'code', 'builtin_function_or_method')


def _new_like(x):
    cls = type(x)
    y = object.__new__(cls)
    for name, value in x.__dict__.items():
        object.__setattr__(y, name, value)
    return y


def copy(x):
    cls = type(x)
    if _is_atomic(x) or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and cls.__module__ != 'builtins':
        return _reconstruct(x, None, *reductor(x, 4))
    if cls.__module__ == 'builtins':
        raise Error(f"un(shallow)copyable object of type {cls}")
    return _new_like(x)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = getattr(cls, '__reduce_ex__', None)
            if reductor is not None and cls.__module__ != 'builtins':
                y = _reconstruct(x, memo, *reductor(x, 4))
            elif cls.__module__ == 'builtins':
                raise Error(f"un(deep)copyable object of type {cls}")
            else:
                y = object.__new__(cls)
                memo[d] = y
                state = deepcopy(x.__dict__, memo)
                if hasattr(y, '__setstate__'):
                    y.__setstate__(state)
                else:
                    for name, value in state.items():
                        object.__setattr__(y, name, value)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            for name, value in state.items():
                object.__setattr__(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
