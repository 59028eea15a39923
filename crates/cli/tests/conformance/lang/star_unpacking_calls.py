# * and ** in calls and displays.
def show(a, b, c=0, *rest, **named):
    print(a, b, c, rest, named)


args = [1, 2, 3, 4]
show(*args)
show(*args[:2], c=9)
show(**{"a": 1, "b": 2, "z": 26})
show(0, *"xy", **{"k": "v"})
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2} == {1, 2})
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged)
first, *_ = "hello"
print(first, _)
print(*[1, 2, 3])
print(max(*[4, 8, 2]))
