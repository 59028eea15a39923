from collections import Counter

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c)
print(c['the'], c['missing'], 'missing' in c, len(c))
print(c.most_common(2), c.most_common(0), c.most_common()[:3])
print(c.total(), sum(c.values()))

letters = Counter('abracadabra')
print(letters, sorted(letters.elements()))
print(list(letters.elements()))
letters.update('aaz')
print(letters)
letters.update({'b': 10})
print(letters)
letters.subtract('aaaaa')
print(letters)
letters.subtract(z=5)
print(letters)
print(+letters, -letters)

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a)
print(a | b, a & b)
print(a == Counter(a=3, b=1), a == Counter(a=3, b=1, e=0), a != b)
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2) >= Counter(a=2))
x = Counter(a=5)
x += Counter(a=-6, b=2)
print(x)
x -= Counter(b=1)
print(x)
x |= Counter(c=3)
x &= Counter(b=1, c=2)
print(x)
print(Counter(), Counter(cats=4, dogs=8), Counter({'red': 4, 'blue': 2}))
d = Counter(x=1)
d['y'] += 2
d['z'] = 0
del d['x']
del d['not there']
print(d, dict(d), list(d), list(d.items()), d.keys(), d.get('y'), d.get('q', -1))
e = d.copy()
e['y'] = 100
print(d, e)
print(d.pop('y'), d, d.setdefault('w', 7), d)
print(Counter('aabbbc').most_common(1)[0])
inventory = Counter(apples=3, pears=2)
inventory.update(apples=2)
for item, n in sorted(inventory.items()):
    print(f"{item}: {n}")
print(isinstance(inventory, Counter), Counter([1, 1, 2]) + Counter([2]))

for bad in [
    lambda: Counter(a=1) + 1,
    lambda: Counter.fromkeys('ab'),
    lambda: Counter(3),
    lambda: Counter('a') - 'b',
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
