"""A connection's JSON line written without searching it for tiny floats (issue 17): the same
text as jsonl.encode, as long as the flow object's only floats are its times."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import tlcp_decode
from tlcp_decode.report.jsonl import connection_object, encode, encode_flow, flow_line_bytes

ROOT = Path(__file__).resolve().parent.parent
# where encode_flow looks for floats: the only places a flow object holds one
FLOAT_PATHS = {("start_time",), ("duration",), ("tlcp", "handshake_duration_ms")}
KEYLOGGED = ("gmssl/gmssl_ecc_sm4_cbc_sm3", "gmssl/gmssl_ecc_sm4_gcm_sm3_clientauth",
             "gmssl/gmssl_ecdhe_sm4_cbc_sm3_clientauth", "tongsuo/tongsuo_ecc_sm4_cbc_sm3_resume")


def _float_paths(value: Any, path: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    """Where ``value`` holds floats (list positions left out of the path)."""
    if isinstance(value, float):
        return {path}
    if isinstance(value, dict):
        return {found for key, item in value.items() for found in _float_paths(item, (*path, key))}
    if isinstance(value, list):
        return {found for item in value for found in _float_paths(item, path)}
    return set()


def test_a_flow_object_holds_floats_only_where_encode_flow_looks() -> None:
    captures = sorted(ROOT.glob("pcaps/*/*.pcap*"))
    assert len(captures) > 50
    seen: set[tuple[str, ...]] = set()
    for capture in captures:
        for conn in tlcp_decode.decode(capture, records=True):
            found = _float_paths(connection_object(conn))
            assert found <= FLOAT_PATHS, (capture, found - FLOAT_PATHS)
            seen |= found
    assert seen == FLOAT_PATHS


def test_the_crypto_and_decryption_objects_hold_no_float() -> None:
    for name in KEYLOGGED:
        capture = ROOT / "pcaps" / f"{name}.pcapng"
        keylog = capture.with_suffix(".keylog")
        out = subprocess.run(
            [sys.executable, "-m", "tlcp_decode", "--json", "--records", "--crypto",
             "--show-secrets", "--keylog", str(keylog), str(capture)],
            capture_output=True, text=True, check=True, cwd=ROOT).stdout
        flows = [obj for obj in map(json.loads, out.splitlines()) if obj["type"] == "flow"]
        assert flows and any("crypto" in (flow["tlcp"] or {}) for flow in flows)
        for flow in flows:
            assert _float_paths(flow) <= FLOAT_PATHS


@pytest.fixture(scope="module")
def flows() -> list[dict[str, Any]]:
    captures = ("pcaps/tongsuo/tongsuo_clientauth_missing_alert.pcapng",
                "pcaps/tls13/09_tongsuo_tlcp_and_tls13_same_port.pcapng",
                "pcaps/foreign-tls/FoxIO-LLC__pcap__tls3.pcapng")
    return [connection_object(conn) for capture in captures
            for conn in tlcp_decode.decode(ROOT / capture)]


def test_encode_flow_writes_what_encode_writes(flows: list[dict[str, Any]]) -> None:
    assert any(flow["tlcp"] is None for flow in flows)
    assert any(flow["tlcp"] is not None for flow in flows)
    for flow in flows:
        assert encode_flow(flow) == encode(flow)


# the floats orjson writes unlike json.dumps (and what encode then does about them), a string
# holding the text encode searches for, a number orjson refuses
@pytest.mark.parametrize("start_time", [1e-5, 1.5e-7, -2e-5, math.nan, math.inf, 0.0, -0.0,
                                        1e-4, 1e16, 1.7e308, 1722222222.123456])
@pytest.mark.parametrize("server_name", ["x.example", "see-e-mail", "0.00001"])
def test_encode_flow_writes_what_encode_writes_for_any_time(
        flows: list[dict[str, Any]], start_time: float, server_name: str) -> None:
    for flow in flows[:2]:
        flow = {**flow, "start_time": start_time, "duration": start_time}
        if flow["tlcp"] is not None:
            flow["tlcp"] = {**flow["tlcp"], "handshake_duration_ms": start_time,
                            "server_name": server_name}
        assert encode_flow(flow) == encode(flow)
        assert encode_flow({**flow, "index": 2**70}) == encode({**flow, "index": 2**70})


CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


def test_flow_lines_as_bytes_are_encode_lines_on_every_capture() -> None:
    """flow_line_bytes (orjson writing a check's translatable detail as the str it is, no
    callback) writes what encode writes (subclasses through _as_plain_type, the standard
    library for what orjson writes otherwise), on every connection of every capture."""
    assert len(CAPTURES) > 50
    written = 0
    for capture in CAPTURES:
        for conn in tlcp_decode.decode(capture):
            flow = connection_object(conn)
            line = flow_line_bytes(flow)
            if line is not None:
                assert line == (encode(flow) + "\n").encode(), capture
                written += 1
    assert written > 300
