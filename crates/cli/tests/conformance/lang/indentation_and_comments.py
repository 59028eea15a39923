# Comments, blank lines and mixed indentation depths.
def outer(n):  # a trailing comment
    total = 0
    for i in range(n):
        if i % 2 == 0:
                # deeper indentation inside one block is fine
                total += i
        else:
          total -= 1  # two-space block
    return total


# a comment between definitions

print(outer(5))
if True:
	print("tab-indented block")
x = 1; y = 2; print(x + y)  # several statements on one line
if x: print("one-line if")
for i in range(2): print("loop", i)
while x < 3: x += 1
print(x)
class Empty: pass
def nothing(): ...
print(nothing())
print(Empty.__name__)
