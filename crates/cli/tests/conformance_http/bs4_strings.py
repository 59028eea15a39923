# Which strings bs4 finds and joins: string=True and its filters, the kinds of
# strings (comments, doctype, CDATA, script and style), strings and
# stripped_strings, get_text of the document, the head and a script.
from bs4 import BeautifulSoup, Comment
html = """<!DOCTYPE html><html><head><title>T</title><script>var x;</script><style>p{}</style></head><body><!-- c --><p>one <b>two</b></p>
<p>three</p><![CDATA[cd]]></body></html>"""
soup = BeautifulSoup(html, "html.parser")
print(soup.find_all(string=True))
print([type(s).__name__ for s in soup.find_all(string=True)])
print(soup.find_all(string="two"), soup.find_all(string=["one ", "three"]), soup.find(string=lambda s: isinstance(s, Comment)))
print(list(soup.strings), list(soup.body.strings), list(soup.stripped_strings))
print(soup.p.find_all(string=True, recursive=False), soup.find_all("p", string="three"), soup.find_all(["p", "b"], string=True))
print(repr(soup.get_text("|")), repr(soup.head.get_text()), repr(soup.script.get_text()), repr(soup.style.text))
# A NavigableString is a str: str's methods, joins, dict keys, regular
# expressions and sorting take it as its text; it also knows its place.
title = soup.title.string
print(isinstance(title, str), title == "T", {"T": 1}[title], {title: 2}["T"], "-".join([title, title]))
import re
print(title.lower(), title + "!", re.findall(".", title), sorted([soup.b.string, "a"]), title.parent.name)
