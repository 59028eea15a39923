# json.dumps: options, escapes, errors, round trips.
import json
data = {"name": "Ünïcode ☃ 😀", "n": 1, "f": 1.5, "big": 10**20, "e": 1e-7, "t": True, "nil": None,
        "list": [1, 2.0, "x", [], {}], "nested": {"z": 1, "a": [1, {"b": 2}]}, "tab\t": "quote\" back\\ ctrl\x01\x7f"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: 1}))
print(json.dumps((1, 2)), json.dumps("x"), json.dumps(3), json.dumps(None), json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=2))
class P:
    def __init__(self, x): self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: {"P": o.x}))
print(json.dumps({"p": P(3), "s": {1, 2} and sorted({1, 2})}, default=vars))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, P):
            return ["P", o.x]
        return super().default(o)
print(json.dumps([P(1)], cls=Enc), Enc(indent=1).encode({"a": P(2)}))
for bad in [lambda: json.dumps(P(1)), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps([float("nan")], allow_nan=False),
            lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True), lambda: json.dumps(b"x"), lambda: json.dumps([P(1)], cls=Enc, default=None) and json.dumps({object(): 1})]:
    try: print(bad())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print("ValueError", e)
d = {}; d["self"] = d
try: json.dumps(d)
except ValueError as e: print("ValueError", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
s = json.dumps(data)
print(json.loads(s) == data, json.loads(json.dumps(data, ensure_ascii=False)) == data)
print(json.loads('{"a": {"b": [1, 2]}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, NaN]', parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c))
print(json.loads('"\\u00e9\\n\\t\\"\\/\\\\"'), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"a":\t[ 1 ,\r\n 2 ] }'))
print(json.dumps("\u2028\ud7ff\ue000\uffff"), json.dumps("é", ensure_ascii=False))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=3, separators=(", ", " = ")))
print(json.dumps(12345678901234567890), json.dumps(-0.0), json.dumps(1/3), json.dumps(1e100))
print(repr(json.loads("1e400")), json.loads("-0"), json.loads(" 7 "))
