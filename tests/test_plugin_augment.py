"""Augment mode (the default): a user who installs the plugin gains a tlcp tree and loses nothing.

The plugin sits in a personal plugin folder of the test's own (tests/wireshark_harness.py), as
``tlcp-decode install-plugin`` puts it. On every bundled capture with a key log (merged into one
file, the key logs into one), Wireshark's TLS dissector must decrypt exactly as much with the
plugin as without: the same HTTP frames, the same number of tls.app_data, the same bytes from
``-z follow,tls,raw,N`` for every TCP stream; and the tlcp key-exchange fields must appear on
the ServerKeyExchange and ClientKeyExchange frames.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from wireshark_harness import Wireshark, merge_captures, wireshark

from tlcp_decode.luagen import active_mode

ROOT = Path(__file__).resolve().parents[1]
KEYLOGGED = sorted(p for p in (ROOT / "pcaps").glob("*/*.pcapng")
                   if p.with_suffix(".keylog").exists())
LUA_ERROR = re.compile(r"Lua Error|\[string \"|TLCP dissector error|attempt to |Lua: Error")
TLS_FIELDS = ("frame.number", "tls.app_data", "http.request.method", "http.response.code",
              "tls.handshake.type", "_ws.malformed")
TLCP_FIELDS = ("tlcp.handshake.type", "tlcp.key_exchange", "tlcp.handshake.sig_len",
               "tlcp.handshake.epms_len", "tlcp.handshake.client_point_len",
               "tlcp.certificate.role", "tlcp.malformed", "tlcp.internal_error")

pytestmark = pytest.mark.skipif(not (shutil.which("tshark") and shutil.which("mergecap")),
                                reason="tshark and mergecap are needed")


@pytest.fixture(scope="module")
def capture(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("augment")
    merged = folder / "all.pcapng"
    merge_captures(KEYLOGGED, merged)
    keylog = folder / "all.keylog"
    keylog.write_text("".join(p.with_suffix(".keylog").read_text() + "\n" for p in KEYLOGGED))
    return merged, keylog


def fields(ws: Wireshark, merged: Path, keylog: Path, names: tuple[str, ...]
           ) -> dict[int, tuple[str, ...]]:
    args = ["-r", str(merged), "-o", f"tls.keylog_file:{keylog}", "-T", "fields",
            "-E", "occurrence=a", "-E", "aggregator=,"]
    for name in names:
        args += ["-e", name]
    proc = ws.tshark(args)
    assert proc.returncode == 0 and not LUA_ERROR.search(proc.stderr), proc.stderr
    rows = [line.split("\t") for line in proc.stdout.splitlines()]
    return {int(row[0]): tuple(row[1:]) for row in rows}


def follow_all(ws: Wireshark, merged: Path, keylog: Path, streams: int) -> str:
    args = ["-r", str(merged), "-o", f"tls.keylog_file:{keylog}", "-q"]
    for stream in range(streams):
        args += ["-z", f"follow,tls,raw,{stream}"]
    proc = ws.tshark(args)
    assert proc.returncode == 0 and not LUA_ERROR.search(proc.stderr), proc.stderr
    return proc.stdout


def test_decryption_http_and_follow_unchanged(capture: tuple[Path, Path]) -> None:
    merged, keylog = capture
    assert len(KEYLOGGED) >= 15
    with wireshark(plugin=None) as bare:
        before = fields(bare, merged, keylog, TLS_FIELDS)
        streams = int(max(fields(bare, merged, keylog, ("frame.number", "tcp.stream")).values(),
                          key=lambda v: int(v[0] or 0))[0]) + 1
        follow_before = follow_all(bare, merged, keylog, streams)
        versions = fields(bare, merged, keylog, ("frame.number", "tls.record.version"))
    tlcp_frames = {n for n, v in versions.items() if "0x0101" in v[0].split(",")}
    with wireshark() as ws:
        assert active_mode(ws.config / "preferences") == "augment"
        after = fields(ws, merged, keylog, TLS_FIELDS + TLCP_FIELDS)
        follow_after = follow_all(ws, merged, keylog, streams)
    tls_after = {n: v[:len(TLS_FIELDS) - 1] for n, v in after.items()}
    assert tls_after == before
    app_data = sum(len(v[0].split(",")) for v in before.values() if v[0])
    http = sum(1 for v in before.values() if v[1] or v[2])
    assert app_data > 1000 and http >= 10, (app_data, http)  # the key logs did decrypt
    assert not any(v[4] for v in before.values())
    assert follow_after == follow_before and follow_before.count("Follow: tls,raw") == streams
    assert len(re.findall(r"^\t?[0-9a-f]{32,}$", follow_before, re.M)) > 100

    tlcp = {n: dict(zip(TLCP_FIELDS, v[len(TLS_FIELDS) - 1:], strict=True))
            for n, v in after.items()}
    assert not any(row["tlcp.malformed"] or row["tlcp.internal_error"] for row in tlcp.values())
    kinds: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    for number, row in tlcp.items():
        tls_types = before[number][3].split(",") if before[number][3] else []
        for shown in (row["tlcp.handshake.type"].split(",") if row["tlcp.handshake.type"] else []):
            assert shown in tls_types, (number, shown, tls_types)
        if ("12" in tls_types or "16" in tls_types) and number in tlcp_frames:
            # every TLCP key exchange message is broken down, by the suite's key exchange
            # (TLS 1.2's, of the OpenSSL captures, are Wireshark's own business)
            assert row["tlcp.handshake.sig_len"] or row["tlcp.handshake.epms_len"] \
                or row["tlcp.handshake.client_point_len"], number
        if row["tlcp.key_exchange"]:
            kinds[row["tlcp.key_exchange"]] += 1
        if row["tlcp.certificate.role"]:  # TLCP order: signing certificate first
            assert row["tlcp.certificate.role"].startswith("sign"), number
            roles[row["tlcp.certificate.role"]] += 1
    assert set(kinds) >= {"ECC", "ECDHE", "RSA"}, kinds
    assert any(r.startswith("sign,enc") for r in roles), roles


def test_mode_preference_is_read(tmp_path: Path) -> None:
    prefs = tmp_path / "preferences"
    assert active_mode(prefs) == "augment"  # no file: the default
    prefs.write_text("# comment\ntlcp.mode: standalone\n")
    assert active_mode(prefs) == "standalone"
    prefs.write_text("tlcp.mode: augment\n")
    assert active_mode(prefs) == "augment"
