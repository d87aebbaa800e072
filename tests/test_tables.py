"""``tlcp-decode tables``: the registry's suites and key-exchange/certificate table."""

from __future__ import annotations

import contextlib
import io
import json

from conftest import CAPTURES, ROOT

from tlcp_decode.cli import main

EXPECTED = {
    0xE011: "ECDHE_SM4_CBC_SM3", 0xE051: "ECDHE_SM4_GCM_SM3", 0xE013: "ECC_SM4_CBC_SM3",
    0xE053: "ECC_SM4_GCM_SM3", 0xE015: "IBSDH_SM4_CBC_SM3", 0xE055: "IBSDH_SM4_GCM_SM3",
    0xE017: "IBC_SM4_CBC_SM3", 0xE057: "IBC_SM4_GCM_SM3", 0xE019: "RSA_SM4_CBC_SM3",
    0xE059: "RSA_SM4_GCM_SM3", 0xE01C: "RSA_SM4_CBC_SHA256", 0xE05A: "RSA_SM4_GCM_SHA256",
    0xE01A: "RSA_SM4_CBC_SHA1", 0x00C6: "TLS_SM4_GCM_SM3", 0x00C7: "TLS_SM4_CCM_SM3",
}


def run(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(argv)) == 0
    return out.getvalue()


def test_json_lists_every_suite() -> None:
    doc = json.loads(run("tables", "--format", "json"))
    by_id = {int(s["id"], 16): s for s in doc["cipher_suites"] + doc["tls_cipher_suites"]}
    for suite_id, name in EXPECTED.items():
        assert by_id[suite_id]["name"] == name
        assert by_id[suite_id]["id"] == f"0x{suite_id:04x}"
        # the TLS 1.3 SM suites are listed in the TLS section, without a "tlcp" column
        assert by_id[suite_id].get("tlcp", False) is (suite_id not in (0x00C6, 0x00C7))
    ecc = by_id[0xE013]
    assert (ecc["key_exchange"], ecc["cipher"], ecc["mode"], ecc["mac"]) == ("ECC", "SM4", "CBC",
                                                                             "SM3")
    assert by_id[0xE05A]["prf"] == "SHA256" and by_id[0xE053]["tag_length"] == 16
    kx = {row["key_exchange"]: row for row in doc["key_exchange_certificates"]}
    assert kx["ECC"]["certificate_key_type"] == "SM2"
    assert kx["ECDHE"]["client_certificates"] == ["sign", "enc"]
    assert kx["RSA"]["certificate_key_type"] == "RSA"
    assert kx["IBC"]["certificate_key_type"] == "SM9"


def test_markdown_and_csv() -> None:
    md = run("tables")
    assert "| 0xe013 | ECC_SM4_CBC_SM3" in md and "## Key exchange and certificate key types" in md
    csv_text = run("tables", "--format", "csv")
    assert "0xe01c,RSA_SM4_CBC_SHA256,RSA" in csv_text


def test_docs_copy_is_current() -> None:
    assert (ROOT / "docs" / "cipher-suites.md").read_text() == run("tables", "--format", "md")


def test_capture_inventory() -> None:
    two = next(c for c in CAPTURES if c.name.endswith("two_suites_offered"))
    doc = json.loads(run("tables", "--capture", str(two.path), "--format", "json"))
    rows = {r["id"]: r for r in doc["suite_inventory"]}
    assert rows["0xe013"]["offered"] == 1 and rows["0xe013"]["negotiated"] == 1
    assert rows["0xe053"]["offered"] == 1 and rows["0xe053"]["negotiated"] == 0
    assert rows["0xe013"]["server"] == "127.0.0.1:24449"
