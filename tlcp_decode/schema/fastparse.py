# Generated from the construct schemas by `python -m tlcp_decode.pygen`; do not edit.
# tests/test_fastparse.py checks that it is up to date and parses exactly as the schemas do.
"""Handshake messages parsed by straight-line code instead of construct's interpreter.

``parse_handshake(raw, key_exchange)`` returns what
``tlcp_decode.schema.Handshake.parse(raw, key_exchange=key_exchange)`` returns (apart from
construct's private ``_io`` members) and raises the same construct errors (their types from
``tlcp_decode.schema.results``: construct's, or in the program stand-ins of them).
``check_handshake(raw, key_exchange)`` raises the same errors and returns None, making none
of the values (for a reader that only asks whether the message parses).
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

__all__ = ["parse_handshake", "check_handshake"]


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


def _check_handshake(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> msg_type -> msg_type", 1, end - pos)
    v164 = data[pos]
    pos += 1
    v165 = _NAMES_msg_type[v164]
    if end - pos < 3:
        raise _short("(parsing) -> length -> length", 3, end - pos)
    v166 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v166:
        raise _short("(parsing) -> body -> body", v166, end - pos)
    end167 = pos + v166
    k168 = _CASES_body.get(v165, -1)
    if k168 == 0:
        pass
    elif k168 == 1:
        pos = _check_body_client_hello(data, pos, end167, p_key_exchange)
    elif k168 == 2:
        pos = _check_body_server_hello(data, pos, end167, p_key_exchange)
    elif k168 == 3:
        k169 = _CASES_body_new_session_ticket.get(p_key_exchange, -1)
        if k169 == 0:
            pos = _check_body_new_session_ticket_TLS13(data, pos, end167, p_key_exchange)
        else:
            pos = _check_body_new_session_ticket_default(data, pos, end167, p_key_exchange)
    elif k168 == 4:
        pass
    elif k168 == 5:
        pos = _check_body_encrypted_extensions(data, pos, end167, p_key_exchange)
    elif k168 == 6:
        k170 = _CASES_body_new_session_ticket.get(p_key_exchange, -1)
        if k170 == 0:
            pos = _check_body_certificate_TLS13(data, pos, end167, p_key_exchange)
        else:
            pos = _check_body_certificate_default(data, pos, end167, p_key_exchange)
    elif k168 == 7:
        k171 = _CASES_body_server_key_exchange.get(p_key_exchange, -1)
        if k171 == 0:
            pos = _check_body_server_key_exchange_ECDHE(data, pos, end167, p_key_exchange)
        elif k171 == 1:
            pos = _check_body_server_key_exchange_ECC(data, pos, end167, p_key_exchange)
        elif k171 == 2:
            pos = _check_body_server_key_exchange_IBSDH(data, pos, end167, p_key_exchange)
        elif k171 == 3:
            pos = _check_body_server_key_exchange_IBC(data, pos, end167, p_key_exchange)
        elif k171 == 4:
            pos = _check_body_server_key_exchange_RSA(data, pos, end167, p_key_exchange)
        elif k171 == 5:
            pos = _check_body_server_key_exchange_TLS_ECDHE(data, pos, end167, p_key_exchange)
        elif k171 == 6:
            pos = _check_body_server_key_exchange_TLS_DHE(data, pos, end167, p_key_exchange)
        else:
            pos = end167
    elif k168 == 8:
        k172 = _CASES_body_certificate_request.get(p_key_exchange, -1)
        if k172 == 0:
            pos = _check_body_certificate_request_TLS13(data, pos, end167, p_key_exchange)
        elif k172 == 1:
            ok173 = False
            fb174 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok173 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb174
            if not ok173:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok173 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb174
            if not ok173:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k172 == 2:
            ok175 = False
            fb176 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok175 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb176
            if not ok175:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok175 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb176
            if not ok175:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k172 == 3:
            ok177 = False
            fb178 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok177 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb178
            if not ok177:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok177 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb178
            if not ok177:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k172 == 4:
            ok179 = False
            fb180 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok179 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb180
            if not ok179:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok179 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb180
            if not ok179:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k172 == 5:
            ok181 = False
            fb182 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok181 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb182
            if not ok181:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok181 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb182
            if not ok181:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k172 == 6:
            ok183 = False
            fb184 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok183 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb184
            if not ok183:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok183 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb184
            if not ok183:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k172 == 7:
            ok185 = False
            fb186 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok185 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb186
            if not ok185:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok185 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb186
            if not ok185:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k172 == 8:
            ok187 = False
            fb188 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok187 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb188
            if not ok187:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok187 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb188
            if not ok187:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k172 == 9:
            ok189 = False
            fb190 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok189 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb190
            if not ok189:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok189 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb190
            if not ok189:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k172 == 10:
            ok191 = False
            fb192 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok191 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb192
            if not ok191:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok191 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb192
            if not ok191:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        else:
            pos = _check_body_certificate_request_default(data, pos, end167, p_key_exchange)
    elif k168 == 9:
        pass
    elif k168 == 10:
        k193 = _CASES_body_certificate_request.get(p_key_exchange, -1)
        if k193 == 0:
            pos = _check_body_certificate_verify_TLS13(data, pos, end167, p_key_exchange)
        elif k193 == 1:
            ok194 = False
            fb195 = pos
            try:
                pos = _check_body_certificate_verify_TLS_DH_alt1(data, pos, end167, p_key_exchange)
                ok194 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb195
            if not ok194:
                try:
                    pos = _check_body_certificate_verify_TLS_DH_alt2(data, pos, end167, p_key_exchange)
                    ok194 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb195
            if not ok194:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k193 == 2:
            ok196 = False
            fb197 = pos
            try:
                pos = _check_body_certificate_verify_TLS_DHE_alt1(data, pos, end167, p_key_exchange)
                ok196 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb197
            if not ok196:
                try:
                    pos = _check_body_certificate_verify_TLS_DHE_alt2(data, pos, end167, p_key_exchange)
                    ok196 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb197
            if not ok196:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k193 == 3:
            ok198 = False
            fb199 = pos
            try:
                pos = _check_body_certificate_verify_TLS_ECCPWD_alt1(data, pos, end167, p_key_exchange)
                ok198 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb199
            if not ok198:
                try:
                    pos = _check_body_certificate_verify_TLS_ECCPWD_alt2(data, pos, end167, p_key_exchange)
                    ok198 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb199
            if not ok198:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k193 == 4:
            ok200 = False
            fb201 = pos
            try:
                pos = _check_body_certificate_verify_TLS_ECDH_alt1(data, pos, end167, p_key_exchange)
                ok200 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb201
            if not ok200:
                try:
                    pos = _check_body_certificate_verify_TLS_ECDH_alt2(data, pos, end167, p_key_exchange)
                    ok200 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb201
            if not ok200:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k193 == 5:
            ok202 = False
            fb203 = pos
            try:
                pos = _check_body_certificate_verify_TLS_ECDHE_alt1(data, pos, end167, p_key_exchange)
                ok202 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb203
            if not ok202:
                try:
                    pos = _check_body_certificate_verify_TLS_ECDHE_alt2(data, pos, end167, p_key_exchange)
                    ok202 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb203
            if not ok202:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k193 == 6:
            ok204 = False
            fb205 = pos
            try:
                pos = _check_body_certificate_verify_TLS_KRB5_alt1(data, pos, end167, p_key_exchange)
                ok204 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb205
            if not ok204:
                try:
                    pos = _check_body_certificate_verify_TLS_KRB5_alt2(data, pos, end167, p_key_exchange)
                    ok204 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb205
            if not ok204:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k193 == 7:
            ok206 = False
            fb207 = pos
            try:
                pos = _check_body_certificate_verify_TLS_NULL_alt1(data, pos, end167, p_key_exchange)
                ok206 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb207
            if not ok206:
                try:
                    pos = _check_body_certificate_verify_TLS_NULL_alt2(data, pos, end167, p_key_exchange)
                    ok206 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb207
            if not ok206:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k193 == 8:
            ok208 = False
            fb209 = pos
            try:
                pos = _check_body_certificate_verify_TLS_PSK_alt1(data, pos, end167, p_key_exchange)
                ok208 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb209
            if not ok208:
                try:
                    pos = _check_body_certificate_verify_TLS_PSK_alt2(data, pos, end167, p_key_exchange)
                    ok208 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb209
            if not ok208:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k193 == 9:
            ok210 = False
            fb211 = pos
            try:
                pos = _check_body_certificate_verify_TLS_RSA_alt1(data, pos, end167, p_key_exchange)
                ok210 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb211
            if not ok210:
                try:
                    pos = _check_body_certificate_verify_TLS_RSA_alt2(data, pos, end167, p_key_exchange)
                    ok210 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb211
            if not ok210:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k193 == 10:
            ok212 = False
            fb213 = pos
            try:
                pos = _check_body_certificate_verify_TLS_SRP_alt1(data, pos, end167, p_key_exchange)
                ok212 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb213
            if not ok212:
                try:
                    pos = _check_body_certificate_verify_TLS_SRP_alt2(data, pos, end167, p_key_exchange)
                    ok212 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb213
            if not ok212:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        else:
            pos = _check_body_certificate_verify_default(data, pos, end167, p_key_exchange)
    elif k168 == 11:
        k214 = _CASES_body_client_key_exchange.get(p_key_exchange, -1)
        if k214 == 0:
            pos = _check_body_client_key_exchange_ECC(data, pos, end167, p_key_exchange)
        elif k214 == 1:
            pos = _check_body_client_key_exchange_ECC(data, pos, end167, p_key_exchange)
        elif k214 == 2:
            pos = _check_body_client_key_exchange_ECC(data, pos, end167, p_key_exchange)
        elif k214 == 3:
            ok215 = False
            fb216 = pos
            try:
                pos = _check_body_client_key_exchange_ECDHE_alt1(data, pos, end167, p_key_exchange)
                ok215 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb216
            if not ok215:
                try:
                    pos = _check_body_client_key_exchange_ECDHE_alt2(data, pos, end167, p_key_exchange)
                    ok215 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb216
            if not ok215:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k214 == 4:
            pos = _check_body_client_key_exchange_IBSDH(data, pos, end167, p_key_exchange)
        elif k214 == 5:
            pos = _check_body_client_key_exchange_ECC(data, pos, end167, p_key_exchange)
        elif k214 == 6:
            pos = _check_body_client_key_exchange_TLS_ECDHE(data, pos, end167, p_key_exchange)
        elif k214 == 7:
            pos = _check_body_client_key_exchange_TLS_ECDHE(data, pos, end167, p_key_exchange)
        elif k214 == 8:
            pos = _check_body_client_key_exchange_TLS_DHE(data, pos, end167, p_key_exchange)
        elif k214 == 9:
            pos = _check_body_client_key_exchange_TLS_DHE(data, pos, end167, p_key_exchange)
        else:
            pos = end167
    elif k168 == 12:
        k217 = _CASES_body_new_session_ticket.get(p_key_exchange, -1)
        if k217 == 0:
            pos = _check_body_finished_TLS13(data, pos, end167, p_key_exchange)
        else:
            pos = _check_body_finished_default(data, pos, end167, p_key_exchange)
    elif k168 == 13:
        pos = _check_body_key_update(data, pos, end167, p_key_exchange)
    elif k168 == 14:
        pos = _check_body_compressed_certificate(data, pos, end167, p_key_exchange)
    else:
        pos = end167
    pos = end167
    return pos


def _parse_body_client_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> client_version -> client_version", 2, end - pos)
    v218 = _unpack_be_H(data, pos)[0]
    pos += 2
    v219 = _NAMES_client_version[v218]
    v220, pos = _parse_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v221 = data[pos]
    pos += 1
    if end - pos < v221:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v221, end - pos)
    v222 = data[pos:pos + v221]
    pos += v221
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites -> cipher_suites_length -> cipher_suites_length", 2, end - pos)
    v223 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v223:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites", v223, end - pos)
    end224 = pos + v223
    n226 = (end224 - pos) // 2
    v225 = ListContainer(map(_NAMES_cipher_suite.__getitem__, struct.unpack_from(f">{n226}H", data, pos)))
    pos += n226 * 2
    if pos < end224:
        raise ExplicitError(f"{end224 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> cipher_suites -> cipher_suites")
    pos = end224
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods -> compression_methods_length -> compression_methods_length", 1, end - pos)
    v227 = data[pos]
    pos += 1
    if end - pos < v227:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods", v227, end - pos)
    end228 = pos + v227
    n230 = end228 - pos
    v229 = ListContainer(map(_NAMES_compression_method.__getitem__, data[pos:pos + n230]))
    pos += n230
    if pos < end228:
        raise ExplicitError(f"{end228 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> compression_methods -> compression_methods")
    pos = end228
    v231: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v232 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v232:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v232, end - pos)
        end233 = pos + v232
        v234 = ListContainer()
        while pos < end233:
            fb235 = pos
            try:
                v236, pos = _parse_extension(data, pos, end233, p_key_exchange)
                v234.append(v236)
            except ExplicitError:
                raise
            except Exception:
                pos = fb235
                break
        if pos < end233:
            raise ExplicitError(f"{end233 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end233
        v231 = v234
    return _Container_body_client_hello(client_version=v219, random=v220, session_id=v222, cipher_suites=v225, compression_methods=v229, extensions=v231), pos


def _parse_body_server_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> server_version -> server_version", 2, end - pos)
    v237 = _unpack_be_H(data, pos)[0]
    pos += 2
    v238 = _NAMES_client_version[v237]
    v239, pos = _parse_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v240 = data[pos]
    pos += 1
    if end - pos < v240:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v240, end - pos)
    v241 = data[pos:pos + v240]
    pos += v240
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suite -> cipher_suite", 2, end - pos)
    v242 = _unpack_be_H(data, pos)[0]
    pos += 2
    v243 = _NAMES_cipher_suite[v242]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_method -> compression_method", 1, end - pos)
    v244 = data[pos]
    pos += 1
    v245 = _NAMES_compression_method[v244]
    v246: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v247 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v247:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v247, end - pos)
        end248 = pos + v247
        v249 = ListContainer()
        while pos < end248:
            fb250 = pos
            try:
                v251, pos = _parse_extension_2(data, pos, end248, p_key_exchange)
                v249.append(v251)
            except ExplicitError:
                raise
            except Exception:
                pos = fb250
                break
        if pos < end248:
            raise ExplicitError(f"{end248 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end248
        v246 = v249
    return _Container_body_server_hello(server_version=v238, random=v239, session_id=v241, cipher_suite=v243, compression_method=v245, extensions=v246), pos


def _parse_body_new_session_ticket_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_lifetime -> ticket_lifetime", 4, end - pos)
    v252 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_age_add -> ticket_age_add", 4, end - pos)
    v253 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> ticket_nonce -> ticket_nonce -> ticket_nonce_length -> ticket_nonce_length", 1, end - pos)
    v254 = data[pos]
    pos += 1
    if end - pos < v254:
        raise _short("(parsing) -> body -> body -> ticket_nonce -> ticket_nonce", v254, end - pos)
    v255 = data[pos:pos + v254]
    pos += v254
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v256 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v256:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v256, end - pos)
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
                v263, pos = _parse_extension_3(data, pos, end260, p_key_exchange)
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
    return _Container_body_new_session_ticket_TLS13(ticket_lifetime=v252, ticket_age_add=v253, ticket_nonce=v255, ticket=v257, extensions=v258), pos


def _parse_body_new_session_ticket_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_lifetime_hint -> ticket_lifetime_hint", 4, end - pos)
    v264 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v265 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v265:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v265, end - pos)
    v266 = data[pos:pos + v265]
    pos += v265
    return _Container_body_new_session_ticket_default(ticket_lifetime_hint=v264, ticket=v266), pos


def _parse_body_encrypted_extensions(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v267: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v268 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v268:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v268, end - pos)
        end269 = pos + v268
        v270 = ListContainer()
        while pos < end269:
            fb271 = pos
            try:
                v272, pos = _parse_extension_4(data, pos, end269, p_key_exchange)
                v270.append(v272)
            except ExplicitError:
                raise
            except Exception:
                pos = fb271
                break
        if pos < end269:
            raise ExplicitError(f"{end269 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end269
        v267 = v270
    return _Container_body_encrypted_extensions(extensions=v267), pos


def _parse_body_certificate_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context -> certificate_request_context_length -> certificate_request_context_length", 1, end - pos)
    v273 = data[pos]
    pos += 1
    if end - pos < v273:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context", v273, end - pos)
    v274 = data[pos:pos + v273]
    pos += v273
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v275 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v275:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v275, end - pos)
    end276 = pos + v275
    v277 = ListContainer()
    while pos < end276:
        fb278 = pos
        try:
            v279, pos = _parse_certificate_entry(data, pos, end276, p_key_exchange)
            v277.append(v279)
        except ExplicitError:
            raise
        except Exception:
            pos = fb278
            break
    if pos < end276:
        raise ExplicitError(f"{end276 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end276
    return _Container_body_certificate_TLS13(certificate_request_context=v274, certificate_list=v277), pos


def _parse_body_certificate_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v280 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v280:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v280, end - pos)
    end281 = pos + v280
    v282 = ListContainer()
    while pos < end281:
        fb283 = pos
        try:
            if end281 - pos < 3:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate -> certificate_length -> certificate_length", 3, end281 - pos)
            v284 = int.from_bytes(data[pos:pos + 3], "big")
            pos += 3
            if end281 - pos < v284:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate", v284, end281 - pos)
            v285 = data[pos:pos + v284]
            pos += v284
            v282.append(v285)
        except ExplicitError:
            raise
        except Exception:
            pos = fb283
            break
    if pos < end281:
        raise ExplicitError(f"{end281 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end281
    return _Container_body_certificate_default(certificate_list=v282), pos


def _parse_body_server_key_exchange_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v286, pos = _parse_params(data, pos, end, p_key_exchange)
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v287 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v287:
        raise _short("(parsing) -> body -> body -> signature -> signature", v287, end - pos)
    v288 = data[pos:pos + v287]
    pos += v287
    return _Container_body_server_key_exchange_ECDHE(params=v286, signature=v288), pos


def _parse_body_server_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v289 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v289:
        raise _short("(parsing) -> body -> body -> signature -> signature", v289, end - pos)
    v290 = data[pos:pos + v289]
    pos += v289
    return _Container_body_server_key_exchange_ECC(signature=v290), pos


def _parse_body_server_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v291 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v291:
        raise _short("(parsing) -> body -> body -> params -> params", v291, end - pos)
    v292 = data[pos:pos + v291]
    pos += v291
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v293 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v293:
        raise _short("(parsing) -> body -> body -> signature -> signature", v293, end - pos)
    v294 = data[pos:pos + v293]
    pos += v293
    return _Container_body_server_key_exchange_ECDHE(params=v292, signature=v294), pos


def _parse_body_server_key_exchange_IBC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v295 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v295:
        raise _short("(parsing) -> body -> body -> signature -> signature", v295, end - pos)
    v296 = data[pos:pos + v295]
    pos += v295
    return _Container_body_server_key_exchange_ECC(signature=v296), pos


def _parse_body_server_key_exchange_RSA(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v297 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v297:
        raise _short("(parsing) -> body -> body -> signature -> signature", v297, end - pos)
    v298 = data[pos:pos + v297]
    pos += v297
    return _Container_body_server_key_exchange_ECC(signature=v298), pos


def _parse_body_server_key_exchange_TLS_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v299, pos = _parse_params(data, pos, end, p_key_exchange)
    ok301 = False
    fb302 = pos
    v300: Any = None
    try:
        v303, pos = _parse_signed_alt1(data, pos, end, p_key_exchange)
        v300 = v303
        ok301 = True
    except ExplicitError:
        raise
    except Exception:
        pos = fb302
    if not ok301:
        try:
            v304, pos = _parse_signed_alt2(data, pos, end, p_key_exchange)
            v300 = v304
            ok301 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb302
    if not ok301:
        try:
            if pos < end:
                raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
            v300 = None
            ok301 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb302
    if not ok301:
        raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> signed -> signed")
    return _Container_body_server_key_exchange_TLS_ECDHE(params=v299, signed=v300), pos


def _parse_body_server_key_exchange_TLS_DHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v305, pos = _parse_params_2(data, pos, end, p_key_exchange)
    ok307 = False
    fb308 = pos
    v306: Any = None
    try:
        v309, pos = _parse_signed_alt1(data, pos, end, p_key_exchange)
        v306 = v309
        ok307 = True
    except ExplicitError:
        raise
    except Exception:
        pos = fb308
    if not ok307:
        try:
            v310, pos = _parse_signed_alt2(data, pos, end, p_key_exchange)
            v306 = v310
            ok307 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb308
    if not ok307:
        try:
            if pos < end:
                raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
            v306 = None
            ok307 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb308
    if not ok307:
        raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> signed -> signed")
    return _Container_body_server_key_exchange_TLS_ECDHE(params=v305, signed=v306), pos


def _parse_body_certificate_request_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context -> certificate_request_context_length -> certificate_request_context_length", 1, end - pos)
    v311 = data[pos]
    pos += 1
    if end - pos < v311:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context", v311, end - pos)
    v312 = data[pos:pos + v311]
    pos += v311
    v313: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v314 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v314:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v314, end - pos)
        end315 = pos + v314
        v316 = ListContainer()
        while pos < end315:
            fb317 = pos
            try:
                v318, pos = _parse_extension_5(data, pos, end315, p_key_exchange)
                v316.append(v318)
            except ExplicitError:
                raise
            except Exception:
                pos = fb317
                break
        if pos < end315:
            raise ExplicitError(f"{end315 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end315
        v313 = v316
    return _Container_body_certificate_request_TLS13(certificate_request_context=v312, extensions=v313), pos


def _parse_body_certificate_request_TLS_DH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v319 = data[pos]
    pos += 1
    if end - pos < v319:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v319, end - pos)
    end320 = pos + v319
    n322 = end320 - pos
    v321 = ListContainer(map(_NAMES_certificate_type.__getitem__, data[pos:pos + n322]))
    pos += n322
    if pos < end320:
        raise ExplicitError(f"{end320 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end320
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms -> signature_algorithms_length -> signature_algorithms_length", 2, end - pos)
    v323 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v323:
        raise _short("(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms", v323, end - pos)
    end324 = pos + v323
    n326 = (end324 - pos) // 2
    v325 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n326}H", data, pos)))
    pos += n326 * 2
    if pos < end324:
        raise ExplicitError(f"{end324 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms")
    pos = end324
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v327 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v327:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v327, end - pos)
    end328 = pos + v327
    v329 = ListContainer()
    while pos < end328:
        fb330 = pos
        try:
            if end328 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end328 - pos)
            v331 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end328 - pos < v331:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v331, end328 - pos)
            v332 = data[pos:pos + v331]
            pos += v331
            v329.append(v332)
        except ExplicitError:
            raise
        except Exception:
            pos = fb330
            break
    if pos < end328:
        raise ExplicitError(f"{end328 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end328
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_request_TLS_DH_alt1(certificate_types=v321, supported_signature_algorithms=v325, certificate_authorities=v329), pos


def _parse_body_certificate_request_TLS_DH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v333 = data[pos]
    pos += 1
    if end - pos < v333:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v333, end - pos)
    end334 = pos + v333
    n336 = end334 - pos
    v335 = ListContainer(map(_NAMES_certificate_type.__getitem__, data[pos:pos + n336]))
    pos += n336
    if pos < end334:
        raise ExplicitError(f"{end334 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end334
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v337 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v337:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v337, end - pos)
    end338 = pos + v337
    v339 = ListContainer()
    while pos < end338:
        fb340 = pos
        try:
            if end338 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end338 - pos)
            v341 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end338 - pos < v341:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v341, end338 - pos)
            v342 = data[pos:pos + v341]
            pos += v341
            v339.append(v342)
        except ExplicitError:
            raise
        except Exception:
            pos = fb340
            break
    if pos < end338:
        raise ExplicitError(f"{end338 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end338
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_request_TLS_DH_alt2(certificate_types=v335, certificate_authorities=v339), pos


def _parse_body_certificate_request_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v343 = data[pos]
    pos += 1
    if end - pos < v343:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v343, end - pos)
    end344 = pos + v343
    n346 = end344 - pos
    v345 = ListContainer(map(_NAMES_certificate_type.__getitem__, data[pos:pos + n346]))
    pos += n346
    if pos < end344:
        raise ExplicitError(f"{end344 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end344
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v347 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v347:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v347, end - pos)
    end348 = pos + v347
    v349 = ListContainer()
    while pos < end348:
        fb350 = pos
        try:
            if end348 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end348 - pos)
            v351 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end348 - pos < v351:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v351, end348 - pos)
            v352 = data[pos:pos + v351]
            pos += v351
            v349.append(v352)
        except ExplicitError:
            raise
        except Exception:
            pos = fb350
            break
    if pos < end348:
        raise ExplicitError(f"{end348 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end348
    return _Container_body_certificate_request_TLS_DH_alt2(certificate_types=v345, certificate_authorities=v349), pos


def _parse_body_certificate_verify_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v353 = _unpack_be_H(data, pos)[0]
    pos += 2
    v354 = _NAMES_signature_algorithm[v353]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v355 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v355:
        raise _short("(parsing) -> body -> body -> signature -> signature", v355, end - pos)
    v356 = data[pos:pos + v355]
    pos += v355
    return _Container_body_certificate_verify_TLS13(algorithm=v354, signature=v356), pos


def _parse_body_certificate_verify_TLS_DH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
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


def _parse_body_certificate_verify_TLS_DH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
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


def _parse_body_certificate_verify_TLS_DHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v363 = _unpack_be_H(data, pos)[0]
    pos += 2
    v364 = _NAMES_signature_algorithm[v363]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v365 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v365:
        raise _short("(parsing) -> body -> body -> signature -> signature", v365, end - pos)
    v366 = data[pos:pos + v365]
    pos += v365
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v364, signature=v366), pos


def _parse_body_certificate_verify_TLS_DHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v367 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v367:
        raise _short("(parsing) -> body -> body -> signature -> signature", v367, end - pos)
    v368 = data[pos:pos + v367]
    pos += v367
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v368), pos


def _parse_body_certificate_verify_TLS_ECCPWD_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v369 = _unpack_be_H(data, pos)[0]
    pos += 2
    v370 = _NAMES_signature_algorithm[v369]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v371 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v371:
        raise _short("(parsing) -> body -> body -> signature -> signature", v371, end - pos)
    v372 = data[pos:pos + v371]
    pos += v371
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v370, signature=v372), pos


def _parse_body_certificate_verify_TLS_ECCPWD_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v373 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v373:
        raise _short("(parsing) -> body -> body -> signature -> signature", v373, end - pos)
    v374 = data[pos:pos + v373]
    pos += v373
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v374), pos


def _parse_body_certificate_verify_TLS_ECDH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v375 = _unpack_be_H(data, pos)[0]
    pos += 2
    v376 = _NAMES_signature_algorithm[v375]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v377 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v377:
        raise _short("(parsing) -> body -> body -> signature -> signature", v377, end - pos)
    v378 = data[pos:pos + v377]
    pos += v377
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v376, signature=v378), pos


def _parse_body_certificate_verify_TLS_ECDH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v379 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v379:
        raise _short("(parsing) -> body -> body -> signature -> signature", v379, end - pos)
    v380 = data[pos:pos + v379]
    pos += v379
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v380), pos


def _parse_body_certificate_verify_TLS_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v381 = _unpack_be_H(data, pos)[0]
    pos += 2
    v382 = _NAMES_signature_algorithm[v381]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v383 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v383:
        raise _short("(parsing) -> body -> body -> signature -> signature", v383, end - pos)
    v384 = data[pos:pos + v383]
    pos += v383
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v382, signature=v384), pos


def _parse_body_certificate_verify_TLS_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v385 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v385:
        raise _short("(parsing) -> body -> body -> signature -> signature", v385, end - pos)
    v386 = data[pos:pos + v385]
    pos += v385
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v386), pos


def _parse_body_certificate_verify_TLS_KRB5_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v387 = _unpack_be_H(data, pos)[0]
    pos += 2
    v388 = _NAMES_signature_algorithm[v387]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v389 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v389:
        raise _short("(parsing) -> body -> body -> signature -> signature", v389, end - pos)
    v390 = data[pos:pos + v389]
    pos += v389
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v388, signature=v390), pos


def _parse_body_certificate_verify_TLS_KRB5_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v391 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v391:
        raise _short("(parsing) -> body -> body -> signature -> signature", v391, end - pos)
    v392 = data[pos:pos + v391]
    pos += v391
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v392), pos


def _parse_body_certificate_verify_TLS_NULL_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v393 = _unpack_be_H(data, pos)[0]
    pos += 2
    v394 = _NAMES_signature_algorithm[v393]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v395 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v395:
        raise _short("(parsing) -> body -> body -> signature -> signature", v395, end - pos)
    v396 = data[pos:pos + v395]
    pos += v395
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v394, signature=v396), pos


def _parse_body_certificate_verify_TLS_NULL_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v397 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v397:
        raise _short("(parsing) -> body -> body -> signature -> signature", v397, end - pos)
    v398 = data[pos:pos + v397]
    pos += v397
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v398), pos


def _parse_body_certificate_verify_TLS_PSK_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v399 = _unpack_be_H(data, pos)[0]
    pos += 2
    v400 = _NAMES_signature_algorithm[v399]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v401 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v401:
        raise _short("(parsing) -> body -> body -> signature -> signature", v401, end - pos)
    v402 = data[pos:pos + v401]
    pos += v401
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v400, signature=v402), pos


def _parse_body_certificate_verify_TLS_PSK_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v403 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v403:
        raise _short("(parsing) -> body -> body -> signature -> signature", v403, end - pos)
    v404 = data[pos:pos + v403]
    pos += v403
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v404), pos


def _parse_body_certificate_verify_TLS_RSA_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v405 = _unpack_be_H(data, pos)[0]
    pos += 2
    v406 = _NAMES_signature_algorithm[v405]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v407 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v407:
        raise _short("(parsing) -> body -> body -> signature -> signature", v407, end - pos)
    v408 = data[pos:pos + v407]
    pos += v407
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v406, signature=v408), pos


def _parse_body_certificate_verify_TLS_RSA_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v409 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v409:
        raise _short("(parsing) -> body -> body -> signature -> signature", v409, end - pos)
    v410 = data[pos:pos + v409]
    pos += v409
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v410), pos


def _parse_body_certificate_verify_TLS_SRP_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v411 = _unpack_be_H(data, pos)[0]
    pos += 2
    v412 = _NAMES_signature_algorithm[v411]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v413 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v413:
        raise _short("(parsing) -> body -> body -> signature -> signature", v413, end - pos)
    v414 = data[pos:pos + v413]
    pos += v413
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_certificate_verify_TLS13(algorithm=v412, signature=v414), pos


def _parse_body_certificate_verify_TLS_SRP_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v415 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v415:
        raise _short("(parsing) -> body -> body -> signature -> signature", v415, end - pos)
    v416 = data[pos:pos + v415]
    pos += v415
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_server_key_exchange_ECC(signature=v416), pos


def _parse_body_certificate_verify_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v417 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v417:
        raise _short("(parsing) -> body -> body -> signature -> signature", v417, end - pos)
    v418 = data[pos:pos + v417]
    pos += v417
    return _Container_body_server_key_exchange_ECC(signature=v418), pos


def _parse_body_client_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master -> encrypted_pre_master_length -> encrypted_pre_master_length", 2, end - pos)
    v419 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v419:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master", v419, end - pos)
    v420 = data[pos:pos + v419]
    pos += v419
    return _Container_body_client_key_exchange_ECC(encrypted_pre_master=v420), pos


def _parse_body_client_key_exchange_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v421, pos = _parse_params_3(data, pos, end, p_key_exchange)
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return _Container_body_client_key_exchange_ECDHE_alt1(params=v421), pos


def _parse_body_client_key_exchange_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v422 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v422:
        raise _short("(parsing) -> body -> body -> params -> params", v422, end - pos)
    end423 = pos + v422
    v424, pos = _parse_params_3(data, pos, end423, p_key_exchange)
    pos = end423
    return _Container_body_client_key_exchange_ECDHE_alt1(params=v424), pos


def _parse_body_client_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v425 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v425:
        raise _short("(parsing) -> body -> body -> params -> params", v425, end - pos)
    v426 = data[pos:pos + v425]
    pos += v425
    return _Container_body_client_key_exchange_ECDHE_alt1(params=v426), pos


def _parse_body_client_key_exchange_TLS_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> point -> point -> point_length -> point_length", 1, end - pos)
    v427 = data[pos]
    pos += 1
    if end - pos < v427:
        raise _short("(parsing) -> body -> body -> point -> point", v427, end - pos)
    v428 = data[pos:pos + v427]
    pos += v427
    return _Container_body_client_key_exchange_TLS_ECDHE(point=v428), pos


def _parse_body_client_key_exchange_TLS_DHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> dh_Yc -> dh_Yc -> dh_Yc_length -> dh_Yc_length", 2, end - pos)
    v429 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v429:
        raise _short("(parsing) -> body -> body -> dh_Yc -> dh_Yc", v429, end - pos)
    v430 = data[pos:pos + v429]
    pos += v429
    return _Container_body_client_key_exchange_TLS_DHE(dh_Yc=v430), pos


def _parse_body_finished_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v431 = data[pos:end]
    pos = end
    return _Container_body_finished_TLS13(verify_data=v431), pos


def _parse_body_finished_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 12:
        raise _short("(parsing) -> body -> body -> verify_data -> verify_data", 12, end - pos)
    v432 = data[pos:pos + 12]
    pos += 12
    return _Container_body_finished_TLS13(verify_data=v432), pos


def _parse_body_key_update(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> request_update -> request_update", 1, end - pos)
    v433 = data[pos]
    pos += 1
    v434 = _NAMES_request_update[v433]
    return _Container_body_key_update(request_update=v434), pos


def _parse_body_compressed_certificate(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    v435 = _unpack_be_H(data, pos)[0]
    pos += 2
    v436 = _NAMES_algorithm[v435]
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> uncompressed_length -> uncompressed_length", 3, end - pos)
    v437 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> compressed_certificate_message -> compressed_certificate_message -> compressed_length -> compressed_length", 3, end - pos)
    v438 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v438:
        raise _short("(parsing) -> body -> body -> compressed_certificate_message -> compressed_certificate_message", v438, end - pos)
    v439 = data[pos:pos + v438]
    pos += v438
    return _Container_body_compressed_certificate(algorithm=v436, uncompressed_length=v437, compressed_certificate_message=v439), pos


def _check_body_client_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> client_version -> client_version", 2, end - pos)
    pos += 2
    pos = _check_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v440 = data[pos]
    pos += 1
    if end - pos < v440:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v440, end - pos)
    pos += v440
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites -> cipher_suites_length -> cipher_suites_length", 2, end - pos)
    v441 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v441:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites", v441, end - pos)
    end442 = pos + v441
    n443 = (end442 - pos) // 2
    pos += n443 * 2
    if pos < end442:
        raise ExplicitError(f"{end442 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> cipher_suites -> cipher_suites")
    pos = end442
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods -> compression_methods_length -> compression_methods_length", 1, end - pos)
    v444 = data[pos]
    pos += 1
    if end - pos < v444:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods", v444, end - pos)
    end445 = pos + v444
    n446 = end445 - pos
    pos += n446
    if pos < end445:
        raise ExplicitError(f"{end445 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> compression_methods -> compression_methods")
    pos = end445
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v447 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v447:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v447, end - pos)
        end448 = pos + v447
        while pos < end448:
            fb449 = pos
            try:
                pos = _check_extension(data, pos, end448, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb449
                break
        if pos < end448:
            raise ExplicitError(f"{end448 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end448
    return pos


def _check_body_server_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> server_version -> server_version", 2, end - pos)
    pos += 2
    pos = _check_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v450 = data[pos]
    pos += 1
    if end - pos < v450:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v450, end - pos)
    pos += v450
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suite -> cipher_suite", 2, end - pos)
    pos += 2
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_method -> compression_method", 1, end - pos)
    pos += 1
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v451 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v451:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v451, end - pos)
        end452 = pos + v451
        while pos < end452:
            fb453 = pos
            try:
                pos = _check_extension_2(data, pos, end452, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb453
                break
        if pos < end452:
            raise ExplicitError(f"{end452 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end452
    return pos


def _check_body_new_session_ticket_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_lifetime -> ticket_lifetime", 4, end - pos)
    pos += 4
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_age_add -> ticket_age_add", 4, end - pos)
    pos += 4
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> ticket_nonce -> ticket_nonce -> ticket_nonce_length -> ticket_nonce_length", 1, end - pos)
    v454 = data[pos]
    pos += 1
    if end - pos < v454:
        raise _short("(parsing) -> body -> body -> ticket_nonce -> ticket_nonce", v454, end - pos)
    pos += v454
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v455 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v455:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v455, end - pos)
    pos += v455
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v456 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v456:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v456, end - pos)
        end457 = pos + v456
        while pos < end457:
            fb458 = pos
            try:
                pos = _check_extension_3(data, pos, end457, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb458
                break
        if pos < end457:
            raise ExplicitError(f"{end457 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end457
    return pos


def _check_body_new_session_ticket_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_lifetime_hint -> ticket_lifetime_hint", 4, end - pos)
    pos += 4
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v459 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v459:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v459, end - pos)
    pos += v459
    return pos


def _check_body_encrypted_extensions(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v460 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v460:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v460, end - pos)
        end461 = pos + v460
        while pos < end461:
            fb462 = pos
            try:
                pos = _check_extension_4(data, pos, end461, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb462
                break
        if pos < end461:
            raise ExplicitError(f"{end461 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end461
    return pos


def _check_body_certificate_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context -> certificate_request_context_length -> certificate_request_context_length", 1, end - pos)
    v463 = data[pos]
    pos += 1
    if end - pos < v463:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context", v463, end - pos)
    pos += v463
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v464 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v464:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v464, end - pos)
    end465 = pos + v464
    while pos < end465:
        fb466 = pos
        try:
            pos = _check_certificate_entry(data, pos, end465, p_key_exchange)
        except ExplicitError:
            raise
        except Exception:
            pos = fb466
            break
    if pos < end465:
        raise ExplicitError(f"{end465 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end465
    return pos


def _check_body_certificate_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v467 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v467:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v467, end - pos)
    end468 = pos + v467
    while pos < end468:
        fb469 = pos
        try:
            if end468 - pos < 3:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate -> certificate_length -> certificate_length", 3, end468 - pos)
            v470 = int.from_bytes(data[pos:pos + 3], "big")
            pos += 3
            if end468 - pos < v470:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate", v470, end468 - pos)
            pos += v470
        except ExplicitError:
            raise
        except Exception:
            pos = fb469
            break
    if pos < end468:
        raise ExplicitError(f"{end468 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end468
    return pos


def _check_body_server_key_exchange_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    pos = _check_params(data, pos, end, p_key_exchange)
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v471 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v471:
        raise _short("(parsing) -> body -> body -> signature -> signature", v471, end - pos)
    pos += v471
    return pos


def _check_body_server_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v472 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v472:
        raise _short("(parsing) -> body -> body -> signature -> signature", v472, end - pos)
    pos += v472
    return pos


def _check_body_server_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v473 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v473:
        raise _short("(parsing) -> body -> body -> params -> params", v473, end - pos)
    pos += v473
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v474 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v474:
        raise _short("(parsing) -> body -> body -> signature -> signature", v474, end - pos)
    pos += v474
    return pos


def _check_body_server_key_exchange_IBC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v475 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v475:
        raise _short("(parsing) -> body -> body -> signature -> signature", v475, end - pos)
    pos += v475
    return pos


def _check_body_server_key_exchange_RSA(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v476 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v476:
        raise _short("(parsing) -> body -> body -> signature -> signature", v476, end - pos)
    pos += v476
    return pos


def _check_body_server_key_exchange_TLS_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    pos = _check_params(data, pos, end, p_key_exchange)
    ok477 = False
    fb478 = pos
    try:
        pos = _check_signed_alt1(data, pos, end, p_key_exchange)
        ok477 = True
    except ExplicitError:
        raise
    except Exception:
        pos = fb478
    if not ok477:
        try:
            pos = _check_signed_alt2(data, pos, end, p_key_exchange)
            ok477 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb478
    if not ok477:
        try:
            if pos < end:
                raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
            ok477 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb478
    if not ok477:
        raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> signed -> signed")
    return pos


def _check_body_server_key_exchange_TLS_DHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    pos = _check_params_2(data, pos, end, p_key_exchange)
    ok479 = False
    fb480 = pos
    try:
        pos = _check_signed_alt1(data, pos, end, p_key_exchange)
        ok479 = True
    except ExplicitError:
        raise
    except Exception:
        pos = fb480
    if not ok479:
        try:
            pos = _check_signed_alt2(data, pos, end, p_key_exchange)
            ok479 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb480
    if not ok479:
        try:
            if pos < end:
                raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
            ok479 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb480
    if not ok479:
        raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> signed -> signed")
    return pos


def _check_body_certificate_request_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context -> certificate_request_context_length -> certificate_request_context_length", 1, end - pos)
    v481 = data[pos]
    pos += 1
    if end - pos < v481:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context", v481, end - pos)
    pos += v481
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v482 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v482:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v482, end - pos)
        end483 = pos + v482
        while pos < end483:
            fb484 = pos
            try:
                pos = _check_extension_5(data, pos, end483, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb484
                break
        if pos < end483:
            raise ExplicitError(f"{end483 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end483
    return pos


def _check_body_certificate_request_TLS_DH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v485 = data[pos]
    pos += 1
    if end - pos < v485:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v485, end - pos)
    end486 = pos + v485
    n487 = end486 - pos
    pos += n487
    if pos < end486:
        raise ExplicitError(f"{end486 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end486
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms -> signature_algorithms_length -> signature_algorithms_length", 2, end - pos)
    v488 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v488:
        raise _short("(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms", v488, end - pos)
    end489 = pos + v488
    n490 = (end489 - pos) // 2
    pos += n490 * 2
    if pos < end489:
        raise ExplicitError(f"{end489 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms")
    pos = end489
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v491 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v491:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v491, end - pos)
    end492 = pos + v491
    while pos < end492:
        fb493 = pos
        try:
            if end492 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end492 - pos)
            v494 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end492 - pos < v494:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v494, end492 - pos)
            pos += v494
        except ExplicitError:
            raise
        except Exception:
            pos = fb493
            break
    if pos < end492:
        raise ExplicitError(f"{end492 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end492
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_request_TLS_DH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v495 = data[pos]
    pos += 1
    if end - pos < v495:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v495, end - pos)
    end496 = pos + v495
    n497 = end496 - pos
    pos += n497
    if pos < end496:
        raise ExplicitError(f"{end496 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end496
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v498 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v498:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v498, end - pos)
    end499 = pos + v498
    while pos < end499:
        fb500 = pos
        try:
            if end499 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end499 - pos)
            v501 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end499 - pos < v501:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v501, end499 - pos)
            pos += v501
        except ExplicitError:
            raise
        except Exception:
            pos = fb500
            break
    if pos < end499:
        raise ExplicitError(f"{end499 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end499
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_request_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v502 = data[pos]
    pos += 1
    if end - pos < v502:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v502, end - pos)
    end503 = pos + v502
    n504 = end503 - pos
    pos += n504
    if pos < end503:
        raise ExplicitError(f"{end503 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end503
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v505 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v505:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v505, end - pos)
    end506 = pos + v505
    while pos < end506:
        fb507 = pos
        try:
            if end506 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end506 - pos)
            v508 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end506 - pos < v508:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v508, end506 - pos)
            pos += v508
        except ExplicitError:
            raise
        except Exception:
            pos = fb507
            break
    if pos < end506:
        raise ExplicitError(f"{end506 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end506
    return pos


def _check_body_certificate_verify_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v509 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v509:
        raise _short("(parsing) -> body -> body -> signature -> signature", v509, end - pos)
    pos += v509
    return pos


def _check_body_certificate_verify_TLS_DH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v510 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v510:
        raise _short("(parsing) -> body -> body -> signature -> signature", v510, end - pos)
    pos += v510
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_DH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v511 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v511:
        raise _short("(parsing) -> body -> body -> signature -> signature", v511, end - pos)
    pos += v511
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_DHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v512 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v512:
        raise _short("(parsing) -> body -> body -> signature -> signature", v512, end - pos)
    pos += v512
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_DHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v513 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v513:
        raise _short("(parsing) -> body -> body -> signature -> signature", v513, end - pos)
    pos += v513
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECCPWD_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v514 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v514:
        raise _short("(parsing) -> body -> body -> signature -> signature", v514, end - pos)
    pos += v514
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECCPWD_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v515 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v515:
        raise _short("(parsing) -> body -> body -> signature -> signature", v515, end - pos)
    pos += v515
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECDH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v516 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v516:
        raise _short("(parsing) -> body -> body -> signature -> signature", v516, end - pos)
    pos += v516
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECDH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v517 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v517:
        raise _short("(parsing) -> body -> body -> signature -> signature", v517, end - pos)
    pos += v517
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v518 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v518:
        raise _short("(parsing) -> body -> body -> signature -> signature", v518, end - pos)
    pos += v518
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v519 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v519:
        raise _short("(parsing) -> body -> body -> signature -> signature", v519, end - pos)
    pos += v519
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_KRB5_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v520 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v520:
        raise _short("(parsing) -> body -> body -> signature -> signature", v520, end - pos)
    pos += v520
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_KRB5_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v521 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v521:
        raise _short("(parsing) -> body -> body -> signature -> signature", v521, end - pos)
    pos += v521
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_NULL_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v522 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v522:
        raise _short("(parsing) -> body -> body -> signature -> signature", v522, end - pos)
    pos += v522
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_NULL_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v523 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v523:
        raise _short("(parsing) -> body -> body -> signature -> signature", v523, end - pos)
    pos += v523
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_PSK_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v524 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v524:
        raise _short("(parsing) -> body -> body -> signature -> signature", v524, end - pos)
    pos += v524
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_PSK_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v525 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v525:
        raise _short("(parsing) -> body -> body -> signature -> signature", v525, end - pos)
    pos += v525
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_RSA_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v526 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v526:
        raise _short("(parsing) -> body -> body -> signature -> signature", v526, end - pos)
    pos += v526
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_RSA_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v527 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v527:
        raise _short("(parsing) -> body -> body -> signature -> signature", v527, end - pos)
    pos += v527
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_SRP_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v528 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v528:
        raise _short("(parsing) -> body -> body -> signature -> signature", v528, end - pos)
    pos += v528
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_SRP_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v529 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v529:
        raise _short("(parsing) -> body -> body -> signature -> signature", v529, end - pos)
    pos += v529
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v530 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v530:
        raise _short("(parsing) -> body -> body -> signature -> signature", v530, end - pos)
    pos += v530
    return pos


def _check_body_client_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master -> encrypted_pre_master_length -> encrypted_pre_master_length", 2, end - pos)
    v531 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v531:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master", v531, end - pos)
    pos += v531
    return pos


def _check_body_client_key_exchange_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    pos = _check_params_3(data, pos, end, p_key_exchange)
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_client_key_exchange_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v532 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v532:
        raise _short("(parsing) -> body -> body -> params -> params", v532, end - pos)
    end533 = pos + v532
    pos = _check_params_3(data, pos, end533, p_key_exchange)
    pos = end533
    return pos


def _check_body_client_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v534 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v534:
        raise _short("(parsing) -> body -> body -> params -> params", v534, end - pos)
    pos += v534
    return pos


def _check_body_client_key_exchange_TLS_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> point -> point -> point_length -> point_length", 1, end - pos)
    v535 = data[pos]
    pos += 1
    if end - pos < v535:
        raise _short("(parsing) -> body -> body -> point -> point", v535, end - pos)
    pos += v535
    return pos


def _check_body_client_key_exchange_TLS_DHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> dh_Yc -> dh_Yc -> dh_Yc_length -> dh_Yc_length", 2, end - pos)
    v536 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v536:
        raise _short("(parsing) -> body -> body -> dh_Yc -> dh_Yc", v536, end - pos)
    pos += v536
    return pos


def _check_body_finished_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    pos = end
    return pos


def _check_body_finished_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 12:
        raise _short("(parsing) -> body -> body -> verify_data -> verify_data", 12, end - pos)
    pos += 12
    return pos


def _check_body_key_update(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> request_update -> request_update", 1, end - pos)
    pos += 1
    return pos


def _check_body_compressed_certificate(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> uncompressed_length -> uncompressed_length", 3, end - pos)
    pos += 3
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> compressed_certificate_message -> compressed_certificate_message -> compressed_length -> compressed_length", 3, end - pos)
    v537 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v537:
        raise _short("(parsing) -> body -> body -> compressed_certificate_message -> compressed_certificate_message", v537, end - pos)
    pos += v537
    return pos


def _parse_random(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> random -> random -> gmt_unix_time -> gmt_unix_time", 4, end - pos)
    v538 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 28:
        raise _short("(parsing) -> body -> body -> random -> random -> random_bytes -> random_bytes", 28, end - pos)
    v539 = data[pos:pos + 28]
    pos += 28
    return _Container_random(gmt_unix_time=v538, random_bytes=v539), pos


def _parse_extension(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v540 = _unpack_be_H(data, pos)[0]
    pos += 2
    v541 = _NAMES_type[v540]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v542 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v542:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v542, end - pos)
    end543 = pos + v542
    v544: Any
    k545 = _CASES_data.get(v541, -1)
    if k545 == 0:
        v546: Any = None
        if pos < end543:
            if end543 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end543 - pos)
            v547 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end543 - pos < v547:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v547, end543 - pos)
            end548 = pos + v547
            v549 = ListContainer()
            while pos < end548:
                fb550 = pos
                try:
                    v551, pos = _parse_server_name(data, pos, end548, p_key_exchange)
                    v549.append(v551)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb550
                    break
            if pos < end548:
                raise ExplicitError(f"{end548 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end548
            v546 = v549
        v544 = v546
    elif k545 == 1:
        if end543 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end543 - pos)
        v552 = data[pos]
        pos += 1
        if end543 - pos < v552:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v552, end543 - pos)
        v553 = data[pos:pos + v552]
        pos += v552
        v544 = v553
    elif k545 == 2:
        if end543 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_groups_length -> supported_groups_length", 2, end543 - pos)
        v554 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end543 - pos < v554:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v554, end543 - pos)
        end555 = pos + v554
        n557 = (end555 - pos) // 2
        v556 = ListContainer(map(_NAMES_supported_group.__getitem__, struct.unpack_from(f">{n557}H", data, pos)))
        pos += n557 * 2
        if pos < end555:
            raise ExplicitError(f"{end555 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end555
        v544 = v556
    elif k545 == 3:
        if end543 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> ec_point_formats_length -> ec_point_formats_length", 1, end543 - pos)
        v558 = data[pos]
        pos += 1
        if end543 - pos < v558:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v558, end543 - pos)
        end559 = pos + v558
        n561 = end559 - pos
        v560 = ListContainer(map(_NAMES_ec_point_format.__getitem__, data[pos:pos + n561]))
        pos += n561
        if pos < end559:
            raise ExplicitError(f"{end559 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end559
        v544 = v560
    elif k545 == 4:
        if end543 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end543 - pos)
        v562 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end543 - pos < v562:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v562, end543 - pos)
        end563 = pos + v562
        n565 = (end563 - pos) // 2
        v564 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n565}H", data, pos)))
        pos += n565 * 2
        if pos < end563:
            raise ExplicitError(f"{end563 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end563
        v544 = v564
    elif k545 == 5:
        if end543 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end543 - pos)
        v566 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end543 - pos < v566:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v566, end543 - pos)
        end567 = pos + v566
        n569 = (end567 - pos) // 2
        v568 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n569}H", data, pos)))
        pos += n569 * 2
        if pos < end567:
            raise ExplicitError(f"{end567 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end567
        v544 = v568
    elif k545 == 6:
        if end543 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end543 - pos)
        v570 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end543 - pos < v570:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v570, end543 - pos)
        end571 = pos + v570
        v572 = ListContainer()
        while pos < end571:
            fb573 = pos
            try:
                if end571 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end571 - pos)
                v574 = data[pos]
                pos += 1
                if end571 - pos < v574:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v574, end571 - pos)
                v575 = data[pos:pos + v574]
                pos += v574
                v572.append(v575)
            except ExplicitError:
                raise
            except Exception:
                pos = fb573
                break
        if pos < end571:
            raise ExplicitError(f"{end571 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end571
        v544 = v572
    elif k545 == 7:
        if end543 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_versions_length -> supported_versions_length", 1, end543 - pos)
        v576 = data[pos]
        pos += 1
        if end543 - pos < v576:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v576, end543 - pos)
        end577 = pos + v576
        n579 = (end577 - pos) // 2
        v578 = ListContainer(map(_NAMES_supported_version.__getitem__, struct.unpack_from(f">{n579}H", data, pos)))
        pos += n579 * 2
        if pos < end577:
            raise ExplicitError(f"{end577 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end577
        v544 = v578
    elif k545 == 8:
        if end543 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> client_shares_length -> client_shares_length", 2, end543 - pos)
        v580 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end543 - pos < v580:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v580, end543 - pos)
        end581 = pos + v580
        v582 = ListContainer()
        while pos < end581:
            fb583 = pos
            try:
                v584, pos = _parse_key_share_entry(data, pos, end581, p_key_exchange)
                v582.append(v584)
            except ExplicitError:
                raise
            except Exception:
                pos = fb583
                break
        if pos < end581:
            raise ExplicitError(f"{end581 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end581
        v544 = v582
    elif k545 == 9:
        v585, pos = _parse_data_pre_shared_key(data, pos, end543, p_key_exchange)
        v544 = v585
    elif k545 == 10:
        if end543 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> psk_ke_modes_length -> psk_ke_modes_length", 1, end543 - pos)
        v586 = data[pos]
        pos += 1
        if end543 - pos < v586:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v586, end543 - pos)
        end587 = pos + v586
        n589 = end587 - pos
        v588 = ListContainer(map(_NAMES_psk_ke_mode.__getitem__, data[pos:pos + n589]))
        pos += n589
        if pos < end587:
            raise ExplicitError(f"{end587 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end587
        v544 = v588
    elif k545 == 11:
        if end543 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> cookie_length -> cookie_length", 2, end543 - pos)
        v590 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end543 - pos < v590:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v590, end543 - pos)
        v591 = data[pos:pos + v590]
        pos += v590
        v544 = v591
    else:
        v592 = data[pos:end543]
        pos = end543
        v544 = v592
    pos = end543
    return _Container_extension(type=v541, data=v544), pos


def _parse_extension_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v593 = _unpack_be_H(data, pos)[0]
    pos += 2
    v594 = _NAMES_type[v593]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v595 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v595:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v595, end - pos)
    end596 = pos + v595
    v597: Any
    k598 = _CASES_data_2.get(v594, -1)
    if k598 == 0:
        v599: Any = None
        if pos < end596:
            if end596 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end596 - pos)
            v600 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end596 - pos < v600:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v600, end596 - pos)
            end601 = pos + v600
            v602 = ListContainer()
            while pos < end601:
                fb603 = pos
                try:
                    v604, pos = _parse_server_name(data, pos, end601, p_key_exchange)
                    v602.append(v604)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb603
                    break
            if pos < end601:
                raise ExplicitError(f"{end601 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end601
            v599 = v602
        v597 = v599
    elif k598 == 1:
        if end596 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end596 - pos)
        v605 = data[pos]
        pos += 1
        if end596 - pos < v605:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v605, end596 - pos)
        v606 = data[pos:pos + v605]
        pos += v605
        v597 = v606
    elif k598 == 2:
        if end596 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> ec_point_formats_length -> ec_point_formats_length", 1, end596 - pos)
        v607 = data[pos]
        pos += 1
        if end596 - pos < v607:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v607, end596 - pos)
        end608 = pos + v607
        n610 = end608 - pos
        v609 = ListContainer(map(_NAMES_ec_point_format.__getitem__, data[pos:pos + n610]))
        pos += n610
        if pos < end608:
            raise ExplicitError(f"{end608 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end608
        v597 = v609
    elif k598 == 3:
        if end596 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end596 - pos)
        v611 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end596 - pos < v611:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v611, end596 - pos)
        end612 = pos + v611
        v613 = ListContainer()
        while pos < end612:
            fb614 = pos
            try:
                if end612 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end612 - pos)
                v615 = data[pos]
                pos += 1
                if end612 - pos < v615:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v615, end612 - pos)
                v616 = data[pos:pos + v615]
                pos += v615
                v613.append(v616)
            except ExplicitError:
                raise
            except Exception:
                pos = fb614
                break
        if pos < end612:
            raise ExplicitError(f"{end612 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end612
        v597 = v613
    elif k598 == 4:
        if end596 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_version -> selected_version", 2, end596 - pos)
        v617 = _unpack_be_H(data, pos)[0]
        pos += 2
        v618 = _NAMES_supported_version[v617]
        v597 = v618
    elif k598 == 5:
        ok620 = False
        fb621 = pos
        v619: Any = None
        try:
            v622, pos = _parse_data_key_share_alt1(data, pos, end596, p_key_exchange)
            v619 = v622
            ok620 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb621
        if not ok620:
            try:
                v623, pos = _parse_data_key_share_alt2(data, pos, end596, p_key_exchange)
                v619 = v623
                ok620 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb621
        if not ok620:
            raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        v597 = v619
    elif k598 == 6:
        if end596 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_identity -> selected_identity", 2, end596 - pos)
        v624 = _unpack_be_H(data, pos)[0]
        pos += 2
        v597 = v624
    elif k598 == 7:
        if end596 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> cookie_length -> cookie_length", 2, end596 - pos)
        v625 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end596 - pos < v625:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v625, end596 - pos)
        v626 = data[pos:pos + v625]
        pos += v625
        v597 = v626
    else:
        v627 = data[pos:end596]
        pos = end596
        v597 = v627
    pos = end596
    return _Container_extension(type=v594, data=v597), pos


def _parse_extension_3(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v628 = _unpack_be_H(data, pos)[0]
    pos += 2
    v629 = _NAMES_type[v628]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v630 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v630:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v630, end - pos)
    end631 = pos + v630
    v632: Any
    k633 = _CASES_data_3.get(v629, -1)
    if k633 == 0:
        v634: Any = None
        if pos < end631:
            if end631 - pos < 4:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> max_early_data_size -> max_early_data_size", 4, end631 - pos)
            v635 = _unpack_be_L(data, pos)[0]
            pos += 4
            v634 = v635
        v632 = v634
    else:
        v636 = data[pos:end631]
        pos = end631
        v632 = v636
    pos = end631
    return _Container_extension(type=v629, data=v632), pos


def _parse_extension_4(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v637 = _unpack_be_H(data, pos)[0]
    pos += 2
    v638 = _NAMES_type[v637]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v639 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v639:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v639, end - pos)
    end640 = pos + v639
    v641: Any
    k642 = _CASES_data_4.get(v638, -1)
    if k642 == 0:
        v643: Any = None
        if pos < end640:
            if end640 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end640 - pos)
            v644 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end640 - pos < v644:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v644, end640 - pos)
            end645 = pos + v644
            v646 = ListContainer()
            while pos < end645:
                fb647 = pos
                try:
                    v648, pos = _parse_server_name(data, pos, end645, p_key_exchange)
                    v646.append(v648)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb647
                    break
            if pos < end645:
                raise ExplicitError(f"{end645 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end645
            v643 = v646
        v641 = v643
    elif k642 == 1:
        if end640 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_groups_length -> supported_groups_length", 2, end640 - pos)
        v649 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end640 - pos < v649:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v649, end640 - pos)
        end650 = pos + v649
        n652 = (end650 - pos) // 2
        v651 = ListContainer(map(_NAMES_supported_group.__getitem__, struct.unpack_from(f">{n652}H", data, pos)))
        pos += n652 * 2
        if pos < end650:
            raise ExplicitError(f"{end650 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end650
        v641 = v651
    elif k642 == 2:
        if end640 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end640 - pos)
        v653 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end640 - pos < v653:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v653, end640 - pos)
        end654 = pos + v653
        v655 = ListContainer()
        while pos < end654:
            fb656 = pos
            try:
                if end654 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end654 - pos)
                v657 = data[pos]
                pos += 1
                if end654 - pos < v657:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v657, end654 - pos)
                v658 = data[pos:pos + v657]
                pos += v657
                v655.append(v658)
            except ExplicitError:
                raise
            except Exception:
                pos = fb656
                break
        if pos < end654:
            raise ExplicitError(f"{end654 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end654
        v641 = v655
    else:
        v659 = data[pos:end640]
        pos = end640
        v641 = v659
    pos = end640
    return _Container_extension(type=v638, data=v641), pos


def _parse_certificate_entry(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> cert_data -> cert_data -> certificate_length -> certificate_length", 3, end - pos)
    v660 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v660:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> cert_data -> cert_data", v660, end - pos)
    v661 = data[pos:pos + v660]
    pos += v660
    v662: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v663 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v663:
            raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions", v663, end - pos)
        end664 = pos + v663
        v665 = ListContainer()
        while pos < end664:
            fb666 = pos
            try:
                v667, pos = _parse_extension_6(data, pos, end664, p_key_exchange)
                v665.append(v667)
            except ExplicitError:
                raise
            except Exception:
                pos = fb666
                break
        if pos < end664:
            raise ExplicitError(f"{end664 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions")
        pos = end664
        v662 = v665
    return _Container_certificate_entry(cert_data=v661, extensions=v662), pos


def _parse_params(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> curve_type -> curve_type", 1, end - pos)
    v668 = data[pos]
    pos += 1
    v669 = _NAMES_curve_type[v668]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> named_curve -> named_curve", 2, end - pos)
    v670 = _unpack_be_H(data, pos)[0]
    pos += 2
    v671 = _NAMES_supported_group[v670]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point -> point_length -> point_length", 1, end - pos)
    v672 = data[pos]
    pos += 1
    if end - pos < v672:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v672, end - pos)
    v673 = data[pos:pos + v672]
    pos += v672
    return _Container_params(curve_type=v669, named_curve=v671, point=v673), pos


def _parse_signed_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> algorithm -> algorithm", 2, end - pos)
    v674 = _unpack_be_H(data, pos)[0]
    pos += 2
    v675 = _NAMES_signature_algorithm[v674]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v676 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v676:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature", v676, end - pos)
    v677 = data[pos:pos + v676]
    pos += v676
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
    return _Container_body_certificate_verify_TLS13(algorithm=v675, signature=v677), pos


def _parse_signed_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v678 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v678:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature", v678, end - pos)
    v679 = data[pos:pos + v678]
    pos += v678
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
    return _Container_body_server_key_exchange_ECC(signature=v679), pos


def _parse_params_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_p -> dh_p -> dh_p_length -> dh_p_length", 2, end - pos)
    v680 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v680:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_p -> dh_p", v680, end - pos)
    v681 = data[pos:pos + v680]
    pos += v680
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_g -> dh_g -> dh_g_length -> dh_g_length", 2, end - pos)
    v682 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v682:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_g -> dh_g", v682, end - pos)
    v683 = data[pos:pos + v682]
    pos += v682
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_Ys -> dh_Ys -> dh_Ys_length -> dh_Ys_length", 2, end - pos)
    v684 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v684:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_Ys -> dh_Ys", v684, end - pos)
    v685 = data[pos:pos + v684]
    pos += v684
    return _Container_params_2(dh_p=v681, dh_g=v683, dh_Ys=v685), pos


def _parse_extension_5(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v686 = _unpack_be_H(data, pos)[0]
    pos += 2
    v687 = _NAMES_type[v686]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v688 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v688:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v688, end - pos)
    end689 = pos + v688
    v690: Any
    k691 = _CASES_data_5.get(v687, -1)
    if k691 == 0:
        if end689 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end689 - pos)
        v692 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end689 - pos < v692:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v692, end689 - pos)
        end693 = pos + v692
        n695 = (end693 - pos) // 2
        v694 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n695}H", data, pos)))
        pos += n695 * 2
        if pos < end693:
            raise ExplicitError(f"{end693 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end693
        v690 = v694
    elif k691 == 1:
        if end689 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end689 - pos)
        v696 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end689 - pos < v696:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v696, end689 - pos)
        end697 = pos + v696
        n699 = (end697 - pos) // 2
        v698 = ListContainer(map(_NAMES_signature_algorithm.__getitem__, struct.unpack_from(f">{n699}H", data, pos)))
        pos += n699 * 2
        if pos < end697:
            raise ExplicitError(f"{end697 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end697
        v690 = v698
    elif k691 == 2:
        if end689 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_names_length -> distinguished_names_length", 2, end689 - pos)
        v700 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end689 - pos < v700:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v700, end689 - pos)
        end701 = pos + v700
        v702 = ListContainer()
        while pos < end701:
            fb703 = pos
            try:
                if end701 - pos < 2:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end701 - pos)
                v704 = _unpack_be_H(data, pos)[0]
                pos += 2
                if end701 - pos < v704:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_name -> distinguished_name", v704, end701 - pos)
                v705 = data[pos:pos + v704]
                pos += v704
                v702.append(v705)
            except ExplicitError:
                raise
            except Exception:
                pos = fb703
                break
        if pos < end701:
            raise ExplicitError(f"{end701 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end701
        v690 = v702
    else:
        v706 = data[pos:end689]
        pos = end689
        v690 = v706
    pos = end689
    return _Container_extension(type=v687, data=v690), pos


def _parse_params_3(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> curve_type -> curve_type", 1, end - pos)
    v707 = data[pos]
    pos += 1
    v708 = _NAMES_curve_type[v707]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> named_curve -> named_curve", 2, end - pos)
    v709 = _unpack_be_H(data, pos)[0]
    pos += 2
    v710 = _NAMES_supported_group[v709]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point -> point_length -> point_length", 1, end - pos)
    v711 = data[pos]
    pos += 1
    if end - pos < v711:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v711, end - pos)
    v712 = data[pos:pos + v711]
    pos += v711
    return _Container_params(curve_type=v708, named_curve=v710, point=v712), pos


def _check_random(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> random -> random -> gmt_unix_time -> gmt_unix_time", 4, end - pos)
    pos += 4
    if end - pos < 28:
        raise _short("(parsing) -> body -> body -> random -> random -> random_bytes -> random_bytes", 28, end - pos)
    pos += 28
    return pos


def _check_extension(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v713 = _unpack_be_H(data, pos)[0]
    pos += 2
    v714 = _NAMES_type[v713]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v715 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v715:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v715, end - pos)
    end716 = pos + v715
    k717 = _CASES_data.get(v714, -1)
    if k717 == 0:
        if pos < end716:
            if end716 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end716 - pos)
            v718 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end716 - pos < v718:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v718, end716 - pos)
            end719 = pos + v718
            while pos < end719:
                fb720 = pos
                try:
                    pos = _check_server_name(data, pos, end719, p_key_exchange)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb720
                    break
            if pos < end719:
                raise ExplicitError(f"{end719 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end719
    elif k717 == 1:
        if end716 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end716 - pos)
        v721 = data[pos]
        pos += 1
        if end716 - pos < v721:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v721, end716 - pos)
        pos += v721
    elif k717 == 2:
        if end716 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_groups_length -> supported_groups_length", 2, end716 - pos)
        v722 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end716 - pos < v722:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v722, end716 - pos)
        end723 = pos + v722
        n724 = (end723 - pos) // 2
        pos += n724 * 2
        if pos < end723:
            raise ExplicitError(f"{end723 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end723
    elif k717 == 3:
        if end716 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> ec_point_formats_length -> ec_point_formats_length", 1, end716 - pos)
        v725 = data[pos]
        pos += 1
        if end716 - pos < v725:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v725, end716 - pos)
        end726 = pos + v725
        n727 = end726 - pos
        pos += n727
        if pos < end726:
            raise ExplicitError(f"{end726 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end726
    elif k717 == 4:
        if end716 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end716 - pos)
        v728 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end716 - pos < v728:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v728, end716 - pos)
        end729 = pos + v728
        n730 = (end729 - pos) // 2
        pos += n730 * 2
        if pos < end729:
            raise ExplicitError(f"{end729 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end729
    elif k717 == 5:
        if end716 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end716 - pos)
        v731 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end716 - pos < v731:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v731, end716 - pos)
        end732 = pos + v731
        n733 = (end732 - pos) // 2
        pos += n733 * 2
        if pos < end732:
            raise ExplicitError(f"{end732 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end732
    elif k717 == 6:
        if end716 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end716 - pos)
        v734 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end716 - pos < v734:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v734, end716 - pos)
        end735 = pos + v734
        while pos < end735:
            fb736 = pos
            try:
                if end735 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end735 - pos)
                v737 = data[pos]
                pos += 1
                if end735 - pos < v737:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v737, end735 - pos)
                pos += v737
            except ExplicitError:
                raise
            except Exception:
                pos = fb736
                break
        if pos < end735:
            raise ExplicitError(f"{end735 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end735
    elif k717 == 7:
        if end716 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_versions_length -> supported_versions_length", 1, end716 - pos)
        v738 = data[pos]
        pos += 1
        if end716 - pos < v738:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v738, end716 - pos)
        end739 = pos + v738
        n740 = (end739 - pos) // 2
        pos += n740 * 2
        if pos < end739:
            raise ExplicitError(f"{end739 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end739
    elif k717 == 8:
        if end716 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> client_shares_length -> client_shares_length", 2, end716 - pos)
        v741 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end716 - pos < v741:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v741, end716 - pos)
        end742 = pos + v741
        while pos < end742:
            fb743 = pos
            try:
                pos = _check_key_share_entry(data, pos, end742, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb743
                break
        if pos < end742:
            raise ExplicitError(f"{end742 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end742
    elif k717 == 9:
        pos = _check_data_pre_shared_key(data, pos, end716, p_key_exchange)
    elif k717 == 10:
        if end716 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> psk_ke_modes_length -> psk_ke_modes_length", 1, end716 - pos)
        v744 = data[pos]
        pos += 1
        if end716 - pos < v744:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v744, end716 - pos)
        end745 = pos + v744
        n746 = end745 - pos
        pos += n746
        if pos < end745:
            raise ExplicitError(f"{end745 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end745
    elif k717 == 11:
        if end716 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> cookie_length -> cookie_length", 2, end716 - pos)
        v747 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end716 - pos < v747:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v747, end716 - pos)
        pos += v747
    else:
        pos = end716
    pos = end716
    return pos


def _check_extension_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v748 = _unpack_be_H(data, pos)[0]
    pos += 2
    v749 = _NAMES_type[v748]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v750 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v750:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v750, end - pos)
    end751 = pos + v750
    k752 = _CASES_data_2.get(v749, -1)
    if k752 == 0:
        if pos < end751:
            if end751 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end751 - pos)
            v753 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end751 - pos < v753:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v753, end751 - pos)
            end754 = pos + v753
            while pos < end754:
                fb755 = pos
                try:
                    pos = _check_server_name(data, pos, end754, p_key_exchange)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb755
                    break
            if pos < end754:
                raise ExplicitError(f"{end754 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end754
    elif k752 == 1:
        if end751 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end751 - pos)
        v756 = data[pos]
        pos += 1
        if end751 - pos < v756:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v756, end751 - pos)
        pos += v756
    elif k752 == 2:
        if end751 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> ec_point_formats_length -> ec_point_formats_length", 1, end751 - pos)
        v757 = data[pos]
        pos += 1
        if end751 - pos < v757:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v757, end751 - pos)
        end758 = pos + v757
        n759 = end758 - pos
        pos += n759
        if pos < end758:
            raise ExplicitError(f"{end758 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end758
    elif k752 == 3:
        if end751 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end751 - pos)
        v760 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end751 - pos < v760:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v760, end751 - pos)
        end761 = pos + v760
        while pos < end761:
            fb762 = pos
            try:
                if end761 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end761 - pos)
                v763 = data[pos]
                pos += 1
                if end761 - pos < v763:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v763, end761 - pos)
                pos += v763
            except ExplicitError:
                raise
            except Exception:
                pos = fb762
                break
        if pos < end761:
            raise ExplicitError(f"{end761 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end761
    elif k752 == 4:
        if end751 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_version -> selected_version", 2, end751 - pos)
        pos += 2
    elif k752 == 5:
        ok764 = False
        fb765 = pos
        try:
            pos = _check_data_key_share_alt1(data, pos, end751, p_key_exchange)
            ok764 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb765
        if not ok764:
            try:
                pos = _check_data_key_share_alt2(data, pos, end751, p_key_exchange)
                ok764 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb765
        if not ok764:
            raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
    elif k752 == 6:
        if end751 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_identity -> selected_identity", 2, end751 - pos)
        pos += 2
    elif k752 == 7:
        if end751 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> cookie_length -> cookie_length", 2, end751 - pos)
        v766 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end751 - pos < v766:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v766, end751 - pos)
        pos += v766
    else:
        pos = end751
    pos = end751
    return pos


def _check_extension_3(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v767 = _unpack_be_H(data, pos)[0]
    pos += 2
    v768 = _NAMES_type[v767]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v769 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v769:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v769, end - pos)
    end770 = pos + v769
    k771 = _CASES_data_3.get(v768, -1)
    if k771 == 0:
        if pos < end770:
            if end770 - pos < 4:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> max_early_data_size -> max_early_data_size", 4, end770 - pos)
            pos += 4
    else:
        pos = end770
    pos = end770
    return pos


def _check_extension_4(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v772 = _unpack_be_H(data, pos)[0]
    pos += 2
    v773 = _NAMES_type[v772]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v774 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v774:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v774, end - pos)
    end775 = pos + v774
    k776 = _CASES_data_4.get(v773, -1)
    if k776 == 0:
        if pos < end775:
            if end775 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end775 - pos)
            v777 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end775 - pos < v777:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v777, end775 - pos)
            end778 = pos + v777
            while pos < end778:
                fb779 = pos
                try:
                    pos = _check_server_name(data, pos, end778, p_key_exchange)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb779
                    break
            if pos < end778:
                raise ExplicitError(f"{end778 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end778
    elif k776 == 1:
        if end775 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_groups_length -> supported_groups_length", 2, end775 - pos)
        v780 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end775 - pos < v780:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v780, end775 - pos)
        end781 = pos + v780
        n782 = (end781 - pos) // 2
        pos += n782 * 2
        if pos < end781:
            raise ExplicitError(f"{end781 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end781
    elif k776 == 2:
        if end775 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end775 - pos)
        v783 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end775 - pos < v783:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v783, end775 - pos)
        end784 = pos + v783
        while pos < end784:
            fb785 = pos
            try:
                if end784 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end784 - pos)
                v786 = data[pos]
                pos += 1
                if end784 - pos < v786:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v786, end784 - pos)
                pos += v786
            except ExplicitError:
                raise
            except Exception:
                pos = fb785
                break
        if pos < end784:
            raise ExplicitError(f"{end784 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end784
    else:
        pos = end775
    pos = end775
    return pos


def _check_certificate_entry(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> cert_data -> cert_data -> certificate_length -> certificate_length", 3, end - pos)
    v787 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v787:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> cert_data -> cert_data", v787, end - pos)
    pos += v787
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v788 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v788:
            raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions", v788, end - pos)
        end789 = pos + v788
        while pos < end789:
            fb790 = pos
            try:
                pos = _check_extension_6(data, pos, end789, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb790
                break
        if pos < end789:
            raise ExplicitError(f"{end789 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions")
        pos = end789
    return pos


def _check_params(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> curve_type -> curve_type", 1, end - pos)
    pos += 1
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> named_curve -> named_curve", 2, end - pos)
    pos += 2
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point -> point_length -> point_length", 1, end - pos)
    v791 = data[pos]
    pos += 1
    if end - pos < v791:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v791, end - pos)
    pos += v791
    return pos


def _check_signed_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v792 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v792:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature", v792, end - pos)
    pos += v792
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
    return pos


def _check_signed_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v793 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v793:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature", v793, end - pos)
    pos += v793
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
    return pos


def _check_params_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_p -> dh_p -> dh_p_length -> dh_p_length", 2, end - pos)
    v794 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v794:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_p -> dh_p", v794, end - pos)
    pos += v794
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_g -> dh_g -> dh_g_length -> dh_g_length", 2, end - pos)
    v795 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v795:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_g -> dh_g", v795, end - pos)
    pos += v795
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_Ys -> dh_Ys -> dh_Ys_length -> dh_Ys_length", 2, end - pos)
    v796 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v796:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_Ys -> dh_Ys", v796, end - pos)
    pos += v796
    return pos


def _check_extension_5(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v797 = _unpack_be_H(data, pos)[0]
    pos += 2
    v798 = _NAMES_type[v797]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v799 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v799:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v799, end - pos)
    end800 = pos + v799
    k801 = _CASES_data_5.get(v798, -1)
    if k801 == 0:
        if end800 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end800 - pos)
        v802 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end800 - pos < v802:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v802, end800 - pos)
        end803 = pos + v802
        n804 = (end803 - pos) // 2
        pos += n804 * 2
        if pos < end803:
            raise ExplicitError(f"{end803 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end803
    elif k801 == 1:
        if end800 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end800 - pos)
        v805 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end800 - pos < v805:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v805, end800 - pos)
        end806 = pos + v805
        n807 = (end806 - pos) // 2
        pos += n807 * 2
        if pos < end806:
            raise ExplicitError(f"{end806 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end806
    elif k801 == 2:
        if end800 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_names_length -> distinguished_names_length", 2, end800 - pos)
        v808 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end800 - pos < v808:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v808, end800 - pos)
        end809 = pos + v808
        while pos < end809:
            fb810 = pos
            try:
                if end809 - pos < 2:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end809 - pos)
                v811 = _unpack_be_H(data, pos)[0]
                pos += 2
                if end809 - pos < v811:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_name -> distinguished_name", v811, end809 - pos)
                pos += v811
            except ExplicitError:
                raise
            except Exception:
                pos = fb810
                break
        if pos < end809:
            raise ExplicitError(f"{end809 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end809
    else:
        pos = end800
    pos = end800
    return pos


def _check_params_3(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> curve_type -> curve_type", 1, end - pos)
    pos += 1
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> named_curve -> named_curve", 2, end - pos)
    pos += 2
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point -> point_length -> point_length", 1, end - pos)
    v812 = data[pos]
    pos += 1
    if end - pos < v812:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v812, end - pos)
    pos += v812
    return pos


def _parse_server_name(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name_type -> name_type", 1, end - pos)
    v813 = data[pos]
    pos += 1
    v814 = _NAMES_name_type[v813]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name -> name_length -> name_length", 2, end - pos)
    v815 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v815:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name", v815, end - pos)
    v816 = data[pos:pos + v815]
    pos += v815
    return _Container_server_name(name_type=v814, name=v816), pos


def _parse_key_share_entry(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> group -> group", 2, end - pos)
    v817 = _unpack_be_H(data, pos)[0]
    pos += 2
    v818 = _NAMES_supported_group[v817]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> key_exchange -> key_exchange -> key_exchange_length -> key_exchange_length", 2, end - pos)
    v819 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v819:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> key_exchange -> key_exchange", v819, end - pos)
    v820 = data[pos:pos + v819]
    pos += v819
    return _Container_key_share_entry(group=v818, key_exchange=v820), pos


def _parse_data_pre_shared_key(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identities_length -> identities_length", 2, end - pos)
    v821 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v821:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities", v821, end - pos)
    end822 = pos + v821
    v823 = ListContainer()
    while pos < end822:
        fb824 = pos
        try:
            v825, pos = _parse_identity(data, pos, end822, p_key_exchange)
            v823.append(v825)
        except ExplicitError:
            raise
        except Exception:
            pos = fb824
            break
    if pos < end822:
        raise ExplicitError(f"{end822 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities")
    pos = end822
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binders_length -> binders_length", 2, end - pos)
    v826 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v826:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders", v826, end - pos)
    end827 = pos + v826
    v828 = ListContainer()
    while pos < end827:
        fb829 = pos
        try:
            if end827 - pos < 1:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binder -> binder -> binder_length -> binder_length", 1, end827 - pos)
            v830 = data[pos]
            pos += 1
            if end827 - pos < v830:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binder -> binder", v830, end827 - pos)
            v831 = data[pos:pos + v830]
            pos += v830
            v828.append(v831)
        except ExplicitError:
            raise
        except Exception:
            pos = fb829
            break
    if pos < end827:
        raise ExplicitError(f"{end827 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders")
    pos = end827
    return _Container_data_pre_shared_key(identities=v823, binders=v828), pos


def _parse_data_key_share_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v832, pos = _parse_server_share(data, pos, end, p_key_exchange)
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
    return _Container_data_key_share_alt1(server_share=v832), pos


def _parse_data_key_share_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_group -> selected_group", 2, end - pos)
    v833 = _unpack_be_H(data, pos)[0]
    pos += 2
    v834 = _NAMES_supported_group[v833]
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
    return _Container_data_key_share_alt2(selected_group=v834), pos


def _parse_extension_6(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v835 = _unpack_be_H(data, pos)[0]
    pos += 2
    v836 = _NAMES_type[v835]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v837 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v837:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> data -> data", v837, end - pos)
    end838 = pos + v837
    v839: Any
    v840 = data[pos:end838]
    pos = end838
    v839 = v840
    pos = end838
    return _Container_extension(type=v836, data=v839), pos


def _check_server_name(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name_type -> name_type", 1, end - pos)
    pos += 1
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name -> name_length -> name_length", 2, end - pos)
    v841 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v841:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name", v841, end - pos)
    pos += v841
    return pos


def _check_key_share_entry(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> group -> group", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> key_exchange -> key_exchange -> key_exchange_length -> key_exchange_length", 2, end - pos)
    v842 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v842:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> key_exchange -> key_exchange", v842, end - pos)
    pos += v842
    return pos


def _check_data_pre_shared_key(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identities_length -> identities_length", 2, end - pos)
    v843 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v843:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities", v843, end - pos)
    end844 = pos + v843
    while pos < end844:
        fb845 = pos
        try:
            pos = _check_identity(data, pos, end844, p_key_exchange)
        except ExplicitError:
            raise
        except Exception:
            pos = fb845
            break
    if pos < end844:
        raise ExplicitError(f"{end844 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities")
    pos = end844
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binders_length -> binders_length", 2, end - pos)
    v846 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v846:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders", v846, end - pos)
    end847 = pos + v846
    while pos < end847:
        fb848 = pos
        try:
            if end847 - pos < 1:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binder -> binder -> binder_length -> binder_length", 1, end847 - pos)
            v849 = data[pos]
            pos += 1
            if end847 - pos < v849:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binder -> binder", v849, end847 - pos)
            pos += v849
        except ExplicitError:
            raise
        except Exception:
            pos = fb848
            break
    if pos < end847:
        raise ExplicitError(f"{end847 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders")
    pos = end847
    return pos


def _check_data_key_share_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    pos = _check_server_share(data, pos, end, p_key_exchange)
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
    return pos


def _check_data_key_share_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_group -> selected_group", 2, end - pos)
    pos += 2
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
    return pos


def _check_extension_6(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v850 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v850:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> data -> data", v850, end - pos)
    end851 = pos + v850
    pos = end851
    return pos


def _parse_identity(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> identity -> identity -> identity_length -> identity_length", 2, end - pos)
    v852 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v852:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> identity -> identity", v852, end - pos)
    v853 = data[pos:pos + v852]
    pos += v852
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> obfuscated_ticket_age -> obfuscated_ticket_age", 4, end - pos)
    v854 = _unpack_be_L(data, pos)[0]
    pos += 4
    return _Container_identity(identity=v853, obfuscated_ticket_age=v854), pos


def _parse_server_share(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> group -> group", 2, end - pos)
    v855 = _unpack_be_H(data, pos)[0]
    pos += 2
    v856 = _NAMES_supported_group[v855]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> key_exchange -> key_exchange -> key_exchange_length -> key_exchange_length", 2, end - pos)
    v857 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v857:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> key_exchange -> key_exchange", v857, end - pos)
    v858 = data[pos:pos + v857]
    pos += v857
    return _Container_key_share_entry(group=v856, key_exchange=v858), pos


def _check_identity(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> identity -> identity -> identity_length -> identity_length", 2, end - pos)
    v859 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v859:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> identity -> identity", v859, end - pos)
    pos += v859
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> obfuscated_ticket_age -> obfuscated_ticket_age", 4, end - pos)
    pos += 4
    return pos


def _check_server_share(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> group -> group", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> key_exchange -> key_exchange -> key_exchange_length -> key_exchange_length", 2, end - pos)
    v860 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v860:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> key_exchange -> key_exchange", v860, end - pos)
    pos += v860
    return pos


def parse_handshake(raw: bytes, key_exchange: str | None) -> Any:
    """What ``schema.parse(raw, key_exchange=key_exchange)`` returns, or the same construct error."""
    data = raw if type(raw) is bytes else bytes(raw)
    pos = 0
    end = len(data)
    p_key_exchange = key_exchange
    v1, pos = _parse_handshake(data, pos, end, p_key_exchange)
    return v1


def check_handshake(raw: bytes, key_exchange: str | None) -> None:
    """Raises what ``parse_handshake`` raises; nothing made of ``raw``."""
    data = raw if type(raw) is bytes else bytes(raw)
    pos = 0
    end = len(data)
    p_key_exchange = key_exchange
    pos = _check_handshake(data, pos, end, p_key_exchange)
