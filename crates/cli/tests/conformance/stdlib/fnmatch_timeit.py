# fnmatch's patterns (filter, case, character sets, translate) and timeit's
# functions (the times themselves are the machine's).
import fnmatch
import timeit

names = ["page1.html", "page2.htm", "data.json", "Notes.TXT", "a[1].txt", ".hidden"]
print(fnmatch.filter(names, "*.htm*"), fnmatch.fnmatch("Notes.TXT", "*.TXT"), fnmatch.fnmatchcase("notes.txt", "*.TXT"))
print([n for n in names if fnmatch.fnmatch(n, "page[!1].*")], fnmatch.filter(names, "?ata.*"), fnmatch.filter(names, "a[[]1].txt"))
print(fnmatch.translate("*.py"), fnmatch.translate("[!a-c]?x"))
t = timeit.timeit("sum(range(100))", number=200)
t2 = timeit.timeit(lambda: sorted([3, 1, 2]), number=100)
r = timeit.repeat("x = 1", setup="y = 2", repeat=3, number=10)
print(t >= 0, t2 >= 0, len(r), all(v >= 0 for v in r), timeit.default_timer is not None)
items = [5, 3, 1]
print(timeit.timeit("sorted(items)", number=3, globals={"items": items}) >= 0)
