"""tlcp-decode: decode and explain TLCP (GB/T 38636-2020) traffic.

The library API (docs/api.md)::

    import tlcp_decode

    for conn in tlcp_decode.decode("capture.pcapng", keylog="sslkeys.log"):
        if conn.tlcp is not None and conn.tlcp.suite is not None:
            print(conn.index, conn.tlcp.suite.name)

``decode`` yields one immutable :class:`tlcp_decode.model.Connection` per TCP connection, as
soon as it ends. Importing this package is cheap: the decoder is imported on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from os import PathLike
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tlcp_decode.model import Connection
    from tlcp_decode.registry import CipherSuite
    from tlcp_decode.source import NativeReader, Packet

__version__ = "0.1.0"

__all__ = ["__version__", "decode", "open_capture", "suites"]

Paths = str | PathLike[str] | Iterable[str | PathLike[str]]


def _paths(value: Paths | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str | PathLike):
        return [str(value)]
    return [str(v) for v in value]


def open_capture(path: str | PathLike[str]) -> NativeReader:
    """The TCP packets of a pcap or pcapng file (iterate it), read by the native reader.

    After the iteration its ``stats`` and ``warnings`` say what was read and skipped. Raises
    :class:`tlcp_decode.source.CaptureError` when the file is not a capture it reads.
    """
    from tlcp_decode.source import NativeReader

    return NativeReader(path)


def decode(source: str | PathLike[str] | Iterable[Packet], *, keylog: Paths | None = None,
           keys: Paths = (), key_password: str | None = None, ca: Paths = (),
           ports: Iterable[int] = (), records: bool = False) -> Iterator[Connection]:
    """Decode ``source`` (a capture file's path, or packets) into one model per connection.

    ``keylog``: NSS key log file(s) and ``keys``: private key file(s) (``key_password`` for
    encrypted ones) to decrypt and verify; ``ca``: trusted CA certificate file(s) for the chain
    checks; ``ports``: TCP ports to treat as TLCP whatever their first bytes; ``records``: keep
    every record header (:attr:`tlcp_decode.model.Session.records`).
    Plaintext is not written anywhere: ``Session.decryption`` says what was decrypted.

    Connections are yielded as they end, so memory stays flat on long captures. Raises
    ``OSError`` or ``ValueError`` for unusable key, key-log or CA files and
    :class:`tlcp_decode.source.CaptureError` for an unreadable capture.
    """
    from tlcp_decode.pipeline import DecodeOptions, decode_packets

    trusted: tuple[bytes, ...] = ()
    if _paths(ca):
        from tlcp_decode.session.chain import load_trusted

        trusted = tuple(load_trusted(_paths(ca)))
    factory = None
    if _paths(keylog) or _paths(keys):
        from tlcp_decode.session.decryption import DecryptionSetup

        setup = DecryptionSetup.from_files(_paths(keylog), _paths(keys), key_password, None)
        factory = setup.decryptor
    options = DecodeOptions(force_ports=frozenset(ports), decryptor_factory=factory,
                            trusted_cas=trusted, record_log=records)
    packets = open_capture(source) if isinstance(source, str | PathLike) else source
    return decode_packets(packets, options)


def suites() -> tuple[CipherSuite, ...]:
    """Every cipher suite the registry knows (TLCP, GM/T 0024 and RFC 8998 suites)."""
    from tlcp_decode import registry

    return registry.CIPHER_SUITES
