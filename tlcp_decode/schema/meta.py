"""Display metadata for schema fields, and the two generic constructs the TLS wire format needs.

The schemas stay declarative: a field is ``field("name", subcon, "Label", "filter.name")``, a
value table is ``values(Int8ub, {...})``. The decoder ignores the metadata; the Lua generator
reads it to name Wireshark fields (``tlcp.<filter>``), label tree items and build value strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import construct as c

from tlcp_decode.precompiled import dataclass


@dataclass(frozen=True)
class FieldMeta:
    """How one field is shown: tree label, filter name below ``tlcp.``, number base."""

    label: str
    filter: str | None = None
    #: dec | hex (integers) | none (bytes) | string (a byte string shown as text in Wireshark;
    #: the Python decoder still returns bytes)
    base: str = "dec"
    #: a byte string that is a DER value of this ASN.1 type, named as Wireshark's BER dissector
    #: tables know it: a syntax ("Certificate", table ``ber.syntax``) or an attribute OID
    #: ("2.5.4.49", id-at-distinguishedName, table ``ber.oid``); Wireshark's own dissector for
    #: it shows it (x509af, x509if...), as Wireshark's TLS dissector does
    der: str | None = None
    #: False: the member's parts go straight into its parent's tree, without an item of its own
    #: (Wireshark's TLS tree shows a handshake message's body that way)
    subtree: bool = True


def field(
    name: str, subcon: c.Construct, label: str, filter: str | None = None, base: str | None = None,
    der: str | None = None, subtree: bool = True,
) -> c.Renamed:
    """A named struct member with its display label and (optionally) a filter name."""
    renamed = name / subcon * label
    if base is None:
        base = "hex" if isinstance(subcon, c.Enum) and subcon.subcon.sizeof() >= 2 else "dec"
    renamed.meta = FieldMeta(label, filter, base, der, subtree)
    return renamed


def meta_of(con: c.Construct) -> FieldMeta | None:
    return getattr(con, "meta", None)


def _title(symbol: str) -> str:
    return " ".join(part.capitalize() for part in symbol.split("_"))


def values(
    subcon: c.Construct, mapping: Mapping[str, int], display: Mapping[int, str] | None = None,
    titles: bool = True,
) -> c.Enum:
    """An Enum whose members also carry display names (``client_hello`` -> ``Client Hello``).

    ``display`` overrides single names where title case is wrong (``TLCP``, ``SM2``).
    """
    enum = c.Enum(subcon, **mapping)
    names = {v: (_title(k) if titles else k) for k, v in mapping.items()}
    names.update(display or {})
    enum.display_names = names
    return enum


def display_names(enum: c.Enum) -> dict[int, str]:
    names: dict[int, str] | None = getattr(enum, "display_names", None)
    if names is not None:
        return names
    return {int(v): str(k) for k, v in enum.encmapping.items()}


def expected_default(switch: c.Switch) -> c.Switch:
    """Mark a Switch whose default is an ordinary layout, not an unknown case (the Lua
    generator then adds no "no layout" expert info when it is taken)."""
    switch.expected_default = True
    return switch


def is_expected_default(switch: c.Switch) -> bool:
    return bool(getattr(switch, "expected_default", False))


class ExactRange(c.GreedyRange):
    """Elements up to the end of the enclosing span, which must end on an element boundary.

    TLS vectors (``Extension extensions<0..2^16-1>``) are a byte length and then elements;
    ``GreedyRange`` alone would stop quietly at a malformed element and drop the rest.
    """

    def _parse(self, stream: Any, context: Any, path: str) -> Any:
        items = super()._parse(stream, context, path)
        rest = c.stream_read_entire(stream, path)
        if rest:
            raise c.ExplicitError(
                f"{len(rest)} byte(s) at the end do not form a whole element", path=path
            )
        return items

    def _emitparse(self, code: Any) -> str:  # keep the exact-end check when compiled
        raise NotImplementedError


class Trailing(c.Subconstruct):
    """A part that is present only if bytes remain in the enclosing span (TLS extensions).

    Unlike ``Optional`` it does not swallow errors: a malformed present part is an error.
    """

    def _parse(self, stream: Any, context: Any, path: str) -> Any:
        here = c.stream_tell(stream, path)
        stream.seek(0, 2)
        end = c.stream_tell(stream, path)
        c.stream_seek(stream, here, 0, path)
        if here >= end:
            return None
        return self.subcon._parsereport(stream, context, path)

    def _build(self, obj: Any, stream: Any, context: Any, path: str) -> Any:
        if obj is None:
            return None
        return self.subcon._build(obj, stream, context, path)

    def _sizeof(self, context: Any, path: str) -> int:
        raise c.SizeofError(path=path)
