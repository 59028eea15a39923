# Defaults, keywords, *args, **kwargs and keyword-only parameters.
def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(greeting="Hey", name="Di"))


def total(*numbers, start=0):
    print("numbers is a", type(numbers).__name__, numbers)
    return start + sum(numbers)


print(total(1, 2, 3))
print(total(1, 2, start=10))


def describe(**options):
    return ", ".join(f"{k}={v}" for k, v in options.items())


print(describe(color="red", size=3))


def everything(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, e=6))


def only_positional(a, b, /, c):
    return a + b + c


print(only_positional(1, 2, c=3))


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket


print(mutable_default(1), mutable_default(2))
args = (1, 2)
kwargs = {"c": 3}
print(only_positional(*args, **kwargs))
print(greet.__name__, greet.__defaults__)
