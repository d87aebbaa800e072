"""Verdicts an evaluator can put in an audit report: no false ✗ on a handshake that worked.

Real captures (pcaps/, copied from ../shared/pcaps) and synthetic ones (tlcp_synth: RSA client
authentication, which no real capture shows) are decoded with their key logs; on every
connection whose handshake completed, no signature or Finished check may fail, and the
checks that must be there are there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import tlcp_synth

from tlcp_decode import registry

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CRYPTO_CHECKS = ("server_key_exchange_signature", "certificate_verify_signature",
                 "client_finished", "server_finished")


def decode_json(capture: Path, *extra: str) -> list[dict[str, Any]]:
    """The flow objects of ``tlcp-decode capture --json``."""
    out = subprocess.run([sys.executable, "-m", "tlcp_decode", str(capture), "--json", "-q",
                          "--jobs", "1", *extra], capture_output=True, text=True, check=True)
    flows = [json.loads(line) for line in out.stdout.splitlines()]
    return [f for f in flows if f.get("type") == "flow"]


def keylogs_of(capture: Path) -> list[str]:
    stem = capture.name.rsplit(".", 1)[0]
    args: list[str] = []
    for keylog in sorted(capture.parent.glob(stem + "*.keylog")):
        args += ["--keylog", str(keylog)]
    return args


TLCP_CAPTURES = sorted(p for p in PCAPS.glob("*/*.pcap*")
                       if p.parent.name not in ("plain", "foreign-tls"))


def _not_sm_by_choice(tlcp: dict[str, Any], check: dict[str, Any]) -> bool:
    """A TLS connection that negotiated a non-ShangMi suite fails ``sm_algorithms_only`` by
    design: a finding about the server's configuration, not a wrong verdict."""
    suite = registry.lookup(int(tlcp["cipher_suite"]["id"], 16))
    return check["name"] == "sm_algorithms_only" and suite is not None and not suite.sm \
        and tlcp["cipher_suite"]["name"] in check["detail"]


@pytest.mark.parametrize("capture", TLCP_CAPTURES, ids=lambda p: p.stem)
def test_no_failed_signature_or_finished_on_a_successful_handshake(capture: Path) -> None:
    flows = decode_json(capture, *keylogs_of(capture))
    assert flows
    for flow in flows:
        tlcp = flow["tlcp"]
        if tlcp is None or not tlcp["handshake_complete"]:
            continue
        failed = [c for c in tlcp["checks"] if not c["ok"] and not _not_sm_by_choice(tlcp, c)]
        assert not failed, (flow["index"], failed)
        names = {c["name"] for c in tlcp["checks"]}
        if keylogs_of(capture):  # decrypted: Finished was checked both ways
            assert {"client_finished", "server_finished"} <= names
        if not keylogs_of(capture):
            continue
        for message in tlcp["handshake"]:
            if message["type"] == "certificate_verify":  # TLCP's name, or TLS 1.3's per side
                side = "server" if message["dir"] == "s2c" else "client"
                assert names & {"certificate_verify_signature",
                                f"{side}_certificate_verify"}, (flow["index"], message)


@pytest.fixture(scope="module")
def rsa_client_auth(tmp_path_factory: pytest.TempPathFactory) -> tlcp_synth.Synthetic:
    return tlcp_synth.rsa_client_auth_capture(tmp_path_factory.mktemp("rsa"))


def test_tongsuo_rsa_certificate_verify_is_accepted_and_named(
        rsa_client_auth: tlcp_synth.Synthetic) -> None:
    (flow,) = decode_json(rsa_client_auth.capture, "--keylog", str(rsa_client_auth.keylog))
    checks = {c["name"]: c for c in flow["tlcp"]["checks"]}
    assert flow["tlcp"]["handshake_complete"]
    for name in CRYPTO_CHECKS:
        assert checks[name]["ok"], checks[name]
    detail = checks["certificate_verify_signature"]["detail"]
    assert "DigestInfo SHA-256" in detail and "Tongsuo RSA form" in detail


def test_a_wrong_rsa_certificate_verify_still_fails(tmp_path: Path) -> None:
    def garbled(key: Any, transcript: bytes) -> bytes:
        return tlcp_synth.tongsuo_certificate_verify(key, transcript + b"x")

    synthetic = tlcp_synth.rsa_client_auth_capture(tmp_path, sign_certificate_verify=garbled)
    (flow,) = decode_json(synthetic.capture, "--keylog", str(synthetic.keylog))
    check = next(c for c in flow["tlcp"]["checks"] if c["name"] == "certificate_verify_signature")
    assert not check["ok"]
    assert "does not verify" in check["detail"]
