"""How the captures in this folder were made (kept for provenance; not run by the tests).

Real TLS 1.2 and TLS 1.3 traffic of OpenSSL (the system's libssl, driven by Python's ``ssl``
module) on loopback, captured with dumpcap: the TLS that runs beside TLCP on the same gateways,
with the suites RFC 8998's SM suites are compared with. Each server and client is its own
process with its own OPENSSL_CONF, which is how the cipher suites, groups and options Python's
``ssl`` cannot set are chosen (``Ciphersuites``, ``Groups``, ``Options``). Both ends write an
NSS key log; the exact bytes each side sent are written to ``plaintext/``.

    sudo python3 make_captures.py [NAME...]   # dumpcap on loopback needs the capture privilege
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PKI = HERE / "pki"

#: name -> options: version, ciphers (TLS 1.2 list), ciphersuites / server_groups /
#: client_groups / options (OPENSSL_CONF), resume (a second connection resuming the first's
#: session), reject (the client does not trust the server: a failed handshake), client_auth
#: (the server asks for and verifies a client certificate), key (the server's key kind);
#: for the handshakes a server refuses: client_version / client_ciphers (the client's own,
#: when they differ from the server's), server_name (the name the client asks for; the server
#: serves localhost only and refuses another name with unrecognized_name)
CASES: dict[str, dict[str, object]] = {
    "tls12_ecdhe_rsa_aes128_gcm": {"version": "1.2", "ciphers": "ECDHE-RSA-AES128-GCM-SHA256"},
    "tls12_ecdhe_rsa_aes256_cbc_sha384": {"version": "1.2",
                                          "ciphers": "ECDHE-RSA-AES256-SHA384"},
    "tls12_ecdhe_rsa_aes128_cbc_no_etm": {"version": "1.2", "ciphers": "ECDHE-RSA-AES128-SHA",
                                          "options": "-EncryptThenMac"},
    "tls12_ecdhe_ecdsa_chacha20": {"version": "1.2", "key": "ecdsa",
                                   "ciphers": "ECDHE-ECDSA-CHACHA20-POLY1305"},
    "tls12_rsa_aes128_gcm_resumed": {"version": "1.2", "ciphers": "AES128-GCM-SHA256",
                                     "resume": True},
    "tls13_aes128_ccm": {"version": "1.3", "ciphersuites": "TLS_AES_128_CCM_SHA256"},
    "tls13_chacha20": {"version": "1.3", "ciphersuites": "TLS_CHACHA20_POLY1305_SHA256"},
    "tls13_aes256_gcm_hrr": {"version": "1.3", "ciphersuites": "TLS_AES_256_GCM_SHA384",
                             "server_groups": "P-256", "client_groups": "X25519:P-256"},
    "tls13_untrusted_server": {"version": "1.3", "reject": True},
    "tls12_ecdhe_rsa_client_auth": {"version": "1.2", "ciphers": "ECDHE-RSA-AES128-GCM-SHA256",
                                    "client_auth": True},
    # the client offers only a DHE suite; the server has no DH parameters: handshake_failure
    "tls12_no_common_suite": {"version": "1.2", "ciphers": "DHE-RSA-AES256-GCM-SHA384"},
    "tls12_session_id_resumed": {"version": "1.2", "ciphers": "ECDHE-RSA-AES128-GCM-SHA256",
                                 "options": "-SessionTicket", "resume": True},
    "tls13_client_auth": {"version": "1.3", "client_auth": True},
    "tls13_psk_resumed": {"version": "1.3", "resume": True},
    # handshakes the server refuses right after the ClientHello, each with another alert
    # a TLS 1.1 client at a TLS 1.2-only server: protocol_version
    "tls12_server_refuses_tls11": {"version": "1.2", "client_version": "1.1",
                                   "client_ciphers": "DEFAULT:@SECLEVEL=0"},
    # the client asks for a name the server does not serve: unrecognized_name
    "tls13_unrecognized_name": {"version": "1.3", "server_name": "other.example"},
    # no key exchange group in common (the suites are): handshake_failure
    "tls13_no_common_group": {"version": "1.3", "server_groups": "P-521",
                              "client_groups": "X25519"},
    # TLS 1.1 is allowed, but at the server's security level no signature algorithm is usable
    # with TLS 1.1 (SHA-1): OpenSSL answers internal_error
    "tls11_server_internal_error": {"version": "1.1-1.2", "ciphers": "DEFAULT",
                                    "client_version": "1.1",
                                    "client_ciphers": "DEFAULT:@SECLEVEL=0"},
}


def conf_file(folder: Path, name: str, ciphersuites: str | None, groups: str | None,
              options: str | None) -> Path:
    lines = ["openssl_conf = init", "[init]", "ssl_conf = ssl", "[ssl]", "system_default = sys",
             "[sys]"]
    if ciphersuites:
        lines.append(f"Ciphersuites = {ciphersuites}")
    if groups:
        lines.append(f"Groups = {groups}")
    if options:
        lines.append(f"Options = {options}")
    path = folder / f"{name}.cnf"
    path.write_text("\n".join(lines) + "\n")
    return path


def make_pki() -> None:
    """A CA, an RSA and an ECDSA P-256 server certificate for localhost."""
    if (PKI / "client-ecdsa.pem").exists():
        return
    PKI.mkdir(exist_ok=True)

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, cwd=PKI, capture_output=True)

    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650", "-subj",
        "/C=CN/O=tlcp-decode test/CN=OpenSSL test CA")
    for name, keyopts, usage in (
            ("server-rsa", ["-newkey", "rsa:2048"], "serverAuth"),
            ("server-ecdsa", ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"],
             "serverAuth"),
            ("client-ecdsa", ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"],
             "clientAuth")):
        subject = "localhost" if name.startswith("server") else "test client"
        run("req", *keyopts, "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.csr",
            "-subj", f"/C=CN/O=tlcp-decode test/CN={subject} ({name.split('-')[1]})")
        (PKI / "ext.cnf").write_text("subjectAltName=DNS:localhost\n"
                                     "keyUsage=digitalSignature,keyEncipherment\n"
                                     f"extendedKeyUsage={usage}\n")
        run("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", f"{name}.pem", "-days", "3650", "-extfile", "ext.cnf")
        (PKI / f"{name}.csr").unlink()
    for leftover in ("ext.cnf", "ca.key", "ca.srl"):  # the CA key is not kept
        (PKI / leftover).unlink()


SERVER = r'''
import socket, ssl, sys
port, version, ciphers, cert, key, keylog, out, count, client_ca = sys.argv[1:10]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
VERSIONS = {"1.1": ssl.TLSVersion.TLSv1_1, "1.2": ssl.TLSVersion.TLSv1_2,
            "1.3": ssl.TLSVersion.TLSv1_3}
lowest, _, highest = version.partition("-")
ctx.minimum_version = VERSIONS[lowest]
ctx.maximum_version = VERSIONS[highest or lowest]
def only_localhost(conn, name, context):
    if name not in (None, "localhost"):
        return ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME
    return None
ctx.sni_callback = only_localhost
if ciphers:
    ctx.set_ciphers(ciphers)
ctx.load_cert_chain(cert, key)
if client_ca:
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(client_ca)
ctx.keylog_filename = keylog
srv = socket.create_server(("127.0.0.1", int(port)))
print("ready", flush=True)
sent = open(out, "ab")
for n in range(int(count)):
    raw, _ = srv.accept()
    try:
        conn = ctx.wrap_socket(raw, server_side=True)
    except (ssl.SSLError, OSError):
        raw.close()
        continue
    data = b""
    while not data.endswith(b"\r\n\r\n"):
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    body = (b"tlcp-decode test response %d from the OpenSSL server\n" % n) * 40
    reply = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    conn.sendall(reply)
    sent.write(reply)
    try:
        conn.unwrap()
    except (ssl.SSLError, OSError):
        pass
    conn.close()
'''

CLIENT = r'''
import json, socket, ssl, sys
port, version, ciphers, ca, keylog, out, resume, reject, client_cert, name = sys.argv[1:11]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
VERSIONS = {"1.1": ssl.TLSVersion.TLSv1_1, "1.2": ssl.TLSVersion.TLSv1_2,
            "1.3": ssl.TLSVersion.TLSv1_3}
ctx.minimum_version = ctx.maximum_version = VERSIONS[version]
if ciphers:
    ctx.set_ciphers(ciphers)
if reject != "1":
    ctx.load_verify_locations(ca)
if client_cert:
    ctx.load_cert_chain(client_cert + ".pem", client_cert + ".key")
ctx.keylog_filename = keylog
sent = open(out, "ab")
session = None
results = []
for n in range(2 if resume == "1" else 1):
    raw = socket.create_connection(("127.0.0.1", int(port)))
    try:
        conn = ctx.wrap_socket(raw, server_hostname=name, session=session)
    except ssl.SSLError as exc:
        results.append({"error": exc.reason})
        raw.close()
        continue
    request = b"GET /%d HTTP/1.1\r\nHost: localhost\r\nUser-Agent: tlcp-decode test\r\n\r\n" % n
    conn.sendall(request)
    sent.write(request)
    data = b""
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    results.append({"cipher": conn.cipher()[0], "version": conn.version(),
                    "reused": conn.session_reused, "received": len(data)})
    session = conn.session
    try:
        conn.unwrap()
    except (ssl.SSLError, OSError):
        pass
    conn.close()
print(json.dumps(results))
'''


def capture(name: str, case: dict[str, object], port: int, work: Path) -> dict[str, object]:
    version = str(case["version"])
    key = str(case.get("key", "rsa"))
    pcap = HERE / f"{name}.pcapng"
    keylog = HERE / f"{name}.keylog"
    c2s, s2c = HERE / "plaintext" / f"{name}.c2s.bin", HERE / "plaintext" / f"{name}.s2c.bin"
    for path in (pcap, keylog, c2s, s2c):
        path.unlink(missing_ok=True)
    server_conf = conf_file(work, f"{name}-server", case.get("ciphersuites"),  # type: ignore[arg-type]
                            case.get("server_groups"), case.get("options"))  # type: ignore[arg-type]
    client_conf = conf_file(work, f"{name}-client", case.get("ciphersuites"),  # type: ignore[arg-type]
                            case.get("client_groups"), case.get("options"))  # type: ignore[arg-type]
    dumpcap = subprocess.Popen(["dumpcap", "-q", "-i", "lo", "-f", f"tcp port {port}", "-w",
                                str(pcap)], stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    connections = 2 if case.get("resume") else 1
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(port), version, str(case.get("ciphers", "")),
         str(PKI / f"server-{key}.pem"), str(PKI / f"server-{key}.key"), str(keylog), str(s2c),
         str(connections), str(PKI / "ca.pem") if case.get("client_auth") else ""],
        env={**os.environ, "OPENSSL_CONF": str(server_conf)}, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None and server.stdout.readline().strip() == "ready"
    client = subprocess.run(
        [sys.executable, "-c", CLIENT, str(port), str(case.get("client_version", version)),
         str(case.get("client_ciphers", case.get("ciphers", ""))),
         str(PKI / "ca.pem"), str(keylog), str(c2s), "1" if case.get("resume") else "0",
         "1" if case.get("reject") else "0",
         str(PKI / "client-ecdsa") if case.get("client_auth") else "",
         str(case.get("server_name", "localhost"))],
        env={**os.environ, "OPENSSL_CONF": str(client_conf)}, capture_output=True, text=True,
        timeout=30, check=True)
    server.wait(timeout=30)
    time.sleep(1.0)
    dumpcap.terminate()
    dumpcap.wait(timeout=10)
    return {"port": port, "result": json.loads(client.stdout), **case}


def main(names: list[str]) -> None:
    """Make the captures named (all without names); the others are kept as they are."""
    if shutil.which("dumpcap") is None:
        sys.exit("dumpcap is needed (Debian: wireshark-common)")
    unknown = set(names) - set(CASES)
    if unknown:
        sys.exit(f"no such case: {', '.join(sorted(unknown))}")
    make_pki()
    (HERE / "plaintext").mkdir(exist_ok=True)
    cases_file = HERE / "cases.json"
    summary = json.loads(cases_file.read_text()) if names and cases_file.exists() else {}
    with tempfile.TemporaryDirectory() as tmp:
        for number, (name, case) in enumerate(CASES.items()):
            if names and name not in names:
                continue
            summary[name] = capture(name, case, 45300 + number, Path(tmp))
            time.sleep(0.5)
            print(name, summary[name]["result"])
    ordered = {name: summary[name] for name in CASES if name in summary}
    cases_file.write_text(json.dumps(ordered, indent=1) + "\n")


if __name__ == "__main__":
    with socket.socket():  # fail early without loopback networking
        pass
    main(sys.argv[1:])
