# bs4's old names (findAll, findNext, findChild, replaceWith...) and the text=
# argument still work, each with bs4's DeprecationWarning; original_encoding.
from bs4 import BeautifulSoup
soup = BeautifulSoup("<p>a</p><p>b</p>", "html.parser")
print(soup.find_all(text="a"), soup.find(text="b"), soup.findAll("p"))
print(soup.original_encoding, BeautifulSoup(b"<p>\xc3\xa9</p>", "html.parser").original_encoding, BeautifulSoup(b"<p>\xc3\xa9</p>", "html.parser").p.string)
p = soup.p
print(p.findNext("p"), p.nextSibling, p.findParent(), soup.findChild("p"), p.findNextSiblings("p"), soup.p.findChildren())
print(soup.findAll("p", text="b"))
p.replaceWith(soup.new_tag("hr"))
print(soup)
