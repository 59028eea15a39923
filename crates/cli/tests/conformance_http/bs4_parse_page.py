# BeautifulSoup over a fixed page, no network: the html.parser tree (unclosed <p>
# and <li>, void elements, entities, comments, script), find/find_all's filters,
# select's CSS, get_text, strings and output as bs4 writes it.
from bs4 import BeautifulSoup, Comment, NavigableString, Tag
import re

html = """<!doctype html>
<html><head><meta charset="utf-8"><title>My &amp; Page</title>
<style>p > a { color: red }</style></head>
<body>
<h1 id="top" class="title big">Hello <b>world</b></h1>
<!-- a comment -->
<p class="intro">First &lt;para&gt; &copy; 2024<br>second line
<p class=second>Unclosed <a href="/one" rel="nofollow">one</a> and <a href='/two' title='say "hi"'>two</a>
<ul><li>a<li>b</ul>
<img src="x.png" alt="pic">
<input type="checkbox" checked disabled>
<div class="box"><div class="inner"><a href="http://ex.com/x">ext</a></div></div>
<script>if (a < b && c > d) { document.write("</p>"); }</script>
<table><tr><td headers="h1 h2">cell</td></tr></table>
<a href="#frag">frag</a><a>none</a>
</body></html>
"""
soup = BeautifulSoup(html, "html.parser")
print(soup.title)
print(soup.title.string, repr(soup.title.string), soup.title.name, soup.title.parent.name)
print(soup.h1, soup.h1.attrs, soup.h1['class'], soup.h1.get('id'), soup.h1.get('nope'))
print(repr(soup.h1.text), repr(soup.h1.get_text(" ", strip=True)))
print(soup.find_all('a'))
print([a['href'] for a in soup.find_all('a', href=True)])
print(soup.find_all('p', class_='intro'))
print(soup.find('a', {'rel': 'nofollow'}))
print(soup.find_all(['b', 'li']))
print(soup.find_all(re.compile('^h')))
print(soup.find_all(string=re.compile('one|two')))
print(soup.find_all('a', string='two'))
print(soup.find_all('a', limit=2))
print(soup.body.find_all('div', recursive=False))
print(soup.find(id='top').name)
print(soup.select('div.box a'), soup.select('div > a'), soup.select('.box > .inner > a'))
print(soup.select('a[href^="http"]'), soup.select_one('#top b'))
print(soup.select('a[href]'), len(soup.select('li, b')))
print(soup.select('p.second a:nth-of-type(2)'))
print(soup.input, soup.img, soup.br)
print(soup.ul)
print(soup.script.string)
print(repr(soup.get_text()))
print(list(soup.stripped_strings))
comments = soup.find_all(string=lambda t: isinstance(t, Comment))
print(comments, type(comments[0]).__name__)
print(soup.td['headers'], soup.find('a', title=True)['title'])
print(soup.find('a', title=True))
print(soup.a.find_next('a'), soup.a.find_next_sibling('a'))
print([c.name for c in soup.h1.children], len(soup.h1), soup.h1.b.string)
print(soup.find('nope'), soup.nope)
print(soup.find_all('a', href=re.compile(r'^/')))
print(soup.find_all(attrs={'class': 'inner'}))
print(soup.find_all('div', class_='box')[0].div['class'])
print(str(soup)[:200])
