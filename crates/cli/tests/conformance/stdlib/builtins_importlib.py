# import builtins: the builtins themselves (a name set on it is seen
# everywhere); importlib.import_module, dotted names included.
import builtins, importlib
# Named here too: the page fetches the library files a program's imports name.
import concurrent.futures, json, os.path  # noqa: F401
print(builtins.print is print, builtins.len([1, 2]), builtins.__name__)
builtins.shout = lambda s: s.upper() + "!"
print(shout("hi"))
json = importlib.import_module("json")
print(json.dumps({"a": 1}), importlib.import_module("os.path").join("a", "b"))
print(importlib.import_module("concurrent.futures").ThreadPoolExecutor.__name__)
try:
    importlib.import_module("no_such_module")
except ModuleNotFoundError as e:
    print(e)
print(hasattr(builtins, "sorted"), callable(getattr(builtins, "map")))
