# bytes' methods, as a crawler meets them: raw pages split, searched,
# cleaned and joined; bytes' ASCII-only rules for case and whitespace.
page = b'<html>\r\n<title>Item 42</title>\n\t<p>caf\xc3\xa9  \xa0 and more</p>\r\n</html>\n'
print(page.split(b'\n')[:2], page.splitlines()[:3], page.splitlines(True)[1])
print(page.split(), page.split(None, 2), page.rsplit(None, 1)[-1], page.rsplit(b'<', 2)[1:])
print(page.find(b'<title>'), page.find(b'nope'), page.rfind(b'<'), page.index(b'Item'), page.count(b'<'), page.count(b'e', 10, 40))
print(page.find(60), b'>' in page, 60 in page, b'' in page, page.startswith(b'<html>'), page.endswith((b'x', b'>\n')))
start = page.index(b'<title>') + len(b'<title>')
print(page[start:page.index(b'</title>')].decode(), page[start:start + 4].upper(), b'MiXeD \xc3\xa9'.lower(), b'ab CD'.swapcase())
print(b'  \t spaced \r\n'.strip(), b'xxhixx'.strip(b'x'), b'  a '.lstrip(), b' a  '.rstrip(), page.strip(b'<>\n'))
print(b', '.join([b'a', b'b', b'c']), b''.join(page.split()), page.replace(b'\r\n', b'\n').count(b'\r'), b'aaa'.replace(b'a', b'b', 2))
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'none'.partition(b'='))
print(b'hello world'.title(), b'hello'.capitalize(), b'42'.zfill(5), b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'))
print(b'123'.isdigit(), b'12a'.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b' \t'.isspace(), b''.isspace(), b'abc'.islower(), b'ABC1'.isupper(), b'\xe9'.isascii())
print(b'\x00\xff\x10'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), bytes.fromhex('48 65 6c6c 6f'), b'v1.2'.removeprefix(b'v'), b'a.py'.removesuffix(b'.py'))
print(b'ab' * 3, 2 * b'-', b'a\tb'.expandtabs(4), list(b'hi'), len(page))
for bad in (lambda: page.find('str'), lambda: b'-'.join([b'a', 'b']), lambda: page.index(b'zzz'), lambda: 300 in page, lambda: 'a' in page, lambda: bytes.fromhex('4g'), lambda: b'a'.startswith('a')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
