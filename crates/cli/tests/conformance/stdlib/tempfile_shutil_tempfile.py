# tempfile: folders and files with random names, cleaned up afterwards.
import os
import random
import tempfile

print(tempfile.gettempdir(), tempfile.gettempprefix(), tempfile.TMP_MAX)

# Temporary names do not use (or disturb) the seeded random sequence.
random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
d = tempfile.mkdtemp()
f = tempfile.NamedTemporaryFile()
print(first == [random.random() for _ in range(3)])
f.close()
os.rmdir(d)

d = tempfile.mkdtemp(suffix='_s', prefix='pre_')
base = os.path.basename(d)
print(os.path.isdir(d), base.startswith('pre_'), base.endswith('_s'),
      len(base), os.path.dirname(d) == tempfile.gettempdir())
print(os.listdir(d))
os.rmdir(d)
print(os.path.exists(d))
names = {tempfile.mkdtemp(dir='.') for _ in range(5)}
print(len(names), all(os.path.basename(n).startswith('tmp') for n in names))
print(all(len(os.path.basename(n)) == 11 for n in names))
for n in names:
    os.rmdir(n)

# TemporaryDirectory
with tempfile.TemporaryDirectory() as name:
    print(type(name).__name__, os.path.isdir(name))
    with open(os.path.join(name, 'a.txt'), 'w') as out:
        out.write('hello')
    os.mkdir(os.path.join(name, 'sub'))
    with open(os.path.join(name, 'sub', 'b.txt'), 'w') as out:
        out.write('deep')
    print(sorted(os.listdir(name)))
print(os.path.exists(name))

t = tempfile.TemporaryDirectory(prefix='work', dir='.')
print(repr(t) == '<TemporaryDirectory %r>' % t.name)
print(os.path.basename(t.name).startswith('work'), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
t.cleanup()   # a second time: nothing to do
t = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
os.rmdir(t.name)   # gone already: cleanup does not mind
t.cleanup()
print('cleaned', os.path.exists(t.name))

# NamedTemporaryFile: binary by default, read back after seek.
with tempfile.NamedTemporaryFile() as f:
    print(f.mode, os.path.basename(f.name).startswith('tmp'),
          os.path.exists(f.name))
    print(f.write(b'abc\ndef\n'))
    f.seek(0)
    print(f.read())
    f.seek(0)
    print(list(f))
    f.flush()
    with open(f.name, 'rb') as again:
        print(again.read())
print(os.path.exists(f.name), f.closed)

with tempfile.NamedTemporaryFile('w+', suffix='.txt', dir='.') as f:
    print(f.mode, f.name.endswith('.txt'))
    f.write('line 1\nline 2\n')
    f.seek(0)
    print(f.readline(), end='')
    print(f.read(), end='')
    name = f.name
    print(os.path.basename(name) in os.listdir('.'))
print(os.path.exists(name))

f = tempfile.NamedTemporaryFile('w', delete=False, dir='.')
f.write('kept')
f.close()
with open(f.name) as back:
    print(back.read(), f.delete)
os.remove(f.name)

for mode in ('wb', 'r+b', 'x+b'):
    with tempfile.NamedTemporaryFile(mode) as f:
        print(mode, f.mode)

try:
    tempfile.NamedTemporaryFile('q')
except ValueError as e:
    print(type(e).__name__, e)

try:
    tempfile.mkdtemp(dir='no_such_dir')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)

# TemporaryFile and SpooledTemporaryFile
with tempfile.TemporaryFile('w+') as f:
    f.write('temporary\n')
    f.seek(0)
    print(f.read(), end='')

s = tempfile.SpooledTemporaryFile(max_size=10)
print(s._rolled, s.name, s.mode)
s.write(b'12345')
print(s._rolled, s.tell())
s.write(b'678901')
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.close()
print(s.closed)

with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('text\nmore\n')
    s.seek(0)
    print(s.readlines(), s._rolled, s.encoding)
print(s.closed)
