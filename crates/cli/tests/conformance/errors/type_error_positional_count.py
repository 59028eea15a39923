# Calling a function with too many positional arguments.
def square(x):
    return x * x


print(square(3))
try:
    square(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    square(y=2)
except TypeError as e:
    print("TypeError:", e)


class Box:
    def put(self, item):
        return item


try:
    Box().put(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(square(1, 2))
