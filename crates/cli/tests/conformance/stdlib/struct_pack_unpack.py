# struct: the formats a length-prefixed protocol and a binary file use, sizes
# and alignment, floats of 2, 4 and 8 bytes (rounded to even), and errors.
import math, random, struct
random.seed(3)
for f, v in [('>h', 40000), ('<I', -1), ('b', 200), ('>q', 2**63), ('>H', 1.5), ('>i', 'x'), ('>c', b'ab'), ('?', 2), ('<I', 2**32), ('>Q', -1), ('B', -1)]:
    try: print(struct.pack(f, v))
    except Exception as e: print(type(e).__name__, e)
print(struct.calcsize('@bhiq'), struct.calcsize('<bhiq'), struct.calcsize('@lP'), struct.calcsize('3s2x?'), struct.calcsize('@ci'), struct.calcsize('=ci'))
for args in [('>I', b'abc'), ('<h', b'')]:
    try: struct.unpack(*args)
    except Exception as e: print(type(e).__name__, e)
try: struct.pack('>II', 1)
except Exception as e: print(type(e).__name__, e)
try: struct.pack('>Z', 1)
except Exception as e: print(type(e).__name__, e)
print(struct.pack('>5s', b'ab'), struct.pack('>2s', b'abcd'), struct.pack('>5p', b'ab'), struct.unpack('>5p', b'\x02abcd'))
print(struct.unpack('>hH?c', b'\xff\xfe\x00\x01\x01z'))
print(struct.pack('<d', 1.5), struct.pack('>f', 0.1), struct.unpack('>f', struct.pack('>f', 0.1)), struct.pack('>e', 1.5))
s = struct.Struct('>HI'); print(s.size, s.format, s.pack(1, 2), list(struct.iter_unpack('>H', b'\x00\x01\x00\x02')), s)
try: struct.pack('>f', 1e300)
except Exception as e: print(type(e).__name__, e)
for x in [0.0, -0.0, 1.0, -2.5, 3.141592653589793, 1e-310, 5e-324, 1e300, float('inf'), 65504.0, 6e-8, 1e-45, 3.4028234e38]:
    for code in 'efd':
        try:
            b = struct.pack('<' + code, x)
            print(code, x, b, struct.unpack('<' + code, b))
        except OverflowError as e:
            print(code, x, 'OverflowError', e)
for k in range(300):
    x = math.ldexp(random.uniform(-1, 1), random.randint(-150, 140))
    for code in 'efd':
        try:
            b = struct.pack('>' + code, x)
            assert struct.unpack('>' + code, b)[0] is not None
            print(b.hex(), end=' ')
        except OverflowError:
            print('OF', end=' ')
print()
print(struct.pack('@bi', 1, 2), struct.pack('<qQ', -5, 5), struct.unpack('<qQ', struct.pack('<qQ', -5, 5)))
header = struct.pack('!I', 11) + b'hello world'
n, = struct.unpack('!I', header[:4]); print(n, header[4:4 + n], struct.unpack_from('!I', header), struct.unpack_from('>5s', header, 4))
