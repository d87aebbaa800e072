"""The protocol's numbers, defined once: content types, handshake types, alert levels and
descriptions (GB/T 38636-2020 6.3 and 6.4, RFC 5246 7.2 and the later TLS registrations).

The construct schemas build their enums from these (``schema.meta.values``), the analyzer,
decryption and reports dispatch on them. Standard library only: cheap to import anywhere.
A member's ``name.lower()`` is the schema's symbol (``HandshakeType.CLIENT_HELLO`` ->
``client_hello``), which the JSON output and the Lua plugin use.
"""

from __future__ import annotations

import enum


class ProtocolNumber(enum.IntEnum):
    """An IntEnum whose members also have the schema's lower-case symbol."""

    @property
    def symbol(self) -> str:
        return self.name.lower()

    @classmethod
    def symbol_of(cls, value: int) -> str:
        """The symbol of ``value``, ``unknown_N`` for a number the enum does not list."""
        member = cls._value2member_map_.get(value)
        return member.name.lower() if member is not None else f"unknown_{value}"


class ContentType(ProtocolNumber):
    CHANGE_CIPHER_SPEC = 20
    ALERT = 21
    HANDSHAKE = 22
    APPLICATION_DATA = 23


class HandshakeType(ProtocolNumber):
    HELLO_REQUEST = 0
    CLIENT_HELLO = 1
    SERVER_HELLO = 2
    HELLO_VERIFY_REQUEST = 3
    NEW_SESSION_TICKET = 4
    END_OF_EARLY_DATA = 5  # TLS 1.3
    ENCRYPTED_EXTENSIONS = 8  # TLS 1.3
    CERTIFICATE = 11
    SERVER_KEY_EXCHANGE = 12
    CERTIFICATE_REQUEST = 13
    SERVER_HELLO_DONE = 14
    CERTIFICATE_VERIFY = 15
    CLIENT_KEY_EXCHANGE = 16
    FINISHED = 20
    CERTIFICATE_URL = 21
    CERTIFICATE_STATUS = 22
    KEY_UPDATE = 24  # TLS 1.3
    COMPRESSED_CERTIFICATE = 25  # RFC 8879
    MESSAGE_HASH = 254  # TLS 1.3: stands for ClientHello1 in the transcript after a retry


#: A ServerHello carrying RFC 8446's HelloRetryRequest random (4.1.3) is its own message in
#: the model and the handshake state table, under this name (it has no number of its own).
HELLO_RETRY_REQUEST = "hello_retry_request"


class AlertLevel(ProtocolNumber):
    WARNING = 1
    FATAL = 2


class AlertDescription(ProtocolNumber):
    CLOSE_NOTIFY = 0
    UNEXPECTED_MESSAGE = 10
    BAD_RECORD_MAC = 20
    DECRYPTION_FAILED = 21
    RECORD_OVERFLOW = 22
    DECOMPRESSION_FAILURE = 30
    HANDSHAKE_FAILURE = 40
    NO_CERTIFICATE = 41
    BAD_CERTIFICATE = 42
    UNSUPPORTED_CERTIFICATE = 43
    CERTIFICATE_REVOKED = 44
    CERTIFICATE_EXPIRED = 45
    CERTIFICATE_UNKNOWN = 46
    ILLEGAL_PARAMETER = 47
    UNKNOWN_CA = 48
    ACCESS_DENIED = 49
    DECODE_ERROR = 50
    DECRYPT_ERROR = 51
    EXPORT_RESTRICTION = 60
    PROTOCOL_VERSION = 70
    INSUFFICIENT_SECURITY = 71
    INTERNAL_ERROR = 80
    INAPPROPRIATE_FALLBACK = 86
    USER_CANCELED = 90
    NO_RENEGOTIATION = 100
    MISSING_EXTENSION = 109
    UNSUPPORTED_EXTENSION = 110
    CERTIFICATE_UNOBTAINABLE = 111
    UNRECOGNIZED_NAME = 112
    BAD_CERTIFICATE_STATUS_RESPONSE = 113
    BAD_CERTIFICATE_HASH_VALUE = 114
    UNKNOWN_PSK_IDENTITY = 115
    CERTIFICATE_REQUIRED = 116
    NO_APPLICATION_PROTOCOL = 120
    # TLCP only (GB/T 38636-2020 6.3.4.2)
    UNSUPPORTED_SITE2SITE = 200
    NO_AREA = 201
    UNSUPPORTED_AREATYPE = 202
    BAD_IBCPARAM = 203
    UNSUPPORTED_IBCPARAM = 204
    IDENTITY_NEED = 205


def symbols(numbers: type[ProtocolNumber]) -> dict[str, int]:
    """``{symbol: value}`` in definition order: the mapping a construct Enum is built from."""
    return {member.symbol: int(member) for member in numbers}
