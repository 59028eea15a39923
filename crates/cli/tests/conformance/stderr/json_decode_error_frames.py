# Bad JSON: CPython's JSONDecodeError comes through json/__init__.py (load,
# loads) and json/decoder.py (decode, raw_decode), from its scanner's line or
# the 'Expecting value' raise.
import json, io, traceback
for text in ['{"a": 1,}', '', '[1, 2] x', '{"a" 1}', '  ', '"abc', '[1, 2', 'nul']:
    try:
        json.loads(text)
    except json.JSONDecodeError:
        traceback.print_exc()
try:
    json.load(io.StringIO('{"a":'))
except ValueError:
    traceback.print_exc()
try:
    json.loads('[1.5, 2]', parse_float=str, object_hook=dict) and json.loads('{', parse_float=str)
except ValueError:
    traceback.print_exc()
print(json.loads(' [1, {"a": null}] '), json.JSONDecoder().raw_decode('[1] x'))
json.loads('{"a": 1,}')
