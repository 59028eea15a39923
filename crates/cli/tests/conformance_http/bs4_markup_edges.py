# The html.parser tree's edges: character references (numeric, Windows-1252,
# out of range, named with and without semicolons, unknown), attribute quoting
# and case, '<' in text, end tags with blanks, self-closing forms, comments,
# doctype, raw text, blank strings, unterminated markup.
from bs4 import BeautifulSoup
cases = ["<p>&#65;&#x41;&#X42;x&#128;&#0;&#xD800;</p>", "<p>&amp &ampx; &AMP; &lt3 &copy2024 &unknown;x & &; &#38;amp;</p>",
         "<a href=x/>t</a>", "<a title='it\"s'>q</a>", "<a b = \"c\"  d= e f =g>s</a>", "<a data-x=\"1>2\" y='a>b'>gt</a>",
         "<a href=\"/q?a=1&b=2&amp;c=3&copy=4\">amp</a>", "<div  CLASS=\"  A  b \" ID=Main>x</div>", "<p>a < b and c<d</p>", "<p>x</p ><P>y</P>",
         "<br/><br /><hr/><hr>", "<span/>after", "<p><!---->c<!-- a -- b --></p>", "<!DOCTYPE html PUBLIC \"-//W3C//DTD\">x", "<a href=''>e</a><a href>f</a>",
         "<script>alert('</b>')</script><style>a{}</style>z", "<SCRIPT>x</SCRIPT>", "<p>\t\n  </p><pre>\n\n</pre>", "<a\nhref=\"n\"\n>nl</a>", "</>x</ p>", "<p>unterminated <b", "a <= b >= c"]
for h in cases:
    soup = BeautifulSoup(h, "html.parser")
    print(repr(h), "->", str(soup), [t.attrs for t in soup.find_all(True)], repr(soup.get_text()))
for h in ["<p>&#128;x</p>", "<p>&#0;x</p>", "<p>&#99999999;x</p>", "<p>&#xD800;x</p>", "<p>&#150;&#x2014;</p>", "<!--   -->", "<![CDATA[ ]]>", "<p>a&#1234567890123;b</p>"]:
    soup = BeautifulSoup(h, "html.parser")
    print(repr(h), "->", str(soup), repr(soup.get_text()))
