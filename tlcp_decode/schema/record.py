"""Record layer: GB/T 38636-2020 6.3 (TLCPPlaintext), ChangeCipherSpec and Alert.

    struct {
        ContentType type;
        ProtocolVersion version;
        uint16 length;
        opaque fragment[TLCPPlaintext.length];
    } TLCPPlaintext;
"""

from __future__ import annotations

from construct import Bytes, Int8ub, Int16ub, Struct, this

from tlcp_decode import numbers
from tlcp_decode.schema.meta import field, values
from tlcp_decode.schema.wire import MAX_RECORD_LENGTH as MAX_RECORD_LENGTH
from tlcp_decode.schema.wire import RECORD_HEADER_LENGTH as RECORD_HEADER_LENGTH
from tlcp_decode.schema.wire import TLCP_VERSION, TLS_VERSIONS

ContentType = values(
    Int8ub,
    numbers.symbols(numbers.ContentType),
    display={20: "Change Cipher Spec", 21: "Alert", 22: "Handshake", 23: "Application Data"},
)

ProtocolVersion = values(
    Int16ub,
    {"TLCP": TLCP_VERSION, "SSLv3": 0x0300, "TLSv1_0": 0x0301, "TLSv1_1": 0x0302, "TLSv1_2": 0x0303},
    display={TLCP_VERSION: "TLCP", **TLS_VERSIONS},
)

RecordHeader = Struct(
    field("content_type", ContentType, "Content Type", "record.content_type", base="dec"),
    field("version", ProtocolVersion, "Version", "record.version"),
    field("length", Int16ub, "Length", "record.length"),
)

Record = Struct(
    *RecordHeader.subcons,
    field("fragment", Bytes(this.length), "Fragment"),
)

ChangeCipherSpec = Struct(
    field(
        "type", values(Int8ub, {"change_cipher_spec": 1}), "Change Cipher Spec Message",
        "change_cipher_spec",
    ),
)

AlertLevel = values(Int8ub, numbers.symbols(numbers.AlertLevel))

#: RFC 5246 7.2 descriptions, the later TLS registrations, and GB/T 38636-2020 6.3.4.2's own.
ALERT_DESCRIPTIONS = numbers.symbols(numbers.AlertDescription)

AlertDescription = values(
    Int8ub, ALERT_DESCRIPTIONS,
    display={20: "Bad Record MAC", 113: "Bad Certificate Status Response", 200: "Unsupported Site2Site",
             201: "No Area", 202: "Unsupported Areatype", 203: "Bad IBC Param",
             204: "Unsupported IBC Param", 205: "Identity Need", 48: "Unknown CA"},
)

Alert = Struct(
    field("level", AlertLevel, "Level", "alert_message.level"),
    field("description", AlertDescription, "Description", "alert_message.desc"),
)
