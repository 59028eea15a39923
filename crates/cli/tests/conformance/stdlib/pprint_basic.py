# pprint: pformat/pprint with width, indent, depth, compact, sort_dicts; long strings; recursion.
import pprint
data = {"name": "crawler", "urls": ["https://example.com/page/%d" % i for i in range(6)], "config": {"timeout": 10, "retries": 3, "headers": {"User-Agent": "bot/1.0", "Accept": "text/html"}},
        "results": [{"url": "https://example.com/%d" % i, "status": 200 + i, "size": i * 1000} for i in range(3)], "tags": ("a", "b"), "one": (1,), "empty": [], "set": {3, 1, 2}, "fs": frozenset([5, 4])}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, sort_dicts=False)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
print(pprint.pformat(list(range(30)), width=40, compact=True))
print(pprint.pformat(list(range(30)), width=40))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat([1, 2]), pprint.pformat("x"), pprint.pformat(None))
long = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long)
pprint.pprint({"text": long, "lines": "line one\nline two\n" * 3})
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3, width=30)
a = [1, 2]
a.append(a)
print(pprint.pformat(a).startswith("[1, 2, <Recursion on list with id="))
print(pprint.saferepr({"z": [1, {"y": 2, "x": 1}]}), pprint.isreadable([1, "a"]), pprint.isrecursive(a))
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({"alpha": list(range(10)), "beta": {"gamma": "delta" * 5}})
print(pp.pformat((1, 2, 3)))
pprint.pp({"b": [1] * 30, "a": 1})
for bad in [lambda: pprint.PrettyPrinter(width=0), lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0)]:
    try: bad()
    except ValueError as e: print("ValueError", e)
pprint.pprint({1: "int", "s": "str"} if False else {(1, 2): [3], (0, 5): {"k": None}}, width=20)
pprint.pprint(list(range(1000, 1020)), width=50, compact=True)
pprint.pprint({"a" * 30: {"b" * 30: {"c" * 30: [1, 2, 3]}}})
