import os
import os.path
from os import path

print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir,
      os.pathsep, os.extsep, os.altsep, os.devnull)
print(path is os.path, os.path.sep)
cases = ["", ".", "/", "//", "///", "a", "a/", "/a/b", "a//b/../c/./d/",
         "//a/b", "///a/../b", "../..//x", "/..", "a/b/..", "x/../../y",
         "a.b/c", ".bashrc", "x..tar.gz", "a/...", "dir.d/file.txt",
         "/usr/lib/python3.11/os.py", "archive.tar.gz", "a/b.c/", "..."]
for p in cases:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)),
          repr(os.path.dirname(p)), repr(os.path.normpath(p)), os.path.isabs(p))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"))
print(repr(os.path.join("a", "")), repr(os.path.join("", "x")), os.path.join("/"))
print(os.path.abspath("/a/./b/../c"), os.path.realpath("/x//y/"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/"))
print(repr(os.path.commonprefix(["interstellar", "internet", "interval"])),
      repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), repr(os.path.commonpath(["a/b", "c"])))
print(os.path.splitdrive("/a/b"), os.path.normcase("A/B"))
print(os.path.expanduser("~someone_else/x"), os.path.expanduser("plain"))
print(os.path.expandvars("$NOPE_NOT_SET/x ${ALSO_NOT_SET} $"))
for bad in (lambda: os.path.join(1), lambda: os.path.join("a", 1),
            lambda: os.path.relpath(""), lambda: os.path.commonpath([]),
            lambda: os.path.commonpath(["/a", "b"]), lambda: os.fspath(3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Where:
    def __fspath__(self):
        return "/some/where.txt"


print(os.fspath(Where()), os.path.basename(Where()), os.path.splitext(Where()))
print(os.getenv("SURELY_NOT_SET_VAR"), os.getenv("SURELY_NOT_SET_VAR", "default"))
print("SURELY_NOT_SET_VAR" in os.environ, os.environ.get("SURELY_NOT_SET_VAR", 5))
try:
    os.environ["SURELY_NOT_SET_VAR"]
except KeyError as e:
    print("KeyError", e)
os.environ["MY_SETTING"] = "on"
print(os.environ["MY_SETTING"], os.getenv("MY_SETTING"), os.environ.pop("MY_SETTING"))
print(os.environ.pop("MY_SETTING", "gone"), os.environ.setdefault("OTHER_ONE", "x"))
try:
    os.environ["X_INT"] = 1
except TypeError as e:
    print("TypeError:", e)
print(type(os.environ.copy()).__name__, repr(os.environ)[:9], type(os.getpid()).__name__)
print(os.getpid() == os.getpid(), type(os.getppid()).__name__, os.cpu_count() >= 1)
print(os.path.isabs(os.getcwd()), os.error is OSError)
os.environ["PLAY_VAR"] = "v"
print(os.path.expandvars("$PLAY_VAR/${PLAY_VAR}x $PLAY_VARy $$ ${PLAY_VAR"))
del os.environ["PLAY_VAR"]
print("PLAY_VAR" in os.environ)
