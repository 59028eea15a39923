# What pickle refuses, with CPython's errors.
import io
import pickle
import threading


def outer():
    def inner():
        pass
    return inner


def gen():
    yield 1


cases = [lambda: 0, outer(), gen(), threading.Lock(), pickle]
for obj in cases:
    try:
        pickle.dumps(obj)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])
for data in [b"", b"garbage", b"\x80\x04\x95\x05\x00", b"\x80\x04K"]:
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print(e)
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print(e)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PicklingError.__module__)
# Several pickles in one file, read back until the end.
buf = io.BytesIO()
for item in ["first", {"second": 2}, [3]]:
    pickle.dump(item, buf)
buf.seek(0)
while True:
    try:
        print(pickle.load(buf))
    except EOFError as e:
        print("EOFError:", e)
        break
with open("scores.pkl", "wb") as f:
    pickle.dump({"alice": 3, "bob": 5}, f)
with open("scores.pkl", "rb") as f:
    print(pickle.load(f))
pickle.dumps(lambda: 0)
