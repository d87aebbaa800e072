"""What the ServerHello decides: the version, the cipher suite (and so the key exchange and the
layout of the later messages), the session id.

One owner, :meth:`ServerChoice.of`: the parser (which parses the later messages by the key
exchange), the analyzer (facts, the handshake state table's variant) and decryption (keys,
record protection) all read the ServerHello through it.
"""

from __future__ import annotations

from typing import Any

from tlcp_decode import registry
from tlcp_decode.precompiled import dataclass
from tlcp_decode.quick_init import quick_init
from tlcp_decode.registry import TLS13_VERSIONS


def selected_version(server_hello: Any) -> int | None:
    """The version a ServerHello chose in supported_versions (RFC 8446 4.2.1), if it did."""
    for ext in server_hello.extensions or ():
        # ServerHello form: one version (a ClientHello's list is a ListContainer); read as the
        # dict it is (construct's Container finds an attribute through Python code)
        if ext["type"] == "supported_versions" and isinstance(ext["data"], (int, str)):
            return int(ext["data"])
    return None


@quick_init  # one per ServerHello, in both processes
@dataclass(frozen=True, slots=True)
class ServerChoice:
    """What a ServerHello chose: the version, the suite, the session id."""

    legacy_version: int  # ServerHello.server_version (0x0303 in TLS 1.3)
    selected_version: int | None  # supported_versions, when the server sent it
    cipher_suite: int
    suite: registry.CipherSuite | None  # None: a suite the registry does not know
    session_id: bytes

    @classmethod
    def of(cls, server_hello: Any) -> ServerChoice:
        """``server_hello``: the schema's parsed ServerHello body."""
        suite_id = int(server_hello.cipher_suite)
        return cls(int(server_hello.server_version), selected_version(server_hello), suite_id,
                   registry.lookup(suite_id), bytes(server_hello.session_id))

    @property
    def version(self) -> int:
        """The protocol version in force from here on."""
        return self.selected_version or self.legacy_version

    @property
    def tls13(self) -> bool:
        """TLS 1.3 chosen (or a draft of it read as TLS 1.3: registry.TLS13_DRAFTS)."""
        return self.selected_version in TLS13_VERSIONS  # (read often: no call)

    @property
    def draft(self) -> bool:
        """A draft of TLS 1.3 chosen, not RFC 8446's."""
        return self.selected_version in registry.TLS13_DRAFTS

    @property
    def message_layout(self) -> str | None:
        """The layout the schemas parse the later messages by (None: unknown suite)."""
        return self.suite.message_layout if self.suite is not None else None
