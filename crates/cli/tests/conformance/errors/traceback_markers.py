# Python 3.11's markers under traceback lines: ^ under what failed, ~ under
# a binary operation's operands and a subscript's object; none when the
# failing part is the whole line; wide (CJK) characters count two columns.
import asyncio
import traceback


class Box:
    pass


box = Box()
data = {'名字': 1}


def show(f, *args):
    try:
        f(*args)
    except Exception:
        # The frames of this program only (the first is show's own call).
        print(''.join(traceback.format_exc().splitlines(True)[3:]))


def divide(a, b):
    return a / b


def tests():
    yield lambda: 1 + 'a'
    yield lambda: (1) +   'a'
    yield lambda: [1] * 2 + (3,)
    yield lambda: data['missing']
    yield lambda: data  [ 'missing' ] + 1
    yield lambda: {'键': [1]}['键'][5]
    yield lambda: box.missing
    yield lambda: box.missing(1, 2)
    yield lambda: print(undefined_name)
    yield lambda: divide(1, 0)
    yield lambda: len(5)
    yield lambda: 2 ** 'x' // 3
    yield lambda: 1 < 'a'
    yield lambda: -'a'


for t in tests():
    show(t)


def more():
    d = {}
    n = None
    yield lambda: [1 / i for i in range(-1, 2)]
    yield lambda: sum(x['a'] for x in [{}])
    yield lambda: 1 < 2 < 'a'
    yield lambda: d.get('a').upper()
    yield lambda: n.attr.other
    yield lambda: int('a') + int('b')
    yield lambda: n[1:2]
    yield lambda: n()
    yield lambda: -n
    yield lambda: (lambda x: x.y)(3)
    yield lambda: print(sep=None, end=1 / 0)


for t in more():
    show(t)


def delete():
    d = {}
    del d['k']


def augmented_subscript():
    d = {}
    d['k'] += 1


def augmented_attribute():
    box.count += 1


def unpack_none():
    first, *rest = None


def unpack_int():
    a, b = 5


def refuse(f):
    raise ValueError('decorator refused')


def decorated():
    @refuse
    def inner():
        pass


def one_line_compound():
    for x in 5: pass


def asserted():
    a, b = 1, 2
    assert a == b, 'compared'


def asserted_plain():
    a = 0
    assert a, 'plain'


def starred():
    return [*None]


def unpack():
    a, b = [1, 2, 3]


def store():
    d = None
    d['k'] = 1


def store_attr():
    x = 5
    x.attr = 1


def augmented():
    total = 0
    total += 'a'


def multi_line_call():
    return divide(
        1, 0)


def multi_line_binop():
    return (1 +
            'a')


def chain():
    return (box
            .missing())


def chinese():
    名单 = {'甲': 1}; return 名单['乙'] + 1


def whole_line():
    raise ValueError('no markers under a raise')


async def job():
    await asyncio.sleep(0)
    return {}['k']


async def main():
    task = asyncio.create_task(job())
    result = await task


for f in (unpack, store, store_attr, augmented, multi_line_call, multi_line_binop,
          chain, chinese, whole_line, delete, augmented_subscript, augmented_attribute,
          unpack_none, unpack_int, decorated, one_line_compound, asserted, asserted_plain,
          starred):
    show(f)

# Uncaught, through asyncio (whose own frames CPython shows too).
asyncio.run(main())
