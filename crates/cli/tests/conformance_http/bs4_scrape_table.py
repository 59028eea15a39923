# BeautifulSoup as a scraping tutorial uses it on a product table: rows by CSS,
# siblings and parents, lambdas and regexes, prettify, fragments, odd markup,
# changing the tree, and the errors of a ResultSet and a missing attribute.
from bs4 import BeautifulSoup, NavigableString, Tag, Comment
import re

doc = """<html><head><title>Shop</title></head><body>
<div id="main">
  <h2 class="section">Products</h2>
  <table class="products">
    <tr><th>Name</th><th>Price</th></tr>
    <tr class="row odd"><td class="name">Tea</td><td class="price">$3.50</td></tr>
    <tr class="row even"><td class="name">Coffee &amp; milk</td><td class="price">$4.25</td></tr>
    <tr class="row odd"><td class="name">Juice</td><td class="price">$2.00</td></tr>
  </table>
  <p>Contact: <a href="mailto:shop@example.com">mail</a> or <a href="https://example.com/contact" class="ext">form</a>.</p>
  <pre>  keep   spaces
   here </pre>
  <ol><li>one</li><li class="x">two</li><li>three</li></ol>
</div>
<div id="footer"><p>&copy; 2024 Shop&nbsp;Inc &#8212; &#x263A; &unknown; &lt;tag&gt;</p></div>
</body></html>"""
soup = BeautifulSoup(doc, "html.parser")
rows = soup.select("table.products tr.row")
for tr in rows:
    name, price = [td.get_text(strip=True) for td in tr.find_all("td")]
    print(f"{name:15} {float(price.strip('$')):6.2f}", tr["class"])
print(soup.select("tr:nth-of-type(2) td.price"), soup.select("td.name")[-1].string)
print([li.text for li in soup.select("ol li:first-child, ol li:last-child")])
print(soup.select("li.x + li"), soup.select("li.x ~ li"), soup.select("ol > li:nth-child(2)"))
print(soup.select("a[href$='.com']"), soup.select("a[href*=example]"), soup.select('a:not(.ext)'))
print(soup.select("#main > p a.ext")[0]["href"], soup.select("div#footer p")[0].text)
print(repr(soup.pre.string), repr(soup.find(id="footer").get_text()))
print(soup.find(id="footer").p)
print(soup.find("td", string="Juice").find_next_sibling("td").text)
print(soup.find("td", string=re.compile("Coffee")).parent["class"])
print([t.name for t in soup.find("td", class_="price").parents])
print(soup.find_all("tr")[1].find_all("td")[0].next_element, soup.h2.next_sibling == "\n  ")
print(soup.find_all(class_=re.compile("^ro")))
print(soup.find_all("td", class_="name", limit=1), soup.find_all(["th", "h2"]))
print(soup.find_all(lambda t: t.name == "td" and "Tea" in t.text))
print(soup.find_all("a", attrs={"class": "ext"}), soup.find_all("tr", class_="row odd"))
print(len(soup.find_all(True)), len(list(soup.descendants)), len(soup.find_all(string=True)))
tr = soup.find("tr", class_="even")
print(tr.td, tr.td.find_next("td"), tr.find_previous("td"))
print(soup.h2.find_parent("div")["id"], soup.li.find_next_siblings("li"))
print(soup.h2 == BeautifulSoup('<h2 class="section">Products</h2>', "html.parser").h2)
print("Tea" in soup.td, soup.td.string in ["Tea"], soup.td.string.upper(), soup.td.string + "!")
print(type(soup.td.string).__name__, isinstance(soup.td.string, NavigableString), isinstance(soup.td, Tag))
s = soup.ol
print(s.prettify())
print(soup.table.tr.prettify())
frag = BeautifulSoup("<p>one<p>two</p><span>x</span><br/>tail<br>", "html.parser")
print(frag, len(frag.contents), [c.name for c in frag.contents])
print(frag.find_all("p"), frag.get_text("|"))
print(BeautifulSoup("<b>bold", "html.parser"), BeautifulSoup("", "html.parser"), BeautifulSoup("plain & text", "html.parser"))
empty = BeautifulSoup("<div></div><div> </div><p>\n\n</p>", "html.parser")
print(empty, [repr(d.string) for d in empty.find_all(["div", "p"])])
odd = BeautifulSoup("<A HREF='x' Class='A  b'>Up</A><IMG SRC=y.png><p id=a id=b>dup</p>", "html.parser")
print(odd, odd.a.attrs, odd.img.attrs, odd.p["id"])
c = BeautifulSoup("<p>a<!--hidden-->b<![CDATA[raw]]>c<?php echo 1 ?></p>", "html.parser")
print(c, c.p.contents, c.p.get_text(), c.p.string)
t = soup.find("ol")
t.li.string = "uno"
t.append(soup.new_tag("li", attrs={"class": "new"}))
t.find_all("li")[-1].string = "four"
print(t)
soup.find("li", class_="x").decompose()
print(t, t.find("li", string="three").extract(), t)
try:
    soup.find_all("td").text
except AttributeError as e:
    print(e)
try:
    soup.td["nope"]
except KeyError as e:
    print("KeyError", e)
