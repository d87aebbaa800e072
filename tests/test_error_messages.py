"""Unusable input is refused in one line, in the reader's language, with exit status 2.

The messages of the packet sources (CaptureError) and of the key loader (KeyLoadError) are
``Msg`` templates (tlcp_decode.messages): the English line is the template filled in, the
Chinese one its catalog translation. Each case here runs the command twice: the English line
must be exactly the one below (scripts and the other tests read it), the Chinese one must say
the same with no English word left (the rule of test_chinese_complete: file names, protocol
and format names are not English words).
"""

from __future__ import annotations

import ast
import gzip
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from test_chinese_complete import english_words

from tlcp_decode.report.i18n import DOMAIN, LOCALE_DIR
from tlcp_decode.report.policy import RULES_BY_ID

ROOT = Path(__file__).resolve().parent.parent
CAPTURE = ROOT / "pcaps" / "gmssl" / "gmssl_ecc_sm4_cbc_sm3.pcapng"
ENCRYPTED_KEY = ROOT / "pcaps" / "gmssl" / "pki" / "server_enc_key.pem"  # password P@ssw0rd
CERTIFICATE = ROOT / "pcaps" / "gmssl" / "pki" / "root_cert.pem"
PO = LOCALE_DIR / "zh_CN" / "LC_MESSAGES" / f"{DOMAIN}.po"

# words of the messages that are names, not English: formats, tools, the key file formats
NAMES = {"pcap", "pcapng", "gzip", "gunzip", "tshark", "pyshark", "PEM", "PKCS", "SEC1", "SHB",
         "key-password", "PBES2", "PBKDF2", "TOML", "rules", "required", "advisory", "off",
         *RULES_BY_ID}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tlcp_decode", *args], capture_output=True,
                          text=True, timeout=60, env={"PATH": "/usr/bin:/bin",
                                                      "LANG": "C.UTF-8"})


def _cut(size: int) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / "cut.pcapng"
        path.write_bytes(CAPTURE.read_bytes()[:size])
        return path
    return make


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path
    return make


def _damaged_gzip(tmp: Path) -> Path:
    data = bytearray(gzip.compress(CAPTURE.read_bytes(), mtime=0))
    for at in range(40, 200):  # the deflate stream right after the gzip header
        data[at] ^= 0x5A
    path = tmp / "damaged.pcapng.gz"
    path.write_bytes(bytes(data))
    return path


def _directory(tmp: Path) -> Path:
    path = tmp / "folder.pcap"
    path.mkdir()
    return path


CAPTURE_CASES = {
    "header cut": (_cut(10), "{f}: truncated pcapng section header block (10 bytes)"),
    "section header cut": (_cut(100), "{f}: truncated pcapng section header block (100 bytes)"),
    "pcap header cut": (_bytes("short.pcap", b"\xd4\xc3\xb2\xa1\x02\x00\x04\x00"),
                        "{f}: truncated pcap global header (8 bytes)"),
    "empty": (_bytes("empty.pcap", b""), "{f}: empty file, not a capture"),
    "text": (_bytes("notes.pcap", b"hello, this is not a capture\n"),
             "{f}: text file, not a pcap or pcapng capture"),
    "wrong magic": (_bytes("magic.pcap", b"\xde\xad\xbe\xef" + bytes(range(1, 60))),
                    "{f}: not a pcap or pcapng capture (unrecognised magic deadbeef)"),
    "zip": (_bytes("archive.pcap", b"PK\x03\x04" + bytes(40)),
            "{f}: compressed archive, not a capture: extract it first"),
    "bad byte order mark": (_bytes("bom.pcapng", b"\x0a\x0d\x0d\x0a\x1c\x00\x00\x00"
                                   + b"\x00\x00\x00\x00" + b"a" * 24),
                            "{f}: corrupt pcapng section header block"),
    "damaged gzip": (_damaged_gzip, "{f}: corrupt gzip data (Error -3 while decompressing "
                                    "data: invalid literal/lengths set)"),
    "directory": (_directory, "{f}: is a directory, not a capture"),
    "missing": (lambda tmp: tmp / "missing.pcap", "{f}: no such file"),
}


def _check_refusal(args: list[str], english: str, quoted: str = "") -> None:
    """``quoted``: the input's own words the message repeats (a rule name from the file)."""
    en, zh = run(*args, "--lang", "en"), run(*args, "--lang", "zh")
    assert (en.returncode, zh.returncode) == (2, 2), (en.stderr, zh.stderr)
    assert en.stdout == zh.stdout == ""
    assert en.stderr == f"tlcp-decode: {english}\n"
    assert zh.stderr.count("\n") == 1 and zh.stderr != en.stderr
    assert re.search(r"[\u4e00-\u9fff]", zh.stderr), zh.stderr
    words = {w for arg in [*args, quoted] for w in re.findall(r"[\w.-]+", arg)} | NAMES
    assert english_words(zh.stderr, words) == [], zh.stderr


@pytest.mark.parametrize("case", CAPTURE_CASES, ids=str)
def test_unusable_capture_is_refused_in_both_languages(case: str, tmp_path: Path) -> None:
    make, english = CAPTURE_CASES[case]
    path = make(tmp_path)
    _check_refusal([str(path), "--jobs", "1"], english.format(f=path))


KEY_CASES = {
    "wrong password": (lambda tmp: [str(ENCRYPTED_KEY), "--key-password", "wrong"],
                       "server_enc_key.pem: wrong password (or corrupted encrypted key)"),
    "no password": (lambda tmp: [str(ENCRYPTED_KEY)],
                    "server_enc_key.pem: the private key is encrypted: a password is needed"),
    "certificate only": (lambda tmp: [str(CERTIFICATE)], "root_cert.pem: no private key found"),
    "not a key": (lambda tmp: [str(_bytes("garbage.key", b"garbage\n")(tmp))],
                  "garbage.key: not a PKCS#8, SEC1 or RSA private key"),
    "bad PEM body": (lambda tmp: [str(_bytes("short.pem", b"-----BEGIN PRIVATE KEY-----\nAAAA\n"
                                             b"-----END PRIVATE KEY-----\n")(tmp))],
                     "short.pem: not a PKCS#8 private key"),
    "missing": (lambda tmp: [str(tmp / "absent.pem")],
                "absent.pem: cannot read (No such file or directory)"),
}


@pytest.mark.parametrize("case", KEY_CASES, ids=str)
def test_unusable_key_is_refused_in_both_languages(case: str, tmp_path: Path) -> None:
    key_args, english = KEY_CASES[case]
    key, *rest = key_args(tmp_path)
    _check_refusal([str(CAPTURE), "-q", "--key", key, *rest], english)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_unusable_file_among_several_is_said_in_chinese(jobs: str, tmp_path: Path) -> None:
    """With several inputs the good ones are decoded and each unusable one gets its line,
    in the worker processes of --jobs 2 as in one process."""
    text = _bytes("notes.pcap", b"hello, this is not a capture\n")(tmp_path)
    result = run(str(CAPTURE), str(text), "--jobs", jobs, "--lang", "zh", "-q")
    assert result.returncode == 2
    assert "连接 1" in result.stdout
    assert result.stderr == f"tlcp-decode: {text}：文本文件，不是 pcap 或 pcapng 抓包文件\n"


POLICY_CASES = {
    "not TOML": (b"rules = [\n", "{f}: not TOML: Invalid value (at end of document)"),
    "not TOML at a place": (b"[rules]\ntlcp_suites \"x\"\n",
                            "{f}: not TOML: Expected '=' after a key in a key/value pair "
                            "(at line 2, column 13)"),
    "other table": (b"x = 1\n", "{f}: expected only a [rules] table"),
    "unknown rule": (b"[rules]\nfoo = \"off\"\n",
                     "{f}: unknown rule 'foo' (known: " + ", ".join(RULES_BY_ID) + ")"),
    "unknown level": (b"[rules]\ntlcp_suites = \"maybe\"\n",
                      "{f}: rule 'tlcp_suites': 'maybe' is not one of required, advisory, off"),
}


@pytest.mark.parametrize("case", POLICY_CASES, ids=str)
def test_unusable_policy_is_refused_in_both_languages(case: str, tmp_path: Path) -> None:
    text, english = POLICY_CASES[case]
    policy = _bytes("policy.toml", text)(tmp_path)
    _check_refusal([str(CAPTURE), "-q", "--json", "--policy", str(policy)],
                   english.format(f=policy), quoted=text.decode())


def test_right_password_still_loads_the_key() -> None:
    """The refusals above are about the input, not a broken loader."""
    result = run(str(CAPTURE), "-q", "--json", "--key", str(ENCRYPTED_KEY), "--key-password",
                 "P@ssw0rd")
    assert result.returncode == 0, result.stderr
    flow = json.loads(result.stdout.splitlines()[0])
    assert flow["tlcp"]["decryption"]["status"] == "decrypted"
    assert flow["tlcp"]["decryption"]["key_source"] == "server_key"


def _catalog_ids() -> set[str]:
    po = PO.read_text(encoding="utf-8")
    return {ast.literal_eval(m) for m in re.findall(r'^msgid (".*")$', po, re.M)}


def test_every_message_template_has_a_translation() -> None:
    """Every ``msg("...")`` / ``Msg("...")`` of the package has an entry in the zh_CN catalog
    (the errors above are a sample; this covers every template, used or not by a capture)."""
    ids = _catalog_ids()
    missing = []
    for path in sorted((ROOT / "tlcp_decode").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call)
                    and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("msg", "Msg")
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str) and node.args[0].value
                    and node.args[0].value not in ids):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.args[0].value!r}")
    assert missing == [], "\n".join(missing)

