# Missing arguments, caught and uncaught.
class Box:
    def put(self, item, where):
        return (item, where)

b = Box()
try:
    b.put("x")
except TypeError as e:
    print(e)
try:
    b.put()
except TypeError as e:
    print(e)
def kw(*, name):
    return name
try:
    kw()
except TypeError as e:
    print(e)
try:
    kw(name=1, other=2)
except TypeError as e:
    print(e)
b.put(1, 2, 3)
