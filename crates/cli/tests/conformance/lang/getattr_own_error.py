# An AttributeError raised by __getattr__ keeps its own message; hasattr,
# getattr with a default and dict() of pairs still treat it as "absent".
class Results:
    def __init__(self, items):
        self.items = items

    def __getattr__(self, key):
        raise AttributeError(f'Results object has no attribute "{key}". Did you mean one item?')

    def __iter__(self):
        return iter(self.items)


class Lazy:
    def __getattr__(self, key):
        if key.startswith("x"):
            return key.upper()
        raise AttributeError(key)


r = Results([("a", 1), ("b", 2)])
try:
    r.text
except AttributeError as e:
    print("caught:", e)
print(hasattr(r, "text"), getattr(r, "text", "default"), dict(r))
print(Lazy().xyz, hasattr(Lazy(), "abc"), getattr(Lazy(), "abc", None))
try:
    Lazy().abc
except AttributeError as e:
    print("caught:", repr(e))
r.text
