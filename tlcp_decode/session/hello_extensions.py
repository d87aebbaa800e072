"""A ClientHello's extensions, read in one pass.

The TLS facts (:mod:`tlcp_decode.session.tls13`), the session resumption (the offered ticket)
and the reports (the server name) each want something from the same extension list; walking
it once per question cost more than the rest of the ClientHello's handling on traffic made of
short connections. :func:`read` walks it once and keeps the answers.
"""

from __future__ import annotations

from typing import Any

from tlcp_decode.precompiled import dataclass
from tlcp_decode.quick_init import quick_init


@quick_init  # one per ClientHello
@dataclass(frozen=True, slots=True)
class HelloExtensions:
    """What the analyzer reads from one hello's extensions."""

    by_type: dict[str, Any]  # type name (unknown_N: the number) -> data, first of each type
    offered_ticket: bytes | None  # the first non-empty session_ticket (RFC 5077)
    server_name: str | None  # the first name of the first non-empty server_name (RFC 6066)


NONE = HelloExtensions({}, None, None)


def read(hello: Any) -> HelloExtensions:
    """``hello``: a parsed ClientHello (or ServerHello, EncryptedExtensions) body, or None.

    A type sent twice (a malformed hello) counts by its first occurrence in ``by_type``, and
    the ticket and the name are those of the first one that holds something, as before.
    """
    extensions = hello["extensions"] if hello is not None else None
    if not extensions:
        return NONE
    by_type: dict[str, Any] = {}
    ticket: bytes | None = None
    name: str | None = None
    for ext in extensions:
        kind = str(ext["type"])
        data = ext["data"]
        by_type.setdefault(kind, data)
        if not data:
            continue
        if kind == "session_ticket":
            if ticket is None:
                ticket = bytes(data)
        elif kind == "server_name" and name is None:
            name = bytes(data[0]["name"]).decode("utf-8", "replace")
    return HelloExtensions(by_type, ticket, name)
