# Saving crawl results under a folder: os.makedirs, os.path checks, listdir,
# rename and remove, all on the files the program writes.
import json
import os

os.makedirs("out/pages", exist_ok=True)
os.makedirs("out/pages", exist_ok=True)
print(os.path.exists("out"), os.path.isdir("out/pages"), os.path.isfile("out"), os.path.exists("nope"))
for i in range(3):
    path = os.path.join("out", "pages", "page_%d.json" % i)
    if not os.path.exists(path):
        with open(path, "w") as f:
            json.dump({"id": i, "title": "Page %d" % i}, f)
print(sorted(os.listdir("out/pages")), os.listdir("out"))
print(os.path.getsize("out/pages/page_0.json"), os.path.isfile("./out/pages/page_1.json"))
os.rename("out/pages/page_2.json", "out/last.json")
print(sorted(os.listdir("out")), json.load(open("out/last.json")))
os.remove("out/pages/page_0.json")
print(os.listdir("out/pages"))
with open("notes.txt", "w") as f:
    f.write("héllo\n")
print(os.path.getsize("notes.txt"), "notes.txt" in os.listdir("."))
for bad in [lambda: os.makedirs("out"), lambda: os.mkdir("a/b"), lambda: os.remove("out/missing.json"), lambda: open("out"),
            lambda: open("nodir/x.txt", "w"), lambda: os.listdir("zzz"), lambda: open("notes.txt", "x"), lambda: os.path.getsize("zz")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
try:
    os.makedirs("out")
except FileExistsError as e:
    print("FileExistsError caught", e.errno)
os.remove("notes.txt")
os.remove("out/pages/page_1.json")
os.remove("out/last.json")
os.rmdir("out/pages")
os.rmdir("out")
print(os.path.exists("out"))
print(os.path.isfile("main.py"), "main.py" in os.listdir("."), open("main.py").readline().startswith("# Saving"))
