# help() on the functions, methods, lambdas and classes a program defines:
# pydoc's plain text, as CPython prints it when stdout is not a terminal.
def greet(name, greeting="Hello", *args, key: int = 3, **kw) -> str:
    """Say hello.

    More text here.
    """
    return f"{greeting}, {name}"

async def fetch(url):
    "Fetch a page."

def nodoc(x):
    pass

help(greet)
help(fetch)
help(nodoc)
class Counter:
    """Counts things."""
    limit = 10
    def __init__(self, start=0):
        self.n = start
    def inc(self, by=1):
        """Add by."""
        self.n += by
    @property
    def double(self):
        "Twice n."
        return self.n * 2
    @staticmethod
    def make():
        return Counter()
    @classmethod
    def build(cls, n):
        "Build one."
        return cls(n)
help(Counter)
help(Counter.inc)

import asyncio

class Animal:
    """An animal."""
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        """Say the sound."""
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"Animal({self.name!r})"

class Dog(Animal):
    sound = "woof"
    def fetch(self, thing: str = "ball") -> str:
        return thing
    async def wait(self, seconds: float) -> None:
        "Wait a while."
        await asyncio.sleep(seconds)
    def _private(self):
        pass

help(Dog)
d = Dog("rex")
help(d.speak)
help(Dog.wait)
help(lambda x, y=2: x)
square = lambda n: n * n
help(square)
help("Dog")
help("nodoc")
help(Counter.double)
