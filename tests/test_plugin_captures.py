"""dissector/tlcp.lua under tshark on the real captures: the same records, handshake types,
suites and alerts as Wireshark's own TLS dissector and as the Python decoder, found by the
heuristic on any port, never claiming TLS (TLS 1.x reached through Decode As is handed to
Wireshark's tls dissector, which shows it exactly as without the plugin), and no Lua error on
corrupted copies."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import dpkt
import pytest

from tlcp_decode.tlcp import AlertSeen, ConnectionParser, HandshakeMessage, Malformed, RecordSeen

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "dissector" / "tlcp.lua"
PCAPS = ROOT / "pcaps"
TSHARK = shutil.which("tshark")
EDITCAP = shutil.which("editcap")

pytestmark = pytest.mark.skipif(TSHARK is None, reason="tshark is not installed")

KEYS = ("record.content_type", "handshake.type", "handshake.ciphersuite", "alert_message.desc")
#: expert infos that must not appear on a well-formed capture
EXPERT_FIELDS = (
    "tlcp.malformed", "tlcp.trailing", "tlcp.unknown", "tlcp.record.unknown_content_type",
    "tlcp.record.unknown_version", "tlcp.record.too_long", "tlcp.record.past_end",
    "tlcp.handshake.interrupted", "tlcp.handshake.too_long", "tlcp.internal_error",
    "_ws.malformed",
)
#: the heuristic takes TLCP connections only in standalone mode (augment mode is the default)
STANDALONE = ("-o", "tlcp.mode:standalone")
LUA_ERROR = re.compile(r"Lua Error|\[string \"|TLCP dissector error|attempt to ")

Frames = dict[int, tuple[str, ...]]


def captures() -> list[tuple[Path, int]]:
    """Every capture with its server port, from the MANIFEST tables."""
    found = []
    for manifest in sorted(PCAPS.glob("*/MANIFEST.md")):
        ports = {}
        for line in manifest.read_text().splitlines():
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if len(cells) >= 2 and cells[1].isdigit():
                ports[cells[0]] = int(cells[1])
        for pcap in sorted(manifest.parent.glob("*.pcapng")):
            found.append((pcap, ports[pcap.stem]))
    return found


CAPTURES = captures()
IDS = [p.stem for p, _ in CAPTURES]


def tshark(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    assert TSHARK is not None
    return subprocess.run([TSHARK, "-n", *args], capture_output=True, text=True, timeout=120)


def fields_run(pcap: Path, fields: Sequence[str], extra: Sequence[str]) -> tuple[Frames, str]:
    args = ["-r", str(pcap), *extra, "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=,",
            "-e", "frame.number"]
    for name in fields:
        args += ["-e", name]
    proc = tshark(args)
    assert proc.returncode == 0, proc.stderr
    frames: Frames = {}
    for line in proc.stdout.splitlines():
        cells = line.split("\t")
        frames[int(cells[0])] = tuple(cells[1:])
    return frames, proc.stderr


MERGECAP = shutil.which("mergecap")


def frame_count(pcap: Path) -> int:
    with pcap.open("rb") as fh:
        return sum(1 for _ in dpkt.pcapng.Reader(fh))


@cache
def merged_runs() -> tuple[dict[str, tuple[Frames, str]], dict[Path, int]]:
    """All captures concatenated into one file, dissected three ways (three tshark runs
    instead of three per capture): Wireshark's TLS, the plugin by port, the plugin's heuristic.
    Returns the runs and each capture's frame-number offset in the merged file."""
    assert MERGECAP is not None
    tmp = Path(tempfile.mkdtemp(prefix="tlcp-plugin-"))
    merged = tmp / "all.pcapng"
    subprocess.run([MERGECAP, "-a", "-F", "pcapng", "-w", str(merged),
                    *(str(p) for p, _ in CAPTURES)], check=True, capture_output=True)
    offsets: dict[Path, int] = {}
    total = 0
    for pcap, _ in CAPTURES:
        offsets[pcap] = total
        total += frame_count(pcap)
    lua = ["-X", f"lua_script:{PLUGIN}"]
    ports = sorted({port for _, port in CAPTURES})
    jobs = {
        "tls": ([f"tls.{k}" for k in KEYS] + ["tcp.srcport"],
                [a for port in ports for a in ("-d", f"tcp.port=={port},tls")]),
        # tls.* last: what the plugin handed to Wireshark's tls dissector
        "tlcp": ([f"tlcp.{k}" for k in KEYS] + list(EXPERT_FIELDS) + [f"tls.{k}" for k in KEYS],
                 [*lua, *(a for port in ports for a in ("-d", f"tcp.port=={port},tlcp"))]),
        # Wireshark's own TLS heuristic also accepts GMTLSv1 (0x0101) records and, once it has
        # succeeded (19_alert_tls12 starts with a real TLS ClientHello), it is tried first for
        # every later conversation of the file; switch it off so that this pass tests ours.
        "heuristic": ([f"tlcp.{k}" for k in KEYS],
                      [*lua, *STANDALONE, "--disable-heuristic", "tls_tcp"]),
    }
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {name: pool.submit(fields_run, merged, f, e) for name, (f, e) in jobs.items()}
        results = {name: fut.result() for name, fut in futures.items()}
    shutil.rmtree(tmp, ignore_errors=True)
    return results, offsets


def runs(pcap: Path, port: int) -> dict[str, tuple[Frames, str]]:
    """One capture's slice of the merged runs, with its own frame numbers."""
    results, offsets = merged_runs()
    first = offsets[pcap]
    last = first + frame_count(pcap)
    return {
        name: ({n - first: v for n, v in frames.items() if first < n <= last}, stderr)
        for name, (frames, stderr) in results.items()
    }


def only_keys(frames: Frames) -> Frames:
    return {n: v[: len(KEYS)] for n, v in frames.items() if any(v[: len(KEYS)])}


def handed_to_tls(frames: Frames) -> Frames:
    """The tls.* keys of the plugin run: the frames it handed to Wireshark's tls dissector."""
    return {n: v[-len(KEYS):] for n, v in frames.items() if any(v[-len(KEYS):])}


def experts(frames: Frames) -> Frames:
    return {n: v[len(KEYS):len(KEYS) + len(EXPERT_FIELDS)] for n, v in frames.items()
            if any(v[len(KEYS):len(KEYS) + len(EXPERT_FIELDS)])}


# --- the Python decoder on the same bytes -----------------------------------------------------


def python_frames(pcap: Path, port: int) -> Frames:
    """Per frame, what tlcp_decode's ConnectionParser sees, in tshark's field format."""
    per_frame: dict[int, list[list[str]]] = defaultdict(lambda: [[], [], [], []])
    parsers: dict[tuple[int, int], ConnectionParser] = {}
    # whether a direction is TLCP, by its first record's version (TLS 1.x is not the plugin's)
    tlcp_direction: dict[tuple[int, str], bool] = {}
    next_seq: dict[tuple[int, int, int], int] = {}
    with pcap.open("rb") as fh:
        for number, (_ts, buf) in enumerate(dpkt.pcapng.Reader(fh), start=1):
            eth = dpkt.ethernet.Ethernet(buf)
            ip = eth.data
            if not isinstance(ip, dpkt.ip.IP | dpkt.ip6.IP6) or not isinstance(ip.data, dpkt.tcp.TCP):
                continue
            tcp = ip.data
            if port not in (tcp.sport, tcp.dport):
                continue
            client = tcp.sport if tcp.dport == port else tcp.dport
            direction = "c2s" if tcp.dport == port else "s2c"
            conn = parsers.setdefault((client, port), ConnectionParser())
            key = (client, tcp.sport, tcp.dport)
            seq = tcp.seq + (1 if tcp.flags & dpkt.tcp.TH_SYN else 0)
            data = bytes(tcp.data)
            if tcp.flags & dpkt.tcp.TH_SYN:
                next_seq[key] = seq
                continue
            if not data:
                continue
            expected = next_seq.setdefault(key, seq)
            delta = (seq - expected) % 2**32
            if delta >= 2**31:  # retransmission or overlap: keep only the new bytes
                data = data[(expected - seq) % 2**32:]
                seq = expected
            elif delta:
                conn.gap(direction, delta, number)
            next_seq[key] = (seq + len(data)) % 2**32
            for event in conn.feed(direction, data, number):
                assert not isinstance(event, Malformed), event
                if isinstance(event, RecordSeen):
                    tlcp_direction.setdefault((client, direction), event.version == 0x0101)
                if not tlcp_direction.get((client, direction), True):
                    continue
                cells = per_frame[event.frame or 0]
                if isinstance(event, RecordSeen):
                    cells[0].append(str(event.content_type))
                elif isinstance(event, HandshakeMessage):
                    cells[1].append(str(event.msg_type))
                    body = event.body
                    if event.msg_type == 1 and body is not None:
                        cells[2] += [f"0x{int(s):04x}" for s in body.cipher_suites]
                    elif event.msg_type == 2 and body is not None:
                        cells[2].append(f"0x{int(body.cipher_suite):04x}")
                elif isinstance(event, AlertSeen) and not event.encrypted:
                    cells[3].append(str(event.description))
    return {n: tuple(",".join(c) for c in cells) for n, cells in per_frame.items()}


# --- tests ------------------------------------------------------------------------------------


def test_captures_found() -> None:
    assert len(CAPTURES) >= 19
    assert all("plain" not in str(p) for p, _ in CAPTURES)
    # merging is sound only if no two captures share a server port
    assert len({port for _, port in CAPTURES}) == len(CAPTURES)


@pytest.mark.parametrize(("pcap", "port"), CAPTURES, ids=IDS)
def test_same_as_wireshark_tls(pcap: Path, port: int) -> None:
    tls, _ = runs(pcap, port)["tls"]
    plugin, stderr = runs(pcap, port)["tlcp"]
    assert not LUA_ERROR.search(stderr), stderr
    assert only_keys(tls), "the TLS dissector found nothing"
    tlcp, handed = only_keys(plugin), handed_to_tls(plugin)
    assert not set(tlcp) & set(handed), "a frame both dissected as TLCP and handed to tls"
    # every frame as Wireshark's own TLS dissector shows it: the TLCP ones by the plugin, the
    # TLS 1.x ones by Wireshark's tls dissector itself
    assert {**tlcp, **handed} == only_keys(tls)
    if pcap.parent.name in ("tls13", "openssl", "openssl-cli", "gnutls"):  # TLS 1.0 to 1.3
        assert handed, "the TLS 1.x connections go to Wireshark's tls dissector"
        if pcap.stem.startswith("09_"):  # TLCP and TLS 1.3 on one port: the first is TLCP
            assert tlcp and max(tlcp) < min(handed)
        else:
            assert not tlcp
    elif not pcap.stem.startswith("19_alert_tls12"):
        assert not handed


@pytest.mark.parametrize(("pcap", "port"), CAPTURES, ids=IDS)
def test_same_as_python_decoder(pcap: Path, port: int) -> None:
    tlcp, _ = runs(pcap, port)["tlcp"]
    assert only_keys(tlcp) == {n: v for n, v in python_frames(pcap, port).items() if any(v)}


@pytest.mark.parametrize(("pcap", "port"), CAPTURES, ids=IDS)
def test_no_expert_info_on_real_captures(pcap: Path, port: int) -> None:
    tlcp, _ = runs(pcap, port)["tlcp"]
    bad = experts(tlcp)
    assert bad == {}, dict(zip(EXPERT_FIELDS, next(iter(bad.values())), strict=True))


@pytest.mark.parametrize(("pcap", "port"), CAPTURES, ids=IDS)
def test_heuristic_finds_tlcp_without_decode_as(pcap: Path, port: int) -> None:
    heuristic = only_keys(runs(pcap, port)["heuristic"][0])
    decoded = only_keys(runs(pcap, port)["tlcp"][0])
    if pcap.stem.startswith("19_alert_tls12"):
        # the client's TLS 1.2 ClientHello (record version 0x0301) is not TLCP, and neither is
        # anything else that TLS client sends (its own alert, version 0x0303): Decode As hands
        # that direction to Wireshark's tls dissector and the heuristic does not take it
        tls = runs(pcap, port)["tls"][0]
        handed = handed_to_tls(runs(pcap, port)["tlcp"][0])
        client = [n for n, v in only_keys(tls).items() if tls[n][len(KEYS)] != str(port)]
        assert any(handed[n][1] == "1" for n in client)
        assert all(n not in heuristic and n not in decoded for n in client)
        assert decoded
    assert heuristic == decoded


def test_heuristic_with_wireshark_defaults() -> None:
    """Standalone, with the TLS heuristic left on, a capture on its own is found to be TLCP."""
    pcap = next(p for p, _ in CAPTURES if p.stem == "tongsuo_ecc_sm4_cbc_sm3")
    frames, stderr = fields_run(pcap, ["tlcp.record.content_type", "tls.record.content_type"],
                                ["-X", f"lua_script:{PLUGIN}", *STANDALONE])
    assert not LUA_ERROR.search(stderr)
    assert sum(1 for v in frames.values() if v[0]) >= 10
    assert not any(v[1] for v in frames.values())


def _tls_copy(src: Path, dst: Path, port: int) -> None:
    """The capture with every record version rewritten from TLCP 0x0101 to TLS 1.2 0x0303.

    Only for captures whose segments each start at a record boundary (the small ones)."""
    with src.open("rb") as fh, dst.open("wb") as out:
        reader = dpkt.pcapng.Reader(fh)
        writer = dpkt.pcap.Writer(out, linktype=reader.datalink())
        for ts, buf in reader:
            raw = bytearray(buf)
            tcp = dpkt.ethernet.Ethernet(buf).data.data
            data = bytes(tcp.data)
            start = len(raw) - len(data)
            pos = 0
            while isinstance(tcp, dpkt.tcp.TCP) and pos + 5 <= len(data):
                assert data[pos + 1:pos + 3] == b"\x01\x01"
                raw[start + pos + 1:start + pos + 3] = b"\x03\x03"
                pos += 5 + int.from_bytes(data[pos + 3:pos + 5], "big")
            writer.writepkt(bytes(raw), ts)


def test_heuristic_leaves_tls_alone(tmp_path: Path) -> None:
    src, port = next((p, n) for p, n in CAPTURES if p.stem == "tongsuo_ecc_sm4_cbc_sm3")
    copy = tmp_path / "tls12.pcap"
    _tls_copy(src, copy, port)
    heuristic, stderr = fields_run(copy, ["tlcp.record.content_type", "tls.record.version"],
                                   ["-X", f"lua_script:{PLUGIN}", *STANDALONE])
    assert not LUA_ERROR.search(stderr)
    assert not any(v[0] for v in heuristic.values())
    # forced with Decode As, TLS 1.2 is handed to Wireshark's tls dissector, which shows it
    # exactly as without the plugin
    fields = ["tlcp.record.version", "tls.record.version", "tls.handshake.type"]
    forced, _ = fields_run(copy, fields,
                           ["-X", f"lua_script:{PLUGIN}", "-d", f"tcp.port=={port},tlcp"])
    builtin, _ = fields_run(copy, fields[1:], ["-d", f"tcp.port=={port},tls"])
    assert not any(v[0] for v in forced.values())
    assert any("0x0303" in v[1] for v in forced.values())
    assert {n: v[1:] for n, v in forced.items()} == builtin


def test_plugin_loads_without_error() -> None:
    assert TSHARK is not None

    def report(what: str) -> subprocess.CompletedProcess[str]:
        assert TSHARK is not None
        return subprocess.run([TSHARK, "-G", what, "-X", f"lua_script:{PLUGIN}"],
                              capture_output=True, text=True, timeout=120)

    proc = report("protocols")
    assert proc.returncode == 0
    assert not LUA_ERROR.search(proc.stderr), proc.stderr
    assert "lua" not in proc.stderr.lower(), proc.stderr
    assert re.search(r"^Transport Layer Cryptographic Protocol \(GB/T 38636-2020\)\tTLCP\ttlcp$",
                     proc.stdout, re.M)
    fields = report("fields").stdout
    for name in ("tlcp.record", "tlcp.app_data", "tlcp.change_cipher_spec",
                 "tlcp.handshake.certificate", "tlcp.handshake.certificate_length",
                 "tlcp.handshake.session_id", "tlcp.handshake.random", "tlcp.handshake.version",
                 "tlcp.handshake.comp_method", "tlcp.alert_message.level"):
        assert f"\t{name}\t" in fields, name


def test_info_and_protocol_columns() -> None:
    pcap, port = next((p, n) for p, n in CAPTURES if p.stem == "gmssl_ecc_untrusted_ca_alert")
    frames, _ = fields_run(pcap, ["_ws.col.Protocol", "_ws.col.Info"],
                           ["-X", f"lua_script:{PLUGIN}", "-d", f"tcp.port=={port},tlcp"])
    infos = [v[1] for v in frames.values() if v[0] == "TLCP"]
    assert infos[0] == "Client Hello"
    assert "Alert (Level: Fatal, Description: Bad Certificate)" in infos
    pcap, port = next((p, n) for p, n in CAPTURES if p.stem == "tongsuo_ecc_sm4_cbc_sm3")
    frames, _ = fields_run(pcap, ["_ws.col.Protocol", "_ws.col.Info"],
                           ["-X", f"lua_script:{PLUGIN}", "-d", f"tcp.port=={port},tlcp"])
    infos = [v[1] for v in frames.values() if v[0] == "TLCP"]
    assert infos[:3] == [
        "Client Hello", "Server Hello, Certificate, Server Key Exchange, Server Hello Done",
        "Client Key Exchange, Change Cipher Spec, Encrypted Handshake Message"]
    assert "Application Data" in infos and "Encrypted Alert" in infos


def test_two_pass_is_stable() -> None:
    """With -2 (and in the GUI) frames are dissected again: the output must not change."""
    pcap, port = next((p, n) for p, n in CAPTURES if p.stem.startswith("16_ecc"))
    args = ["-X", f"lua_script:{PLUGIN}", "-d", f"tcp.port=={port},tlcp"]
    names = [f"tlcp.{k}" for k in KEYS] + ["_ws.col.Info", "tlcp.handshake.sig_len"]
    one, _ = fields_run(pcap, names, args)
    two, _ = fields_run(pcap, names, [*args, "-2"])
    assert one == two


CORRUPT = ["tongsuo_ecc_sm4_cbc_sm3", "tongsuo_ecdhe_sm4_gcm_sm3", "gmssl_ecdhe_sm4_cbc_sm3_clientauth",
           "16_ecc_sm4_cbc_sm3_resume_ticket", "gmssl_ecc_sm4_cbc_sm3_bigdata"]


@pytest.mark.skipif(EDITCAP is None, reason="editcap is not installed")
def test_corrupted_copies_give_expert_info_not_lua_errors(tmp_path: Path) -> None:
    jobs = []
    for pcap, port in CAPTURES:
        if pcap.stem not in CORRUPT:
            continue
        for seed in (1, 2):
            copy = tmp_path / f"{pcap.stem}.{seed}.pcapng"
            assert EDITCAP is not None
            subprocess.run([EDITCAP, "-E", "0.02", "--seed", str(seed), str(pcap), str(copy)],
                           check=True, capture_output=True)
            jobs.append((copy, port))

    def verbose(job: tuple[Path, int]) -> str:
        copy, port = job
        proc = tshark(["-r", str(copy), "-X", f"lua_script:{PLUGIN}",
                       "-d", f"tcp.port=={port},tlcp", "-V"])
        return proc.stdout + proc.stderr

    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = list(pool.map(verbose, jobs))
    experts = 0
    for (copy, _), text in zip(jobs, outputs, strict=True):
        match = LUA_ERROR.search(text)
        assert match is None, (copy.name, text[max(0, match.start() - 500):match.end() + 200])
        experts += text.count("[Expert Info (Error/Malformed)") + text.count("(Warning/")
    assert experts > 0, "the corruption should have produced some expert info"


def test_port_preference() -> None:
    """-o tlcp.tcp_ports:PORT decodes that port even with the heuristic switched off."""
    pcap, port = next((p, n) for p, n in CAPTURES if p.stem == "tongsuo_ecc_sm4_cbc_sm3")
    lua = ["-X", f"lua_script:{PLUGIN}", "--disable-heuristic", "tlcp_tcp"]
    by_pref, _ = fields_run(pcap, ["tlcp.record.content_type"],
                            [*lua, "-o", f"tlcp.tcp_ports:{port}"])
    without, _ = fields_run(pcap, ["tlcp.record.content_type"], lua)
    assert sum(1 for v in by_pref.values() if v[0]) >= 10
    assert not any(v[0] for v in without.values())
