# lxml.etree.HTML(...).xpath(...) and lxml.html over a fixed catalogue page:
# attributes, text(), predicates, functions, find/iter/itertext, tostring.
from lxml import etree
import lxml.html
doc = """<!doctype html>
<html>
 <head>
  <meta charset="utf-8">
  <title>Catalogue &amp; more</title>
 </head>
 <body>
  <h1 class="title">Items</h1>
  <div class="list">
   <ul class="items">
    <li><a href="detail/1">Silent River 1</a></li>
    <li class="hot"><a href="detail/2" title="two">Golden River 2</a> new!</li>
    <li><a href="detail/3">Distant River 3</a></li>
   </ul>
  </div>
  <div class="x y"><p>para <b>bold</b> tail</p><a href="http://ex.com/">ext</a></div>
  <!-- note -->
  <a class="next" href="list?page=2">next</a>
 </body>
</html>
"""
root = etree.HTML(doc)
print(root.tag, len(root), [c.tag for c in root], repr(root.text), repr(root[0].text))
print(root.xpath("//title/text()"), root.xpath("//a/@href"))
print(root.xpath('//div[@class="list"]//a/text()'), root.xpath("//li[@class='hot']/a/@title"))
print([a.text for a in root.xpath("//ul/li/a")], root.xpath("//li[2]/a/text()"), root.xpath("//li[last()]//text()"))
print(root.xpath("//a[contains(@href, 'detail')]/@href"), root.xpath("//a[starts-with(@href,'http')]/text()"))
print(root.xpath("count(//li)"), root.xpath("string(//h1)"), root.xpath("normalize-space(//li[2])"))
print(root.xpath("//p//text()"), root.xpath("//a[text()='next']/@href"), root.xpath("//*[@class='x y']/p/b/text()"))
print(root.xpath("//li/a[@title]/../text()"), root.xpath("//div[contains(@class,'y')]/a/@href"))
print(root.xpath("//h1/@class | //a[@class]/@class"), root.xpath("//ul/li[position() > 1]/a/text()"))
print(root.xpath("//li[a[@title]]/@class"), root.xpath("//li[not(@class)]/a/text()"), root.xpath("//comment()"))
print([e.tag for e in root.xpath("//body/*")], root.xpath("//a/text()")[0].upper())
title = root.find(".//title")
print(title.text, root.findtext(".//h1"), [a.get("href") for a in root.iter("a")], root.find("body/h1").get("class"))
b = root.xpath("//b")[0]
print(b.text, repr(b.tail), b.getparent().tag, b.getparent().text, etree.tostring(b), etree.tostring(b, with_tail=False))
print(etree.tostring(root.xpath("//li")[1]), etree.tostring(root.xpath("//p")[0], encoding="unicode", method="html"))
print("".join(root.xpath("//li")[1].itertext()), root.xpath("//p")[0].xpath("string()"), root.xpath("//p")[0].xpath("./b/text()"))
print(etree.HTML("<p>x<p>y").xpath("//p/text()"), etree.tostring(etree.HTML("<p>café &lt;x&gt; <br>z</p>")))
h = lxml.html.fromstring(doc)
print(h.tag, h.xpath("//li/a/text()"), h.find_class("hot")[0].text_content(), [l for l in h.xpath("//a/@href")])
f = lxml.html.fromstring("<div><a href='/a'>A</a> and <a href='/b'>B</a></div>")
print(f.tag, f.text_content(), lxml.html.tostring(f), [a.get("href") for a in f.xpath(".//a")])
print(lxml.html.fromstring("<p>a</p><p>b</p>").tag, lxml.html.fromstring("text <b>x</b>").tag)
print(root.xpath("//li")[0].xpath("following-sibling::li/a/text()"), root.xpath("//b/ancestor::div/@class"))
