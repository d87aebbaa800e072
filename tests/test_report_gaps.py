"""The evaluator's report (issue 19), the gaps left: a RST without a state change has its arrow,
servers are merged across captures, TLS 1.3 connections are judged as TLS 1.3 with RFC 8998
suites, and the HTML report shows each connection's cryptographic values."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import PCAPS, decode_json

from tlcp_decode.cli import main

REFUSED = PCAPS / "foreign-tls" / "OISF__tests__tls-duplicate-hello__input.pcap"


def _report(tmp_path: Path, *argv: str, name: str = "r.html") -> str:
    out = tmp_path / name
    assert main(["report", *argv, "-o", str(out)]) == 0
    return out.read_text()


def _ladder(html: str, anchor: str) -> str:
    return html.split(f'id="{anchor}"', 1)[1].split("</svg>", 1)[0]


def _arrows(section: str) -> list[tuple[str, str]]:
    """(frame, label) of every TCP control arrow of one ladder."""
    return re.findall(r'<g class="a tcp" data-frame="(\d+)"><path[^>]*/><text[^>]*>\d+ '
                      r"([A-Z+]+)</text>", section)


# -- a RST that changes nothing still has its arrow ---------------------------------------------
def test_rst_from_listen_has_an_arrow(tmp_path: Path) -> None:
    """Connection refused: the client's SYN (frame 1), the server's RST+ACK from LISTEN
    (frame 2): the server's state stays LISTEN, the arrow is drawn all the same."""
    (flow, *_others) = [o for o in decode_json(REFUSED) if o["type"] == "flow"]
    assert flow["index"] == 1 and flow["tcp"]["close"] == "rst"
    assert flow["tcp"]["server_states"] == ["LISTEN"]
    section = _ladder(_report(tmp_path, str(REFUSED)), "f1c1")
    assert _arrows(section) == [("1", "SYN"), ("2", "RST")]
    server_arrow = re.search(r'<g class="a tcp" data-frame="2"><path d="M(\d+) \d+H(\d+)"',
                             section)
    assert server_arrow is not None and int(server_arrow[1]) > int(server_arrow[2])  # from server
    states = {end: re.findall(rf'data-end="{end}"[^>]*>([A-Z_0-9]+)<', section)
              for end in ("client", "server")}
    assert states == {"client": flow["tcp"]["client_states"],
                      "server": flow["tcp"]["server_states"]}


def test_rst_without_state_change_in_the_text_ladder() -> None:
    import subprocess
    import sys

    for lang, line in (("en", "server sends RST (no state change)"),
                       ("zh", "服务端发送 RST（状态不变）")):
        out = subprocess.run([sys.executable, "-m", "tlcp_decode", str(REFUSED), "--lang", lang,
                              "--color", "never"], capture_output=True, text=True,
                             timeout=120).stdout
        first = out.split("\n\n", 1)[0]
        assert re.search(rf"\n│\s+2\s+\S+\s+TCP\s+{re.escape(line)}", first), first


# -- the cryptographic values of each connection ------------------------------------------------
def test_html_connection_details_show_the_cryptographic_values(tmp_path: Path) -> None:
    capture = PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3"
    keys = ("--keylog", f"{capture}.keylog")
    (flow,) = [o for o in decode_json(Path(f"{capture}.pcapng"), *keys, "--crypto",
                                      "--show-secrets") if o["type"] == "flow"]
    crypto = flow["tlcp"]["crypto"]
    html = _report(tmp_path, f"{capture}.pcapng", *keys)
    details = html.split('id="f1c1"', 1)[1].split("</details></div></div></details>", 1)[0]
    values = details.split('<details class="cv"><summary>Cryptographic values</summary>', 1)[1]
    ske = crypto["server_key_exchange"]
    for line in (f"signature value r||s: {ske['signature_rs']}", f"Z: {ske['z']}",
                 f"C1||C3||C2: {crypto['client_key_exchange']['c1c3c2']}",
                 f"verify_data computed: {crypto['finished']['client']['computed']}"):
        assert line in values, line
    assert crypto["master_secret"] not in html  # secrets only when asked
    assert "(hidden; --show-secrets shows it)" in values
    shown = _report(tmp_path, f"{capture}.pcapng", *keys, "--show-secrets", name="s.html")
    assert f"master secret: {crypto['master_secret']}" in shown
    assert f"client_write_key: {crypto['key_block']['client_write_key']}" in shown
    zh = _report(tmp_path, f"{capture}.pcapng", *keys, "--lang", "zh", name="zh.html")
    assert '<details class="cv"><summary>密码运算数值</summary>' in zh
    from tlcp_decode.report import i18n

    i18n.set_language("en")  # the next test in this process reads English


# -- TLS 1.3 with RFC 8998 SM suites --------------------------------------------------------------
TLS13 = PCAPS / "tls13"
SM_TLS13 = ["01_tongsuo_tls13_sm4_gcm_sm3", "03_tongsuo_tls13_sm_client_auth",
            "04_tongsuo_tls13_sm_resumption", "12_gmssl_tls13_sm4_gcm_sm3"]


def _server(name: str, *extra: str) -> dict[str, Any]:
    (server,) = [o for o in decode_json(TLS13 / f"{name}.pcapng", *extra)
                 if o["type"] == "server"]
    return server


def _status(server: dict[str, Any]) -> dict[str, str]:
    return {r["rule"]: r["status"] for r in server["rules"]}


@pytest.mark.parametrize("keys", [False, True], ids=["no-keys", "keylog"])
@pytest.mark.parametrize("name", SM_TLS13)
def test_tls13_with_sm_suites_is_attention_not_fail(name: str, keys: bool) -> None:
    """RFC 8998 (TLS_SM4_GCM_SM3, curveSM2, sm2sig_sm3) is listed as TLS 1.3 rather than TLCP:
    attention; no TLCP rule claims to be met by a TLS 1.3 connection, and GmSSL's TLS 1.3
    without ChangeCipherSpec is not 'data in clear'."""
    server = _server(name, *(("--keylog", str(TLS13 / f"{name}.keylog")) if keys else ()))
    assert server["verdict"] == "attention"
    assert {f["rule"] for f in server["findings"]} == {"tls13_sm"}
    connections = [c for f in server["findings"] for c in f["connections"]]
    assert sorted(connections) == list(range(1, server["connections"] + 1))
    assert all("TLS_SM4_GCM_SM3" in f["text"] for f in server["findings"])
    status = _status(server)
    assert status["tls13_sm"] == "finding" and status["sm2_suites"] == "ok"
    assert status["tlcp_protocol"] == status["tlcp_suites"] == "not_checked"
    assert status["certificate_pair"] == "not_checked"  # a TLCP pair: not TLS 1.3's business
    assert status["data_protected"] == "ok"
    if keys:
        assert status["handshakes_complete"] == status["keys_verify"] == "ok"
        assert status["certificate_validity"] == "ok"
        assert server["handshakes"]["complete"] == server["connections"]
        assert server["decryption"]["finished_verified"] == 2 * server["connections"]
    else:  # the end of a TLS 1.3 handshake is encrypted: nothing is claimed
        assert status["handshakes_complete"] == status["keys_verify"] == "not_checked"
        assert server["handshakes"]["failed"] == 0


@pytest.mark.parametrize("keys", [False, True], ids=["no-keys", "keylog"])
def test_tls13_without_sm_algorithms_fails(keys: bool) -> None:
    name = "07_tongsuo_tls13_aes128gcm_ecdsa"
    server = _server(name, *(("--keylog", str(TLS13 / f"{name}.keylog")) if keys else ()))
    assert server["verdict"] == "fail"
    findings = {f["rule"]: f for f in server["findings"]}
    assert set(findings) == {"tlcp_protocol", "sm2_suites"}
    assert findings["tlcp_protocol"]["severity"] == "fail"
    assert "TLS_AES_128_GCM_SHA256" in findings["tlcp_protocol"]["text"]
    assert ("ecdsa_secp256r1_sha256" in findings["sm2_suites"]["text"]) == keys


@pytest.mark.parametrize("name", ["OISF__tests__tls__tls13-draft14__tls13_draft14",
                                  "FoxIO-LLC__pcap__tls12"])
def test_tls13_not_negotiated_is_not_judged_as_negotiated(name: str) -> None:
    """Only a ServerHello read as TLS 1.3 makes the negotiated-protocol rules judge TLS 1.3:
    a ClientHello alone (FoxIO) or a draft ServerHello that does not parse (draft 14) chose
    nothing (both were 'negotiated TLS 1.3 without the SM algorithms', a fail); the draft's
    records after its ServerHello are still protected TLS 1.3 records, not data in clear."""
    (server,) = [o for o in decode_json(PCAPS / "foreign-tls" / f"{name}.pcap", "--jobs", "1")
                 if o["type"] == "server"]
    status = _status(server)
    assert status["tlcp_protocol"] == status["tls13_sm"] == "not_checked"
    assert status["data_protected"] in ("ok", "not_checked")
    # FoxIO's capture holds the ClientHello alone: no rule applied, so nothing passed
    expected = "not_checked" if name.startswith("FoxIO") else "attention"
    assert server["verdict"] == expected


def test_a_server_nothing_was_checked_for_is_not_a_pass(tmp_path: Path) -> None:
    capture = PCAPS / "foreign-tls" / "FoxIO-LLC__pcap__tls12.pcap"
    (server,) = [o for o in decode_json(capture, "--jobs", "1") if o["type"] == "server"]
    assert set(_status(server).values()) <= {"not_checked", "off"}
    assert server["verdict"] == "not_checked"
    for lang, word in (("en", "not checked"), ("zh", "未检查")):
        out = tmp_path / f"report-{lang}.html"
        assert main(["report", str(capture), "-o", str(out), "--lang", lang]) == 0
        html = out.read_text()
        assert f'<span class="v not_checked">{word}</span>' in html
        assert '<span class="v pass">' not in html
    from tlcp_decode.report import i18n

    i18n.set_language("en")  # the next test in this process reads English


def test_tlcp_and_tls13_on_one_port() -> None:
    name = "09_tongsuo_tlcp_and_tls13_same_port"
    server = _server(name, "--keylog", str(TLS13 / f"{name}.keylog"))
    assert server["verdict"] == "attention" and server["protocols"] == {"tlcp": 1, "tls": 1}
    (finding,) = server["findings"]
    assert finding["rule"] == "tls13_sm" and finding["connections"] == [2]
    status = _status(server)
    # the TLCP connection makes the TLCP rules met
    assert status["tlcp_protocol"] == status["tlcp_suites"] == status["certificate_pair"] == "ok"


def test_tls13_report_html_ladders_and_chinese(tmp_path: Path) -> None:
    captures = [str(TLS13 / f"{n}.pcapng") for n in SM_TLS13]
    html = _report(tmp_path, *captures)
    assert html.count('<span class="v attention">attention</span>') >= len(SM_TLS13)
    for number, capture in enumerate(captures, 1):
        for flow in (o for o in decode_json(Path(capture)) if o["type"] == "flow"):
            section = _ladder(html, f"f{number}c{flow['index']}")
            frames = re.findall(r'<g class="a (?:hs|alert)[^"]*" data-frame="(\d+)"', section)
            tlcp = flow["tlcp"]
            assert sorted(map(int, frames)) == sorted(
                [m["frame"] for m in tlcp["handshake"]] + [a["frame"] for a in tlcp["alerts"]])
    zh = _report(tmp_path, *captures, "--lang", "zh", name="zh.html")
    assert "采用商密算法的 TLS 1.3（RFC 8998）" in zh and "需关注" in zh
    from tlcp_decode.report import i18n

    i18n.set_language("en")


# -- one server across captures ---------------------------------------------------------------
def _server_sections(html: str) -> list[str]:
    return re.findall(r'<section class="srv" id="[^"]+"><h3>([^<]*) <span', html)


@pytest.mark.skipif(shutil.which("editcap") is None, reason="needs editcap")
def test_same_address_in_two_captures_is_one_server(tmp_path: Path) -> None:
    """The resumption capture cut in two (connections 1-5, then 6): one server listing the
    connections of both captures."""
    capture = PCAPS / "tongsuo" / "tongsuo_ecc_sm4_cbc_sm3_resume.pcapng"
    first, second = tmp_path / "first.pcapng", tmp_path / "second.pcapng"
    subprocess.run(["editcap", "-r", str(capture), str(first), "1-65"], check=True)
    subprocess.run(["editcap", "-r", str(capture), str(second), "66-84"], check=True)
    html = _report(tmp_path, str(first), str(second))
    assert _server_sections(html) == ["127.0.0.1:34441"]
    assert html.count("<tr><td><a href=\"#f1s127-0-0-1-34441\">") == 1  # one row
    section = html.split('<section class="srv"', 1)[1].split("</section>", 1)[0]
    assert "1 full, 5 resumed (session reuse); 6 complete, 0 failed" in section
    assert str(first) in section and str(second) in section  # the captures it was seen in
    row = html.split('<table id="srvs">', 1)[1].split("</table>", 1)[0]
    assert "<td>6</td>" in row and "ECC_SM4_CBC_SM3 ×6" in row
    markdown = _report(tmp_path, str(first), str(second), "--format", "md", name="r.md")
    assert markdown.count("### 127.0.0.1:34441") == 1
    # --json (and report --format json) keep one server object per capture
    servers = [o for o in decode_json(first) + decode_json(second) if o["type"] == "server"]
    assert [s["connections"] for s in servers] == [5, 1]


def test_same_certificate_in_two_captures_is_one_server(tmp_path: Path) -> None:
    """Two captures of one Tongsuo server on two ports, with the same certificate pair."""
    captures = [PCAPS / "tongsuo-segmented" / f"{n}.pcapng"
                for n in ("12_ecc_sm4_cbc_sm3_large_mtu1500", "16_ecc_sm4_cbc_sm3_resume_ticket")]
    flows = [[o for o in decode_json(c) if o["type"] == "flow"] for c in captures]
    addresses = sorted({f["server"] for per_capture in flows for f in per_capture})
    assert len(addresses) == 2
    html = _report(tmp_path, *map(str, captures))
    assert _server_sections(html) == [", ".join(addresses)]
    section = html.split('<section class="srv"', 1)[1].split("</section>", 1)[0]
    row = html.split('<table id="srvs">', 1)[1].split("</table>", 1)[0]
    tlcp_flows = [(n, f) for n, per_capture in enumerate(flows, 1) for f in per_capture
                  if f["tlcp"] is not None]
    assert f"<td>{len(tlcp_flows)}</td>" in row
    carrying = [f for _n, f in tlcp_flows
                if any(c["serial"] == "03e9" for c in f["tlcp"]["certificates"]["server"])]
    assert {n for n, f in tlcp_flows if f in carrying} == {1, 2}  # both captures carried it
    certificates = section.split("<h4>Certificates</h4>", 1)[1]
    sign = certificates.split("CN=tlcp-server SM2 sign", 1)[1].split("</tr>", 1)[0]
    assert certificates.count("CN=tlcp-server SM2 sign") == 1  # one row for both captures
    assert sign.endswith(f"<td>{len(carrying)}</td>")
