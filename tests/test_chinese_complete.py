"""The Chinese report is complete: no English word outside protocol names, suite names, field
values and hex, on every bundled capture (the TLCP ones, TLS 1.3, plain TCP, and the 77 TLS
captures of other projects' test suites in foreign-tls/), in every report form (full,
--records --crypto, --brief, with keys, with --ca), in --help, and in the evaluator's report.

What is not "English" here (the rule, applied word by word):

- protocol names and the standards' own identifiers: TLCP, TLS, SM2, ECDHE, DHE, GREASE
  (RFC 8701), ALPN, SNI...; the message titles as Wireshark writes them ("Client Hello",
  "Certificate Status"); the snake_case names of the protocols' enumerations (handshake and
  content types such as client_hello and change_cipher_spec, certificate types such as
  dss_sign, alert descriptions such as bad_certificate), which the report quotes as the
  standards spell them; TCP states; suite names; tools named in --help (gzip, tcpdump);
- what the capture itself says, taken from the same capture's JSON and removed before the
  scan: certificate subject and issuer names, signature algorithm names, SNI, ALPN protocol
  names (h2, http/1.1), decrypted plaintext, and the file's own name;
- hex, numbers, versions and any word with a digit in it (TLSv1_2, sm2p256v1, 0x0101);
- anything in double quotes: a label the protocol defines ("key expansion") or a field path
  quoted from a library's message.

Everything else, every sentence the tool writes itself, must be Chinese. The reports are made
in this process (tlcp_decode.cli.main with its output captured: about 0.05 s a report instead
of 0.5 s for a new interpreter), so every capture is covered, none sampled.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tlcp_decode import registry
from tlcp_decode.cli import main
from tlcp_decode.flows.tcp_state import TRANSITIONS
from tlcp_decode.schema.handshake import HandshakeType
from tlcp_decode.schema.hello import ClientCertificateType
from tlcp_decode.schema.record import ALERT_DESCRIPTIONS, ContentType

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"

# Names an evaluator reads as they are: protocols, algorithms, message and field names of the
# standards, TCP states, tools.
PROTOCOL_WORDS = {
    "TLCP", "TLS", "TCP", "SSL", "GMTLS", "SM2", "SM3", "SM4", "SM9", "RSA", "ECC", "ECDHE",
    "IBSDH", "IBC", "GCM", "CBC", "CCM", "HMAC", "SHA", "SHA-256", "SHA256", "PKCS", "DigestInfo",
    "DER", "SNI", "CA", "SYN", "ACK", "FIN", "RST", "UTC", "ID", "Z", "TBS", "CRL", "OCSP", "MAC",
    "IV", "PRF", "HTTP", "NSS", "GmSSL", "Tongsuo", "ClientHello", "ServerHello", "Certificate",
    "ServerKeyExchange", "CertificateRequest", "ServerHelloDone", "ClientKeyExchange",
    "CertificateVerify", "Finished", "ChangeCipherSpec", "NewSessionTicket", "HelloRequest",
    "Client", "Hello", "Server", "Key", "Exchange", "Request", "Done", "Verify", "Change",
    "Cipher", "Spec", "New", "Session", "Ticket", "Application", "Data", "Alert", "verify_data",
    "client_random", "server_random", "ServerECDHParams", "uint24", "basicConstraints", "cA",
    "keyCertSign", "pathLenConstraint", "curve_type", "named_curve", "CLIENT_RANDOM",
    "ecdsa_sign", "rsa_sign", "dss_sign", "ibc_params", "c2s", "s2c", "C", "S", "GB", "T", "RFC", "x",
    "tlcp-decode", "ECDSA", "EC", "DSA", "CN", "SCSV", "v1.5",
    # the key schedule's own names (GB/T 38636-2020 6.5, RFC 5246 6.3) and SM2's symbols
    "nonce", "TAG", "M", "r", "s", "y", "e",
    "client_write_key", "server_write_key", "client_write_iv", "server_write_iv",
    "client_write_mac_key", "server_write_mac_key", "show-secrets",
    # TLS 1.3 message names (RFC 8446 4) as the ladder shows them, and its key exchange's name
    "Encrypted", "Extensions", "EncryptedExtensions", "HelloRetryRequest", "Retry", "KeyUpdate",
    "Update", "EndOfEarlyData", "End", "Of", "Early", "encrypted_handshake", "PSK",
    "SM",  # "TLS 1.3 (RFC 8998 SM)": the protocol's own label
    # programs and formats named in --help
    "gzip", "tcpdump", "TOML", "jq",
    # TLS as other implementations speak it: "Certificate Status" (RFC 6066 8), GREASE values
    # (RFC 8701), ALPN (RFC 7301), finite-field Diffie-Hellman
    "Status", "GREASE", "ALPN", "DHE",
}
PROTOCOL_WORDS |= set(ALERT_DESCRIPTIONS)
PROTOCOL_WORDS |= {name for name in registry.suite_names().values()}
PROTOCOL_WORDS |= {str(name) for enum in (HandshakeType, ContentType, ClientCertificateType)
                   for name in enum.encmapping if "_" in name}
PROTOCOL_WORDS |= {str(kx) for kx in registry.KeyExchange}
PROTOCOL_WORDS |= {state for (state, _template) in TRANSITIONS.values() if state}
PROTOCOL_WORDS |= {"CLOSED", "LISTEN", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1",
                   "FIN_WAIT_2", "CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT"}

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*")


# JSON keys whose values are the capture's own words (wherever the flow object puts them)
FIELD_KEYS = {"server_name", "subject", "issuer", "signature_algorithm", "alpn", "alpn_offered"}


def _field_values(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _field_values(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from _field_values(item, key)
    elif isinstance(value, str) and key in FIELD_KEYS:
        yield value


def field_words(flows: list[dict[str, Any]], *data: str) -> set[str]:
    """The words of the capture's own values: certificate names, SNI, ALPN, signature
    algorithm names, plaintext, file names (the report quotes them as they are)."""
    values: list[str] = list(data)
    for flow in flows:
        values.extend(_field_values(flow))
    return {word for value in values for word in _WORD.findall(value.replace("\\", " "))}


def english_words(text: str, values: set[str]) -> list[str]:
    """The English words of a report outside protocol words, field values and hex."""
    found = []
    for line in text.splitlines():
        line = re.sub(r"\S*…", " ", line)  # a preview cut in the middle of a word
        line = re.sub(r'"[^"]*"', " ", line)  # quoted protocol labels ("key expansion")
        for word in _WORD.findall(line.replace("\\r", " ").replace("\\n", " ")):
            if word in PROTOCOL_WORDS or word in values or \
                    re.fullmatch(r"(0x)?[0-9a-fA-F]+|[0-9][0-9.:\-]*", word):
                continue
            if any(c.isdigit() for c in word):
                continue  # versions, algorithm and curve names: TLSv1_2, 0x0101, sm2p256v1
            found.append(f"{word!r} in: {line.strip()}")
    return found


def run(*args: str) -> str:
    """The command's output (stdout, then stderr) in a new interpreter: for --help, which
    builds its parsers in the language chosen at start-up."""
    result = subprocess.run([sys.executable, "-m", "tlcp_decode", *args], capture_output=True,
                            text=True, timeout=300, env={"PATH": "/usr/bin:/bin",
                                                         "LANG": "C.UTF-8"})
    return result.stdout + result.stderr


def run_here(*args: str) -> str:
    """The command's output, made in this process (it sets its language from --lang)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(list(args))
        except SystemExit:  # argparse's way out
            pass
    return out.getvalue() + err.getvalue()


CAPTURES = sorted(PCAPS.glob("*/*.pcap*"))


def _keys(capture: Path) -> list[str]:
    stem = capture.name.rsplit(".", 1)[0]
    args: list[str] = []
    for keylog in sorted(capture.parent.glob(stem + "*.keylog")):
        args += ["--keylog", str(keylog)]
    return args


def _ca(capture: Path) -> list[str]:
    for name in ("pki/root_cert.pem", "pki/sm2_ca.crt", "keys/sm2_ca.crt"):
        if (capture.parent / name).exists():
            return ["--ca", str(capture.parent / name)]
    return []


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_chinese_report_has_no_english(capture: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)  # the width of piped output, as in a shell
    flows_json = run_here(str(capture), "--json", "-q", "--jobs", "1", *_keys(capture),
                     *(["--dump-plaintext", str(tmp_path)] if _keys(capture) else []))
    flows = [json.loads(line) for line in flows_json.splitlines() if line.startswith("{")]
    plaintext = [p.read_bytes().decode("utf-8", "replace") for p in tmp_path.glob("*.bin")]
    values = field_words(flows, str(capture), *plaintext)
    common = ["--lang", "zh", "--color", "never", "-q", "--jobs", "1"]
    reports = [
        run_here(str(capture), *common, "--records", "--crypto", *_keys(capture),
                 *_ca(capture)),
        run_here(str(capture), *common),
        run_here(str(capture), *common, "--brief", "--strict", *_keys(capture)),
    ]
    words = [w for report in reports for w in english_words(report, values)]
    assert words == [], "\n".join(words[:40])


def test_chinese_help_has_no_english() -> None:
    """--help of every command, argparse's own words included. Option names, metavars,
    choices, examples in quotes and file names are what the user types: removed first."""
    for args in (["--help"], ["tables", "--help"], ["lua", "--help"],
                 ["install-plugin", "--help"], ["uninstall-plugin", "--help"],
                 ["report", "--help"]):
        text = run(*args, "--lang", "zh")
        text = re.sub(r"--?[A-Za-z][\w-]*|'[^']*'|\{[^}]*\}|<[^>]*>|\S*[/.]\S*", " ", text)
        metavars = {"FILE", "IFACE", "BPF", "N", "EXPR", "PATH", "DIR", "PASSWORD", "tlcp",
                    "tshark", "pyshark", "native", "auto", "md", "csv", "json", "pcap", "pcapng",
                    "Lua", "Wireshark", "JSON", "Lines", "NSS", "PEM", "SEC1", "CPU", "CSV",
                    "tables", "lua", "install", "uninstall", "report", "CAPTURE", "HTML", "html", "r", "s", "Z", "e", "C1", "C3", "C2", "IV",
                    "MAC"}
        words = [w for w in english_words(text, metavars)]
        assert words == [], "\n".join(words[:40])


class _ReportText(HTMLParser):
    """What a reader of the HTML report sees: text and tooltips, not styles and scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "code"):
            self._hidden += 1
        self.parts += [v for k, v in attrs if k in ("title", "aria-label") and v]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "code"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_chinese_evaluator_report_has_no_english(fmt: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """``tlcp-decode report`` of every bundled capture at once, in Chinese. Rule identifiers
    (in code spans: what a policy file names) are what the user types, like option names."""
    monkeypatch.delenv("COLUMNS", raising=False)
    names = [str(capture) for capture in CAPTURES]
    flows = [json.loads(line) for name in names
             for line in run_here(name, "--json", "-q", "--jobs", "1").splitlines()
             if line.startswith("{")]
    values = field_words(flows, *names, "docs/report.md")
    output = tmp_path / f"report.{fmt}"
    run_here("report", *names, "--lang", "zh", "--format", fmt, "-o", str(output))
    text = output.read_text(encoding="utf-8")
    if fmt == "html":
        reader = _ReportText()
        reader.feed(text)
        text = "\n".join(reader.parts)
    text = re.sub(r"`[^`]*`", " ", text)
    assert len(flows) > 400 and "服务端" in text
    words = english_words(text, values)
    assert words == [], "\n".join(words[:40])
