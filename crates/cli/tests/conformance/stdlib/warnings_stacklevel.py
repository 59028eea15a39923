# warnings.warn with stacklevel: the warning names the caller's line.
import asyncio
import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated, use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def deeper():
    warnings.warn("two levels up", UserWarning, stacklevel=3)


def middle():
    deeper()


def level_one():
    warnings.warn("level one", stacklevel=1)


print(old_api(1))
print(old_api(2))
middle()
level_one()
warnings.warn("too far", RuntimeWarning, stacklevel=10)


class Service:
    def legacy(self):
        warnings.warn("Service.legacy is going away", FutureWarning, stacklevel=2)


def use_service():
    Service().legacy()


use_service()


async def task_warns():
    warnings.warn("from a task", ResourceWarning if False else UserWarning, stacklevel=1)
    await asyncio.sleep(0)
    old_api(3)


asyncio.run(task_warns())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api(4)
    middle()
print([(x.lineno, str(x.message)) for x in w])
