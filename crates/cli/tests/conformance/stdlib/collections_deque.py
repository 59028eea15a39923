from collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], list(d), repr(deque()))
d.append(4)
d.appendleft(0)
print(d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, d.count(3), d.index(3))
d.remove(3)
print(d, 3 in d, 4 in d)
d[0] = 'first'
del d[1]
print(d, d == deque(['first', 4, 2, 1, 0, -1]), d != deque())
print(list(reversed(d)), bool(deque()), bool(d))
d.clear()
print(d, len(d))

# maxlen drops from the other end
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
last3.appendleft('x')
print(last3, last3.maxlen, deque().maxlen)
last3.extend('ab')
print(last3)
last3.extendleft('yz')
print(last3)
print(deque('hello', 2), deque(range(5), maxlen=0))

c = deque([1, 2], maxlen=5)
c2 = c.copy()
c2.append(3)
print(c, c2, c + c2, c * 2, 2 * deque([0]))
c += [9, 8]
print(c)
print(deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([3]) >= deque([3]))
c.insert(1, 'i')
print(c)

# moving average, a classic deque recipe
def moving_average(values, n=3):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(sum(window) / len(window))
    return out

print(moving_average([10, 20, 30, 40, 50]))

# tail of a sequence
print(deque(range(100), maxlen=4))

for bad in [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[5],
    lambda: deque([1]).index(7),
    lambda: deque([1]).remove(7),
    lambda: deque(maxlen=-1),
    lambda: deque(1),
    lambda: hash(deque()),
    lambda: deque([1, 2], 2).insert(0, 3),
    lambda: deque([1]).rotate('a'),
    lambda: deque([1]) + [2],
    lambda: deque([1]) < [2],
    lambda: deque([1]) * 'x',
    lambda: deque([1, 2, 3]).index(3, 0, 2),
    lambda: deque(maxlen='3'),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
