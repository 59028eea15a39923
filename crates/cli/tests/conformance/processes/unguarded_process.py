# A Process started from module level without the __main__ guard: under
# fork the child does not run the module again.
import multiprocessing
import os

print("module starts", os.getpid() == os.getpid())


def child(tag):
    print("child runs with", tag)


p = multiprocessing.Process(target=child, args=("a tag",))
p.start()
p.join()
print("module ends, child exit code", p.exitcode)
