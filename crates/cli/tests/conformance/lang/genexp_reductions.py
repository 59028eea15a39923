# Generator expressions fed to sum, any, all, min and max.
nums = [4, -2, 7, 0, 3]
print(sum(n for n in nums if n > 0))
print(any(n < 0 for n in nums), all(n < 10 for n in nums))
print(min(n * n for n in nums), max(abs(n) for n in nums))
print(max(nums, key=lambda n: -n), min("banana", "apple", key=len))
print(sum(x / 10 for x in range(4)))
print(any([]), all([]), sum([]), sum([[1], [2]], []))
print(max([], default="none"), min([5], default=0))
words = ["pear", "fig", "banana"]
print(max(words), min(words), max(words, key=len))
print(sum(range(101)), sum([0.1] * 10))
print(sorted((len(w), w) for w in words))
