# pathlib as tutorials save pages and results: mkdir, / and the path's parts,
# write_text/read_text, iterdir, glob and rglob, unlink, and the errors.
from pathlib import Path, PurePath, PurePosixPath
import json

out = Path("data")
out.mkdir(exist_ok=True)
out.mkdir(exist_ok=True)
pages = out / "pages"
pages.mkdir(parents=True, exist_ok=True)
for i in range(3):
    (pages / f"page{i}.html").write_text(f"<title>Page {i}</title>")
(out / "results.json").write_text(json.dumps({"n": 3}))
print(sorted(p.name for p in pages.iterdir()), sorted(str(p) for p in out.glob("*.json")))
print(sorted(str(p) for p in out.rglob("*.html")), sorted(str(p) for p in out.glob("pages/page[12].html")))
f = pages / "page1.html"
print(f, repr(f), f.name, f.stem, f.suffix, f.parent, f.parent.parent, f.parts, f.exists(), f.is_file(), f.is_dir(), pages.is_dir())
print(f.read_text(), json.loads((out / "results.json").read_text()), f.with_suffix(".txt"), f.with_name("x.html"), f.with_stem("p"))
print(PurePath("/a/b/c.tar.gz").suffixes, PurePath("a") / "b" / "c", "x" / PurePosixPath("y"), PurePath("/a/b").relative_to("/a"), PurePath("a/./b//c/"))
print(PurePath("/etc/passwd").is_absolute(), PurePath("rel").is_absolute(), list(PurePath("a/b/c").parents), PurePath("a/b.py").match("*.py"), PurePath("/").name)
print(Path("a") == Path("a/"), Path("a") < Path("b"), {Path("x"): 1}[Path("x")], str(Path()), Path("missing.txt").exists())
f.unlink()
print(f.exists(), sorted(p.name for p in pages.iterdir()))
Path("missing.txt").unlink(missing_ok=True)
try:
    Path("missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    Path("data").mkdir()
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    PurePath("a/b").relative_to("c")
except ValueError as e:
    print("ValueError:", e)
print(Path("data/new.txt").write_text("hello"), Path("data/new.txt").stat().st_size if hasattr(Path, "stat") and False else "", Path("data/new.txt").read_bytes())
