"""TLS 1.2 and TLS 1.3 of OpenSSL 3.0 (pcaps/openssl/, MANIFEST.md): the TLS that runs beside
TLCP, decoded, verified and decrypted, with a key log and with the server's RSA key, and the
plaintext compared byte for byte with what each end sent and with what Wireshark decrypts."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import PCAPS
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tlcp_decode.cli import main

OPENSSL = PCAPS / "openssl"
PKI = OPENSSL / "pki"


@dataclass(frozen=True)
class Expected:
    version: str  # tlcp.version
    suite: str  # IANA name
    group: str | None  # the key exchange group (None: RSA key transport)
    scheme: str | None  # the server's signature scheme (None: none is sent)
    connections: int = 1
    client_auth: bool = False  # the server asked for, and got, a client certificate


CASES = {
    "tls12_ecdhe_rsa_aes128_gcm": Expected("0x0303", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                                           "x25519", "rsa_pss_rsae_sha256"),
    "tls12_ecdhe_rsa_aes256_cbc_sha384": Expected(
        "0x0303", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "x25519", "rsa_pss_rsae_sha256"),
    "tls12_ecdhe_rsa_aes128_cbc_no_etm": Expected(
        "0x0303", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "x25519", "rsa_pss_rsae_sha256"),
    "tls12_ecdhe_ecdsa_chacha20": Expected(
        "0x0303", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "x25519",
        "ecdsa_secp256r1_sha256"),
    "tls12_rsa_aes128_gcm_resumed": Expected("0x0303", "TLS_RSA_WITH_AES_128_GCM_SHA256", None,
                                             None, connections=2),
    "tls13_aes128_ccm": Expected("0x0304", "TLS_AES_128_CCM_SHA256", "x25519",
                                 "rsa_pss_rsae_sha256"),
    "tls13_chacha20": Expected("0x0304", "TLS_CHACHA20_POLY1305_SHA256", "x25519",
                               "rsa_pss_rsae_sha256"),
    "tls13_aes256_gcm_hrr": Expected("0x0304", "TLS_AES_256_GCM_SHA384", "secp256r1",
                                     "rsa_pss_rsae_sha256"),
    "tls12_ecdhe_rsa_client_auth": Expected(
        "0x0303", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "x25519", "rsa_pss_rsae_sha256",
        client_auth=True),
    "tls12_session_id_resumed": Expected("0x0303", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                                         "x25519", "rsa_pss_rsae_sha256", connections=2),
    "tls13_client_auth": Expected("0x0304", "TLS_AES_256_GCM_SHA384", "x25519",
                                  "rsa_pss_rsae_sha256", client_auth=True),
    "tls13_psk_resumed": Expected("0x0304", "TLS_AES_256_GCM_SHA384", "x25519",
                                  "rsa_pss_rsae_sha256", connections=2),
}


def decoded_objects(*argv: str) -> list[dict[str, Any]]:
    """Every JSON object of a --json run (flows, servers, the summary)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*argv, "--json", "--jobs", "1"]) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def decode(*argv: str) -> list[dict[str, Any]]:
    return [o["tlcp"] for o in decoded_objects(*argv) if o["type"] == "flow"]


def sent(name: str, direction: str) -> bytes:
    """What the client (c2s) or the server (s2c) wrote, all connections in order."""
    return (OPENSSL / "plaintext" / f"{name}.{direction}.bin").read_bytes()


def dumped(folder: Path, connections: int, direction: str) -> bytes:
    return b"".join((folder / f"{index}-{direction}.bin").read_bytes()
                    for index in range(1, connections + 1))


@pytest.mark.parametrize("name", sorted(CASES))
def test_decodes_verifies_and_decrypts_with_the_key_log(name: str, tmp_path: Path) -> None:
    want = CASES[name]
    connections = decode(str(OPENSSL / f"{name}.pcapng"), "--keylog",
                         str(OPENSSL / f"{name}.keylog"), "--dump-plaintext", str(tmp_path))
    assert len(connections) == want.connections
    for index, conn in enumerate(connections):
        assert conn["version"] == want.version
        assert conn["protocol"] == ("TLS 1.3" if want.version == "0x0304" else "TLS 1.2")
        assert conn["cipher_suite"]["name"] == want.suite
        if index == 0:  # a resumed TLS 1.2 handshake repeats neither group nor signature
            assert (conn["group"] or {}).get("name") == want.group
            assert (conn["signature_scheme"] or {}).get("name") == want.scheme
        assert conn["handshake_complete"] is True
        assert conn["resumed"] is (index > 0)
        assert conn["resumed_from"] == (1 if index > 0 else None)
        server, client = conn["certificates"]["server"], conn["certificates"]["client"]
        if index == 0:  # TLS: the end-entity certificate first, then CA certificates
            assert [c["role"] for c in server][:1] == ["single"]
            assert all(c["role"] == "ca" for c in server[1:])
        assert bool(client) is (want.client_auth and index == 0)
        checks = {c["name"]: c for c in conn["checks"]}
        # not ShangMi, and said so; every other check passes
        assert [n for n, c in checks.items() if not c["ok"]] == ["sm_algorithms_only"]
        decryption = conn["decryption"]
        assert decryption["status"] == "decrypted" and decryption["records_failed"] == 0
        assert decryption["finished_verified"] == {"client": True, "server": True}
        if want.client_auth:  # the client's signature verified: TLS 1.2's and 1.3's forms
            name_of_check = ("client_certificate_verify" if want.version == "0x0304"
                             else "certificate_verify_signature")
            assert checks[name_of_check]["ok"] is True
    for direction in ("c2s", "s2c"):
        assert dumped(tmp_path, want.connections, direction) == sent(name, direction)


def test_hello_retry_request_is_recognised() -> None:
    (conn,) = decode(str(OPENSSL / "tls13_aes256_gcm_hrr.pcapng"), "--keylog",
                     str(OPENSSL / "tls13_aes256_gcm_hrr.keylog"))
    assert conn["hello_retry_request"] is True
    assert conn["tls"]["retry_group"]["name"] == "secp256r1"  # the client's x25519 share refused
    types = [m["type"] for m in conn["handshake"]]
    assert types.count("client_hello") == 2
    assert types[types.index("client_hello") + 1] == "hello_retry_request"


def test_tls12_rsa_key_transport_with_the_server_key_and_extended_master_secret(
        tmp_path: Path) -> None:
    """No key log: the pre-master opened with the server's RSA key (it starts with the
    ClientHello's version 0x0303, not TLCP's 0x0101), the master secret derived with RFC 7627's
    session hash (OpenSSL agrees extended_master_secret), and the resumed connection decrypted
    with the first one's master secret, found by the session ticket."""
    name = "tls12_rsa_aes128_gcm_resumed"
    first, resumed = decode(str(OPENSSL / f"{name}.pcapng"), "--key",
                            str(PKI / "server-rsa.key"), "--dump-plaintext", str(tmp_path))
    assert first["decryption"]["key_source"] == "server_key"
    assert resumed["decryption"]["key_source"] == "resumed_session"
    assert resumed["resumed_from"] == 1
    for conn in (first, resumed):
        assert conn["decryption"]["status"] == "decrypted"
        assert conn["decryption"]["finished_verified"] == {"client": True, "server": True}
    for direction in ("c2s", "s2c"):
        assert dumped(tmp_path, 2, direction) == sent(name, direction)


def test_an_rsa_key_of_another_certificate_is_not_tried(tmp_path: Path) -> None:
    """TLS encrypts the pre-master to the first certificate's key (TLCP: to the second's)."""
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key = tmp_path / "other-rsa.key"
    key.write_bytes(other.private_bytes(serialization.Encoding.PEM,
                                        serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption()))
    first, _ = decode(str(OPENSSL / "tls12_rsa_aes128_gcm_resumed.pcapng"), "--key", str(key))
    assert first["decryption"]["status"] == "no_key"
    assert first["decryption"]["reason"].startswith("no RSA private key matches the server's")


def test_untrusted_server_certificate_fails_with_the_cause_inferred() -> None:
    (conn,) = decode(str(OPENSSL / "tls13_untrusted_server.pcapng"), "--keylog",
                     str(OPENSSL / "tls13_untrusted_server.keylog"))
    assert conn["handshake_complete"] is False
    (alert,) = conn["alerts"]
    assert (alert["dir"], alert["level"], alert["description"]) == ("c2s", "fatal", "unknown_ca")
    assert "rejected the server's certificate" in alert["likely_cause"]
    checks = {c["name"]: c["ok"] for c in conn["checks"]}
    # what could be checked passed; the client never sent its Finished
    assert checks["server_finished"] is True and checks["server_certificate_verify"] is True
    assert checks["handshake_complete"] is False
    assert conn["decryption"]["finished_verified"] == {"client": None, "server": True}


def test_no_common_suite_fails_with_the_cause_inferred() -> None:
    (conn,) = decode(str(OPENSSL / "tls12_no_common_suite.pcapng"), "--keylog",
                     str(OPENSSL / "tls12_no_common_suite.keylog"))
    assert conn["cipher_suite"] is None and conn["handshake_complete"] is False
    (alert,) = conn["alerts"]
    assert (alert["dir"], alert["description"]) == ("s2c", "handshake_failure")
    assert alert["likely_cause"].startswith("no cipher suite in common")
    assert "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384" in alert["likely_cause"]
    assert [c["name"] for c in conn["checks"] if not c["ok"]] == ["handshake_complete"]


#: captures of a server refusing the ClientHello with a fatal alert, each with another
#: reason: (alert description, the start of the cause inferred, what the cause must not say)
REFUSED = {
    "tls12_server_refuses_tls11": (
        "protocol_version", "the server does not accept the TLS version(s) the client offered "
        "(TLS 1.1)", "TLCP"),
    "tls13_unrecognized_name": (
        "unrecognized_name", "the server does not serve the name the client asked for "
        "(server_name other.example)", "cipher suite"),
    "tls13_no_common_group": (
        "handshake_failure", "no cipher suite in common, or none of the offered key exchange "
        "groups or signature schemes fits the suites in common", "TLCP"),
    "tls11_server_internal_error": (
        "internal_error", "the server failed while answering the ClientHello (internal_error)",
        "cipher suite"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_refused_client_hello_gets_the_cause_its_alert_names(name: str) -> None:
    """The alert's description says why the server refused: a version, a name, a fault of
    its own are not a missing common cipher suite, and a TLS server is not a TLCP one."""
    description, cause, not_said = REFUSED[name]
    (conn,) = decode(str(OPENSSL / f"{name}.pcapng"))
    assert conn["handshake_state"] == "failed" and conn["cipher_suite"] is None
    assert [m["type"] for m in conn["handshake"]] == ["client_hello"]
    (alert,) = conn["alerts"]
    assert (alert["dir"], alert["level"], alert["description"]) == ("s2c", "fatal", description)
    assert alert["likely_cause"].startswith(cause)
    assert not_said not in alert["likely_cause"]


def test_a_refused_cause_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([str(OPENSSL / "tls13_unrecognized_name.pcapng"), "--lang", "zh",
                     "--color", "never"]) == 0
    assert "服务端不提供客户端请求的服务器名称（other.example）" in out.getvalue()


def server_object(name: str) -> dict[str, Any]:
    (server,) = [o for o in decoded_objects(str(OPENSSL / f"{name}.pcapng"))
                 if o["type"] == "server"]
    return server


def test_a_refused_tls13_hello_negotiated_nothing() -> None:
    """The flow's version is the one offered (0x0304), but no ServerHello chose it: the
    per-server rules on the negotiated protocol do not judge the connection."""
    server = server_object("tls13_no_common_group")
    rules = {r["rule"]: r["status"] for r in server["rules"]}
    assert rules["tlcp_protocol"] == "not_checked" and rules["tls13_sm"] == "not_checked"
    assert [f["rule"] for f in server["findings"]] == ["handshakes_complete"]
    assert server["verdict"] == "attention"


def test_a_negotiated_tls13_connection_is_still_judged_as_not_tlcp() -> None:
    server = server_object("tls13_chacha20")
    rules = {r["rule"]: r["status"] for r in server["rules"]}
    assert rules["tlcp_protocol"] == "finding"


def wireshark_follows(name: str, stream: int = 0) -> tuple[int, bytes, bytes]:
    """What tshark decrypts with the capture's key log (-z follow,tls,raw): the port of the
    end it saw decrypted data from first (its node 0), that end's plaintext, the other's."""
    out = subprocess.run(
        ["tshark", "-n", "-r", str(OPENSSL / f"{name}.pcapng"), "-o",
         f"tls.keylog_file:{OPENSSL / f'{name}.keylog'}", "-q", "-z",
         f"follow,tls,raw,{stream}"],
        capture_output=True, text=True, check=True, timeout=120).stdout
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Node 1:")) + 1
    chunks = [line for line in lines[start:] if line.strip() and not line.startswith("=")]
    first = b"".join(bytes.fromhex(line) for line in chunks if not line.startswith("\t"))
    second = b"".join(bytes.fromhex(line.strip()) for line in chunks if line.startswith("\t"))
    return int(lines[start - 2].rsplit(":", 1)[1]), first, second


@pytest.mark.skipif(shutil.which("tshark") is None, reason="needs tshark")
@pytest.mark.parametrize("name", sorted(n for n, e in CASES.items() if e.connections == 1))
def test_wireshark_decrypts_the_same_bytes(name: str) -> None:
    """tshark with the same key log follows the same plaintext (-z follow,tls,raw)."""
    node0_port, first, second = wireshark_follows(name)
    # Node 0 is whichever end Wireshark saw decrypted data from first (the server in TLS 1.3,
    # whose NewSessionTicket comes before the request)
    server_first = node0_port == json.loads((OPENSSL / "cases.json").read_text())[name]["port"]
    c2s, s2c = (second, first) if server_first else (first, second)
    assert (c2s, s2c) == (sent(name, "c2s"), sent(name, "s2c"))


#: renegotiations (pcaps/openssl/MANIFEST.md): what the client wrote, a line before and a line
#: after the second handshake, and the messages of that handshake
RENEGOTIATIONS = {
    "tls12_client_renegotiation": (
        b"hello12\nafter-reneg\n",
        ["client_hello", "server_hello", "certificate", "server_key_exchange",
         "server_hello_done", "client_key_exchange", "change_cipher_spec", "finished",
         "new_session_ticket", "change_cipher_spec", "finished"]),
    "tls12_server_renegotiation": (
        b"hi-before\nhi-after\n",
        ["hello_request", "client_hello", "server_hello", "change_cipher_spec", "finished",
         "change_cipher_spec", "finished"]),
}
_FULL_HANDSHAKE = ["client_hello", "server_hello", "certificate", "server_key_exchange",
                   "server_hello_done", "client_key_exchange", "change_cipher_spec",
                   "finished", "new_session_ticket", "change_cipher_spec", "finished"]


@pytest.mark.parametrize("name", sorted(RENEGOTIATIONS))
def test_a_renegotiation_is_followed_with_its_own_keys(name: str, tmp_path: Path) -> None:
    """The second handshake is read under the first one's keys, its Finished messages are
    verified with its own master secret, and each side's records after its second
    ChangeCipherSpec are opened with the new keys (they were said to be 'the master secret
    does not match' before)."""
    plaintext, second = RENEGOTIATIONS[name]
    (flow,) = [o for o in decoded_objects(str(OPENSSL / f"{name}.pcapng"), "--keylog",
                                          str(OPENSSL / f"{name}.keylog"), "--dump-plaintext",
                                          str(tmp_path)) if o["type"] == "flow"]
    conn = flow["tlcp"]
    assert flow["warnings"] == []
    messages = conn["handshake"]
    assert [m["type"] for m in messages] == _FULL_HANDSHAKE + second
    assert all(m["expected"] for m in messages)
    # the renegotiation's messages are all protected, ChangeCipherSpec included
    assert all(m["encrypted"] for m in messages[len(_FULL_HANDSHAKE):]
               if m["type"] != "change_cipher_spec")
    assert conn["handshake_state"] == "established" and conn["resumed"] is False
    assert conn["renegotiations"] == 1
    decryption = conn["decryption"]
    assert decryption["status"] == "decrypted" and decryption["records_failed"] == 0
    assert decryption["finished_verified"] == {"client": True, "server": True}
    finished = [c for c in conn["checks"] if c["name"].endswith("_finished")]
    assert len(finished) == 4 and all(c["ok"] for c in finished)
    assert (tmp_path / "1-c2s.bin").read_bytes() == plaintext


@pytest.mark.parametrize("name", sorted(RENEGOTIATIONS))
def test_a_renegotiation_without_keys_is_seen_not_flagged(name: str) -> None:
    (conn,) = decode(str(OPENSSL / f"{name}.pcapng"))
    messages = conn["handshake"]
    assert all(m["expected"] for m in messages)
    later = [m["type"] for m in messages[len(_FULL_HANDSHAKE):]]
    assert set(later) == {"encrypted_handshake", "change_cipher_spec"}
    assert later.count("change_cipher_spec") == 2
    assert conn["handshake_state"] == "established"
    assert conn["renegotiations"] == 0  # (not read: see docs/json.md)


@pytest.mark.skipif(shutil.which("tshark") is None, reason="needs tshark")
@pytest.mark.parametrize("name", sorted(RENEGOTIATIONS))
def test_wireshark_decrypts_the_same_bytes_after_a_renegotiation(name: str) -> None:
    # only the client sent data: Wireshark's node 0
    _port, first, second = wireshark_follows(name)
    assert (first, second) == (RENEGOTIATIONS[name][0], b"")


def _decoded_flows(*argv: str) -> list[dict[str, Any]]:
    return [o for o in decoded_objects(*argv) if o["type"] == "flow"]


def test_early_data_is_decrypted_and_the_client_finished_verified(tmp_path: Path) -> None:
    """0-RTT (RFC 8446 4.2.10): the early data, sent before the ServerHello names the suite,
    is opened with CLIENT_EARLY_TRAFFIC_SECRET, and the EndOfEarlyData under it enters the
    transcript, so the client's Finished verifies (it was a false 'does NOT match')."""
    first, second = _decoded_flows(
        str(OPENSSL / "tls13_early_data.pcapng"), "--keylog",
        str(OPENSSL / "tls13_early_data.keylog"), "--dump-plaintext", str(tmp_path))
    assert first["warnings"] == [] and second["warnings"] == []
    conn = second["tlcp"]
    assert conn["tls"]["early_data"] == {"offered": True, "accepted": True}
    types = [m["type"] for m in conn["handshake"]]
    # the client's compatibility ChangeCipherSpec right after its ClientHello (RFC 8446 D.4)
    assert types[:2] == ["client_hello", "change_cipher_spec"]
    assert types[types.index("end_of_early_data") + 1] == "finished"
    assert all(m["expected"] for m in conn["handshake"])
    decryption = conn["decryption"]
    assert decryption["status"] == "decrypted"
    assert decryption["finished_verified"] == {"client": True, "server": True}
    assert "CLIENT_EARLY_TRAFFIC_SECRET" in decryption["secrets"]
    assert [c["name"] for c in conn["checks"] if not c["ok"]] == ["sm_algorithms_only"]
    assert (tmp_path / "2-c2s.bin").read_bytes() == b"early-data-here\nafter-early\n"


def test_early_data_without_its_secret_leaves_the_client_finished_unjudged(
        tmp_path: Path) -> None:
    keylog = tmp_path / "no-early.keylog"
    keylog.write_text("".join(
        line for line in (OPENSSL / "tls13_early_data.keylog").read_text().splitlines(True)
        if not line.startswith(("CLIENT_EARLY_TRAFFIC_SECRET", "EARLY_EXPORTER_SECRET"))))
    _first, second = _decoded_flows(str(OPENSSL / "tls13_early_data.pcapng"), "--keylog",
                                    str(keylog))
    conn = second["tlcp"]
    decryption = conn["decryption"]
    assert decryption["finished_verified"] == {"client": None, "server": True}
    assert any("EndOfEarlyData" in text for text in decryption["unverified"])
    assert decryption["status"] == "partial"  # the early records were not opened
    assert "client_finished" not in {c["name"] for c in conn["checks"]}
    assert [c["name"] for c in conn["checks"] if not c["ok"]] == ["sm_algorithms_only"]


def test_rejected_early_data(tmp_path: Path) -> None:
    _first, second = _decoded_flows(
        str(OPENSSL / "tls13_early_data_rejected.pcapng"), "--keylog",
        str(OPENSSL / "tls13_early_data_rejected.keylog"))
    conn = second["tlcp"]
    assert second["warnings"] == []
    assert conn["tls"]["early_data"] == {"offered": True, "accepted": False}
    assert "end_of_early_data" not in [m["type"] for m in conn["handshake"]]
    assert conn["decryption"]["finished_verified"] == {"client": True, "server": True}


@pytest.mark.parametrize("name", ["tls13_early_data", "tls13_early_data_rejected"])
def test_early_data_without_keys_is_not_flagged(name: str) -> None:
    for flow in _decoded_flows(str(OPENSSL / f"{name}.pcapng")):
        assert flow["warnings"] == []
        assert all(m["expected"] for m in flow["tlcp"]["handshake"])


@pytest.mark.skipif(shutil.which("tshark") is None, reason="needs tshark")
def test_wireshark_decrypts_the_same_early_data(tmp_path: Path) -> None:
    _decoded_flows(str(OPENSSL / "tls13_early_data.pcapng"), "--keylog",
                   str(OPENSSL / "tls13_early_data.keylog"), "--dump-plaintext",
                   str(tmp_path))
    # only the client sent data: Wireshark's node 0
    _port, first, second = wireshark_follows("tls13_early_data", 1)
    assert (first, second) == ((tmp_path / "2-c2s.bin").read_bytes(), b"")


def test_key_updates_and_a_refused_renegotiation(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """OpenSSL's key log after a KeyUpdate (CLIENT_TRAFFIC_SECRET_N lines) is read without a
    warning, and the records after each update are opened with the next secrets; a
    renegotiation the server refuses changes no keys (its alerts are read with the first
    handshake's, and decryption stays 'decrypted')."""
    first, second = _decoded_flows(
        str(OPENSSL / "tls13_key_update.pcapng"), "--keylog",
        str(OPENSSL / "tls13_key_update.keylog"), "--dump-plaintext", str(tmp_path))
    assert "not understood" not in capsys.readouterr().err
    decryption = first["tlcp"]["decryption"]
    assert decryption["status"] == "decrypted" and decryption["key_updates"] == 2
    assert (tmp_path / "1-c2s.bin").read_bytes() == b"hello\nafter-keyupdate\nafter-K\n"
    conn = second["tlcp"]
    assert conn["decryption"]["status"] == "decrypted"
    assert conn["decryption"]["finished_verified"] == {"client": True, "server": True}
    assert [(a["level"], a["description"]) for a in conn["alerts"]] == [
        ("warning", "no_renegotiation"), ("fatal", "handshake_failure")]
    assert second["warnings"] == []
    assert (tmp_path / "2-c2s.bin").read_bytes() == b"hello12\n"


def test_a_refused_renegotiation_leaves_the_handshake_established() -> None:
    """tls13_key_update's TLS 1.2 connection: its handshake completed and carried data; the
    client's renegotiation was refused (warning no_renegotiation) and the client ended the
    connection with a fatal handshake_failure. The connection's handshake is not 'failed'."""
    flows = decode(str(OPENSSL / "tls13_key_update.pcapng"), "--keylog",
                   str(OPENSSL / "tls13_key_update.keylog"))
    tls12 = flows[-1]
    assert tls12["handshake_state"] == "established" and tls12["handshake_complete"]
    complete = next(c for c in tls12["checks"] if c["name"] == "handshake_complete")
    assert complete["ok"] and "a renegotiation begun after it ended with a fatal alert" in (
        complete["detail"])
    fatal = next(a for a in tls12["alerts"] if a["level"] == "fatal")
    assert fatal["likely_cause"].startswith(
        "the server refused the renegotiation the client asked for (a warning no_renegotiation)")


def test_a_failed_renegotiation_does_not_share_the_checks_of_a_connection_without(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks are kept per set of facts, which do not hold a failed renegotiation: the
    same connection with its machine's flag cleared first fills the table, then the one whose
    renegotiation failed must still get its own handshake_complete detail."""
    from tlcp_decode.session import build, checks

    details: list[tuple[str, str]] = []
    session = build.session

    def compare(a: Any) -> Any:
        if a.machine.renegotiation_failed:
            a.machine.renegotiation_failed = False
            without = {c.name: c for c in checks.run_all(a)}["handshake_complete"]
            a.machine.renegotiation_failed = True
            failed = {c.name: c for c in checks.run_all(a)}["handshake_complete"]
            details.append((str(without.detail), str(failed.detail)))
        return session(a)

    monkeypatch.setattr(build, "session", compare)
    import tlcp_decode

    list(tlcp_decode.decode(OPENSSL / "tls13_key_update.pcapng",
                            keylog=OPENSSL / "tls13_key_update.keylog"))
    ((without, failed),) = details
    assert without == "handshake state: established"
    assert "a renegotiation begun after it ended with a fatal alert" in failed
