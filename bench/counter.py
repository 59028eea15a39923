# collections.Counter over a million items, and its most common.
from collections import Counter

words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
items = [words[(n * 7) % 8] + str(n % 50) for n in range(1000000)]
counts = Counter(items)
print(len(counts), counts.most_common(3))
