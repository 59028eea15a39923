# Function decorators, including ones with arguments and functools.wraps.
import functools

def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper

def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco

@shout
def greet(name):
    return f"hello {name}"

@repeat(3)
def roll(x):
    return x * 2

print(greet("ann"), greet.__name__, roll(4))
calls = []
def log(f):
    def inner(*a):
        calls.append(f.__name__)
        return f(*a)
    return inner

@log
@shout
def hi():
    return "hi"

print(hi(), calls)


def log_calls(func):
    seen = []

    def wrapper(*args):
        seen.append(args)
        print(f"calling {func.__name__}{args}")
        return func(*args)

    wrapper.calls = seen
    return wrapper


@log_calls
@shout
def stacked(x):
    return x


print(stacked("both"), stacked.calls)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(pow, 2)(10))
