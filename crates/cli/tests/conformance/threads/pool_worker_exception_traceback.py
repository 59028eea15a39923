# An exception raised in a pool worker and never caught: result() re-raises
# it in the main thread and the program stops with a traceback that shows
# both the main thread's call and the worker's frames.
from concurrent.futures import ThreadPoolExecutor


def load(config):
    return parse(config)


def parse(config):
    return config["port"]


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(load, {"host": "localhost"})
    print("port:", future.result())
print("never printed")
