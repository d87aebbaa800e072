"""SM2 public-key algorithms (GB/T 32918-2016): signature verification and decryption.

A compact implementation of the curve arithmetic in Jacobian coordinates (no field inversion
inside a scalar multiplication). SM3 comes from ``cryptography``. Signing and encryption are
provided for tests and round trips; nothing here is constant-time, which is fine for an offline
analysis tool working on test keys and captured traffic, but it must not be used to protect
secrets.
"""

from __future__ import annotations

import secrets

from asn1crypto import core

from ..messages import MessageError, msg
from ..named_tuple import NamedTuple
from .hashes import sm3

# GB/T 32918.5-2017: the recommended 256-bit curve (sm2p256v1).
P = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF
A = P - 3
B = 0x28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93
N = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123
GX = 0x32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7
GY = 0xBC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0

#: OIDs: the curve (also used as "SM2 public key" algorithm by some encoders) and sm2encrypt.
CURVE_OID = "1.2.156.10197.1.301"
SM2_SIGN_WITH_SM3_OID = "1.2.156.10197.1.501"

#: The default user identity (GB/T 35276-2017 10.3 / GM/T 0009): "1234567812345678".
DEFAULT_ID = b"1234567812345678"


class Point(NamedTuple):
    x: int
    y: int


G = Point(GX, GY)

_Jacobian = tuple[int, int, int]  # (X, Y, Z), affine x = X/Z^2, y = Y/Z^3; Z == 0 is infinity
_INF: _Jacobian = (1, 1, 0)


class SM2Error(MessageError, ValueError):
    """An SM2 operation failed; the message (a translatable Msg) says why and never contains
    key material."""


class SM2DecryptError(SM2Error):
    pass


# --- curve arithmetic --------------------------------------------------------------------------


def _double(pt: _Jacobian) -> _Jacobian:
    x1, y1, z1 = pt
    if z1 == 0 or y1 == 0:
        return _INF
    # dbl-2001-b (a = -3)
    delta = z1 * z1 % P
    gamma = y1 * y1 % P
    beta = x1 * gamma % P
    alpha = 3 * (x1 - delta) * (x1 + delta) % P
    x3 = (alpha * alpha - 8 * beta) % P
    z3 = ((y1 + z1) ** 2 - gamma - delta) % P
    y3 = (alpha * (4 * beta - x3) - 8 * gamma * gamma) % P
    return x3, y3, z3


def _add(p1: _Jacobian, p2: _Jacobian) -> _Jacobian:
    x1, y1, z1 = p1
    x2, y2, z2 = p2
    if z1 == 0:
        return p2
    if z2 == 0:
        return p1
    # add-2007-bl
    z1z1 = z1 * z1 % P
    z2z2 = z2 * z2 % P
    u1 = x1 * z2z2 % P
    u2 = x2 * z1z1 % P
    s1 = y1 * z2 * z2z2 % P
    s2 = y2 * z1 * z1z1 % P
    if u1 == u2:
        return _double(p1) if s1 == s2 else _INF
    h = u2 - u1
    i = (2 * h) ** 2 % P
    j = h * i % P
    r = 2 * (s2 - s1) % P
    v = u1 * i % P
    x3 = (r * r - j - 2 * v) % P
    y3 = (r * (v - x3) - 2 * s1 * j) % P
    z3 = ((z1 + z2) ** 2 - z1z1 - z2z2) * h % P
    return x3, y3, z3


def _to_affine(pt: _Jacobian) -> Point | None:
    x, y, z = pt
    if z == 0:
        return None
    zinv = pow(z, -1, P)
    zinv2 = zinv * zinv % P
    return Point(x * zinv2 % P, y * zinv2 * zinv % P)


def _mul2(k1: int, p1: Point, k2: int, p2: Point) -> Point | None:
    """k1*p1 + k2*p2 (Shamir's trick); None for the point at infinity."""
    j1: _Jacobian = (p1.x, p1.y, 1)
    j2: _Jacobian = (p2.x, p2.y, 1)
    both = _add(j1, j2)
    acc = _INF
    for bit in range(max(k1.bit_length(), k2.bit_length()) - 1, -1, -1):
        acc = _double(acc)
        b1, b2 = (k1 >> bit) & 1, (k2 >> bit) & 1
        if b1 and b2:
            acc = _add(acc, both)
        elif b1:
            acc = _add(acc, j1)
        elif b2:
            acc = _add(acc, j2)
    return _to_affine(acc)


def scalar_mult(k: int, pt: Point) -> Point | None:
    return _mul2(k, pt, 0, pt)


def is_on_curve(pt: Point) -> bool:
    x, y = pt
    return 0 <= x < P and 0 <= y < P and (y * y - (x * x * x + A * x + B)) % P == 0


def public_key(private: int) -> Point:
    if not 1 <= private < N - 1:
        raise SM2Error(msg("SM2 private key out of range"))
    pt = scalar_mult(private, G)
    assert pt is not None
    return pt


def decode_point(data: bytes) -> Point:
    """An SEC1 point: uncompressed (04 || x || y) or compressed (02/03 || x)."""
    if len(data) == 65 and data[0] == 4:
        pt = Point(int.from_bytes(data[1:33], "big"), int.from_bytes(data[33:], "big"))
    elif len(data) == 64:  # raw x || y, as some SM2 tools write it
        pt = Point(int.from_bytes(data[:32], "big"), int.from_bytes(data[32:], "big"))
    elif len(data) == 33 and data[0] in (2, 3):
        x = int.from_bytes(data[1:], "big")
        y = pow((x * x * x + A * x + B) % P, (P + 1) // 4, P)  # P = 3 (mod 4)
        if (y & 1) != (data[0] & 1):
            y = P - y
        pt = Point(x, y)
    else:
        raise SM2Error(msg("not an SM2 point encoding ({n} bytes)", n=len(data)))
    if not is_on_curve(pt):
        raise SM2Error(msg("point is not on the SM2 curve"))
    return pt


def encode_point(pt: Point) -> bytes:
    return b"\x04" + pt.x.to_bytes(32, "big") + pt.y.to_bytes(32, "big")


# --- signatures --------------------------------------------------------------------------------


def z_value(pub: Point, uid: bytes = DEFAULT_ID) -> bytes:
    """Z = SM3(ENTL || ID || a || b || xG || yG || xA || yA)."""
    entl = len(uid) * 8
    if entl >= 1 << 16:
        raise SM2Error(msg("SM2 user ID too long"))
    parts = [entl.to_bytes(2, "big"), uid]
    parts += [v.to_bytes(32, "big") for v in (A, B, GX, GY, pub.x, pub.y)]
    return sm3(b"".join(parts))


class _DerSignature(core.Sequence):
    _fields = [("r", core.Integer), ("s", core.Integer)]


def decode_signature(der: bytes) -> tuple[int, int]:
    """(r, s) from the DER SEQUENCE { INTEGER r, INTEGER s }."""
    try:
        sig = _DerSignature.load(der, strict=True)
        return int(sig["r"].native), int(sig["s"].native)
    except (ValueError, TypeError) as exc:
        raise SM2Error(msg("SM2 signature is not a DER SEQUENCE of two INTEGERs")) from exc


def encode_signature(r: int, s: int) -> bytes:
    return bytes(_DerSignature({"r": r, "s": s}).dump())


def verify_digest(pub: Point, e: int, r: int, s: int) -> bool:
    """The core check of GB/T 32918.2 7.1 given e = SM3(Z || M) as an integer."""
    if not (1 <= r < N and 1 <= s < N):
        return False
    t = (r + s) % N
    if t == 0:
        return False
    pt = _mul2(s, G, t, pub)
    if pt is None:
        return False
    return (e + pt.x) % N == r


def verify(pub: Point, message: bytes, signature: bytes, uid: bytes = DEFAULT_ID) -> bool:
    """Verify a DER SM2 signature over ``message`` (the hash with Z is computed here).

    Returns False for a wrong signature; raises SM2Error if the signature is not DER.
    """
    r, s = decode_signature(signature)
    e = int.from_bytes(sm3(z_value(pub, uid) + message), "big")
    return verify_digest(pub, e, r, s)


def sign(private: int, message: bytes, uid: bytes = DEFAULT_ID, k: int | None = None) -> bytes:
    """A DER SM2 signature (for tests and round trips)."""
    pub = public_key(private)
    e = int.from_bytes(sm3(z_value(pub, uid) + message), "big")
    while True:
        kk = k if k is not None else secrets.randbelow(N - 1) + 1
        pt = scalar_mult(kk, G)
        assert pt is not None
        r = (e + pt.x) % N
        if r == 0 or r + kk == N:
            k = None
            continue
        s = pow(1 + private, -1, N) * (kk - r * private) % N
        if s == 0:
            k = None
            continue
        return encode_signature(r, s)


# --- encryption --------------------------------------------------------------------------------


def kdf(z: bytes, length: int) -> bytes:
    """GB/T 32918.4 5.4.3: SM3(Z || ct) for ct = 1, 2, ... truncated to ``length`` bytes."""
    out = bytearray()
    counter = 1
    while len(out) < length:
        out += sm3(z + counter.to_bytes(4, "big"))
        counter += 1
    return bytes(out[:length])


class _DerCiphertext(core.Sequence):
    """GB/T 35276-2017 7.2: SEQUENCE { x INTEGER, y INTEGER, hash OCTET STRING (C3),
    cipherText OCTET STRING (C2) }."""

    _fields = [
        ("x", core.Integer),
        ("y", core.Integer),
        ("hash", core.OctetString),
        ("ciphertext", core.OctetString),
    ]


class Ciphertext(NamedTuple):
    c1: Point
    c3: bytes
    c2: bytes


def decode_ciphertext(der: bytes) -> Ciphertext:
    try:
        ct = _DerCiphertext.load(der, strict=True)
        x, y = int(ct["x"].native), int(ct["y"].native)
        c3, c2 = bytes(ct["hash"].native), bytes(ct["ciphertext"].native)
    except (ValueError, TypeError) as exc:
        raise SM2DecryptError(msg(
            "SM2 ciphertext is not the DER SEQUENCE {{x, y, hash, ciphertext}}")) \
            from exc
    if len(c3) != 32:
        raise SM2DecryptError(msg("SM2 ciphertext hash (C3) is {n} bytes, expected 32", n=len(c3)))
    return Ciphertext(Point(x, y), c3, c2)


def encode_ciphertext(ct: Ciphertext) -> bytes:
    return bytes(
        _DerCiphertext(
            {"x": ct.c1.x, "y": ct.c1.y, "hash": ct.c3, "ciphertext": ct.c2}
        ).dump()
    )


def decrypt(private: int, der: bytes) -> bytes:
    """Decrypt the DER (C1, C3, C2) form; raises SM2DecryptError if the C3 check fails."""
    ct = decode_ciphertext(der)
    if not is_on_curve(ct.c1):
        raise SM2DecryptError(msg("SM2 ciphertext point C1 is not on the curve"))
    shared = scalar_mult(private, ct.c1)
    if shared is None:
        raise SM2DecryptError(msg("SM2 ciphertext point C1 gives the point at infinity"))
    x2, y2 = shared.x.to_bytes(32, "big"), shared.y.to_bytes(32, "big")
    t = kdf(x2 + y2, len(ct.c2))
    if not any(t):
        raise SM2DecryptError(msg("SM2 key stream is all zero"))
    plain = bytes(a ^ b for a, b in zip(ct.c2, t, strict=True))
    if sm3(x2 + plain + y2) != ct.c3:
        raise SM2DecryptError(msg(
            "SM2 decryption check failed (C3 mismatch): wrong private key or corrupted ciphertext"
        ))
    return plain


def encrypt(pub: Point, plain: bytes, k: int | None = None) -> bytes:
    """Encrypt to the DER (C1, C3, C2) form (for tests and round trips)."""
    while True:
        kk = k if k is not None else secrets.randbelow(N - 1) + 1
        c1 = scalar_mult(kk, G)
        shared = scalar_mult(kk, pub)
        assert c1 is not None and shared is not None
        x2, y2 = shared.x.to_bytes(32, "big"), shared.y.to_bytes(32, "big")
        t = kdf(x2 + y2, len(plain))
        if not any(t):
            k = None
            continue
        c2 = bytes(a ^ b for a, b in zip(plain, t, strict=True))
        return encode_ciphertext(Ciphertext(c1, sm3(x2 + plain + y2), c2))
