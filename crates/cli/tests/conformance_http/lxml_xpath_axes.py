# XPath's axes, positions, arithmetic, unions and string functions in lxml,
# its errors, Element/SubElement and tostring's escaping.
from lxml import etree
root = etree.HTML("<div id='a'><p>one <i>two</i> three</p><p class='b'>four</p><!--c--><span>five</span></div><ul><li>1</li><li>2</li><li>3</li><li>4</li></ul>")
print(root.xpath("//text()"), root.xpath("//p/text() | //i/text()"))
print(root.xpath("//li[position() mod 2 = 0]/text()"), root.xpath("//li[. > 2]/text()"), root.xpath("sum(//li)"), root.xpath("//li[last()-1]/text()"))
print(root.xpath("//*[@id]/@id"), root.xpath("//p[@class='b']/preceding-sibling::p/i/text()"), root.xpath("//i/following::text()"))
print([e.tag for e in root.xpath("//i/ancestor::*")], root.xpath("name(//*[@class])"), [getattr(n, "tag", n) for n in root.xpath("//p[1]/node()")])
print(root.xpath("string-length(//span)"), root.xpath("concat(//li[1], '-', //li[4])"), root.xpath("//li[text()='3' or text()='1']/text()"))
print(root.xpath("boolean(//table)"), root.xpath("//table"), root.xpath("//p[contains(., 'two')]/@class"), root.xpath("//div/*[2]/text()"))
print(root.xpath("substring-before('2024-05-01', '-')"), root.xpath("translate('abc', 'ab', 'AB')"), root.xpath("//ul/li[3]/preceding::li/text()"))
p = root.xpath("//p")[0]
print(p.xpath("i/text()"), p.xpath("../@id"), p.xpath("./following-sibling::*[1]/text()"), p.xpath("count(.//*)"))
for bad in ["//a[", "//p/@", "foo(1)"]:
    try:
        root.xpath(bad)
    except etree.XPathEvalError as e:
        print(type(e).__name__, e)
print(len(root.xpath("//li")), root.xpath("//li")[0].getnext().text, root.xpath("//li")[0].getprevious())
print(etree.tostring(root.find(".//div"), encoding="unicode"), etree.tostring(root.find(".//ul"), method="html"))
e = etree.Element("p", id="x"); e.text = "hi & bye"; s = etree.SubElement(e, "b"); s.text = "é"; s.tail = "!"
print(etree.tostring(e), etree.tostring(e, encoding="unicode"))
