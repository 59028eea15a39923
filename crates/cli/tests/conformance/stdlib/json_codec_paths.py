# json's plain cases (the native codec) and the rest (hooks, default=, errors,
# circular references) must print what CPython's json prints.
import json
docs = [None, True, 1, -0, 12345678901234567890123, 1.5, 1e16, 1e-7, -2.5e-300, "", "a\"b\\c\n\t\x08\x0c\x01é€😀", [], {}, [1, [2, [3, []]]],
        {"b": 1, "a": [1, 2, {"c": None}], "é": "ü"}, {1: 'x', 2.5: 'y', True: 'z', None: 'n'}, (1, 2), [float('nan')]]
for d in docs:
    for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'indent': '\t', 'sort_keys': True}]:
        try:
            t = json.dumps(d, **kw)
            print(repr(t))
            print(repr(json.loads(t)))
        except Exception as e:
            print(type(e).__name__, e)
for bad in ['', '[1,]', '{"a" 1}', '{"a":1,}', '[1 2]', '"abc', '"a\x01b"', '"\\x"', '01', '1.', '-', 'nul', '[1]x', '  {"a": [1, 2, {"b": "\\ud83d\\ude00 \\u00e9"}]}  ', '1e5', '-0.0', '1E+2', 'NaN', '-Infinity', '[Infinity]', '{"a":1,"a":2}', '"\\/"', '123456789012345678901234567890']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print('error', e)
print(json.dumps({"k": [1, 2]}, indent=0))
print(json.dumps({'a': {1, 2}} if False else {'a': 1}, default=str))
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o)
print(json.dumps({'s': {3, 1}}, cls=E))
try:
    json.dumps({'s': {3, 1}})
except TypeError as e:
    print(e)
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
deep = json.loads('[' * 300 + ']' * 300)
depth = 0
while deep:
    deep = deep[0]
    depth += 1
print(depth, len(json.dumps(json.loads('[' * 300 + ']' * 300))))
