# User-defined exception classes.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


def lookup(key):
    raise NotFound(key)


try:
    lookup("x")
except AppError as e:
    print(type(e).__name__, e, e.key, repr(e))
    print(isinstance(e, Exception), e.args)
try:
    raise AppError("plain", 42)
except AppError as e:
    print(str(e), repr(e))
try:
    raise NotFound
except TypeError as e:
    print("TypeError:", e)
print(NotFound.__bases__[0].__name__)
lookup("final")
