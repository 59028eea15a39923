import heapq
import bisect
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, x)
print(h, h[0], [heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data, heappop(data), data)
print(heapreplace(data, 10), data, heappushpop(data, -1), data, heappushpop(data, 4), data)
print(nlargest(3, [5, 1, 8, 3, 9, 2]), nsmallest(2, [5, 1, 8, 3, 9, 2]), nlargest(0, [1]), nsmallest(10, [3, 1]))
people = [('ann', 31), ('bob', 25), ('cid', 35), ('dee', 25)]
print(nsmallest(2, people, key=lambda p: p[1]), nlargest(2, people, key=lambda p: p[1]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge([], [1])), list(merge()))
print(list(merge(['b', 'd'], ['a', 'c', 'e'], key=str.upper)), list(merge([5, 3, 1], [4, 2], reverse=True)))

# priority queue of tasks, as in the heapq docs
tasks = []
heappush(tasks, (2, 'write code'))
heappush(tasks, (1, 'plan'))
heappush(tasks, (3, 'test'))
heappush(tasks, (1, 'coffee'))
while tasks:
    priority, task = heappop(tasks)
    print(priority, task)


def heapsort(iterable):
    h = []
    for value in iterable:
        heappush(h, value)
    return [heappop(h) for _ in range(len(h))]


print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))

# k-way merge of sorted logs with (time, source)
logs_a = [(1, 'a'), (4, 'a'), (9, 'a')]
logs_b = [(2, 'b'), (4, 'b'), (5, 'b')]
print(list(merge(logs_a, logs_b)))

for bad in [lambda: heappop([]), lambda: heappush(3, 1), lambda: heapify((1,)),
            lambda: heapreplace([], 1), lambda: heappush([1, 'a'], 2) or None]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=4))
b = [3, 1]
b.sort()
for x in [2, 5, 0, 2]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 2)
bisect.insort_right(b, 6)
print(b)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [('ann', 20), ('bob', 25), ('cid', 30)]
print(bisect.bisect_left(records, 25, key=lambda r: r[1]), bisect.bisect_right(records, 25, key=lambda r: r[1]))
bisect.insort(records, ('dee', 27), key=lambda r: r[1])
print(records)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
