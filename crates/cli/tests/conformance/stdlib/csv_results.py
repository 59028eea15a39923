# csv as crawler tutorials save results: DictWriter/DictReader through a file,
# writer to stdout and StringIO, quoting modes, dialect options, reading quoted
# and multi-line fields, and the errors.
import csv
import io
import sys

rows = [{"title": "Silent River 1", "score": 6.1, "url": "http://127.0.0.1:8090/detail/1"},
        {"title": 'He said "hi", then left', "score": 7, "url": "x"},
        {"title": "line\nbreak", "score": None, "url": ""}]
with open("results.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["title", "score", "url"])
    w.writeheader()
    w.writerows(rows)
with open("results.csv", newline="") as f:
    print(repr(f.read()))
with open("results.csv", newline="") as f:
    r = csv.DictReader(f)
    print(r.fieldnames)
    for row in r:
        print(row, r.line_num)
with open("results.csv", newline="") as f:
    print(list(csv.reader(f)))
w = csv.writer(sys.stdout, lineterminator="\n")
print(w.writerow(["a", 1, 2.5, True, None, "", "x,y"]))
w.writerow([""])
w.writerows([["tab\there", "semi;colon"], []])
csv.writer(sys.stdout, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["a", 1])
csv.writer(sys.stdout, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow(["a", 1, 2.0, None])
buf = io.StringIO()
csv.writer(buf, delimiter="\t").writerow(["x", "y z"])
print(repr(buf.getvalue()))
data = 'name, age\n"Smith, J", 42\n  spaced , 7\n\n"multi\nline",1\n'
print(list(csv.reader(io.StringIO(data))), list(csv.reader(io.StringIO(data), skipinitialspace=True)))
print(list(csv.reader(["1,2.5,\"x\""], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(["a|b|c"], delimiter="|")))
print(list(csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="?")))
print(csv.list_dialects()[:3], csv.get_dialect("excel").delimiter, csv.QUOTE_MINIMAL, csv.QUOTE_ALL)
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print(e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error:", e)
