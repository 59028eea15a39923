# Random bytes read from /dev/urandom, as CPython's docs' run_in_executor
# example reads them.
with open('/dev/urandom', 'rb') as f:
    data = f.read(100)
print(len(data), type(data).__name__, data != bytes(100))
