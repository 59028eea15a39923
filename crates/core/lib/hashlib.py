# hashlib: md5, sha1, sha224, sha256, sha384, sha512 in Python (crawlers key
# pages and URLs by their hashes), digests as CPython's.

__all__ = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available']

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}
algorithms_available = set(algorithms_guaranteed)

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _bytes_of(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    raise TypeError("object supporting the buffer API required")


class _Hash:
    def __init__(self, data=b'', *, usedforsecurity=True):
        self._buf = []
        self._len = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _bytes_of(data)
        self._buf.append(data)
        self._len += len(data)

    def copy(self):
        h = type(self)()
        h._buf = list(self._buf)
        h._len = self._len
        return h

    def digest(self):
        data = []
        for chunk in self._buf:
            data.extend(chunk)
        return bytes(self._compute(data))

    def hexdigest(self):
        return ''.join('%02x' % b for b in self.digest())

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x%x>' % (self.name, id(self))


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _pad(data, length_bytes, big_endian, block):
    n = len(data)
    msg = list(data)
    msg.append(0x80)
    while len(msg) % block != block - length_bytes:
        msg.append(0)
    bits = n * 8
    tail = [(bits >> (8 * i)) & 0xFF for i in range(length_bytes)]
    msg.extend(reversed(tail) if big_endian else tail)
    return msg


_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


# floor(abs(sin(i + 1)) * 2**32)
_MD5_K = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613,
    0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193,
    0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d,
    0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122,
    0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244,
    0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
    0xeb86d391,
]


class md5(_Hash):
    name = 'md5'
    digest_size = 16
    block_size = 64

    def _compute(self, data):
        msg = _pad(data, 8, False, 64)
        a0, b0, c0, d0 = 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476
        for off in range(0, len(msg), 64):
            m = [msg[off + 4 * i] | (msg[off + 4 * i + 1] << 8) | (msg[off + 4 * i + 2] << 16)
                 | (msg[off + 4 * i + 3] << 24) for i in range(16)]
            a, b, c, d = a0, b0, c0, d0
            for i in range(64):
                if i < 16:
                    f = (b & c) | (~b & d)
                    g = i
                elif i < 32:
                    f = (d & b) | (~d & c)
                    g = (5 * i + 1) % 16
                elif i < 48:
                    f = b ^ c ^ d
                    g = (3 * i + 5) % 16
                else:
                    f = c ^ (b | (~d & _M32))
                    g = (7 * i) % 16
                f = (f + a + _MD5_K[i] + m[g]) & _M32
                a, d, c = d, c, b
                b = (b + _rotl32(f, _MD5_S[i])) & _M32
            a0 = (a0 + a) & _M32
            b0 = (b0 + b) & _M32
            c0 = (c0 + c) & _M32
            d0 = (d0 + d) & _M32
        out = []
        for v in (a0, b0, c0, d0):
            out.extend([(v >> (8 * i)) & 0xFF for i in range(4)])
        return out


class sha1(_Hash):
    name = 'sha1'
    digest_size = 20
    block_size = 64

    def _compute(self, data):
        msg = _pad(data, 8, True, 64)
        h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
        for off in range(0, len(msg), 64):
            w = [(msg[off + 4 * i] << 24) | (msg[off + 4 * i + 1] << 16) | (msg[off + 4 * i + 2] << 8)
                 | msg[off + 4 * i + 3] for i in range(16)]
            for i in range(16, 80):
                w.append(_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
            a, b, c, d, e = h
            for i in range(80):
                if i < 20:
                    f, k = (b & c) | ((~b) & d), 0x5A827999
                elif i < 40:
                    f, k = b ^ c ^ d, 0x6ED9EBA1
                elif i < 60:
                    f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
                else:
                    f, k = b ^ c ^ d, 0xCA62C1D6
                t = (_rotl32(a, 5) + (f & _M32) + e + k + w[i]) & _M32
                e, d, c, b, a = d, c, _rotl32(b, 30), a, t
            h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e))]
        out = []
        for v in h:
            out.extend([(v >> s) & 0xFF for s in (24, 16, 8, 0)])
        return out


# The constants: fractional bits of the first primes' square and cube roots.
_K256 = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
]
_K512 = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
]
_I256 = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
    0x5be0cd19,
]
_I224 = [
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7,
    0xbefa4fa4,
]
_I512 = [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
]
_I384 = [
    0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
    0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
]


def _rotr(x, n, bits, mask):
    return ((x >> n) | (x << (bits - n))) & mask


class sha256(_Hash):
    name = 'sha256'
    digest_size = 32
    block_size = 64
    _init = _I256
    _out = 8

    def _compute(self, data):
        msg = _pad(data, 8, True, 64)
        h = list(self._init)
        K = _K256
        for off in range(0, len(msg), 64):
            w = [(msg[off + 4 * i] << 24) | (msg[off + 4 * i + 1] << 16) | (msg[off + 4 * i + 2] << 8)
                 | msg[off + 4 * i + 3] for i in range(16)]
            for i in range(16, 64):
                s0 = _rotr(w[i - 15], 7, 32, _M32) ^ _rotr(w[i - 15], 18, 32, _M32) ^ (w[i - 15] >> 3)
                s1 = _rotr(w[i - 2], 17, 32, _M32) ^ _rotr(w[i - 2], 19, 32, _M32) ^ (w[i - 2] >> 10)
                w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
            a, b, c, d, e, f, g, hh = h
            for i in range(64):
                S1 = _rotr(e, 6, 32, _M32) ^ _rotr(e, 11, 32, _M32) ^ _rotr(e, 25, 32, _M32)
                ch = (e & f) ^ ((~e) & g)
                t1 = (hh + S1 + ch + K[i] + w[i]) & _M32
                S0 = _rotr(a, 2, 32, _M32) ^ _rotr(a, 13, 32, _M32) ^ _rotr(a, 22, 32, _M32)
                maj = (a & b) ^ (a & c) ^ (b & c)
                t2 = (S0 + maj) & _M32
                hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
            h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
        out = []
        for v in h[:self._out]:
            out.extend([(v >> s) & 0xFF for s in (24, 16, 8, 0)])
        return out


class sha224(sha256):
    name = 'sha224'
    digest_size = 28
    _init = _I224
    _out = 7


class sha512(_Hash):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _init = _I512
    _out = 8

    def _compute(self, data):
        msg = _pad(data, 16, True, 128)
        h = list(self._init)
        K = _K512
        M = _M64
        for off in range(0, len(msg), 128):
            w = []
            for i in range(16):
                v = 0
                for j in range(8):
                    v = (v << 8) | msg[off + 8 * i + j]
                w.append(v)
            for i in range(16, 80):
                s0 = _rotr(w[i - 15], 1, 64, M) ^ _rotr(w[i - 15], 8, 64, M) ^ (w[i - 15] >> 7)
                s1 = _rotr(w[i - 2], 19, 64, M) ^ _rotr(w[i - 2], 61, 64, M) ^ (w[i - 2] >> 6)
                w.append((w[i - 16] + s0 + w[i - 7] + s1) & M)
            a, b, c, d, e, f, g, hh = h
            for i in range(80):
                S1 = _rotr(e, 14, 64, M) ^ _rotr(e, 18, 64, M) ^ _rotr(e, 41, 64, M)
                ch = (e & f) ^ ((~e) & g)
                t1 = (hh + S1 + ch + K[i] + w[i]) & M
                S0 = _rotr(a, 28, 64, M) ^ _rotr(a, 34, 64, M) ^ _rotr(a, 39, 64, M)
                maj = (a & b) ^ (a & c) ^ (b & c)
                t2 = (S0 + maj) & M
                hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & M, c, b, a, (t1 + t2) & M
            h = [(x + y) & M for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
        out = []
        for v in h[:self._out]:
            out.extend([(v >> s) & 0xFF for s in range(56, -1, -8)])
        return out


class sha384(sha512):
    name = 'sha384'
    digest_size = 48
    _init = _I384
    _out = 6


_BY_NAME = {'md5': md5, 'sha1': sha1, 'sha224': sha224, 'sha256': sha256,
            'sha384': sha384, 'sha512': sha512}


def new(name, data=b'', **kwargs):
    cls = _BY_NAME.get(name.lower())
    if cls is None:
        raise ValueError('unsupported hash type ' + name)
    return cls(data)
