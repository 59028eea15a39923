# BeautifulSoup's parse_only: only the tags a SoupStrainer matches, with what
# they hold, in document order.
from bs4 import BeautifulSoup, SoupStrainer
html = '<html><head><title>T</title></head><body><p>Hi <a href="/1">one</a></p><div><a href="/2" class="x">two</a><span><a href="/3">three</a></span></div></body></html>'
only_a = SoupStrainer("a")
soup = BeautifulSoup(html, "html.parser", parse_only=only_a)
print(soup, len(soup.contents), [a["href"] for a in soup.find_all("a")])
print(BeautifulSoup(html, "html.parser", parse_only=SoupStrainer("div")))
print(BeautifulSoup(html, "html.parser", parse_only=SoupStrainer(class_="x")))
print(BeautifulSoup(html, "html.parser", parse_only=SoupStrainer(["title", "span"])))
print(BeautifulSoup(html, "html.parser", parse_only=SoupStrainer("a", href="/3")).a)
