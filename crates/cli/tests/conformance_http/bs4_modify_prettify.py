# BeautifulSoup's tree changed (replace_with, unwrap, insert, insert_before/after,
# wrap, decompose, attributes set and deleted) and written back (prettify with
# <pre> and <textarea> kept as they are, decode_contents, encode), both builders.
from bs4 import BeautifulSoup, NavigableString
doc = """<!DOCTYPE html>
<html><head><title>T</title><script>var a = "<b>";</script></head>
<body><!-- note --><div class="a b"><p>Hello <i>big</i> world</p><pre>  x
 y</pre><br/><img src="a.png"></div>
<textarea>  raw  </textarea></body></html>"""
for parser in ["html.parser", "lxml"]:
    soup = BeautifulSoup(doc, parser)
    print(soup.prettify())
    print(soup.div.prettify())
    print(soup.find_all(class_=lambda c: c is not None and "b" in c), soup.find_all("p", class_=None))
    print(repr(soup.get_text()), repr(soup.script.get_text()), soup.script.string, list(soup.head.strings))
    print(soup.get_text("\n", strip=True))
    p = soup.p
    p.i.string.replace_with("small")
    p.i.unwrap() if hasattr(p.i, "unwrap") else None
    print(p, p.contents)
    new = soup.new_tag("a", href="/x")
    new.string = "link"
    p.insert(0, new)
    p.append(" end")
    print(p, len(p.contents), p.a.next_sibling)
    p.a.insert_after(soup.new_tag("br"))
    p.a.insert_before("start ")
    print(p)
    b = soup.new_tag("b")
    p.a.wrap(b)
    print(p, p.b.a["href"])
    for s in soup(["script", "style"]):
        s.decompose()
    print(soup.head, soup.title.string.parent.name, soup.find(string="T").find_parent("head").name)
    print(soup.div.attrs, soup.img.attrs, soup.div.get_attribute_list("class"), soup.img.get_attribute_list("src"))
    del soup.div["class"]
    soup.img["alt"] = "pic"
    print(soup.div.decode_contents()[:60], soup.body.encode()[:40])
    print([type(x).__name__ for x in soup.body.contents], soup.body.contents[0])
