# The library's types pickled as CPython pickles them: namedtuples, dataclasses,
# nested classes, defaultdict, OrderedDict, Counter, deque, set and dict
# subclasses, dates and times with their byte states, a list holding itself.
import pickle
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque
from dataclasses import dataclass
import datetime

Pt = namedtuple("Pt", "x y")

@dataclass
class Item:
    name: str
    qty: int = 1

class Outer:
    class Inner:
        pass

class Tags(set):
    pass

class Config(dict):
    pass

loop = [1]
loop.append(loop)
for v in [Pt(1, 2), Item("pen", 3), Outer.Inner, defaultdict(list, a=[1]), OrderedDict(a=1), Counter("aab"), deque([1, 2]), Tags({1}), Config(a=1), frozenset(), datetime.date(2024, 1, 2), datetime.timedelta(days=1), loop, b"x" * 70000]:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(type(back).__name__, repr(back)[:60], len(data) if len(data) < 200 else "big", data[:90] if len(data) < 200 else data[:20])
import datetime as dt
for v in [dt.datetime(2024, 5, 6, 7, 8, 9, 123456), dt.time(1, 2, 3, 4), dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc), deque([1], maxlen=3), defaultdict(None, b=2)]:
    data = pickle.dumps(v)
    print(repr(pickle.loads(data)), data)
