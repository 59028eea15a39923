# ProcessPoolExecutor in a script without the __main__ guard: on Linux the
# workers are forked, so the module is not imported again and this runs.
from concurrent.futures import ProcessPoolExecutor
import os


def label(n):
    return f"{n} squared is {n * n}", os.getpid() == PARENT


PARENT = os.getpid()
with ProcessPoolExecutor(max_workers=2) as executor:
    for text, in_parent in executor.map(label, [3, 4, 5]):
        print(text, "| computed in the parent:", in_parent)
print("done")
