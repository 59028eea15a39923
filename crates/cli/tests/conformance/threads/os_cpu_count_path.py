# os.cpu_count and the os.path helpers used to build file names.
import os
import os.path

n = os.cpu_count()
print("cpu_count is a positive int:", isinstance(n, int) and n > 0)
print("sep:", os.sep)
path = os.path.join("data", "pages", "page-1.html")
print(path)
print(os.path.basename(path), os.path.dirname(path))
print(os.path.splitext(path))
print(os.path.split("/var/log/app.log"))
print(os.path.isabs(path), os.path.isabs("/etc"))
print(os.path.normpath("a/./b/../c//d"))
print(os.path.join("/root", "/etc", "hosts"))
print(os.path.exists("main.py"), os.path.exists("no-such-file.txt"))
print(os.path.isfile("main.py"), os.path.isdir("."))
print(os.path.abspath("main.py") == os.path.join(os.getcwd(), "main.py"))
