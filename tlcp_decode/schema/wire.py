"""The wire format's plain numbers: protocol versions and the record and handshake framing
lengths, without the schemas' construct objects (what the record layer and the analysis read;
see tlcp_decode.schema)."""

from __future__ import annotations

TLCP_VERSION = 0x0101
TLS_VERSIONS = {0x0300: "SSL 3.0", 0x0301: "TLS 1.0", 0x0302: "TLS 1.1", 0x0303: "TLS 1.2"}

#: Upper bound of TLCPCiphertext.length (6.3.3.3: 2^14 + 2048); anything longer is not a record.
MAX_RECORD_LENGTH = 2**14 + 2048
RECORD_HEADER_LENGTH = 5
HANDSHAKE_HEADER_LENGTH = 4
