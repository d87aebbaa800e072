"""Every cryptographic value of one connection, as computed while it was checked and decrypted.

The values come from the functions that check and decrypt (``crypto.signatures``,
``crypto.prf``, ``crypto.record``, ``crypto.premaster``, filled in by ``session.decryption``);
nothing is computed here. They are reported as ``tlcp.crypto`` in JSON (``report.crypto_json``,
docs/json.md) and by ``--crypto`` in the text report (``report.crypto_text``).

Secrets (pre-master secret, master secret, key block) are only kept in what is reported when
``--show-secrets`` is given (:meth:`CryptoValues.shown`); public values (signatures, public
keys, ciphertexts, hashes, MACs) always. Only the standard library and the suite registry are
imported here, so the result model can hold these objects.
"""

from __future__ import annotations

from dataclasses import field, replace

from tlcp_decode.precompiled import dataclass
from tlcp_decode.registry import CipherSuite

# What each seed is made of, named in the report.
MASTER_SECRET_SEED_PARTS = "client_random || server_random"
#: RFC 7627 (extended_master_secret agreed): the seed is the session hash instead
SESSION_HASH_SEED_PARTS = "Hash(handshake messages through ClientKeyExchange)"
KEY_EXPANSION_SEED_PARTS = "server_random || client_random"
FINISHED_SEED_PARTS = "Hash(handshake messages)"


@dataclass(frozen=True, slots=True)
class SignerCertificate:
    """Which certificate's key a signature was checked with."""

    role: str  # sign | enc | ca | single, as in the certificate list
    subject: str
    serial: str


@dataclass(frozen=True, slots=True)
class SignatureValues:
    """A ServerKeyExchange or CertificateVerify signature and what checking it computed."""

    frame: int | None
    signature_der: bytes  # as on the wire
    valid: bool
    detail: str  # the check's own words
    algorithm: str | None  # SM2 | RSA; None when the signer's key could not be read
    variant: str | None  # the signed form that verified
    signed_data: bytes | None  # the form that verified, else the first tried
    signer: SignerCertificate | None
    public_key: bytes | None  # SM2: 04 || x || y
    rsa_modulus: int | None
    rsa_exponent: int | None
    signature_rs: bytes | None  # SM2: r || s, 32 bytes each
    sm2_id: bytes | None  # SM2: the distinguishing identifier of Z
    z: bytes | None  # SM2: SM3(ENTL || ID || a || b || xG || yG || xA || yA)
    e: bytes | None  # SM2: SM3(Z || signed_data)
    rsa_hash: str | None  # RSA: the PKCS#1 v1.5 digest that verified
    transcript_hash: bytes | None = None  # CertificateVerify: SM3 of the messages before it


@dataclass(frozen=True, slots=True)
class ClientKeyExchangeValues:
    """The public parts of the key exchange: the encrypted pre-master (ECC, RSA) or the two
    ephemeral points (ECDHE)."""

    frame: int | None
    key_exchange: str  # ECC | ECDHE | RSA | IBC | IBSDH
    encrypted_pre_master: bytes = b""  # ECC: DER SEQUENCE {x, y, C3, C2}; RSA: the ciphertext
    c1: bytes | None = None  # ECC: 04 || x || y
    c3: bytes | None = None  # ECC: SM3(x2 || M || y2)
    c2: bytes | None = None  # ECC: the ciphertext proper
    curve: str | None = None  # ECDHE
    server_point: bytes | None = None  # ECDHE: from ServerKeyExchange
    client_point: bytes | None = None  # ECDHE
    opened_by: str | None = None  # which key gave the pre-master (with --key)
    error: str | None = None  # why the ciphertext could not be taken apart


@dataclass(frozen=True, slots=True)
class KeyBlock:
    """The key block and its parts (RFC 5246 6.3); GCM suites have no MAC keys (empty)."""

    client_write_mac_key: bytes = field(repr=False)
    server_write_mac_key: bytes = field(repr=False)
    client_write_key: bytes = field(repr=False)
    server_write_key: bytes = field(repr=False)
    client_write_iv: bytes = field(repr=False)  # GCM: the 4-byte nonce salt
    server_write_iv: bytes = field(repr=False)

    @property
    def block(self) -> bytes:
        return (self.client_write_mac_key + self.server_write_mac_key + self.client_write_key
                + self.server_write_key + self.client_write_iv + self.server_write_iv)


@dataclass(frozen=True, slots=True)
class KeyDerivation:
    """pre-master -> master secret -> key block (GB/T 38636-2020 6.5). The secrets are None
    when they are not to be shown, or (the pre-master) not known."""

    prf: str  # SM3 | SHA256 | SHA384
    master_source: str  # keylog | server_key | resumed_session
    master_label: bytes
    master_seed: bytes
    key_expansion_label: bytes
    key_expansion_seed: bytes
    mac_key_length: int
    key_length: int
    iv_length: int
    pre_master_known: bool
    pre_master: bytes | None = field(default=None, repr=False)
    master: bytes | None = field(default=None, repr=False)
    keys: KeyBlock | None = field(default=None, repr=False)

    @property
    def secrets_shown(self) -> bool:
        return self.master is not None

    @property
    def key_block_length(self) -> int:
        return 2 * (self.mac_key_length + self.key_length + self.iv_length)

    def without_secrets(self) -> KeyDerivation:
        return replace(self, pre_master=None, master=None, keys=None)


@dataclass(frozen=True, slots=True)
class FinishedValues:
    """One side's Finished: the transcript hash, verify_data computed and received."""

    frame: int | None
    label: str  # client finished | server finished
    transcript_hash: bytes
    computed: bytes
    received: bytes

    @property
    def match(self) -> bool:
        return self.computed == self.received


@dataclass(frozen=True, slots=True)
class RecordValues:
    """One protected record as unprotected (``--records`` with keys)."""

    frame: int | None
    direction: str
    content_type: int
    length: int
    seq: int | None  # None: the record could not be taken apart (``error``)
    explicit_iv: bytes = b""  # CBC: the record IV; GCM: the explicit nonce
    nonce: bytes | None = None  # GCM: salt || explicit nonce
    auth: str = ""  # mac | tag
    received: bytes = b""
    computed: bytes = b""
    padding_length: int | None = None  # CBC
    plaintext_length: int | None = None
    match: bool = False
    error: str | None = None


@dataclass(slots=True)
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
    version_prf: str | None = None  # the PRF the version imposes (TLS 1.0/1.1: MD5+SHA1)

    @property
    def prf(self) -> str | None:
        suite = self.suite
        if suite is None or suite.tls13:
            return None
        return self.version_prf or str(suite.prf_hash)

    def shown(self, show_secrets: bool) -> CryptoValues:
        """What may be reported: without the secrets unless ``show_secrets``."""
        if show_secrets or self.derivation is None:
            return self
        return replace(self, derivation=self.derivation.without_secrets())
