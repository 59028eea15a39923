# bs4's classes where bs4 defines them (bs4.element, bs4.exceptions), its warning
# for a URL or a file name given as markup, and its TypeError for a response
# object or None given instead of the page's text.
import warnings
import bs4
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
from bs4.element import Tag, NavigableString

soup = BeautifulSoup("<p class='a'>x</p>", "html.parser")
print(type(soup), type(soup.p), type(soup.p.string), type(soup.find_all("p")), isinstance(soup.p, Tag), isinstance(soup.p.string, NavigableString))
print(bs4.element.Comment, bs4.FeatureNotFound, MarkupResemblesLocatorWarning.__mro__[1].__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    BeautifulSoup("https://example.com/page", "html.parser")
    BeautifulSoup("index.html", "html.parser")
    BeautifulSoup("two words.txt", "html.parser")
    BeautifulSoup("http://a b", "html.parser")
    print([(x.category.__name__, str(x.message).splitlines()[0]) for x in w])


class Response:
    def __repr__(self):
        return "<Response [200]>"


try:
    BeautifulSoup(Response(), "html.parser")
except TypeError as e:
    print("TypeError:", e)
BeautifulSoup("http://127.0.0.1:8090/list", "html.parser")
BeautifulSoup(None, "html.parser")
