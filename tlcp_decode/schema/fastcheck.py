# Generated from the construct schemas by `python -m tlcp_decode.regen`; do not edit.
# tests/test_fastparse.py checks that it is up to date and fails exactly as the schemas do.
"""Handshake messages checked by straight-line code: whether they parse.

``check_handshake(raw, key_exchange)`` raises what
``tlcp_decode.schema.fastparse.parse_handshake(raw, key_exchange)`` raises and returns None,
making none of the values (for a reader that only asks whether a message parses: the analyser,
of the messages it does not read, see session.analyzer.CHECK_UNREAD_BODIES). A module apart:
the reading process, which parses, never loads it.
"""

import struct
from typing import Any

from tlcp_decode.schema.results import (
    EnumInteger,
    EnumIntegerString,
    ExplicitError,
    SelectError,
    StreamError,
    TerminatedError,
)

__all__ = ["check_handshake"]


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


def _check_handshake(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> msg_type -> msg_type", 1, end - pos)
    v1 = data[pos]
    pos += 1
    v2 = _NAMES_msg_type[v1]
    if end - pos < 3:
        raise _short("(parsing) -> length -> length", 3, end - pos)
    v3 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v3:
        raise _short("(parsing) -> body -> body", v3, end - pos)
    end4 = pos + v3
    k5 = _CASES_body.get(v2, -1)
    if k5 == 0:
        pass
    elif k5 == 1:
        pos = _check_body_client_hello(data, pos, end4, p_key_exchange)
    elif k5 == 2:
        pos = _check_body_server_hello(data, pos, end4, p_key_exchange)
    elif k5 == 3:
        k6 = _CASES_body_new_session_ticket.get(p_key_exchange, -1)
        if k6 == 0:
            pos = _check_body_new_session_ticket_TLS13(data, pos, end4, p_key_exchange)
        else:
            pos = _check_body_new_session_ticket_default(data, pos, end4, p_key_exchange)
    elif k5 == 4:
        pass
    elif k5 == 5:
        pos = _check_body_encrypted_extensions(data, pos, end4, p_key_exchange)
    elif k5 == 6:
        k7 = _CASES_body_new_session_ticket.get(p_key_exchange, -1)
        if k7 == 0:
            pos = _check_body_certificate_TLS13(data, pos, end4, p_key_exchange)
        else:
            pos = _check_body_certificate_default(data, pos, end4, p_key_exchange)
    elif k5 == 7:
        k8 = _CASES_body_server_key_exchange.get(p_key_exchange, -1)
        if k8 == 0:
            pos = _check_body_server_key_exchange_ECDHE(data, pos, end4, p_key_exchange)
        elif k8 == 1:
            pos = _check_body_server_key_exchange_ECC(data, pos, end4, p_key_exchange)
        elif k8 == 2:
            pos = _check_body_server_key_exchange_IBSDH(data, pos, end4, p_key_exchange)
        elif k8 == 3:
            pos = _check_body_server_key_exchange_IBC(data, pos, end4, p_key_exchange)
        elif k8 == 4:
            pos = _check_body_server_key_exchange_RSA(data, pos, end4, p_key_exchange)
        elif k8 == 5:
            pos = _check_body_server_key_exchange_TLS_ECDHE(data, pos, end4, p_key_exchange)
        elif k8 == 6:
            pos = _check_body_server_key_exchange_TLS_DHE(data, pos, end4, p_key_exchange)
        else:
            pos = end4
    elif k5 == 8:
        k9 = _CASES_body_certificate_request.get(p_key_exchange, -1)
        if k9 == 0:
            pos = _check_body_certificate_request_TLS13(data, pos, end4, p_key_exchange)
        elif k9 == 1:
            ok10 = False
            fb11 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok10 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb11
            if not ok10:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok10 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb11
            if not ok10:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k9 == 2:
            ok12 = False
            fb13 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok12 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb13
            if not ok12:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok12 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb13
            if not ok12:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k9 == 3:
            ok14 = False
            fb15 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok14 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb15
            if not ok14:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok14 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb15
            if not ok14:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k9 == 4:
            ok16 = False
            fb17 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok16 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb17
            if not ok16:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok16 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb17
            if not ok16:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k9 == 5:
            ok18 = False
            fb19 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok18 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb19
            if not ok18:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok18 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb19
            if not ok18:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k9 == 6:
            ok20 = False
            fb21 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok20 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb21
            if not ok20:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok20 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb21
            if not ok20:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k9 == 7:
            ok22 = False
            fb23 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok22 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb23
            if not ok22:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok22 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb23
            if not ok22:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k9 == 8:
            ok24 = False
            fb25 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok24 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb25
            if not ok24:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok24 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb25
            if not ok24:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k9 == 9:
            ok26 = False
            fb27 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok26 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb27
            if not ok26:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok26 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb27
            if not ok26:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k9 == 10:
            ok28 = False
            fb29 = pos
            try:
                pos = _check_body_certificate_request_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok28 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb29
            if not ok28:
                try:
                    pos = _check_body_certificate_request_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok28 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb29
            if not ok28:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        else:
            pos = _check_body_certificate_request_default(data, pos, end4, p_key_exchange)
    elif k5 == 9:
        pass
    elif k5 == 10:
        k30 = _CASES_body_certificate_request.get(p_key_exchange, -1)
        if k30 == 0:
            pos = _check_body_certificate_verify_TLS13(data, pos, end4, p_key_exchange)
        elif k30 == 1:
            ok31 = False
            fb32 = pos
            try:
                pos = _check_body_certificate_verify_TLS_DH_alt1(data, pos, end4, p_key_exchange)
                ok31 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb32
            if not ok31:
                try:
                    pos = _check_body_certificate_verify_TLS_DH_alt2(data, pos, end4, p_key_exchange)
                    ok31 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb32
            if not ok31:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k30 == 2:
            ok33 = False
            fb34 = pos
            try:
                pos = _check_body_certificate_verify_TLS_DHE_alt1(data, pos, end4, p_key_exchange)
                ok33 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb34
            if not ok33:
                try:
                    pos = _check_body_certificate_verify_TLS_DHE_alt2(data, pos, end4, p_key_exchange)
                    ok33 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb34
            if not ok33:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k30 == 3:
            ok35 = False
            fb36 = pos
            try:
                pos = _check_body_certificate_verify_TLS_ECCPWD_alt1(data, pos, end4, p_key_exchange)
                ok35 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb36
            if not ok35:
                try:
                    pos = _check_body_certificate_verify_TLS_ECCPWD_alt2(data, pos, end4, p_key_exchange)
                    ok35 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb36
            if not ok35:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k30 == 4:
            ok37 = False
            fb38 = pos
            try:
                pos = _check_body_certificate_verify_TLS_ECDH_alt1(data, pos, end4, p_key_exchange)
                ok37 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb38
            if not ok37:
                try:
                    pos = _check_body_certificate_verify_TLS_ECDH_alt2(data, pos, end4, p_key_exchange)
                    ok37 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb38
            if not ok37:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k30 == 5:
            ok39 = False
            fb40 = pos
            try:
                pos = _check_body_certificate_verify_TLS_ECDHE_alt1(data, pos, end4, p_key_exchange)
                ok39 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb40
            if not ok39:
                try:
                    pos = _check_body_certificate_verify_TLS_ECDHE_alt2(data, pos, end4, p_key_exchange)
                    ok39 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb40
            if not ok39:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k30 == 6:
            ok41 = False
            fb42 = pos
            try:
                pos = _check_body_certificate_verify_TLS_KRB5_alt1(data, pos, end4, p_key_exchange)
                ok41 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb42
            if not ok41:
                try:
                    pos = _check_body_certificate_verify_TLS_KRB5_alt2(data, pos, end4, p_key_exchange)
                    ok41 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb42
            if not ok41:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k30 == 7:
            ok43 = False
            fb44 = pos
            try:
                pos = _check_body_certificate_verify_TLS_NULL_alt1(data, pos, end4, p_key_exchange)
                ok43 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb44
            if not ok43:
                try:
                    pos = _check_body_certificate_verify_TLS_NULL_alt2(data, pos, end4, p_key_exchange)
                    ok43 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb44
            if not ok43:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k30 == 8:
            ok45 = False
            fb46 = pos
            try:
                pos = _check_body_certificate_verify_TLS_PSK_alt1(data, pos, end4, p_key_exchange)
                ok45 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb46
            if not ok45:
                try:
                    pos = _check_body_certificate_verify_TLS_PSK_alt2(data, pos, end4, p_key_exchange)
                    ok45 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb46
            if not ok45:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k30 == 9:
            ok47 = False
            fb48 = pos
            try:
                pos = _check_body_certificate_verify_TLS_RSA_alt1(data, pos, end4, p_key_exchange)
                ok47 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb48
            if not ok47:
                try:
                    pos = _check_body_certificate_verify_TLS_RSA_alt2(data, pos, end4, p_key_exchange)
                    ok47 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb48
            if not ok47:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k30 == 10:
            ok49 = False
            fb50 = pos
            try:
                pos = _check_body_certificate_verify_TLS_SRP_alt1(data, pos, end4, p_key_exchange)
                ok49 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb50
            if not ok49:
                try:
                    pos = _check_body_certificate_verify_TLS_SRP_alt2(data, pos, end4, p_key_exchange)
                    ok49 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb50
            if not ok49:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        else:
            pos = _check_body_certificate_verify_default(data, pos, end4, p_key_exchange)
    elif k5 == 11:
        k51 = _CASES_body_client_key_exchange.get(p_key_exchange, -1)
        if k51 == 0:
            pos = _check_body_client_key_exchange_ECC(data, pos, end4, p_key_exchange)
        elif k51 == 1:
            pos = _check_body_client_key_exchange_ECC(data, pos, end4, p_key_exchange)
        elif k51 == 2:
            pos = _check_body_client_key_exchange_ECC(data, pos, end4, p_key_exchange)
        elif k51 == 3:
            ok52 = False
            fb53 = pos
            try:
                pos = _check_body_client_key_exchange_ECDHE_alt1(data, pos, end4, p_key_exchange)
                ok52 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb53
            if not ok52:
                try:
                    pos = _check_body_client_key_exchange_ECDHE_alt2(data, pos, end4, p_key_exchange)
                    ok52 = True
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb53
            if not ok52:
                raise SelectError("no subconstruct matched", path="(parsing) -> body -> body")
        elif k51 == 4:
            pos = _check_body_client_key_exchange_IBSDH(data, pos, end4, p_key_exchange)
        elif k51 == 5:
            pos = _check_body_client_key_exchange_ECC(data, pos, end4, p_key_exchange)
        elif k51 == 6:
            pos = _check_body_client_key_exchange_TLS_ECDHE(data, pos, end4, p_key_exchange)
        elif k51 == 7:
            pos = _check_body_client_key_exchange_TLS_ECDHE(data, pos, end4, p_key_exchange)
        elif k51 == 8:
            pos = _check_body_client_key_exchange_TLS_DHE(data, pos, end4, p_key_exchange)
        elif k51 == 9:
            pos = _check_body_client_key_exchange_TLS_DHE(data, pos, end4, p_key_exchange)
        else:
            pos = end4
    elif k5 == 12:
        k54 = _CASES_body_new_session_ticket.get(p_key_exchange, -1)
        if k54 == 0:
            pos = _check_body_finished_TLS13(data, pos, end4, p_key_exchange)
        else:
            pos = _check_body_finished_default(data, pos, end4, p_key_exchange)
    elif k5 == 13:
        pos = _check_body_key_update(data, pos, end4, p_key_exchange)
    elif k5 == 14:
        pos = _check_body_compressed_certificate(data, pos, end4, p_key_exchange)
    else:
        pos = end4
    pos = end4
    return pos


def _check_body_client_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> client_version -> client_version", 2, end - pos)
    pos += 2
    pos = _check_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v55 = data[pos]
    pos += 1
    if end - pos < v55:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v55, end - pos)
    pos += v55
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites -> cipher_suites_length -> cipher_suites_length", 2, end - pos)
    v56 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v56:
        raise _short("(parsing) -> body -> body -> cipher_suites -> cipher_suites", v56, end - pos)
    end57 = pos + v56
    n58 = (end57 - pos) // 2
    pos += n58 * 2
    if pos < end57:
        raise ExplicitError(f"{end57 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> cipher_suites -> cipher_suites")
    pos = end57
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods -> compression_methods_length -> compression_methods_length", 1, end - pos)
    v59 = data[pos]
    pos += 1
    if end - pos < v59:
        raise _short("(parsing) -> body -> body -> compression_methods -> compression_methods", v59, end - pos)
    end60 = pos + v59
    n61 = end60 - pos
    pos += n61
    if pos < end60:
        raise ExplicitError(f"{end60 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> compression_methods -> compression_methods")
    pos = end60
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v62 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v62:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v62, end - pos)
        end63 = pos + v62
        while pos < end63:
            fb64 = pos
            try:
                pos = _check_extension(data, pos, end63, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb64
                break
        if pos < end63:
            raise ExplicitError(f"{end63 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end63
    return pos


def _check_body_server_hello(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> server_version -> server_version", 2, end - pos)
    pos += 2
    pos = _check_random(data, pos, end, p_key_exchange)
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> session_id -> session_id -> session_id_length -> session_id_length", 1, end - pos)
    v65 = data[pos]
    pos += 1
    if end - pos < v65:
        raise _short("(parsing) -> body -> body -> session_id -> session_id", v65, end - pos)
    pos += v65
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> cipher_suite -> cipher_suite", 2, end - pos)
    pos += 2
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> compression_method -> compression_method", 1, end - pos)
    pos += 1
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v66 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v66:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v66, end - pos)
        end67 = pos + v66
        while pos < end67:
            fb68 = pos
            try:
                pos = _check_extension_2(data, pos, end67, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb68
                break
        if pos < end67:
            raise ExplicitError(f"{end67 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end67
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
    v69 = data[pos]
    pos += 1
    if end - pos < v69:
        raise _short("(parsing) -> body -> body -> ticket_nonce -> ticket_nonce", v69, end - pos)
    pos += v69
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v70 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v70:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v70, end - pos)
    pos += v70
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v71 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v71:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v71, end - pos)
        end72 = pos + v71
        while pos < end72:
            fb73 = pos
            try:
                pos = _check_extension_3(data, pos, end72, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb73
                break
        if pos < end72:
            raise ExplicitError(f"{end72 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end72
    return pos


def _check_body_new_session_ticket_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 4:
        raise _short("(parsing) -> body -> body -> ticket_lifetime_hint -> ticket_lifetime_hint", 4, end - pos)
    pos += 4
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> ticket -> ticket -> ticket_length -> ticket_length", 2, end - pos)
    v74 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v74:
        raise _short("(parsing) -> body -> body -> ticket -> ticket", v74, end - pos)
    pos += v74
    return pos


def _check_body_encrypted_extensions(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v75 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v75:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v75, end - pos)
        end76 = pos + v75
        while pos < end76:
            fb77 = pos
            try:
                pos = _check_extension_4(data, pos, end76, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb77
                break
        if pos < end76:
            raise ExplicitError(f"{end76 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end76
    return pos


def _check_body_certificate_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context -> certificate_request_context_length -> certificate_request_context_length", 1, end - pos)
    v78 = data[pos]
    pos += 1
    if end - pos < v78:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context", v78, end - pos)
    pos += v78
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v79 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v79:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v79, end - pos)
    end80 = pos + v79
    while pos < end80:
        fb81 = pos
        try:
            pos = _check_certificate_entry(data, pos, end80, p_key_exchange)
        except ExplicitError:
            raise
        except Exception:
            pos = fb81
            break
    if pos < end80:
        raise ExplicitError(f"{end80 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end80
    return pos


def _check_body_certificate_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificates_length -> certificates_length", 3, end - pos)
    v82 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v82:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list", v82, end - pos)
    end83 = pos + v82
    while pos < end83:
        fb84 = pos
        try:
            if end83 - pos < 3:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate -> certificate_length -> certificate_length", 3, end83 - pos)
            v85 = int.from_bytes(data[pos:pos + 3], "big")
            pos += 3
            if end83 - pos < v85:
                raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate -> certificate", v85, end83 - pos)
            pos += v85
        except ExplicitError:
            raise
        except Exception:
            pos = fb84
            break
    if pos < end83:
        raise ExplicitError(f"{end83 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list")
    pos = end83
    return pos


def _check_body_server_key_exchange_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    pos = _check_params(data, pos, end, p_key_exchange)
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v86 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v86:
        raise _short("(parsing) -> body -> body -> signature -> signature", v86, end - pos)
    pos += v86
    return pos


def _check_body_server_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v87 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v87:
        raise _short("(parsing) -> body -> body -> signature -> signature", v87, end - pos)
    pos += v87
    return pos


def _check_body_server_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v88 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v88:
        raise _short("(parsing) -> body -> body -> params -> params", v88, end - pos)
    pos += v88
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v89 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v89:
        raise _short("(parsing) -> body -> body -> signature -> signature", v89, end - pos)
    pos += v89
    return pos


def _check_body_server_key_exchange_IBC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v90 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v90:
        raise _short("(parsing) -> body -> body -> signature -> signature", v90, end - pos)
    pos += v90
    return pos


def _check_body_server_key_exchange_RSA(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v91 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v91:
        raise _short("(parsing) -> body -> body -> signature -> signature", v91, end - pos)
    pos += v91
    return pos


def _check_body_server_key_exchange_TLS_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    pos = _check_params(data, pos, end, p_key_exchange)
    ok92 = False
    fb93 = pos
    try:
        pos = _check_signed_alt1(data, pos, end, p_key_exchange)
        ok92 = True
    except ExplicitError:
        raise
    except Exception:
        pos = fb93
    if not ok92:
        try:
            pos = _check_signed_alt2(data, pos, end, p_key_exchange)
            ok92 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb93
    if not ok92:
        try:
            if pos < end:
                raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
            ok92 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb93
    if not ok92:
        raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> signed -> signed")
    return pos


def _check_body_server_key_exchange_TLS_DHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    pos = _check_params_2(data, pos, end, p_key_exchange)
    ok94 = False
    fb95 = pos
    try:
        pos = _check_signed_alt1(data, pos, end, p_key_exchange)
        ok94 = True
    except ExplicitError:
        raise
    except Exception:
        pos = fb95
    if not ok94:
        try:
            pos = _check_signed_alt2(data, pos, end, p_key_exchange)
            ok94 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb95
    if not ok94:
        try:
            if pos < end:
                raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
            ok94 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb95
    if not ok94:
        raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> signed -> signed")
    return pos


def _check_body_certificate_request_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context -> certificate_request_context_length -> certificate_request_context_length", 1, end - pos)
    v96 = data[pos]
    pos += 1
    if end - pos < v96:
        raise _short("(parsing) -> body -> body -> certificate_request_context -> certificate_request_context", v96, end - pos)
    pos += v96
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v97 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v97:
            raise _short("(parsing) -> body -> body -> extensions -> extensions", v97, end - pos)
        end98 = pos + v97
        while pos < end98:
            fb99 = pos
            try:
                pos = _check_extension_5(data, pos, end98, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb99
                break
        if pos < end98:
            raise ExplicitError(f"{end98 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions")
        pos = end98
    return pos


def _check_body_certificate_request_TLS_DH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v100 = data[pos]
    pos += 1
    if end - pos < v100:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v100, end - pos)
    end101 = pos + v100
    n102 = end101 - pos
    pos += n102
    if pos < end101:
        raise ExplicitError(f"{end101 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end101
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms -> signature_algorithms_length -> signature_algorithms_length", 2, end - pos)
    v103 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v103:
        raise _short("(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms", v103, end - pos)
    end104 = pos + v103
    n105 = (end104 - pos) // 2
    pos += n105 * 2
    if pos < end104:
        raise ExplicitError(f"{end104 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> supported_signature_algorithms -> supported_signature_algorithms")
    pos = end104
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v106 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v106:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v106, end - pos)
    end107 = pos + v106
    while pos < end107:
        fb108 = pos
        try:
            if end107 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end107 - pos)
            v109 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end107 - pos < v109:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v109, end107 - pos)
            pos += v109
        except ExplicitError:
            raise
        except Exception:
            pos = fb108
            break
    if pos < end107:
        raise ExplicitError(f"{end107 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end107
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_request_TLS_DH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v110 = data[pos]
    pos += 1
    if end - pos < v110:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v110, end - pos)
    end111 = pos + v110
    n112 = end111 - pos
    pos += n112
    if pos < end111:
        raise ExplicitError(f"{end111 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end111
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v113 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v113:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v113, end - pos)
    end114 = pos + v113
    while pos < end114:
        fb115 = pos
        try:
            if end114 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end114 - pos)
            v116 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end114 - pos < v116:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v116, end114 - pos)
            pos += v116
        except ExplicitError:
            raise
        except Exception:
            pos = fb115
            break
    if pos < end114:
        raise ExplicitError(f"{end114 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end114
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_request_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types -> certificate_types_count -> certificate_types_count", 1, end - pos)
    v117 = data[pos]
    pos += 1
    if end - pos < v117:
        raise _short("(parsing) -> body -> body -> certificate_types -> certificate_types", v117, end - pos)
    end118 = pos + v117
    n119 = end118 - pos
    pos += n119
    if pos < end118:
        raise ExplicitError(f"{end118 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_types -> certificate_types")
    pos = end118
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_names_length -> distinguished_names_length", 2, end - pos)
    v120 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v120:
        raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities", v120, end - pos)
    end121 = pos + v120
    while pos < end121:
        fb122 = pos
        try:
            if end121 - pos < 2:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end121 - pos)
            v123 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end121 - pos < v123:
                raise _short("(parsing) -> body -> body -> certificate_authorities -> certificate_authorities -> distinguished_name -> distinguished_name", v123, end121 - pos)
            pos += v123
        except ExplicitError:
            raise
        except Exception:
            pos = fb122
            break
    if pos < end121:
        raise ExplicitError(f"{end121 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_authorities -> certificate_authorities")
    pos = end121
    return pos


def _check_body_certificate_verify_TLS13(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v124 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v124:
        raise _short("(parsing) -> body -> body -> signature -> signature", v124, end - pos)
    pos += v124
    return pos


def _check_body_certificate_verify_TLS_DH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v125 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v125:
        raise _short("(parsing) -> body -> body -> signature -> signature", v125, end - pos)
    pos += v125
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_DH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v126 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v126:
        raise _short("(parsing) -> body -> body -> signature -> signature", v126, end - pos)
    pos += v126
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_DHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v127 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v127:
        raise _short("(parsing) -> body -> body -> signature -> signature", v127, end - pos)
    pos += v127
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_DHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v128 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v128:
        raise _short("(parsing) -> body -> body -> signature -> signature", v128, end - pos)
    pos += v128
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECCPWD_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v129 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v129:
        raise _short("(parsing) -> body -> body -> signature -> signature", v129, end - pos)
    pos += v129
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECCPWD_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v130 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v130:
        raise _short("(parsing) -> body -> body -> signature -> signature", v130, end - pos)
    pos += v130
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECDH_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v131 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v131:
        raise _short("(parsing) -> body -> body -> signature -> signature", v131, end - pos)
    pos += v131
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECDH_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v132 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v132:
        raise _short("(parsing) -> body -> body -> signature -> signature", v132, end - pos)
    pos += v132
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v133 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v133:
        raise _short("(parsing) -> body -> body -> signature -> signature", v133, end - pos)
    pos += v133
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v134 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v134:
        raise _short("(parsing) -> body -> body -> signature -> signature", v134, end - pos)
    pos += v134
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_KRB5_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v135 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v135:
        raise _short("(parsing) -> body -> body -> signature -> signature", v135, end - pos)
    pos += v135
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_KRB5_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v136 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v136:
        raise _short("(parsing) -> body -> body -> signature -> signature", v136, end - pos)
    pos += v136
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_NULL_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v137 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v137:
        raise _short("(parsing) -> body -> body -> signature -> signature", v137, end - pos)
    pos += v137
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_NULL_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v138 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v138:
        raise _short("(parsing) -> body -> body -> signature -> signature", v138, end - pos)
    pos += v138
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_PSK_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v139 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v139:
        raise _short("(parsing) -> body -> body -> signature -> signature", v139, end - pos)
    pos += v139
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_PSK_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v140 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v140:
        raise _short("(parsing) -> body -> body -> signature -> signature", v140, end - pos)
    pos += v140
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_RSA_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v141 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v141:
        raise _short("(parsing) -> body -> body -> signature -> signature", v141, end - pos)
    pos += v141
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_RSA_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v142 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v142:
        raise _short("(parsing) -> body -> body -> signature -> signature", v142, end - pos)
    pos += v142
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_SRP_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v143 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v143:
        raise _short("(parsing) -> body -> body -> signature -> signature", v143, end - pos)
    pos += v143
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_TLS_SRP_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v144 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v144:
        raise _short("(parsing) -> body -> body -> signature -> signature", v144, end - pos)
    pos += v144
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_certificate_verify_default(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v145 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v145:
        raise _short("(parsing) -> body -> body -> signature -> signature", v145, end - pos)
    pos += v145
    return pos


def _check_body_client_key_exchange_ECC(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master -> encrypted_pre_master_length -> encrypted_pre_master_length", 2, end - pos)
    v146 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v146:
        raise _short("(parsing) -> body -> body -> encrypted_pre_master -> encrypted_pre_master", v146, end - pos)
    pos += v146
    return pos


def _check_body_client_key_exchange_ECDHE_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    pos = _check_params_3(data, pos, end, p_key_exchange)
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body")
    return pos


def _check_body_client_key_exchange_ECDHE_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v147 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v147:
        raise _short("(parsing) -> body -> body -> params -> params", v147, end - pos)
    end148 = pos + v147
    pos = _check_params_3(data, pos, end148, p_key_exchange)
    pos = end148
    return pos


def _check_body_client_key_exchange_IBSDH(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> params_length -> params_length", 2, end - pos)
    v149 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v149:
        raise _short("(parsing) -> body -> body -> params -> params", v149, end - pos)
    pos += v149
    return pos


def _check_body_client_key_exchange_TLS_ECDHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> point -> point -> point_length -> point_length", 1, end - pos)
    v150 = data[pos]
    pos += 1
    if end - pos < v150:
        raise _short("(parsing) -> body -> body -> point -> point", v150, end - pos)
    pos += v150
    return pos


def _check_body_client_key_exchange_TLS_DHE(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> dh_Yc -> dh_Yc -> dh_Yc_length -> dh_Yc_length", 2, end - pos)
    v151 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v151:
        raise _short("(parsing) -> body -> body -> dh_Yc -> dh_Yc", v151, end - pos)
    pos += v151
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
    v152 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v152:
        raise _short("(parsing) -> body -> body -> compressed_certificate_message -> compressed_certificate_message", v152, end - pos)
    pos += v152
    return pos


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
    v153 = _unpack_be_H(data, pos)[0]
    pos += 2
    v154 = _NAMES_type[v153]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v155 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v155:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v155, end - pos)
    end156 = pos + v155
    k157 = _CASES_data.get(v154, -1)
    if k157 == 0:
        if pos < end156:
            if end156 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end156 - pos)
            v158 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end156 - pos < v158:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v158, end156 - pos)
            end159 = pos + v158
            while pos < end159:
                fb160 = pos
                try:
                    pos = _check_server_name(data, pos, end159, p_key_exchange)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb160
                    break
            if pos < end159:
                raise ExplicitError(f"{end159 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end159
    elif k157 == 1:
        if end156 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end156 - pos)
        v161 = data[pos]
        pos += 1
        if end156 - pos < v161:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v161, end156 - pos)
        pos += v161
    elif k157 == 2:
        if end156 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_groups_length -> supported_groups_length", 2, end156 - pos)
        v162 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end156 - pos < v162:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v162, end156 - pos)
        end163 = pos + v162
        n164 = (end163 - pos) // 2
        pos += n164 * 2
        if pos < end163:
            raise ExplicitError(f"{end163 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end163
    elif k157 == 3:
        if end156 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> ec_point_formats_length -> ec_point_formats_length", 1, end156 - pos)
        v165 = data[pos]
        pos += 1
        if end156 - pos < v165:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v165, end156 - pos)
        end166 = pos + v165
        n167 = end166 - pos
        pos += n167
        if pos < end166:
            raise ExplicitError(f"{end166 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end166
    elif k157 == 4:
        if end156 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end156 - pos)
        v168 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end156 - pos < v168:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v168, end156 - pos)
        end169 = pos + v168
        n170 = (end169 - pos) // 2
        pos += n170 * 2
        if pos < end169:
            raise ExplicitError(f"{end169 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end169
    elif k157 == 5:
        if end156 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end156 - pos)
        v171 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end156 - pos < v171:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v171, end156 - pos)
        end172 = pos + v171
        n173 = (end172 - pos) // 2
        pos += n173 * 2
        if pos < end172:
            raise ExplicitError(f"{end172 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end172
    elif k157 == 6:
        if end156 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end156 - pos)
        v174 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end156 - pos < v174:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v174, end156 - pos)
        end175 = pos + v174
        while pos < end175:
            fb176 = pos
            try:
                if end175 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end175 - pos)
                v177 = data[pos]
                pos += 1
                if end175 - pos < v177:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v177, end175 - pos)
                pos += v177
            except ExplicitError:
                raise
            except Exception:
                pos = fb176
                break
        if pos < end175:
            raise ExplicitError(f"{end175 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end175
    elif k157 == 7:
        if end156 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_versions_length -> supported_versions_length", 1, end156 - pos)
        v178 = data[pos]
        pos += 1
        if end156 - pos < v178:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v178, end156 - pos)
        end179 = pos + v178
        n180 = (end179 - pos) // 2
        pos += n180 * 2
        if pos < end179:
            raise ExplicitError(f"{end179 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end179
    elif k157 == 8:
        if end156 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> client_shares_length -> client_shares_length", 2, end156 - pos)
        v181 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end156 - pos < v181:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v181, end156 - pos)
        end182 = pos + v181
        while pos < end182:
            fb183 = pos
            try:
                pos = _check_key_share_entry(data, pos, end182, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb183
                break
        if pos < end182:
            raise ExplicitError(f"{end182 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end182
    elif k157 == 9:
        pos = _check_data_pre_shared_key(data, pos, end156, p_key_exchange)
    elif k157 == 10:
        if end156 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> psk_ke_modes_length -> psk_ke_modes_length", 1, end156 - pos)
        v184 = data[pos]
        pos += 1
        if end156 - pos < v184:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v184, end156 - pos)
        end185 = pos + v184
        n186 = end185 - pos
        pos += n186
        if pos < end185:
            raise ExplicitError(f"{end185 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end185
    elif k157 == 11:
        if end156 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> cookie_length -> cookie_length", 2, end156 - pos)
        v187 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end156 - pos < v187:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v187, end156 - pos)
        pos += v187
    else:
        pos = end156
    pos = end156
    return pos


def _check_extension_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v188 = _unpack_be_H(data, pos)[0]
    pos += 2
    v189 = _NAMES_type[v188]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v190 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v190:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v190, end - pos)
    end191 = pos + v190
    k192 = _CASES_data_2.get(v189, -1)
    if k192 == 0:
        if pos < end191:
            if end191 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end191 - pos)
            v193 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end191 - pos < v193:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v193, end191 - pos)
            end194 = pos + v193
            while pos < end194:
                fb195 = pos
                try:
                    pos = _check_server_name(data, pos, end194, p_key_exchange)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb195
                    break
            if pos < end194:
                raise ExplicitError(f"{end194 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end194
    elif k192 == 1:
        if end191 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> renegotiated_length -> renegotiated_length", 1, end191 - pos)
        v196 = data[pos]
        pos += 1
        if end191 - pos < v196:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v196, end191 - pos)
        pos += v196
    elif k192 == 2:
        if end191 - pos < 1:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> ec_point_formats_length -> ec_point_formats_length", 1, end191 - pos)
        v197 = data[pos]
        pos += 1
        if end191 - pos < v197:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v197, end191 - pos)
        end198 = pos + v197
        n199 = end198 - pos
        pos += n199
        if pos < end198:
            raise ExplicitError(f"{end198 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end198
    elif k192 == 3:
        if end191 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end191 - pos)
        v200 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end191 - pos < v200:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v200, end191 - pos)
        end201 = pos + v200
        while pos < end201:
            fb202 = pos
            try:
                if end201 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end201 - pos)
                v203 = data[pos]
                pos += 1
                if end201 - pos < v203:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v203, end201 - pos)
                pos += v203
            except ExplicitError:
                raise
            except Exception:
                pos = fb202
                break
        if pos < end201:
            raise ExplicitError(f"{end201 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end201
    elif k192 == 4:
        if end191 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_version -> selected_version", 2, end191 - pos)
        pos += 2
    elif k192 == 5:
        ok204 = False
        fb205 = pos
        try:
            pos = _check_data_key_share_alt1(data, pos, end191, p_key_exchange)
            ok204 = True
        except ExplicitError:
            raise
        except Exception:
            pos = fb205
        if not ok204:
            try:
                pos = _check_data_key_share_alt2(data, pos, end191, p_key_exchange)
                ok204 = True
            except ExplicitError:
                raise
            except Exception:
                pos = fb205
        if not ok204:
            raise SelectError("no subconstruct matched", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
    elif k192 == 6:
        if end191 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> selected_identity -> selected_identity", 2, end191 - pos)
        pos += 2
    elif k192 == 7:
        if end191 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> cookie_length -> cookie_length", 2, end191 - pos)
        v206 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end191 - pos < v206:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v206, end191 - pos)
        pos += v206
    else:
        pos = end191
    pos = end191
    return pos


def _check_extension_3(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v207 = _unpack_be_H(data, pos)[0]
    pos += 2
    v208 = _NAMES_type[v207]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v209 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v209:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v209, end - pos)
    end210 = pos + v209
    k211 = _CASES_data_3.get(v208, -1)
    if k211 == 0:
        if pos < end210:
            if end210 - pos < 4:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> max_early_data_size -> max_early_data_size", 4, end210 - pos)
            pos += 4
    else:
        pos = end210
    pos = end210
    return pos


def _check_extension_4(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v212 = _unpack_be_H(data, pos)[0]
    pos += 2
    v213 = _NAMES_type[v212]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v214 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v214:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v214, end - pos)
    end215 = pos + v214
    k216 = _CASES_data_4.get(v213, -1)
    if k216 == 0:
        if pos < end215:
            if end215 - pos < 2:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> list_length -> list_length", 2, end215 - pos)
            v217 = _unpack_be_H(data, pos)[0]
            pos += 2
            if end215 - pos < v217:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v217, end215 - pos)
            end218 = pos + v217
            while pos < end218:
                fb219 = pos
                try:
                    pos = _check_server_name(data, pos, end218, p_key_exchange)
                except ExplicitError:
                    raise
                except Exception:
                    pos = fb219
                    break
            if pos < end218:
                raise ExplicitError(f"{end218 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
            pos = end218
    elif k216 == 1:
        if end215 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> supported_groups_length -> supported_groups_length", 2, end215 - pos)
        v220 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end215 - pos < v220:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v220, end215 - pos)
        end221 = pos + v220
        n222 = (end221 - pos) // 2
        pos += n222 * 2
        if pos < end221:
            raise ExplicitError(f"{end221 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end221
    elif k216 == 2:
        if end215 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_extension_length -> alpn_extension_length", 2, end215 - pos)
        v223 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end215 - pos < v223:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v223, end215 - pos)
        end224 = pos + v223
        while pos < end224:
            fb225 = pos
            try:
                if end224 - pos < 1:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol -> alpn_string_length -> alpn_string_length", 1, end224 - pos)
                v226 = data[pos]
                pos += 1
                if end224 - pos < v226:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> alpn_protocol -> alpn_protocol", v226, end224 - pos)
                pos += v226
            except ExplicitError:
                raise
            except Exception:
                pos = fb225
                break
        if pos < end224:
            raise ExplicitError(f"{end224 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end224
    else:
        pos = end215
    pos = end215
    return pos


def _check_certificate_entry(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 3:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> cert_data -> cert_data -> certificate_length -> certificate_length", 3, end - pos)
    v227 = int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    if end - pos < v227:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> cert_data -> cert_data", v227, end - pos)
    pos += v227
    if pos < end:
        if end - pos < 2:
            raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extensions_length -> extensions_length", 2, end - pos)
        v228 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end - pos < v228:
            raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions", v228, end - pos)
        end229 = pos + v228
        while pos < end229:
            fb230 = pos
            try:
                pos = _check_extension_6(data, pos, end229, p_key_exchange)
            except ExplicitError:
                raise
            except Exception:
                pos = fb230
                break
        if pos < end229:
            raise ExplicitError(f"{end229 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions")
        pos = end229
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
    v231 = data[pos]
    pos += 1
    if end - pos < v231:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v231, end - pos)
    pos += v231
    return pos


def _check_signed_alt1(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> algorithm -> algorithm", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v232 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v232:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature", v232, end - pos)
    pos += v232
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
    return pos


def _check_signed_alt2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature -> signature_length -> signature_length", 2, end - pos)
    v233 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v233:
        raise _short("(parsing) -> body -> body -> signed -> signed -> signature -> signature", v233, end - pos)
    pos += v233
    if pos < end:
        raise TerminatedError("expected end of stream", path="(parsing) -> body -> body -> signed -> signed")
    return pos


def _check_params_2(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_p -> dh_p -> dh_p_length -> dh_p_length", 2, end - pos)
    v234 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v234:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_p -> dh_p", v234, end - pos)
    pos += v234
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_g -> dh_g -> dh_g_length -> dh_g_length", 2, end - pos)
    v235 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v235:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_g -> dh_g", v235, end - pos)
    pos += v235
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_Ys -> dh_Ys -> dh_Ys_length -> dh_Ys_length", 2, end - pos)
    v236 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v236:
        raise _short("(parsing) -> body -> body -> params -> params -> dh_Ys -> dh_Ys", v236, end - pos)
    pos += v236
    return pos


def _check_extension_5(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> type -> type", 2, end - pos)
    v237 = _unpack_be_H(data, pos)[0]
    pos += 2
    v238 = _NAMES_type[v237]
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> length -> length", 2, end - pos)
    v239 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v239:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v239, end - pos)
    end240 = pos + v239
    k241 = _CASES_data_5.get(v238, -1)
    if k241 == 0:
        if end240 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end240 - pos)
        v242 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end240 - pos < v242:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v242, end240 - pos)
        end243 = pos + v242
        n244 = (end243 - pos) // 2
        pos += n244 * 2
        if pos < end243:
            raise ExplicitError(f"{end243 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end243
    elif k241 == 1:
        if end240 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> signature_algorithms_length -> signature_algorithms_length", 2, end240 - pos)
        v245 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end240 - pos < v245:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v245, end240 - pos)
        end246 = pos + v245
        n247 = (end246 - pos) // 2
        pos += n247 * 2
        if pos < end246:
            raise ExplicitError(f"{end246 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end246
    elif k241 == 2:
        if end240 - pos < 2:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_names_length -> distinguished_names_length", 2, end240 - pos)
        v248 = _unpack_be_H(data, pos)[0]
        pos += 2
        if end240 - pos < v248:
            raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data", v248, end240 - pos)
        end249 = pos + v248
        while pos < end249:
            fb250 = pos
            try:
                if end249 - pos < 2:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_name -> distinguished_name -> distinguished_name_length -> distinguished_name_length", 2, end249 - pos)
                v251 = _unpack_be_H(data, pos)[0]
                pos += 2
                if end249 - pos < v251:
                    raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> distinguished_name -> distinguished_name", v251, end249 - pos)
                pos += v251
            except ExplicitError:
                raise
            except Exception:
                pos = fb250
                break
        if pos < end249:
            raise ExplicitError(f"{end249 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data")
        pos = end249
    else:
        pos = end240
    pos = end240
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
    v252 = data[pos]
    pos += 1
    if end - pos < v252:
        raise _short("(parsing) -> body -> body -> params -> params -> point -> point", v252, end - pos)
    pos += v252
    return pos


def _check_server_name(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 1:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name_type -> name_type", 1, end - pos)
    pos += 1
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name -> name_length -> name_length", 2, end - pos)
    v253 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v253:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_name -> server_name -> name -> name", v253, end - pos)
    pos += v253
    return pos


def _check_key_share_entry(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> group -> group", 2, end - pos)
    pos += 2
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> key_exchange -> key_exchange -> key_exchange_length -> key_exchange_length", 2, end - pos)
    v254 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v254:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> key_share_entry -> key_share_entry -> key_exchange -> key_exchange", v254, end - pos)
    pos += v254
    return pos


def _check_data_pre_shared_key(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identities_length -> identities_length", 2, end - pos)
    v255 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v255:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities", v255, end - pos)
    end256 = pos + v255
    while pos < end256:
        fb257 = pos
        try:
            pos = _check_identity(data, pos, end256, p_key_exchange)
        except ExplicitError:
            raise
        except Exception:
            pos = fb257
            break
    if pos < end256:
        raise ExplicitError(f"{end256 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities")
    pos = end256
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binders_length -> binders_length", 2, end - pos)
    v258 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v258:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders", v258, end - pos)
    end259 = pos + v258
    while pos < end259:
        fb260 = pos
        try:
            if end259 - pos < 1:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binder -> binder -> binder_length -> binder_length", 1, end259 - pos)
            v261 = data[pos]
            pos += 1
            if end259 - pos < v261:
                raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders -> binder -> binder", v261, end259 - pos)
            pos += v261
        except ExplicitError:
            raise
        except Exception:
            pos = fb260
            break
    if pos < end259:
        raise ExplicitError(f"{end259 - pos} byte(s) at the end do not form a whole element", path="(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> binders -> binders")
    pos = end259
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
    v262 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v262:
        raise _short("(parsing) -> body -> body -> certificate_list -> certificate_list -> certificate_entry -> certificate_entry -> extensions -> extensions -> extension -> extension -> data -> data", v262, end - pos)
    end263 = pos + v262
    pos = end263
    return pos


def _check_identity(data: bytes, pos: int, end: int, p_key_exchange: Any) -> int:
    if end - pos < 2:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> identity -> identity -> identity_length -> identity_length", 2, end - pos)
    v264 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v264:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> identities -> identities -> identity -> identity -> identity -> identity", v264, end - pos)
    pos += v264
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
    v265 = _unpack_be_H(data, pos)[0]
    pos += 2
    if end - pos < v265:
        raise _short("(parsing) -> body -> body -> extensions -> extensions -> extension -> extension -> data -> data -> server_share -> server_share -> key_exchange -> key_exchange", v265, end - pos)
    pos += v265
    return pos


def check_handshake(raw: bytes, key_exchange: str | None) -> None:
    """Raises what ``parse_handshake`` raises; nothing made of ``raw``."""
    data = raw if type(raw) is bytes else bytes(raw)
    pos = 0
    end = len(data)
    p_key_exchange = key_exchange
    pos = _check_handshake(data, pos, end, p_key_exchange)
