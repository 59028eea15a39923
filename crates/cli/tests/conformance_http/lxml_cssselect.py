# lxml's cssselect() (with the cssselect package) on lxml.html and etree trees,
# and CSSSelector: classes, ids, attributes, combinators, nth-child, relative
# to the element it is called on.
import lxml.html
from lxml.cssselect import CSSSelector
from lxml import etree

page = """<html><head><title>Shop</title></head><body>
<div id="main" class="content wide"><h2>Items</h2>
<ul class="items"><li class="item first"><a href="/a">A</a></li><li class="item"><a href="/b" rel="next">B</a></li>
<li class="item sale"><a href="https://x.com/c">C</a> <span>-20%</span></li></ul>
<p>Contact <a href="mailto:x@y.z">mail</a></p></div>
<div class="footer"><a href="/about">About</a></div></body></html>"""
doc = lxml.html.fromstring(page)
print([a.get("href") for a in doc.cssselect("ul.items a")], [a.text for a in doc.cssselect("#main > p a")])
print([li.get("class") for li in doc.cssselect("li.item.sale, li.first")], doc.cssselect("a[rel=next]")[0].text_content())
print([a.text for a in doc.cssselect("a[href^='http']")], [a.text for a in doc.cssselect("li:nth-child(2) a")], len(doc.cssselect("div")))
ul = doc.cssselect("ul")[0]
print([e.tag for e in ul.cssselect("*")][:4], [e.tag for e in ul.cssselect("ul")], [a.text for a in ul.cssselect("div a")])
sel = CSSSelector("div.footer a")
print([a.get("href") for a in sel(doc)], sel.css)
print([e.text_content().strip() for e in doc.cssselect("li:last-child span, h2")])
print([a.text for a in doc.cssselect("li + li > a")], [a.text for a in doc.cssselect("h2 ~ p > a")], doc.cssselect("title")[0].text)
print([a.text for a in etree.HTML(page).cssselect("div.footer a, h2")])
