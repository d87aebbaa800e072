"""Every frame right in any order: the plugin as the GUI uses it.

Wireshark's GUI and sharkd read a capture once without trees, then dissect one frame alone each
time a packet is clicked. The plugin's tree of every frame must not depend on that order: all
bundled captures (merged into one file) are loaded in one sharkd (Wireshark 4.0, Lua 5.2) and in
one wiregasm (Wireshark 4.4.5, Lua 5.4), the frames asked last to first and shuffled, and each
frame's ``tlcp`` tree compared label by label with ``tshark -V``'s single ordered pass. Both ways
of finding TLCP are checked: the port preference and the heuristic. Wireshark runs with a
personal folder of its own (tests/wireshark_harness.py), never the user's.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from wireshark_harness import (
    WIREGASM_DIR,
    Trees,
    diff_trees,
    merge_captures,
    orders,
    version_neutral,
    wireshark,
)

ROOT = Path(__file__).resolve().parents[1]
PCAPS = ROOT / "pcaps"
LUA_ERROR = re.compile(r"Lua Error|\[string \"|TLCP dissector error|attempt to |Lua: Error")

pytestmark = pytest.mark.skipif(not (shutil.which("tshark") and shutil.which("sharkd")
                                     and shutil.which("mergecap")),
                                reason="tshark, sharkd and mergecap are needed")


def server_ports() -> list[int]:
    ports = []
    for manifest in sorted(PCAPS.glob("*/MANIFEST.md")):
        for line in manifest.read_text().splitlines():
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if len(cells) >= 2 and cells[1].isdigit():
                ports.append(int(cells[1]))
    return ports


#: the TLCP captures (folders with a MANIFEST.md) and the plain HTTP one
TLCP_CAPTURES = sorted(p for p in PCAPS.glob("*/*.pcapng")
                       if (p.parent / "MANIFEST.md").exists() or p.parent.name == "plain")

#: the plugin's modes, as preferences: augment (the default: Wireshark's TLS dissector keeps
#: the connections, the post-dissector adds a tlcp tree), standalone with the ports given, and
#: standalone with the heuristic finding TLCP
MODES: dict[str, dict[str, str]] = {
    "augment": {},
    "standalone-port": {"tlcp.mode": "standalone",
                        "tlcp.tcp_ports": ",".join(str(p) for p in sorted(set(server_ports())))},
    "standalone-heuristic": {"tlcp.mode": "standalone"},
}
#: frames with a tlcp tree, at least (the plugin did load and work): in augment mode only the
#: frames with a ServerHello, Certificate or key exchange message
LEAST_SHOWN = {"augment": 60, "standalone-port": 1700, "standalone-heuristic": 1600}
#: wiregasm is slow (half a minute an order): one order in two modes
WIREGASM_ORDER = {"augment": "random", "standalone-heuristic": "reverse"}


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("any-order") / "all.pcapng"
    merge_captures(TLCP_CAPTURES, target)
    return target


@cache
def _expected(merged: Path, mode: str) -> Trees:
    with wireshark(prefs=MODES[mode]) as ws:
        proc = ws.tshark(["-r", str(merged), "-V"])
        assert proc.returncode == 0 and not LUA_ERROR.search(proc.stderr), proc.stderr
        from wireshark_harness import parse_verbose
        return parse_verbose(proc.stdout)


@pytest.fixture(params=list(MODES), scope="module")
def mode(request: pytest.FixtureRequest) -> Iterator[str]:
    yield str(request.param)


def _check(mode: str, expected: Trees, got: dict[str, Trees], log: str) -> None:
    assert not LUA_ERROR.search(log), log[-3000:]
    shown = sum(1 for rows in expected.values() if rows)
    assert shown >= LEAST_SHOWN[mode], f"only {shown} frames have a tlcp tree"
    for name, trees in got.items():
        assert set(trees) == set(expected), name
        bad = diff_trees(expected, trees)
        assert not bad, (name, len(bad), bad[0])


def test_sharkd_frames_in_any_order(merged: Path, mode: str) -> None:
    expected = _expected(merged, mode)
    with wireshark(prefs=MODES[mode]) as ws:
        got, log = ws.sharkd_trees(merged, orders(max(expected)))
    _check(mode, expected, got, log)


WIREGASM = WIREGASM_DIR / "node_modules" / "@goodtools" / "wiregasm" / "dist" / "wiregasm.js"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is needed for wiregasm")
@pytest.mark.parametrize("mode", list(WIREGASM_ORDER))
def test_wiregasm_frames_in_any_order(merged: Path, mode: str) -> None:
    """Wireshark 4.4.5 / Lua 5.4."""
    if not WIREGASM.exists():  # the README's test command and .ci/run install it (npm ci)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=WIREGASM_DIR, check=True,
                       capture_output=True, timeout=600)
    expected = _expected(merged, mode)
    order = orders(max(expected))[WIREGASM_ORDER[mode]]
    with wireshark(prefs=MODES[mode]) as ws:
        got, log = ws.wiregasm_trees(merged, {mode: order})
    _check(mode, version_neutral(expected), {k: version_neutral(v) for k, v in got.items()},
           log)


def test_install_and_uninstall_plugin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tlcp_decode.cli import main

    assert main(["install-plugin", "--dest", str(tmp_path)]) == 0
    said = capsys.readouterr().out
    assert (tmp_path / "tlcp.lua").is_file()
    assert "active mode: augment" in said and "tlcp.mode:standalone" in said
    assert main(["uninstall-plugin", "--dest", str(tmp_path)]) == 0
    assert not (tmp_path / "tlcp.lua").exists()
    assert "removed" in capsys.readouterr().out
    assert main(["uninstall-plugin", "--dest", str(tmp_path)]) == 0
    assert "not installed" in capsys.readouterr().out
