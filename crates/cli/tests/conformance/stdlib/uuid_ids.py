# uuid: name-based ids for URLs (uuid3, uuid5), random and time-based ones,
# UUID's forms and fields, and its errors.
import uuid

u = uuid.uuid5(uuid.NAMESPACE_URL, "http://127.0.0.1:8090/detail/1")
print(u, repr(u), u.hex, u.version, u.variant, u.urn, u.int % 1000, u.bytes[:4], u.fields)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
a = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(a, a.time_low, a.node, a.clock_seq, a.bytes_le, uuid.UUID(bytes=a.bytes) == a, uuid.UUID(int=a.int), uuid.UUID(fields=a.fields) == a)
r = uuid.uuid4()
print(len(str(r)), r.version, str(r)[14], r.variant, uuid.uuid1().version, r != uuid.uuid4(), sorted([a, u]) == sorted([u, a]))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
try:
    a.int = 5
except TypeError as e:
    print("TypeError:", e)
print({u: 1}[uuid.uuid5(uuid.NAMESPACE_URL, "http://127.0.0.1:8090/detail/1")], str(uuid.UUID(int=0)))
