"""What ``tlcp_decode.decode`` makes of a capture with a module's switch between a short way and
the general way on, then off (the tests that compare the two ways on every capture)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

import tlcp_decode
from tlcp_decode.model import Connection

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


def decoded_both_ways(capture: Path, module: ModuleType, switch: str,
                      monkeypatch: pytest.MonkeyPatch) -> tuple[list[Connection],
                                                                 list[Connection]]:
    """The connections of ``capture`` with ``module.switch`` True, then False."""
    ways = []
    for short in (True, False):
        monkeypatch.setattr(module, switch, short)
        ways.append(list(tlcp_decode.decode(capture)))
    return ways[0], ways[1]
