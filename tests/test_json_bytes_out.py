"""``--json`` lines written to standard output as orjson's UTF-8 bytes (issue 17): the same bytes,
in the same order, as written through the text layer."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from tlcp_decode.decode_command import _utf8_bytes_under

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = [str(ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng"),
            str(ROOT / "pcaps/tls13/07_tongsuo_tls13_aes128gcm_ecdsa.pcapng"),
            str(ROOT / "pcaps/tongsuo/tongsuo_clientauth_missing_alert.pcapng")]


def _run(encoding: str) -> bytes:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    done = subprocess.run([sys.executable, "-m", "tlcp_decode", "--json", "--jobs", "1",
                           *CAPTURES], capture_output=True, env=env, check=False, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def test_lines_as_bytes_are_the_lines_as_text() -> None:
    as_bytes = _run("utf-8")
    # UTF-8 with a byte-order mark is not "utf-8": every line goes through the text layer
    as_text = _run("utf-8-sig")
    assert as_text.startswith(b"\xef\xbb\xbf")
    assert as_bytes == as_text[3:]
    kinds = [json.loads(line)["type"] for line in as_bytes.decode().splitlines()]
    assert kinds.count("summary") == len(CAPTURES)
    # each file: its flows, its servers, its summary, before the next file's lines
    files = "".join("s" if kind == "summary" else "v" if kind == "server" else "f"
                    for kind in kinds).split("s")[:-1]
    assert len(files) == len(CAPTURES)
    assert all(part and part == "f" * part.count("f") + "v" * part.count("v") for part in files)


def test_only_standard_output_in_utf8_is_written_as_bytes() -> None:
    assert _utf8_bytes_under(io.StringIO()) is None
    other = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    assert _utf8_bytes_under(other) is None  # not standard output: its newline is unknown
