"""Record protection (GB/T 38636-2020 6.3.3, RFC 5246 6.2.3): CBC with HMAC (MAC-then-encrypt,
explicit IV) and GCM/CCM (nonce = 4-byte salt from the key block || 8-byte explicit nonce), with
SM4 for TLCP and AES for TLS 1.2; TLS 1.2's ChaCha20-Poly1305 (RFC 7905: nonce = 12-byte IV XOR
sequence number, no explicit part). TLS 1.3 records are in ``session.tls13_decryption``."""

from __future__ import annotations

import hmac as _hmac
import os
from dataclasses import field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ..messages import msg
from ..precompiled import dataclass
from ..registry import Cipher as SuiteCipher
from ..registry import CipherSuite, Mode
from .aead import open_aead
from .errors import DecryptError
from .hashes import hmac_digest
from .prf import KeyMaterial, key_block

MAX_PLAINTEXT = 1 << 14
#: The fewest bytes a protected record takes: its 5-byte header and a 16-byte AEAD tag (an
#: empty CBC record takes more: IV, MAC, a block of padding).
SMALLEST_PROTECTED_RECORD = 5 + 16
#: The most records looked for after a gap (lost_records): after a larger one the records
#: cannot be numbered, rather than each tried thousands of times.
MOST_LOST_RECORDS = 256


def lost_records(gap: int) -> int:
    """How many protected records may have been lost with ``gap`` missing bytes, at most: as
    many as fit in them, and the one cut by the gap's start (its header seen, its end not),
    bounded by MOST_LOST_RECORDS. Each takes a sequence number, which the MAC or AEAD tag of
    every record after it covers (RFC 5246 6.2.3, RFC 8446 5.3)."""
    return min(gap // SMALLEST_PROTECTED_RECORD + 1, MOST_LOST_RECORDS)


@dataclass(frozen=True)
class RecordOpening:
    """What unprotecting one record computed: the explicit IV (CBC) or nonce (GCM), the MAC or
    tag received and the one computed, the padding (CBC) and the plaintext. ``ok`` is False
    when the MAC, padding or tag does not verify; ``error`` then says which."""

    seq: int
    explicit_iv: bytes
    received: bytes  # MAC (CBC) or tag (GCM) as sent
    computed: bytes  # the same computed over the plaintext
    padding_length: int | None  # CBC only
    plaintext: bytes = field(repr=False)
    ok: bool = True
    error: str = ""
    nonce: bytes = b""  # GCM: salt || explicit nonce


def _header(seq: int, content_type: int, version: int, length: int) -> bytes:
    return (seq.to_bytes(8, "big") + bytes([content_type]) + version.to_bytes(2, "big")
            + length.to_bytes(2, "big"))


class RecordDecryptor:
    """Protects and unprotects the records of one direction of one connection.

    The caller passes the sequence number (0 for the first record after ChangeCipherSpec).
    """

    def __init__(self, suite: CipherSuite, key: bytes, iv_or_salt: bytes, mac_key: bytes,
                 chained_iv: bytes | None = None) -> None:
        """``chained_iv``: TLS 1.0 (RFC 2246 6.2.3.2): CBC records carry no IV; the first
        record's is this one, from the key block, each next one's the last ciphertext block
        of the record before."""
        if not suite.decryptable or suite.tls13:
            raise ValueError(f"{suite.name} records cannot be decrypted here")
        if len(key) != suite.key_length:
            raise ValueError(f"key must be {suite.key_length} bytes")
        if len(iv_or_salt) != suite.fixed_iv_length:
            raise ValueError(f"IV/salt must be {suite.fixed_iv_length} bytes")
        if len(mac_key) != suite.mac_key_length:
            raise ValueError(f"MAC key must be {suite.mac_key_length} bytes")
        self.suite = suite
        self._key = key
        self._salt = iv_or_salt
        self._mac_key = mac_key
        self._block = algorithms.SM4 if suite.cipher is SuiteCipher.SM4 else algorithms.AES
        # RFC 7366 (TLS 1.2 CBC suites, when both hellos carried encrypt_then_mac): the MAC
        # covers IV and ciphertext and follows them, unencrypted
        self.encrypt_then_mac = False
        self._aead = open_aead(suite.cipher, suite.mode, key) if suite.aead else None
        self._chained_iv = chained_iv

    def _nonce(self, seq: int, explicit: bytes) -> bytes:
        if self.suite.mode is Mode.POLY1305:  # RFC 7905: IV XOR the sequence number
            padded = seq.to_bytes(len(self._salt), "big")
            return bytes(a ^ b for a, b in zip(self._salt, padded, strict=True))
        return self._salt + explicit

    def __repr__(self) -> str:
        return f"RecordDecryptor({self.suite.name})"

    # --- decryption -------------------------------------------------------------------------

    def decrypt(self, content_type: int, version: int, seq: int, fragment: bytes) -> bytes:
        opening = self.open(content_type, version, seq, fragment)
        if not opening.ok:
            raise DecryptError(opening.error)
        return opening.plaintext

    def open(self, content_type: int, version: int, seq: int, fragment: bytes) -> RecordOpening:
        """Unprotect one record and say what was computed; raises DecryptError only when the
        record cannot even be taken apart (too short, not whole blocks)."""
        if self.suite.mode is Mode.GCM and self.suite.cipher is SuiteCipher.SM4:
            return self._gcm_open(content_type, version, seq, fragment)
        if self.suite.aead:
            return self._aead_open(content_type, version, seq, fragment)
        if self.encrypt_then_mac:
            return self._etm_open(content_type, version, seq, fragment)
        return self._cbc_open(content_type, version, seq, fragment)

    def _etm_open(self, content_type: int, version: int, seq: int,
                  fragment: bytes) -> RecordOpening:
        bs, maclen = self.suite.block_size, self.suite.mac_length
        chained = self._chained_iv
        ivlen = self.suite.record_iv_length if chained is None else 0
        body = len(fragment) - ivlen - maclen
        if body < bs or body % bs:
            raise DecryptError(msg("encrypt-then-MAC record is not IV + whole blocks + MAC"))
        iv, ciphertext = fragment[:ivlen], fragment[ivlen:ivlen + body]
        mac = fragment[ivlen + body:]
        expected = hmac_digest(self.suite.mac, self._mac_key,
                               _header(seq, content_type, version, ivlen + body) + iv + ciphertext)
        if chained is not None:  # TLS 1.0: the IV is not in the record (nor under the MAC)
            iv, self._chained_iv = chained, ciphertext[-bs:]
        dec = Cipher(self._block(self._key), modes.CBC(iv)).decryptor()
        plain = dec.update(ciphertext) + dec.finalize()
        pad = plain[-1]
        error = ""
        if not _hmac.compare_digest(mac, expected):
            error = "bad MAC"
        elif pad + 1 > len(plain) or plain[-1 - pad:-1] != bytes([pad]) * pad:
            error = "bad padding"
        data = plain[:len(plain) - 1 - pad] if not error else b""
        return RecordOpening(seq, iv, mac, expected, pad, data, not error, error)

    def _cbc_open(self, content_type: int, version: int, seq: int,
                  fragment: bytes) -> RecordOpening:
        bs = self.suite.block_size
        chained = self._chained_iv
        ivlen = self.suite.record_iv_length if chained is None else 0
        maclen = self.suite.mac_length
        body = len(fragment) - ivlen
        if body < max(bs, maclen + 1):
            raise DecryptError(msg(
                "record shorter than IV+MAC ({n} bytes, at least {least} needed)",
                n=len(fragment), least=ivlen + ((maclen + 1 + bs - 1) // bs) * bs))
        if body % bs:
            raise DecryptError(msg("CBC ciphertext is not a whole number of {bs}-byte blocks",
                                   bs=bs))
        iv, ciphertext = (fragment[:ivlen], fragment[ivlen:]) if chained is None else (
            chained, fragment)
        dec = Cipher(self._block(self._key), modes.CBC(iv)).decryptor()
        plain = dec.update(ciphertext) + dec.finalize()
        if chained is not None:
            self._chained_iv = ciphertext[-bs:]
        pad = plain[-1]
        if pad + 1 + maclen > len(plain):
            raise DecryptError(msg("bad padding (padding length larger than the record)"))
        bad_padding = plain[-1 - pad : -1] != bytes([pad]) * pad
        data_end = len(plain) - 1 - pad - maclen
        data, mac = plain[:data_end], plain[data_end : data_end + maclen]
        expected = hmac_digest(
            self.suite.mac, self._mac_key, _header(seq, content_type, version, len(data)) + data
        )
        error = ""
        if bad_padding:
            error = "bad padding"
        elif not _hmac.compare_digest(mac, expected):
            error = "bad MAC"
        return RecordOpening(seq, iv, mac, expected, pad, data, not error, error)

    def _gcm_open(self, content_type: int, version: int, seq: int,
                  fragment: bytes) -> RecordOpening:
        ivlen, taglen = self.suite.record_iv_length, self.suite.tag_length
        if len(fragment) < ivlen + taglen:
            raise DecryptError(msg("record shorter than explicit nonce + tag ({n} < {least})",
                                   n=len(fragment), least=ivlen + taglen))
        explicit = fragment[:ivlen]
        nonce = self._salt + explicit
        ciphertext = fragment[ivlen : len(fragment) - taglen]
        tag = fragment[len(fragment) - taglen :]
        aad = _header(seq, content_type, version, len(ciphertext))
        dec = Cipher(algorithms.SM4(self._key), modes.GCM(nonce, tag)).decryptor()
        dec.authenticate_additional_data(aad)
        plain = dec.update(ciphertext)
        try:
            dec.finalize()
        except InvalidTag:
            # the tag the record should have carried: GCM encrypts with the counter blocks
            # after J0 = nonce || 1, so CTR from nonce || 2 gives the plaintext to tag again
            ctr = Cipher(algorithms.SM4(self._key), modes.CTR(nonce + b"\0\0\0\x02"))
            plain = ctr.decryptor().update(ciphertext)
            enc = Cipher(algorithms.SM4(self._key), modes.GCM(nonce)).encryptor()
            enc.authenticate_additional_data(aad)
            enc.update(plain)
            enc.finalize()
            return RecordOpening(seq, explicit, tag, enc.tag, None, plain, False,
                                 "GCM tag mismatch", nonce)
        return RecordOpening(seq, explicit, tag, tag, None, plain, nonce=nonce)

    def _aead_open(self, content_type: int, version: int, seq: int,
                   fragment: bytes) -> RecordOpening:
        """TLS 1.2 AES-GCM/CCM and ChaCha20-Poly1305 (the tag it should have had is not
        recomputed on a mismatch: ``computed`` stays empty)."""
        ivlen, taglen = self.suite.record_iv_length, self.suite.tag_length
        if len(fragment) < ivlen + taglen:
            raise DecryptError(msg("record shorter than explicit nonce + tag ({n} < {least})",
                                   n=len(fragment), least=ivlen + taglen))
        assert self._aead is not None
        explicit = fragment[:ivlen]
        nonce = self._nonce(seq, explicit)
        tag = fragment[len(fragment) - taglen:]
        aad = _header(seq, content_type, version, len(fragment) - ivlen - taglen)
        try:
            plain = self._aead.decrypt(nonce, fragment[ivlen:], aad)
        except DecryptError as exc:
            return RecordOpening(seq, explicit, tag, b"", None, b"", False, str(exc), nonce)
        return RecordOpening(seq, explicit, tag, tag, None, plain, nonce=nonce)

    # --- encryption (tests, round trips) ----------------------------------------------------

    def encrypt(
        self, content_type: int, version: int, seq: int, plaintext: bytes,
        explicit_iv: bytes | None = None,
    ) -> bytes:
        if len(plaintext) > MAX_PLAINTEXT:
            raise ValueError("plaintext longer than 2^14 bytes")
        ivlen = self.suite.record_iv_length
        explicit = explicit_iv if explicit_iv is not None else (
            (seq.to_bytes(ivlen, "big") if ivlen else b"") if self.suite.aead
            else os.urandom(ivlen)
        )
        if len(explicit) != self.suite.record_iv_length:
            raise ValueError(f"explicit IV must be {self.suite.record_iv_length} bytes")
        if self._aead is not None:
            aad = _header(seq, content_type, version, len(plaintext))
            return explicit + self._aead.encrypt(self._nonce(seq, explicit), plaintext, aad)
        mac = hmac_digest(
            self.suite.mac, self._mac_key,
            _header(seq, content_type, version, len(plaintext)) + plaintext,
        )
        bs = self.suite.block_size
        pad = bs - 1 - (len(plaintext) + len(mac)) % bs
        padded = plaintext + mac + bytes([pad]) * (pad + 1)
        cbc = Cipher(self._block(self._key), modes.CBC(explicit)).encryptor()
        return explicit + cbc.update(padded) + cbc.finalize()


def connection_decryptors(
    suite: CipherSuite, master: bytes, client_random: bytes, server_random: bytes
) -> tuple[RecordDecryptor, RecordDecryptor]:
    """(client-to-server, server-to-client) record decryptors of one connection."""
    return decryptors_for(suite, key_block(master, client_random, server_random, suite))


def decryptors_for(
    suite: CipherSuite, km: KeyMaterial, chained_ivs: bool = False
) -> tuple[RecordDecryptor, RecordDecryptor]:
    """(client-to-server, server-to-client) record decryptors from a split key block;
    ``chained_ivs``: TLS 1.0 CBC, the key block's IVs start each direction's chain."""
    if chained_ivs:
        return (RecordDecryptor(suite, km.client_key, km.client_iv, km.client_mac, km.client_iv),
                RecordDecryptor(suite, km.server_key, km.server_iv, km.server_mac, km.server_iv))
    return (
        RecordDecryptor(suite, km.client_key, km.client_iv, km.client_mac),
        RecordDecryptor(suite, km.server_key, km.server_iv, km.server_mac),
    )
