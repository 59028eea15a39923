# BeautifulSoup(markup) without a parser: with lxml installed bs4 picks it and
# warns (GuessedAtParserWarning, naming the caller's line); as an error under
# the "error" filter; an unknown parser is FeatureNotFound.
import warnings

from bs4 import BeautifulSoup, FeatureNotFound


def parse(text):
    return BeautifulSoup(text)


soup = parse("<ul><li>tea<li>coffee</ul>")
print(soup, [li.text for li in soup.find_all("li")])
try:
    BeautifulSoup("<p>x</p>", "html5")
except FeatureNotFound as e:
    print("FeatureNotFound:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    BeautifulSoup("<b>x</b>")
    print(len(caught), caught[0].category.__name__, caught[0].lineno)
warnings.simplefilter("error")
BeautifulSoup("<b>bold")
