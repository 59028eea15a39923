# Objects: a tree with parent links (a reference cycle per node) built and
# dropped 40 times, and a million short-lived instances. Measures the cost
# of tracking instances and of collecting cycles, in time and peak memory.
class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def build(depth, parent=None):
    node = Node(parent)
    if depth:
        build(depth - 1, node)
        build(depth - 1, node)
    return node


for _ in range(40):
    root = build(12)
root = None


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


total = 0
for i in range(1000000):
    total += Point(i, i).x
print(total)
