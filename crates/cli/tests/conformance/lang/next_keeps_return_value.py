def gen():
    yield 1
    return 'result'

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as s:
    print('value', s.value, s.args)
try:
    next(g)
except StopIteration as s:
    print('again', s.value)
print(next(g, 'default'))

def averager():
    total = count = 0
    while True:
        x = yield
        if x is None:
            return total / count
        total += x
        count += 1

a = averager()
next(a)
for v in (10, 20, 30):
    a.send(v)
try:
    a.send(None)
except StopIteration as e:
    print('average', e.value)
