# os.fork, the call underneath multiprocessing on Linux: it returns 0 in
# the child and the child's pid in the parent. flush=True keeps buffered
# output from being copied into the child.
import os
import time

print("before fork", flush=True)
pid = os.fork()
if pid == 0:
    time.sleep(0.1)
    print("child: my parent is the forking process:", os.getppid() > 0, flush=True)
    os._exit(7)
else:
    _, status = os.waitpid(pid, 0)
    print("parent: child's pid was positive:", pid > 0)
    print("parent: child exit code:", os.waitstatus_to_exitcode(status))
