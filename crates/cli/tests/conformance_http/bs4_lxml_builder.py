# BeautifulSoup(markup, 'lxml') builds as libxml2 does: <html>, <head> and <body>
# implied, <p>, <li>, <td>, <dt>, <option> closed by what follows them.
from bs4 import BeautifulSoup
for h in ["<p>x</p>", "<p>a<p>b", "<ul><li>a<li>b</ul>", "text only", "<title>T</title><p>x",
          "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>A</title></head>\n<body>\n<h1>A</h1>\n<p>x</p>\n</body></html>\n",
          "<div><p>one<div>two</div></div>", "<table><tr><td>a<td>b<tr><td>c</table>", "<br>tail", "<a href=x>1</a><!--c--><b>2", "  <p>lead space</p>  "]:
    print(repr(str(BeautifulSoup(h, "lxml"))))
    print(repr(str(BeautifulSoup(h, "html.parser"))))
for h in ["<h1>T</h1><p>a<p>b<div>c</div>", "<p><b>x<div>y</div></b>", "<dl><dt>a<dd>b<dt>c</dl>", "<select><option>1<option>2</select>",
          "<p>a<ul><li>x</ul>", "<p>a<table><tr><td>1</table>", "<li>a<li>b", "<ul><li>a<ul><li>b</ul><li>c</ul>", "<p>a</p>\n<p>b</p>\n",
          "<!-- top --><p>x", "<html><p>x</p></html>", "<body><p>x</body>", "<head><title>t</title></head><p>x", "<p>a<h2>b</h2>",
          "<p>x</p>tail <b>bold</b>", "<td>cell</td>", "<span>a<p>b</p></span>", "<p>a<br>b<hr>c"]:
    print(repr(str(BeautifulSoup(h, "lxml"))))
for h in ["<head><title>t</title>text<p>x", "<html><head></head>x", "<title>a</title><script>var x = 1 < 2;</script><p>b"]:
    soup = BeautifulSoup(h, "lxml")
    print(repr(str(soup)), [t.name for t in soup.find_all()])
page = BeautifulSoup("<html><head><title>Shop</title></head><body><ul><li><a href='/a'>A</a><li><a href='/b'>B</a></ul><p>one<p>two</body></html>", "lxml")
print([li.get_text() for li in page.find_all("li")], [p.text for p in page("p")], page.select("ul > li > a"))
print(page.body.contents, page.head.title.string)
