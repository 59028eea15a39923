# secrets: tokens of the asked lengths and alphabets, randbelow/choice/randbits in
# range, compare_digest with CPython's errors; a seeded random stays as seeded.
import secrets, random
random.seed(5)
print(len(secrets.token_hex(16)), len(secrets.token_bytes()), len(secrets.token_urlsafe(16)))
print(all(c in "0123456789abcdef" for c in secrets.token_hex()))
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", secrets.randbits(8) < 256)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
try:
    secrets.compare_digest("a", b"a")
except TypeError as e:
    print(e)
print(random.random())
for a,b in [('a', b'a'), (b'a','a'), (1,2), ('é','é'), ('a', 1), (b'x', b'x')]:
    try: print(secrets.compare_digest(a,b))
    except TypeError as e: print(e)
