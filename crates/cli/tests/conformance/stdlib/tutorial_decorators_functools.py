import functools
import time
def timer(func):
    @functools.wraps(func)
    def wrapper_timer(*args, **kwargs):
        value = func(*args, **kwargs)
        print(f"Finished {func.__name__!r}")
        return value
    return wrapper_timer
def repeat(num_times):
    def decorator_repeat(func):
        @functools.wraps(func)
        def wrapper_repeat(*args, **kwargs):
            for _ in range(num_times):
                value = func(*args, **kwargs)
            return value
        return wrapper_repeat
    return decorator_repeat
@timer
@repeat(num_times=3)
def greet(name):
    """Greet someone."""
    print(f"Hello {name}")
greet("World")
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__wrapped__.__wrapped__.__name__)
class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.num_calls = 0
    def __call__(self, *args, **kwargs):
        self.num_calls += 1
        print(f"Call {self.num_calls} of {self.func.__name__!r}")
        return self.func(*args, **kwargs)
@CountCalls
def say_whee():
    print("Whee!")
say_whee(); say_whee()
print(say_whee.num_calls, say_whee.__name__)
def singleton(cls):
    @functools.wraps(cls)
    def wrapper_singleton(*args, **kwargs):
        if wrapper_singleton.instance is None:
            wrapper_singleton.instance = cls(*args, **kwargs)
        return wrapper_singleton.instance
    wrapper_singleton.instance = None
    return wrapper_singleton
@singleton
class TheOne:
    pass
print(TheOne() is TheOne(), TheOne.__name__)
