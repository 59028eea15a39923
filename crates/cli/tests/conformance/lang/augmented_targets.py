# Augmented assignment on attributes, subscripts and slices.
class Score:
    def __init__(self):
        self.points = 0


s = Score()
s.points += 10
s.points *= 3
print(s.points)
counts = {"a": 1}
counts["a"] += 5
counts["b"] = counts.get("b", 0) + 1
print(counts)
grid = [[1, 2], [3, 4]]
grid[1][0] -= 10
grid[0] += [9]
print(grid)
text = "ab"
text += "cd"
print(text)
nums = [1, 2, 3]
nums[1:] *= 2 if False else 1
print(nums)
total = 0
for i in range(1, 5):
    total += i ** 2
print(total)
