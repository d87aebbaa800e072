"""GnuTLS 3.7 with itself and with OpenSSL 3.0 (pcaps/gnutls/, MANIFEST.md): a second TLS
implementation's record order and defaults, decoded without a wrong verdict."""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest
from conftest import PCAPS

from tlcp_decode.cli import main

GNUTLS = PCAPS / "gnutls"
CA = PCAPS / "openssl-cli" / "pki" / "ca.pem"
CAPTURES = sorted(p.stem for p in GNUTLS.glob("*.pcapng"))
ECHOED = {"gnutls_server_tls13", "gnutls_server_tls12", "gnutls_both_client_auth",
          "gnutls_resume_tls13", "gnutls_resume_tls12", "gnutls_rehandshake_tls12",
          "gnutls_key_update_tls13"}
#: what each side sent where it is not hello\n (and its echo)
SENT = {"gnutls_post_handshake_auth": (b"hello\nafter\n", b"server-line\n")}


def flows(name: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([str(GNUTLS / f"{name}.pcapng"), "--keylog", str(GNUTLS / f"{name}.keylog"),
                     "--ca", str(CA), "--json", "--jobs", "1"]) == 0
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    return [o["tlcp"] for o in objects if o["type"] == "flow"]


def test_the_folder_holds_every_case() -> None:
    assert len(CAPTURES) == 11


@pytest.mark.parametrize("name", CAPTURES)
def test_no_wrong_verdict(name: str) -> None:
    """Every message where the handshake tables allow it, every check but the ShangMi one
    passed (these are not SM suites), both Finished verified, the data decrypted."""
    for flow in flows(name):
        assert all(m["expected"] for m in flow["handshake"]), name
        assert flow["handshake_complete"]
        failed = [c["name"] for c in flow["checks"] if not c["ok"]]
        assert failed == ["sm_algorithms_only"], failed
        assert flow["decryption"]["status"] == "decrypted"
        assert flow["decryption"]["finished_verified"] == {"client": True, "server": True}


@pytest.mark.parametrize("name", CAPTURES)
def test_the_data_decrypted(name: str) -> None:
    last = flows(name)[-1]  # (the resumed connection, where there are two)
    c2s, s2c = SENT.get(name, (b"hello\n", b"hello\n" if name in ECHOED else b""))
    assert last["decryption"]["c2s_plaintext_bytes"] == len(c2s)
    assert last["decryption"]["s2c_plaintext_bytes"] == len(s2c)


@pytest.mark.parametrize("name", ["gnutls_resume_tls13", "gnutls_resume_tls12"])
def test_resumption_is_linked(name: str) -> None:
    first, second = flows(name)
    assert not first["resumed"] and second["resumed"]
    assert second["resumed_from"] == 1


def test_the_client_change_cipher_spec_before_the_server_flight() -> None:
    """GnuTLS sends its middlebox ChangeCipherSpec on the ServerHello: in the capture it comes
    before the server's EncryptedExtensions (RFC 8446 D.4 allows it), not 'unexpected'."""
    flow = flows("gnutls_resume_tls13")[0]
    order = [(m["dir"], m["type"]) for m in flow["handshake"]]
    assert order.index(("c2s", "change_cipher_spec")) < order.index(
        ("s2c", "encrypted_extensions"))


def test_an_optional_client_certificate_not_sent() -> None:
    """TLS 1.2: an empty Certificate answers the CertificateRequest and the server goes on
    (RFC 5246 7.4.6): no failed client_certificate_sent."""
    (flow,) = flows("gnutls_server_tls12")
    assert ("s2c", "certificate_request") in [(m["dir"], m["type"]) for m in flow["handshake"]]
    assert not flow["certificates"].get("client")
    assert "client_certificate_sent" not in {c["name"] for c in flow["checks"]}


def test_renegotiation_and_key_updates() -> None:
    (renegotiated,) = flows("gnutls_rehandshake_tls12")
    assert [m["type"] for m in renegotiated["handshake"]].count("client_hello") == 2
    (updated,) = flows("gnutls_key_update_tls13")
    assert updated["decryption"]["key_updates"] == 2


def test_post_handshake_authentication_of_a_gnutls_client() -> None:
    """GnuTLS answers OpenSSL's post-handshake CertificateRequest in two records: its
    CertificateVerify and Finished are checked against the exchange's transcript."""
    (flow,) = flows("gnutls_post_handshake_auth")
    found = {c["name"]: c["ok"] for c in flow["checks"]}
    assert found["client_post_handshake_certificate_verify"]
    assert found["client_post_handshake_finished"]
