"""NSS key log files (the SSLKEYLOGFILE format), as written by GmSSL, Tongsuo and browsers.

Lines used here: ``CLIENT_RANDOM <client_random> <master_secret>`` and, for RSA key exchange,
``RSA <first 8 bytes of the encrypted pre-master> <pre-master>``. Other labels (TLS 1.3 traffic
secrets...) are kept but unused; malformed lines are reported, not fatal.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import field
from pathlib import Path
from typing import IO

from ..precompiled import dataclass
from ..report.i18n import _
from .keylog_reader import KeyLogLines

_KNOWN_TLS13 = {
    "CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
    "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0", "EXPORTER_SECRET",
    "EARLY_EXPORTER_SECRET", "CLIENT_EARLY_TRAFFIC_SECRET",
}
#: The traffic secrets after a KeyUpdate (RFC 8446 7.2): OpenSSL 3.0 writes each as
#: CLIENT/SERVER_TRAFFIC_SECRET_N, others number them; the decoder derives them itself from
#: the _0 ones, so these lines are known and not needed
_UPDATED_TRAFFIC_SECRET = ("CLIENT_TRAFFIC_SECRET_", "SERVER_TRAFFIC_SECRET_")


def _updated_traffic_secret(label: str) -> bool:
    prefix, _, number = label.rpartition("_")
    return prefix + "_" in _UPDATED_TRAFFIC_SECRET and (number == "N" or number.isdigit())


@dataclass(frozen=True)
class BadLine:
    line_number: int
    reason: str  # never contains the secret


class BadLines(list[BadLine]):
    """The lines not understood: the first :data:`KEPT` kept (to quote), all counted (a file
    of millions of junk lines must not fill memory)."""

    KEPT = 100

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def append(self, line: BadLine) -> None:
        self.total += 1
        if len(self) < self.KEPT:
            super().append(line)

    def extend(self, lines: Iterable[BadLine]) -> None:
        for line in lines:
            self.append(line)
        self.total += max(0, getattr(lines, "total", 0) - len(lines)) if isinstance(
            lines, list) else 0


@dataclass
class KeyLog:
    masters: dict[bytes, bytes] = field(default_factory=dict, repr=False)
    rsa_premasters: dict[bytes, bytes] = field(default_factory=dict, repr=False)
    other: dict[tuple[str, bytes], bytes] = field(default_factory=dict, repr=False)
    bad_lines: BadLines = field(default_factory=BadLines)
    source: str = ""
    notes: list[str] = field(default_factory=list)  # what the reading found, for the user

    def master_secret(self, client_random: bytes) -> bytes | None:
        return self.masters.get(bytes(client_random))

    def rsa_premaster(self, encrypted_pms: bytes) -> bytes | None:
        """Looked up by the first 8 bytes of the encrypted pre-master (longer input is fine)."""
        return self.rsa_premasters.get(bytes(encrypted_pms[:8]))

    def __len__(self) -> int:
        return len(self.masters) + len(self.rsa_premasters) + len(self.other)

    def merge(self, other: KeyLog) -> None:
        self.masters.update(other.masters)
        self.rsa_premasters.update(other.rsa_premasters)
        self.other.update(other.other)
        self.bad_lines.extend(other.bad_lines)
        self.notes.extend(other.notes)


def parse_keylog(text: str | Iterable[str], source: str = "") -> KeyLog:
    """Parse key log lines: a whole text, or lines as :func:`keylog_reader.read_lines` gives."""
    log = KeyLog(source=source)
    lines = text.splitlines() if isinstance(text, str) else text
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 3:
            log.bad_lines.append(BadLine(number, f"expected 3 fields, found {len(parts)}"))
            continue
        label, first, second = parts
        try:
            key, value = bytes.fromhex(first), bytes.fromhex(second)
        except ValueError:
            log.bad_lines.append(BadLine(number, f"{label}: fields are not hexadecimal"))
            continue
        if label == "CLIENT_RANDOM":
            if len(key) != 32 or len(value) != 48:
                log.bad_lines.append(BadLine(
                    number, f"CLIENT_RANDOM needs a 32-byte random and a 48-byte master secret "
                            f"(found {len(key)} and {len(value)} bytes)"))
                continue
            log.masters[key] = value
        elif label == "RSA":
            if len(key) != 8 or len(value) != 48:
                log.bad_lines.append(BadLine(
                    number, f"RSA needs an 8-byte encrypted pre-master prefix and a 48-byte "
                            f"pre-master (found {len(key)} and {len(value)} bytes)"))
                continue
            log.rsa_premasters[key] = value
        elif label in _KNOWN_TLS13:
            log.other[(label, key)] = value
        elif _updated_traffic_secret(label):
            continue
        else:
            log.bad_lines.append(BadLine(number, f"unknown label {label[:40]!r}"))
    return log


def load_keylog(path: str | Path) -> KeyLog:
    """Read a key log file line by line, with bounds (:mod:`.keylog_reader`); ``notes`` says
    what could not be used. Raises OSError, or ValueError for a file that is no key log."""
    p = Path(path)
    with open(p, "rb") as stream:
        reader = KeyLogLines(stream, str(path))
        log = parse_keylog(reader, source=p.name)
    if reader.encoding.startswith("utf-16"):
        log.notes.append(_("{name}: read as UTF-16 text").format(name=path))
    if log.bad_lines.total:
        first = log.bad_lines[0]
        log.notes.append(_("{name}: {n} line(s) not understood (the first, line {line}: "
                           "{reason})").format(name=path, n=log.bad_lines.total,
                                               line=first.line_number, reason=first.reason))
    return log


def load_keylogs(paths: Iterable[str | Path]) -> KeyLog:
    """Several key log files as one (see :func:`load_keylog`)."""
    merged = KeyLog()
    names = []
    for path in paths:
        merged.merge(load_keylog(path))
        names.append(str(path))
    merged.source = ", ".join(names)
    return merged


def write_keylog(
    path_or_file: str | Path | IO[str], entries: Iterable[tuple[bytes, bytes]]
) -> int:
    """Write ``CLIENT_RANDOM`` lines for (client_random, master_secret) pairs; returns the count."""
    lines = []
    for client_random, master in entries:
        if len(client_random) != 32 or len(master) != 48:
            raise ValueError("a key log entry needs a 32-byte random and a 48-byte master secret")
        lines.append(f"CLIENT_RANDOM {client_random.hex()} {master.hex()}\n")
    if isinstance(path_or_file, (str, Path)):
        with open(path_or_file, "w", encoding="ascii") as fh:
            fh.writelines(lines)
    else:
        assert isinstance(path_or_file, io.IOBase) or hasattr(path_or_file, "write")
        path_or_file.writelines(lines)
    return len(lines)
