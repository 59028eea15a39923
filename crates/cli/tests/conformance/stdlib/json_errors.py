# json.loads: values, and the error messages and positions of bad documents.
import json
cases = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a":', '{"a":1,}', '{"a":1 "b":2}', '{1:2}', '"abc', '"a\\qb"', '"a\\u12"', '"a\\u12zz"', '"\x01"', '"a\nb"', 'nul', 'tru', '-', '-x', '01', '1.', '1.e5', '1e', '[1]x', '  {"a": [1, 2, {"b": null}]} \n x', '"\\ud83d\\ude00"', 'NaN', '-Infinity', 'Infinity', '1E+2', '-0', '-0.0', '1.5e-3', '\ufeff[]', '[\n1,\n2\n3]', '{"a":\n\n  x}', '"\\', '"abc\\"', '[-]', '[.5]', '["a" , "b" ,]', '{"a":1}}']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'E', e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [5, None, [1]]:
    try: json.loads(bad)
    except TypeError as e: print(e)
print(json.loads(b'{"x": "\xc3\xa9"}'.decode('latin-1').encode('latin-1')))
print(isinstance(json.JSONDecodeError('m', 'd', 0), ValueError), json.JSONDecodeError.__mro__)
