"""``tlcp-decode`` on every bundled capture: suites, ladders, certificates, reuse, alerts, TCP."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CAPTURES, PCAPS, Capture, capture_ids, decode_json, flows

from tlcp_decode.source import tshark_available

FULL_ECC = ["client_hello", "server_hello", "certificate", "server_key_exchange",
            "server_hello_done", "client_key_exchange", "change_cipher_spec", "finished",
            "change_cipher_spec", "finished"]
ABBREVIATED = ["client_hello", "server_hello", "change_cipher_spec", "finished",
               "change_cipher_spec", "finished"]


@pytest.mark.parametrize("capture", CAPTURES, ids=capture_ids())
def test_capture_decodes_as_its_manifest_says(capture: Capture,
                                              decoded: dict[str, list[dict[str, Any]]]) -> None:
    results = decoded[capture.name]
    assert len(results) == capture.connections
    for flow in results:
        assert flow["server"] == f"127.0.0.1:{capture.port}"
        assert flow["tcp"]["handshake"] == "complete"
        assert flow["tcp"]["gaps"] == 0
        assert flow["tcp"]["client_states"][:3] == ["CLOSED", "SYN_SENT", "ESTABLISHED"]
        assert flow["tcp"]["server_states"][:3] == ["LISTEN", "SYN_RECEIVED", "ESTABLISHED"]
        tlcp = flow["tlcp"]
        if capture.suite is not None:
            assert flow["protocol"] == "tlcp"
            assert tlcp["cipher_suite"]["id"] == f"0x{capture.suite:04x}"
        # nothing silently lost: every payload byte is in a record
        for direction in ("c2s", "s2c"):
            counts = tlcp["bytes"][direction]
            assert counts["skipped_bytes"] == counts["gap_bytes"] == counts["pending_bytes"] == 0
            assert counts["record_bytes"] == flow["tcp"][f"{direction}_bytes"]
    resumed = [f for f in results if f["tlcp"]["resumed"]]
    assert len(resumed) == capture.resumed
    alerts = [a["description"] for f in results for a in f["tlcp"]["alerts"] if not a["encrypted"]]
    assert alerts == list(capture.alerts)


def _by_name(decoded: dict[str, list[dict[str, Any]]], suffix: str) -> list[dict[str, Any]]:
    return next(v for k, v in decoded.items() if k.endswith(suffix))


def test_full_ecc_ladder_and_certificates(decoded: dict[str, list[dict[str, Any]]]) -> None:
    (flow,) = _by_name(decoded, "gmssl_ecc_sm4_cbc_sm3")
    tlcp = flow["tlcp"]
    assert [h["type"] for h in tlcp["handshake"]] == FULL_ECC
    assert [h["dir"] for h in tlcp["handshake"]] == ["c2s", "s2c", "s2c", "s2c", "s2c", "c2s",
                                                     "c2s", "c2s", "s2c", "s2c"]
    assert [h["encrypted"] for h in tlcp["handshake"]][-4:] == [False, True, False, True]
    assert tlcp["handshake_complete"] and tlcp["server_name"] == "server.tlcp.test"
    assert 0 < tlcp["handshake_duration_ms"] < 1000
    server = tlcp["certificates"]["server"]
    assert [c["role"] for c in server] == ["sign", "enc", "ca"]
    assert [c["key_type"] for c in server] == ["SM2", "SM2", "SM2"]
    assert server[0]["key_usage"] == ["digital_signature"]
    assert server[1]["key_usage"] == ["key_encipherment"]
    assert server[0]["subject"].startswith("CN=server.tlcp.test")
    assert server[0]["serial"] == "034f62e1b8f840d4050f10f9"
    assert all(c["ok"] for c in tlcp["checks"]), tlcp["checks"]
    assert tlcp["application_data"]["c2s_records"] >= 1
    assert [a["encrypted"] for a in tlcp["alerts"]] == [True, True]  # close_notify both ways


def test_resumption_links_to_the_connection_that_created_the_session(
        decoded: dict[str, list[dict[str, Any]]]) -> None:
    results = _by_name(decoded, "tongsuo_ecc_sm4_cbc_sm3_resume")
    first, *rest = results
    # Tongsuo's full handshake issues a ticket (empty session id); the reconnects offer it
    assert not first["tlcp"]["resumed"] and first["tlcp"]["session_ticket"]
    assert "new_session_ticket" in [h["type"] for h in first["tlcp"]["handshake"]]
    for flow in rest:
        assert flow["tlcp"]["resumed"] and flow["tlcp"]["resumed_from"] == first["index"]
        assert flow["tlcp"]["session_id"] == rest[0]["tlcp"]["session_id"]
        assert [h["type"] for h in flow["tlcp"]["handshake"]] == ABBREVIATED
        assert flow["tlcp"]["handshake_duration_ms"] > 0  # ends with the encrypted Finished
    ticket = _by_name(decoded, "16_ecc_sm4_cbc_sm3_resume_ticket")
    assert ticket[1]["tlcp"]["resumed_from"] == ticket[0]["index"]
    assert ticket[1]["tlcp"]["session_ticket"]
    assert "new_session_ticket" in [h["type"] for h in ticket[0]["tlcp"]["handshake"]]


def test_client_authentication(decoded: dict[str, list[dict[str, Any]]]) -> None:
    (flow,) = _by_name(decoded, "gmssl_ecdhe_sm4_cbc_sm3_clientauth")
    types = [h["type"] for h in flow["tlcp"]["handshake"]]
    assert "certificate_request" in types and "certificate_verify" in types
    assert [c["role"] for c in flow["tlcp"]["certificates"]["client"]][:2] == ["sign", "enc"]
    (missing,) = _by_name(decoded, "tongsuo_clientauth_missing_alert")
    assert missing["tlcp"]["certificates"]["client"] == []
    assert missing["tlcp"]["alerts"][0]["level"] == "fatal"
    assert missing["tlcp"]["handshake_state"] == "failed"


def test_rsa_suite_needs_rsa_certificates(decoded: dict[str, list[dict[str, Any]]]) -> None:
    (flow,) = _by_name(decoded, "tongsuo_rsa_sm4_cbc_sm3")
    assert [c["key_type"] for c in flow["tlcp"]["certificates"]["server"][:2]] == ["RSA", "RSA"]
    checks = {c["name"]: c for c in flow["tlcp"]["checks"]}
    assert checks["server_certificate_key_type"]["ok"]


def test_tls12_client_is_named_tls(decoded: dict[str, list[dict[str, Any]]]) -> None:
    (flow,) = _by_name(decoded, "19_alert_tls12_client_to_tlcp_server")
    assert flow["protocol"] == "tls"
    assert flow["tlcp"]["client_version"] == "0x0303"
    assert flow["tlcp"]["alerts"][0]["description"] == "protocol_version"


def test_suite_mismatch(decoded: dict[str, list[dict[str, Any]]]) -> None:
    (flow,) = _by_name(decoded, "gmssl_suite_mismatch_alert")
    assert flow["tlcp"]["cipher_suite"] is None
    assert flow["tlcp"]["offered_suites"] == [{"id": "0xe051", "name": "ECDHE_SM4_GCM_SM3"}]
    assert [a["description"] for a in flow["tlcp"]["alerts"]] == ["insufficient_security",
                                                                 "unexpected_message"]


def test_segmented_captures_count_every_record(decoded: dict[str, list[dict[str, Any]]]) -> None:
    (echo,) = _by_name(decoded, "10_ecdhe_sm4_cbc_sm3_echo_lines_64x800")
    assert echo["tlcp"]["application_data"]["c2s_records"] == 800
    assert echo["tlcp"]["application_data"]["s2c_records"] == 800
    (large,) = _by_name(decoded, "12_ecc_sm4_cbc_sm3_large_mtu1500")
    # Tongsuo sends an empty record before every write: 100 KiB in 7 records + empties
    assert large["tlcp"]["application_data"]["c2s_bytes"] > 100 * 1024


def test_plain_http_gets_the_tcp_analysis() -> None:
    results = flows(decode_json(PCAPS / "plain" / "http_server_8000.pcapng"))
    assert len(results) == 2
    for flow in results:
        assert flow["protocol"] == "other" and flow["tlcp"] is None
        assert flow["tcp"]["closed_by"] == "server"
        assert flow["tcp"]["server_states"][-1] == "TIME_WAIT"
        assert flow["tcp"]["client_states"][-1] == "CLOSED"
        assert sum(flow["unparsed_bytes"].values()) == flow["tcp"]["c2s_bytes"] + flow["tcp"][
            "s2c_bytes"]


needs_tshark = pytest.mark.skipif(not tshark_available(), reason="tshark is not installed")


ALL_FILES = [c.path for c in CAPTURES] + [PCAPS / "plain" / "http_server_8000.pcapng"]


@needs_tshark
@pytest.mark.parametrize("path", ALL_FILES, ids=[p.stem for p in ALL_FILES])
def test_both_sources_give_the_same_json(path: Path) -> None:
    native = decode_json(path, source="native")
    pyshark = decode_json(path, source="pyshark")
    assert native == pyshark  # every flow and the summary with the reader's counters


@needs_tshark
def test_display_filter() -> None:
    both = flows(decode_json(PCAPS / "plain" / "http_server_8000.pcapng"))
    port = both[0]["client"].rsplit(":", 1)[1]
    only = flows(decode_json(PCAPS / "plain" / "http_server_8000.pcapng", "-Y",
                             f"tcp.port == {port}", source="auto"))
    assert len(only) == 1 and only[0]["client"] == both[0]["client"]
    assert only[0]["first_frame"] == both[0]["first_frame"]
    kept = flows(decode_json(PCAPS / "plain" / "http_server_8000.pcapng", "-Y", "tcp.port == 8000",
                             source="auto"))
    assert len(kept) == 2


def run_cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tlcp_decode", *argv], capture_output=True,
                          text=True, timeout=60)


@pytest.mark.parametrize("kind", ["missing", "empty", "text", "gzip", "truncated_header",
                                  "directory"])
def test_unusable_input_exits_2_with_one_line(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.pcapng"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("GET / HTTP/1.0\r\n\r\nthis is not a capture\n" * 20)
    elif kind == "gzip":
        # a gzip-compressed capture is read (tests/test_capture_inputs.py); compressed text not
        path.write_bytes(gzip.compress(b"GET / HTTP/1.0\r\n\r\nthis is not a capture\n" * 20))
    elif kind == "truncated_header":
        path.write_bytes(CAPTURES[0].path.read_bytes()[:10])
    elif kind == "directory":
        path.mkdir()
    result = run_cli(str(path))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("tlcp-decode: ")


def test_truncated_capture_decodes_what_is_there(tmp_path: Path) -> None:
    data = CAPTURES[0].path.read_bytes()
    path = tmp_path / "cut.pcapng"
    path.write_bytes(data[: len(data) * 2 // 3])
    result = run_cli(str(path), "--json")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert '"type":"flow"' in result.stdout and "truncat" in result.stdout


def test_strict_exit_status(tmp_path: Path) -> None:
    data = CAPTURES[0].path.read_bytes()
    path = tmp_path / "cut.pcapng"
    path.write_bytes(data[: len(data) // 2])
    assert run_cli(str(path), "--strict", "--quiet").returncode in (0, 1)
    assert run_cli(str(CAPTURES[0].path), "--strict").returncode == 0


def test_text_report_english_and_jobs() -> None:
    result = run_cli(str(CAPTURES[0].path), str(CAPTURES[1].path), "--lang", "en", "--jobs", "2",
                     "--color", "never")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index("24441") < out.index("24442")  # order of the inputs is kept
    assert "1st handshake: SYN, client -> SYN_SENT" in out
    assert "ECC_SM4_CBC_SM3 (0xe013)" in out and "✓ suite_is_tlcp" in out


@needs_tshark
@pytest.mark.parametrize("capture", CAPTURES, ids=capture_ids())
def test_records_match_wiresharks_record_layer(capture: Capture) -> None:
    """--records lists the same records, frame by frame, as Wireshark's own TLS dissector."""
    out = subprocess.run(
        ["tshark", "-r", str(capture.path), "-d", f"tcp.port=={capture.port},tls", "-Y", "tls",
         "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=,", "-e", "frame.number",
         "-e", "tls.record.content_type", "-e", "tls.record.length"],
        capture_output=True, text=True, timeout=60, check=True).stdout
    theirs = []
    for line in out.splitlines():
        frame, types, lengths = line.split("\t")
        if not types:  # a frame that only carries part of a record
            continue
        theirs += [(int(frame), int(t), int(n)) for t, n in zip(types.split(","),
                                                               lengths.split(","), strict=True)]
    names = {"change_cipher_spec": 20, "alert": 21, "handshake": 22, "application_data": 23}
    ours = [(r["frame"], names[r["content_type"]], r["length"])
            for flow in flows(decode_json(capture.path, "--records"))
            for r in flow["tlcp"]["records"]]
    assert sorted(ours) == sorted(theirs)


@pytest.mark.skipif(shutil.which("editcap") is None, reason="editcap is not installed")
def test_capture_joined_after_the_handshake(tmp_path: Path) -> None:
    """Records after ChangeCipherSpec are recognised as protected even with no CCS seen."""
    source = next(c for c in CAPTURES if c.name.endswith("tongsuo_ecc_sm4_cbc_sm3_download"))
    cut = tmp_path / "mid.pcapng"
    subprocess.run(["editcap", "-r", str(source.path), str(cut), "12-200"], check=True)
    (flow,) = flows(decode_json(cut, "--keylog", str(source.keylog_path)))
    assert flow["tcp"]["handshake"] == "missing" and flow["protocol"] == "tlcp"
    tlcp = flow["tlcp"]
    assert [a["encrypted"] for a in tlcp["alerts"]] == [True, True]
    assert tlcp["application_data"]["s2c_records"] == 14
    assert not [w for w in flow["warnings"] if "expected 2" in w]  # no bogus "malformed alert"
    assert tlcp["decryption"]["status"] == "no_key"
    assert "starts after the handshake" in tlcp["decryption"]["reason"]


def test_brief_lines() -> None:
    resume = next(c for c in CAPTURES if c.name.endswith("tongsuo_ecc_sm4_cbc_sm3_resume"))
    result = run_cli(str(resume.path), "--brief", "--color", "never")
    lines = [line for line in result.stdout.splitlines() if line.startswith("#")]
    assert len(lines) == 6
    assert "ECC_SM4_CBC_SM3 ok" in lines[0]
    assert all("resumed #1 ok" in line for line in lines[1:])
    alert = next(c for c in CAPTURES if c.name.endswith("gmssl_ecc_untrusted_ca_alert"))
    out = run_cli(str(alert.path), "--brief", "--color", "never").stdout
    assert "failed alert bad_certificate,decode_error RST" in out


@needs_tshark
def test_display_filter_path_equals_native_on_tlcp() -> None:
    """-Y goes through tshark's field output: same flows as the native reader."""
    capture = next(c for c in CAPTURES if c.name.endswith("tongsuo_ecc_sm4_cbc_sm3_resume"))
    native = flows(decode_json(capture.path))
    filtered = flows(decode_json(capture.path, "-Y", f"tcp.port == {capture.port}",
                                 source="auto"))
    assert filtered == native
