# Regular expressions as crawlers use them, over a 268 KB page: numbered
# items, whitespace, links, prices, the title, a substitution and tags,
# three passes.
import re

rows = []
for n in range(2000):
    rows.append(
        f'<li class="item">\n    <a href="/detail/{n}">Item number {n}</a>\n'
        f'    <span class="price">${n % 97}.{n % 10}9</span>  <em>in stock</em>\n</li>\n')
page = '<html><head><title>Catalogue</title></head><body><ul>\n' + ''.join(rows) + '</ul></body></html>'

for _ in range(3):
    items = re.findall(r'\bItem number (\d+)\b', page)
    spaces = re.findall(r'\s+', page)
    links = re.findall(r'href="(/detail/\d+)"', page)
    prices = re.findall(r'\$(\d+)\.(\d\d)', page)
    title = re.search(r'<title>(.*?)</title>', page).group(1)
    flat = re.sub(r'\s+', ' ', page)
    tags = len(re.findall(r'<(\w+)[^>]*>', page))
print(len(page), len(items), len(spaces), len(links), len(prices), title, len(flat), tags)
