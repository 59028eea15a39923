# An exception raised by a function run in an executor is raised again at
# the await; here nobody catches it, so asyncio.run ends with a traceback.
import asyncio


def read_config(path):
    with open(path) as f:
        return f.read()


async def main():
    loop = asyncio.get_running_loop()
    text = await loop.run_in_executor(None, read_config, "missing.toml")
    print(text)


asyncio.run(main())
