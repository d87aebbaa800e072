"""AEAD ciphers for record protection: AES-GCM, AES-CCM(-8), ChaCha20-Poly1305 and SM4-GCM from
``cryptography``, and SM4-CCM (RFC 8998), which ``cryptography`` lacks, as CCM (RFC 3610,
NIST SP 800-38C) written here over the SM4 block cipher.

``open_aead(cipher, mode, key)`` returns an object with ``decrypt(nonce, data, aad)`` and
``encrypt(nonce, plaintext, aad)``; ``data`` is the ciphertext followed by the tag. A wrong
tag raises :class:`DecryptError`.
"""

from __future__ import annotations

import hmac
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESCCM, AESGCM, ChaCha20Poly1305

from ..messages import msg
from ..registry import Cipher as SuiteCipher
from ..registry import Mode
from .errors import DecryptError

BLOCK = 16


class AEAD(Protocol):
    tag_length: int

    def decrypt(self, nonce: bytes, data: bytes, aad: bytes) -> bytes: ...
    def encrypt(self, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes: ...


class _Library:
    """An AEAD class of ``cryptography`` (AESGCM, AESCCM, ChaCha20Poly1305)."""

    def __init__(self, aead: AESGCM | AESCCM | ChaCha20Poly1305, tag_length: int) -> None:
        self._aead = aead
        self.tag_length = tag_length

    def decrypt(self, nonce: bytes, data: bytes, aad: bytes) -> bytes:
        try:
            return self._aead.decrypt(nonce, data, aad)
        except InvalidTag as exc:
            raise DecryptError(msg("AEAD tag mismatch")) from exc

    def encrypt(self, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
        return self._aead.encrypt(nonce, plaintext, aad)


class SM4GCM:
    tag_length = 16

    def __init__(self, key: bytes) -> None:
        self._key = key

    def decrypt(self, nonce: bytes, data: bytes, aad: bytes) -> bytes:
        if len(data) < self.tag_length:
            raise DecryptError(msg("shorter than the GCM tag"))
        body, tag = data[:-self.tag_length], data[-self.tag_length:]
        dec = Cipher(algorithms.SM4(self._key), modes.GCM(nonce, tag)).decryptor()
        dec.authenticate_additional_data(aad)
        plain = dec.update(body)
        try:
            dec.finalize()
        except InvalidTag as exc:
            raise DecryptError(msg("GCM tag mismatch")) from exc
        return plain

    def encrypt(self, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
        enc = Cipher(algorithms.SM4(self._key), modes.GCM(nonce)).encryptor()
        enc.authenticate_additional_data(aad)
        return enc.update(plaintext) + enc.finalize() + enc.tag


class CCM:
    """CCM over any 128-bit block cipher of ``cryptography`` (used for SM4).

    The CBC-MAC is the last block of a CBC encryption with a zero IV over B0, the encoded
    associated data and the padded message; the counter blocks are CTR mode from counter 1
    (the counter fills the last L = 15 - len(nonce) bytes, as CTR's 128-bit increment does).
    """

    def __init__(self, algorithm: type[algorithms.SM4] | type[algorithms.AES], key: bytes,
                 tag_length: int = 16) -> None:
        if tag_length not in (4, 6, 8, 10, 12, 14, 16):
            raise ValueError("CCM tag length must be even, 4 to 16")
        self._algorithm = algorithm
        self._key = key
        self.tag_length = tag_length

    def _counter(self, nonce: bytes, i: int) -> bytes:
        size = 15 - len(nonce)
        return bytes([size - 1]) + nonce + i.to_bytes(size, "big")

    def _mac(self, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
        size = 15 - len(nonce)
        if not 7 <= len(nonce) <= 13:
            raise ValueError("CCM nonce must be 7 to 13 bytes")
        flags = (0x40 if aad else 0) | ((self.tag_length - 2) // 2) << 3 | (size - 1)
        blocks = bytearray(bytes([flags]) + nonce + len(plaintext).to_bytes(size, "big"))
        if aad:
            if len(aad) >= 0xFF00:
                blocks += b"\xff\xfe" + len(aad).to_bytes(4, "big")
            else:
                blocks += len(aad).to_bytes(2, "big")
            blocks += aad
            blocks += bytes(-len(blocks) % BLOCK)
        blocks += plaintext + bytes(-len(plaintext) % BLOCK)
        enc = Cipher(self._algorithm(self._key), modes.CBC(bytes(BLOCK))).encryptor()
        return (enc.update(bytes(blocks)) + enc.finalize())[-BLOCK:]

    def _ctr(self, nonce: bytes, data: bytes) -> tuple[bytes, bytes]:
        """(data XOR the keystream from counter 1, the first keystream block S0)."""
        ctr = Cipher(self._algorithm(self._key), modes.CTR(self._counter(nonce, 0))).encryptor()
        stream = ctr.update(bytes(BLOCK) + data) + ctr.finalize()
        return stream[BLOCK:], stream[:BLOCK]

    def decrypt(self, nonce: bytes, data: bytes, aad: bytes) -> bytes:
        t = self.tag_length
        if len(data) < t:
            raise DecryptError(msg("shorter than the CCM tag"))
        plaintext, s0 = self._ctr(nonce, data[:-t])
        expected = bytes(a ^ b for a, b in zip(self._mac(nonce, plaintext, aad)[:t], s0,
                                                strict=False))
        if not hmac.compare_digest(expected, data[-t:]):
            raise DecryptError(msg("CCM tag mismatch"))
        return plaintext

    def encrypt(self, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
        t = self.tag_length
        ciphertext, s0 = self._ctr(nonce, plaintext)
        tag = bytes(a ^ b for a, b in zip(self._mac(nonce, plaintext, aad)[:t], s0, strict=False))
        return ciphertext + tag


def open_aead(cipher: SuiteCipher, mode: Mode, key: bytes) -> AEAD:
    """The AEAD of a suite's cipher and mode, keyed."""
    tag = 8 if mode is Mode.CCM_8 else 16
    if cipher is SuiteCipher.SM4:
        if mode is Mode.GCM:
            return SM4GCM(key)
        if mode in (Mode.CCM, Mode.CCM_8):
            return CCM(algorithms.SM4, key, tag)
    elif cipher in (SuiteCipher.AES_128, SuiteCipher.AES_256):
        if mode is Mode.GCM:
            return _Library(AESGCM(key), 16)
        if mode in (Mode.CCM, Mode.CCM_8):
            return _Library(AESCCM(key, tag_length=tag), tag)
    elif cipher is SuiteCipher.CHACHA20 and mode is Mode.POLY1305:
        return _Library(ChaCha20Poly1305(key), 16)
    raise ValueError(f"no AEAD for {cipher} {mode}")
