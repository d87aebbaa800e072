"""The cipher-suite registry: the single source of truth for every suite tlcp-decode knows.

The schemas, the decoder, the decryption code, the Wireshark plugin generator and the
``tables`` command all read this module; nothing else lists suites.

Sources: GB/T 38636-2020 section 6.4.5.2.1 (TLCP suites), GM/T 0024-2014 (the older SSL VPN
specification, whose SM1 and SHA-1 suites still appear in the field) and RFC 8998 (SM suites
for TLS 1.3, which are *not* TLCP and are listed so that they are named, not misread).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class KeyExchange(enum.StrEnum):
    """How the pre-master secret is agreed (GB/T 38636-2020 6.4.5.2.1)."""

    ECDHE = "ECDHE"  # SM2 key agreement with ephemeral keys, needs both sides' enc certs
    ECC = "ECC"  # client encrypts the pre-master with the server's SM2 encryption key
    IBSDH = "IBSDH"  # SM9 identity-based key agreement
    IBC = "IBC"  # client encrypts the pre-master with the server's SM9 identity
    RSA = "RSA"  # client encrypts the pre-master with the server's RSA encryption key
    TLS13 = "TLS13"  # RFC 8998 suites: key exchange negotiated outside the suite


class Authentication(enum.StrEnum):
    SM2 = "SM2"
    SM9 = "SM9"
    RSA = "RSA"
    TLS13 = "TLS13"


class Cipher(enum.StrEnum):
    SM4 = "SM4"
    SM1 = "SM1"  # a classified algorithm: named, never decrypted


class Mode(enum.StrEnum):
    CBC = "CBC"
    GCM = "GCM"
    CCM = "CCM"


class Hash(enum.StrEnum):
    SM3 = "SM3"
    SHA256 = "SHA256"
    SHA1 = "SHA1"


class Standard(enum.StrEnum):
    GBT_38636_2020 = "GB/T 38636-2020"
    GMT_0024_2014 = "GM/T 0024-2014"
    RFC_8998 = "RFC 8998"


_HASH_LENGTH = {Hash.SM3: 32, Hash.SHA256: 32, Hash.SHA1: 20}


@dataclass(frozen=True)
class CipherSuite:
    """One cipher suite and everything needed to name it, check it and decrypt it."""

    id: int
    name: str
    key_exchange: KeyExchange
    authentication: Authentication
    cipher: Cipher
    mode: Mode
    mac: Hash  # HMAC hash for CBC suites; the PRF hash of AEAD suites
    standard: Standard

    @property
    def tlcp(self) -> bool:
        """True for suites negotiated by TLCP (record version 0x0101)."""
        return self.standard is not Standard.RFC_8998

    @property
    def hex_id(self) -> str:
        return f"0x{self.id:04x}"

    @property
    def aead(self) -> bool:
        return self.mode in (Mode.GCM, Mode.CCM)

    @property
    def prf_hash(self) -> Hash:
        """Hash of the PRF and of the Finished transcript.

        GB/T 38636-2020 6.5.2 uses SM3 for every suite except the *_SHA256 ones, which follow
        TLS 1.2 (RFC 5246 5) and use SHA-256. GM/T 0024's SHA-1 suites keep the SM3 PRF.
        """
        return Hash.SHA256 if self.mac is Hash.SHA256 else Hash.SM3

    @property
    def key_length(self) -> int:
        return 16  # SM4 and SM1 both have 128-bit keys

    @property
    def mac_key_length(self) -> int:
        return 0 if self.aead else _HASH_LENGTH[self.mac]

    @property
    def mac_length(self) -> int:
        return self.mac_key_length

    @property
    def fixed_iv_length(self) -> int:
        """IV bytes taken from the key block: the salt of AEAD nonces, a (TLS 1.0 style) IV for CBC."""
        return 4 if self.aead else 16

    @property
    def record_iv_length(self) -> int:
        """Explicit IV / nonce bytes carried at the start of every protected record."""
        return 8 if self.aead else 16

    @property
    def tag_length(self) -> int:
        return 16 if self.aead else 0

    @property
    def block_size(self) -> int:
        return 16

    @property
    def decryptable(self) -> bool:
        return self.tlcp and self.cipher is Cipher.SM4 and self.mode in (Mode.CBC, Mode.GCM)


def _suite(
    id: int, kx: KeyExchange, auth: Authentication, cipher: Cipher, mode: Mode | None, mac: Hash,
    standard: Standard,
) -> CipherSuite:
    # Names are built from the parts, as the standards spell them: ECC_SM4_CBC_SM3, ECC_SM1_SM3.
    cipher_part = f"{cipher}_{mode}" if mode is not None and cipher is Cipher.SM4 else f"{cipher}"
    name = f"{kx}_{cipher_part}_{mac}" if kx is not KeyExchange.TLS13 else f"TLS_SM4_{mode}_SM3"
    return CipherSuite(id, name, kx, auth, cipher, mode or Mode.CBC, mac, standard)


_K, _A, _C, _M, _H, _S = KeyExchange, Authentication, Cipher, Mode, Hash, Standard

CIPHER_SUITES: tuple[CipherSuite, ...] = (
    # GB/T 38636-2020 table 2, in the standard's order.
    _suite(0xE011, _K.ECDHE, _A.SM2, _C.SM4, _M.CBC, _H.SM3, _S.GBT_38636_2020),
    _suite(0xE051, _K.ECDHE, _A.SM2, _C.SM4, _M.GCM, _H.SM3, _S.GBT_38636_2020),
    _suite(0xE013, _K.ECC, _A.SM2, _C.SM4, _M.CBC, _H.SM3, _S.GBT_38636_2020),
    _suite(0xE053, _K.ECC, _A.SM2, _C.SM4, _M.GCM, _H.SM3, _S.GBT_38636_2020),
    _suite(0xE015, _K.IBSDH, _A.SM9, _C.SM4, _M.CBC, _H.SM3, _S.GBT_38636_2020),
    _suite(0xE055, _K.IBSDH, _A.SM9, _C.SM4, _M.GCM, _H.SM3, _S.GBT_38636_2020),
    _suite(0xE017, _K.IBC, _A.SM9, _C.SM4, _M.CBC, _H.SM3, _S.GBT_38636_2020),
    _suite(0xE057, _K.IBC, _A.SM9, _C.SM4, _M.GCM, _H.SM3, _S.GBT_38636_2020),
    _suite(0xE019, _K.RSA, _A.RSA, _C.SM4, _M.CBC, _H.SM3, _S.GBT_38636_2020),
    _suite(0xE059, _K.RSA, _A.RSA, _C.SM4, _M.GCM, _H.SM3, _S.GBT_38636_2020),
    _suite(0xE01C, _K.RSA, _A.RSA, _C.SM4, _M.CBC, _H.SHA256, _S.GBT_38636_2020),
    _suite(0xE05A, _K.RSA, _A.RSA, _C.SM4, _M.GCM, _H.SHA256, _S.GBT_38636_2020),
    # GM/T 0024-2014 suites that GB/T 38636-2020 dropped but old gateways still offer.
    _suite(0xE001, _K.ECDHE, _A.SM2, _C.SM1, None, _H.SM3, _S.GMT_0024_2014),
    _suite(0xE003, _K.ECC, _A.SM2, _C.SM1, None, _H.SM3, _S.GMT_0024_2014),
    _suite(0xE005, _K.IBSDH, _A.SM9, _C.SM1, None, _H.SM3, _S.GMT_0024_2014),
    _suite(0xE007, _K.IBC, _A.SM9, _C.SM1, None, _H.SM3, _S.GMT_0024_2014),
    _suite(0xE009, _K.RSA, _A.RSA, _C.SM1, None, _H.SM3, _S.GMT_0024_2014),
    _suite(0xE00A, _K.RSA, _A.RSA, _C.SM1, None, _H.SHA1, _S.GMT_0024_2014),
    _suite(0xE01A, _K.RSA, _A.RSA, _C.SM4, _M.CBC, _H.SHA1, _S.GMT_0024_2014),
    # RFC 8998: ShangMi suites for TLS 1.3, never negotiated by TLCP.
    _suite(0x00C6, _K.TLS13, _A.TLS13, _C.SM4, _M.GCM, _H.SM3, _S.RFC_8998),
    _suite(0x00C7, _K.TLS13, _A.TLS13, _C.SM4, _M.CCM, _H.SM3, _S.RFC_8998),
)

#: Values that may stand among the offered suites but name no suite (RFC 5746 3.3, RFC 7507).
SIGNALING_SUITES: dict[int, str] = {
    0x00FF: "TLS_EMPTY_RENEGOTIATION_INFO_SCSV",
    0x5600: "TLS_FALLBACK_SCSV",
}

_BY_ID: dict[int, CipherSuite] = {s.id: s for s in CIPHER_SUITES}


def lookup(suite_id: int) -> CipherSuite | None:
    return _BY_ID.get(suite_id)


def suite_name(suite_id: int) -> str:
    """A display name for any two-byte suite value, known or not."""
    suite = _BY_ID.get(suite_id)
    if suite is not None:
        return suite.name
    return SIGNALING_SUITES.get(suite_id, f"Unknown (0x{suite_id:04x})")


def suite_label(suite_id: int) -> str:
    """The name with the value, written once: ``ECC_SM4_CBC_SM3 (0xe013)``, ``Unknown (0xc027)``."""
    name = suite_name(suite_id)
    value = f"(0x{suite_id:04x})"
    return name if name.endswith(value) else f"{name} {value}"


def suite_names() -> dict[int, str]:
    """Every named suite value, for value tables (schemas, Lua value_string)."""
    names = {s.id: s.name for s in CIPHER_SUITES}
    names.update(SIGNALING_SUITES)
    return names


# --- key exchange vs certificate key type (GB/T 38636-2020 6.4.5.3 and 6.4.5.4) ----------------


class CertificateKey(enum.StrEnum):
    SM2 = "SM2"
    RSA = "RSA"
    SM9 = "SM9"  # an identity and the IBC public parameters instead of an X.509 certificate


@dataclass(frozen=True)
class CertificateRequirement:
    """What each side must present for one key exchange."""

    key_exchange: KeyExchange
    key_type: CertificateKey
    server: tuple[str, ...]  # roles, in the order they appear in the Certificate message
    client: tuple[str, ...]  # roles when the client authenticates ("required" for ECDHE)
    client_auth_required: bool
    forward_secrecy: bool
    note: str


KEY_EXCHANGE_CERTIFICATES: tuple[CertificateRequirement, ...] = (
    CertificateRequirement(
        KeyExchange.ECDHE, CertificateKey.SM2, ("sign", "enc"), ("sign", "enc"), True, True,
        "SM2 key agreement uses both sides' encryption keys, so the client must send its "
        "signing and encryption certificates",
    ),
    CertificateRequirement(
        KeyExchange.ECC, CertificateKey.SM2, ("sign", "enc"), ("sign",), False, False,
        "the pre-master is SM2-encrypted to the server's encryption certificate; "
        "ServerKeyExchange signs both randoms and that certificate",
    ),
    CertificateRequirement(
        KeyExchange.IBSDH, CertificateKey.SM9, ("identity",), ("identity",), True, True,
        "SM9 key agreement between the two identities; the server sends its ID and the "
        "IBC public parameters",
    ),
    CertificateRequirement(
        KeyExchange.IBC, CertificateKey.SM9, ("identity",), ("identity",), False, False,
        "the pre-master is SM9-encrypted to the server's identity",
    ),
    CertificateRequirement(
        KeyExchange.RSA, CertificateKey.RSA, ("sign", "enc"), ("sign",), False, False,
        "the pre-master is RSA-encrypted to the server's encryption certificate",
    ),
)

_REQUIREMENT_BY_KX = {r.key_exchange: r for r in KEY_EXCHANGE_CERTIFICATES}


def certificate_requirement(kx: KeyExchange) -> CertificateRequirement | None:
    return _REQUIREMENT_BY_KX.get(kx)
