# shutil: copy, copy trees, move and remove them, with CPython's errors.
import io
import os
import shutil


def show(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', result)


def tree(top):
    found = []
    for name in sorted(os.listdir(top)):
        path = os.path.join(top, name)
        if os.path.isdir(path):
            found.append(name + '/')
            found.extend(name + '/' + sub for sub in tree(path))
        else:
            with open(path) as f:
                found.append('%s=%s' % (name, f.read()))
    return found


work = 'box'   # a fixed name, so that the messages are the same each run
os.mkdir(work)
src = os.path.join(work, 'src')
os.mkdir(src)
os.mkdir(os.path.join(src, 'sub'))
os.mkdir(os.path.join(src, '__pycache__'))
for name, text in [('a.txt', 'A'), ('b.py', 'B'), ('sub/c.txt', 'C'),
                   ('sub/d.pyc', 'D'), ('__pycache__/e.pyc', 'E')]:
    with open(os.path.join(src, name), 'w') as f:
        f.write(text)

a = os.path.join(src, 'a.txt')
dst = os.path.join(work, 'copy.txt')
print(shutil.copyfile(a, dst) == dst, tree(work)[:1])
print(shutil.copy(a, work) == os.path.join(work, 'a.txt'))
print(shutil.copy2(a, os.path.join(work, 'a2.txt')) == os.path.join(work, 'a2.txt'))
with open(os.path.join(work, 'a2.txt')) as f:
    print(f.read())

show('copyfile missing', shutil.copyfile, 'nope.txt', 'x.txt')
show('copyfile same', shutil.copyfile, a, os.path.join(src, '.', 'a.txt'))
show('copy same', shutil.copy, a, src)
show('copyfile to folder', shutil.copyfile, a, src)
show('copyfile no folder', shutil.copyfile, a, 'missing_dir/x.txt')
show('copymode missing', shutil.copymode, 'gone', a)
show('copyfile is folder', shutil.copyfile, src, 'x.txt')
print(os.path.exists('x.txt'))
print(issubclass(shutil.SameFileError, shutil.Error),
      issubclass(shutil.Error, OSError))

# copyfileobj
source = io.StringIO('x' * 10 + 'y' * 5)
target = io.StringIO()
shutil.copyfileobj(source, target, 4)
print(target.getvalue())

# copytree, with patterns ignored, onto an existing folder or not
copied = shutil.copytree(src, os.path.join(work, 'tree'),
                         ignore=shutil.ignore_patterns('*.pyc', '__pycache__'))
print(copied == os.path.join(work, 'tree'), tree(copied))
show('copytree exists', lambda: shutil.copytree(src, copied) and None)
print(tree(shutil.copytree(src, copied, dirs_exist_ok=True)))
show('copytree missing', shutil.copytree, 'nothing', 'elsewhere')
show('copytree file', shutil.copytree, a, 'elsewhere')
seen = []
def ignore(path, names):
    seen.append((os.path.basename(path), sorted(names)))
    return {'sub'}
shutil.copytree(src, os.path.join(work, 'tree2'), ignore=ignore)
print(sorted(seen), tree(os.path.join(work, 'tree2')))
calls = []
def copier(s, d):
    calls.append(os.path.basename(s))
    if s.endswith('.py'):
        raise OSError('cannot copy ' + os.path.basename(s))
    return shutil.copy2(s, d)
try:
    shutil.copytree(src, os.path.join(work, 'tree3'), copy_function=copier)
except shutil.Error as e:
    problems = e.args[0]
    print(type(e).__name__, len(problems), [p[2] for p in problems])
print(sorted(calls))

# move
moved = shutil.move(os.path.join(work, 'a2.txt'), os.path.join(work, 'b2.txt'))
print(moved == os.path.join(work, 'b2.txt'), os.path.exists(os.path.join(work, 'a2.txt')))
print(shutil.move(moved, os.path.join(work, 'tree')) == os.path.join(work, 'tree', 'b2.txt'))
show('move exists', lambda: shutil.move(os.path.join(work, 'tree', 'b2.txt'),
                                        os.path.join(work, 'tree')) and None)
print(shutil.move(os.path.join(work, 'copy.txt'), os.path.join(work, 'tree')))
try:
    shutil.move(os.path.join(work, 'a.txt'), os.path.join(work, 'tree'))
except shutil.Error as e:
    print('Error', e)
new = shutil.move(os.path.join(work, 'tree'), os.path.join(work, 'moved'))
print(new == os.path.join(work, 'moved'), os.path.exists(os.path.join(work, 'tree')))
print(tree(new))
try:
    shutil.move(new, os.path.join(new, 'sub'))
except shutil.Error as e:
    print('Error', str(e).startswith('Cannot move a directory'))
show('move missing', shutil.move, 'ghost.txt', 'spirit.txt')

# rmtree
errors = []
def onerror(func, path, exc_info):
    errors.append((func.__name__, os.path.basename(path), exc_info[0].__name__))
shutil.rmtree('no_such_tree', onerror=onerror)
shutil.rmtree(os.path.join(new, 'a.txt'), onerror=onerror)
print(errors)
show('rmtree missing', shutil.rmtree, 'no_such_tree')
show('rmtree file', shutil.rmtree, os.path.join(new, 'a.txt'))
print(shutil.rmtree('no_such_tree', ignore_errors=True))
shutil.rmtree(new)
print(os.path.exists(new), sorted(os.listdir(work)))

# the rest
print(shutil.which('definitely-not-a-program-xyz'))
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, size[0], type(size).__name__)
print(shutil.get_terminal_size((100, 40)))
usage = shutil.disk_usage('.')
print(type(usage).__name__, usage._fields, usage.total >= usage.used >= 0,
      usage.total == usage.used + usage.free or usage.free <= usage.total)
show('disk_usage missing', shutil.disk_usage, 'not_here')

shutil.rmtree(work)
print(os.path.exists(work), sorted(os.listdir('.')))
