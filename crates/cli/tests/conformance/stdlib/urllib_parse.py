# urllib.parse: urljoin as crawlers resolve links, urlparse's parts and ports, quoting and query strings.
from urllib.parse import urljoin, urlparse, urlsplit, urlencode, quote, unquote, quote_plus, parse_qs, parse_qsl, urldefrag, urlunparse
import urllib.parse
base = "http://example.com/a/b/c.html?x=1#frag"
for rel in ["d.html", "../d", "/root", "//other.org/p", "?q=2", "#f", "", "https://x.y/", "./", "../../../..", "g;p?y"]:
    print(repr(rel), urljoin(base, rel))
u = urlparse("https://user:pw@Example.COM:8443/path;params?q=1&r=2#top")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit("http://h/p?q#f"), urlsplit("mailto:a@b"), urlparse("/just/path?x"))
print(urlencode({"q": "a b&c", "n": 3, "é": "ü"}), urlencode([("a", [1, 2])], doseq=True))
print(quote("a b/c?d=é"), quote_plus("a b/c"), unquote("a%20b%C3%A9%zz"), urllib.parse.unquote_plus("a+b"))
print(parse_qs("a=1&a=2&b=&c=x+y"), parse_qsl("a=1&b=", keep_blank_values=True))
print(urldefrag("http://a/b#c"), urlunparse(("http", "h", "/p", "", "q=1", "")))
print(urlparse("http://h:abc/").hostname)
try:
    urlparse("http://h:abc/").port
except ValueError as e:
    print("ValueError", e)
print(u._replace(fragment="").geturl(), u._asdict()["path"])
