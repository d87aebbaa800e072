"""The golden outputs: what ``tlcp-decode`` prints for a representative set of real captures.

``tests/golden/`` holds, per case, the JSON lines (``.jsonl``), the English text report
(``.txt``) and the Chinese one (``.zh.txt``). ``tests/test_golden.py`` checks that the decoder
still prints exactly that. A change that alters the output on purpose regenerates them::

    python -m tests.update_golden

and the diff of ``tests/golden/`` shows the change for review.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PCAPS = ROOT / "pcaps"
GOLDEN = ROOT / "tests" / "golden"


@dataclass(frozen=True)
class Case:
    name: str  # the golden files' stem
    capture: str  # below pcaps/
    options: tuple[str, ...] = ()  # paths in them are relative to pcaps/

    def argv(self) -> list[str]:
        """Paths relative to the repository (the command runs there), so that the output,
        wrapped at 120 columns, does not depend on where the repository is checked out."""
        return [f"pcaps/{self.capture}",
                *(f"pcaps/{o}" if "/" in o else o for o in self.options)]


CASES = (
    Case("gmssl_ecc_cbc_keylog", "gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng",
         ("--keylog", "gmssl/gmssl_ecc_sm4_cbc_sm3.keylog", "--ca", "gmssl/pki/root_cert.pem")),
    Case("gmssl_ecdhe_gcm_clientauth_keylog", "gmssl/gmssl_ecdhe_sm4_gcm_sm3_clientauth.pcapng",
         ("--keylog", "gmssl/gmssl_ecdhe_sm4_gcm_sm3_clientauth.keylog")),
    Case("gmssl_untrusted_ca_alert", "gmssl/gmssl_ecc_untrusted_ca_alert.pcapng"),
    Case("gmssl_suite_mismatch_alert", "gmssl/gmssl_suite_mismatch_alert.pcapng"),
    Case("gmssl_tls12_client_records", "gmssl-segmented/19_alert_tls12_client_to_tlcp_server.pcapng",
         ("--records",)),
    Case("tongsuo_rsa_server_key", "tongsuo/tongsuo_rsa_sm4_cbc_sm3.pcapng",
         ("--key", "tongsuo/pki/rsa_server_enc.key")),
    Case("tongsuo_resume_keylog", "tongsuo/tongsuo_ecc_sm4_cbc_sm3_resume.pcapng",
         ("--keylog", "tongsuo/tongsuo_ecc_sm4_cbc_sm3_resume.keylog")),
    Case("tongsuo_ticket_keylog", "tongsuo-segmented/16_ecc_sm4_cbc_sm3_resume_ticket.pcapng",
         ("--keylog", "tongsuo-segmented/16_ecc_sm4_cbc_sm3_resume_ticket.keylog")),
    Case("plain_http", "plain/http_server_8000.pcapng"),
)

#: output file suffix -> the options that make it
OUTPUTS = {".jsonl": ("--json",), ".txt": ("--lang", "en"), ".zh.txt": ("--lang", "zh")}


def render(case: Case, suffix: str) -> str:
    """What ``tlcp-decode`` prints for ``case`` (one process, no colour), run in a fresh
    interpreter so that no state of the calling process (language, terminal) leaks in."""
    env = dict(os.environ, COLUMNS="120", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("NO_COLOR", None)
    result = subprocess.run(
        [sys.executable, "-m", "tlcp_decode", *case.argv(), *OUTPUTS[suffix], "--jobs", "1",
         "--color", "never", "-q"],
        capture_output=True, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=300)
    text = result.stdout.decode("utf-8").replace(str(PCAPS), "pcaps")
    return text + f"# exit {result.returncode}\n"


def golden_path(case: Case, suffix: str) -> Path:
    return GOLDEN / f"{case.name}{suffix}"


def update() -> list[Path]:
    """Write every golden file again; returns those whose content changed."""
    GOLDEN.mkdir(exist_ok=True)
    changed = []
    for case in CASES:
        for suffix in OUTPUTS:
            path = golden_path(case, suffix)
            text = render(case, suffix)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                changed.append(path)
    return changed

