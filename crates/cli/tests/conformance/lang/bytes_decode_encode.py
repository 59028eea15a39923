# bytes.decode and str.encode: UTF-8, ASCII and Latin-1, with errors
# strict, ignore and replace, and CPython's messages when they fail.
raw = 'café – naïve'.encode()
print(raw, raw.decode(), raw.decode('utf-8'), raw.decode(encoding='UTF8'), raw.decode('latin-1'))
print(raw.decode('ascii', 'ignore'), raw.decode('ascii', errors='replace'), b'\xff\xfeok'.decode('utf-8', 'replace'))
print('café'.encode('latin-1'), 'café'.encode('ascii', 'ignore'), 'café €'.encode('latin-1', 'replace'), 'x'.encode(encoding='ascii'))
for bad in (lambda: b'ok\xff'.decode(), lambda: b'caf\xc3'.decode(), lambda: b'\xe2\x82'.decode('utf-8'), lambda: b'\xc3(x'.decode(),
            lambda: raw.decode('ascii'), lambda: 'café'.encode('ascii'), lambda: '€'.encode('latin-1'), lambda: '😀'.encode('ascii'),
            lambda: raw.decode('klingon'), lambda: 'x'.encode('nope')):
    try:
        bad()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
