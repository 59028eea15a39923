# base64 as tutorials build Basic auth headers and tokens: Base64 (standard,
# URL-safe, lines), Base32, Base16 round trips, and the decoding errors.
import base64
for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "user:pässword".encode(), bytes(range(250, 256))]:
    e = base64.b64encode(raw)
    print(e, base64.b64decode(e) == raw, base64.urlsafe_b64encode(raw), base64.b32encode(raw), base64.b16encode(raw))
    print(base64.b32decode(base64.b32encode(raw)) == raw, base64.b16decode(base64.b16encode(raw)) == raw, base64.urlsafe_b64decode(base64.urlsafe_b64encode(raw)) == raw)
token = base64.b64encode(b"admin:secret").decode()
print({"Authorization": "Basic " + token}, base64.b64decode(token), base64.b64decode("YWJj"), base64.b64decode(b"YW Jj\n"))
print(base64.encodebytes(bytes(range(60))), base64.standard_b64decode("Zm9v"), base64.b16decode("4a4b", casefold=True))
for bad in ["YWJ", "Y", "YW=j"]:
    try:
        print(base64.b64decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
try:
    base64.b64decode("YW!j", validate=True)
except Exception as e:
    print(type(e).__name__, e)
