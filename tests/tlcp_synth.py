"""Synthetic TLCP handshakes for the cases no real capture shows.

Certificates come from ``cryptography`` (RSA: cryptography cannot make SM2 certificates),
every handshake message is written with the decoder's own construct schemas, the records are
protected with the decoder's record code, and TCP comes from ``tcp_synth.Conv``. The result is
a capture file plus the NSS key log line that decrypts it, so the whole decoder runs on it.

The default handshake is RSA_SM4_CBC_SM3 (0xE019) with client authentication, signed the way
Tongsuo 8.5 signs (ssl/statem_ntls/ntls_statem_lib.c): ServerKeyExchange with PKCS#1 v1.5
SHA-256 over ``client_random || server_random || uint24 length || encryption certificate``;
CertificateVerify with PKCS#1 v1.5 SHA-256 over SHA-256(handshake messages), i.e. the
handshake hash is hashed once more by the signature.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID
from tcp_synth import Conv, write_capture

from tlcp_decode import crypto, registry
from tlcp_decode.schema import HandshakeBody, HandshakeHeader

SUITE_ID = 0xE019  # RSA_SM4_CBC_SM3
TLCP = 0x0101
CONNECTION_TIME = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)

_KEYS: dict[str, rsa.RSAPrivateKey] = {}


def rsa_key(name: str, bits: int = 2048) -> rsa.RSAPrivateKey:
    """One key per name for the whole test run (key generation is the slow part)."""
    if name not in _KEYS:
        _KEYS[name] = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return _KEYS[name]


@dataclass
class CertSpec:
    """What a synthetic certificate says; ``None`` leaves an extension out."""

    cn: str
    key: str
    issuer: str | None = None  # name of the issuing CertSpec's key; None: self-signed
    not_before: dt.datetime = CONNECTION_TIME - dt.timedelta(days=365)
    not_after: dt.datetime = CONNECTION_TIME + dt.timedelta(days=365)
    ca: bool | None = False
    path_length: int | None = None
    key_usage: set[str] | None = field(default_factory=lambda: {"digital_signature"})
    organization: str = "TLCP Synth"


_USAGE_FLAGS = ("digital_signature", "content_commitment", "key_encipherment",
                "data_encipherment", "key_agreement", "key_cert_sign", "crl_sign")


def make_certificate(spec: CertSpec, issuer: CertSpec | None = None) -> bytes:
    """DER of the certificate ``spec`` describes, signed by ``issuer``'s key (sha256WithRSA)."""
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, spec.cn),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, spec.organization)])
    signer = issuer or spec
    issuer_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, signer.cn),
                             x509.NameAttribute(NameOID.ORGANIZATION_NAME, signer.organization)])
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name)
               .public_key(rsa_key(spec.key).public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(spec.not_before).not_valid_after(spec.not_after))
    if spec.ca is not None:
        builder = builder.add_extension(
            x509.BasicConstraints(ca=spec.ca, path_length=spec.path_length if spec.ca else None),
            critical=True)
    if spec.key_usage is not None:
        flags = {name: name in spec.key_usage for name in _USAGE_FLAGS}
        builder = builder.add_extension(
            x509.KeyUsage(**flags, encipher_only=False, decipher_only=False), critical=True)
    cert = builder.sign(rsa_key(signer.key), hashes.SHA256())
    return cert.public_bytes(serialization.Encoding.DER)


def key_pem(name: str) -> bytes:
    return rsa_key(name).private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption())


def cert_pem(der: bytes) -> bytes:
    return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)


def standard_pki(**changes: CertSpec) -> dict[str, CertSpec]:
    """Root CA -> sub CA -> server sign/enc and client sign/enc; ``changes`` replace entries."""
    specs = {
        "root": CertSpec("Synth Root CA", "root", ca=True, path_length=1,
                         key_usage={"key_cert_sign", "crl_sign"}),
        "sub": CertSpec("Synth Sub CA", "sub", issuer="root", ca=True, path_length=0,
                        key_usage={"key_cert_sign", "crl_sign"}),
        "server_sign": CertSpec("server.synth.test", "server_sign", issuer="sub"),
        "server_enc": CertSpec("server.synth.test", "server_enc", issuer="sub",
                               key_usage={"key_encipherment", "data_encipherment"}),
        "client_sign": CertSpec("client.synth.test", "client_sign", issuer="sub"),
        "client_enc": CertSpec("client.synth.test", "client_enc", issuer="sub",
                               key_usage={"key_encipherment", "data_encipherment"}),
    }
    specs.update(changes)
    return specs


def issue_all(specs: dict[str, CertSpec]) -> dict[str, bytes]:
    """DER of every certificate, each signed by the spec whose key its ``issuer`` names."""
    by_key = {spec.key: spec for spec in specs.values()}
    return {name: make_certificate(spec, by_key[spec.issuer] if spec.issuer else None)
            for name, spec in specs.items()}


def handshake(msg_type: str, body: dict[str, object], kx: str | None = "RSA") -> bytes:
    encoded = HandshakeBody.build(body, msg_type=msg_type, key_exchange=kx)
    return HandshakeHeader.build({"msg_type": msg_type, "length": len(encoded)}) + encoded


def record(content_type: int, payload: bytes) -> bytes:
    return bytes([content_type]) + TLCP.to_bytes(2, "big") + len(payload).to_bytes(2, "big") + payload


def _random(seed: int) -> dict[str, object]:
    return {"gmt_unix_time": seed, "random_bytes": bytes([seed % 256]) * 28}


def tongsuo_certificate_verify(key: rsa.RSAPrivateKey, transcript: bytes) -> bytes:
    """Tongsuo's RSA CertificateVerify: SHA-256 of the transcript, signed with SHA-256."""
    digest = hashes.Hash(hashes.SHA256())
    digest.update(transcript)
    return key.sign(digest.finalize(), padding.PKCS1v15(), hashes.SHA256())


@dataclass
class Synthetic:
    capture: Path
    keylog: Path
    certificates: dict[str, bytes]


def rsa_client_auth_capture(
    directory: Path,
    name: str = "rsa_client_auth",
    specs: dict[str, CertSpec] | None = None,
    server_chain: tuple[str, ...] = ("server_sign", "server_enc", "sub"),
    client_chain: tuple[str, ...] = ("client_sign", "client_enc", "sub"),
    sign_certificate_verify: Callable[[rsa.RSAPrivateKey, bytes], bytes] =
    tongsuo_certificate_verify,
    when: dt.datetime = CONNECTION_TIME,
) -> Synthetic:
    """A full RSA_SM4_CBC_SM3 handshake with client authentication, application data each way,
    close_notify and FIN, written as ``directory/name.pcap`` with its key log."""
    specs = specs or standard_pki()
    certs = issue_all(specs)
    suite = registry.lookup(SUITE_ID)
    assert suite is not None
    client_random_d, server_random_d = _random(1), _random(2)
    client_random = (1).to_bytes(4, "big") + bytes([1]) * 28
    server_random = (2).to_bytes(4, "big") + bytes([2]) * 28
    client_hello = handshake("client_hello", {
        "client_version": TLCP, "random": client_random_d, "session_id": b"",
        "cipher_suites": [SUITE_ID], "compression_methods": [0], "extensions": None})
    server_hello = handshake("server_hello", {
        "server_version": TLCP, "random": server_random_d, "session_id": bytes(range(32)),
        "cipher_suite": SUITE_ID, "compression_method": 0, "extensions": None})
    server_certificate = handshake("certificate", {
        "certificate_list": [certs[n] for n in server_chain]})
    enc_cert = certs[server_chain[1]]
    signed = client_random + server_random + len(enc_cert).to_bytes(3, "big") + enc_cert
    ske_signature = rsa_key(specs[server_chain[0]].key).sign(signed, padding.PKCS1v15(),
                                                              hashes.SHA256())
    server_key_exchange = handshake("server_key_exchange", {"signature": ske_signature})
    certificate_request = handshake("certificate_request", {
        "certificate_types": [1], "certificate_authorities": []})
    server_hello_done = handshake("server_hello_done", {})
    client_certificate = handshake("certificate", {
        "certificate_list": [certs[n] for n in client_chain]})
    premaster = TLCP.to_bytes(2, "big") + os.urandom(46)
    server_enc_key = rsa_key(specs[server_chain[1]].key)
    encrypted = server_enc_key.public_key().encrypt(premaster, padding.PKCS1v15())
    client_key_exchange = handshake("client_key_exchange", {"encrypted_pre_master": encrypted})
    transcript = (client_hello + server_hello + server_certificate + server_key_exchange
                  + certificate_request + server_hello_done + client_certificate
                  + client_key_exchange)
    cv_signature = sign_certificate_verify(rsa_key(specs[client_chain[0]].key), transcript)
    certificate_verify = handshake("certificate_verify", {"signature": cv_signature})
    transcript += certificate_verify
    master = crypto.master_secret(premaster, client_random, server_random, suite.prf_hash)
    c2s, s2c = crypto.connection_decryptors(suite, master, client_random, server_random)
    client_finished = handshake("finished", {"verify_data": crypto.finished_verify_data(
        master, "client finished", transcript, suite.prf_hash)})
    transcript += client_finished
    server_finished = handshake("finished", {"verify_data": crypto.finished_verify_data(
        master, "server finished", transcript, suite.prf_hash)})

    conv = Conv(client=("10.9.0.1", 41000), server=("10.9.0.2", 443),
                ts=when.timestamp())
    conv.handshake()
    conv.c(record(22, client_hello))
    conv.s(record(22, server_hello + server_certificate + server_key_exchange
                  + certificate_request + server_hello_done))
    conv.c(record(22, client_certificate + client_key_exchange + certificate_verify)
           + record(20, b"\x01")
           + record(22, c2s.encrypt(22, TLCP, 0, client_finished)))
    conv.s(record(20, b"\x01") + record(22, s2c.encrypt(22, TLCP, 0, server_finished)))
    conv.c(record(23, c2s.encrypt(23, TLCP, 1, b"GET / HTTP/1.0\r\n\r\n")))
    conv.s(record(23, s2c.encrypt(23, TLCP, 1, b"HTTP/1.0 200 OK\r\n\r\nhello")))
    conv.c(record(21, c2s.encrypt(21, TLCP, 2, b"\x01\x00")))
    conv.fin(True)
    conv.s(record(21, s2c.encrypt(21, TLCP, 2, b"\x01\x00")))
    conv.fin(False)
    conv.ack(True)
    directory.mkdir(parents=True, exist_ok=True)
    capture = write_capture(directory / f"{name}.pcap", conv.packets)
    keylog = directory / f"{name}.keylog"
    keylog.write_text(f"CLIENT_RANDOM {client_random.hex()} {master.hex()}\n")
    return Synthetic(capture, keylog, certs)
