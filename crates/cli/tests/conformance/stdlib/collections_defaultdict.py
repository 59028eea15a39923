from collections import defaultdict, OrderedDict, ChainMap

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups['a'], groups['z'], len(groups), 'q' in groups)
print(dict(groups))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
print(counts.default_factory, defaultdict(set).default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(nested['x']['y'], dict(nested['x']))
d = defaultdict(None, {'a': 1})
print(d)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
d2 = defaultdict(list, a=[1])
d3 = d2.copy()
d3['a'].append(2)
d3['b']
print(d2, d3, d2 == {'a': [1, 2]}, d3.get('c'), 'c' in d3)
print(d2.pop('a'), d2, d3.setdefault('e', 'E'), list(d3.keys()), list(d3.values()))

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

print(defaultdict(str).__missing__('k') == '')
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError', e)

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys())
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]) == OrderedDict([('y', 2), ('x', 1)]))
print(OrderedDict(x=1, y=2) == dict(y=2, x=1), OrderedDict.fromkeys('abc', 0))
print(list(reversed(OrderedDict.fromkeys('xyz'))))
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('k')]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)

# LRU cache with OrderedDict, as in the docs' recipes
class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)

cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get('a')
cache.put('c', 3)
print(cache.data)

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap(env, defaults)
print(cm, cm['color'], cm['user'], len(cm), sorted(cm), dict(cm) == {'user': 'admin', 'color': 'red'})
cm['color'] = 'blue'
print(env, defaults, cm.maps)
child = cm.new_child({'user': 'root'})
print(child['user'], child.parents['user'], child)
print(list(ChainMap({'a': 1}, {'b': 2, 'a': 3})), 'b' in cm, cm.get('zz', 'none'))
try:
    del cm['user']
    del cm['user']
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap()['x']
except KeyError as e:
    print('KeyError', e)
print(ChainMap())
