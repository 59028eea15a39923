# Slicing lists, strings and tuples.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[::2], xs[::-1], xs[8:2:-2], xs[100:], xs[-100:2])
s = "playground"
print(s[1:4], s[-4:], s[::3], s[:0], s[5:100])
xs[2:4] = ["a", "b", "c"]
print(xs)
del xs[::3]
print(xs)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
print(xs[slice(1, 3)], range(10)[2:8:2])
s = "abcdefgh"
nums = list(range(10))
print(s[2:5], s[:-3], s[1::3], s[-2:1:-2])
t = tuple(nums)
print(t[3:6], t[::-3])
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0])
nums[2:5] = ["x"]
print(nums)
nums[::3] = [0, 0, 0]
print(nums)
print(s[3], s[-1], "abc"[10:20] == "")
r = range(20)[5:15:3]
print(r, list(r))
print(slice(1, 5, 2), s[slice(1, 5, 2)])
