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
    4: _name(4, "new_session_ticket"),
    11: _name(11, "certificate"),
    12: _name(12, "server_key_exchange"),
    13: _name(13, "certificate_request"),
    14: _name(14, "server_hello_done"),
    15: _name(15, "certificate_verify"),
    16: _name(16, "client_key_exchange"),
    20: _name(20, "finished"),
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
    198: _name(198, "TLS_SM4_GCM_SM3"),
    199: _name(199, "TLS_SM4_CCM_SM3"),
    255: _name(255, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV"),
    22016: _name(22016, "TLS_FALLBACK_SCSV"),
})
_NAMES_compression_method = _Names({
    0: _name(0, "null"),
    1: _name(1, "DEFLATE"),
})
_NAMES_certificate_type = _Names({
    1: _name(1, "rsa_sign"),
    64: _name(64, "ecdsa_sign"),
    80: _name(80, "ibc_params"),
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
    18: _name(18, "signed_certificate_timestamp"),
    21: _name(21, "padding"),
    22: _name(22, "encrypt_then_mac"),
    23: _name(23, "extended_master_secret"),
    35: _name(35, "session_ticket"),
    43: _name(43, "supported_versions"),
    65281: _name(65281, "renegotiation_info"),
})
_NAMES_curve_type = _Names({
    1: _name(1, "explicit_prime"),
    2: _name(2, "explicit_char2"),
    3: _name(3, "named_curve"),
})
_NAMES_named_curve = _Names({
    41: _name(41, "sm2p256v1"),
    23: _name(23, "secp256r1"),
    24: _name(24, "secp384r1"),
    25: _name(25, "secp521r1"),
    29: _name(29, "x25519"),
})
_NAMES_name_type = _Names({
    0: _name(0, "host_name"),
})
_CASES_body = {
    "hello_request": 0,
    "client_hello": 1,
    "server_hello": 2,
    "new_session_ticket": 3,
    "certificate": 4,
    "server_key_exchange": 5,
    "certificate_request": 6,
    "server_hello_done": 7,
    "certificate_verify": 8,
    "client_key_exchange": 9,
    "finished": 10,
}
_CASES_body_server_key_exchange = {
    "ECDHE": 0,
    "ECC": 1,
    "IBSDH": 2,
    "IBC": 3,
    "RSA": 4,
}
_CASES_body_client_key_exchange = {
    "ECC": 0,
    "IBC": 1,
    "RSA": 2,
    "ECDHE": 3,
    "IBSDH": 4,
}
_CASES_data = {
    "server_name": 0,
    "renegotiation_info": 1,
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
        v11, pos = _parse_body_new_session_ticket(data, pos, end5, p_key_exchange)
        v6 = v11
    elif k7 == 4:
        v12, pos = _parse_body_certificate(data, pos, end5, p_key_exchange)
        v6 = v12
    elif k7 == 5:
        v13: Any
        k14 = _CASES_body_server_key_exchange.get(p_key_exchange, -1)
        if k14 == 0:
            v15, pos = _parse_body_server_key_exchange_ECDHE(data, pos, end5, p_key_exchange)
            v13 = v15
        elif k14 == 1:
            v16, pos = _parse_body_server_key_exchange_ECC(data, pos, end5, p_key_exchange)
            v13 = v16
        elif k14 == 2:
            v17, pos = _parse_body_server_key_exchange_IBSDH(data, pos, end5, p_key_exchange)
            v13 = v17
        elif k14 == 3:
            v18, pos = _parse_body_server_key_exchange_IBC(data, pos, end5, p_key_exchange)
            v13 = v18
        elif k14 == 4:
            v19, pos = _parse_body_server_key_exchange_RSA(data, pos, end5, p_key_exchange)
            v13 = v19
        else:
            v20 = data[pos:end5]
            pos = end5
            v13 = v20
        v6 = v13
    elif k7 == 6:
        v21, pos = _parse_body_certificate_request(data, pos, end5, p_key_exchange)
        v6 = v21
    elif k7 == 7:
        v22 = Container()
        v6 = v22
    elif k7 == 8:
        v23, pos = _parse_body_certificate_verify(data, pos, end5, p_key_exchange)
        v6 = v23
    elif k7 == 9:
        v24: Any
        k25 = _CASES_body_client_key_exchange.get(p_key_exchange, -1)
        if k25 == 0:
            v26, pos = _parse_body_client_key_exchange_ECC(data, pos, end5, p_key_exchange)
            v24 = v26
        elif k25 == 1:
            v27, pos = _parse_body_client_key_exchange_ECC(data, pos, end5, p_key_exchange)
            v24 = v27
        elif k25 == 2:
            v28, pos = _parse_body_client_key_exchange_ECC(data, pos, end5, p_key_exchange)
            v24 = v28
        elif k25 == 3:
            ok30 = False
            fb31 = pos
            v29: Any = None
            try:
                v32, pos = _parse_body_client_key_exchange_ECDHE_alt1(data, pos, end5, p_key_exchange)
                v29 = v32
                ok30 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb31
            if not ok30:
                try:
                    v33, pos = _parse_body_client_key_exchange_ECDHE_alt2(data, pos, end5, p_key_exchange)
                    v29 = v33
                    ok30 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb31
            if not ok30:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
            v24 = v29
        elif k25 == 4:
            v34, pos = _parse_body_client_key_exchange_IBSDH(data, pos, end5, p_key_exchange)
            v24 = v34
        else:
            v35 = data[pos:end5]
            pos = end5
            v24 = v35
        v6 = v24
    elif k7 == 10:
        v36, pos = _parse_body_finished(data, pos, end5, p_key_exchange)
        v6 = v36
    else:
        v37 = data[pos:end5]
        pos = end5
        v6 = v37
    pos = end5
    return Container(msg_type=v3, length=v4, body=v6), pos


def _parse_body_client_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> client_version -> client_version", 2, end - pos)
    v38 = _unpack_be_H(data, pos)[0]
    pos += 2
    v39 = _NAMES_client_version[v38]
    v40, pos = _parse_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v41 = data[pos]
    pos += 1
    if end - pos < v41:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v41, end - pos)
    v42 = data[pos:pos + v41]
    pos += v41
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites -> cipher_suites_length -> cipher_suites_length", 2, end - pos)
    v43 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v43:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites", v43, end - pos)
    end44 = pos + v43
    n46 = (end44 - pos) // 2
    v45 = ListContainer(map(_NAMES_cipher_suite.__getitem__, struct.unpack_from(f">{n46}H", data, pos)))
    pos += n46 * 2
    if pos < end44:
        raise ExplicitError(f"{end44 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> cipher_suites -> cipher_suites")
    pos = end44
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods -> compression_methods_length -> compression_methods_length", 1, end - pos)
    v47 = data[pos]
    pos += 1
    if end - pos < v47:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods", v47, end - pos)
    end48 = pos + v47
    n50 = end48 - pos
    v49 = ListContainer(map(_NAMES_compression_method.__getitem__, data[pos:pos + n50]))
    pos += n50
    if pos < end48:
        raise ExplicitError(f"{end48 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> compression_methods -> compression_methods")
    pos = end48
    v51: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v52 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v52:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v52, end - pos)
        end53 = pos + v52
        v54 = ListContainer()
        while pos < end53:
            fb55 = pos
            try:
                v56, pos = _parse_extension(data, pos, end53, p_key_exchange)
                v54.append(v56)
            except ExplicitError:
                raise
            except Exception:
                pos = fb55
                break
        if pos < end53:
            raise ExplicitError(f"{end53 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end53
        v51 = v54
    return Container(client_version=v39, random=v40, session_id=v42, cipher_suites=v45, compression_methods=v49, extensions=v51), pos


def _parse_body_server_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> server_version -> server_version", 2, end - pos)
    v57 = _unpack_be_H(data, pos)[0]
    pos += 2
    v58 = _NAMES_client_version[v57]
    v59, pos = _parse_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v60 = data[pos]
    pos += 1
    if end - pos < v60:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v60, end - pos)
    v61 = data[pos:pos + v60]
    pos += v60
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suite -> cipher_suite", 2, end - pos)
    v62 = _unpack_be_H(data, pos)[0]
    pos += 2
    v63 = _NAMES_cipher_suite[v62]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_method -> compression_method", 1, end - pos)
    v64 = data[pos]
    pos += 1
    v65 = _NAMES_compression_method[v64]
    v66: Any = None
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v67 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v67:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v67, end - pos)
        end68 = pos + v67
        v69 = ListContainer()
        while pos < end68:
            fb70 = pos
            try:
                v71, pos = _parse_extension(data, pos, end68, p_key_exchange)
                v69.append(v71)
            except ExplicitError:
                raise
            except Exception:
                pos = fb70
                break
        if pos < end68:
            raise ExplicitError(f"{end68 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end68
        v66 = v69
    return Container(server_version=v58, random=v59, session_id=v61, cipher_suite=v63, compression_method=v65, extensions=v66), pos


def _parse_body_new_session_ticket(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_lifetime_hint -> ticket_lifetime_hint", 4, end - pos)
    v72 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v73 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v73:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v73, end - pos)
    v74 = data[pos:pos + v73]
    pos += v73
    return Container(ticket_lifetime_hint=v72, ticket=v74), pos


def _parse_body_certificate(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v75 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v75:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v75, end - pos)
    end76 = pos + v75
    v77 = ListContainer()
    while pos < end76:
        fb78 = pos
        try:
            if end76 - pos < 3:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate -> certificate_length -> certificate_length", 3, end76 - pos)
            v79 = int.from_bytes(data[pos:pos + 3], "big")
            pos += 3
            if end76 - pos < v79:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate", v79, end76 - pos)
            v80 = data[pos:pos + v79]
            pos += v79
            v77.append(v80)
        except ExplicitError:
            raise
        except Exception:
            pos = fb78
            break
    if pos < end76:
        raise ExplicitError(f"{end76 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end76
    return Container(certificate_list=v77), pos


def _parse_body_server_key_exchange_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v81, pos = _parse_params(data, pos, end, p_key_exchange)
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v82 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v82:
        raise _short("(parsing) -> body -> body -> signature -> signature", v82, end - pos)
    v83 = data[pos:pos + v82]
    pos += v82
    return Container(params=v81, signature=v83), pos


def _parse_body_server_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v84 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v84:
        raise _short("(parsing) -> body -> body -> signature -> signature", v84, end - pos)
    v85 = data[pos:pos + v84]
    pos += v84
    return Container(signature=v85), pos


def _parse_body_server_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v86 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v86:
        raise _short("(parsing) -> body -> body -> params -> params", v86, end - pos)
    v87 = data[pos:pos + v86]
    pos += v86
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v88 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v88:
        raise _short("(parsing) -> body -> body -> signature -> signature", v88, end - pos)
    v89 = data[pos:pos + v88]
    pos += v88
    return Container(params=v87, signature=v89), pos


def _parse_body_server_key_exchange_IBC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v90 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v90:
        raise _short("(parsing) -> body -> body -> signature -> signature", v90, end - pos)
    v91 = data[pos:pos + v90]
    pos += v90
    return Container(signature=v91), pos


def _parse_body_server_key_exchange_RSA(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v92 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v92:
        raise _short("(parsing) -> body -> body -> signature -> signature", v92, end - pos)
    v93 = data[pos:pos + v92]
    pos += v92
    return Container(signature=v93), pos


def _parse_body_certificate_request(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v94 = data[pos]
    pos += 1
    if end - pos < v94:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v94, end - pos)
    end95 = pos + v94
    n97 = end95 - pos
    v96 = ListContainer(map(_NAMES_certificate_type.__getitem__, data[pos:pos + n97]))
    pos += n97
    if pos < end95:
        raise ExplicitError(f"{end95 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end95
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v98 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v98:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v98, end - pos)
    end99 = pos + v98
    v100 = ListContainer()
    while pos < end99:
        fb101 = pos
        try:
            if end99 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end99 - pos)
            v102 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end99 - pos < v102:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v102, end99 - pos)
            v103 = data[pos:pos + v102]
            pos += v102
            v100.append(v103)
        except ExplicitError:
            raise
        except Exception:
            pos = fb101
            break
    if pos < end99:
        raise ExplicitError(f"{end99 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end99
    return Container(certificate_types=v96, certificate_authorities=v100), pos


def _parse_body_certificate_verify(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v104 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v104:
        raise _short("(parsing) -> body -> body -> signature -> signature", v104, end - pos)
    v105 = data[pos:pos + v104]
    pos += v104
    return Container(signature=v105), pos


def _parse_body_client_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master -> encrypted_pre_master_length -> encrypted_pre_master_length", 2, end - pos)
    v106 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v106:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master", v106, end - pos)
    v107 = data[pos:pos + v106]
    pos += v106
    return Container(encrypted_pre_master=v107), pos


def _parse_body_client_key_exchange_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    v108, pos = _parse_params_2(data, pos, end, p_key_exchange)
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return Container(params=v108), pos


def _parse_body_client_key_exchange_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v109 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v109:
        raise _short("(parsing) -> body -> body -> params -> params", v109, end - pos)
    end110 = pos + v109
    v111, pos = _parse_params_2(data, pos, end110, p_key_exchange)
    pos = end110
    return Container(params=v111), pos


def _parse_body_client_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v112 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v112:
        raise _short("(parsing) -> body -> body -> params -> params", v112, end - pos)
    v113 = data[pos:pos + v112]
    pos += v112
    return Container(params=v113), pos


def _parse_body_finished(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 12:
        raise _short("(parsing) -> body -> body -> verify_data -> verify_data", 12, end - pos)
    v114 = data[pos:pos + 12]
    pos += 12
    return Container(verify_data=v114), pos


def _parse_random(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> random -> random -> gmt_unix_time -> gmt_unix_time", 4, end - pos)
    v115 = _unpack_be_L(data, pos)[0]
    pos += 4
    if end - pos < 28:
        raise _short("(parsing) -> body -> body -> random -> random -> random_bytes -> random_bytes", 28, end - pos)
    v116 = data[pos:pos + 28]
    pos += 28
    return Container(gmt_unix_time=v115, random_bytes=v116), pos


def _parse_extension(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v117 = _unpack_be_H(data, pos)[0]
    pos += 2
    v118 = _NAMES_type[v117]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v119 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v119:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v119, end - pos)
    end120 = pos + v119
    v121: Any
    k122 = _CASES_data.get(v118, -1)
    if k122 == 0:
        v123: Any = None
        if pos < end120:
            if end120 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end120 - pos)
            v124 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end120 - pos < v124:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v124, end120 - pos)
            end125 = pos + v124
            v126 = ListContainer()
            while pos < end125:
                fb127 = pos
                try:
                    v128, pos = _parse_server_name(data, pos, end125, p_key_exchange)
                    v126.append(v128)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb127
                    break
            if pos < end125:
                raise ExplicitError(f"{end125 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end125
            v123 = v126
        v121 = v123
    elif k122 == 1:
        if end120 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end120 - pos)
        v129 = data[pos]
        pos += 1
        if end120 - pos < v129:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v129, end120 - pos)
        v130 = data[pos:pos + v129]
        pos += v129
        v121 = v130
    else:
        v131 = data[pos:end120]
        pos = end120
        v121 = v131
    pos = end120
    return Container(type=v118, data=v121), pos


def _parse_params(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> curve_type -> curve_type", 1, end - pos)
    v132 = data[pos]
    pos += 1
    v133 = _NAMES_curve_type[v132]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> named_curve -> named_curve", 2, end - pos)
    v134 = _unpack_be_H(data, pos)[0]
    pos += 2
    v135 = _NAMES_named_curve[v134]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point -> point_length -> point_length", 1, end - pos)
    v136 = data[pos]
    pos += 1
    if end - pos < v136:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v136, end - pos)
    v137 = data[pos:pos + v136]
    pos += v136
    return Container(curve_type=v133, named_curve=v135, point=v137), pos


def _parse_params_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> curve_type -> curve_type", 1, end - pos)
    v138 = data[pos]
    pos += 1
    v139 = _NAMES_curve_type[v138]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> named_curve -> named_curve", 2, end - pos)
    v140 = _unpack_be_H(data, pos)[0]
    pos += 2
    v141 = _NAMES_named_curve[v140]
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point -> point_length -> point_length", 1, end - pos)
    v142 = data[pos]
    pos += 1
    if end - pos < v142:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v142, end - pos)
    v143 = data[pos:pos + v142]
    pos += v142
    return Container(curve_type=v139, named_curve=v141, point=v143), pos


def _parse_server_name(data: bytes, pos: int, end: int, p_key_exchange: Any) -> tuple[Any, int]:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name_type -> name_type", 1, end - pos)
    v144 = data[pos]
    pos += 1
    v145 = _NAMES_name_type[v144]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name -> name_length -> name_length", 2, end - pos)
    v146 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v146:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name", v146, end - pos)
    v147 = data[pos:pos + v146]
    pos += v146
    return Container(name_type=v145, name=v147), pos


def parse_handshake(raw: bytes, key_exchange: str | None) -> Any:
    """What ``schema.parse(raw, key_exchange=key_exchange)`` returns, or the same construct error."""
    data = raw if type(raw) is bytes else bytes(raw)
    pos = 0
    end = len(data)
    p_key_exchange = key_exchange
    v1, pos = _parse_handshake(data, pos, end, p_key_exchange)
    return v1
