# Reference cycles found and freed by gc.collect(), with the counts CPython gives.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

gc.collect()
a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
print("pair:", gc.collect())

s = Node("self"); s.other = s
del s
print("self:", gc.collect())

x, y, z = Node("x"), Node("y"), Node("z")
x.other, y.other, z.other = y, z, x
del x, y, z
print("ring of three:", gc.collect())

n = Node("holder")
n.other = [n, {"k": n}]
del n
print("through a list and a dict:", gc.collect())

def outer():
    def count_down(k):
        return 0 if k == 0 else count_down(k - 1)
    return count_down(3)

print("closure result:", outer())
print("recursive closure:", gc.collect())

kept = Node("kept"); kept.other = kept
print("still referenced:", gc.collect(), kept.other.name)

class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Tree()
for _ in range(3):
    child = Tree(root)
    Tree(child)
del root, child
print("tree with parent links:", gc.collect())

class Noisy:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("finalizing", self.name, "peer", self.peer.name)

p = Noisy("p"); q = Noisy("q")
p.peer = q; q.peer = p
del p, q
print("with __del__:", gc.collect())

class Button:
    def __init__(self):
        self.on_click = self.click

    def click(self):
        return "clicked"


button = Button()
del button
print("bound method kept on its object:", gc.collect())


def remember():
    seen = []

    def note(item, into=seen):
        into.append(item)

    seen.append(note)
    return len(seen)


remember()
print("default argument holding its function:", gc.collect())


class Link:
    def __init__(self, prev):
        self.prev = prev
        self.next = None
        if prev is not None:
            prev.next = self


first = last = Link(None)
for _ in range(50000):
    last = Link(last)
del first, last
print("doubly linked list of 50,001:", gc.collect())

print("enabled:", gc.isenabled())
gc.disable()
print("enabled:", gc.isenabled())
gc.enable()
print("enabled:", gc.isenabled())

for i in range(20000):
    m = Node(i)
    m.other = m
print("after many:", gc.collect() < 1000)
print("done")
