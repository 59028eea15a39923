# glob over saved pages: patterns, recursive **, directories only, root_dir,
# hidden files, escape.
import glob
import os

os.makedirs("site/pages/old", exist_ok=True)
for name in ["site/index.html", "site/pages/a.html", "site/pages/b.htm", "site/pages/old/c.html", "site/.hidden.html", "notes.txt"]:
    with open(name, "w") as f:
        f.write("x")
print(sorted(glob.glob("site/*.html")), sorted(glob.glob("site/pages/*.htm*")), sorted(glob.glob("*.txt")))
print(sorted(glob.glob("site/**/*.html", recursive=True)), sorted(glob.glob("site/*/")), sorted(glob.glob("site/pages/[ab].*")))
print(sorted(glob.glob("**/*.html", recursive=True)), glob.glob("missing/*"), glob.glob("notes.txt"), glob.has_magic("a*"), glob.escape("a*b?"))
print(sorted(glob.glob("*.html", root_dir="site")), sorted(glob.glob("site/*.html", include_hidden=True)))
