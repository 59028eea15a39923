import asyncio
import functools
import time


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            print(f"{func.__name__} took {elapsed:.3f}s")
    return wrapper


def retry(times=3, *, delay=0.1):
    def decorate(func):
        async def wrapper(*args, **kwargs):
            for i in range(times):
                try:
                    return await func(*args, **kwargs)
                except ValueError:
                    await asyncio.sleep(delay * 2 ** i)
            raise RuntimeError("out of retries")
        return wrapper
    return decorate


registry = {}


def register(name):
    return lambda f: registry.setdefault(name, f)


@register("job")
@timed
@retry(times=2, delay=0.01)
async def job(x, /, y, *, z=1):
    await asyncio.sleep(0.05)
    return x + y + z


@(lambda cls: cls)
class Marker:
    pass


print(asyncio.run(registry["job"](1, 2, z=3)), Marker)
