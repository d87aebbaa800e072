"""``tlcp-decode report`` and ``--json``'s server objects on the bundled real captures: the
verdicts a reader of each MANIFEST expects, the policy file, the ladders' arrows and states,
Markdown and JSON output, and the plain HTTP capture (no TLCP, TCP ladders still drawn)."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import PCAPS, decode_json

from tlcp_decode.cli import main

GMSSL = PCAPS / "gmssl"
TONGSUO = PCAPS / "tongsuo"


def _servers(path: Path, *extra: str) -> list[dict[str, Any]]:
    return [o for o in decode_json(path, *extra) if o["type"] == "server"]


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(list(argv))
    return status, out.getvalue()


def test_json_server_object_sits_between_the_connections_and_the_summary() -> None:
    objects = decode_json(TONGSUO / "tongsuo_ecc_sm4_cbc_sm3_resume.pcapng")
    assert [o["type"] for o in objects] == ["flow"] * 6 + ["server", "summary"]
    server = objects[6]
    assert server["server"] == objects[0]["server"] == "127.0.0.1:34441"
    assert server["names"] == ["tongsuo.tlcp.test"]
    assert server["verdict"] == "pass" and server["findings"] == []
    assert server["handshakes"] == {"full": 1, "resumed": 5, "complete": 6, "failed": 0}
    assert server["suites_negotiated"] == [{"id": "0xe013", "name": "ECC_SM4_CBC_SM3",
                                            "count": 6}]
    assert [c["role"] for c in server["certificates"]] == ["sign", "enc"]
    assert all(c["valid_at_capture"] for c in server["certificates"])


def test_rsa_suite_is_flagged_as_the_policy_says(tmp_path: Path) -> None:
    capture = TONGSUO / "tongsuo_rsa_sm4_cbc_sm3.pcapng"
    (server,) = _servers(capture)
    assert server["verdict"] == "attention"
    (finding,) = server["findings"]
    assert finding["rule"] == "sm2_suites" and finding["severity"] == "attention"
    assert "RSA_SM4_CBC_SM3" in finding["text"] and finding["connections"] == [1]
    server_hello = [m["frame"] for m in decode_json(capture)[0]["tlcp"]["handshake"]
                    if m["type"] == "server_hello"]
    assert finding["frames"] == server_hello
    policy = tmp_path / "strict.toml"
    policy.write_text('[rules]\nsm2_suites = "required"\n')
    (server,) = _servers(capture, "--policy", str(policy))
    assert server["verdict"] == "fail"
    policy.write_text('[rules]\nsm2_suites = "off"\n')
    (server,) = _servers(capture, "--policy", str(policy))
    assert server["verdict"] == "pass"
    assert {"rule": "sm2_suites", "level": "off", "status": "off"} in server["rules"]


@pytest.mark.parametrize("capture, alerts", [
    (GMSSL / "gmssl_ecc_untrusted_ca_alert.pcapng", ["bad_certificate", "decode_error"]),
    (GMSSL / "gmssl_suite_mismatch_alert.pcapng", ["insufficient_security",
                                                   "unexpected_message"]),
    (TONGSUO / "tongsuo_clientauth_missing_alert.pcapng", ["handshake_failure"]),
])
def test_failed_handshakes_are_reported_with_their_alerts(capture: Path,
                                                          alerts: list[str]) -> None:
    flow = decode_json(capture)[0]
    (server,) = _servers(capture)
    assert server["verdict"] == "attention"
    (finding,) = server["findings"]
    assert finding["rule"] == "handshakes_complete" and finding["connections"] == [1]
    for alert in flow["tlcp"]["alerts"]:
        assert alert["description"] in finding["text"] and alert["frame"] in finding["frames"]
    assert [a["description"] for a in server["failed_handshakes"][0]["alerts"]] == alerts


def test_tls12_client_is_named_as_tls() -> None:
    (server,) = _servers(PCAPS / "gmssl-segmented" / "19_alert_tls12_client_to_tlcp_server.pcapng")
    assert server["protocols"] == {"tls": 1}
    (finding,) = server["findings"]
    assert "TLS client (ClientHello 0x0303)" in finding["text"]
    assert "protocol_version" in finding["text"]


def test_keys_and_ca_make_every_rule_checked() -> None:
    capture = GMSSL / "gmssl_ecc_sm4_cbc_sm3.pcapng"
    (server,) = _servers(capture, "--keylog", str(capture.with_suffix(".keylog")),
                         "--ca", str(GMSSL / "pki" / "root_cert.pem"),
                         "--ca", str(GMSSL / "pki" / "ca_cert.pem"))
    status = {r["rule"]: r["status"] for r in server["rules"]}
    assert server["verdict"] == "pass", server["findings"]
    assert status["keys_verify"] == status["certificate_chain"] == "ok"
    assert server["decryption"] == {"decrypted": 1, "no_key": 0, "failed": 0,
                                    "finished_verified": 2, "finished_failed": 0}
    assert all(c["chain"]["ok"] for c in server["certificates"] if c["role"] != "ca")


def test_a_pass_names_the_required_rules_it_did_not_check(tmp_path: Path) -> None:
    """Beside the verdict, in Markdown and HTML: what a pass says nothing of."""
    capture = GMSSL / "gmssl_ecc_sm4_cbc_sm3.pcapng"
    line = "Required rules not checked (nothing in the capture to check): "
    for fmt in ("md", "html"):
        bare, keyed = tmp_path / f"bare.{fmt}", tmp_path / f"keyed.{fmt}"
        assert main(["report", str(capture), "--lang", "en", "--format", fmt,
                     "-o", str(bare)]) in (0, None)
        assert main(["report", str(capture), "--lang", "en", "--format", fmt, "-o", str(keyed),
                     "--keylog", str(capture.with_suffix(".keylog")),
                     "--ca", str(GMSSL / "pki" / "root_cert.pem")]) in (0, None)
        assert (line + "Certificate chain, Client certificates, Finished and signatures verify"
                in bare.read_text())
        # (an ECC handshake has no client certificates to check)
        assert line + "Client certificates<" in keyed.read_text().replace("\n", "<")


def test_untrusted_ca_fails_the_chain_rule() -> None:
    capture = GMSSL / "gmssl_ecc_sm4_cbc_sm3.pcapng"
    (server,) = _servers(capture, "--ca", str(GMSSL / "pki" / "other_root_cert.pem"))
    assert server["verdict"] == "fail"
    assert {f["rule"] for f in server["findings"]} == {"certificate_chain"}


def test_policy_requiring_mutual_authentication(tmp_path: Path) -> None:
    policy = tmp_path / "mutual.toml"
    policy.write_text('[rules]\nclient_authentication = "required"\n')
    (plain,) = _servers(GMSSL / "gmssl_ecc_sm4_cbc_sm3.pcapng", "--policy", str(policy))
    (mutual,) = _servers(GMSSL / "gmssl_ecdhe_sm4_cbc_sm3_clientauth.pcapng",
                         "--policy", str(policy))
    assert plain["verdict"] == "fail"
    assert plain["findings"][0]["rule"] == "client_authentication"
    assert mutual["verdict"] == "pass"
    assert mutual["client_authentication"] == {"requested": 1, "client_certificates": 1,
                                               "certificate_verify": 1}


@pytest.mark.parametrize("content, message", [
    ('[rules]\nnope = "required"\n', "unknown rule 'nope'"),
    ('[rules]\nsm2_suites = "maybe"\n', "not one of required, advisory, off"),
    ("rules = [", "not TOML"),
])
def test_bad_policy_is_one_line_and_exit_2(tmp_path: Path, content: str, message: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "p.toml"
    policy.write_text(content)
    status = main(["report", str(GMSSL / "gmssl_ecc_sm4_cbc_sm3.pcapng"), "--policy",
                   str(policy), "-o", str(tmp_path / "r.html")])
    err = capsys.readouterr().err
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1


def test_report_json_writes_what_json_writes(tmp_path: Path) -> None:
    capture = TONGSUO / "tongsuo_ecc_sm4_cbc_sm3_resume.pcapng"
    out = tmp_path / "r.json"
    assert main(["report", str(capture), "-o", str(out)]) == 0
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert written == decode_json(capture)


def test_html_ladder_of_every_connection(tmp_path: Path) -> None:
    capture = TONGSUO / "tongsuo_ecc_sm4_cbc_sm3_resume.pcapng"
    out = tmp_path / "r.html"
    assert main(["report", str(capture), "-o", str(out), "--keylog",
                 str(capture.with_suffix(".keylog"))]) == 0
    html = out.read_text()
    assert "http://" not in html and "https://" not in html and "<link" not in html
    for flow in decode_json(capture):
        if flow["type"] != "flow":
            continue
        section = html.split(f'id="f1c{flow["index"]}"', 1)[1].split("</svg>", 1)[0]
        states = {end: re.findall(rf'data-end="{end}"[^>]*>([A-Z_0-9]+)<', section)
                  for end in ("client", "server")}
        assert states == {"client": flow["tcp"]["client_states"],
                          "server": flow["tcp"]["server_states"]}
        frames = re.findall(r'<g class="a (?:hs|alert)[^"]*" data-frame="(\d+)"', section)
        tlcp = flow["tlcp"]
        assert sorted(map(int, frames)) == sorted(
            [m["frame"] for m in tlcp["handshake"]] + [a["frame"] for a in tlcp["alerts"]])
        if tlcp["resumed_from"] is not None:
            assert f'href="#f1c{tlcp["resumed_from"]}"' in section


def test_markdown_report_in_chinese() -> None:
    from tlcp_decode.report import i18n

    status, text = _run("report", str(TONGSUO / "tongsuo_rsa_sm4_cbc_sm3.pcapng"),
                        "--format", "md", "--lang", "zh")
    assert status == 0
    assert "# TLCP 协议检测报告" in text and "需关注" in text and "签名证书" in text
    i18n.set_language("en")  # the next test in this process reads English
    assert "| 127.0.0.1:34435 | tongsuo.tlcp.test | **需关注** |" in text


@pytest.mark.skipif(shutil.which("tshark") is None, reason="-Y needs tshark")
def test_plain_http_capture_says_no_tlcp_and_draws_tcp_ladders(tmp_path: Path) -> None:
    out = tmp_path / "http.html"
    assert main(["report", str(PCAPS / "plain" / "http_server_8000.pcapng"), "-Y",
                 "tcp.port == 8000", "-o", str(out)]) == 0
    html = out.read_text()
    assert "No TLCP or TLS was seen in these captures" in html
    flows = [o for o in decode_json(PCAPS / "plain" / "http_server_8000.pcapng")
             if o["type"] == "flow"]
    assert len(flows) == 2 and html.count('<svg class="lad"') == 2
    for flow in flows:
        section = html.split(f'id="f1c{flow["index"]}"', 1)[1].split("</svg>", 1)[0]
        controls = re.findall(r'<g class="a tcp" data-frame="\d+"><path[^>]*/><text[^>]*>'
                              r"\d+ ([A-Z+]+)</text>", section)
        assert controls[:3] == ["SYN", "SYN+ACK", "ACK"] and controls.count("FIN") == 2
