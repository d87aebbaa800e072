"""The Chinese report catalog: compiled, complete, and used by --lang zh."""

from __future__ import annotations

import ast
import gettext
import re
import subprocess
import sys
from pathlib import Path

from conftest import CAPTURES, ROOT

from tlcp_decode.report.i18n import DOMAIN, LOCALE_DIR

REPORT_SOURCES = [ROOT / "tlcp_decode" / "report" / "text.py",
                  ROOT / "tlcp_decode" / "decode_command.py",
                  ROOT / "tlcp_decode" / "report" / "crypto_text.py",
                  *sorted((ROOT / "tlcp_decode" / "flows").glob("*.py")),
                  *sorted((ROOT / "tlcp_decode" / "source").glob("*.py"))]


def _msgids(path: Path) -> set[str]:
    ids = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", ""))
                == "_" and node.args and isinstance(node.args[0], ast.Constant)):
            ids.add(node.args[0].value)
    return ids


def test_every_report_string_is_translated() -> None:
    catalog = gettext.translation(DOMAIN, LOCALE_DIR, languages=["zh_CN"])
    missing = [m for path in REPORT_SOURCES for m in _msgids(path)
               if catalog.gettext(m) == m]
    assert missing == []


def test_every_tcp_transition_is_translated() -> None:
    from tlcp_decode.flows.tcp_state import TRANSITIONS

    catalog = gettext.translation(DOMAIN, LOCALE_DIR, languages=["zh_CN"])
    templates = {template for _state, template in TRANSITIONS.values()}
    assert [t for t in templates if catalog.gettext(t) == t] == []


def test_compiled_catalog_matches_the_po_file() -> None:
    po = (LOCALE_DIR / "zh_CN" / "LC_MESSAGES" / f"{DOMAIN}.po").read_text()
    pairs = re.findall(r'^msgid (".*")\nmsgstr (".*")$', po, re.M)
    catalog = gettext.translation(DOMAIN, LOCALE_DIR, languages=["zh_CN"])
    for msgid, msgstr in pairs:
        key, value = ast.literal_eval(msgid), ast.literal_eval(msgstr)
        if key:
            assert catalog.gettext(key) == value


def test_chinese_report() -> None:
    result = subprocess.run([sys.executable, "-m", "tlcp_decode", str(CAPTURES[0].path),
                             "--lang", "zh", "--color", "never"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "连接 1" in result.stdout and "选择 ECC_SM4_CBC_SM3" in result.stdout
    assert "第一次握手：SYN，客户端 -> SYN_SENT" in result.stdout
    assert "握手：完整，关闭：FIN" in result.stdout
