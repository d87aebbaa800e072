# Generated from the construct schemas by `python -m tlcp_decode.pygen`; do not edit.
# tests/test_fastparse.py checks that it is up to date and parses exactly as the schemas do.
"""Handshake messages parsed by straight-line code instead of construct's interpreter.

``parse_handshake(raw, key_exchange)`` returns what
``tlcp_decode.schema.Handshake.parse(raw, key_exchange=key_exchange)`` returns (apart from
construct's private ``_io`` members) and raises the same construct errors.
"""

import struct
from typing import Any

from construct import (
    Container,
    EnumInteger,
    EnumIntegerString,
    ExplicitError,
    ListContainer,
    SelectError,
    StreamError,
    TerminatedError,
)

__all__ = ["parse_handshake"]


def _short(path: str, expected: int, found: int) -> StreamError:
    """construct's error for a read past the end of the span."""
    return StreamError(
        f"stream read less than specified amount, expected {expected}, found {found}", path=path)


class _Names(dict[int, Any]):
    """An Enum's decoding table: a value it does not name decodes as an EnumInteger."""

    def __missing__(self, key: int) -> Any:
        return EnumInteger(key)


_name = EnumIntegerString.new


_unpack_be_H = struct.Struct(">H").unpack_from
_unpack_be_L = struct.Struct(">L").unpack_from
_NAMES_msg_type = _Names({
    0: _name(0, "hello_request"),
    1: _name(1, "client_hello"),
    2: _name(2, "server_hello"),
    3: _name(3, "hello_verify_request"),
    4: _name(4, "new_session_ticket"),
    5: _name(5, "end_of_early_data"),
    8: _name(8, "encrypted_extensions"),
    11: _name(11, "certificate"),
    12: _name(12, "server_key_exchange"),
    13: _name(13, "certificate_request"),
    14: _name(14, "server_hello_done"),
    15: _name(15, "certificate_verify"),
    16: _name(16, "client_key_exchange"),
    20: _name(20, "finished"),
    21: _name(21, "certificate_url"),
    22: _name(22, "certificate_status"),
    24: _name(24, "key_update"),
    25: _name(25, "compressed_certificate"),
    254: _name(254, "message_hash"),
})
_NAMES_client_version = _Names({
    257: _name(257, "TLCP"),
    768: _name(768, "SSLv3"),
    769: _name(769, "TLSv1_0"),
    770: _name(770, "TLSv1_1"),
    771: _name(771, "TLSv1_2"),
})
_NAMES_cipher_suite = _Names({
    57361: _name(57361, "ECDHE_SM4_CBC_SM3"),
    57425: _name(57425, "ECDHE_SM4_GCM_SM3"),
    57363: _name(57363, "ECC_SM4_CBC_SM3"),
    57427: _name(57427, "ECC_SM4_GCM_SM3"),
    57365: _name(57365, "IBSDH_SM4_CBC_SM3"),
    57429: _name(57429, "IBSDH_SM4_GCM_SM3"),
    57367: _name(57367, "IBC_SM4_CBC_SM3"),
    57431: _name(57431, "IBC_SM4_GCM_SM3"),
    57369: _name(57369, "RSA_SM4_CBC_SM3"),
    57433: _name(57433, "RSA_SM4_GCM_SM3"),
    57372: _name(57372, "RSA_SM4_CBC_SHA256"),
    57434: _name(57434, "RSA_SM4_GCM_SHA256"),
    57345: _name(57345, "ECDHE_SM1_SM3"),
    57347: _name(57347, "ECC_SM1_SM3"),
    57349: _name(57349, "IBSDH_SM1_SM3"),
    57351: _name(57351, "IBC_SM1_SM3"),
    57353: _name(57353, "RSA_SM1_SM3"),
    57354: _name(57354, "RSA_SM1_SHA1"),
    57370: _name(57370, "RSA_SM4_CBC_SHA1"),
    0: _name(0, "TLS_NULL_WITH_NULL_NULL"),
    1: _name(1, "TLS_RSA_WITH_NULL_MD5"),
    2: _name(2, "TLS_RSA_WITH_NULL_SHA"),
    3: _name(3, "TLS_RSA_EXPORT_WITH_RC4_40_MD5"),
    4: _name(4, "TLS_RSA_WITH_RC4_128_MD5"),
    5: _name(5, "TLS_RSA_WITH_RC4_128_SHA"),
    6: _name(6, "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5"),
    7: _name(7, "TLS_RSA_WITH_IDEA_CBC_SHA"),
    8: _name(8, "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA"),
    9: _name(9, "TLS_RSA_WITH_DES_CBC_SHA"),
    10: _name(10, "TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
    11: _name(11, "TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA"),
    12: _name(12, "TLS_DH_DSS_WITH_DES_CBC_SHA"),
    13: _name(13, "TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA"),
    14: _name(14, "TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA"),
    15: _name(15, "TLS_DH_RSA_WITH_DES_CBC_SHA"),
    16: _name(16, "TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA"),
    17: _name(17, "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA"),
    18: _name(18, "TLS_DHE_DSS_WITH_DES_CBC_SHA"),
    19: _name(19, "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA"),
    20: _name(20, "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA"),
    21: _name(21, "TLS_DHE_RSA_WITH_DES_CBC_SHA"),
    22: _name(22, "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA"),
    23: _name(23, "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5"),
    24: _name(24, "TLS_DH_anon_WITH_RC4_128_MD5"),
    25: _name(25, "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA"),
    26: _name(26, "TLS_DH_anon_WITH_DES_CBC_SHA"),
    27: _name(27, "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA"),
    30: _name(30, "TLS_KRB5_WITH_DES_CBC_SHA"),
    31: _name(31, "TLS_KRB5_WITH_3DES_EDE_CBC_SHA"),
    32: _name(32, "TLS_KRB5_WITH_RC4_128_SHA"),
    33: _name(33, "TLS_KRB5_WITH_IDEA_CBC_SHA"),
    34: _name(34, "TLS_KRB5_WITH_DES_CBC_MD5"),
    35: _name(35, "TLS_KRB5_WITH_3DES_EDE_CBC_MD5"),
    36: _name(36, "TLS_KRB5_WITH_RC4_128_MD5"),
    37: _name(37, "TLS_KRB5_WITH_IDEA_CBC_MD5"),
    38: _name(38, "TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA"),
    39: _name(39, "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA"),
    40: _name(40, "TLS_KRB5_EXPORT_WITH_RC4_40_SHA"),
    41: _name(41, "TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5"),
    42: _name(42, "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5"),
    43: _name(43, "TLS_KRB5_EXPORT_WITH_RC4_40_MD5"),
    44: _name(44, "TLS_PSK_WITH_NULL_SHA"),
    45: _name(45, "TLS_DHE_PSK_WITH_NULL_SHA"),
    46: _name(46, "TLS_RSA_PSK_WITH_NULL_SHA"),
    47: _name(47, "TLS_RSA_WITH_AES_128_CBC_SHA"),
    48: _name(48, "TLS_DH_DSS_WITH_AES_128_CBC_SHA"),
    49: _name(49, "TLS_DH_RSA_WITH_AES_128_CBC_SHA"),
    50: _name(50, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA"),
    51: _name(51, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA"),
    52: _name(52, "TLS_DH_anon_WITH_AES_128_CBC_SHA"),
    53: _name(53, "TLS_RSA_WITH_AES_256_CBC_SHA"),
    54: _name(54, "TLS_DH_DSS_WITH_AES_256_CBC_SHA"),
    55: _name(55, "TLS_DH_RSA_WITH_AES_256_CBC_SHA"),
    56: _name(56, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA"),
    57: _name(57, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA"),
    58: _name(58, "TLS_DH_anon_WITH_AES_256_CBC_SHA"),
    59: _name(59, "TLS_RSA_WITH_NULL_SHA256"),
    60: _name(60, "TLS_RSA_WITH_AES_128_CBC_SHA256"),
    61: _name(61, "TLS_RSA_WITH_AES_256_CBC_SHA256"),
    62: _name(62, "TLS_DH_DSS_WITH_AES_128_CBC_SHA256"),
    63: _name(63, "TLS_DH_RSA_WITH_AES_128_CBC_SHA256"),
    64: _name(64, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256"),
    65: _name(65, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA"),
    66: _name(66, "TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA"),
    67: _name(67, "TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA"),
    68: _name(68, "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA"),
    69: _name(69, "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA"),
    70: _name(70, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA"),
    103: _name(103, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256"),
    104: _name(104, "TLS_DH_DSS_WITH_AES_256_CBC_SHA256"),
    105: _name(105, "TLS_DH_RSA_WITH_AES_256_CBC_SHA256"),
    106: _name(106, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256"),
    107: _name(107, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256"),
    108: _name(108, "TLS_DH_anon_WITH_AES_128_CBC_SHA256"),
    109: _name(109, "TLS_DH_anon_WITH_AES_256_CBC_SHA256"),
    132: _name(132, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA"),
    133: _name(133, "TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA"),
    134: _name(134, "TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA"),
    135: _name(135, "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA"),
    136: _name(136, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA"),
    137: _name(137, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA"),
    138: _name(138, "TLS_PSK_WITH_RC4_128_SHA"),
    139: _name(139, "TLS_PSK_WITH_3DES_EDE_CBC_SHA"),
    140: _name(140, "TLS_PSK_WITH_AES_128_CBC_SHA"),
    141: _name(141, "TLS_PSK_WITH_AES_256_CBC_SHA"),
    142: _name(142, "TLS_DHE_PSK_WITH_RC4_128_SHA"),
    143: _name(143, "TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA"),
    144: _name(144, "TLS_DHE_PSK_WITH_AES_128_CBC_SHA"),
    145: _name(145, "TLS_DHE_PSK_WITH_AES_256_CBC_SHA"),
    146: _name(146, "TLS_RSA_PSK_WITH_RC4_128_SHA"),
    147: _name(147, "TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA"),
    148: _name(148, "TLS_RSA_PSK_WITH_AES_128_CBC_SHA"),
    149: _name(149, "TLS_RSA_PSK_WITH_AES_256_CBC_SHA"),
    150: _name(150, "TLS_RSA_WITH_SEED_CBC_SHA"),
    151: _name(151, "TLS_DH_DSS_WITH_SEED_CBC_SHA"),
    152: _name(152, "TLS_DH_RSA_WITH_SEED_CBC_SHA"),
    153: _name(153, "TLS_DHE_DSS_WITH_SEED_CBC_SHA"),
    154: _name(154, "TLS_DHE_RSA_WITH_SEED_CBC_SHA"),
    155: _name(155, "TLS_DH_anon_WITH_SEED_CBC_SHA"),
    156: _name(156, "TLS_RSA_WITH_AES_128_GCM_SHA256"),
    157: _name(157, "TLS_RSA_WITH_AES_256_GCM_SHA384"),
    158: _name(158, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"),
    159: _name(159, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"),
    160: _name(160, "TLS_DH_RSA_WITH_AES_128_GCM_SHA256"),
    161: _name(161, "TLS_DH_RSA_WITH_AES_256_GCM_SHA384"),
    162: _name(162, "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256"),
    163: _name(163, "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384"),
    164: _name(164, "TLS_DH_DSS_WITH_AES_128_GCM_SHA256"),
    165: _name(165, "TLS_DH_DSS_WITH_AES_256_GCM_SHA384"),
    166: _name(166, "TLS_DH_anon_WITH_AES_128_GCM_SHA256"),
    167: _name(167, "TLS_DH_anon_WITH_AES_256_GCM_SHA384"),
    168: _name(168, "TLS_PSK_WITH_AES_128_GCM_SHA256"),
    169: _name(169, "TLS_PSK_WITH_AES_256_GCM_SHA384"),
    170: _name(170, "TLS_DHE_PSK_WITH_AES_128_GCM_SHA256"),
    171: _name(171, "TLS_DHE_PSK_WITH_AES_256_GCM_SHA384"),
    172: _name(172, "TLS_RSA_PSK_WITH_AES_128_GCM_SHA256"),
    173: _name(173, "TLS_RSA_PSK_WITH_AES_256_GCM_SHA384"),
    174: _name(174, "TLS_PSK_WITH_AES_128_CBC_SHA256"),
    175: _name(175, "TLS_PSK_WITH_AES_256_CBC_SHA384"),
    176: _name(176, "TLS_PSK_WITH_NULL_SHA256"),
    177: _name(177, "TLS_PSK_WITH_NULL_SHA384"),
    178: _name(178, "TLS_DHE_PSK_WITH_AES_128_CBC_SHA256"),
    179: _name(179, "TLS_DHE_PSK_WITH_AES_256_CBC_SHA384"),
    180: _name(180, "TLS_DHE_PSK_WITH_NULL_SHA256"),
    181: _name(181, "TLS_DHE_PSK_WITH_NULL_SHA384"),
    182: _name(182, "TLS_RSA_PSK_WITH_AES_128_CBC_SHA256"),
    183: _name(183, "TLS_RSA_PSK_WITH_AES_256_CBC_SHA384"),
    184: _name(184, "TLS_RSA_PSK_WITH_NULL_SHA256"),
    185: _name(185, "TLS_RSA_PSK_WITH_NULL_SHA384"),
    186: _name(186, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256"),
    187: _name(187, "TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256"),
    188: _name(188, "TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256"),
    189: _name(189, "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256"),
    190: _name(190, "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256"),
    191: _name(191, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256"),
    192: _name(192, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256"),
    193: _name(193, "TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256"),
    194: _name(194, "TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256"),
    195: _name(195, "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256"),
    196: _name(196, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256"),
    197: _name(197, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256"),
    198: _name(198, "TLS_SM4_GCM_SM3"),
    199: _name(199, "TLS_SM4_CCM_SM3"),
    4865: _name(4865, "TLS_AES_128_GCM_SHA256"),
    4866: _name(4866, "TLS_AES_256_GCM_SHA384"),
    4867: _name(4867, "TLS_CHACHA20_POLY1305_SHA256"),
    4868: _name(4868, "TLS_AES_128_CCM_SHA256"),
    4869: _name(4869, "TLS_AES_128_CCM_8_SHA256"),
    49153: _name(49153, "TLS_ECDH_ECDSA_WITH_NULL_SHA"),
    49154: _name(49154, "TLS_ECDH_ECDSA_WITH_RC4_128_SHA"),
    49155: _name(49155, "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA"),
    49156: _name(49156, "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA"),
    49157: _name(49157, "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA"),
    49158: _name(49158, "TLS_ECDHE_ECDSA_WITH_NULL_SHA"),
    49159: _name(49159, "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA"),
    49160: _name(49160, "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA"),
    49161: _name(49161, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"),
    49162: _name(49162, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"),
    49163: _name(49163, "TLS_ECDH_RSA_WITH_NULL_SHA"),
    49164: _name(49164, "TLS_ECDH_RSA_WITH_RC4_128_SHA"),
    49165: _name(49165, "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA"),
    49166: _name(49166, "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA"),
    49167: _name(49167, "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA"),
    49168: _name(49168, "TLS_ECDHE_RSA_WITH_NULL_SHA"),
    49169: _name(49169, "TLS_ECDHE_RSA_WITH_RC4_128_SHA"),
    49170: _name(49170, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA"),
    49171: _name(49171, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"),
    49172: _name(49172, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"),
    49173: _name(49173, "TLS_ECDH_anon_WITH_NULL_SHA"),
    49174: _name(49174, "TLS_ECDH_anon_WITH_RC4_128_SHA"),
    49175: _name(49175, "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA"),
    49176: _name(49176, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA"),
    49177: _name(49177, "TLS_ECDH_anon_WITH_AES_256_CBC_SHA"),
    49178: _name(49178, "TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA"),
    49179: _name(49179, "TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA"),
    49180: _name(49180, "TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA"),
    49181: _name(49181, "TLS_SRP_SHA_WITH_AES_128_CBC_SHA"),
    49182: _name(49182, "TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA"),
    49183: _name(49183, "TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA"),
    49184: _name(49184, "TLS_SRP_SHA_WITH_AES_256_CBC_SHA"),
    49185: _name(49185, "TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA"),
    49186: _name(49186, "TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA"),
    49187: _name(49187, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"),
    49188: _name(49188, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384"),
    49189: _name(49189, "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256"),
    49190: _name(49190, "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384"),
    49191: _name(49191, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"),
    49192: _name(49192, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384"),
    49193: _name(49193, "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256"),
    49194: _name(49194, "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384"),
    49195: _name(49195, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
    49196: _name(49196, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"),
    49197: _name(49197, "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256"),
    49198: _name(49198, "TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384"),
    49199: _name(49199, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
    49200: _name(49200, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
    49201: _name(49201, "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256"),
    49202: _name(49202, "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384"),
    49203: _name(49203, "TLS_ECDHE_PSK_WITH_RC4_128_SHA"),
    49204: _name(49204, "TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA"),
    49205: _name(49205, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA"),
    49206: _name(49206, "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA"),
    49207: _name(49207, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256"),
    49208: _name(49208, "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384"),
    49209: _name(49209, "TLS_ECDHE_PSK_WITH_NULL_SHA"),
    49210: _name(49210, "TLS_ECDHE_PSK_WITH_NULL_SHA256"),
    49211: _name(49211, "TLS_ECDHE_PSK_WITH_NULL_SHA384"),
    49212: _name(49212, "TLS_RSA_WITH_ARIA_128_CBC_SHA256"),
    49213: _name(49213, "TLS_RSA_WITH_ARIA_256_CBC_SHA384"),
    49214: _name(49214, "TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256"),
    49215: _name(49215, "TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384"),
    49216: _name(49216, "TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256"),
    49217: _name(49217, "TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384"),
    49218: _name(49218, "TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256"),
    49219: _name(49219, "TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384"),
    49220: _name(49220, "TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256"),
    49221: _name(49221, "TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384"),
    49222: _name(49222, "TLS_DH_anon_WITH_ARIA_128_CBC_SHA256"),
    49223: _name(49223, "TLS_DH_anon_WITH_ARIA_256_CBC_SHA384"),
    49224: _name(49224, "TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256"),
    49225: _name(49225, "TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384"),
    49226: _name(49226, "TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256"),
    49227: _name(49227, "TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384"),
    49228: _name(49228, "TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256"),
    49229: _name(49229, "TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384"),
    49230: _name(49230, "TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256"),
    49231: _name(49231, "TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384"),
    49232: _name(49232, "TLS_RSA_WITH_ARIA_128_GCM_SHA256"),
    49233: _name(49233, "TLS_RSA_WITH_ARIA_256_GCM_SHA384"),
    49234: _name(49234, "TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256"),
    49235: _name(49235, "TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384"),
    49236: _name(49236, "TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256"),
    49237: _name(49237, "TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384"),
    49238: _name(49238, "TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256"),
    49239: _name(49239, "TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384"),
    49240: _name(49240, "TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256"),
    49241: _name(49241, "TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384"),
    49242: _name(49242, "TLS_DH_anon_WITH_ARIA_128_GCM_SHA256"),
    49243: _name(49243, "TLS_DH_anon_WITH_ARIA_256_GCM_SHA384"),
    49244: _name(49244, "TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256"),
    49245: _name(49245, "TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384"),
    49246: _name(49246, "TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256"),
    49247: _name(49247, "TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384"),
    49248: _name(49248, "TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256"),
    49249: _name(49249, "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384"),
    49250: _name(49250, "TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256"),
    49251: _name(49251, "TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384"),
    49252: _name(49252, "TLS_PSK_WITH_ARIA_128_CBC_SHA256"),
    49253: _name(49253, "TLS_PSK_WITH_ARIA_256_CBC_SHA384"),
    49254: _name(49254, "TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256"),
    49255: _name(49255, "TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384"),
    49256: _name(49256, "TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256"),
    49257: _name(49257, "TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384"),
    49258: _name(49258, "TLS_PSK_WITH_ARIA_128_GCM_SHA256"),
    49259: _name(49259, "TLS_PSK_WITH_ARIA_256_GCM_SHA384"),
    49260: _name(49260, "TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256"),
    49261: _name(49261, "TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384"),
    49262: _name(49262, "TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256"),
    49263: _name(49263, "TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384"),
    49264: _name(49264, "TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256"),
    49265: _name(49265, "TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384"),
    49266: _name(49266, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256"),
    49267: _name(49267, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384"),
    49268: _name(49268, "TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256"),
    49269: _name(49269, "TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384"),
    49270: _name(49270, "TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256"),
    49271: _name(49271, "TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384"),
    49272: _name(49272, "TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256"),
    49273: _name(49273, "TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384"),
    49274: _name(49274, "TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256"),
    49275: _name(49275, "TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384"),
    49276: _name(49276, "TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256"),
    49277: _name(49277, "TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384"),
    49278: _name(49278, "TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256"),
    49279: _name(49279, "TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384"),
    49280: _name(49280, "TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256"),
    49281: _name(49281, "TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384"),
    49282: _name(49282, "TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256"),
    49283: _name(49283, "TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384"),
    49284: _name(49284, "TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256"),
    49285: _name(49285, "TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384"),
    49286: _name(49286, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256"),
    49287: _name(49287, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384"),
    49288: _name(49288, "TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256"),
    49289: _name(49289, "TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384"),
    49290: _name(49290, "TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256"),
    49291: _name(49291, "TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384"),
    49292: _name(49292, "TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256"),
    49293: _name(49293, "TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384"),
    49294: _name(49294, "TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256"),
    49295: _name(49295, "TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384"),
    49296: _name(49296, "TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256"),
    49297: _name(49297, "TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384"),
    49298: _name(49298, "TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256"),
    49299: _name(49299, "TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384"),
    49300: _name(49300, "TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256"),
    49301: _name(49301, "TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384"),
    49302: _name(49302, "TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256"),
    49303: _name(49303, "TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384"),
    49304: _name(49304, "TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256"),
    49305: _name(49305, "TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384"),
    49306: _name(49306, "TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256"),
    49307: _name(49307, "TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384"),
    49308: _name(49308, "TLS_RSA_WITH_AES_128_CCM"),
    49309: _name(49309, "TLS_RSA_WITH_AES_256_CCM"),
    49310: _name(49310, "TLS_DHE_RSA_WITH_AES_128_CCM"),
    49311: _name(49311, "TLS_DHE_RSA_WITH_AES_256_CCM"),
    49312: _name(49312, "TLS_RSA_WITH_AES_128_CCM_8"),
    49313: _name(49313, "TLS_RSA_WITH_AES_256_CCM_8"),
    49314: _name(49314, "TLS_DHE_RSA_WITH_AES_128_CCM_8"),
    49315: _name(49315, "TLS_DHE_RSA_WITH_AES_256_CCM_8"),
    49316: _name(49316, "TLS_PSK_WITH_AES_128_CCM"),
    49317: _name(49317, "TLS_PSK_WITH_AES_256_CCM"),
    49318: _name(49318, "TLS_DHE_PSK_WITH_AES_128_CCM"),
    49319: _name(49319, "TLS_DHE_PSK_WITH_AES_256_CCM"),
    49320: _name(49320, "TLS_PSK_WITH_AES_128_CCM_8"),
    49321: _name(49321, "TLS_PSK_WITH_AES_256_CCM_8"),
    49322: _name(49322, "TLS_PSK_DHE_WITH_AES_128_CCM_8"),
    49323: _name(49323, "TLS_PSK_DHE_WITH_AES_256_CCM_8"),
    49324: _name(49324, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM"),
    49325: _name(49325, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM"),
    49326: _name(49326, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8"),
    49327: _name(49327, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8"),
    49328: _name(49328, "TLS_ECCPWD_WITH_AES_128_GCM_SHA256"),
    49329: _name(49329, "TLS_ECCPWD_WITH_AES_256_GCM_SHA384"),
    49330: _name(49330, "TLS_ECCPWD_WITH_AES_128_CCM_SHA256"),
    49331: _name(49331, "TLS_ECCPWD_WITH_AES_256_CCM_SHA384"),
    52392: _name(52392, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"),
    52393: _name(52393, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"),
    52394: _name(52394, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"),
    52395: _name(52395, "TLS_PSK_WITH_CHACHA20_POLY1305_SHA256"),
    52396: _name(52396, "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256"),
    52397: _name(52397, "TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256"),
    52398: _name(52398, "TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256"),
    53249: _name(53249, "TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256"),
    53250: _name(53250, "TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384"),
    53251: _name(53251, "TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256"),
    53253: _name(53253, "TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256"),
    255: _name(255, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV"),
    22016: _name(22016, "TLS_FALLBACK_SCSV"),
})
_NAMES_compression_method = _Names({
    0: _name(0, "null"),
    1: _name(1, "DEFLATE"),
})
_NAMES_certificate_type = _Names({
    1: _name(1, "rsa_sign"),
    2: _name(2, "dss_sign"),
    3: _name(3, "rsa_fixed_dh"),
    4: _name(4, "dss_fixed_dh"),
    64: _name(64, "ecdsa_sign"),
    65: _name(65, "rsa_fixed_ecdh"),
    66: _name(66, "ecdsa_fixed_ecdh"),
    80: _name(80, "ibc_params"),
})
_NAMES_signature_algorithm = _Names({
    257: _name(257, "rsa_pkcs1_md5"),
    258: _name(258, "dsa_md5"),
    259: _name(259, "ecdsa_md5"),
    513: _name(513, "rsa_pkcs1_sha1"),
    514: _name(514, "dsa_sha1"),
    515: _name(515, "ecdsa_sha1"),
    769: _name(769, "rsa_pkcs1_sha224"),
    770: _name(770, "dsa_sha224"),
    771: _name(771, "ecdsa_sha224"),
    1025: _name(1025, "rsa_pkcs1_sha256"),
    1026: _name(1026, "dsa_sha256"),
    1027: _name(1027, "ecdsa_secp256r1_sha256"),
    1056: _name(1056, "rsa_pkcs1_sha256_legacy"),
    1281: _name(1281, "rsa_pkcs1_sha384"),
    1282: _name(1282, "dsa_sha384"),
    1283: _name(1283, "ecdsa_secp384r1_sha384"),
    1312: _name(1312, "rsa_pkcs1_sha384_legacy"),
    1537: _name(1537, "rsa_pkcs1_sha512"),
    1538: _name(1538, "dsa_sha512"),
    1539: _name(1539, "ecdsa_secp521r1_sha512"),
    1568: _name(1568, "rsa_pkcs1_sha512_legacy"),
    1796: _name(1796, "eccsi_sha256"),
    1797: _name(1797, "iso_ibs1"),
    1798: _name(1798, "iso_ibs2"),
    1799: _name(1799, "iso_chinese_ibs"),
    1800: _name(1800, "sm2sig_sm3"),
    1801: _name(1801, "gostr34102012_256a"),
    1802: _name(1802, "gostr34102012_256b"),
    1803: _name(1803, "gostr34102012_256c"),
    1804: _name(1804, "gostr34102012_256d"),
    1805: _name(1805, "gostr34102012_512a"),
    1806: _name(1806, "gostr34102012_512b"),
    1807: _name(1807, "gostr34102012_512c"),
    2052: _name(2052, "rsa_pss_rsae_sha256"),
    2053: _name(2053, "rsa_pss_rsae_sha384"),
    2054: _name(2054, "rsa_pss_rsae_sha512"),
    2055: _name(2055, "ed25519"),
    2056: _name(2056, "ed448"),
    2057: _name(2057, "rsa_pss_pss_sha256"),
    2058: _name(2058, "rsa_pss_pss_sha384"),
    2059: _name(2059, "rsa_pss_pss_sha512"),
    2074: _name(2074, "ecdsa_brainpoolP256r1tls13_sha256"),
    2075: _name(2075, "ecdsa_brainpoolP384r1tls13_sha384"),
    2076: _name(2076, "ecdsa_brainpoolP512r1tls13_sha512"),
    2308: _name(2308, "mldsa44"),
    2309: _name(2309, "mldsa65"),
    2310: _name(2310, "mldsa87"),
})
_NAMES_request_update = _Names({
    0: _name(0, "update_not_requested"),
    1: _name(1, "update_requested"),
})
_NAMES_type = _Names({
    0: _name(0, "server_name"),
    1: _name(1, "max_fragment_length"),
    2: _name(2, "client_certificate_url"),
    3: _name(3, "trusted_ca_keys"),
    4: _name(4, "truncated_hmac"),
    5: _name(5, "status_request"),
    10: _name(10, "supported_groups"),
    11: _name(11, "ec_point_formats"),
    13: _name(13, "signature_algorithms"),
    14: _name(14, "use_srtp"),
    15: _name(15, "heartbeat"),
    16: _name(16, "application_layer_protocol_negotiation"),
    17: _name(17, "status_request_v2"),
    18: _name(18, "signed_certificate_timestamp"),
    19: _name(19, "client_certificate_type"),
    20: _name(20, "server_certificate_type"),
    21: _name(21, "padding"),
    22: _name(22, "encrypt_then_mac"),
    23: _name(23, "extended_master_secret"),
    24: _name(24, "token_binding"),
    25: _name(25, "cached_info"),
    27: _name(27, "compress_certificate"),
    28: _name(28, "record_size_limit"),
    34: _name(34, "delegated_credential"),
    35: _name(35, "session_ticket"),
    41: _name(41, "pre_shared_key"),
    42: _name(42, "early_data"),
    43: _name(43, "supported_versions"),
    44: _name(44, "cookie"),
    45: _name(45, "psk_key_exchange_modes"),
    47: _name(47, "certificate_authorities"),
    48: _name(48, "oid_filters"),
    49: _name(49, "post_handshake_auth"),
    50: _name(50, "signature_algorithms_cert"),
    51: _name(51, "key_share"),
    57: _name(57, "quic_transport_parameters"),
    17513: _name(17513, "application_settings"),
    65037: _name(65037, "encrypted_client_hello"),
    65281: _name(65281, "renegotiation_info"),
})
_NAMES_supported_group = _Names({
    1: _name(1, "sect163k1"),
    2: _name(2, "sect163r1"),
    3: _name(3, "sect163r2"),
    4: _name(4, "sect193r1"),
    5: _name(5, "sect193r2"),
    6: _name(6, "sect233k1"),
    7: _name(7, "sect233r1"),
    8: _name(8, "sect239k1"),
    9: _name(9, "sect283k1"),
    10: _name(10, "sect283r1"),
    11: _name(11, "sect409k1"),
    12: _name(12, "sect409r1"),
    13: _name(13, "sect571k1"),
    14: _name(14, "sect571r1"),
    15: _name(15, "secp160k1"),
    16: _name(16, "secp160r1"),
    17: _name(17, "secp160r2"),
    18: _name(18, "secp192k1"),
    19: _name(19, "secp192r1"),
    20: _name(20, "secp224k1"),
    21: _name(21, "secp224r1"),
    22: _name(22, "secp256k1"),
    23: _name(23, "secp256r1"),
    24: _name(24, "secp384r1"),
    25: _name(25, "secp521r1"),
    26: _name(26, "brainpoolP256r1"),
    27: _name(27, "brainpoolP384r1"),
    28: _name(28, "brainpoolP512r1"),
    29: _name(29, "x25519"),
    30: _name(30, "x448"),
    31: _name(31, "brainpoolP256r1tls13"),
    32: _name(32, "brainpoolP384r1tls13"),
    33: _name(33, "brainpoolP512r1tls13"),
    34: _name(34, "GC256A"),
    35: _name(35, "GC256B"),
    36: _name(36, "GC256C"),
    37: _name(37, "GC256D"),
    38: _name(38, "GC512A"),
    39: _name(39, "GC512B"),
    40: _name(40, "GC512C"),
    41: _name(41, "curveSM2"),
    256: _name(256, "ffdhe2048"),
    257: _name(257, "ffdhe3072"),
    258: _name(258, "ffdhe4096"),
    259: _name(259, "ffdhe6144"),
    260: _name(260, "ffdhe8192"),
    512: _name(512, "MLKEM512"),
    513: _name(513, "MLKEM768"),
    514: _name(514, "MLKEM1024"),
    4587: _name(4587, "SecP256r1MLKEM768"),
    4588: _name(4588, "X25519MLKEM768"),
    4589: _name(4589, "SecP384r1MLKEM1024"),
    4590: _name(4590, "curveSM2MLKEM768"),
    25497: _name(25497, "X25519Kyber768Draft00"),
    25498: _name(25498, "SecP256r1Kyber768Draft00"),
    65281: _name(65281, "arbitrary_explicit_prime_curves"),
    65282: _name(65282, "arbitrary_explicit_char2_curves"),
})
_NAMES_ec_point_format = _Names({
    0: _name(0, "uncompressed"),
    1: _name(1, "ansiX962_compressed_prime"),
    2: _name(2, "ansiX962_compressed_char2"),
})
_NAMES_supported_version = _Names({
    257: _name(257, "TLCP"),
    768: _name(768, "SSLv3"),
    769: _name(769, "TLSv1_0"),
    770: _name(770, "TLSv1_1"),
    771: _name(771, "TLSv1_2"),
    772: _name(772, "TLSv1_3"),
})
_NAMES_psk_ke_mode = _Names({
    0: _name(0, "psk_ke"),
    1: _name(1, "psk_dhe_ke"),
})
_NAMES_curve_type = _Names({
    1: _name(1, "explicit_prime"),
    2: _name(2, "explicit_char2"),
    3: _name(3, "named_curve"),
})
_NAMES_name_type = _Names({
    0: _name(0, "host_name"),
})
_CASES_body = {
    "hello_request": 0,
    "client_hello": 1,
    "server_hello": 2,
    "new_session_ticket": 3,
    "end_of_early_data": 4,
    "encrypted_extensions": 5,
    "certificate": 6,
    "server_key_exchange": 7,
    "certificate_request": 8,
    "server_hello_done": 9,
    "certificate_verify": 10,
    "client_key_exchange": 11,
    "finished": 12,
    "key_update": 13,
}
_CASES_body_new_session_ticket = {
    "TLS13": 0,
}
_CASES_body_server_key_exchange = {
    "ECDHE": 0,
    "ECC": 1,
    "IBSDH": 2,
    "IBC": 3,
    "RSA": 4,
    "TLS_ECDHE": 5,
    "TLS_DHE": 6,
}
_CASES_body_certificate_request = {
    "TLS13": 0,
    "TLS_DH": 1,
    "TLS_DHE": 2,
    "TLS_ECCPWD": 3,
    "TLS_ECDH": 4,
    "TLS_ECDHE": 5,
    "TLS_KRB5": 6,
    "TLS_NULL": 7,
    "TLS_PSK": 8,
    "TLS_RSA": 9,
    "TLS_SRP": 10,
}
_CASES_body_client_key_exchange = {
    "ECC": 0,
    "IBC": 1,
    "RSA": 2,
    "ECDHE": 3,
    "IBSDH": 4,
    "TLS_RSA": 5,
    "TLS_ECDHE": 6,
    "TLS_ECDH": 7,
    "TLS_DHE": 8,
    "TLS_DH": 9,
}
_CASES_data = {
    "server_name": 0,
    "renegotiation_info": 1,
    "supported_groups": 2,
    "ec_point_formats": 3,
    "signature_algorithms": 4,
    "signature_algorithms_cert": 5,
    "application_layer_protocol_negotiation": 6,
    "supported_versions": 7,
    "key_share": 8,
    "pre_shared_key": 9,
    "psk_key_exchange_modes": 10,
    "cookie": 11,
}
_CASES_data_2 = {
    "server_name": 0,
    "renegotiation_info": 1,
    "ec_point_formats": 2,
    "application_layer_protocol_negotiation": 3,
    "supported_versions": 4,
    "key_share": 5,
    "pre_shared_key": 6,
    "cookie": 7,
}
_CASES_data_3 = {
    "early_data": 0,
}
_CASES_data_4 = {
    "server_name": 0,
    "supported_groups": 1,
    "application_layer_protocol_negotiation": 2,
}
_CASES_data_5 = {
    "signature_algorithms": 0,
    "signature_algorithms_cert": 1,
    "certificate_authorities": 2,
}


def _parse_handshake(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> msg_type -> msg_type", 1, end - pos)
    v2 = data[pos]
    pos += 1
    v3 = _NAMES_msg_type[v2]
    if end - pos < 3:
        raise _short("(parsing) -> length -> length", 3, end - pos)
    v4 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v4:
        raise _short("(parsing) -> body -> body", v4, end - pos)
    end5 = pos + v4
    v6: Any
    k7 = _CASES_body.get(v3, -1)
    if k7 == 0:
        v8 = Container()
        v6 = v8
    elif k7 == 1:
        v9, pos = _parse_body_client_hello(data, pos, end5, p_key_exchange)
        v6 = v9
    elif k7 == 2:
        v10, pos = _parse_body_server_hello(data, pos, end5, p_key_exchange)
        v6 = v10
    elif k7 == 3:
        v11: Any
        k12 = _CASES_body_new_session_ticket.get(p_key_exchange, -1)
        if k12 == 0:
            v13, pos = _parse_body_new_session_ticket_TLS13(data, pos, end5, p_key_exchange)
            v11 = v13
        else:
            v14, pos = _parse_body_new_session_ticket_default(data, pos, end5, p_key_exchange)
            v11 = v14
        v6 = v11
    elif k7 == 4:
        v15 = Container()
        v6 = v15
    elif k7 == 5:
        v16, pos = _parse_body_encrypted_extensions(data, pos, end5, p_key_exchange)
        v6 = v16
    elif k7 == 6:
        v17: Any
        k18 = _CASES_body_new_session_ticket.get(p_key_exchange, -1)
        if k18 == 0:
            v19, pos = _parse_body_certificate_TLS13(data, pos, end5, p_key_exchange)
            v17 = v19
        else:
            v20, pos = _parse_body_certificate_default(data, pos, end5, p_key_exchange)
            v17 = v20
        v6 = v17
    elif k7 == 7:
        v21: Any
        k22 = _CASES_body_server_key_exchange.get(p_key_exchange, -1)
        if k22 == 0:
            v23, pos = _parse_body_server_key_exchange_ECDHE(data, pos, end5, p_key_exchange)
            v21 = v23
        elif k22 == 1:
            v24, pos = _parse_body_server_key_exchange_ECC(data, pos, end5, p_key_exchange)
            v21 = v24
        elif k22 == 2:
            v25, pos = _parse_body_server_key_exchange_IBSDH(data, pos, end5, p_key_exchange)
            v21 = v25
        elif k22 == 3:
            v26, pos = _parse_body_server_key_exchange_IBC(data, pos, end5, p_key_exchange)
            v21 = v26
        elif k22 == 4:
            v27, pos = _parse_body_server_key_exchange_RSA(data, pos, end5, p_key_exchange)
            v21 = v27
        elif k22 == 5:
            v28, pos = _parse_body_server_key_exchange_TLS_ECDHE(data, pos, end5, p_key_exchange)
            v21 = v28
        elif k22 == 6:
            v29, pos = _parse_body_server_key_exchange_TLS_DHE(data, pos, end5, p_key_exchange)
            v21 = v29
        else:
            v30 = data[pos:end5]
            pos = end5
            v21 = v30
        v6 = v21
    elif k7 == 8:
        v31: Any
        k32 = _CASES_body_certificate_request.get(p_key_exchange, -1)
        if k32 == 0:
            v33, pos = _parse_body_certificate_request_TLS13(data, pos, end5, p_key_exchange)
            v31 = v33
        elif k32 == 1:
            ok35 = False
            fb36 = pos
            v34: Any = None
            try:
                v37, pos = _parse_body_certificate_request_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v34 = v37
                ok35 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb36
            if not ok35:
                try:
                    v38, pos = _parse_body_certificate_request_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v34 = v38
                    ok35 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb36
            if not ok35:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v31 = v34
        elif k32 == 2:
            ok40 = False
            fb41 = pos
            v39: Any = None
            try:
                v42, pos = _parse_body_certificate_request_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v39 = v42
                ok40 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb41
            if not ok40:
                try:
                    v43, pos = _parse_body_certificate_request_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v39 = v43
                    ok40 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb41
            if not ok40:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v31 = v39
        elif k32 == 3:
            ok45 = False
            fb46 = pos
            v44: Any = None
            try:
                v47, pos = _parse_body_certificate_request_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v44 = v47
                ok45 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb46
            if not ok45:
                try:
                    v48, pos = _parse_body_certificate_request_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v44 = v48
                    ok45 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb46
            if not ok45:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v31 = v44
        elif k32 == 4:
            ok50 = False
            fb51 = pos
            v49: Any = None
            try:
                v52, pos = _parse_body_certificate_request_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v49 = v52
                ok50 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb51
            if not ok50:
                try:
                    v53, pos = _parse_body_certificate_request_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v49 = v53
                    ok50 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb51
            if not ok50:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v31 = v49
        elif k32 == 5:
            ok55 = False
            fb56 = pos
            v54: Any = None
            try:
                v57, pos = _parse_body_certificate_request_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v54 = v57
                ok55 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb56
            if not ok55:
                try:
                    v58, pos = _parse_body_certificate_request_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v54 = v58
                    ok55 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb56
            if not ok55:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v31 = v54
        elif k32 == 6:
            ok60 = False
            fb61 = pos
            v59: Any = None
            try:
                v62, pos = _parse_body_certificate_request_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v59 = v62
                ok60 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb61
            if not ok60:
                try:
                    v63, pos = _parse_body_certificate_request_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v59 = v63
                    ok60 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb61
            if not ok60:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v31 = v59
        elif k32 == 7:
            ok65 = False
            fb66 = pos
            v64: Any = None
            try:
                v67, pos = _parse_body_certificate_request_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v64 = v67
                ok65 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb66
            if not ok65:
                try:
                    v68, pos = _parse_body_certificate_request_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v64 = v68
                    ok65 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb66
            if not ok65:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v31 = v64
        elif k32 == 8:
            ok70 = False
            fb71 = pos
            v69: Any = None
            try:
                v72, pos = _parse_body_certificate_request_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v69 = v72
                ok70 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb71
            if not ok70:
                try:
                    v73, pos = _parse_body_certificate_request_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v69 = v73
                    ok70 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb71
            if not ok70:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v31 = v69
        elif k32 == 9:
            ok75 = False
            fb76 = pos
            v74: Any = None
            try:
                v77, pos = _parse_body_certificate_request_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v74 = v77
                ok75 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb76
            if not ok75:
                try:
                    v78, pos = _parse_body_certificate_request_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v74 = v78
                    ok75 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb76
            if not ok75:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v31 = v74
        elif k32 == 10:
            ok80 = False
            fb81 = pos
            v79: Any = None
            try:
                v82, pos = _parse_body_certificate_request_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v79 = v82
                ok80 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb81
            if not ok80:
                try:
                    v83, pos = _parse_body_certificate_request_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v79 = v83
                    ok80 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb81
            if not ok80:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v31 = v79
        else:
            v84, pos = _parse_body_certificate_request_default(data, pos, end5, p_key_exchange)
            v31 = v84
        v6 = v31
    elif k7 == 9:
        v85 = Container()
        v6 = v85
    elif k7 == 10:
        v86: Any
        k87 = _CASES_body_certificate_request.get(p_key_exchange, -1)
        if k87 == 0:
            v88, pos = _parse_body_certificate_verify_TLS13(data, pos, end5, p_key_exchange)
            v86 = v88
        elif k87 == 1:
            ok90 = False
            fb91 = pos
            v89: Any = None
            try:
                v92, pos = _parse_body_certificate_verify_TLS_DH_alt1(data, pos, end5, p_key_exchange)
                v89 = v92
                ok90 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb91
            if not ok90:
                try:
                    v93, pos = _parse_body_certificate_verify_TLS_DH_alt2(data, pos, end5, p_key_exchange)
                    v89 = v93
                    ok90 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb91
            if not ok90:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v86 = v89
        elif k87 == 2:
            ok95 = False
            fb96 = pos
            v94: Any = None
            try:
                v97, pos = _parse_body_certificate_verify_TLS_DHE_alt1(data, pos, end5, p_key_exchange)
                v94 = v97
                ok95 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb96
            if not ok95:
                try:
                    v98, pos = _parse_body_certificate_verify_TLS_DHE_alt2(data, pos, end5, p_key_exchange)
                    v94 = v98
                    ok95 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb96
            if not ok95:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v86 = v94
        elif k87 == 3:
            ok100 = False
            fb101 = pos
            v99: Any = None
            try:
                v102, pos = _parse_body_certificate_verify_TLS_ECCPWD_alt1(data, pos, end5, p_key_exchange)
                v99 = v102
                ok100 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb101
            if not ok100:
                try:
                    v103, pos = _parse_body_certificate_verify_TLS_ECCPWD_alt2(data, pos, end5, p_key_exchange)
                    v99 = v103
                    ok100 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb101
            if not ok100:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v86 = v99
        elif k87 == 4:
            ok105 = False
            fb106 = pos
            v104: Any = None
            try:
                v107, pos = _parse_body_certificate_verify_TLS_ECDH_alt1(data, pos, end5, p_key_exchange)
                v104 = v107
                ok105 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb106
            if not ok105:
                try:
                    v108, pos = _parse_body_certificate_verify_TLS_ECDH_alt2(data, pos, end5, p_key_exchange)
                    v104 = v108
                    ok105 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb106
            if not ok105:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v86 = v104
        elif k87 == 5:
            ok110 = False
            fb111 = pos
            v109: Any = None
            try:
                v112, pos = _parse_body_certificate_verify_TLS_ECDHE_alt1(data, pos, end5, p_key_exchange)
                v109 = v112
                ok110 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb111
            if not ok110:
                try:
                    v113, pos = _parse_body_certificate_verify_TLS_ECDHE_alt2(data, pos, end5, p_key_exchange)
                    v109 = v113
                    ok110 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb111
            if not ok110:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v86 = v109
        elif k87 == 6:
            ok115 = False
            fb116 = pos
            v114: Any = None
            try:
                v117, pos = _parse_body_certificate_verify_TLS_KRB5_alt1(data, pos, end5, p_key_exchange)
                v114 = v117
                ok115 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb116
            if not ok115:
                try:
                    v118, pos = _parse_body_certificate_verify_TLS_KRB5_alt2(data, pos, end5, p_key_exchange)
                    v114 = v118
                    ok115 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb116
            if not ok115:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v86 = v114
        elif k87 == 7:
            ok120 = False
            fb121 = pos
            v119: Any = None
            try:
                v122, pos = _parse_body_certificate_verify_TLS_NULL_alt1(data, pos, end5, p_key_exchange)
                v119 = v122
                ok120 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb121
            if not ok120:
                try:
                    v123, pos = _parse_body_certificate_verify_TLS_NULL_alt2(data, pos, end5, p_key_exchange)
                    v119 = v123
                    ok120 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb121
            if not ok120:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v86 = v119
        elif k87 == 8:
            ok125 = False
            fb126 = pos
            v124: Any = None
            try:
                v127, pos = _parse_body_certificate_verify_TLS_PSK_alt1(data, pos, end5, p_key_exchange)
                v124 = v127
                ok125 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb126
            if not ok125:
                try:
                    v128, pos = _parse_body_certificate_verify_TLS_PSK_alt2(data, pos, end5, p_key_exchange)
                    v124 = v128
                    ok125 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb126
            if not ok125:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v86 = v124
        elif k87 == 9:
            ok130 = False
            fb131 = pos
            v129: Any = None
            try:
                v132, pos = _parse_body_certificate_verify_TLS_RSA_alt1(data, pos, end5, p_key_exchange)
                v129 = v132
                ok130 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb131
            if not ok130:
                try:
                    v133, pos = _parse_body_certificate_verify_TLS_RSA_alt2(data, pos, end5, p_key_exchange)
                    v129 = v133
                    ok130 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb131
            if not ok130:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v86 = v129
        elif k87 == 10:
            ok135 = False
            fb136 = pos
            v134: Any = None
            try:
                v137, pos = _parse_body_certificate_verify_TLS_SRP_alt1(data, pos, end5, p_key_exchange)
                v134 = v137
                ok135 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb136
            if not ok135:
                try:
                    v138, pos = _parse_body_certificate_verify_TLS_SRP_alt2(data, pos, end5, p_key_exchange)
                    v134 = v138
                    ok135 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb136
            if not ok135:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v86 = v134
        else:
            v139, pos = _parse_body_certificate_verify_default(data, pos, end5, p_key_exchange)
            v86 = v139
        v6 = v86
    elif k7 == 11:
        v140: Any
        k141 = _CASES_body_client_key_exchange.get(p_key_exchange, -1)
        if k141 == 0:
            v142, pos = _parse_body_client_key_exchange_ECC(data, pos, end5, p_key_exchange)
            v140 = v142
        elif k141 == 1:
            v143, pos = _parse_body_client_key_exchange_ECC(data, pos, end5, p_key_exchange)
            v140 = v143
        elif k141 == 2:
            v144, pos = _parse_body_client_key_exchange_ECC(data, pos, end5, p_key_exchange)
            v140 = v144
        elif k141 == 3:
            ok146 = False
            fb147 = pos
            v145: Any = None
            try:
                v148, pos = _parse_body_client_key_exchange_ECDHE_alt1(data, pos, end5, p_key_exchange)
                v145 = v148
                ok146 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb147
            if not ok146:
                try:
                    v149, pos = _parse_body_client_key_exchange_ECDHE_alt2(data, pos, end5, p_key_exchange)
                    v145 = v149
                    ok146 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb147
            if not ok146:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v140 = v145
        elif k141 == 4:
            v150, pos = _parse_body_client_key_exchange_IBSDH(data, pos, end5, p_key_exchange)
            v140 = v150
        elif k141 == 5:
            v151, pos = _parse_body_client_key_exchange_ECC(data, pos, end5, p_key_exchange)
            v140 = v151
        elif k141 == 6:
            v152, pos = _parse_body_client_key_exchange_TLS_ECDHE(data, pos, end5, p_key_exchange)
            v140 = v152
        elif k141 == 7:
            v153, pos = _parse_body_client_key_exchange_TLS_ECDHE(data, pos, end5, p_key_exchange)
            v140 = v153
        elif k141 == 8:
            v154, pos = _parse_body_client_key_exchange_TLS_DHE(data, pos, end5, p_key_exchange)
            v140 = v154
        elif k141 == 9:
            v155, pos = _parse_body_client_key_exchange_TLS_DHE(data, pos, end5, p_key_exchange)
            v140 = v155
        else:
            v156 = data[pos:end5]
            pos = end5
            v140 = v156
        v6 = v140
    elif k7 == 12:
        v157: Any
        k158 = _CASES_body_new_session_ticket.get(p_key_exchange, -1)
        if k158 == 0:
            v159, pos = _parse_body_finished_TLS13(data, pos, end5, p_key_exchange)
            v157 = v159
        else:
            v160, pos = _parse_body_finished_default(data, pos, end5, p_key_exchange)
            v157 = v160
        v6 = v157
    elif k7 == 13:
        v161, pos = _parse_body_key_update(data, pos, end5, p_key_exchange)
        v6 = v161
    else:
        v162 = data[pos:end5]
        pos = end5
        v6 = v162
    pos = end5
    return Container(msg_type=v3, length=v4, body=v6), pos


def _parse_body_client_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> client_version -> client_version", 2, end - pos)
    v163 = _unpack_be_H(data, pos)[0]
    pos += 2
    v164 = _NAMES_client_version[v163]
    v165, pos = _parse_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v166 = data[pos]
    pos += 1
    if end - pos < v166:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v166, end - pos)
    v167 = data[pos:pos + v166]
    pos += v166
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites -> cipher_suites_length -> cipher_suites_length", 2, end - pos)
    v168 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v168:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites", v168, end - pos)
    end169 = pos + v168
    n171 = (end169 - pos) // 2
    v170 = ListContainer(map(_NAMES_cipher_suite.__getitem__, struct.unpack_from(f">{n171}H", data, pos)))
    pos += n171 * 2
    if pos < end169:
        raise ExplicitError(f"{end169 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> cipher_suites -> cipher_suites")
    pos = end169
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods -> compression_methods_length -> compression_methods_length", 1, end - pos)
    v172 = data[pos]
    pos += 1
    if end - pos < v172:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods", v172, end - pos)
    end173 = pos + v172
    n175 = end173 - pos
    v174 = ListContainer(map(_NAMES_compression_method.__getitem__, data[pos:pos + n175]))
    pos += n175
    if pos < end173:
        raise ExplicitError(f"{end173 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> compression_methods -> compression_methods")
    pos = end173
    v176: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v177 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v177:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v177, end - pos)
        end178 = pos + v177
        v179 = ListContainer()
        while pos < end178:
            fb180 = pos
            try:
                v181, pos = _parse_extension(data, pos, end178, p_key_exchange)
                v179.append(v181)
            except ExplicitError:
                raise
            except Exception:
                pos = fb180
                break
        if pos < end178:
            raise ExplicitError(f"{end178 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end178
        v176 = v179
    return Container(client_version=v164, random=v165, session_id=v167, cipher_suites=v170, compression_methods=v174, extensions=v176), pos


def _parse_body_server_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> server_version -> server_version", 2, end - pos)
    v182 = _unpack_be_H(data, pos)[0]
    pos += 2
    v183 = _NAMES_client_version[v182]
    v184, pos = _parse_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v185 = data[pos]
    pos += 1
    if end - pos < v185:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v185, end - pos)
    v186 = data[pos:pos + v185]
    pos += v185
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suite -> cipher_suite", 2, end - pos)
    v187 = _unpack_be_H(data, pos)[0]
    pos += 2
    v188 = _NAMES_cipher_suite[v187]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_method -> compression_method", 1, end - pos)
    v189 = data[pos]
    pos += 1
    v190 = _NAMES_compression_method[v189]
    v191: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v192 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v192:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v192, end - pos)
        end193 = pos + v192
        v194 = ListContainer()
        while pos < end193:
            fb195 = pos
            try:
                v196, pos = _parse_extension_2(data, pos, end193, p_key_exchange)
                v194.append(v196)
            except ExplicitError:
                raise
            except Exception:
                pos = fb195
                break
        if pos < end193:
            raise ExplicitError(f"{end193 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end193
        v191 = v194
    return Container(server_version=v183, random=v184, session_id=v186, cipher_suite=v188, compression_method=v190, extensions=v191), pos


def _parse_body_new_session_ticket_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_lifetime -> ticket_lifetime", 4, end - pos)
    v197 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_age_add -> ticket_age_add", 4, end - pos)
    v198 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> ticket_nonce -> ticket_nonce -> ticket_nonce_length -> ticket_nonce_length", 1, end - pos)
    v199 = data[pos]
    pos += 1
    if end - pos < v199:
        raise _short("(parsing) -> body -> body -> ticket_nonce -> ticket_nonce", v199, end - pos)
    v200 = data[pos:pos + v199]
    pos += v199
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v201 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v201:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v201, end - pos)
    v202 = data[pos:pos + v201]
    pos += v201
    v203: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v204 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v204:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v204, end - pos)
        end205 = pos + v204
        v206 = ListContainer()
        while pos < end205:
            fb207 = pos
            try:
                v208, pos = _parse_extension_3(data, pos, end205, p_key_exchange)
                v206.append(v208)
            except ExplicitError:
                raise
            except Exception:
                pos = fb207
                break
        if pos < end205:
            raise ExplicitError(f"{end205 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end205
        v203 = v206
    return Container(ticket_lifetime=v197, ticket_age_add=v198, ticket_nonce=v200, ticket=v202, extensions=v203), pos


def _parse_body_new_session_ticket_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_lifetime_hint -> ticket_lifetime_hint", 4, end - pos)
    v209 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v210 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v210:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v210, end - pos)
    v211 = data[pos:pos + v210]
    pos += v210
    return Container(ticket_lifetime_hint=v209, ticket=v211), pos


def _parse_body_encrypted_extensions(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v212: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v213 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v213:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v213, end - pos)
        end214 = pos + v213
        v215 = ListContainer()
        while pos < end214:
            fb216 = pos
            try:
                v217, pos = _parse_extension_4(data, pos, end214, p_key_exchange)
                v215.append(v217)
            except ExplicitError:
                raise
            except Exception:
                pos = fb216
                break
        if pos < end214:
            raise ExplicitError(f"{end214 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end214
        v212 = v215
    return Container(extensions=v212), pos


def _parse_body_certificate_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context -> certificate_request_context_length -> certificate_request_context_length", 1, end - pos)
    v218 = data[pos]
    pos += 1
    if end - pos < v218:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context", v218, end - pos)
    v219 = data[pos:pos + v218]
    pos += v218
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v220 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v220:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v220, end - pos)
    end221 = pos + v220
    v222 = ListContainer()
    while pos < end221:
        fb223 = pos
        try:
            v224, pos = _parse_certificate_entry(data, pos, end221, p_key_exchange)
            v222.append(v224)
        except ExplicitError:
            raise
        except Exception:
            pos = fb223
            break
    if pos < end221:
        raise ExplicitError(f"{end221 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end221
    return Container(certificate_request_context=v219, certificate_list=v222), pos


def _parse_body_certificate_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v225 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v225:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v225, end - pos)
    end226 = pos + v225
    v227 = ListContainer()
    while pos < end226:
        fb228 = pos
        try:
            if end226 - pos < 3:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate -> certificate_length -> certificate_length", 3, end226 - pos)
            v229 = int.from_bytes(data[pos:pos + 3], "big")
            pos += 3
            if end226 - pos < v229:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate", v229, end226 - pos)
            v230 = data[pos:pos + v229]
            pos += v229
            v227.append(v230)
        except ExplicitError:
            raise
        except Exception:
            pos = fb228
            break
    if pos < end226:
        raise ExplicitError(f"{end226 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end226
    return Container(certificate_list=v227), pos


def _parse_body_server_key_exchange_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v231, pos = _parse_params(data, pos, end, p_key_exchange)
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v232 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v232:
        raise _short("(parsing) -> body -> body -> signature -> signature", v232, end - pos)
    v233 = data[pos:pos + v232]
    pos += v232
    return Container(params=v231, signature=v233), pos


def _parse_body_server_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v234 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v234:
        raise _short("(parsing) -> body -> body -> signature -> signature", v234, end - pos)
    v235 = data[pos:pos + v234]
    pos += v234
    return Container(signature=v235), pos


def _parse_body_server_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v236 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v236:
        raise _short("(parsing) -> body -> body -> params -> params", v236, end - pos)
    v237 = data[pos:pos + v236]
    pos += v236
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v238 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v238:
        raise _short("(parsing) -> body -> body -> signature -> signature", v238, end - pos)
    v239 = data[pos:pos + v238]
    pos += v238
    return Container(params=v237, signature=v239), pos


def _parse_body_server_key_exchange_IBC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v240 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v240:
        raise _short("(parsing) -> body -> body -> signature -> signature", v240, end - pos)
    v241 = data[pos:pos + v240]
    pos += v240
    return Container(signature=v241), pos


def _parse_body_server_key_exchange_RSA(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v242 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v242:
        raise _short("(parsing) -> body -> body -> signature -> signature", v242, end - pos)
    v243 = data[pos:pos + v242]
    pos += v242
    return Container(signature=v243), pos


def _parse_body_server_key_exchange_TLS_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v244, pos = _parse_params(data, pos, end, p_key_exchange)
    ok246 = False
    fb247 = pos
    v245: Any = None
    try:
        v248, pos = _parse_signed_alt1(data, pos, end, p_key_exchange)
        v245 = v248
        ok246 = True
    except ExplicitError:
        raise
    except Exception:
        pos = fb247
    if not ok246:
        try:
            v249, pos = _parse_signed_alt2(data, pos, end, p_key_exchange)
            v245 = v249
            ok246 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb247
    if not ok246:
        try:
            if pos < end:
                raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
            v245 = None
            ok246 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb247
    if not ok246:
        raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> signed -> signed")
    return Container(params=v244, signed=v245), pos


def _parse_body_server_key_exchange_TLS_DHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v250, pos = _parse_params_2(data, pos, end, p_key_exchange)
    ok252 = False
    fb253 = pos
    v251: Any = None
    try:
        v254, pos = _parse_signed_alt1(data, pos, end, p_key_exchange)
        v251 = v254
        ok252 = True
    except ExplicitError:
        raise
    except Exception:
        pos = fb253
    if not ok252:
        try:
            v255, pos = _parse_signed_alt2(data, pos, end, p_key_exchange)
            v251 = v255
            ok252 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb253
    if not ok252:
        try:
            if pos < end:
                raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
            v251 = None
            ok252 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb253
    if not ok252:
        raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> signed -> signed")
    return Container(params=v250, signed=v251), pos


def _parse_body_certificate_request_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context -> certificate_request_context_length -> certificate_request_context_length", 1, end - pos)
    v256 = data[pos]
    pos += 1
    if end - pos < v256:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context", v256, end - pos)
    v257 = data[pos:pos + v256]
    pos += v256
    v258: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v259 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v259:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v259, end - pos)
        end260 = pos + v259
        v261 = ListContainer()
        while pos < end260:
            fb262 = pos
            try:
                v263, pos = _parse_extension_5(data, pos, end260, p_key_exchange)
                v261.append(v263)
            except ExplicitError:
                raise
            except Exception:
                pos = fb262
                break
        if pos < end260:
            raise ExplicitError(f"{end260 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end260
        v258 = v261
    return Container(certificate_request_context=v257, extensions=v258), pos


def _parse_body_certificate_request_TLS_DH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v264 = data[pos]
    pos += 1
    if end - pos < v264:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v264, end - pos)
    end265 = pos + v264
    n267 = end265 - pos
    v266 = ListContainer(map(_NAMES_certificate_type.__getitem__, data[pos:pos + n267]))
    pos += n267
    if pos < end265:
        raise ExplicitError(f"{end265 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end265
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms -> signature_algorithms_length -> signature_algorithms_length", 2, end - pos)
    v268 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v268:
        raise _short("(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms", v268, end - pos)
    end269 = pos + v268
    n271 = (end269 - pos) // 2
    v270 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n271}H", data, pos)))
    pos += n271 * 2
    if pos < end269:
        raise ExplicitError(f"{end269 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms")
    pos = end269
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v272 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v272:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v272, end - pos)
    end273 = pos + v272
    v274 = ListContainer()
    while pos < end273:
        fb275 = pos
        try:
            if end273 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end273 - pos)
            v276 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end273 - pos < v276:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v276, end273 - pos)
            v277 = data[pos:pos + v276]
            pos += v276
            v274.append(v277)
        except ExplicitError:
            raise
        except Exception:
            pos = fb275
            break
    if pos < end273:
        raise ExplicitError(f"{end273 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end273
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(certificate_types=v266, supported_signature_algorithms=v270, certificate_authorities=v274), pos


def _parse_body_certificate_request_TLS_DH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v278 = data[pos]
    pos += 1
    if end - pos < v278:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v278, end - pos)
    end279 = pos + v278
    n281 = end279 - pos
    v280 = ListContainer(map(_NAMES_certificate_type.__getitem__, data[pos:pos + n281]))
    pos += n281
    if pos < end279:
        raise ExplicitError(f"{end279 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end279
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v282 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v282:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v282, end - pos)
    end283 = pos + v282
    v284 = ListContainer()
    while pos < end283:
        fb285 = pos
        try:
            if end283 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end283 - pos)
            v286 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end283 - pos < v286:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v286, end283 - pos)
            v287 = data[pos:pos + v286]
            pos += v286
            v284.append(v287)
        except ExplicitError:
            raise
        except Exception:
            pos = fb285
            break
    if pos < end283:
        raise ExplicitError(f"{end283 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end283
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(certificate_types=v280, certificate_authorities=v284), pos


def _parse_body_certificate_request_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v288 = data[pos]
    pos += 1
    if end - pos < v288:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v288, end - pos)
    end289 = pos + v288
    n291 = end289 - pos
    v290 = ListContainer(map(_NAMES_certificate_type.__getitem__, data[pos:pos + n291]))
    pos += n291
    if pos < end289:
        raise ExplicitError(f"{end289 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end289
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v292 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v292:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v292, end - pos)
    end293 = pos + v292
    v294 = ListContainer()
    while pos < end293:
        fb295 = pos
        try:
            if end293 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end293 - pos)
            v296 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end293 - pos < v296:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v296, end293 - pos)
            v297 = data[pos:pos + v296]
            pos += v296
            v294.append(v297)
        except ExplicitError:
            raise
        except Exception:
            pos = fb295
            break
    if pos < end293:
        raise ExplicitError(f"{end293 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end293
    return Container(certificate_types=v290, certificate_authorities=v294), pos


def _parse_body_certificate_verify_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v298 = _unpack_be_H(data, pos)[0]
    pos += 2
    v299 = _NAMES_signature_algorithm[v298]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v300 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v300:
        raise _short("(parsing) -> body -> body -> signature -> signature", v300, end - pos)
    v301 = data[pos:pos + v300]
    pos += v300
    return Container(algorithm=v299, signature=v301), pos


def _parse_body_certificate_verify_TLS_DH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v302 = _unpack_be_H(data, pos)[0]
    pos += 2
    v303 = _NAMES_signature_algorithm[v302]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v304 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v304:
        raise _short("(parsing) -> body -> body -> signature -> signature", v304, end - pos)
    v305 = data[pos:pos + v304]
    pos += v304
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(algorithm=v303, signature=v305), pos


def _parse_body_certificate_verify_TLS_DH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v306 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v306:
        raise _short("(parsing) -> body -> body -> signature -> signature", v306, end - pos)
    v307 = data[pos:pos + v306]
    pos += v306
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(signature=v307), pos


def _parse_body_certificate_verify_TLS_DHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v308 = _unpack_be_H(data, pos)[0]
    pos += 2
    v309 = _NAMES_signature_algorithm[v308]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v310 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v310:
        raise _short("(parsing) -> body -> body -> signature -> signature", v310, end - pos)
    v311 = data[pos:pos + v310]
    pos += v310
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(algorithm=v309, signature=v311), pos


def _parse_body_certificate_verify_TLS_DHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v312 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v312:
        raise _short("(parsing) -> body -> body -> signature -> signature", v312, end - pos)
    v313 = data[pos:pos + v312]
    pos += v312
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(signature=v313), pos


def _parse_body_certificate_verify_TLS_ECCPWD_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v314 = _unpack_be_H(data, pos)[0]
    pos += 2
    v315 = _NAMES_signature_algorithm[v314]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v316 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v316:
        raise _short("(parsing) -> body -> body -> signature -> signature", v316, end - pos)
    v317 = data[pos:pos + v316]
    pos += v316
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(algorithm=v315, signature=v317), pos


def _parse_body_certificate_verify_TLS_ECCPWD_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v318 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v318:
        raise _short("(parsing) -> body -> body -> signature -> signature", v318, end - pos)
    v319 = data[pos:pos + v318]
    pos += v318
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(signature=v319), pos


def _parse_body_certificate_verify_TLS_ECDH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v320 = _unpack_be_H(data, pos)[0]
    pos += 2
    v321 = _NAMES_signature_algorithm[v320]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v322 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v322:
        raise _short("(parsing) -> body -> body -> signature -> signature", v322, end - pos)
    v323 = data[pos:pos + v322]
    pos += v322
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(algorithm=v321, signature=v323), pos


def _parse_body_certificate_verify_TLS_ECDH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v324 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v324:
        raise _short("(parsing) -> body -> body -> signature -> signature", v324, end - pos)
    v325 = data[pos:pos + v324]
    pos += v324
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(signature=v325), pos


def _parse_body_certificate_verify_TLS_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v326 = _unpack_be_H(data, pos)[0]
    pos += 2
    v327 = _NAMES_signature_algorithm[v326]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v328 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v328:
        raise _short("(parsing) -> body -> body -> signature -> signature", v328, end - pos)
    v329 = data[pos:pos + v328]
    pos += v328
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(algorithm=v327, signature=v329), pos


def _parse_body_certificate_verify_TLS_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v330 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v330:
        raise _short("(parsing) -> body -> body -> signature -> signature", v330, end - pos)
    v331 = data[pos:pos + v330]
    pos += v330
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(signature=v331), pos


def _parse_body_certificate_verify_TLS_KRB5_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v332 = _unpack_be_H(data, pos)[0]
    pos += 2
    v333 = _NAMES_signature_algorithm[v332]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v334 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v334:
        raise _short("(parsing) -> body -> body -> signature -> signature", v334, end - pos)
    v335 = data[pos:pos + v334]
    pos += v334
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(algorithm=v333, signature=v335), pos


def _parse_body_certificate_verify_TLS_KRB5_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v336 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v336:
        raise _short("(parsing) -> body -> body -> signature -> signature", v336, end - pos)
    v337 = data[pos:pos + v336]
    pos += v336
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(signature=v337), pos


def _parse_body_certificate_verify_TLS_NULL_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v338 = _unpack_be_H(data, pos)[0]
    pos += 2
    v339 = _NAMES_signature_algorithm[v338]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v340 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v340:
        raise _short("(parsing) -> body -> body -> signature -> signature", v340, end - pos)
    v341 = data[pos:pos + v340]
    pos += v340
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(algorithm=v339, signature=v341), pos


def _parse_body_certificate_verify_TLS_NULL_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v342 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v342:
        raise _short("(parsing) -> body -> body -> signature -> signature", v342, end - pos)
    v343 = data[pos:pos + v342]
    pos += v342
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(signature=v343), pos


def _parse_body_certificate_verify_TLS_PSK_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v344 = _unpack_be_H(data, pos)[0]
    pos += 2
    v345 = _NAMES_signature_algorithm[v344]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v346 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v346:
        raise _short("(parsing) -> body -> body -> signature -> signature", v346, end - pos)
    v347 = data[pos:pos + v346]
    pos += v346
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(algorithm=v345, signature=v347), pos


def _parse_body_certificate_verify_TLS_PSK_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v348 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v348:
        raise _short("(parsing) -> body -> body -> signature -> signature", v348, end - pos)
    v349 = data[pos:pos + v348]
    pos += v348
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(signature=v349), pos


def _parse_body_certificate_verify_TLS_RSA_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v350 = _unpack_be_H(data, pos)[0]
    pos += 2
    v351 = _NAMES_signature_algorithm[v350]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v352 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v352:
        raise _short("(parsing) -> body -> body -> signature -> signature", v352, end - pos)
    v353 = data[pos:pos + v352]
    pos += v352
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(algorithm=v351, signature=v353), pos


def _parse_body_certificate_verify_TLS_RSA_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v354 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v354:
        raise _short("(parsing) -> body -> body -> signature -> signature", v354, end - pos)
    v355 = data[pos:pos + v354]
    pos += v354
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(signature=v355), pos


def _parse_body_certificate_verify_TLS_SRP_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v356 = _unpack_be_H(data, pos)[0]
    pos += 2
    v357 = _NAMES_signature_algorithm[v356]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v358 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v358:
        raise _short("(parsing) -> body -> body -> signature -> signature", v358, end - pos)
    v359 = data[pos:pos + v358]
    pos += v358
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(algorithm=v357, signature=v359), pos


def _parse_body_certificate_verify_TLS_SRP_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v360 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v360:
        raise _short("(parsing) -> body -> body -> signature -> signature", v360, end - pos)
    v361 = data[pos:pos + v360]
    pos += v360
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(signature=v361), pos


def _parse_body_certificate_verify_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v362 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v362:
        raise _short("(parsing) -> body -> body -> signature -> signature", v362, end - pos)
    v363 = data[pos:pos + v362]
    pos += v362
    return Container(signature=v363), pos


def _parse_body_client_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master -> encrypted_pre_master_length -> encrypted_pre_master_length", 2, end - pos)
    v364 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v364:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master", v364, end - pos)
    v365 = data[pos:pos + v364]
    pos += v364
    return Container(encrypted_pre_master=v365), pos


def _parse_body_client_key_exchange_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v366, pos = _parse_params_3(data, pos, end, p_key_exchange)
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(params=v366), pos


def _parse_body_client_key_exchange_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v367 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v367:
        raise _short("(parsing) -> body -> body -> params -> params", v367, end - pos)
    end368 = pos + v367
    v369, pos = _parse_params_3(data, pos, end368, p_key_exchange)
    pos = end368
    return Container(params=v369), pos


def _parse_body_client_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v370 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v370:
        raise _short("(parsing) -> body -> body -> params -> params", v370, end - pos)
    v371 = data[pos:pos + v370]
    pos += v370
    return Container(params=v371), pos


def _parse_body_client_key_exchange_TLS_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> point -> point -> point_length -> point_length", 1, end - pos)
    v372 = data[pos]
    pos += 1
    if end - pos < v372:
        raise _short("(parsing) -> body -> body -> point -> point", v372, end - pos)
    v373 = data[pos:pos + v372]
    pos += v372
    return Container(point=v373), pos


def _parse_body_client_key_exchange_TLS_DHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> dh_Yc -> dh_Yc -> dh_Yc_length -> dh_Yc_length", 2, end - pos)
    v374 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v374:
        raise _short("(parsing) -> body -> body -> dh_Yc -> dh_Yc", v374, end - pos)
    v375 = data[pos:pos + v374]
    pos += v374
    return Container(dh_Yc=v375), pos


def _parse_body_finished_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v376 = data[pos:end]
    pos = end
    return Container(verify_data=v376), pos


def _parse_body_finished_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 12:
        raise _short("(parsing) -> body -> body -> verify_data -> verify_data", 12, end - pos)
    v377 = data[pos:pos + 12]
    pos += 12
    return Container(verify_data=v377), pos


def _parse_body_key_update(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> request_update -> request_update", 1, end - pos)
    v378 = data[pos]
    pos += 1
    v379 = _NAMES_request_update[v378]
    return Container(request_update=v379), pos


def _parse_random(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> random -> random -> gmt_unix_time -> gmt_unix_time", 4, end - pos)
    v380 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 28:
        raise _short("(parsing) -> body -> body -> random -> random -> random_bytes -> random_bytes", 28, end - pos)
    v381 = data[pos:pos + 28]
    pos += 28
    return Container(gmt_unix_time=v380, random_bytes=v381), pos


def _parse_extension(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v382 = _unpack_be_H(data, pos)[0]
    pos += 2
    v383 = _NAMES_type[v382]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v384 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v384:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v384, end - pos)
    end385 = pos + v384
    v386: Any
    k387 = _CASES_data.get(v383, -1)
    if k387 == 0:
        v388: Any = None
        if pos < end385:
            if end385 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end385 - pos)
            v389 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end385 - pos < v389:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v389, end385 - pos)
            end390 = pos + v389
            v391 = ListContainer()
            while pos < end390:
                fb392 = pos
                try:
                    v393, pos = _parse_server_name(data, pos, end390, p_key_exchange)
                    v391.append(v393)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb392
                    break
            if pos < end390:
                raise ExplicitError(f"{end390 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end390
            v388 = v391
        v386 = v388
    elif k387 == 1:
        if end385 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end385 - pos)
        v394 = data[pos]
        pos += 1
        if end385 - pos < v394:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v394, end385 - pos)
        v395 = data[pos:pos + v394]
        pos += v394
        v386 = v395
    elif k387 == 2:
        if end385 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_groups_length -> supported_groups_length", 2, end385 - pos)
        v396 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end385 - pos < v396:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v396, end385 - pos)
        end397 = pos + v396
        n399 = (end397 - pos) // 2
        v398 = ListContainer(map(_NAMES_supported_group.__getitem__, struct.unpack_from(f">{n399}H", data, pos)))
        pos += n399 * 2
        if pos < end397:
            raise ExplicitError(f"{end397 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end397
        v386 = v398
    elif k387 == 3:
        if end385 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> ec_point_formats_length -> ec_point_formats_length", 1, end385 - pos)
        v400 = data[pos]
        pos += 1
        if end385 - pos < v400:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v400, end385 - pos)
        end401 = pos + v400
        n403 = end401 - pos
        v402 = ListContainer(map(_NAMES_ec_point_format.__getitem__, data[pos:pos + n403]))
        pos += n403
        if pos < end401:
            raise ExplicitError(f"{end401 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end401
        v386 = v402
    elif k387 == 4:
        if end385 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end385 - pos)
        v404 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end385 - pos < v404:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v404, end385 - pos)
        end405 = pos + v404
        n407 = (end405 - pos) // 2
        v406 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n407}H", data, pos)))
        pos += n407 * 2
        if pos < end405:
            raise ExplicitError(f"{end405 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end405
        v386 = v406
    elif k387 == 5:
        if end385 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end385 - pos)
        v408 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end385 - pos < v408:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v408, end385 - pos)
        end409 = pos + v408
        n411 = (end409 - pos) // 2
        v410 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n411}H", data, pos)))
        pos += n411 * 2
        if pos < end409:
            raise ExplicitError(f"{end409 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end409
        v386 = v410
    elif k387 == 6:
        if end385 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end385 - pos)
        v412 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end385 - pos < v412:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v412, end385 - pos)
        end413 = pos + v412
        v414 = ListContainer()
        while pos < end413:
            fb415 = pos
            try:
                if end413 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end413 - pos)
                v416 = data[pos]
                pos += 1
                if end413 - pos < v416:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v416, end413 - pos)
                v417 = data[pos:pos + v416]
                pos += v416
                v414.append(v417)
            except ExplicitError:
                raise
            except Exception:
                pos = fb415
                break
        if pos < end413:
            raise ExplicitError(f"{end413 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end413
        v386 = v414
    elif k387 == 7:
        if end385 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_versions_length -> supported_versions_length", 1, end385 - pos)
        v418 = data[pos]
        pos += 1
        if end385 - pos < v418:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v418, end385 - pos)
        end419 = pos + v418
        n421 = (end419 - pos) // 2
        v420 = ListContainer(map(_NAMES_supported_version.__getitem__, struct.unpack_from(f">{n421}H", data, pos)))
        pos += n421 * 2
        if pos < end419:
            raise ExplicitError(f"{end419 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end419
        v386 = v420
    elif k387 == 8:
        if end385 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> client_shares_length -> client_shares_length", 2, end385 - pos)
        v422 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end385 - pos < v422:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v422, end385 - pos)
        end423 = pos + v422
        v424 = ListContainer()
        while pos < end423:
            fb425 = pos
            try:
                v426, pos = _parse_key_share_entry(data, pos, end423, p_key_exchange)
                v424.append(v426)
            except ExplicitError:
                raise
            except Exception:
                pos = fb425
                break
        if pos < end423:
            raise ExplicitError(f"{end423 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end423
        v386 = v424
    elif k387 == 9:
        v427, pos = _parse_data_pre_shared_key(data, pos, end385, p_key_exchange)
        v386 = v427
    elif k387 == 10:
        if end385 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> psk_ke_modes_length -> psk_ke_modes_length", 1, end385 - pos)
        v428 = data[pos]
        pos += 1
        if end385 - pos < v428:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v428, end385 - pos)
        end429 = pos + v428
        n431 = end429 - pos
        v430 = ListContainer(map(_NAMES_psk_ke_mode.__getitem__, data[pos:pos + n431]))
        pos += n431
        if pos < end429:
            raise ExplicitError(f"{end429 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end429
        v386 = v430
    elif k387 == 11:
        if end385 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> cookie_length -> cookie_length", 2, end385 - pos)
        v432 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end385 - pos < v432:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v432, end385 - pos)
        v433 = data[pos:pos + v432]
        pos += v432
        v386 = v433
    else:
        v434 = data[pos:end385]
        pos = end385
        v386 = v434
    pos = end385
    return Container(type=v383, data=v386), pos


def _parse_extension_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v435 = _unpack_be_H(data, pos)[0]
    pos += 2
    v436 = _NAMES_type[v435]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v437 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v437:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v437, end - pos)
    end438 = pos + v437
    v439: Any
    k440 = _CASES_data_2.get(v436, -1)
    if k440 == 0:
        v441: Any = None
        if pos < end438:
            if end438 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end438 - pos)
            v442 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end438 - pos < v442:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v442, end438 - pos)
            end443 = pos + v442
            v444 = ListContainer()
            while pos < end443:
                fb445 = pos
                try:
                    v446, pos = _parse_server_name(data, pos, end443, p_key_exchange)
                    v444.append(v446)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb445
                    break
            if pos < end443:
                raise ExplicitError(f"{end443 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end443
            v441 = v444
        v439 = v441
    elif k440 == 1:
        if end438 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end438 - pos)
        v447 = data[pos]
        pos += 1
        if end438 - pos < v447:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v447, end438 - pos)
        v448 = data[pos:pos + v447]
        pos += v447
        v439 = v448
    elif k440 == 2:
        if end438 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> ec_point_formats_length -> ec_point_formats_length", 1, end438 - pos)
        v449 = data[pos]
        pos += 1
        if end438 - pos < v449:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v449, end438 - pos)
        end450 = pos + v449
        n452 = end450 - pos
        v451 = ListContainer(map(_NAMES_ec_point_format.__getitem__, data[pos:pos + n452]))
        pos += n452
        if pos < end450:
            raise ExplicitError(f"{end450 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end450
        v439 = v451
    elif k440 == 3:
        if end438 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end438 - pos)
        v453 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end438 - pos < v453:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v453, end438 - pos)
        end454 = pos + v453
        v455 = ListContainer()
        while pos < end454:
            fb456 = pos
            try:
                if end454 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end454 - pos)
                v457 = data[pos]
                pos += 1
                if end454 - pos < v457:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v457, end454 - pos)
                v458 = data[pos:pos + v457]
                pos += v457
                v455.append(v458)
            except ExplicitError:
                raise
            except Exception:
                pos = fb456
                break
        if pos < end454:
            raise ExplicitError(f"{end454 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end454
        v439 = v455
    elif k440 == 4:
        if end438 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_version -> selected_version", 2, end438 - pos)
        v459 = _unpack_be_H(data, pos)[0]
        pos += 2
        v460 = _NAMES_supported_version[v459]
        v439 = v460
    elif k440 == 5:
        ok462 = False
        fb463 = pos
        v461: Any = None
        try:
            v464, pos = _parse_data_key_share_alt1(data, pos, end438, p_key_exchange)
            v461 = v464
            ok462 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb463
        if not ok462:
            try:
                v465, pos = _parse_data_key_share_alt2(data, pos, end438, p_key_exchange)
                v461 = v465
                ok462 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb463
        if not ok462:
            raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        v439 = v461
    elif k440 == 6:
        if end438 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_identity -> selected_identity", 2, end438 - pos)
        v466 = _unpack_be_H(data, pos)[0]
        pos += 2
        v439 = v466
    elif k440 == 7:
        if end438 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> cookie_length -> cookie_length", 2, end438 - pos)
        v467 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end438 - pos < v467:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v467, end438 - pos)
        v468 = data[pos:pos + v467]
        pos += v467
        v439 = v468
    else:
        v469 = data[pos:end438]
        pos = end438
        v439 = v469
    pos = end438
    return Container(type=v436, data=v439), pos


def _parse_extension_3(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v470 = _unpack_be_H(data, pos)[0]
    pos += 2
    v471 = _NAMES_type[v470]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v472 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v472:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v472, end - pos)
    end473 = pos + v472
    v474: Any
    k475 = _CASES_data_3.get(v471, -1)
    if k475 == 0:
        v476: Any = None
        if pos < end473:
            if end473 - pos < 4:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> max_early_data_size -> max_early_data_size", 4, end473 - pos)
            v477 = _unpack_be_L(data, pos)[0]
            pos += 4
            v476 = v477
        v474 = v476
    else:
        v478 = data[pos:end473]
        pos = end473
        v474 = v478
    pos = end473
    return Container(type=v471, data=v474), pos


def _parse_extension_4(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v479 = _unpack_be_H(data, pos)[0]
    pos += 2
    v480 = _NAMES_type[v479]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v481 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v481:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v481, end - pos)
    end482 = pos + v481
    v483: Any
    k484 = _CASES_data_4.get(v480, -1)
    if k484 == 0:
        v485: Any = None
        if pos < end482:
            if end482 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end482 - pos)
            v486 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end482 - pos < v486:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v486, end482 - pos)
            end487 = pos + v486
            v488 = ListContainer()
            while pos < end487:
                fb489 = pos
                try:
                    v490, pos = _parse_server_name(data, pos, end487, p_key_exchange)
                    v488.append(v490)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb489
                    break
            if pos < end487:
                raise ExplicitError(f"{end487 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end487
            v485 = v488
        v483 = v485
    elif k484 == 1:
        if end482 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_groups_length -> supported_groups_length", 2, end482 - pos)
        v491 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end482 - pos < v491:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v491, end482 - pos)
        end492 = pos + v491
        n494 = (end492 - pos) // 2
        v493 = ListContainer(map(_NAMES_supported_group.__getitem__, struct.unpack_from(f">{n494}H", data, pos)))
        pos += n494 * 2
        if pos < end492:
            raise ExplicitError(f"{end492 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end492
        v483 = v493
    elif k484 == 2:
        if end482 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end482 - pos)
        v495 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end482 - pos < v495:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v495, end482 - pos)
        end496 = pos + v495
        v497 = ListContainer()
        while pos < end496:
            fb498 = pos
            try:
                if end496 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end496 - pos)
                v499 = data[pos]
                pos += 1
                if end496 - pos < v499:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v499, end496 - pos)
                v500 = data[pos:pos + v499]
                pos += v499
                v497.append(v500)
            except ExplicitError:
                raise
            except Exception:
                pos = fb498
                break
        if pos < end496:
            raise ExplicitError(f"{end496 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end496
        v483 = v497
    else:
        v501 = data[pos:end482]
        pos = end482
        v483 = v501
    pos = end482
    return Container(type=v480, data=v483), pos


def _parse_certificate_entry(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> cert_data -> cert_data -> certificate_length -> certificate_length", 3, end - pos)
    v502 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v502:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> cert_data -> cert_data", v502, end - pos)
    v503 = data[pos:pos + v502]
    pos += v502
    v504: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v505 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v505:
            raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions", v505, end - pos)
        end506 = pos + v505
        v507 = ListContainer()
        while pos < end506:
            fb508 = pos
            try:
                v509, pos = _parse_extension_6(data, pos, end506, p_key_exchange)
                v507.append(v509)
            except ExplicitError:
                raise
            except Exception:
                pos = fb508
                break
        if pos < end506:
            raise ExplicitError(f"{end506 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions")
        pos = end506
        v504 = v507
    return Container(cert_data=v503, extensions=v504), pos


def _parse_params(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> curve_type -> curve_type", 1, end - pos)
    v510 = data[pos]
    pos += 1
    v511 = _NAMES_curve_type[v510]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> named_curve -> named_curve", 2, end - pos)
    v512 = _unpack_be_H(data, pos)[0]
    pos += 2
    v513 = _NAMES_supported_group[v512]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point -> point_length -> point_length", 1, end - pos)
    v514 = data[pos]
    pos += 1
    if end - pos < v514:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v514, end - pos)
    v515 = data[pos:pos + v514]
    pos += v514
    return Container(curve_type=v511, named_curve=v513, point=v515), pos


def _parse_signed_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> algorithm -> algorithm", 2, end - pos)
    v516 = _unpack_be_H(data, pos)[0]
    pos += 2
    v517 = _NAMES_signature_algorithm[v516]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v518 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v518:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature", v518, end - pos)
    v519 = data[pos:pos + v518]
    pos += v518
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
    return Container(algorithm=v517, signature=v519), pos


def _parse_signed_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v520 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v520:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature", v520, end - pos)
    v521 = data[pos:pos + v520]
    pos += v520
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
    return Container(signature=v521), pos


def _parse_params_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_p -> dh_p -> dh_p_length -> dh_p_length", 2, end - pos)
    v522 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v522:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_p -> dh_p", v522, end - pos)
    v523 = data[pos:pos + v522]
    pos += v522
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_g -> dh_g -> dh_g_length -> dh_g_length", 2, end - pos)
    v524 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v524:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_g -> dh_g", v524, end - pos)
    v525 = data[pos:pos + v524]
    pos += v524
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_Ys -> dh_Ys -> dh_Ys_length -> dh_Ys_length", 2, end - pos)
    v526 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v526:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_Ys -> dh_Ys", v526, end - pos)
    v527 = data[pos:pos + v526]
    pos += v526
    return Container(dh_p=v523, dh_g=v525, dh_Ys=v527), pos


def _parse_extension_5(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v528 = _unpack_be_H(data, pos)[0]
    pos += 2
    v529 = _NAMES_type[v528]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v530 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v530:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v530, end - pos)
    end531 = pos + v530
    v532: Any
    k533 = _CASES_data_5.get(v529, -1)
    if k533 == 0:
        if end531 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end531 - pos)
        v534 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end531 - pos < v534:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v534, end531 - pos)
        end535 = pos + v534
        n537 = (end535 - pos) // 2
        v536 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n537}H", data, pos)))
        pos += n537 * 2
        if pos < end535:
            raise ExplicitError(f"{end535 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end535
        v532 = v536
    elif k533 == 1:
        if end531 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end531 - pos)
        v538 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end531 - pos < v538:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v538, end531 - pos)
        end539 = pos + v538
        n541 = (end539 - pos) // 2
        v540 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n541}H", data, pos)))
        pos += n541 * 2
        if pos < end539:
            raise ExplicitError(f"{end539 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end539
        v532 = v540
    elif k533 == 2:
        if end531 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_names_length -> distinguished_names_length", 2, end531 - pos)
        v542 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end531 - pos < v542:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v542, end531 - pos)
        end543 = pos + v542
        v544 = ListContainer()
        while pos < end543:
            fb545 = pos
            try:
                if end543 - pos < 2:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end543 - pos)
                v546 = _unpack_be_H(data, pos)[0]
                pos += 2
                if end543 - pos < v546:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_name -> distinguished_name", v546, end543 - pos)
                v547 = data[pos:pos + v546]
                pos += v546
                v544.append(v547)
            except ExplicitError:
                raise
            except Exception:
                pos = fb545
                break
        if pos < end543:
            raise ExplicitError(f"{end543 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end543
        v532 = v544
    else:
        v548 = data[pos:end531]
        pos = end531
        v532 = v548
    pos = end531
    return Container(type=v529, data=v532), pos


def _parse_params_3(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> curve_type -> curve_type", 1, end - pos)
    v549 = data[pos]
    pos += 1
    v550 = _NAMES_curve_type[v549]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> named_curve -> named_curve", 2, end - pos)
    v551 = _unpack_be_H(data, pos)[0]
    pos += 2
    v552 = _NAMES_supported_group[v551]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point -> point_length -> point_length", 1, end - pos)
    v553 = data[pos]
    pos += 1
    if end - pos < v553:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v553, end - pos)
    v554 = data[pos:pos + v553]
    pos += v553
    return Container(curve_type=v550, named_curve=v552, point=v554), pos


def _parse_server_name(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name_type -> name_type", 1, end - pos)
    v555 = data[pos]
    pos += 1
    v556 = _NAMES_name_type[v555]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name -> name_length -> name_length", 2, end - pos)
    v557 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v557:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name", v557, end - pos)
    v558 = data[pos:pos + v557]
    pos += v557
    return Container(name_type=v556, name=v558), pos


def _parse_key_share_entry(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> group -> group", 2, end - pos)
    v559 = _unpack_be_H(data, pos)[0]
    pos += 2
    v560 = _NAMES_supported_group[v559]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> key_exchange -> key_exchange -> key_exchange_length -> key_exchange_length", 2, end - pos)
    v561 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v561:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> key_exchange -> key_exchange", v561, end - pos)
    v562 = data[pos:pos + v561]
    pos += v561
    return Container(group=v560, key_exchange=v562), pos


def _parse_data_pre_shared_key(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identities_length -> identities_length", 2, end - pos)
    v563 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v563:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities", v563, end - pos)
    end564 = pos + v563
    v565 = ListContainer()
    while pos < end564:
        fb566 = pos
        try:
            v567, pos = _parse_identity(data, pos, end564, p_key_exchange)
            v565.append(v567)
        except ExplicitError:
            raise
        except Exception:
            pos = fb566
            break
    if pos < end564:
        raise ExplicitError(f"{end564 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities")
    pos = end564
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binders_length -> binders_length", 2, end - pos)
    v568 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v568:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders", v568, end - pos)
    end569 = pos + v568
    v570 = ListContainer()
    while pos < end569:
        fb571 = pos
        try:
            if end569 - pos < 1:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binder -> binder -> binder_length -> binder_length", 1, end569 - pos)
            v572 = data[pos]
            pos += 1
            if end569 - pos < v572:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binder -> binder", v572, end569 - pos)
            v573 = data[pos:pos + v572]
            pos += v572
            v570.append(v573)
        except ExplicitError:
            raise
        except Exception:
            pos = fb571
            break
    if pos < end569:
        raise ExplicitError(f"{end569 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders")
    pos = end569
    return Container(identities=v565, binders=v570), pos


def _parse_data_key_share_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v574, pos = _parse_server_share(data, pos, end, p_key_exchange)
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
    return Container(server_share=v574), pos


def _parse_data_key_share_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_group -> selected_group", 2, end - pos)
    v575 = _unpack_be_H(data, pos)[0]
    pos += 2
    v576 = _NAMES_supported_group[v575]
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
    return Container(selected_group=v576), pos


def _parse_extension_6(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v577 = _unpack_be_H(data, pos)[0]
    pos += 2
    v578 = _NAMES_type[v577]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v579 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v579:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> data -> data", v579, end - pos)
    end580 = pos + v579
    v581: Any
    v582 = data[pos:end580]
    pos = end580
    v581 = v582
    pos = end580
    return Container(type=v578, data=v581), pos


def _parse_identity(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> identity -> identity -> identity_length -> identity_length", 2, end - pos)
    v583 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v583:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> identity -> identity", v583, end - pos)
    v584 = data[pos:pos + v583]
    pos += v583
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> obfuscated_ticket_age -> obfuscated_ticket_age", 4, end - pos)
    v585 = _unpack_be_L(data, pos)[0]
    pos += 4
    return Container(identity=v584, obfuscated_ticket_age=v585), pos


def _parse_server_share(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> group -> group", 2, end - pos)
    v586 = _unpack_be_H(data, pos)[0]
    pos += 2
    v587 = _NAMES_supported_group[v586]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> key_exchange -> key_exchange -> key_exchange_length -> key_exchange_length", 2, end - pos)
    v588 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v588:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> key_exchange -> key_exchange", v588, end - pos)
    v589 = data[pos:pos + v588]
    pos += v588
    return Container(group=v587, key_exchange=v589), pos


def parse_handshake(raw: bytes, key_exchange: str | None) -> Any:
    """What ``schema.parse(raw, key_exchange=key_exchange)`` returns, or the same construct error."""
    data = raw if type(raw) is bytes else bytes(raw)
    pos = 0
    end = len(data)
    p_key_exchange = key_exchange
    v1, pos = _parse_handshake(data, pos, end, p_key_exchange)
    return v1
