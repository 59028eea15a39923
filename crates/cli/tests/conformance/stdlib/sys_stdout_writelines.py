# difflib's documented way to show a diff: sys.stdout.writelines, and the
# rest of what a text stream answers.
import sys
from difflib import unified_diff, ndiff

before = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
after = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
sys.stdout.writelines(unified_diff(before, after, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
sys.stdout.writelines(iter(['a', 'b\n']))
sys.stderr.writelines(['to stderr\n'])
for stream in (sys.stdout, sys.stderr):
    print(stream.isatty(), stream.fileno(), stream.encoding, stream.writable(), stream.readable(),
          stream.closed)
try:
    sys.stdout.writelines([1])
except TypeError as e:
    print('TypeError:', e)
