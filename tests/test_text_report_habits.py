"""The text report's remaining terminal habits (issue 13 item 8): ``--show-secrets`` in the text,
DNs and hex values never folded in piped text, ``--brief`` within 80 columns."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CAPTURES, PCAPS
from rich.cells import cell_len
from rich.text import Text
from rich.tree import Tree

from tlcp_decode.report import terminal

ECC = PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3"
TLS13 = PCAPS / "tls13" / "01_tongsuo_tls13_sm4_gcm_sm3"
RESUME = PCAPS / "tongsuo" / "tongsuo_ecc_sm4_cbc_sm3_resume"


def run(*args: str, columns: int = 120) -> str:
    env = {**os.environ, "COLUMNS": str(columns)}
    env.pop("NO_COLOR", None)
    result = subprocess.run([sys.executable, "-m", "tlcp_decode", *args, "--color", "never",
                             "-q"], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def first_flow(*args: str) -> dict[str, Any]:
    flow: dict[str, Any] = json.loads(run(*args, "--json").splitlines()[0])
    return flow


def keylog_values(path: Path) -> dict[str, str]:
    """label -> secret of a key log with one connection."""
    values = {}
    for line in path.read_text().splitlines():
        if line and not line.startswith("#"):
            label, _random, secret = line.split()
            values[label] = secret
    return values


# -- --show-secrets (13.8) -----------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_show_secrets_prints_master_secret_and_working_keys(lang: str) -> None:
    args = (f"{ECC}.pcapng", "--keylog", f"{ECC}.keylog")
    master = keylog_values(Path(f"{ECC}.keylog"))["CLIENT_RANDOM"]
    decryption = first_flow(*args, "--show-secrets")["tlcp"]["decryption"]
    assert decryption["master_secret"] == master
    keys = decryption["keys"]
    assert list(keys) == ["client_write_mac_key", "server_write_mac_key", "client_write_key",
                          "server_write_key", "client_write_iv", "server_write_iv"]
    assert [len(v) // 2 for v in keys.values()] == [32, 32, 16, 16, 16, 16]  # SM3 MAC, SM4 CBC
    text = run(*args, "--show-secrets", "--lang", lang)
    lines = text.splitlines()
    for name, value in [("master_secret", master), *keys.items()]:
        assert any(line.strip(" │├└─") == f"{name}: {value}" for line in lines), name
    assert ("秘密值与密钥" if lang == "zh" else "secrets and keys") in text
    hidden = run(*args, "--lang", lang)
    assert master not in hidden and not any(v in hidden for v in keys.values())
    assert "--show-secrets)" not in hidden


def test_show_secrets_prints_tls13_traffic_secrets_and_keys() -> None:
    args = (f"{TLS13}.pcapng", "--keylog", f"{TLS13}.keylog")
    logged = keylog_values(Path(f"{TLS13}.keylog"))
    keys = first_flow(*args, "--show-secrets")["tlcp"]["decryption"]["keys"]
    for label in ("CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
                  "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0"):
        assert keys[label] == logged[label]
    # TLS_SM4_GCM_SM3: 16-byte SM4 keys, 12-byte IVs (RFC 8998, RFC 8446 7.3)
    assert len(keys["client_application_write_key"]) == 32
    assert len(keys["server_handshake_write_iv"]) == 24
    text = run(*args, "--show-secrets")
    for name, value in keys.items():
        assert f"{name}: {value}" in text
    assert logged["CLIENT_TRAFFIC_SECRET_0"] not in run(*args)


# -- DNs and hex values stay whole (13.8) ----------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_narrow_pipe_keeps_dns_and_hex_values_on_one_line(lang: str) -> None:
    args = (f"{ECC}.pcapng", "--keylog", f"{ECC}.keylog", "--crypto", "--show-secrets")
    flow = first_flow(*args)
    tlcp = flow["tlcp"]
    text = run(*args, "--lang", lang, columns=60)
    lines = text.splitlines()
    cert = tlcp["certificates"]["server"][0]
    crypto = tlcp["crypto"]
    wholes = [cert["subject"], cert["issuer"], tlcp["session_id"], crypto["master_secret"],
              crypto["server_key_exchange"]["signature_rs"],
              crypto["server_key_exchange"]["signed_data"],  # 1,160 hex digits
              crypto["client_key_exchange"]["c1c3c2"], crypto["key_block"]["client_write_key"]]
    assert len(cert["subject"]) > 60 and len(crypto["client_key_exchange"]["c1c3c2"]) > 60
    for value in wholes:  # grep finds each whole
        assert any(value in line for line in lines), value
    # what is not such a value is laid out within the 60 columns
    for line in lines:
        if cell_len(line) > 60:
            assert any(value in line for value in wholes) or "signer" in line or (
                any(c["subject"] in line for c in tlcp["certificates"]["server"])), line
    assert "\ue000" not in text and "\ue001" not in text  # no placeholder left


def test_values_that_fit_are_laid_out_as_before() -> None:
    """A whole value shorter than the line is placed like any word: the same text."""
    tree = Tree("root")
    tree.add(Text.assemble("session id ", terminal.whole("ab" * 20)))
    plain = Tree("root")
    plain.add(Text.assemble("session id ", "ab" * 20))
    assert render(tree, 120) == render(plain, 120)


def test_capture_text_cannot_forge_a_placeholder() -> None:
    forged = "SNI \ue000\ue010\ue001\ue001"
    tree = Tree(Text(forged))
    tree.add(terminal.whole("CN=real, O=value"))
    out = render(tree, 60)
    assert "\\ue000\\ue010\\ue001\\ue001" in out and out.count("CN=real, O=value") == 1


def render(renderable: object, width: int) -> str:
    stream = io.StringIO()
    console = terminal.report_console(stream, "never")
    console.width = width
    console.print(renderable)
    return stream.getvalue()


# -- --brief at 80 columns (13.8) ------------------------------------------------------------------
TLCP_CAPTURES = [c for c in CAPTURES if c.suite is not None and not c.alerts]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_brief_fits_80_columns_for_tlcp_connections(lang: str) -> None:
    out = run(*(str(c.path) for c in TLCP_CAPTURES), "--brief", "--lang", lang, columns=80)
    lines = [line for line in out.splitlines() if line.startswith("#")]
    assert len(lines) == sum(c.connections for c in TLCP_CAPTURES)
    widest = max(cell_len(line) for line in lines)
    assert widest <= 80, max(lines, key=cell_len)


def test_brief_line_says_what_matters() -> None:
    lines = [line for line in run(f"{RESUME}.pcapng", "--brief", columns=80).splitlines()
             if line.startswith("#")]
    assert lines[0] == "#1   127.0.0.1:52816 → 127.0.0.1:34441 TLCP ECC_SM4_CBC_SM3 ok RST"
    assert lines[1] == ("#2   127.0.0.1:52826 → 127.0.0.1:34441 TLCP ECC_SM4_CBC_SM3 resumed #1 "
                        "ok RST")
    failed = run(str(PCAPS / "gmssl" / "gmssl_suite_mismatch_alert.pcapng"), "--brief")
    assert "TLCP -               failed alert insufficient_security,unexpected_message RST" \
        in failed
    tls13 = run(f"{TLS13}.pcapng", "--brief").splitlines()[0]
    assert " TLS1.3 TLS_SM4_GCM_SM3 encrypted FIN" in tls13  # no verdict without keys
    tls13 = run(f"{TLS13}.pcapng", "--brief", "--keylog", f"{TLS13}.keylog").splitlines()[0]
    assert " TLS1.3 TLS_SM4_GCM_SM3 ok FIN" in tls13
