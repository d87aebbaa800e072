"""Compliance checks on one TLCP connection: suite, certificates, key usage (GB/T 38636-2020).

Each check returns ``Check(name, ok, detail)`` or nothing when it does not apply (no
certificates in an abbreviated handshake, say). Signature and Finished checks come from
decryption and are appended by it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from tlcp_decode import registry
from tlcp_decode.model import Check
from tlcp_decode.session.certificates import usage_fits
from tlcp_decode.session.tls13 import TLCP as TLCP_VERSION
from tlcp_decode.session.tls13 import sm_algorithms_check

if TYPE_CHECKING:
    from tlcp_decode.session.analyzer import TLCPAnalyzer


CheckFunction = Callable[["TLCPAnalyzer"], Iterator[Check]]


def suite_is_tlcp(a: TLCPAnalyzer) -> Iterator[Check]:
    suite_id = a.cipher_suite
    if suite_id is None or a.tls.version not in (None, TLCP_VERSION):
        return  # a TLS connection: sm_algorithms says what it used
    suite = registry.lookup(suite_id)
    name = registry.suite_name(suite_id)
    if suite is None:
        yield Check("suite_is_tlcp", False, f"{name} is not a TLCP cipher suite")
    elif not suite.tlcp:
        yield Check("suite_is_tlcp", False, f"{name} is a TLS 1.3 suite ({suite.standard})")
    else:
        yield Check("suite_is_tlcp", True, f"{name} ({suite.standard})")


def suite_was_offered(a: TLCPAnalyzer) -> Iterator[Check]:
    if a.cipher_suite is None or a.client_hello is None:
        return
    offered = {int(s) for s in a.client_hello.cipher_suites}
    name = registry.suite_name(a.cipher_suite)
    if a.cipher_suite in offered:
        yield Check("suite_offered", True, f"the client offered {name}")
    else:
        yield Check("suite_offered", False, f"the server chose {name}, which the client did "
                    "not offer")


def server_certificates_fit_suite(a: TLCPAnalyzer) -> Iterator[Check]:
    """The key-exchange vs certificate-key-type table, applied to the server's chain."""
    suite = a.suite
    chain = a.server_certificates
    if suite is None or not suite.tlcp or not chain:
        return
    requirement = registry.certificate_requirement(suite.key_exchange)
    if requirement is None or requirement.key_type is registry.CertificateKey.SM9:
        return
    wanted = str(requirement.key_type)
    leaf = chain[: len(requirement.server)]
    if len(chain) < len(requirement.server):
        yield Check("server_certificate_count", False,
                    f"{suite.key_exchange} needs a signing and an encryption certificate; the "
                    f"server sent {len(chain)}")
    else:
        yield Check("server_certificate_count", True,
                    f"signing and encryption certificates present ({len(chain)} in all)")
    wrong = [f"{c.role} certificate is {c.key_type}" for c in leaf if c.key_type != wanted]
    yield Check("server_certificate_key_type", not wrong,
                "; ".join(wrong) if wrong else f"{wanted} keys, as {suite.key_exchange} requires")


def key_usage(a: TLCPAnalyzer) -> Iterator[Check]:
    if a.suite is not None and not a.suite.tlcp:
        return  # TLS has no signing/encryption certificate pair to tell apart
    for side, chain in (("server", a.server_certificates), ("client", a.client_certificates)):
        for cert in chain[:2]:
            if cert.role not in ("sign", "enc"):
                continue
            fits = usage_fits(cert)
            usages = ", ".join(cert.key_usage) or "none"
            if fits is None:
                yield Check(f"{side}_{cert.role}_key_usage", False,
                            f"the {side} {cert.role} certificate has no key usage extension")
            else:
                yield Check(f"{side}_{cert.role}_key_usage", fits,
                            f"{cert.role} certificate key usage: {usages}")


def client_certificates_fit_suite(a: TLCPAnalyzer) -> Iterator[Check]:
    suite = a.suite
    if suite is None or not suite.tlcp or a.resumed:
        return
    requirement = registry.certificate_requirement(suite.key_exchange)
    if requirement is None or requirement.key_type is registry.CertificateKey.SM9:
        return
    chain = a.client_certificates
    if requirement.client_auth_required and a.machine.complete:
        ok = len(chain) >= len(requirement.client)
        yield Check("client_certificates", ok,
                    f"{suite.key_exchange} requires the client's signing and encryption "
                    f"certificates; the client sent {len(chain)}")
    if chain:
        wanted = str(requirement.key_type)
        wrong = [f"{c.role} certificate is {c.key_type}" for c in chain[:2]
                 if c.role in ("sign", "enc", "single") and c.key_type != wanted]
        yield Check("client_certificate_key_type", not wrong,
                    "; ".join(wrong) if wrong else f"{wanted} keys")


def certificate_chains(a: TLCPAnalyzer) -> Iterator[Check]:
    """With --ca: each peer's own certificates lead to a trusted CA."""
    if not a.trusted:
        return
    # imported here: the chain checks need `cryptography`, which only --ca runs pay for
    from tlcp_decode.session.chain import verify_path

    for side, chain in (("server", a.server_certificates), ("client", a.client_certificates)):
        sent = [c.der for c in chain]
        for cert in chain[:2]:
            if cert.role in ("sign", "enc", "single"):
                ok, why = verify_path(cert.der, sent, list(a.trusted), a.first_ts)
                yield Check(f"{side}_{cert.role}_certificate_chain", ok, why)


def sm_algorithms(a: TLCPAnalyzer) -> Iterator[Check]:
    verdict = sm_algorithms_check(a.suite, a.tls, not a.machine.opaque)
    if verdict is not None:
        yield Check("sm_algorithms_only", *verdict)


def handshake_complete(a: TLCPAnalyzer) -> Iterator[Check]:
    if not a.handshake or a.machine.opaque:
        return  # TLS 1.3 without keys: the end of the handshake is not visible
    state = a.machine.state
    yield Check("handshake_complete", a.machine.complete, f"handshake state: {state.value}")


ALL_CHECKS: tuple[CheckFunction, ...] = (
    suite_is_tlcp,
    suite_was_offered,
    sm_algorithms,
    server_certificates_fit_suite,
    client_certificates_fit_suite,
    key_usage,
    certificate_chains,
    handshake_complete,
)


def run_all(a: TLCPAnalyzer) -> list[Check]:
    results = [check for function in ALL_CHECKS for check in function(a)]
    if a.decryptor is not None:
        results.extend(getattr(a.decryptor, "checks", []))
    return results
