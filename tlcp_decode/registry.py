"""The registry: the single source of truth for every suite, group and signature scheme.

The schemas, the decoder, the decryption code, the Wireshark plugin generator and the
``tables`` command all read this module; nothing else lists suites.

Sources: GB/T 38636-2020 section 6.4.5.2.1 (TLCP suites), GM/T 0024-2014 (the older SSL VPN
specification, whose SM1 and SHA-1 suites still appear in the field), and the IANA TLS
registries (cipher suites, supported groups, signature schemes) for the TLS that runs beside
TLCP, with RFC 8998's ShangMi suites, curveSM2 and sm2sig_sm3 for TLS 1.3.
"""

from __future__ import annotations

import enum
from functools import cached_property

from tlcp_decode.messages import Msg, msg
from tlcp_decode.precompiled import dataclass


class KeyExchange(enum.StrEnum):
    """How the pre-master secret is agreed (GB/T 38636-2020 6.4.5.2.1; the IANA TLS names)."""

    ECDHE = "ECDHE"  # TLCP: SM2 key agreement with ephemeral keys; TLS: ephemeral ECDH
    ECC = "ECC"  # client encrypts the pre-master with the server's SM2 encryption key
    IBSDH = "IBSDH"  # SM9 identity-based key agreement
    IBC = "IBC"  # client encrypts the pre-master with the server's SM9 identity
    RSA = "RSA"  # client encrypts the pre-master with the server's RSA encryption key
    TLS13 = "TLS13"  # TLS 1.3 suites: key exchange negotiated outside the suite
    # TLS 1.2 and older only
    DHE = "DHE"
    DH = "DH"  # static Diffie-Hellman (key in the certificate) or anonymous
    ECDH = "ECDH"
    PSK = "PSK"
    SRP = "SRP"
    KRB5 = "KRB5"
    ECCPWD = "ECCPWD"
    NULL = "NULL"


class Authentication(enum.StrEnum):
    SM2 = "SM2"
    SM9 = "SM9"
    RSA = "RSA"
    TLS13 = "TLS13"  # TLS 1.3: by the signature scheme, negotiated outside the suite
    ECDSA = "ECDSA"
    DSS = "DSS"
    ANON = "anon"
    PSK = "PSK"
    SRP = "SRP"
    KRB5 = "KRB5"
    ECCPWD = "ECCPWD"
    NULL = "NULL"


class Cipher(enum.StrEnum):
    SM4 = "SM4"
    SM1 = "SM1"  # a classified algorithm: named, never decrypted
    AES_128 = "AES_128"
    AES_256 = "AES_256"
    CHACHA20 = "CHACHA20"
    TRIPLE_DES = "3DES_EDE"
    DES = "DES"
    DES40 = "DES40"
    RC4_128 = "RC4_128"
    RC4_40 = "RC4_40"
    RC2_40 = "RC2_40"
    IDEA = "IDEA"
    SEED = "SEED"
    CAMELLIA_128 = "CAMELLIA_128"
    CAMELLIA_256 = "CAMELLIA_256"
    ARIA_128 = "ARIA_128"
    ARIA_256 = "ARIA_256"
    NULL = "NULL"


class Mode(enum.StrEnum):
    CBC = "CBC"
    GCM = "GCM"
    CCM = "CCM"
    CCM_8 = "CCM_8"  # CCM with an 8-byte tag
    POLY1305 = "POLY1305"  # ChaCha20-Poly1305 (RFC 7905)
    STREAM = "STREAM"  # RC4
    NULL = "NULL"  # no encryption


class Hash(enum.StrEnum):
    SM3 = "SM3"
    SHA256 = "SHA256"
    SHA384 = "SHA384"
    SHA1 = "SHA1"
    MD5 = "MD5"
    NULL = "NULL"
    # TLS 1.0 and 1.1 (RFC 2246 5, 7.4.9; RFC 4346): the PRF is P_MD5 XOR P_SHA1 over the two
    # halves of the secret, the handshake hash MD5 || SHA-1; no suite names it, the version does
    MD5_SHA1 = "MD5+SHA1"


class Standard(enum.StrEnum):
    GBT_38636_2020 = "GB/T 38636-2020"
    GMT_0024_2014 = "GM/T 0024-2014"
    RFC_8998 = "RFC 8998"
    RFC_8446 = "RFC 8446"
    IANA_TLS = "IANA TLS"  # TLS 1.2 and older suites of the IANA TLS Cipher Suites registry


class Protocol(enum.StrEnum):
    """Which protocol a suite (or a connection) belongs to."""

    TLCP = "TLCP"
    TLS12 = "TLS 1.2"  # and older TLS versions
    TLS13 = "TLS 1.3"


_HASH_LENGTH = {Hash.SM3: 32, Hash.SHA256: 32, Hash.SHA384: 48, Hash.SHA1: 20, Hash.MD5: 16,
                Hash.NULL: 0}
_KEY_LENGTH = {
    Cipher.SM4: 16, Cipher.SM1: 16, Cipher.AES_128: 16, Cipher.AES_256: 32, Cipher.CHACHA20: 32,
    Cipher.TRIPLE_DES: 24, Cipher.DES: 8, Cipher.DES40: 8, Cipher.RC4_128: 16, Cipher.RC4_40: 16,
    Cipher.RC2_40: 16, Cipher.IDEA: 16, Cipher.SEED: 16, Cipher.CAMELLIA_128: 16,
    Cipher.CAMELLIA_256: 32, Cipher.ARIA_128: 16, Cipher.ARIA_256: 32, Cipher.NULL: 0,
}
_BLOCK_SIZE = {Cipher.TRIPLE_DES: 8, Cipher.DES: 8, Cipher.DES40: 8, Cipher.RC2_40: 8,
               Cipher.IDEA: 8}
_AEAD_MODES = frozenset({Mode.GCM, Mode.CCM, Mode.CCM_8, Mode.POLY1305})
_SM_CIPHERS = frozenset({Cipher.SM4, Cipher.SM1})
#: What the decoder can decrypt outside TLCP (TLCP: SM4-CBC and SM4-GCM).
_TLS_DECRYPTABLE_CIPHERS = frozenset({Cipher.AES_128, Cipher.AES_256, Cipher.CHACHA20,
                                      Cipher.SM4})
_TLS_DECRYPTABLE_MODES = frozenset({Mode.GCM, Mode.CCM, Mode.CCM_8, Mode.POLY1305, Mode.CBC})
_TLS_MACS = frozenset({Hash.SHA1, Hash.SHA256, Hash.SHA384})


@dataclass(frozen=True)
class CipherSuite:
    """One cipher suite and everything needed to name it, check it and decrypt it."""

    id: int
    name: str
    key_exchange: KeyExchange
    authentication: Authentication
    cipher: Cipher
    mode: Mode
    mac: Hash  # HMAC hash for CBC suites; the PRF (TLS 1.3: HKDF) hash of AEAD suites
    standard: Standard

    # (kept on the suite once read: a property is a Python call, and the analysis asks it
    # of each connection's suite twice)
    @cached_property
    def tlcp(self) -> bool:
        """True for suites negotiated by TLCP (record version 0x0101)."""
        return self.standard in (Standard.GBT_38636_2020, Standard.GMT_0024_2014)

    @property
    def tls13(self) -> bool:
        """True for the TLS 1.3 suites (RFC 8446, RFC 8998)."""
        return self.key_exchange is KeyExchange.TLS13

    @property
    def protocol(self) -> Protocol:
        if self.tlcp:
            return Protocol.TLCP
        return Protocol.TLS13 if self.tls13 else Protocol.TLS12

    @property
    def sm(self) -> bool:
        """Only ShangMi algorithms in the suite itself (SM4/SM1 and SM3; key exchange apart)."""
        return self.cipher in _SM_CIPHERS and self.mac is Hash.SM3

    @property
    def message_layout(self) -> str:
        """Which ServerKeyExchange/ClientKeyExchange/Certificate layouts the suite implies.

        The schemas switch on this value (the parse parameter ``key_exchange``): TLCP suites
        by their key exchange, TLS 1.2 ones prefixed ``TLS_`` (their ServerKeyExchange carries
        the signature algorithm, TLCP's does not), TLS 1.3 ones ``TLS13``.
        """
        if self.tlcp or self.tls13:
            return str(self.key_exchange)
        if self.authentication is Authentication.PSK:  # a PSK identity hint comes first
            return "TLS_PSK"
        return f"TLS_{self.key_exchange}"

    @property
    def hex_id(self) -> str:
        return f"0x{self.id:04x}"

    @property
    def aead(self) -> bool:
        return self.mode in _AEAD_MODES

    @property
    def prf_hash(self) -> Hash:
        """Hash of the PRF and of the Finished transcript (TLS 1.3: of HKDF).

        GB/T 38636-2020 6.5.2 uses SM3 for every suite except the *_SHA256 ones, which follow
        TLS 1.2 (RFC 5246 5) and use SHA-256. GM/T 0024's SHA-1 suites keep the SM3 PRF.
        TLS 1.2 suites use SHA-256 unless they name SHA-384.
        """
        if self.tlcp:
            return Hash.SHA256 if self.mac is Hash.SHA256 else Hash.SM3
        if self.mac in (Hash.SHA384, Hash.SM3):
            return self.mac
        return Hash.SHA256

    @property
    def key_length(self) -> int:
        return _KEY_LENGTH[self.cipher]

    @property
    def mac_key_length(self) -> int:
        return 0 if self.aead else _HASH_LENGTH[self.mac]

    @property
    def mac_length(self) -> int:
        return self.mac_key_length

    @property
    def fixed_iv_length(self) -> int:
        """IV bytes taken from the key block: the salt of AEAD nonces, a (TLS 1.0 style) IV for
        CBC; TLS 1.3 and ChaCha20-Poly1305 take the whole 12-byte nonce base."""
        if self.tls13 or self.mode is Mode.POLY1305:
            return 12
        if self.aead:
            return 4
        return self.block_size if self.mode is Mode.CBC else 0

    @property
    def record_iv_length(self) -> int:
        """Explicit IV / nonce bytes carried at the start of every protected record."""
        if self.tls13 or self.mode is Mode.POLY1305:
            return 0
        if self.aead:
            return 8
        return self.block_size if self.mode is Mode.CBC else 0

    @property
    def tag_length(self) -> int:
        if self.mode is Mode.CCM_8:
            return 8
        return 16 if self.aead else 0

    @property
    def block_size(self) -> int:
        return _BLOCK_SIZE.get(self.cipher, 16)

    @property
    def decryptable(self) -> bool:
        if self.tlcp:
            return self.cipher is Cipher.SM4 and self.mode in (Mode.CBC, Mode.GCM)
        if self.cipher not in _TLS_DECRYPTABLE_CIPHERS or self.mode not in _TLS_DECRYPTABLE_MODES:
            return False
        if self.tls13:
            return self.mode is not Mode.CBC
        return self.aead or self.mac in _TLS_MACS


def _suite(
    id: int, kx: KeyExchange, auth: Authentication, cipher: Cipher, mode: Mode | None, mac: Hash,
    standard: Standard,
) -> CipherSuite:
    # Names are built from the parts, as the standards spell them: ECC_SM4_CBC_SM3, ECC_SM1_SM3.
    cipher_part = f"{cipher}_{mode}" if mode is not None and cipher is Cipher.SM4 else f"{cipher}"
    name = f"{kx}_{cipher_part}_{mac}"
    return CipherSuite(id, name, kx, auth, cipher, mode or Mode.CBC, mac, standard)


_K, _A, _C, _M, _H, _S = KeyExchange, Authentication, Cipher, Mode, Hash, Standard

_TLCP_SUITES: tuple[CipherSuite, ...] = (
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
)

# --- TLS (IANA "TLS Cipher Suites" registry) --------------------------------------------------

#: Every assigned TLS suite value and its IANA name (RFC 5246, 4279, 4492, 5288, 5487, 5932,
#: 6209, 6367, 6655, 7905, 8422, 8442, 8446, 8492, 8998 ...). The parts of each suite are read
#: from its name by ``_tls_suite``: the registry's names are systematic.
_IANA_SUITES = """
    0x0000 TLS_NULL_WITH_NULL_NULL
    0x0001 TLS_RSA_WITH_NULL_MD5
    0x0002 TLS_RSA_WITH_NULL_SHA
    0x0003 TLS_RSA_EXPORT_WITH_RC4_40_MD5
    0x0004 TLS_RSA_WITH_RC4_128_MD5
    0x0005 TLS_RSA_WITH_RC4_128_SHA
    0x0006 TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5
    0x0007 TLS_RSA_WITH_IDEA_CBC_SHA
    0x0008 TLS_RSA_EXPORT_WITH_DES40_CBC_SHA
    0x0009 TLS_RSA_WITH_DES_CBC_SHA
    0x000A TLS_RSA_WITH_3DES_EDE_CBC_SHA
    0x000B TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA
    0x000C TLS_DH_DSS_WITH_DES_CBC_SHA
    0x000D TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA
    0x000E TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA
    0x000F TLS_DH_RSA_WITH_DES_CBC_SHA
    0x0010 TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA
    0x0011 TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA
    0x0012 TLS_DHE_DSS_WITH_DES_CBC_SHA
    0x0013 TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA
    0x0014 TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA
    0x0015 TLS_DHE_RSA_WITH_DES_CBC_SHA
    0x0016 TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA
    0x0017 TLS_DH_anon_EXPORT_WITH_RC4_40_MD5
    0x0018 TLS_DH_anon_WITH_RC4_128_MD5
    0x0019 TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA
    0x001A TLS_DH_anon_WITH_DES_CBC_SHA
    0x001B TLS_DH_anon_WITH_3DES_EDE_CBC_SHA
    0x001E TLS_KRB5_WITH_DES_CBC_SHA
    0x001F TLS_KRB5_WITH_3DES_EDE_CBC_SHA
    0x0020 TLS_KRB5_WITH_RC4_128_SHA
    0x0021 TLS_KRB5_WITH_IDEA_CBC_SHA
    0x0022 TLS_KRB5_WITH_DES_CBC_MD5
    0x0023 TLS_KRB5_WITH_3DES_EDE_CBC_MD5
    0x0024 TLS_KRB5_WITH_RC4_128_MD5
    0x0025 TLS_KRB5_WITH_IDEA_CBC_MD5
    0x0026 TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA
    0x0027 TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA
    0x0028 TLS_KRB5_EXPORT_WITH_RC4_40_SHA
    0x0029 TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5
    0x002A TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5
    0x002B TLS_KRB5_EXPORT_WITH_RC4_40_MD5
    0x002C TLS_PSK_WITH_NULL_SHA
    0x002D TLS_DHE_PSK_WITH_NULL_SHA
    0x002E TLS_RSA_PSK_WITH_NULL_SHA
    0x002F TLS_RSA_WITH_AES_128_CBC_SHA
    0x0030 TLS_DH_DSS_WITH_AES_128_CBC_SHA
    0x0031 TLS_DH_RSA_WITH_AES_128_CBC_SHA
    0x0032 TLS_DHE_DSS_WITH_AES_128_CBC_SHA
    0x0033 TLS_DHE_RSA_WITH_AES_128_CBC_SHA
    0x0034 TLS_DH_anon_WITH_AES_128_CBC_SHA
    0x0035 TLS_RSA_WITH_AES_256_CBC_SHA
    0x0036 TLS_DH_DSS_WITH_AES_256_CBC_SHA
    0x0037 TLS_DH_RSA_WITH_AES_256_CBC_SHA
    0x0038 TLS_DHE_DSS_WITH_AES_256_CBC_SHA
    0x0039 TLS_DHE_RSA_WITH_AES_256_CBC_SHA
    0x003A TLS_DH_anon_WITH_AES_256_CBC_SHA
    0x003B TLS_RSA_WITH_NULL_SHA256
    0x003C TLS_RSA_WITH_AES_128_CBC_SHA256
    0x003D TLS_RSA_WITH_AES_256_CBC_SHA256
    0x003E TLS_DH_DSS_WITH_AES_128_CBC_SHA256
    0x003F TLS_DH_RSA_WITH_AES_128_CBC_SHA256
    0x0040 TLS_DHE_DSS_WITH_AES_128_CBC_SHA256
    0x0041 TLS_RSA_WITH_CAMELLIA_128_CBC_SHA
    0x0042 TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA
    0x0043 TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA
    0x0044 TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA
    0x0045 TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA
    0x0046 TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA
    0x0067 TLS_DHE_RSA_WITH_AES_128_CBC_SHA256
    0x0068 TLS_DH_DSS_WITH_AES_256_CBC_SHA256
    0x0069 TLS_DH_RSA_WITH_AES_256_CBC_SHA256
    0x006A TLS_DHE_DSS_WITH_AES_256_CBC_SHA256
    0x006B TLS_DHE_RSA_WITH_AES_256_CBC_SHA256
    0x006C TLS_DH_anon_WITH_AES_128_CBC_SHA256
    0x006D TLS_DH_anon_WITH_AES_256_CBC_SHA256
    0x0084 TLS_RSA_WITH_CAMELLIA_256_CBC_SHA
    0x0085 TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA
    0x0086 TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA
    0x0087 TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA
    0x0088 TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA
    0x0089 TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA
    0x008A TLS_PSK_WITH_RC4_128_SHA
    0x008B TLS_PSK_WITH_3DES_EDE_CBC_SHA
    0x008C TLS_PSK_WITH_AES_128_CBC_SHA
    0x008D TLS_PSK_WITH_AES_256_CBC_SHA
    0x008E TLS_DHE_PSK_WITH_RC4_128_SHA
    0x008F TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA
    0x0090 TLS_DHE_PSK_WITH_AES_128_CBC_SHA
    0x0091 TLS_DHE_PSK_WITH_AES_256_CBC_SHA
    0x0092 TLS_RSA_PSK_WITH_RC4_128_SHA
    0x0093 TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA
    0x0094 TLS_RSA_PSK_WITH_AES_128_CBC_SHA
    0x0095 TLS_RSA_PSK_WITH_AES_256_CBC_SHA
    0x0096 TLS_RSA_WITH_SEED_CBC_SHA
    0x0097 TLS_DH_DSS_WITH_SEED_CBC_SHA
    0x0098 TLS_DH_RSA_WITH_SEED_CBC_SHA
    0x0099 TLS_DHE_DSS_WITH_SEED_CBC_SHA
    0x009A TLS_DHE_RSA_WITH_SEED_CBC_SHA
    0x009B TLS_DH_anon_WITH_SEED_CBC_SHA
    0x009C TLS_RSA_WITH_AES_128_GCM_SHA256
    0x009D TLS_RSA_WITH_AES_256_GCM_SHA384
    0x009E TLS_DHE_RSA_WITH_AES_128_GCM_SHA256
    0x009F TLS_DHE_RSA_WITH_AES_256_GCM_SHA384
    0x00A0 TLS_DH_RSA_WITH_AES_128_GCM_SHA256
    0x00A1 TLS_DH_RSA_WITH_AES_256_GCM_SHA384
    0x00A2 TLS_DHE_DSS_WITH_AES_128_GCM_SHA256
    0x00A3 TLS_DHE_DSS_WITH_AES_256_GCM_SHA384
    0x00A4 TLS_DH_DSS_WITH_AES_128_GCM_SHA256
    0x00A5 TLS_DH_DSS_WITH_AES_256_GCM_SHA384
    0x00A6 TLS_DH_anon_WITH_AES_128_GCM_SHA256
    0x00A7 TLS_DH_anon_WITH_AES_256_GCM_SHA384
    0x00A8 TLS_PSK_WITH_AES_128_GCM_SHA256
    0x00A9 TLS_PSK_WITH_AES_256_GCM_SHA384
    0x00AA TLS_DHE_PSK_WITH_AES_128_GCM_SHA256
    0x00AB TLS_DHE_PSK_WITH_AES_256_GCM_SHA384
    0x00AC TLS_RSA_PSK_WITH_AES_128_GCM_SHA256
    0x00AD TLS_RSA_PSK_WITH_AES_256_GCM_SHA384
    0x00AE TLS_PSK_WITH_AES_128_CBC_SHA256
    0x00AF TLS_PSK_WITH_AES_256_CBC_SHA384
    0x00B0 TLS_PSK_WITH_NULL_SHA256
    0x00B1 TLS_PSK_WITH_NULL_SHA384
    0x00B2 TLS_DHE_PSK_WITH_AES_128_CBC_SHA256
    0x00B3 TLS_DHE_PSK_WITH_AES_256_CBC_SHA384
    0x00B4 TLS_DHE_PSK_WITH_NULL_SHA256
    0x00B5 TLS_DHE_PSK_WITH_NULL_SHA384
    0x00B6 TLS_RSA_PSK_WITH_AES_128_CBC_SHA256
    0x00B7 TLS_RSA_PSK_WITH_AES_256_CBC_SHA384
    0x00B8 TLS_RSA_PSK_WITH_NULL_SHA256
    0x00B9 TLS_RSA_PSK_WITH_NULL_SHA384
    0x00BA TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256
    0x00BB TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256
    0x00BC TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256
    0x00BD TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256
    0x00BE TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256
    0x00BF TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256
    0x00C0 TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256
    0x00C1 TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256
    0x00C2 TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256
    0x00C3 TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256
    0x00C4 TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256
    0x00C5 TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256
    0x00C6 TLS_SM4_GCM_SM3
    0x00C7 TLS_SM4_CCM_SM3
    0x1301 TLS_AES_128_GCM_SHA256
    0x1302 TLS_AES_256_GCM_SHA384
    0x1303 TLS_CHACHA20_POLY1305_SHA256
    0x1304 TLS_AES_128_CCM_SHA256
    0x1305 TLS_AES_128_CCM_8_SHA256
    0xC001 TLS_ECDH_ECDSA_WITH_NULL_SHA
    0xC002 TLS_ECDH_ECDSA_WITH_RC4_128_SHA
    0xC003 TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA
    0xC004 TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA
    0xC005 TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA
    0xC006 TLS_ECDHE_ECDSA_WITH_NULL_SHA
    0xC007 TLS_ECDHE_ECDSA_WITH_RC4_128_SHA
    0xC008 TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA
    0xC009 TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA
    0xC00A TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA
    0xC00B TLS_ECDH_RSA_WITH_NULL_SHA
    0xC00C TLS_ECDH_RSA_WITH_RC4_128_SHA
    0xC00D TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA
    0xC00E TLS_ECDH_RSA_WITH_AES_128_CBC_SHA
    0xC00F TLS_ECDH_RSA_WITH_AES_256_CBC_SHA
    0xC010 TLS_ECDHE_RSA_WITH_NULL_SHA
    0xC011 TLS_ECDHE_RSA_WITH_RC4_128_SHA
    0xC012 TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA
    0xC013 TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA
    0xC014 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA
    0xC015 TLS_ECDH_anon_WITH_NULL_SHA
    0xC016 TLS_ECDH_anon_WITH_RC4_128_SHA
    0xC017 TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA
    0xC018 TLS_ECDH_anon_WITH_AES_128_CBC_SHA
    0xC019 TLS_ECDH_anon_WITH_AES_256_CBC_SHA
    0xC01A TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA
    0xC01B TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA
    0xC01C TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA
    0xC01D TLS_SRP_SHA_WITH_AES_128_CBC_SHA
    0xC01E TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA
    0xC01F TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA
    0xC020 TLS_SRP_SHA_WITH_AES_256_CBC_SHA
    0xC021 TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA
    0xC022 TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA
    0xC023 TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256
    0xC024 TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384
    0xC025 TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256
    0xC026 TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384
    0xC027 TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256
    0xC028 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384
    0xC029 TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256
    0xC02A TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384
    0xC02B TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
    0xC02C TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
    0xC02D TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256
    0xC02E TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384
    0xC02F TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
    0xC030 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
    0xC031 TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256
    0xC032 TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384
    0xC033 TLS_ECDHE_PSK_WITH_RC4_128_SHA
    0xC034 TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA
    0xC035 TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA
    0xC036 TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA
    0xC037 TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256
    0xC038 TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384
    0xC039 TLS_ECDHE_PSK_WITH_NULL_SHA
    0xC03A TLS_ECDHE_PSK_WITH_NULL_SHA256
    0xC03B TLS_ECDHE_PSK_WITH_NULL_SHA384
    0xC03C TLS_RSA_WITH_ARIA_128_CBC_SHA256
    0xC03D TLS_RSA_WITH_ARIA_256_CBC_SHA384
    0xC03E TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256
    0xC03F TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384
    0xC040 TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256
    0xC041 TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384
    0xC042 TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256
    0xC043 TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384
    0xC044 TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256
    0xC045 TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384
    0xC046 TLS_DH_anon_WITH_ARIA_128_CBC_SHA256
    0xC047 TLS_DH_anon_WITH_ARIA_256_CBC_SHA384
    0xC048 TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256
    0xC049 TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384
    0xC04A TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256
    0xC04B TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384
    0xC04C TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256
    0xC04D TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384
    0xC04E TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256
    0xC04F TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384
    0xC050 TLS_RSA_WITH_ARIA_128_GCM_SHA256
    0xC051 TLS_RSA_WITH_ARIA_256_GCM_SHA384
    0xC052 TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256
    0xC053 TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384
    0xC054 TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256
    0xC055 TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384
    0xC056 TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256
    0xC057 TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384
    0xC058 TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256
    0xC059 TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384
    0xC05A TLS_DH_anon_WITH_ARIA_128_GCM_SHA256
    0xC05B TLS_DH_anon_WITH_ARIA_256_GCM_SHA384
    0xC05C TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256
    0xC05D TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384
    0xC05E TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256
    0xC05F TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384
    0xC060 TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256
    0xC061 TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384
    0xC062 TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256
    0xC063 TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384
    0xC064 TLS_PSK_WITH_ARIA_128_CBC_SHA256
    0xC065 TLS_PSK_WITH_ARIA_256_CBC_SHA384
    0xC066 TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256
    0xC067 TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384
    0xC068 TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256
    0xC069 TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384
    0xC06A TLS_PSK_WITH_ARIA_128_GCM_SHA256
    0xC06B TLS_PSK_WITH_ARIA_256_GCM_SHA384
    0xC06C TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256
    0xC06D TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384
    0xC06E TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256
    0xC06F TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384
    0xC070 TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256
    0xC071 TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384
    0xC072 TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256
    0xC073 TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384
    0xC074 TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256
    0xC075 TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384
    0xC076 TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256
    0xC077 TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384
    0xC078 TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256
    0xC079 TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384
    0xC07A TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256
    0xC07B TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384
    0xC07C TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256
    0xC07D TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384
    0xC07E TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256
    0xC07F TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384
    0xC080 TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256
    0xC081 TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384
    0xC082 TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256
    0xC083 TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384
    0xC084 TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256
    0xC085 TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384
    0xC086 TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256
    0xC087 TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384
    0xC088 TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256
    0xC089 TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384
    0xC08A TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256
    0xC08B TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384
    0xC08C TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256
    0xC08D TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384
    0xC08E TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256
    0xC08F TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384
    0xC090 TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256
    0xC091 TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384
    0xC092 TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256
    0xC093 TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384
    0xC094 TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256
    0xC095 TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384
    0xC096 TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256
    0xC097 TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384
    0xC098 TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256
    0xC099 TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384
    0xC09A TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256
    0xC09B TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384
    0xC09C TLS_RSA_WITH_AES_128_CCM
    0xC09D TLS_RSA_WITH_AES_256_CCM
    0xC09E TLS_DHE_RSA_WITH_AES_128_CCM
    0xC09F TLS_DHE_RSA_WITH_AES_256_CCM
    0xC0A0 TLS_RSA_WITH_AES_128_CCM_8
    0xC0A1 TLS_RSA_WITH_AES_256_CCM_8
    0xC0A2 TLS_DHE_RSA_WITH_AES_128_CCM_8
    0xC0A3 TLS_DHE_RSA_WITH_AES_256_CCM_8
    0xC0A4 TLS_PSK_WITH_AES_128_CCM
    0xC0A5 TLS_PSK_WITH_AES_256_CCM
    0xC0A6 TLS_DHE_PSK_WITH_AES_128_CCM
    0xC0A7 TLS_DHE_PSK_WITH_AES_256_CCM
    0xC0A8 TLS_PSK_WITH_AES_128_CCM_8
    0xC0A9 TLS_PSK_WITH_AES_256_CCM_8
    0xC0AA TLS_PSK_DHE_WITH_AES_128_CCM_8
    0xC0AB TLS_PSK_DHE_WITH_AES_256_CCM_8
    0xC0AC TLS_ECDHE_ECDSA_WITH_AES_128_CCM
    0xC0AD TLS_ECDHE_ECDSA_WITH_AES_256_CCM
    0xC0AE TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8
    0xC0AF TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8
    0xC0B0 TLS_ECCPWD_WITH_AES_128_GCM_SHA256
    0xC0B1 TLS_ECCPWD_WITH_AES_256_GCM_SHA384
    0xC0B2 TLS_ECCPWD_WITH_AES_128_CCM_SHA256
    0xC0B3 TLS_ECCPWD_WITH_AES_256_CCM_SHA384
    0xCCA8 TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
    0xCCA9 TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
    0xCCAA TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256
    0xCCAB TLS_PSK_WITH_CHACHA20_POLY1305_SHA256
    0xCCAC TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256
    0xCCAD TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256
    0xCCAE TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256
    0xD001 TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256
    0xD002 TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384
    0xD003 TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256
    0xD005 TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256
"""

_KX_PARTS: dict[str, tuple[KeyExchange, Authentication]] = {
    "NULL": (_K.NULL, _A.NULL), "RSA": (_K.RSA, _A.RSA), "DH_DSS": (_K.DH, _A.DSS),
    "DH_RSA": (_K.DH, _A.RSA), "DHE_DSS": (_K.DHE, _A.DSS), "DHE_RSA": (_K.DHE, _A.RSA),
    "DH_anon": (_K.DH, _A.ANON), "KRB5": (_K.KRB5, _A.KRB5), "PSK": (_K.PSK, _A.PSK),
    "DHE_PSK": (_K.DHE, _A.PSK), "PSK_DHE": (_K.DHE, _A.PSK), "RSA_PSK": (_K.RSA, _A.PSK),
    "ECDH_ECDSA": (_K.ECDH, _A.ECDSA), "ECDHE_ECDSA": (_K.ECDHE, _A.ECDSA),
    "ECDH_RSA": (_K.ECDH, _A.RSA), "ECDHE_RSA": (_K.ECDHE, _A.RSA),
    "ECDH_anon": (_K.ECDH, _A.ANON), "ECDHE_PSK": (_K.ECDHE, _A.PSK),
    "SRP_SHA": (_K.SRP, _A.SRP), "SRP_SHA_RSA": (_K.SRP, _A.RSA),
    "SRP_SHA_DSS": (_K.SRP, _A.DSS), "ECCPWD": (_K.ECCPWD, _A.ECCPWD),
}
_HASH_SUFFIX = {"SHA": _H.SHA1, "SHA256": _H.SHA256, "SHA384": _H.SHA384, "MD5": _H.MD5,
                "SM3": _H.SM3, "NULL": _H.NULL}
#: cipher[_mode] as the names write it -> (cipher, mode)
_CIPHER_PARTS: dict[str, tuple[Cipher, Mode]] = {
    "NULL": (_C.NULL, _M.NULL), "RC4_128": (_C.RC4_128, _M.STREAM),
    "RC4_40": (_C.RC4_40, _M.STREAM), "RC2_CBC_40": (_C.RC2_40, _M.CBC),
    "DES40_CBC": (_C.DES40, _M.CBC), "DES_CBC_40": (_C.DES40, _M.CBC),
    "DES_CBC": (_C.DES, _M.CBC), "3DES_EDE_CBC": (_C.TRIPLE_DES, _M.CBC),
    "IDEA_CBC": (_C.IDEA, _M.CBC), "SEED_CBC": (_C.SEED, _M.CBC),
    "CHACHA20_POLY1305": (_C.CHACHA20, _M.POLY1305),
}


def _tls_suite(suite_id: int, name: str) -> CipherSuite:
    body = name.removeprefix("TLS_")
    if "_WITH_" in body:
        kx_part, rest = body.split("_WITH_")
        kx, auth = _KX_PARTS[kx_part.replace("_EXPORT", "")]
    else:
        kx, auth, rest = _K.TLS13, _A.TLS13, body
    if rest.endswith(("_CCM", "_CCM_8")):  # the TLS 1.2 CCM suites name no hash: SHA-256
        cipher_part, hash_ = rest, _H.SHA256
    else:
        cipher_part, _, suffix = rest.rpartition("_")
        hash_ = _HASH_SUFFIX[suffix]
    if cipher_part in _CIPHER_PARTS:
        cipher, mode = _CIPHER_PARTS[cipher_part]
    else:  # AES_128_GCM, CAMELLIA_256_CBC, ARIA_128_GCM, AES_128_CCM_8, SM4_GCM
        for candidate in (_M.CCM_8, _M.CBC, _M.GCM, _M.CCM):
            if cipher_part.endswith("_" + candidate):
                mode = candidate
                cipher = Cipher(cipher_part.removesuffix("_" + candidate))
                break
        else:
            raise ValueError(f"cannot read the cipher of {name}")
    if kx is _K.TLS13:
        standard = _S.RFC_8998 if cipher is _C.SM4 else _S.RFC_8446
    else:
        standard = _S.IANA_TLS
    return CipherSuite(suite_id, name, kx, auth, cipher, mode, hash_, standard)


#: Each TLS suite's IANA name by its value. Its CipherSuite is made from the name when the
#: value is first looked up (:func:`lookup`): the 340 of them were 5M instructions of every
#: start-up, and a capture names a few dozen.
_IANA_NAMES: dict[int, str] = {int(value, 16): name for value, name in (
    line.split() for line in _IANA_SUITES.strip().splitlines())}

#: Every TLS suite, in the IANA registry's order, and every suite (TLCP first): made when
#: first used (see __getattr__).
TLS_SUITES: tuple[CipherSuite, ...]
CIPHER_SUITES: tuple[CipherSuite, ...]

#: Values that may stand among the offered suites but name no suite (RFC 5746 3.3, RFC 7507).
SIGNALING_SUITES: dict[int, str] = {
    0x00FF: "TLS_EMPTY_RENEGOTIATION_INFO_SCSV",
    0x5600: "TLS_FALLBACK_SCSV",
}

#: The suites made so far, by value: every TLCP suite, the TLS suites looked up.
_BY_ID: dict[int, CipherSuite] = {s.id: s for s in _TLCP_SUITES}


def lookup(suite_id: int) -> CipherSuite | None:
    suite = _BY_ID.get(suite_id)
    if suite is None and suite_id in _IANA_NAMES:
        suite = _BY_ID[suite_id] = _tls_suite(suite_id, _IANA_NAMES[suite_id])
    return suite


def __getattr__(name: str) -> tuple[CipherSuite, ...]:
    """TLS_SUITES and CIPHER_SUITES, made when first looked up (PEP 562)."""
    if name == "TLS_SUITES":
        suites = tuple(lookup(value) for value in _IANA_NAMES)
    elif name == "CIPHER_SUITES":
        suites = _TLCP_SUITES + __getattr__("TLS_SUITES")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = suites
    return suites  # type: ignore[return-value]


def suite_name(suite_id: int) -> str:
    """A display name for any two-byte suite value, known or not."""
    suite = lookup(suite_id)
    if suite is not None:
        return suite.name
    if is_grease(suite_id):
        return f"GREASE (0x{suite_id:04x})"
    return SIGNALING_SUITES.get(suite_id) or unknown_value(suite_id)


def unknown_value(value: int) -> Msg:
    """``Unknown (0x1234)``: a value no table names (translatable: 未知 in a Chinese report)."""
    return msg("Unknown ({value})", value=f"0x{value:04x}")


def is_grease(value: int) -> bool:
    """RFC 8701's reserved values 0x0A0A, 0x1A1A ... 0xFAFA (suites, groups, versions ...)."""
    return value & 0x0F0F == 0x0A0A and value >> 12 == (value >> 4) & 0x0F


def suite_label(suite_id: int) -> str:
    """The name with the value, written once: ``ECC_SM4_CBC_SM3 (0xe013)``, ``Unknown (0xc027)``."""
    name = suite_name(suite_id)
    value = f"(0x{suite_id:04x})"
    return name if name.endswith(value) else f"{name} {value}"


def suite_names() -> dict[int, str]:
    """Every named suite value, for value tables (schemas, Lua value_string)."""
    names = {s.id: s.name for s in _TLCP_SUITES}
    names.update(_IANA_NAMES)  # (a TLS suite's name is its IANA name)
    names.update(SIGNALING_SUITES)
    return names


# --- TLS named groups (IANA "TLS Supported Groups") and signature schemes -------------------


class GroupKind(enum.StrEnum):
    EC = "EC"  # elliptic curve Diffie-Hellman
    FFDHE = "FFDHE"  # finite-field Diffie-Hellman (RFC 7919)
    KEM = "KEM"  # a post-quantum key encapsulation alone
    HYBRID = "hybrid"  # an elliptic curve and ML-KEM together


@dataclass(frozen=True)
class NamedGroup:
    """A key exchange group of TLS (supported_groups, key_share): curve, finite field or KEM."""

    id: int
    name: str
    kind: GroupKind
    sm: bool  # built only on ShangMi algorithms (curveSM2) or containing curveSM2 (hybrid)

    @property
    def hex_id(self) -> str:
        return f"0x{self.id:04x}"


def _groups() -> tuple[NamedGroup, ...]:
    ec = ("sect163k1 sect163r1 sect163r2 sect193r1 sect193r2 sect233k1 sect233r1 sect239k1 "
          "sect283k1 sect283r1 sect409k1 sect409r1 sect571k1 sect571r1 secp160k1 secp160r1 "
          "secp160r2 secp192k1 secp192r1 secp224k1 secp224r1 secp256k1 secp256r1 secp384r1 "
          "secp521r1 brainpoolP256r1 brainpoolP384r1 brainpoolP512r1 x25519 x448 "
          "brainpoolP256r1tls13 brainpoolP384r1tls13 brainpoolP512r1tls13 GC256A GC256B GC256C "
          "GC256D GC512A GC512B GC512C curveSM2").split()
    table = [NamedGroup(i, name, GroupKind.EC, name == "curveSM2") for i, name in enumerate(ec, 1)]
    table += [NamedGroup(0x0100 + i, f"ffdhe{bits}", GroupKind.FFDHE, False)
              for i, bits in enumerate((2048, 3072, 4096, 6144, 8192))]
    table += [NamedGroup(0x0200 + i, name, GroupKind.KEM, False)
              for i, name in enumerate(("MLKEM512", "MLKEM768", "MLKEM1024"))]
    table += [
        NamedGroup(0x11EB, "SecP256r1MLKEM768", GroupKind.HYBRID, False),
        NamedGroup(0x11EC, "X25519MLKEM768", GroupKind.HYBRID, False),
        NamedGroup(0x11ED, "SecP384r1MLKEM1024", GroupKind.HYBRID, False),
        NamedGroup(0x11EE, "curveSM2MLKEM768", GroupKind.HYBRID, True),
        NamedGroup(0x6399, "X25519Kyber768Draft00", GroupKind.HYBRID, False),
        NamedGroup(0x639A, "SecP256r1Kyber768Draft00", GroupKind.HYBRID, False),
        NamedGroup(0xFF01, "arbitrary_explicit_prime_curves", GroupKind.EC, False),
        NamedGroup(0xFF02, "arbitrary_explicit_char2_curves", GroupKind.EC, False),
    ]
    return tuple(table)


NAMED_GROUPS: tuple[NamedGroup, ...] = _groups()
_GROUP_BY_ID = {g.id: g for g in NAMED_GROUPS}


def group(group_id: int) -> NamedGroup | None:
    return _GROUP_BY_ID.get(group_id)


def group_name(group_id: int) -> str:
    known = _GROUP_BY_ID.get(group_id)
    if known is not None:
        return known.name
    if is_grease(group_id):
        return f"GREASE (0x{group_id:04x})"
    return unknown_value(group_id)


class SignatureAlgorithm(enum.StrEnum):
    RSA_PKCS1 = "RSA PKCS#1 v1.5"
    RSA_PSS_RSAE = "RSA-PSS (rsaEncryption key)"
    RSA_PSS_PSS = "RSA-PSS (RSASSA-PSS key)"
    ECDSA = "ECDSA"
    EDDSA = "EdDSA"
    DSA = "DSA"
    SM2 = "SM2"
    GOST = "GOST R 34.10-2012"
    IBS = "identity-based"
    MLDSA = "ML-DSA"


@dataclass(frozen=True)
class SignatureScheme:
    """A TLS signature scheme (signature_algorithms, CertificateVerify): algorithm and hash."""

    id: int
    name: str
    algorithm: SignatureAlgorithm
    hash: str  # SHA256, SM3, ... ("" where the scheme has its own, e.g. Ed25519)
    sm: bool

    @property
    def hex_id(self) -> str:
        return f"0x{self.id:04x}"


def _schemes() -> tuple[SignatureScheme, ...]:
    alg = SignatureAlgorithm
    rows: list[tuple[int, str, SignatureAlgorithm, str]] = []
    # TLS 1.2 (hash, signature) pairs of RFC 5246 7.4.1.4.1 that TLS 1.3 did not rename
    for code, hash_ in ((1, "MD5"), (2, "SHA1"), (3, "SHA224"), (4, "SHA256"), (5, "SHA384"),
                        (6, "SHA512")):
        if code in (1, 3):
            rows.append((code << 8 | 1, f"rsa_pkcs1_{hash_.lower()}", alg.RSA_PKCS1, hash_))
            rows.append((code << 8 | 3, f"ecdsa_{hash_.lower()}", alg.ECDSA, hash_))
        rows.append((code << 8 | 2, f"dsa_{hash_.lower()}", alg.DSA, hash_))
    rows += [
        (0x0201, "rsa_pkcs1_sha1", alg.RSA_PKCS1, "SHA1"),
        (0x0203, "ecdsa_sha1", alg.ECDSA, "SHA1"),
        (0x0401, "rsa_pkcs1_sha256", alg.RSA_PKCS1, "SHA256"),
        (0x0403, "ecdsa_secp256r1_sha256", alg.ECDSA, "SHA256"),
        (0x0420, "rsa_pkcs1_sha256_legacy", alg.RSA_PKCS1, "SHA256"),
        (0x0501, "rsa_pkcs1_sha384", alg.RSA_PKCS1, "SHA384"),
        (0x0503, "ecdsa_secp384r1_sha384", alg.ECDSA, "SHA384"),
        (0x0520, "rsa_pkcs1_sha384_legacy", alg.RSA_PKCS1, "SHA384"),
        (0x0601, "rsa_pkcs1_sha512", alg.RSA_PKCS1, "SHA512"),
        (0x0603, "ecdsa_secp521r1_sha512", alg.ECDSA, "SHA512"),
        (0x0620, "rsa_pkcs1_sha512_legacy", alg.RSA_PKCS1, "SHA512"),
        (0x0704, "eccsi_sha256", alg.IBS, "SHA256"),
        (0x0705, "iso_ibs1", alg.IBS, ""),
        (0x0706, "iso_ibs2", alg.IBS, ""),
        (0x0707, "iso_chinese_ibs", alg.IBS, "SM3"),
        (0x0708, "sm2sig_sm3", alg.SM2, "SM3"),
        (0x0709, "gostr34102012_256a", alg.GOST, "Streebog-256"),
        (0x070A, "gostr34102012_256b", alg.GOST, "Streebog-256"),
        (0x070B, "gostr34102012_256c", alg.GOST, "Streebog-256"),
        (0x070C, "gostr34102012_256d", alg.GOST, "Streebog-256"),
        (0x070D, "gostr34102012_512a", alg.GOST, "Streebog-512"),
        (0x070E, "gostr34102012_512b", alg.GOST, "Streebog-512"),
        (0x070F, "gostr34102012_512c", alg.GOST, "Streebog-512"),
        (0x0804, "rsa_pss_rsae_sha256", alg.RSA_PSS_RSAE, "SHA256"),
        (0x0805, "rsa_pss_rsae_sha384", alg.RSA_PSS_RSAE, "SHA384"),
        (0x0806, "rsa_pss_rsae_sha512", alg.RSA_PSS_RSAE, "SHA512"),
        (0x0807, "ed25519", alg.EDDSA, ""),
        (0x0808, "ed448", alg.EDDSA, ""),
        (0x0809, "rsa_pss_pss_sha256", alg.RSA_PSS_PSS, "SHA256"),
        (0x080A, "rsa_pss_pss_sha384", alg.RSA_PSS_PSS, "SHA384"),
        (0x080B, "rsa_pss_pss_sha512", alg.RSA_PSS_PSS, "SHA512"),
        (0x081A, "ecdsa_brainpoolP256r1tls13_sha256", alg.ECDSA, "SHA256"),
        (0x081B, "ecdsa_brainpoolP384r1tls13_sha384", alg.ECDSA, "SHA384"),
        (0x081C, "ecdsa_brainpoolP512r1tls13_sha512", alg.ECDSA, "SHA512"),
        (0x0904, "mldsa44", alg.MLDSA, ""),
        (0x0905, "mldsa65", alg.MLDSA, ""),
        (0x0906, "mldsa87", alg.MLDSA, ""),
    ]
    return tuple(SignatureScheme(i, name, a, h, a is alg.SM2)
                 for i, name, a, h in sorted(rows))


SIGNATURE_SCHEMES: tuple[SignatureScheme, ...] = _schemes()
_SCHEME_BY_ID = {s.id: s for s in SIGNATURE_SCHEMES}


def signature_scheme(scheme_id: int) -> SignatureScheme | None:
    return _SCHEME_BY_ID.get(scheme_id)


def signature_scheme_name(scheme_id: int) -> str:
    known = _SCHEME_BY_ID.get(scheme_id)
    if known is not None:
        return known.name
    if is_grease(scheme_id):
        return f"GREASE (0x{scheme_id:04x})"
    return unknown_value(scheme_id)


#: Protocol versions as TLS writes them (record, hello and supported_versions values).
PROTOCOL_VERSIONS: dict[int, str] = {
    0x0101: "TLCP", 0x0300: "SSL 3.0", 0x0301: "TLS 1.0", 0x0302: "TLS 1.1", 0x0303: "TLS 1.2",
    0x0304: "TLS 1.3",
}


#: The drafts of RFC 8446 whose ServerHello and handshake flow are the RFC's: draft 22 gave the
#: ServerHello its final form (the version in supported_versions, the middlebox-compatibility
#: session id and ChangeCipherSpec), draft 28 is the RFC but for its number. Earlier drafts
#: (whose ServerHello.version is the draft, 0x7f12...) are not read as TLS 1.3.
TLS13_DRAFTS = range(0x7F16, 0x7F1D)


#: TLS 1.3's version and the drafts read as it
TLS13_VERSIONS = frozenset({0x0304, *TLS13_DRAFTS})


def is_tls13(version: int | None) -> bool:
    """TLS 1.3, or one of the TLS13_DRAFTS (read as TLS 1.3, named as the draft)."""
    return version in TLS13_VERSIONS


def version_name(version: int) -> str:
    if version in PROTOCOL_VERSIONS:
        return PROTOCOL_VERSIONS[version]
    if version >> 8 == 0x7F:  # the drafts of RFC 8446
        return msg("TLS 1.3 draft {n}", n=version & 0xFF)
    if is_grease(version):
        return f"GREASE (0x{version:04x})"
    return unknown_value(version)


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
