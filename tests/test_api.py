"""The library API: docs/api.md's example runs, and the model is what the CLI renders."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tlcp_decode
from tlcp_decode import model
from tlcp_decode.report.jsonl import connection_object

ROOT = Path(__file__).resolve().parent.parent
CAPTURE = ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng"
KEYLOG = ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.keylog"


def _examples() -> list[str]:
    text = (ROOT / "docs/api.md").read_text(encoding="utf-8")
    examples = re.findall(r"```python\n(.*?)```", text, re.S)
    assert examples, "docs/api.md has no python example"
    return examples


def test_docs_example_runs() -> None:
    out = io.StringIO()
    with contextlib.chdir(ROOT), contextlib.redirect_stdout(out):
        for example in _examples():  # each runs on its own
            exec(compile(example, "docs/api.md", "exec"), {})  # noqa: S102 - our own docs
    printed = out.getvalue()
    assert "suite: ECC_SM4_CBC_SM3" in printed
    assert "decryption: decrypted" in printed
    assert "check: handshake_complete ok" in printed
    assert "1 1 ClientHello(s), 0 fatal alert(s)" in printed  # the protocol-numbers example


def test_decode_yields_the_model_the_cli_prints(capsys: pytest.CaptureFixture[str]) -> None:
    (conn,) = tlcp_decode.decode(CAPTURE, keylog=KEYLOG)
    assert isinstance(conn, model.Connection) and conn.tlcp is not None
    assert conn.tlcp.suite is not None and conn.tlcp.suite.id == 0xE013
    assert conn.tlcp.decryption is not None and conn.tlcp.decryption.status == "decrypted"
    assert [c.role for c in conn.tlcp.server_certificates][:2] == ["sign", "enc"]
    from tlcp_decode.cli import main

    main([str(CAPTURE), "--keylog", str(KEYLOG), "--json", "--jobs", "1", "-q"])
    printed = json.loads(capsys.readouterr().out.splitlines()[0])
    assert printed == json.loads(json.dumps(connection_object(conn)))


def test_decode_accepts_packets_and_options() -> None:
    packets = list(tlcp_decode.open_capture(CAPTURE))
    (conn,) = tlcp_decode.decode(packets, records=True, ports=[24441])
    assert conn.tlcp is not None and conn.tlcp.records is not None
    assert conn.tlcp.records[0].content_type == 22 and conn.tlcp.decryption is None


def test_model_is_frozen() -> None:
    (conn,) = tlcp_decode.decode(CAPTURE)
    with pytest.raises(AttributeError):
        conn.index = 2  # type: ignore[misc]


def test_suites_come_from_the_registry() -> None:
    ids = {suite.id for suite in tlcp_decode.suites()}
    assert {0xE013, 0xE053, 0xE011} <= ids


def test_import_is_cheap() -> None:
    code = ("import sys, tlcp_decode; heavy = [m for m in ('construct', 'rich', 'asn1crypto', "
            "'tlcp_decode.pipeline', 'orjson') if m in sys.modules]; print(heavy)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_warnings_have_stable_codes() -> None:
    # the capture starts mid-way in no connection; make one that does: drop the SYNs
    packets = [p for p in tlcp_decode.open_capture(CAPTURE) if not p.flags & 0x02]
    (conn,) = tlcp_decode.decode(packets)
    assert any(w.code == "tcp_mid_connection" for w in conn.warnings)
    assert all(isinstance(w, model.Warning) and w.message for w in conn.warnings)
