"""Shared test data: the bundled real captures and what their MANIFEST.md files say."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# The suite runs on 2 shared cores: time-based health checks would make it flaky.
settings.register_profile("tlcp", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("tlcp")

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
PCAPS = ROOT / "pcaps"
sys.path.insert(0, str(TESTS))  # test helper modules (traces, crypto_helpers, tcp_synth)


@dataclass(frozen=True)
class Capture:
    name: str  # path below pcaps/ without .pcapng
    port: int
    suite: int | None  # negotiated suite of every TLCP connection, None when none is chosen
    connections: int = 1
    resumed: int = 0
    alerts: tuple[str, ...] = ()  # plaintext alert descriptions, in order
    keylog: bool = True
    trace: str | None = None  # implementation trace, relative to pcaps/

    @property
    def path(self) -> Path:
        return PCAPS / f"{self.name}.pcapng"

    @property
    def keylog_path(self) -> Path:
        return PCAPS / f"{self.name}.keylog"


CAPTURES = [
    Capture("gmssl/gmssl_ecc_sm4_cbc_sm3", 24441, 0xE013),
    Capture("gmssl/gmssl_ecc_sm4_gcm_sm3", 24442, 0xE053),
    Capture("gmssl/gmssl_ecdhe_sm4_cbc_sm3_clientauth", 24443, 0xE011),
    Capture("gmssl/gmssl_ecdhe_sm4_gcm_sm3_clientauth", 24444, 0xE051),
    Capture("gmssl/gmssl_ecc_sm4_gcm_sm3_clientauth", 24445, 0xE053),
    Capture("gmssl/gmssl_ecc_sm4_cbc_sm3_bigdata", 24446, 0xE013),
    Capture("gmssl/gmssl_ecc_sm4_gcm_sm3_bigdata", 24447, 0xE053),
    Capture("gmssl/gmssl_ecc_two_suites_offered", 24449, 0xE013),
    Capture("gmssl/gmssl_ecc_untrusted_ca_alert", 24448, 0xE013, alerts=("bad_certificate", "decode_error"), keylog=False),
    Capture("gmssl/gmssl_suite_mismatch_alert", 24450, None,
            alerts=("insufficient_security", "unexpected_message"), keylog=False),
    Capture("tongsuo/tongsuo_ecc_sm4_cbc_sm3", 34431, 0xE013),
    Capture("tongsuo/tongsuo_ecdhe_sm4_gcm_sm3", 34434, 0xE051),
    Capture("tongsuo/tongsuo_rsa_sm4_cbc_sm3", 34435, 0xE019),
    Capture("tongsuo/tongsuo_ecc_sm4_cbc_sm3_resume", 34441, 0xE013, connections=6, resumed=5),
    Capture("tongsuo/tongsuo_ecc_sm4_cbc_sm3_download", 34444, 0xE013),
    Capture("tongsuo/tongsuo_clientauth_missing_alert", 34445, 0xE013,
            alerts=("handshake_failure",)),
    Capture("tongsuo-segmented/12_ecc_sm4_cbc_sm3_large_mtu1500", 33013, 0xE013,
            trace="tongsuo-segmented/12_ecc_sm4_cbc_sm3_large_mtu1500.trace.txt"),
    Capture("tongsuo-segmented/16_ecc_sm4_cbc_sm3_resume_ticket", 34013, 0xE013, connections=2,
            resumed=1),
    Capture("gmssl-segmented/10_ecdhe_sm4_cbc_sm3_echo_lines_64x800", 20110, 0xE011),
    Capture("gmssl-segmented/19_alert_tls12_client_to_tlcp_server", 20119, None,
            alerts=("protocol_version", "protocol_version"), keylog=False),
]


def capture_ids() -> list[str]:
    return [c.name.split("/")[-1] for c in CAPTURES]


def decode_json(path: Path, *extra: str, source: str = "native") -> list[dict[str, Any]]:
    """Run the decoder in-process as the CLI does and return the JSON objects it printed."""
    import contextlib
    import io

    from tlcp_decode.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main([str(path), "--json", "--quiet", "--source", source, *extra])
    assert status == 0, out.getvalue()
    return [json.loads(line) for line in out.getvalue().splitlines()]


def flows(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for o in objects if o["type"] == "flow"]


@pytest.fixture(scope="session")
def decoded() -> dict[str, list[dict[str, Any]]]:
    """Every bundled capture decoded once (native source), shared by the tests."""
    return {c.name: flows(decode_json(c.path)) for c in CAPTURES}


@pytest.fixture(scope="session", autouse=True)
def wireshark_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Wireshark as the tests run it reads nothing of the user's: Lua plugins come from
    $HOME/.local/lib/wireshark/plugins and preferences from $WIRESHARK_CONFIG_DIR, so a plugin
    installed with ``tlcp-decode install-plugin`` (or any preference) changes no result."""
    home = tmp_path_factory.mktemp("home")
    names = ("HOME", "XDG_CONFIG_HOME", "WIRESHARK_CONFIG_DIR")
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                      WIRESHARK_CONFIG_DIR=str(home / ".config" / "wireshark"))
    yield home
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
