# An exception raised inside an except block: CPython prints both,
# linked by "During handling of the above exception, another exception occurred:".
def cleanup():
    raise RuntimeError("cleanup failed")


def work():
    try:
        {}["missing"]
    except KeyError:
        cleanup()


print("start")
work()
