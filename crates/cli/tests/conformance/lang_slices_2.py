# Slicing sequences.
s = "abcdefgh"
nums = list(range(10))
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3])
print(s[::2], s[1::3], s[::-1], s[-2:1:-2])
print(nums[2:8:2], nums[100:], nums[-100:2])
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
