"""Every cryptographic value of one connection, as computed while it was checked and decrypted.

The values come from the functions that check and decrypt (``crypto.signatures``,
``crypto.prf``, ``crypto.record``, ``crypto.premaster``); nothing is computed twice here. They
are reported as ``tlcp.crypto`` in JSON (docs/json.md) and by ``--crypto`` in the text report.
Secrets (pre-master secret, master secret, key block) are only written with ``--show-secrets``;
public values (signatures, public keys, ciphertexts, hashes, MACs) always.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tlcp_decode.crypto import sm2
from tlcp_decode.crypto.prf import (
    KEY_EXPANSION_LABEL,
    MASTER_SECRET_LABEL,
    KeyMaterial,
    key_expansion_seed,
    master_secret_seed,
)
from tlcp_decode.crypto.record import RecordOpening
from tlcp_decode.crypto.signatures import SignatureCheck
from tlcp_decode.registry import CipherSuite, KeyExchange, Mode
from tlcp_decode.session.certificates import describe

# What each seed is made of, named in the report.
MASTER_SECRET_SEED_PARTS = "client_random || server_random"
KEY_EXPANSION_SEED_PARTS = "server_random || client_random"
FINISHED_SEED_PARTS = "Hash(handshake messages)"


def hex_or_none(data: bytes | None) -> str | None:
    return data.hex() if data is not None else None


@dataclass(frozen=True)
class SignerCertificate:
    """Which certificate's key a signature was checked with."""

    role: str  # sign | enc | ca | single, as in the certificate list
    subject: str
    serial: str

    @classmethod
    def of(cls, certificates: list[bytes]) -> SignerCertificate | None:
        if not certificates:
            return None
        info = describe(certificates[0], 0, len(certificates))
        return cls(info.role, info.subject, info.serial)

    def to_json(self) -> dict[str, str]:
        return {"role": self.role, "subject": self.subject, "serial": self.serial}


@dataclass(frozen=True)
class SignatureValues:
    """A ServerKeyExchange or CertificateVerify signature and what checking it computed."""

    frame: int | None
    signature_der: bytes
    check: SignatureCheck
    signer: SignerCertificate | None
    transcript_hash: bytes | None = None  # CertificateVerify: SM3 of the messages before it

    @property
    def signature_rs(self) -> bytes | None:
        """SM2: r || s, 32 bytes each."""
        if self.check.rs is None:
            return None
        r, s = self.check.rs
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")

    @property
    def signer_public_key(self) -> str | dict[str, Any] | None:
        check = self.check
        if check.public_key:
            return check.public_key.hex()
        if check.rsa_modulus is not None:
            size = (check.rsa_modulus.bit_length() + 7) // 8
            return {"modulus": check.rsa_modulus.to_bytes(size, "big").hex(),
                    "exponent": check.rsa_exponent}
        return None

    def to_json(self) -> dict[str, Any]:
        check = self.check
        sm2_values = check.algorithm == "SM2"
        data: dict[str, Any] = {
            "frame": self.frame,
            "algorithm": check.algorithm or None,
            "signature_der": self.signature_der.hex(),
            "signature_rs": hex_or_none(self.signature_rs),
            "signer_certificate": self.signer.to_json() if self.signer else None,
            "signer_public_key": self.signer_public_key,
            "signed_data": check.signed_data.hex() if check.algorithm else None,
            "sm2_id": check.uid.decode("latin-1") if sm2_values else None,
            "z": check.z.hex() if sm2_values else None,
            "e": check.e.hex() if sm2_values else None,
            "rsa_hash": check.rsa_hash or None,
            "valid": check.ok,
            "variant": check.variant,
            "detail": check.detail,
        }
        if self.transcript_hash is not None:
            data["transcript_hash"] = self.transcript_hash.hex()
        return data


@dataclass(frozen=True)
class ClientKeyExchangeValues:
    """The public parts of the key exchange: the encrypted pre-master (ECC, RSA) or the two
    ephemeral points (ECDHE)."""

    frame: int | None
    key_exchange: str
    encrypted_pre_master: bytes = b""  # ECC: DER SEQUENCE {x, y, C3, C2}; RSA: the ciphertext
    ciphertext: sm2.Ciphertext | None = None  # ECC: its parts
    curve: str | None = None  # ECDHE
    server_point: bytes | None = None  # ECDHE: from ServerKeyExchange
    client_point: bytes | None = None  # ECDHE
    opened_by: str | None = None  # which key gave the pre-master (with --key)
    error: str | None = None  # why the ciphertext or the points could not be read

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"frame": self.frame, "key_exchange": self.key_exchange}
        if self.key_exchange == KeyExchange.ECC:
            ct = self.ciphertext
            c1 = sm2.encode_point(ct.c1) if ct is not None else None
            data.update({
                "encrypted_pre_master_der": self.encrypted_pre_master.hex(),
                "c1": hex_or_none(c1),
                "c3": hex_or_none(ct.c3 if ct is not None else None),
                "c2": hex_or_none(ct.c2 if ct is not None else None),
                "c1c3c2": (c1 + ct.c3 + ct.c2).hex() if ct is not None and c1 else None,
            })
        elif self.key_exchange == KeyExchange.ECDHE:
            data.update({"curve": self.curve, "server_public_point": hex_or_none(self.server_point),
                         "client_public_point": hex_or_none(self.client_point)})
        else:
            data["encrypted_pre_master"] = self.encrypted_pre_master.hex()
        data["opened_by"] = self.opened_by
        if self.error:
            data["error"] = self.error
        return data


@dataclass(frozen=True)
class KeyDerivation:
    """Pre-master -> master secret -> key block (GB/T 38636-2020 6.5). Secrets hidden from
    repr()."""

    suite: CipherSuite
    client_random: bytes
    server_random: bytes
    master_source: str  # keylog | server_key | resumed_session
    master: bytes = field(repr=False)
    keys: KeyMaterial = field(repr=False)
    pre_master: bytes | None = field(default=None, repr=False)

    def to_json(self, show_secrets: bool) -> dict[str, Any]:
        suite = self.suite
        gcm = suite.mode is Mode.GCM
        keys = self.keys

        def secret(value: bytes) -> str | None:
            return value.hex() if show_secrets else None

        return {
            "pre_master_secret": secret(self.pre_master) if self.pre_master else None,
            "master_secret": secret(self.master),
            "master_secret_derivation": {
                "source": self.master_source,
                "pre_master_known": self.pre_master is not None,
                "label": MASTER_SECRET_LABEL.decode(),
                "seed": master_secret_seed(self.client_random, self.server_random).hex(),
                "seed_parts": MASTER_SECRET_SEED_PARTS,
                "length": len(self.master),
            },
            "key_block": {
                "label": KEY_EXPANSION_LABEL.decode(),
                "seed": key_expansion_seed(self.client_random, self.server_random).hex(),
                "seed_parts": KEY_EXPANSION_SEED_PARTS,
                "length": len(keys.block),
                "mac_key_length": suite.mac_key_length,
                "key_length": suite.key_length,
                "iv_length": suite.fixed_iv_length,
                "block": secret(keys.block),
                "client_write_mac_key": None if gcm else secret(keys.client_mac),
                "server_write_mac_key": None if gcm else secret(keys.server_mac),
                "client_write_key": secret(keys.client_key),
                "server_write_key": secret(keys.server_key),
                "client_write_iv": secret(keys.client_iv),
                "server_write_iv": secret(keys.server_iv),
            },
        }


@dataclass(frozen=True)
class FinishedValues:
    """One side's Finished: the transcript hash, verify_data computed and received."""

    frame: int | None
    label: str
    transcript_hash: bytes
    computed: bytes
    received: bytes

    @property
    def match(self) -> bool:
        return self.computed == self.received

    def to_json(self) -> dict[str, Any]:
        return {"frame": self.frame, "label": self.label,
                "transcript_hash": self.transcript_hash.hex(), "seed_parts": FINISHED_SEED_PARTS,
                "computed": self.computed.hex(), "received": self.received.hex(),
                "match": self.match}


@dataclass(frozen=True)
class RecordValues:
    """One protected record as unprotected (``--records`` with keys)."""

    frame: int | None
    direction: str
    content_type: int
    length: int
    opening: RecordOpening | None
    error: str | None = None  # the record could not be taken apart

    def to_json(self) -> dict[str, Any]:
        o = self.opening
        data: dict[str, Any] = {"frame": self.frame, "dir": self.direction,
                                "content_type": self.content_type, "length": self.length}
        if o is None:
            data.update({"seq": None, "match": False, "error": self.error})
            return data
        cbc = o.padding_length is not None
        data.update({
            "seq": o.seq,
            "explicit_iv": o.explicit_iv.hex(),  # CBC: the IV; GCM: the explicit nonce
            "nonce": o.nonce.hex() if o.nonce else None,  # GCM: salt || explicit nonce
            "auth": "mac" if cbc else "tag",
            "received": o.received.hex(),
            "computed": o.computed.hex(),
            "match": o.ok,
            "padding_length": o.padding_length,
            "plaintext_length": len(o.plaintext),
        })
        if o.error:
            data["error"] = o.error
        return data


@dataclass
class CryptoValues:
    """What one connection's checks and decryption computed, filled in as they happen."""

    suite: CipherSuite | None = None
    client_random: bytes = b""
    server_random: bytes = b""
    server_key_exchange: SignatureValues | None = None
    certificate_verify: SignatureValues | None = None
    client_key_exchange: ClientKeyExchangeValues | None = None
    derivation: KeyDerivation | None = None
    finished: dict[str, FinishedValues] = field(default_factory=dict)  # client | server
    records: list[RecordValues] | None = None  # with --records

    def to_json(self, show_secrets: bool) -> dict[str, Any]:
        suite = self.suite
        data: dict[str, Any] = {
            "client_random": self.client_random.hex() or None,
            "server_random": self.server_random.hex() or None,
            "server_key_exchange": (self.server_key_exchange.to_json()
                                    if self.server_key_exchange else None),
            "certificate_verify": (self.certificate_verify.to_json()
                                   if self.certificate_verify else None),
            "client_key_exchange": (self.client_key_exchange.to_json()
                                    if self.client_key_exchange else None),
            "prf": str(suite.prf_hash) if suite is not None and suite.tlcp else None,
            "pre_master_secret": None,
            "master_secret": None,
            "master_secret_derivation": None,
            "key_block": None,
        }
        if self.derivation is not None:
            data.update(self.derivation.to_json(show_secrets))
        data["finished"] = {side: (self.finished[side].to_json() if side in self.finished
                                   else None) for side in ("client", "server")}
        if self.records is not None:
            data["records"] = [r.to_json() for r in self.records]
        return data
