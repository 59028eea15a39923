# Function decorators, with and without arguments.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


def log_calls(func):
    calls = []

    def wrapper(*args):
        calls.append(args)
        print(f"calling {func.__name__}{args}")
        return func(*args)

    wrapper.calls = calls
    return wrapper


@shout
def greet(name):
    return f"hello {name}"


@repeat(3)
def roll(n):
    return n * 2


@log_calls
@shout
def stacked(x):
    return x


print(greet("ann"))
print(roll(4))
print(stacked("both"))
print(stacked.calls)
print(greet.__name__)
