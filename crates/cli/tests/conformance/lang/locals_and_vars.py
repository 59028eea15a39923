# locals() and vars() without an argument: the caller's names, as a new dict.
import asyncio


def greet(name, greeting="Hello"):
    punctuation = "!"
    return "{greeting}, {name}{punctuation}".format(**locals())


print(greet("Ada"))


def outer(x):
    y = x * 2

    def inner(z):
        return sorted(locals().items())  # z only: inner uses nothing of outer's

    def reads():
        return x + y, sorted(locals())

    return inner(3), reads()


print(outer(1))


def counter(start):
    count = start

    def bump():
        nonlocal count
        count += 1
        return count

    bump()
    return locals()["count"], sorted(vars())


print(counter(5))


class Config:
    debug = True
    level = 3
    names = sorted(k for k in locals() if not k.startswith("__"))


print(Config.names)


def unbound_yet():
    before = sorted(locals())
    later = 1
    return before, sorted(locals())


print(unbound_yet())


async def task(n):
    await asyncio.sleep(0.01)
    label = f"task {n}"
    return sorted(locals().items())


async def main():
    print(await asyncio.gather(task(1), task(2)))


asyncio.run(main())

top = 42
print("top" in locals(), "top" in vars(), locals()["top"])
try:
    locals(1)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
