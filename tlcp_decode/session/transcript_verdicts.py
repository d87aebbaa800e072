"""Verdicts over a handshake's transcript, withdrawn when the capture turns out to lack bytes
of it.

A Finished or a CertificateVerify is checked over every handshake message before it, the
peer's included. When segments of the peer are missing from the capture, TCP reassembly may
learn it only later (a hole is given up when the connection ends), after the check failed
for want of the missing bytes. Both decryptors (TLCP and TLS 1.2 in ``decryption``, TLS 1.3
in ``tls13_decryption``) keep their transcript verdicts here, each with the frame of the
message it is about, and withdraw those the gap may have falsified: a ✓ then becomes "not
checked", never a ✗.
"""

from __future__ import annotations

from tlcp_decode.model import Check
from tlcp_decode.model_base import SIDE


class TranscriptVerdicts:
    """The checks a decryptor made over its transcript, by the direction of the message each
    is about. ``checks``: the decryptor's list of checks, which :meth:`add` appends to and
    :meth:`withdraw` changes in place (the connection's report reads that list)."""

    def __init__(self, checks: list[Check],
                 finished_verified: dict[str, bool | None]) -> None:
        self.checks = checks
        self.finished_verified = finished_verified
        self._made: dict[str, list[tuple[int, Check]]] = {"c2s": [], "s2c": []}

    def add(self, direction: str, frame: int | None, check: Check) -> None:
        """``check``, about ``direction``'s message of ``frame``, made over the transcript."""
        self.checks.append(check)
        self._made[direction].append((frame or 0, check))

    def made_since(self, direction: str, frame: int | None, first: int) -> None:
        """The checks from position ``first`` on were made over the transcript for
        ``direction``'s message of ``frame``."""
        self._made[direction] += [(frame or 0, check) for check in self.checks[first:]]

    def withdraw(self, direction: str, since: int) -> set[str]:
        """The verdicts about ``direction``'s messages after frame ``since`` withdrawn (the
        transcript they were made over may lack the peer's missing bytes); the names of the
        checks withdrawn. A withdrawn Finished is no longer verified either way."""
        made = self._made[direction]
        withdrawn = {id(check): check.name for frame, check in made if frame > since}
        if not withdrawn:
            return set()
        self._made[direction] = [(frame, check) for frame, check in made if frame <= since]
        self.checks[:] = [check for check in self.checks if id(check) not in withdrawn]
        names = set(withdrawn.values())
        side = SIDE[direction]
        if f"{side}_finished" in names:
            self.finished_verified[side] = None
        return names
