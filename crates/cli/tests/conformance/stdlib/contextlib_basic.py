from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, ContextDecorator)
import sys


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag('p') as t:
    print('inside', t)

with tag('outer'):
    with tag('inner'):
        print('nested')

try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print('swallowed', type(e).__name__, e)


with swallow(KeyError):
    {}['missing']
print('after swallow')
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not swallowed:', e)


@contextmanager
def transaction(log):
    log.append('begin')
    try:
        yield log
    except Exception:
        log.append('rollback')
        raise
    else:
        log.append('commit')


log = []
with transaction(log):
    log.append('work')
try:
    with transaction(log):
        raise RuntimeError('fail')
except RuntimeError:
    pass
print(log)


@tag('deco')
def decorated(x):
    print('running with', x)
    return x * 2


print(decorated(21))
print(decorated(1))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in [no_yield, two_yields]:
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)

with suppress(FileNotFoundError, KeyError):
    {}['x']
    print('not reached')
print('suppressed')
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('IndexError', e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Resource('db')) as r:
    print('using', r.name)

with nullcontext(42) as v:
    print('null gives', v)
with nullcontext() as v:
    print('null gives', v)


class Managed:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    items = [stack.enter_context(Managed(n)) for n in 'abc']
    stack.callback(print, 'callback ran', 1)
    print('body with', [m.name for m in items])

try:
    with ExitStack() as stack:
        stack.enter_context(Managed('x'))
        stack.push(lambda *exc: print('push saw', exc[0].__name__))
        raise KeyError('k')
except KeyError as e:
    print('KeyError escaped', e)

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError('suppressed by stack')
print('stack suppressed it')

stack = ExitStack()
stack.callback(print, 'closed later')
moved = stack.pop_all()
stack.close()
print('before moved close')
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError', e)

class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


buf = Capture()
with redirect_stdout(buf) as target:
    sys.stdout.write('captured line\n')
    sys.stdout.write('another\n')
print('got', buf.parts, target is buf, sys.stdout is sys.__stdout__)


class timed(ContextDecorator):
    def __enter__(self):
        print('start')
        return self

    def __exit__(self, *exc):
        print('stop')
        return False


@timed()
def work():
    print('working')
    return 'done'


print(work())
with timed():
    print('block')
