from contextlib import contextmanager, suppress, ExitStack
from collections import namedtuple, OrderedDict, deque, Counter
from abc import ABC, abstractmethod
import copy, heapq, bisect, string, textwrap
from types import SimpleNamespace

@contextmanager
def opened(name):
    print('open', name)
    try:
        yield name
    except KeyError as e:
        print('cm saw', repr(e))
        raise RuntimeError('wrapped') from e
    finally:
        print('close', name)

try:
    with opened('f') as f:
        raise KeyError('k')
except RuntimeError as e:
    print('outer', e, repr(e.__cause__))

class Animal(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def sound(self): pass
    def speak(self):
        return f'{self.name} says {self.sound()}'
class Dog(Animal):
    def sound(self): return 'woof'
class Cat(Animal):
    def sound(self): return 'meow'
for a in [Dog('rex'), Cat('tom')]:
    print(a.speak())
try:
    Animal('x')
except TypeError as e:
    print(e)

Point = namedtuple('Point', 'x y')
pts = [Point(3, 4), Point(1, 1), Point(0, 5)]
print(sorted(pts, key=lambda p: p.x ** 2 + p.y ** 2))
print(heapq.nsmallest(2, pts, key=lambda p: p.y))
cfg = SimpleNamespace(debug=True, level=3)
cfg2 = copy.deepcopy(cfg)
cfg2.level = 4
print(cfg, cfg2, cfg == cfg2)
q = deque(maxlen=2)
q.extend([1, 2, 3])
print(q, q.maxlen)
print(Counter('abracadabra').most_common(3))
print(textwrap.dedent('''\
    hello
      world
    '''))
print(string.Template('Hi $name!').substitute(name='Bo'))
scores = [55, 70, 85]
print(bisect.bisect(scores, 71))
od = OrderedDict.fromkeys('abc')
od.move_to_end('a')
print(list(od))
