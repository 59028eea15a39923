# Files written and read back in one run, as crawler tutorials save results.
import json

results = [{"url": "https://example.com/%d" % i, "status": 200, "title": "Page %d" % i} for i in range(3)]
with open("results.json", "w") as f:
    json.dump(results, f, indent=2)
with open("results.json") as f:
    back = json.load(f)
print(back == results, back[1]["title"])
with open("results.json", "r", encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.readline().strip())
    rest = f.read()
print(len(rest.splitlines()), repr(rest[-3:]))

with open("log.txt", "w") as f:
    print(f.write("first line\n"), f.name, f.mode, f.closed)
    f.write("second line\n")
    print("third line", file=f)
print(f.closed)
with open("log.txt", "a") as f:
    f.write("appended\n")
with open("log.txt") as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip())
with open("log.txt") as f:
    print(f.readlines())
with open("data.csv", "w", newline="") as f:
    f.writelines(["a,b\n", "1,2\n"])
print(open("data.csv").read().split())
with open("blob.bin", "wb") as f:
    f.write(b"\x00\x01abc")
with open("blob.bin", "rb") as f:
    print(f.read(), f.mode)
for bad in [lambda: open("missing.txt"), lambda: open("log.txt", "q"), lambda: open("log.txt", "rw"), lambda: open(5.5),
            lambda: open("log.txt").write("x"), lambda: open("new.txt", "w").read(), lambda: open("x.bin", "wb").write("text")]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open("missing.json")
except FileNotFoundError as e:
    print(e.errno, e.filename, e.strerror)
f = open("log.txt")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
for mode in ["b", "rbt", "rr", "r+", "w+", "a+"]:
    try:
        with open("log.txt", mode) as f:
            print(mode, f.readable(), f.writable(), f.read()[:5] if f.readable() else "")
    except ValueError as e:
        print(mode, "ValueError", e)
