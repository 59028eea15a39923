# lxml: etree.HTML with XPath, and lxml.html, over our HTML parser.
