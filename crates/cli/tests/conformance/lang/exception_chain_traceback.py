# An uncaught exception raised from another: both tracebacks, exit status 1.
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("could not load config") from e

print("loading")
load("forty-two")
