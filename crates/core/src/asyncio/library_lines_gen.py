"""Marks the lines of our lib/_asyncio.py that stand for lines of CPython
3.11's asyncio with the line each stands for (`  # 3.11: asyncio/tasks.py:649`,
read by `modules::cpython_place`), matched by text within the function each
stands in for (run after changing one of those functions):

    python3 crates/core/src/asyncio/library_lines_gen.py
"""
import ast
import sys
import os
import sysconfig

# CPython 3.11's asyncio (run with the referee, `python3`), and ours.
CP = os.path.join(sysconfig.get_paths()['stdlib'], 'asyncio') + '/'
HERE = os.path.dirname(os.path.abspath(__file__))
OURS = os.path.join(HERE, '../../lib/_asyncio.py')
pairs = [
 ('sleep','tasks.py','sleep'), ('wait_for','tasks.py','wait_for'), ('wait','tasks.py','wait'), ('_wait','tasks.py','_wait'),
 ('_cancel_and_wait','tasks.py','_cancel_and_wait'), ('gather','tasks.py','gather'), ('shield','tasks.py','shield'),
 ('as_completed.<locals>._wait_for_one','tasks.py','as_completed.<locals>._wait_for_one'),
 ('Queue.get','queues.py','Queue.get'), ('Queue.put','queues.py','Queue.put'), ('Queue.join','queues.py','Queue.join'),
 ('Queue.get_nowait','queues.py','Queue.get_nowait'), ('Queue.put_nowait','queues.py','Queue.put_nowait'), ('Queue.task_done','queues.py','Queue.task_done'),
 ('Lock.acquire','locks.py','Lock.acquire'), ('Lock.release','locks.py','Lock.release'), ('Event.wait','locks.py','Event.wait'),
 ('Semaphore.acquire','locks.py','Semaphore.acquire'), ('BoundedSemaphore.release','locks.py','BoundedSemaphore.release'),
 ('Condition.wait','locks.py','Condition.wait'), ('Condition.wait_for','locks.py','Condition.wait_for'),
 ('Barrier.wait','locks.py','Barrier.wait'),
 ('TaskGroup.__aexit__','taskgroups.py','TaskGroup.__aexit__'), ('TaskGroup.create_task','taskgroups.py','TaskGroup.create_task'),
 ('Timeout.__aexit__','timeouts.py','Timeout.__aexit__'), ('to_thread','threads.py','to_thread'),
]
def funcs(path):
    src=open(path).read(); lines=src.split('\n'); out={}
    def walk(node, prefix):
        for ch in ast.iter_child_nodes(node):
            if isinstance(ch,(ast.FunctionDef,ast.AsyncFunctionDef)):
                q=prefix+ch.name
                out[q]=(ch.lineno, ch.end_lineno)
                walk(ch, q+'.<locals>.')
            elif isinstance(ch, ast.ClassDef):
                walk(ch, prefix+ch.name+'.')
    walk(ast.parse(src),'')
    return out, lines
MARK = '  # 3.11: '
with open(OURS) as f:
    clean = '\n'.join(l.split(MARK)[0] for l in f.read().split('\n'))
with open(OURS, 'w') as f:
    f.write(clean)
of, ol = funcs(OURS)
cache={}
rows=[]
for ours, file, theirs in pairs:
    if file not in cache: cache[file]=funcs(CP+file)
    cf, cl = cache[file]
    if ours not in of or theirs not in cf:
        print('missing', ours, theirs, file=sys.stderr); continue
    o0,o1=of[ours]; c0,c1=cf[theirs]
    ctexts=[(i, cl[i-1]) for i in range(c0, c1+1)]
    seen={}
    for i in range(o0+1, o1+1):
        t=ol[i-1].strip()
        if not t or t.startswith('#') or t in ('try:','else:','finally:','pass') : continue
        # Only lines a traceback can stand on in practice (a call, an
        # await, a raise, a test, a subscript): the page fetches each mark.
        framed = any(w in t for w in ('await', 'raise', 'return', 'yield', '(', '[', ' in ')) \
            or t.startswith(('if ', 'while ', 'for ', 'with ', 'async ', 'elif '))
        if not framed: continue
        k=seen.get(t,0); seen[t]=k+1
        matches=[(j,txt) for j,txt in ctexts if txt.strip()==t]
        if len(matches)>k:
            j,txt=matches[k]
            rows.append((ours, t, k, file, j, theirs.split('.')[-1], txt))

marked = list(ol)
for ours, t, k, file, j, name, txt in rows:
    o0, o1 = of[ours]
    seen = 0
    for i in range(o0 + 1, o1 + 1):
        if ol[i-1].strip() == t:
            if seen == k:
                marked[i-1] = ol[i-1] + MARK + 'asyncio/' + file + ':' + str(j)
                break
            seen += 1
with open(OURS, 'w') as f:
    f.write('\n'.join(marked))
print(len(rows), 'lines marked')
