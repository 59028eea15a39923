# A warning with stacklevel=2 from a task's coroutine names its caller:
# the event loop's Handle._run.
import asyncio
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


async def main():
    warnings.simplefilter("always")
    old_api()
    warnings.warn("from main itself", UserWarning, stacklevel=2)

asyncio.run(main())
