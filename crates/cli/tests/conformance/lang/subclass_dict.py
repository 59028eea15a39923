# A class deriving from dict: attribute access over keys, __missing__, a
# __setitem__ that dict's own update and setdefault do not call, merging
# and copying into plain dicts, json, and a registry with attributes.
import json


class AttrDict(dict):
    """A dict whose keys read as attributes."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


config = AttrDict(host="localhost", port=8080)
config.debug = True
print(config.host, config.port, config.debug)
print(config, len(config), "host" in config, isinstance(config, dict))
print(type(config).__name__, type(config) is dict, sorted(config.keys()))
print(json.dumps(config, sort_keys=True))
try:
    config.missing
except AttributeError as e:
    print("AttributeError:", e)


class Counts(dict):
    def __missing__(self, key):
        return 0


c = Counts()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(c, c["dog"], "dog" in c, c.get("dog"), c.get("the"))


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper(a=1)
u["b"] = 2
u.update(c=3)
u.setdefault("d", 4)
print(u, list(u.items()))

plain = dict(config)
print(type(plain).__name__, plain == config, config == plain, config != {"x": 1})
merged = config | {"port": 9090}
print(type(merged).__name__, merged["port"])
config |= {"port": 7070}
print(type(config).__name__, config.port)
copied = config.copy()
print(type(copied).__name__, copied == config)
print({**config}, dict(**config) == config)
print(Counts.fromkeys("ab", 5), type(Counts.fromkeys("ab")).__name__)
for k, v in sorted(c.items()):
    print(k, v, end="; ")
print()
print(c.pop("the"), c.popitem(), len(c))
del c["cat"]
print(c, list(reversed(c)))
c.clear()
print(c, bool(c))
try:
    {config: 1}
except TypeError as e:
    print("TypeError:", e)


class Registry(dict):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def register(self, fn):
        self[fn.__name__] = fn
        return fn


handlers = Registry("handlers")


@handlers.register
def on_start():
    return "started"


print(handlers.name, list(handlers), handlers["on_start"]())
print(vars(handlers))
