# defaultdict, Counter and OrderedDict are dicts: isinstance, json (a word
# count to JSON), equality both ways, copies; UserDict and ChainMap are not.
import json
from collections import Counter, defaultdict, OrderedDict, UserDict, ChainMap
c = Counter("abracadabra")
print(isinstance(c, dict), json.dumps(c), dict(c) == c, c == dict(c))
print(Counter(a=1) != Counter(a=1, b=0), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != {"a": 1})
print(c.most_common(2), sorted(c), len(c), c["z"], "z" in c, list(c.items())[:2])
words = "the quick the lazy the end".split()
counts = Counter(words)
print(json.dumps(counts, indent=2, sort_keys=True))
print(json.dumps({"top": counts.most_common(1), "n": sum(counts.values())}))
d = defaultdict(int)
for w in words:
    d[w] += 1
print(isinstance(d, dict), json.dumps(d), dict(d), d.get("none"), type(d).__name__)
o = OrderedDict(b=2, a=1)
o.move_to_end("b")
print(isinstance(o, dict), json.dumps(o), list(o), o == {"a": 1, "b": 2})
print(isinstance(UserDict(), dict), isinstance(ChainMap(), dict))
import copy
e = copy.deepcopy(c)
print(type(e).__name__, e == c, e is c, copy.copy(d) == d, type(copy.copy(o)).__name__)
print({**c}, dict(**o), str(c)[:9], repr(d)[:24])
