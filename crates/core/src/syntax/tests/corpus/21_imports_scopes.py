import asyncio
import collections.abc as cabc
import os.path, sys
from collections import (
    deque,
    defaultdict as dd,
    OrderedDict,
)
from functools import partial
from itertools import *

counter = 0


def outer():
    total = 0

    def inner(n):
        nonlocal total
        global counter
        total += n
        counter += 1
        return total

    return inner


acc = outer()
acc(1)
acc(2)
print(counter, acc(0), isinstance([], cabc.Sequence))
q = deque(maxlen=3)
q.extend(range(5))
groups = dd(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
del groups["c"], q[0]
print(q, dict(groups), OrderedDict(a=1), partial(print, "x")())
print(list(islice(count(), 3)), os.path.join("a", "b"), sys.version_info >= (3,))
