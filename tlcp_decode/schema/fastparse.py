# Generated from the construct schemas by `python -m tlcp_decode.pygen`; do not edit.
# tests/test_fastparse.py checks that it is up to date and parses exactly as the schemas do.
"""Handshake messages parsed by straight-line code instead of construct's interpreter.

``parse_handshake(raw, key_exchange)`` returns what
``tlcp_decode.schema.Handshake.parse(raw, key_exchange=key_exchange)`` returns (apart from
construct's private ``_io`` members) and raises the same construct errors (their types from
``tlcp_decode.schema.results``: construct's, or in the program stand-ins of them).
"""

import struct
from operator import itemgetter
from typing import Any

from tlcp_decode.schema.results import (
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
_NAMES_algorithm = _Names({
    1: _name(1, "zlib"),
    2: _name(2, "brotli"),
    3: _name(3, "zstd"),
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
    "compressed_certificate": 14,
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


class _Container_handshake(Container):
    __slots__ = ()

    msg_type = property(itemgetter("msg_type"))
    length = property(itemgetter("length"))
    body = property(itemgetter("body"))


class _Container_body_client_hello(Container):
    __slots__ = ()

    client_version = property(itemgetter("client_version"))
    random = property(itemgetter("random"))
    session_id = property(itemgetter("session_id"))
    cipher_suites = property(itemgetter("cipher_suites"))
    compression_methods = property(itemgetter("compression_methods"))
    extensions = property(itemgetter("extensions"))


class _Container_body_server_hello(Container):
    __slots__ = ()

    server_version = property(itemgetter("server_version"))
    random = property(itemgetter("random"))
    session_id = property(itemgetter("session_id"))
    cipher_suite = property(itemgetter("cipher_suite"))
    compression_method = property(itemgetter("compression_method"))
    extensions = property(itemgetter("extensions"))


class _Container_body_new_session_ticket_TLS13(Container):
    __slots__ = ()

    ticket_lifetime = property(itemgetter("ticket_lifetime"))
    ticket_age_add = property(itemgetter("ticket_age_add"))
    ticket_nonce = property(itemgetter("ticket_nonce"))
    ticket = property(itemgetter("ticket"))
    extensions = property(itemgetter("extensions"))


class _Container_body_new_session_ticket_default(Container):
    __slots__ = ()

    ticket_lifetime_hint = property(itemgetter("ticket_lifetime_hint"))
    ticket = property(itemgetter("ticket"))


class _Container_body_encrypted_extensions(Container):
    __slots__ = ()

    extensions = property(itemgetter("extensions"))


class _Container_body_certificate_TLS13(Container):
    __slots__ = ()

    certificate_request_context = property(itemgetter("certificate_request_context"))
    certificate_list = property(itemgetter("certificate_list"))


class _Container_body_certificate_default(Container):
    __slots__ = ()

    certificate_list = property(itemgetter("certificate_list"))


class _Container_body_server_key_exchange_ECDHE(Container):
    __slots__ = ()

    params = property(itemgetter("params"))
    signature = property(itemgetter("signature"))


class _Container_body_server_key_exchange_ECC(Container):
    __slots__ = ()

    signature = property(itemgetter("signature"))


class _Container_body_server_key_exchange_TLS_ECDHE(Container):
    __slots__ = ()

    params = property(itemgetter("params"))
    signed = property(itemgetter("signed"))


class _Container_body_certificate_request_TLS13(Container):
    __slots__ = ()

    certificate_request_context = property(itemgetter("certificate_request_context"))
    extensions = property(itemgetter("extensions"))


class _Container_body_certificate_request_TLS_DH_alt1(Container):
    __slots__ = ()

    certificate_types = property(itemgetter("certificate_types"))
    supported_signature_algorithms = property(itemgetter("supported_signature_algorithms"))
    certificate_authorities = property(itemgetter("certificate_authorities"))


class _Container_body_certificate_request_TLS_DH_alt2(Container):
    __slots__ = ()

    certificate_types = property(itemgetter("certificate_types"))
    certificate_authorities = property(itemgetter("certificate_authorities"))


class _Container_body_certificate_verify_TLS13(Container):
    __slots__ = ()

    algorithm = property(itemgetter("algorithm"))
    signature = property(itemgetter("signature"))


class _Container_body_client_key_exchange_ECC(Container):
    __slots__ = ()

    encrypted_pre_master = property(itemgetter("encrypted_pre_master"))


class _Container_body_client_key_exchange_ECDHE_alt1(Container):
    __slots__ = ()

    params = property(itemgetter("params"))


class _Container_body_client_key_exchange_TLS_ECDHE(Container):
    __slots__ = ()

    point = property(itemgetter("point"))


class _Container_body_client_key_exchange_TLS_DHE(Container):
    __slots__ = ()

    dh_Yc = property(itemgetter("dh_Yc"))


class _Container_body_finished_TLS13(Container):
    __slots__ = ()

    verify_data = property(itemgetter("verify_data"))


class _Container_body_key_update(Container):
    __slots__ = ()

    request_update = property(itemgetter("request_update"))


class _Container_body_compressed_certificate(Container):
    __slots__ = ()

    algorithm = property(itemgetter("algorithm"))
    uncompressed_length = property(itemgetter("uncompressed_length"))
    compressed_certificate_message = property(itemgetter("compressed_certificate_message"))


class _Container_random(Container):
    __slots__ = ()

    gmt_unix_time = property(itemgetter("gmt_unix_time"))
    random_bytes = property(itemgetter("random_bytes"))


class _Container_extension(Container):
    __slots__ = ()

    type = property(itemgetter("type"))
    data = property(itemgetter("data"))


class _Container_certificate_entry(Container):
    __slots__ = ()

    cert_data = property(itemgetter("cert_data"))
    extensions = property(itemgetter("extensions"))


class _Container_params(Container):
    __slots__ = ()

    curve_type = property(itemgetter("curve_type"))
    named_curve = property(itemgetter("named_curve"))
    point = property(itemgetter("point"))


class _Container_params_2(Container):
    __slots__ = ()

    dh_p = property(itemgetter("dh_p"))
    dh_g = property(itemgetter("dh_g"))
    dh_Ys = property(itemgetter("dh_Ys"))


class _Container_server_name(Container):
    __slots__ = ()

    name_type = property(itemgetter("name_type"))
    name = property(itemgetter("name"))


class _Container_key_share_entry(Container):
    __slots__ = ()

    group = property(itemgetter("group"))
    key_exchange = property(itemgetter("key_exchange"))


class _Container_data_pre_shared_key(Container):
    __slots__ = ()

    identities = property(itemgetter("identities"))
    binders = property(itemgetter("binders"))


class _Container_data_key_share_alt1(Container):
    __slots__ = ()

    server_share = property(itemgetter("server_share"))


class _Container_data_key_share_alt2(Container):
    __slots__ = ()

    selected_group = property(itemgetter("selected_group"))


class _Container_identity(Container):
    __slots__ = ()

    identity = property(itemgetter("identity"))
    obfuscated_ticket_age = property(itemgetter("obfuscated_ticket_age"))


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
    elif k7 == 14:
        v162, pos = _parse_body_compressed_certificate(data, pos, end5, p_key_exchange)
        v6 = v162
    else:
        v163 = data[pos:end5]
        pos = end5
        v6 = v163
    pos = end5
    return _Container_handshake(msg_type=v3, length=v4, body=v6), pos


def _parse_body_client_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> client_version -> client_version", 2, end - pos)
    v164 = _unpack_be_H(data, pos)[0]
    pos += 2
    v165 = _NAMES_client_version[v164]
    v166, pos = _parse_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v167 = data[pos]
    pos += 1
    if end - pos < v167:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v167, end - pos)
    v168 = data[pos:pos + v167]
    pos += v167
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites -> cipher_suites_length -> cipher_suites_length", 2, end - pos)
    v169 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v169:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites", v169, end - pos)
    end170 = pos + v169
    n172 = (end170 - pos) // 2
    v171 = ListContainer(map(_NAMES_cipher_suite.__getitem__, struct.unpack_from(f">{n172}H", data, pos)))
    pos += n172 * 2
    if pos < end170:
        raise ExplicitError(f"{end170 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> cipher_suites -> cipher_suites")
    pos = end170
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods -> compression_methods_length -> compression_methods_length", 1, end - pos)
    v173 = data[pos]
    pos += 1
    if end - pos < v173:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods", v173, end - pos)
    end174 = pos + v173
    n176 = end174 - pos
    v175 = ListContainer(map(_NAMES_compression_method.__getitem__, data[pos:pos + n176]))
    pos += n176
    if pos < end174:
        raise ExplicitError(f"{end174 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> compression_methods -> compression_methods")
    pos = end174
    v177: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v178 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v178:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v178, end - pos)
        end179 = pos + v178
        v180 = ListContainer()
        while pos < end179:
            fb181 = pos
            try:
                v182, pos = _parse_extension(data, pos, end179, p_key_exchange)
                v180.append(v182)
            except ExplicitError:
                raise
            except Exception:
                pos = fb181
                break
        if pos < end179:
            raise ExplicitError(f"{end179 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end179
        v177 = v180
    return _Container_body_client_hello(client_version=v165, random=v166, session_id=v168, cipher_suites=v171, compression_methods=v175, extensions=v177), pos


def _parse_body_server_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> server_version -> server_version", 2, end - pos)
    v183 = _unpack_be_H(data, pos)[0]
    pos += 2
    v184 = _NAMES_client_version[v183]
    v185, pos = _parse_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v186 = data[pos]
    pos += 1
    if end - pos < v186:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v186, end - pos)
    v187 = data[pos:pos + v186]
    pos += v186
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suite -> cipher_suite", 2, end - pos)
    v188 = _unpack_be_H(data, pos)[0]
    pos += 2
    v189 = _NAMES_cipher_suite[v188]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_method -> compression_method", 1, end - pos)
    v190 = data[pos]
    pos += 1
    v191 = _NAMES_compression_method[v190]
    v192: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v193 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v193:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v193, end - pos)
        end194 = pos + v193
        v195 = ListContainer()
        while pos < end194:
            fb196 = pos
            try:
                v197, pos = _parse_extension_2(data, pos, end194, p_key_exchange)
                v195.append(v197)
            except ExplicitError:
                raise
            except Exception:
                pos = fb196
                break
        if pos < end194:
            raise ExplicitError(f"{end194 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end194
        v192 = v195
    return _Container_body_server_hello(server_version=v184, random=v185, session_id=v187, cipher_suite=v189, compression_method=v191, extensions=v192), pos


def _parse_body_new_session_ticket_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_lifetime -> ticket_lifetime", 4, end - pos)
    v198 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_age_add -> ticket_age_add", 4, end - pos)
    v199 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> ticket_nonce -> ticket_nonce -> ticket_nonce_length -> ticket_nonce_length", 1, end - pos)
    v200 = data[pos]
    pos += 1
    if end - pos < v200:
        raise _short("(parsing) -> body -> body -> ticket_nonce -> ticket_nonce", v200, end - pos)
    v201 = data[pos:pos + v200]
    pos += v200
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v202 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v202:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v202, end - pos)
    v203 = data[pos:pos + v202]
    pos += v202
    v204: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v205 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v205:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v205, end - pos)
        end206 = pos + v205
        v207 = ListContainer()
        while pos < end206:
            fb208 = pos
            try:
                v209, pos = _parse_extension_3(data, pos, end206, p_key_exchange)
                v207.append(v209)
            except ExplicitError:
                raise
            except Exception:
                pos = fb208
                break
        if pos < end206:
            raise ExplicitError(f"{end206 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end206
        v204 = v207
    return _Container_body_new_session_ticket_TLS13(ticket_lifetime=v198, ticket_age_add=v199, ticket_nonce=v201, ticket=v203, extensions=v204), pos


def _parse_body_new_session_ticket_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_lifetime_hint -> ticket_lifetime_hint", 4, end - pos)
    v210 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v211 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v211:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v211, end - pos)
    v212 = data[pos:pos + v211]
    pos += v211
    return _Container_body_new_session_ticket_default(ticket_lifetime_hint=v210, ticket=v212), pos


def _parse_body_encrypted_extensions(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v213: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v214 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v214:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v214, end - pos)
        end215 = pos + v214
        v216 = ListContainer()
        while pos < end215:
            fb217 = pos
            try:
                v218, pos = _parse_extension_4(data, pos, end215, p_key_exchange)
                v216.append(v218)
            except ExplicitError:
                raise
            except Exception:
                pos = fb217
                break
        if pos < end215:
            raise ExplicitError(f"{end215 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end215
        v213 = v216
    return _Container_body_encrypted_extensions(extensions=v213), pos


def _parse_body_certificate_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context -> certificate_request_context_length -> certificate_request_context_length", 1, end - pos)
    v219 = data[pos]
    pos += 1
    if end - pos < v219:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context", v219, end - pos)
    v220 = data[pos:pos + v219]
    pos += v219
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v221 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v221:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v221, end - pos)
    end222 = pos + v221
    v223 = ListContainer()
    while pos < end222:
        fb224 = pos
        try:
            v225, pos = _parse_certificate_entry(data, pos, end222, p_key_exchange)
            v223.append(v225)
        except ExplicitError:
            raise
        except Exception:
            pos = fb224
            break
    if pos < end222:
        raise ExplicitError(f"{end222 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end222
    return _Container_body_certificate_TLS13(certificate_request_context=v220, certificate_list=v223), pos


def _parse_body_certificate_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v226 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v226:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v226, end - pos)
    end227 = pos + v226
    v228 = ListContainer()
    while pos < end227:
        fb229 = pos
        try:
            if end227 - pos < 3:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate -> certificate_length -> certificate_length", 3, end227 - pos)
            v230 = int.from_bytes(data[pos:pos + 3], "big")
            pos += 3
            if end227 - pos < v230:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate", v230, end227 - pos)
            v231 = data[pos:pos + v230]
            pos += v230
            v228.append(v231)
        except ExplicitError:
            raise
        except Exception:
            pos = fb229
            break
    if pos < end227:
        raise ExplicitError(f"{end227 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end227
    return _Container_body_certificate_default(certificate_list=v228), pos


def _parse_body_server_key_exchange_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v232, pos = _parse_params(data, pos, end, p_key_exchange)
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v233 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v233:
        raise _short("(parsing) -> body -> body -> signature -> signature", v233, end - pos)
    v234 = data[pos:pos + v233]
    pos += v233
    return _Container_body_server_key_exchange_ECDHE(params=v232, signature=v234), pos


def _parse_body_server_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v235 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v235:
        raise _short("(parsing) -> body -> body -> signature -> signature", v235, end - pos)
    v236 = data[pos:pos + v235]
    pos += v235
    return _Container_body_server_key_exchange_ECC(signature=v236), pos


def _parse_body_server_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v237 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v237:
        raise _short("(parsing) -> body -> body -> params -> params", v237, end - pos)
    v238 = data[pos:pos + v237]
    pos += v237
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v239 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v239:
        raise _short("(parsing) -> body -> body -> signature -> signature", v239, end - pos)
    v240 = data[pos:pos + v239]
    pos += v239
    return _Container_body_server_key_exchange_ECDHE(params=v238, signature=v240), pos


def _parse_body_server_key_exchange_IBC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v241 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v241:
        raise _short("(parsing) -> body -> body -> signature -> signature", v241, end - pos)
    v242 = data[pos:pos + v241]
    pos += v241
    return _Container_body_server_key_exchange_ECC(signature=v242), pos


def _parse_body_server_key_exchange_RSA(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v243 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v243:
        raise _short("(parsing) -> body -> body -> signature -> signature", v243, end - pos)
    v244 = data[pos:pos + v243]
    pos += v243
    return _Container_body_server_key_exchange_ECC(signature=v244), pos


def _parse_body_server_key_exchange_TLS_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v245, pos = _parse_params(data, pos, end, p_key_exchange)
    ok247 = False
    fb248 = pos
    v246: Any = None
    try:
        v249, pos = _parse_signed_alt1(data, pos, end, p_key_exchange)
        v246 = v249
        ok247 = True
    except ExplicitError:
        raise
    except Exception:
        pos = fb248
    if not ok247:
        try:
            v250, pos = _parse_signed_alt2(data, pos, end, p_key_exchange)
            v246 = v250
            ok247 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb248
    if not ok247:
        try:
            if pos < end:
                raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
            v246 = None
            ok247 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb248
    if not ok247:
        raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> signed -> signed")
    return _Container_body_server_key_exchange_TLS_ECDHE(params=v245, signed=v246), pos


def _parse_body_server_key_exchange_TLS_DHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v251, pos = _parse_params_2(data, pos, end, p_key_exchange)
    ok253 = False
    fb254 = pos
    v252: Any = None
    try:
        v255, pos = _parse_signed_alt1(data, pos, end, p_key_exchange)
        v252 = v255
        ok253 = True
    except ExplicitError:
        raise
    except Exception:
        pos = fb254
    if not ok253:
        try:
            v256, pos = _parse_signed_alt2(data, pos, end, p_key_exchange)
            v252 = v256
            ok253 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb254
    if not ok253:
        try:
            if pos < end:
                raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
            v252 = None
            ok253 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb254
    if not ok253:
        raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> signed -> signed")
    return _Container_body_server_key_exchange_TLS_ECDHE(params=v251, signed=v252), pos


def _parse_body_certificate_request_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context -> certificate_request_context_length -> certificate_request_context_length", 1, end - pos)
    v257 = data[pos]
    pos += 1
    if end - pos < v257:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context", v257, end - pos)
    v258 = data[pos:pos + v257]
    pos += v257
    v259: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v260 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v260:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v260, end - pos)
        end261 = pos + v260
        v262 = ListContainer()
        while pos < end261:
            fb263 = pos
            try:
                v264, pos = _parse_extension_5(data, pos, end261, p_key_exchange)
                v262.append(v264)
            except ExplicitError:
                raise
            except Exception:
                pos = fb263
                break
        if pos < end261:
            raise ExplicitError(f"{end261 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end261
        v259 = v262
    return _Container_body_certificate_request_TLS13(certificate_request_context=v258, extensions=v259), pos


def _parse_body_certificate_request_TLS_DH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v265 = data[pos]
    pos += 1
    if end - pos < v265:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v265, end - pos)
    end266 = pos + v265
    n268 = end266 - pos
    v267 = ListContainer(map(_NAMES_certificate_type.__getitem__, data[pos:pos + n268]))
    pos += n268
    if pos < end266:
        raise ExplicitError(f"{end266 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end266
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms -> signature_algorithms_length -> signature_algorithms_length", 2, end - pos)
    v269 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v269:
        raise _short("(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms", v269, end - pos)
    end270 = pos + v269
    n272 = (end270 - pos) // 2
    v271 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n272}H", data, pos)))
    pos += n272 * 2
    if pos < end270:
        raise ExplicitError(f"{end270 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms")
    pos = end270
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v273 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v273:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v273, end - pos)
    end274 = pos + v273
    v275 = ListContainer()
    while pos < end274:
        fb276 = pos
        try:
            if end274 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end274 - pos)
            v277 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end274 - pos < v277:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v277, end274 - pos)
            v278 = data[pos:pos + v277]
            pos += v277
            v275.append(v278)
        except ExplicitError:
            raise
        except Exception:
            pos = fb276
            break
    if pos < end274:
        raise ExplicitError(f"{end274 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end274
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_request_TLS_DH_alt1(certificate_types=v267, supported_signature_algorithms=v271, certificate_authorities=v275), pos


def _parse_body_certificate_request_TLS_DH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v279 = data[pos]
    pos += 1
    if end - pos < v279:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v279, end - pos)
    end280 = pos + v279
    n282 = end280 - pos
    v281 = ListContainer(map(_NAMES_certificate_type.__getitem__, data[pos:pos + n282]))
    pos += n282
    if pos < end280:
        raise ExplicitError(f"{end280 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end280
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v283 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v283:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v283, end - pos)
    end284 = pos + v283
    v285 = ListContainer()
    while pos < end284:
        fb286 = pos
        try:
            if end284 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end284 - pos)
            v287 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end284 - pos < v287:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v287, end284 - pos)
            v288 = data[pos:pos + v287]
            pos += v287
            v285.append(v288)
        except ExplicitError:
            raise
        except Exception:
            pos = fb286
            break
    if pos < end284:
        raise ExplicitError(f"{end284 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end284
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_request_TLS_DH_alt2(certificate_types=v281, certificate_authorities=v285), pos


def _parse_body_certificate_request_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v289 = data[pos]
    pos += 1
    if end - pos < v289:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v289, end - pos)
    end290 = pos + v289
    n292 = end290 - pos
    v291 = ListContainer(map(_NAMES_certificate_type.__getitem__, data[pos:pos + n292]))
    pos += n292
    if pos < end290:
        raise ExplicitError(f"{end290 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end290
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v293 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v293:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v293, end - pos)
    end294 = pos + v293
    v295 = ListContainer()
    while pos < end294:
        fb296 = pos
        try:
            if end294 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end294 - pos)
            v297 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end294 - pos < v297:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v297, end294 - pos)
            v298 = data[pos:pos + v297]
            pos += v297
            v295.append(v298)
        except ExplicitError:
            raise
        except Exception:
            pos = fb296
            break
    if pos < end294:
        raise ExplicitError(f"{end294 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end294
    return _Container_body_certificate_request_TLS_DH_alt2(certificate_types=v291, certificate_authorities=v295), pos


def _parse_body_certificate_verify_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v299 = _unpack_be_H(data, pos)[0]
    pos += 2
    v300 = _NAMES_signature_algorithm[v299]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v301 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v301:
        raise _short("(parsing) -> body -> body -> signature -> signature", v301, end - pos)
    v302 = data[pos:pos + v301]
    pos += v301
    return _Container_body_certificate_verify_TLS13(algorithm=v300, signature=v302), pos


def _parse_body_certificate_verify_TLS_DH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v303 = _unpack_be_H(data, pos)[0]
    pos += 2
    v304 = _NAMES_signature_algorithm[v303]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v305 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v305:
        raise _short("(parsing) -> body -> body -> signature -> signature", v305, end - pos)
    v306 = data[pos:pos + v305]
    pos += v305
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v304, signature=v306), pos


def _parse_body_certificate_verify_TLS_DH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v307 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v307:
        raise _short("(parsing) -> body -> body -> signature -> signature", v307, end - pos)
    v308 = data[pos:pos + v307]
    pos += v307
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v308), pos


def _parse_body_certificate_verify_TLS_DHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v309 = _unpack_be_H(data, pos)[0]
    pos += 2
    v310 = _NAMES_signature_algorithm[v309]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v311 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v311:
        raise _short("(parsing) -> body -> body -> signature -> signature", v311, end - pos)
    v312 = data[pos:pos + v311]
    pos += v311
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v310, signature=v312), pos


def _parse_body_certificate_verify_TLS_DHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v313 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v313:
        raise _short("(parsing) -> body -> body -> signature -> signature", v313, end - pos)
    v314 = data[pos:pos + v313]
    pos += v313
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v314), pos


def _parse_body_certificate_verify_TLS_ECCPWD_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v315 = _unpack_be_H(data, pos)[0]
    pos += 2
    v316 = _NAMES_signature_algorithm[v315]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v317 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v317:
        raise _short("(parsing) -> body -> body -> signature -> signature", v317, end - pos)
    v318 = data[pos:pos + v317]
    pos += v317
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v316, signature=v318), pos


def _parse_body_certificate_verify_TLS_ECCPWD_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v319 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v319:
        raise _short("(parsing) -> body -> body -> signature -> signature", v319, end - pos)
    v320 = data[pos:pos + v319]
    pos += v319
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v320), pos


def _parse_body_certificate_verify_TLS_ECDH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v321 = _unpack_be_H(data, pos)[0]
    pos += 2
    v322 = _NAMES_signature_algorithm[v321]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v323 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v323:
        raise _short("(parsing) -> body -> body -> signature -> signature", v323, end - pos)
    v324 = data[pos:pos + v323]
    pos += v323
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v322, signature=v324), pos


def _parse_body_certificate_verify_TLS_ECDH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v325 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v325:
        raise _short("(parsing) -> body -> body -> signature -> signature", v325, end - pos)
    v326 = data[pos:pos + v325]
    pos += v325
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v326), pos


def _parse_body_certificate_verify_TLS_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v327 = _unpack_be_H(data, pos)[0]
    pos += 2
    v328 = _NAMES_signature_algorithm[v327]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v329 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v329:
        raise _short("(parsing) -> body -> body -> signature -> signature", v329, end - pos)
    v330 = data[pos:pos + v329]
    pos += v329
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v328, signature=v330), pos


def _parse_body_certificate_verify_TLS_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v331 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v331:
        raise _short("(parsing) -> body -> body -> signature -> signature", v331, end - pos)
    v332 = data[pos:pos + v331]
    pos += v331
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v332), pos


def _parse_body_certificate_verify_TLS_KRB5_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v333 = _unpack_be_H(data, pos)[0]
    pos += 2
    v334 = _NAMES_signature_algorithm[v333]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v335 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v335:
        raise _short("(parsing) -> body -> body -> signature -> signature", v335, end - pos)
    v336 = data[pos:pos + v335]
    pos += v335
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v334, signature=v336), pos


def _parse_body_certificate_verify_TLS_KRB5_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v337 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v337:
        raise _short("(parsing) -> body -> body -> signature -> signature", v337, end - pos)
    v338 = data[pos:pos + v337]
    pos += v337
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v338), pos


def _parse_body_certificate_verify_TLS_NULL_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v339 = _unpack_be_H(data, pos)[0]
    pos += 2
    v340 = _NAMES_signature_algorithm[v339]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v341 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v341:
        raise _short("(parsing) -> body -> body -> signature -> signature", v341, end - pos)
    v342 = data[pos:pos + v341]
    pos += v341
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v340, signature=v342), pos


def _parse_body_certificate_verify_TLS_NULL_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v343 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v343:
        raise _short("(parsing) -> body -> body -> signature -> signature", v343, end - pos)
    v344 = data[pos:pos + v343]
    pos += v343
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v344), pos


def _parse_body_certificate_verify_TLS_PSK_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v345 = _unpack_be_H(data, pos)[0]
    pos += 2
    v346 = _NAMES_signature_algorithm[v345]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v347 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v347:
        raise _short("(parsing) -> body -> body -> signature -> signature", v347, end - pos)
    v348 = data[pos:pos + v347]
    pos += v347
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v346, signature=v348), pos


def _parse_body_certificate_verify_TLS_PSK_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v349 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v349:
        raise _short("(parsing) -> body -> body -> signature -> signature", v349, end - pos)
    v350 = data[pos:pos + v349]
    pos += v349
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v350), pos


def _parse_body_certificate_verify_TLS_RSA_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v351 = _unpack_be_H(data, pos)[0]
    pos += 2
    v352 = _NAMES_signature_algorithm[v351]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v353 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v353:
        raise _short("(parsing) -> body -> body -> signature -> signature", v353, end - pos)
    v354 = data[pos:pos + v353]
    pos += v353
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v352, signature=v354), pos


def _parse_body_certificate_verify_TLS_RSA_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v355 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v355:
        raise _short("(parsing) -> body -> body -> signature -> signature", v355, end - pos)
    v356 = data[pos:pos + v355]
    pos += v355
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v356), pos


def _parse_body_certificate_verify_TLS_SRP_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v357 = _unpack_be_H(data, pos)[0]
    pos += 2
    v358 = _NAMES_signature_algorithm[v357]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v359 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v359:
        raise _short("(parsing) -> body -> body -> signature -> signature", v359, end - pos)
    v360 = data[pos:pos + v359]
    pos += v359
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v358, signature=v360), pos


def _parse_body_certificate_verify_TLS_SRP_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v361 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v361:
        raise _short("(parsing) -> body -> body -> signature -> signature", v361, end - pos)
    v362 = data[pos:pos + v361]
    pos += v361
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v362), pos


def _parse_body_certificate_verify_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v363 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v363:
        raise _short("(parsing) -> body -> body -> signature -> signature", v363, end - pos)
    v364 = data[pos:pos + v363]
    pos += v363
    return _Container_body_server_key_exchange_ECC(signature=v364), pos


def _parse_body_client_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master -> encrypted_pre_master_length -> encrypted_pre_master_length", 2, end - pos)
    v365 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v365:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master", v365, end - pos)
    v366 = data[pos:pos + v365]
    pos += v365
    return _Container_body_client_key_exchange_ECC(encrypted_pre_master=v366), pos


def _parse_body_client_key_exchange_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v367, pos = _parse_params_3(data, pos, end, p_key_exchange)
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_client_key_exchange_ECDHE_alt1(params=v367), pos


def _parse_body_client_key_exchange_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v368 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v368:
        raise _short("(parsing) -> body -> body -> params -> params", v368, end - pos)
    end369 = pos + v368
    v370, pos = _parse_params_3(data, pos, end369, p_key_exchange)
    pos = end369
    return _Container_body_client_key_exchange_ECDHE_alt1(params=v370), pos


def _parse_body_client_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v371 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v371:
        raise _short("(parsing) -> body -> body -> params -> params", v371, end - pos)
    v372 = data[pos:pos + v371]
    pos += v371
    return _Container_body_client_key_exchange_ECDHE_alt1(params=v372), pos


def _parse_body_client_key_exchange_TLS_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> point -> point -> point_length -> point_length", 1, end - pos)
    v373 = data[pos]
    pos += 1
    if end - pos < v373:
        raise _short("(parsing) -> body -> body -> point -> point", v373, end - pos)
    v374 = data[pos:pos + v373]
    pos += v373
    return _Container_body_client_key_exchange_TLS_ECDHE(point=v374), pos


def _parse_body_client_key_exchange_TLS_DHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> dh_Yc -> dh_Yc -> dh_Yc_length -> dh_Yc_length", 2, end - pos)
    v375 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v375:
        raise _short("(parsing) -> body -> body -> dh_Yc -> dh_Yc", v375, end - pos)
    v376 = data[pos:pos + v375]
    pos += v375
    return _Container_body_client_key_exchange_TLS_DHE(dh_Yc=v376), pos


def _parse_body_finished_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v377 = data[pos:end]
    pos = end
    return _Container_body_finished_TLS13(verify_data=v377), pos


def _parse_body_finished_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 12:
        raise _short("(parsing) -> body -> body -> verify_data -> verify_data", 12, end - pos)
    v378 = data[pos:pos + 12]
    pos += 12
    return _Container_body_finished_TLS13(verify_data=v378), pos


def _parse_body_key_update(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> request_update -> request_update", 1, end - pos)
    v379 = data[pos]
    pos += 1
    v380 = _NAMES_request_update[v379]
    return _Container_body_key_update(request_update=v380), pos


def _parse_body_compressed_certificate(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v381 = _unpack_be_H(data, pos)[0]
    pos += 2
    v382 = _NAMES_algorithm[v381]
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> uncompressed_length -> uncompressed_length", 3, end - pos)
    v383 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> compressed_certificate_message -> compressed_certificate_message -> compressed_length -> compressed_length", 3, end - pos)
    v384 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v384:
        raise _short("(parsing) -> body -> body -> compressed_certificate_message -> compressed_certificate_message", v384, end - pos)
    v385 = data[pos:pos + v384]
    pos += v384
    return _Container_body_compressed_certificate(algorithm=v382, uncompressed_length=v383, compressed_certificate_message=v385), pos


def _parse_random(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> random -> random -> gmt_unix_time -> gmt_unix_time", 4, end - pos)
    v386 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 28:
        raise _short("(parsing) -> body -> body -> random -> random -> random_bytes -> random_bytes", 28, end - pos)
    v387 = data[pos:pos + 28]
    pos += 28
    return _Container_random(gmt_unix_time=v386, random_bytes=v387), pos


def _parse_extension(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v388 = _unpack_be_H(data, pos)[0]
    pos += 2
    v389 = _NAMES_type[v388]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v390 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v390:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v390, end - pos)
    end391 = pos + v390
    v392: Any
    k393 = _CASES_data.get(v389, -1)
    if k393 == 0:
        v394: Any = None
        if pos < end391:
            if end391 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end391 - pos)
            v395 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end391 - pos < v395:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v395, end391 - pos)
            end396 = pos + v395
            v397 = ListContainer()
            while pos < end396:
                fb398 = pos
                try:
                    v399, pos = _parse_server_name(data, pos, end396, p_key_exchange)
                    v397.append(v399)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb398
                    break
            if pos < end396:
                raise ExplicitError(f"{end396 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end396
            v394 = v397
        v392 = v394
    elif k393 == 1:
        if end391 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end391 - pos)
        v400 = data[pos]
        pos += 1
        if end391 - pos < v400:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v400, end391 - pos)
        v401 = data[pos:pos + v400]
        pos += v400
        v392 = v401
    elif k393 == 2:
        if end391 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_groups_length -> supported_groups_length", 2, end391 - pos)
        v402 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end391 - pos < v402:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v402, end391 - pos)
        end403 = pos + v402
        n405 = (end403 - pos) // 2
        v404 = ListContainer(map(_NAMES_supported_group.__getitem__, struct.unpack_from(f">{n405}H", data, pos)))
        pos += n405 * 2
        if pos < end403:
            raise ExplicitError(f"{end403 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end403
        v392 = v404
    elif k393 == 3:
        if end391 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> ec_point_formats_length -> ec_point_formats_length", 1, end391 - pos)
        v406 = data[pos]
        pos += 1
        if end391 - pos < v406:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v406, end391 - pos)
        end407 = pos + v406
        n409 = end407 - pos
        v408 = ListContainer(map(_NAMES_ec_point_format.__getitem__, data[pos:pos + n409]))
        pos += n409
        if pos < end407:
            raise ExplicitError(f"{end407 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end407
        v392 = v408
    elif k393 == 4:
        if end391 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end391 - pos)
        v410 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end391 - pos < v410:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v410, end391 - pos)
        end411 = pos + v410
        n413 = (end411 - pos) // 2
        v412 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n413}H", data, pos)))
        pos += n413 * 2
        if pos < end411:
            raise ExplicitError(f"{end411 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end411
        v392 = v412
    elif k393 == 5:
        if end391 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end391 - pos)
        v414 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end391 - pos < v414:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v414, end391 - pos)
        end415 = pos + v414
        n417 = (end415 - pos) // 2
        v416 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n417}H", data, pos)))
        pos += n417 * 2
        if pos < end415:
            raise ExplicitError(f"{end415 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end415
        v392 = v416
    elif k393 == 6:
        if end391 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end391 - pos)
        v418 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end391 - pos < v418:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v418, end391 - pos)
        end419 = pos + v418
        v420 = ListContainer()
        while pos < end419:
            fb421 = pos
            try:
                if end419 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end419 - pos)
                v422 = data[pos]
                pos += 1
                if end419 - pos < v422:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v422, end419 - pos)
                v423 = data[pos:pos + v422]
                pos += v422
                v420.append(v423)
            except ExplicitError:
                raise
            except Exception:
                pos = fb421
                break
        if pos < end419:
            raise ExplicitError(f"{end419 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end419
        v392 = v420
    elif k393 == 7:
        if end391 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_versions_length -> supported_versions_length", 1, end391 - pos)
        v424 = data[pos]
        pos += 1
        if end391 - pos < v424:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v424, end391 - pos)
        end425 = pos + v424
        n427 = (end425 - pos) // 2
        v426 = ListContainer(map(_NAMES_supported_version.__getitem__, struct.unpack_from(f">{n427}H", data, pos)))
        pos += n427 * 2
        if pos < end425:
            raise ExplicitError(f"{end425 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end425
        v392 = v426
    elif k393 == 8:
        if end391 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> client_shares_length -> client_shares_length", 2, end391 - pos)
        v428 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end391 - pos < v428:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v428, end391 - pos)
        end429 = pos + v428
        v430 = ListContainer()
        while pos < end429:
            fb431 = pos
            try:
                v432, pos = _parse_key_share_entry(data, pos, end429, p_key_exchange)
                v430.append(v432)
            except ExplicitError:
                raise
            except Exception:
                pos = fb431
                break
        if pos < end429:
            raise ExplicitError(f"{end429 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end429
        v392 = v430
    elif k393 == 9:
        v433, pos = _parse_data_pre_shared_key(data, pos, end391, p_key_exchange)
        v392 = v433
    elif k393 == 10:
        if end391 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> psk_ke_modes_length -> psk_ke_modes_length", 1, end391 - pos)
        v434 = data[pos]
        pos += 1
        if end391 - pos < v434:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v434, end391 - pos)
        end435 = pos + v434
        n437 = end435 - pos
        v436 = ListContainer(map(_NAMES_psk_ke_mode.__getitem__, data[pos:pos + n437]))
        pos += n437
        if pos < end435:
            raise ExplicitError(f"{end435 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end435
        v392 = v436
    elif k393 == 11:
        if end391 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> cookie_length -> cookie_length", 2, end391 - pos)
        v438 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end391 - pos < v438:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v438, end391 - pos)
        v439 = data[pos:pos + v438]
        pos += v438
        v392 = v439
    else:
        v440 = data[pos:end391]
        pos = end391
        v392 = v440
    pos = end391
    return _Container_extension(type=v389, data=v392), pos


def _parse_extension_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v441 = _unpack_be_H(data, pos)[0]
    pos += 2
    v442 = _NAMES_type[v441]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v443 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v443:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v443, end - pos)
    end444 = pos + v443
    v445: Any
    k446 = _CASES_data_2.get(v442, -1)
    if k446 == 0:
        v447: Any = None
        if pos < end444:
            if end444 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end444 - pos)
            v448 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end444 - pos < v448:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v448, end444 - pos)
            end449 = pos + v448
            v450 = ListContainer()
            while pos < end449:
                fb451 = pos
                try:
                    v452, pos = _parse_server_name(data, pos, end449, p_key_exchange)
                    v450.append(v452)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb451
                    break
            if pos < end449:
                raise ExplicitError(f"{end449 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end449
            v447 = v450
        v445 = v447
    elif k446 == 1:
        if end444 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end444 - pos)
        v453 = data[pos]
        pos += 1
        if end444 - pos < v453:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v453, end444 - pos)
        v454 = data[pos:pos + v453]
        pos += v453
        v445 = v454
    elif k446 == 2:
        if end444 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> ec_point_formats_length -> ec_point_formats_length", 1, end444 - pos)
        v455 = data[pos]
        pos += 1
        if end444 - pos < v455:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v455, end444 - pos)
        end456 = pos + v455
        n458 = end456 - pos
        v457 = ListContainer(map(_NAMES_ec_point_format.__getitem__, data[pos:pos + n458]))
        pos += n458
        if pos < end456:
            raise ExplicitError(f"{end456 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end456
        v445 = v457
    elif k446 == 3:
        if end444 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end444 - pos)
        v459 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end444 - pos < v459:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v459, end444 - pos)
        end460 = pos + v459
        v461 = ListContainer()
        while pos < end460:
            fb462 = pos
            try:
                if end460 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end460 - pos)
                v463 = data[pos]
                pos += 1
                if end460 - pos < v463:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v463, end460 - pos)
                v464 = data[pos:pos + v463]
                pos += v463
                v461.append(v464)
            except ExplicitError:
                raise
            except Exception:
                pos = fb462
                break
        if pos < end460:
            raise ExplicitError(f"{end460 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end460
        v445 = v461
    elif k446 == 4:
        if end444 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_version -> selected_version", 2, end444 - pos)
        v465 = _unpack_be_H(data, pos)[0]
        pos += 2
        v466 = _NAMES_supported_version[v465]
        v445 = v466
    elif k446 == 5:
        ok468 = False
        fb469 = pos
        v467: Any = None
        try:
            v470, pos = _parse_data_key_share_alt1(data, pos, end444, p_key_exchange)
            v467 = v470
            ok468 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb469
        if not ok468:
            try:
                v471, pos = _parse_data_key_share_alt2(data, pos, end444, p_key_exchange)
                v467 = v471
                ok468 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb469
        if not ok468:
            raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        v445 = v467
    elif k446 == 6:
        if end444 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_identity -> selected_identity", 2, end444 - pos)
        v472 = _unpack_be_H(data, pos)[0]
        pos += 2
        v445 = v472
    elif k446 == 7:
        if end444 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> cookie_length -> cookie_length", 2, end444 - pos)
        v473 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end444 - pos < v473:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v473, end444 - pos)
        v474 = data[pos:pos + v473]
        pos += v473
        v445 = v474
    else:
        v475 = data[pos:end444]
        pos = end444
        v445 = v475
    pos = end444
    return _Container_extension(type=v442, data=v445), pos


def _parse_extension_3(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v476 = _unpack_be_H(data, pos)[0]
    pos += 2
    v477 = _NAMES_type[v476]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v478 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v478:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v478, end - pos)
    end479 = pos + v478
    v480: Any
    k481 = _CASES_data_3.get(v477, -1)
    if k481 == 0:
        v482: Any = None
        if pos < end479:
            if end479 - pos < 4:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> max_early_data_size -> max_early_data_size", 4, end479 - pos)
            v483 = _unpack_be_L(data, pos)[0]
            pos += 4
            v482 = v483
        v480 = v482
    else:
        v484 = data[pos:end479]
        pos = end479
        v480 = v484
    pos = end479
    return _Container_extension(type=v477, data=v480), pos


def _parse_extension_4(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v485 = _unpack_be_H(data, pos)[0]
    pos += 2
    v486 = _NAMES_type[v485]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v487 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v487:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v487, end - pos)
    end488 = pos + v487
    v489: Any
    k490 = _CASES_data_4.get(v486, -1)
    if k490 == 0:
        v491: Any = None
        if pos < end488:
            if end488 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end488 - pos)
            v492 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end488 - pos < v492:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v492, end488 - pos)
            end493 = pos + v492
            v494 = ListContainer()
            while pos < end493:
                fb495 = pos
                try:
                    v496, pos = _parse_server_name(data, pos, end493, p_key_exchange)
                    v494.append(v496)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb495
                    break
            if pos < end493:
                raise ExplicitError(f"{end493 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end493
            v491 = v494
        v489 = v491
    elif k490 == 1:
        if end488 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_groups_length -> supported_groups_length", 2, end488 - pos)
        v497 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end488 - pos < v497:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v497, end488 - pos)
        end498 = pos + v497
        n500 = (end498 - pos) // 2
        v499 = ListContainer(map(_NAMES_supported_group.__getitem__, struct.unpack_from(f">{n500}H", data, pos)))
        pos += n500 * 2
        if pos < end498:
            raise ExplicitError(f"{end498 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end498
        v489 = v499
    elif k490 == 2:
        if end488 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end488 - pos)
        v501 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end488 - pos < v501:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v501, end488 - pos)
        end502 = pos + v501
        v503 = ListContainer()
        while pos < end502:
            fb504 = pos
            try:
                if end502 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end502 - pos)
                v505 = data[pos]
                pos += 1
                if end502 - pos < v505:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v505, end502 - pos)
                v506 = data[pos:pos + v505]
                pos += v505
                v503.append(v506)
            except ExplicitError:
                raise
            except Exception:
                pos = fb504
                break
        if pos < end502:
            raise ExplicitError(f"{end502 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end502
        v489 = v503
    else:
        v507 = data[pos:end488]
        pos = end488
        v489 = v507
    pos = end488
    return _Container_extension(type=v486, data=v489), pos


def _parse_certificate_entry(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> cert_data -> cert_data -> certificate_length -> certificate_length", 3, end - pos)
    v508 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v508:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> cert_data -> cert_data", v508, end - pos)
    v509 = data[pos:pos + v508]
    pos += v508
    v510: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v511 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v511:
            raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions", v511, end - pos)
        end512 = pos + v511
        v513 = ListContainer()
        while pos < end512:
            fb514 = pos
            try:
                v515, pos = _parse_extension_6(data, pos, end512, p_key_exchange)
                v513.append(v515)
            except ExplicitError:
                raise
            except Exception:
                pos = fb514
                break
        if pos < end512:
            raise ExplicitError(f"{end512 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions")
        pos = end512
        v510 = v513
    return _Container_certificate_entry(cert_data=v509, extensions=v510), pos


def _parse_params(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> curve_type -> curve_type", 1, end - pos)
    v516 = data[pos]
    pos += 1
    v517 = _NAMES_curve_type[v516]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> named_curve -> named_curve", 2, end - pos)
    v518 = _unpack_be_H(data, pos)[0]
    pos += 2
    v519 = _NAMES_supported_group[v518]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point -> point_length -> point_length", 1, end - pos)
    v520 = data[pos]
    pos += 1
    if end - pos < v520:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v520, end - pos)
    v521 = data[pos:pos + v520]
    pos += v520
    return _Container_params(curve_type=v517, named_curve=v519, point=v521), pos


def _parse_signed_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> algorithm -> algorithm", 2, end - pos)
    v522 = _unpack_be_H(data, pos)[0]
    pos += 2
    v523 = _NAMES_signature_algorithm[v522]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v524 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v524:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature", v524, end - pos)
    v525 = data[pos:pos + v524]
    pos += v524
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
    return _Container_body_certificate_verify_TLS13(algorithm=v523, signature=v525), pos


def _parse_signed_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v526 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v526:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature", v526, end - pos)
    v527 = data[pos:pos + v526]
    pos += v526
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
    return _Container_body_server_key_exchange_ECC(signature=v527), pos


def _parse_params_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_p -> dh_p -> dh_p_length -> dh_p_length", 2, end - pos)
    v528 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v528:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_p -> dh_p", v528, end - pos)
    v529 = data[pos:pos + v528]
    pos += v528
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_g -> dh_g -> dh_g_length -> dh_g_length", 2, end - pos)
    v530 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v530:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_g -> dh_g", v530, end - pos)
    v531 = data[pos:pos + v530]
    pos += v530
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_Ys -> dh_Ys -> dh_Ys_length -> dh_Ys_length", 2, end - pos)
    v532 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v532:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_Ys -> dh_Ys", v532, end - pos)
    v533 = data[pos:pos + v532]
    pos += v532
    return _Container_params_2(dh_p=v529, dh_g=v531, dh_Ys=v533), pos


def _parse_extension_5(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v534 = _unpack_be_H(data, pos)[0]
    pos += 2
    v535 = _NAMES_type[v534]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v536 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v536:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v536, end - pos)
    end537 = pos + v536
    v538: Any
    k539 = _CASES_data_5.get(v535, -1)
    if k539 == 0:
        if end537 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end537 - pos)
        v540 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end537 - pos < v540:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v540, end537 - pos)
        end541 = pos + v540
        n543 = (end541 - pos) // 2
        v542 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n543}H", data, pos)))
        pos += n543 * 2
        if pos < end541:
            raise ExplicitError(f"{end541 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end541
        v538 = v542
    elif k539 == 1:
        if end537 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end537 - pos)
        v544 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end537 - pos < v544:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v544, end537 - pos)
        end545 = pos + v544
        n547 = (end545 - pos) // 2
        v546 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n547}H", data, pos)))
        pos += n547 * 2
        if pos < end545:
            raise ExplicitError(f"{end545 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end545
        v538 = v546
    elif k539 == 2:
        if end537 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_names_length -> distinguished_names_length", 2, end537 - pos)
        v548 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end537 - pos < v548:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v548, end537 - pos)
        end549 = pos + v548
        v550 = ListContainer()
        while pos < end549:
            fb551 = pos
            try:
                if end549 - pos < 2:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end549 - pos)
                v552 = _unpack_be_H(data, pos)[0]
                pos += 2
                if end549 - pos < v552:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_name -> distinguished_name", v552, end549 - pos)
                v553 = data[pos:pos + v552]
                pos += v552
                v550.append(v553)
            except ExplicitError:
                raise
            except Exception:
                pos = fb551
                break
        if pos < end549:
            raise ExplicitError(f"{end549 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end549
        v538 = v550
    else:
        v554 = data[pos:end537]
        pos = end537
        v538 = v554
    pos = end537
    return _Container_extension(type=v535, data=v538), pos


def _parse_params_3(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> curve_type -> curve_type", 1, end - pos)
    v555 = data[pos]
    pos += 1
    v556 = _NAMES_curve_type[v555]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> named_curve -> named_curve", 2, end - pos)
    v557 = _unpack_be_H(data, pos)[0]
    pos += 2
    v558 = _NAMES_supported_group[v557]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point -> point_length -> point_length", 1, end - pos)
    v559 = data[pos]
    pos += 1
    if end - pos < v559:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v559, end - pos)
    v560 = data[pos:pos + v559]
    pos += v559
    return _Container_params(curve_type=v556, named_curve=v558, point=v560), pos


def _parse_server_name(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name_type -> name_type", 1, end - pos)
    v561 = data[pos]
    pos += 1
    v562 = _NAMES_name_type[v561]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name -> name_length -> name_length", 2, end - pos)
    v563 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v563:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name", v563, end - pos)
    v564 = data[pos:pos + v563]
    pos += v563
    return _Container_server_name(name_type=v562, name=v564), pos


def _parse_key_share_entry(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> group -> group", 2, end - pos)
    v565 = _unpack_be_H(data, pos)[0]
    pos += 2
    v566 = _NAMES_supported_group[v565]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> key_exchange -> key_exchange -> key_exchange_length -> key_exchange_length", 2, end - pos)
    v567 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v567:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> key_exchange -> key_exchange", v567, end - pos)
    v568 = data[pos:pos + v567]
    pos += v567
    return _Container_key_share_entry(group=v566, key_exchange=v568), pos


def _parse_data_pre_shared_key(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identities_length -> identities_length", 2, end - pos)
    v569 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v569:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities", v569, end - pos)
    end570 = pos + v569
    v571 = ListContainer()
    while pos < end570:
        fb572 = pos
        try:
            v573, pos = _parse_identity(data, pos, end570, p_key_exchange)
            v571.append(v573)
        except ExplicitError:
            raise
        except Exception:
            pos = fb572
            break
    if pos < end570:
        raise ExplicitError(f"{end570 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities")
    pos = end570
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binders_length -> binders_length", 2, end - pos)
    v574 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v574:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders", v574, end - pos)
    end575 = pos + v574
    v576 = ListContainer()
    while pos < end575:
        fb577 = pos
        try:
            if end575 - pos < 1:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binder -> binder -> binder_length -> binder_length", 1, end575 - pos)
            v578 = data[pos]
            pos += 1
            if end575 - pos < v578:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binder -> binder", v578, end575 - pos)
            v579 = data[pos:pos + v578]
            pos += v578
            v576.append(v579)
        except ExplicitError:
            raise
        except Exception:
            pos = fb577
            break
    if pos < end575:
        raise ExplicitError(f"{end575 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders")
    pos = end575
    return _Container_data_pre_shared_key(identities=v571, binders=v576), pos


def _parse_data_key_share_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v580, pos = _parse_server_share(data, pos, end, p_key_exchange)
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
    return _Container_data_key_share_alt1(server_share=v580), pos


def _parse_data_key_share_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_group -> selected_group", 2, end - pos)
    v581 = _unpack_be_H(data, pos)[0]
    pos += 2
    v582 = _NAMES_supported_group[v581]
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
    return _Container_data_key_share_alt2(selected_group=v582), pos


def _parse_extension_6(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v583 = _unpack_be_H(data, pos)[0]
    pos += 2
    v584 = _NAMES_type[v583]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v585 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v585:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> data -> data", v585, end - pos)
    end586 = pos + v585
    v587: Any
    v588 = data[pos:end586]
    pos = end586
    v587 = v588
    pos = end586
    return _Container_extension(type=v584, data=v587), pos


def _parse_identity(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> identity -> identity -> identity_length -> identity_length", 2, end - pos)
    v589 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v589:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> identity -> identity", v589, end - pos)
    v590 = data[pos:pos + v589]
    pos += v589
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> obfuscated_ticket_age -> obfuscated_ticket_age", 4, end - pos)
    v591 = _unpack_be_L(data, pos)[0]
    pos += 4
    return _Container_identity(identity=v590, obfuscated_ticket_age=v591), pos


def _parse_server_share(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> group -> group", 2, end - pos)
    v592 = _unpack_be_H(data, pos)[0]
    pos += 2
    v593 = _NAMES_supported_group[v592]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> key_exchange -> key_exchange -> key_exchange_length -> key_exchange_length", 2, end - pos)
    v594 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v594:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> key_exchange -> key_exchange", v594, end - pos)
    v595 = data[pos:pos + v594]
    pos += v594
    return _Container_key_share_entry(group=v593, key_exchange=v595), pos


def parse_handshake(raw: bytes, key_exchange: str | None) -> Any:
    """What ``schema.parse(raw, key_exchange=key_exchange)`` returns, or the same construct error."""
    data = raw if type(raw) is bytes else bytes(raw)
    pos = 0
    end = len(data)
    p_key_exchange = key_exchange
    v1, pos = _parse_handshake(data, pos, end, p_key_exchange)
    return v1
