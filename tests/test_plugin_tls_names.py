"""The plugin and TLS 1.x (issue 16 item 5): TLS is Wireshark's, the plugin only adds names.

* On the TLS 1.3 captures of pcaps/tls13/ (Tongsuo and GmSSL, RFC 8998), in both modes, every
  ShangMi group and signature scheme the tls dissector found gets a ``tlcp.tls.*`` item named
  from ``registry.NAMED_GROUPS`` / ``SIGNATURE_SCHEMES``, and nothing else does: Wireshark 4.0
  names all the other values of these captures itself. TLCP frames get none of these items.
* A copy of a real ClientHello offering X25519MLKEM768 and mldsa44, which Wireshark 4.0 shows
  as "Unknown", gets their registry names.
* The same items under sharkd (Wireshark 4.0, GUI engine, frames asked alone) and wiregasm
  (Wireshark 4.4.5, Lua 5.4).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import dpkt
import pytest
from wireshark_harness import WIREGASM_DIR, Wireshark, wireshark

from tlcp_decode import registry

ROOT = Path(__file__).resolve().parents[1]
TLS13 = ROOT / "pcaps" / "tls13"
CAPTURES = sorted(TLS13.glob("*.pcapng"))
SM_GROUPS = {g.id for g in registry.NAMED_GROUPS if g.sm}
SM_SCHEMES = {s.id for s in registry.SIGNATURE_SCHEMES if s.sm}
GROUP_FIELDS = ("tls.handshake.extensions_supported_group",
                "tls.handshake.extensions_key_share_group",
                "tls.handshake.extensions_key_share_selected_group")
FIELDS = (*GROUP_FIELDS, "tls.handshake.sig_hash_alg", "tlcp.tls.named_group",
          "tlcp.tls.signature_scheme", "tlcp.record.version", "tls.record.version",
          "_ws.expert.message")
MODES = {"augment": {}, "standalone": {"tlcp.mode": "standalone"}}

pytestmark = pytest.mark.skipif(shutil.which("tshark") is None, reason="tshark is needed")


def numbers(cell: str) -> list[int]:
    return [int(v, 0) for v in cell.split(",") if v]


def field_rows(ws: Wireshark, pcap: Path) -> dict[int, dict[str, str]]:
    args = ["-r", str(pcap), "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=,",
            "-e", "frame.number", *(a for f in FIELDS for a in ("-e", f))]
    proc = ws.tshark(args)
    assert proc.returncode == 0, proc.stderr
    assert "Lua" not in proc.stderr and "TLCP dissector error" not in proc.stdout, proc.stderr
    rows = {}
    for line in proc.stdout.splitlines():
        cells = line.split("\t")
        rows[int(cells[0])] = dict(zip(FIELDS, cells[1:], strict=True))
    return rows


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("pcap", CAPTURES, ids=[p.stem for p in CAPTURES])
def test_shangmi_values_are_named_in_tls_frames(pcap: Path, mode: str) -> None:
    with wireshark(prefs=MODES[mode]) as ws:
        rows = field_rows(ws, pcap)
    named_frames = 0
    for number, row in rows.items():
        groups = [v for f in GROUP_FIELDS for v in numbers(row[f])]
        schemes = numbers(row["tls.handshake.sig_hash_alg"])
        if row["tlcp.record.version"] or "0x0101" in row["tls.record.version"]:
            # TLCP (standalone: the plugin's own dissection; augment: its tlcp tree) names all
            assert not row["tlcp.tls.named_group"] and not row["tlcp.tls.signature_scheme"]
            continue
        assert numbers(row["tlcp.tls.named_group"]) == [g for g in groups if g in SM_GROUPS], \
            number
        assert numbers(row["tlcp.tls.signature_scheme"]) == [
            s for s in schemes if s in SM_SCHEMES], number
        if row["tlcp.tls.named_group"] or row["tlcp.tls.signature_scheme"]:
            named_frames += 1
            assert "a ShangMi algorithm (RFC 8998)" in row["_ws.expert.message"]
    is_sm = "aes128gcm" not in pcap.stem
    # a ClientHello and a ServerHello a connection (04: two connections, 09: one TLS of two)
    expected = {"04_tongsuo_tls13_sm_resumption": 4}.get(pcap.stem, 2) if is_sm else 0
    assert named_frames == expected


def _unknown_values_copy(src: Path, dst: Path) -> None:
    """07's capture with the ClientHello offering X25519MLKEM768 (0x11ec) instead of x25519 in
    supported_groups, and mldsa44 (0x0904) instead of ecdsa_secp256r1_sha256 in
    signature_algorithms (same lengths; only those two values change)."""
    patches = {b"\x00\x0a\x00\x04\x00\x02\x00\x1d": b"\x00\x0a\x00\x04\x00\x02\x11\xec",
               b"\x00\x0d\x00\x04\x00\x02\x04\x03": b"\x00\x0d\x00\x04\x00\x02\x09\x04"}
    done = 0
    with src.open("rb") as fh, dst.open("wb") as out:
        reader = dpkt.pcapng.Reader(fh)
        writer = dpkt.pcap.Writer(out, linktype=reader.datalink())
        for ts, buf in reader:
            for old, new in patches.items():
                if old in buf:
                    buf = buf.replace(old, new)
                    done += 1
            writer.writepkt(buf, ts)
    assert done == 2


def test_values_wireshark_does_not_name_get_their_registry_names(tmp_path: Path) -> None:
    copy = tmp_path / "unnamed.pcap"
    _unknown_values_copy(TLS13 / "07_tongsuo_tls13_aes128gcm_ecdsa.pcapng", copy)
    with wireshark() as ws:
        rows = field_rows(ws, copy)
        verbose = ws.tshark(["-r", str(copy), "-V", "-Y", "tls.handshake.type == 1"]).stdout
    hello = [row for row in rows.values() if row["tlcp.tls.named_group"]]
    assert len(hello) == 1
    assert numbers(hello[0]["tlcp.tls.named_group"]) == [0x11EC]
    assert numbers(hello[0]["tlcp.tls.signature_scheme"]) == [0x0904]
    assert "Supported Group: Unknown (0x11ec)" in verbose  # what Wireshark 4.0 shows
    assert "Named Group: X25519MLKEM768 (0x11ec)" in verbose
    assert "Signature Scheme: mldsa44 (0x0904)" in verbose
    assert 'Wireshark\'s TLS dissector shows "Unknown (0x11ec)" for X25519MLKEM768' in verbose
    assert '" for mldsa44]' in verbose  # 4.0 calls it "Unknown SM2 (0x0904)"
    assert "ShangMi" not in verbose
    # the values Wireshark names (the ServerHello's x25519 key share) get nothing
    assert sum(1 for row in rows.values() if row["tlcp.tls.named_group"]) == 1


def _hello_rows(trees: dict[int, list[tuple[int, str]]]) -> list[str]:
    return [label for rows in trees.values() for depth, label in rows if depth == 1]


EXPECTED_ROWS = ["Named Group: curveSM2 (0x0029) [ShangMi, RFC 8998]"] * 2 + [
    "Signature Scheme: sm2sig_sm3 (0x0708) [ShangMi, RFC 8998]",
    "Named Group: curveSM2 (0x0029) [ShangMi, RFC 8998]"]


def _frames(pcap: Path) -> Sequence[int]:
    with pcap.open("rb") as fh:
        count = sum(1 for _ in dpkt.pcapng.Reader(fh))
    return list(range(count, 0, -1))


@pytest.mark.skipif(shutil.which("sharkd") is None, reason="sharkd is needed")
@pytest.mark.parametrize("mode", list(MODES))
def test_sharkd_names_them_frame_by_frame(mode: str) -> None:
    pcap = TLS13 / "01_tongsuo_tls13_sm4_gcm_sm3.pcapng"
    with wireshark(prefs=MODES[mode]) as ws:
        expected = ws.tshark_trees(pcap)
        got, log = ws.sharkd_trees(pcap, {"reverse": _frames(pcap)})
    assert "Lua" not in log, log
    assert _hello_rows(expected) == EXPECTED_ROWS
    assert got["reverse"] == {n: rows for n, rows in expected.items()}


WIREGASM = WIREGASM_DIR / "node_modules" / "@goodtools" / "wiregasm" / "dist" / "wiregasm.js"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is needed for wiregasm")
def test_wiregasm_names_them_on_wireshark_4_4() -> None:
    if not WIREGASM.exists():  # the README's test command and .ci/run install it (npm ci)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=WIREGASM_DIR, check=True,
                       capture_output=True, timeout=600)
    pcap = TLS13 / "01_tongsuo_tls13_sm4_gcm_sm3.pcapng"
    with wireshark() as ws:
        got, log = ws.wiregasm_trees(pcap, {"reverse": _frames(pcap)})
    assert "Lua Error" not in log and "TLCP dissector error" not in log, log
    assert _hello_rows(got["reverse"]) == EXPECTED_ROWS


# -- Decode As: TLS 1.x handed to Wireshark's tls dissector (Lua 5.2 and 5.4, Wireshark stub) --

LUAS = [name for name in ("lua5.2", "lua5.4") if shutil.which(name)]


@pytest.mark.parametrize("lua", LUAS)
def test_decode_as_hands_tls_directions_to_wireshark(lua: str, tmp_path: Path) -> None:
    from test_plugin import payloads, run

    hello = payloads()[0][1]  # a TLCP ClientHello (record version 0x0101)
    tls_hello = bytearray(hello)
    tls_hello[1:3] = b"\x03\x01"  # the same as a TLS ClientHello's first record
    tls_reply = b"\x16\x03\x03\x00\x04\x02\x00\x00\x00"
    packets = [
        {"number": 1, "dir": "c", "data": bytes(tls_hello)},
        {"number": 2, "dir": "s", "data": tls_reply},
        {"number": 3, "dir": "c", "data": b"rest of a TLS record, not a record start"},
        {"number": 4, "dir": "s", "data": b"\x17\x03\x03\x00\x02ab"},
    ]
    out = run(lua, tmp_path, packets)
    # every frame of a TLS connection goes to tls with TCP's desegmentation right intact (the
    # stub's can_desegment is 1 at the call, as under TCP: tls must get 1, not 0)
    assert [p["handed"] for p in out] == [
        f"tls:{len(tls_hello)}:1", f"tls:{len(tls_reply)}:1", "tls:40:1", "tls:7:1"]
    assert [p["result"] for p in out] == [str(len(tls_hello)), "9", "40", "7"]
    assert all(p["tree"] == [] for p in out), "no tlcp item on TLS"

    # the same ClientHello as TLCP stays the plugin's
    out = run(lua, tmp_path, [{"number": 1, "dir": "c", "data": hello}])
    assert out[0]["handed"] == "-" and out[0]["info"] == "Client Hello"
