# heapq: a binary min-heap kept in a list (heap[k] <= heap[2k+1], heap[2k+2]).

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name, what='argument 1'):
    if type(heap) is not list:
        raise TypeError(f'{name}() {what} must be list, not {type(heap).__name__}')


def _sift_down(heap, startpos, pos):
    # The item at pos moves up towards startpos while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    # Fill the hole at pos with the smaller child each time, then settle the item.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def heappush(heap, item):
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    _check_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return returnitem


def heappushpop(heap, item):
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    _check_list(x, 'heapify', 'argument')
    n = len(x)
    for i in reversed(range(n // 2)):
        _sift_up(x, i)


def merge(*iterables, key=None, reverse=False):
    # Each source contributes its next item; the smallest (or largest) goes out,
    # earlier sources first on ties.
    iterators = [iter(it) for it in iterables]
    heads = []
    for order, it in enumerate(iterators):
        for value in it:
            heads.append([value if key is None else key(value), order, value])
            break
    while heads:
        if reverse:
            best = max(heads, key=lambda h: h[0])
            for h in heads:
                if h[0] == best[0] and h[1] < best[1]:
                    best = h
        else:
            best = heads[0]
            for h in heads[1:]:
                if h[0] < best[0] or (not best[0] < h[0] and h[1] < best[1]):
                    best = h
        yield best[2]
        for value in iterators[best[1]]:
            best[0] = value if key is None else key(value)
            best[2] = value
            break
        else:
            heads.remove(best)


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
