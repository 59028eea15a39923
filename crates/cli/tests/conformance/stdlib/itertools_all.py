import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       filterfalse, groupby, islice, pairwise, starmap, takewhile, tee,
                       zip_longest, product, permutations, combinations,
                       combinations_with_replacement)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
c = count(3)
print(c, next(c), next(c), c, count(0, 2), count(step=3))
print(list(islice(cycle('ABC'), 7)), list(cycle([])))
print(list(repeat('x', 3)), repeat('a'), repeat('a', 2), repeat(1, -5), list(repeat(0, 0)))
print(list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([], initial=0)))
print(list(chain('AB', [1, 2], (3,))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
data = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'leek'), ('fruit', 'fig')]
for kind, items in groupby(data, key=operator.itemgetter(0)):
    print(kind, [name for _, name in items])
for key, grp in groupby(sorted(['bob', 'ann', 'bea', 'al', 'cy'], key=len), len):
    print(key, list(grp))
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in groups])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice('AB', None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(pairwise('ABCDE')), list(pairwise([1])), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, zip('ab', 'cd'))))
a, b = tee(range(4))
print(list(a), list(b))
x, y, z = tee('abc', 3)
print(next(x), next(x), list(y), list(x), list(z), tee([1], 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1, 2], [3])), list(zip_longest()))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()))
print(list(product('ab', [])), len(list(product(range(3), range(4), repeat=2))))
print(list(permutations('ABC', 2)), list(permutations(range(3))))
print(list(permutations([1, 2], 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 1)))
print(len(list(combinations(range(10), 4))), len(list(permutations(range(6), 3))))
print(type(chain()), itertools.accumulate, type(count()).__name__)
print(sum(1 for _ in combinations_with_replacement(range(5), 3)))

# recipes from the docs
def take(n, iterable):
    return list(islice(iterable, n))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

print(take(3, count(7)), list(flatten([[1, 2], [3]])), list(powerset([1, 2, 3])))
print(list(roundrobin('ABC', 'D', 'EF')), list(unique_justseen('AAAABBBCCDAABBB')))
print(list(unique_justseen('ABBcCAD', str.lower)))

bad = [
    lambda: count('a'), lambda: count(1, 'b'), lambda: cycle(3), lambda: repeat(),
    lambda: repeat(1, 'a'), lambda: accumulate(3), lambda: accumulate([1], 3, 4),
    lambda: list(chain(1)), lambda: chain.from_iterable(1), lambda: compress([1]),
    lambda: compress(1, [1]), lambda: dropwhile(len), lambda: takewhile(None, 3),
    lambda: filterfalse(None), lambda: groupby(3), lambda: groupby([], 3, 4),
    lambda: islice([1]), lambda: islice([1], -1), lambda: islice([1], 'a'),
    lambda: islice([1], -1, 3), lambda: islice([1], 0, 3, 0), lambda: islice([1], 1, 2, 3, 4),
    lambda: islice(3, 1), lambda: pairwise(3), lambda: pairwise(), lambda: starmap(len),
    lambda: list(starmap(len, [1])), lambda: tee(3), lambda: tee([1], -1),
    lambda: tee([1], 'a'), lambda: zip_longest(3), lambda: product(3),
    lambda: product([1], repeat=-1), lambda: product([1], r=1), lambda: permutations(3),
    lambda: permutations([1], -1), lambda: permutations([1], 'a'), lambda: combinations([1]),
    lambda: combinations([1], -1), lambda: combinations_with_replacement([1]),
    lambda: combinations_with_replacement([1], -2), lambda: next(iter(repeat(1, 0))),
]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
