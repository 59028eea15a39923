# html.parser.HTMLParser subclassed as the docs' and crawler tutorials' link
# extractors do: every callback, references converted or not, data fed in two
# parts; html.escape and html.unescape.
import html
from html.parser import HTMLParser


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for name, value in attrs:
                if name == "href":
                    self.links.append(value)
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


class Echo(HTMLParser):
    def handle_starttag(self, tag, attrs): print("start", tag, attrs)
    def handle_endtag(self, tag): print("end", tag)
    def handle_startendtag(self, tag, attrs): print("startend", tag, attrs)
    def handle_data(self, data): print("data", repr(data))
    def handle_comment(self, data): print("comment", repr(data))
    def handle_decl(self, decl): print("decl", repr(decl))
    def handle_pi(self, data): print("pi", repr(data))
    def handle_entityref(self, name): print("entityref", name)
    def handle_charref(self, name): print("charref", name)
    def unknown_decl(self, data): print("unknown", repr(data))


page = """<!DOCTYPE html><html><head><title>Tom &amp; Jerry</title></head>
<body><a href="/one">1</a> <A HREF='/two?a=1&amp;b=2'>2</A><br/><img src=x.png alt="">
<!-- c --><p>caf&eacute; &lt;b&gt; &#169; &#x263A; &nope; 5 &lt 6</p><script>if (a<b) x="</p>";</script><?php x ?><![CDATA[raw]]></body></html>"""
p = LinkParser()
p.feed(page)
print(p.title, p.links)
Echo().feed(page)
e = Echo(convert_charrefs=False)
e.feed(page)
e.close()
q = Echo()
q.feed("<p>first <b")
print("-- more")
q.feed(">bold</b> tail")
q.close()
print(html.escape("<a href='x'>&\"</a>"), html.escape("<>", quote=False), html.unescape("&lt;&#39;&eacute;&amp&nope;&#x41;"))
