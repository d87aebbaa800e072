"""What a decoding run imports: the heavy libraries only when the capture or the options need
them, since importing them is most of the start-up cost of a run on a small capture.

Checked in a fresh interpreter (``sys.modules`` after ``cli.main``), not timed.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WITH_CERTIFICATES = ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng"
KEYLOG = ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.keylog"
HEAVY = ("asn1crypto", "cryptography", "tlcp_decode.crypto")


def _imported_after(*args: str) -> set[str]:
    """The heavy modules imported by ``tlcp-decode ARGS`` (run in one process)."""
    code = ("import json, sys\nfrom tlcp_decode.cli import main\n"
            f"status = main({list(args)!r})\n"
            f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)\n"
            "sys.exit(status)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def _empty_capture(folder: Path) -> Path:
    path = folder / "empty.pcap"
    path.write_bytes(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    return path


def test_a_capture_without_certificates_imports_no_certificate_or_crypto_library(
        tmp_path: Path) -> None:
    assert _imported_after("--json", "--jobs", "1", str(_empty_capture(tmp_path))) == set()


def test_certificates_without_keys_need_asn1crypto_only() -> None:
    assert _imported_after("--json", "--jobs", "1", str(WITH_CERTIFICATES)) == {"asn1crypto"}


def test_a_key_log_brings_the_crypto_package() -> None:
    imported = _imported_after("--json", "--jobs", "1", "--keylog", str(KEYLOG),
                               str(WITH_CERTIFICATES))
    assert {"cryptography", "tlcp_decode.crypto"} <= imported
