# hashlib's md5, sha1 and the sha2 family as crawlers key URLs and pages by
# them: digests, update/copy, names and sizes, and the errors.
import hashlib
for data in [b"", b"abc", b"http://127.0.0.1:8090/detail/1", bytes([97] * 1000), "é ☺".encode(), bytes(range(256))]:
    print([hashlib.new(n, data).hexdigest()[:24] for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]])
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size, hashlib.md5(b"x").digest_size)
print(hashlib.sha256("Silent River 1".encode("utf-8")).hexdigest())
seen = {hashlib.md5(u.encode()).hexdigest() for u in ["a", "b", "a"]}
print(len(seen), "md5" in hashlib.algorithms_guaranteed)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
