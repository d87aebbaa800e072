"""Compliance checks on one TLCP connection: suite, certificates, key usage (GB/T 38636-2020).

Each check returns ``Check(name, ok, detail)`` or nothing when it does not apply (no
certificates in an abbreviated handshake, say). Signature and Finished checks come from
decryption and are appended by it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from tlcp_decode import registry
from tlcp_decode.bounded_cache import ByteBoundedCache, SharedValues
from tlcp_decode.messages import joined, msg
from tlcp_decode.model import Check, listed_values
from tlcp_decode.session import per_chain
from tlcp_decode.session.alert_causes import refused_handshake
from tlcp_decode.session.certificates import (
    CERTIFICATE_CACHE_BYTES,
    CertificateInfo,
    usage_fits,
)
from tlcp_decode.session.handshake_state import HandshakeState
from tlcp_decode.session.per_chain import Chain
from tlcp_decode.session.tls13 import TLCP as TLCP_VERSION
from tlcp_decode.session.tls13 import TLSFacts, sm_algorithms_check
from tlcp_decode.session.validity import (
    connection_time,
    validity_checks,
    validity_in_second,
    validity_key,
)

if TYPE_CHECKING:
    from tlcp_decode.session.analyzer import TLCPAnalyzer


CheckFunction = Callable[["TLCPAnalyzer"], Iterator[Check]]


# The verdicts below depend on a few values (the suite chosen, whether the client offered it,
# the handshake state...) that repeat from connection to connection: each distinct one is
# worked out once and the same immutable Check given to every connection that has it.


def suite_is_tlcp(a: TLCPAnalyzer) -> Iterator[Check]:
    suite_id = a.cipher_suite
    if suite_id is None or a.tls.version not in (None, TLCP_VERSION):
        return  # a TLS connection: sm_algorithms says what it used
    yield _suite_is_tlcp(suite_id)


def _suite_is_tlcp_check(suite_id: int) -> Check:
    suite = registry.lookup(suite_id)
    name = registry.suite_name(suite_id)
    if suite is None:
        return Check("suite_is_tlcp", False, msg("{name} is not a TLCP cipher suite", name=name))
    if not suite.tlcp:
        return Check("suite_is_tlcp", False, msg("{name} is a TLS 1.3 suite ({standard})",
                                                 name=name, standard=suite.standard))
    return Check("suite_is_tlcp", True, msg("{name} ({standard})", name=name,
                                            standard=suite.standard))


_suite_is_tlcp = SharedValues(_suite_is_tlcp_check)


def suite_was_offered(a: TLCPAnalyzer) -> Iterator[Check]:
    if a.cipher_suite is None or a.client_hello is None:
        return
    yield _suite_offered((a.cipher_suite, a.cipher_suite in map(int, a.client_hello.cipher_suites)))


def _suite_offered_check(chosen_and_offered: tuple[int, bool]) -> Check:
    chosen, offered = chosen_and_offered
    name = registry.suite_name(chosen)
    if offered:
        return Check("suite_offered", True, msg("the client offered {name}", name=name))
    return Check("suite_offered", False, msg("the server chose {name}, which the client did "
                                             "not offer", name=name))


_suite_offered = SharedValues(_suite_offered_check)


def server_certificates_fit_suite(a: TLCPAnalyzer) -> Iterator[Check]:
    """The key-exchange vs certificate-key-type table, applied to the server's chain."""
    suite = a.suite
    chain = a.server_certificates
    if suite is None or not suite.tlcp or not chain:
        return
    yield from per_chain.checks("server_fit", chain, suite.key_exchange,
                                partial(_server_chain_fits, chain, suite.key_exchange))


def _server_chain_fits(chain: Sequence[CertificateInfo],
                       key_exchange: registry.KeyExchange) -> Iterator[Check]:
    requirement = registry.certificate_requirement(key_exchange)
    if requirement is None or requirement.key_type is registry.CertificateKey.SM9:
        return
    wanted = str(requirement.key_type)
    leaf = chain[: len(requirement.server)]
    if len(chain) < len(requirement.server):
        yield Check("server_certificate_count", False,
                    msg("{kx} needs a signing and an encryption certificate; the server sent "
                        "{n}", kx=str(key_exchange), n=len(chain)))
    else:
        yield Check("server_certificate_count", True,
                    msg("signing and encryption certificates present ({n} in all)",
                        n=len(chain)))
    wrong = _wrong_key_types(leaf, wanted)
    yield Check("server_certificate_key_type", wrong is None,
                wrong or msg("{wanted} keys, as {kx} requires", wanted=wanted,
                             kx=str(key_exchange)))


def _wrong_key_types(certs: Sequence[Any], wanted: str) -> Any:
    """A detail naming each certificate whose key is not ``wanted``, or None."""
    wrong = [msg("{role} certificate is {key_type}", role=c.role, key_type=c.key_type)
             for c in certs if c.key_type != wanted]
    return joined(wrong, "{a}; {b}") if wrong else None


def key_usage(a: TLCPAnalyzer) -> Iterator[Check]:
    if a.suite is not None and not a.suite.tlcp:
        return  # TLS has no signing/encryption certificate pair to tell apart
    for side, chain in (("server", a.server_certificates), ("client", a.client_certificates)):
        if chain:
            yield from per_chain.checks("key_usage", chain, side,
                                        partial(_key_usage, side, chain))


def _key_usage(side: str, chain: Sequence[CertificateInfo]) -> Iterator[Check]:
    for cert in chain[:2]:
        if cert.role not in ("sign", "enc"):
            continue
        fits = usage_fits(cert)
        if fits is None:
            yield Check(f"{side}_{cert.role}_key_usage", False,
                        msg("the {side} {role} certificate has no key usage extension",
                            side=side, role=cert.role))
        else:
            yield Check(f"{side}_{cert.role}_key_usage", fits,
                        msg("{role} certificate key usage: {usages}", role=cert.role,
                            usages=joined(cert.key_usage)))


def client_certificates_fit_suite(a: TLCPAnalyzer) -> Iterator[Check]:
    suite = a.suite
    if suite is None or not suite.tlcp or a.resumed:
        return
    requirement = registry.certificate_requirement(suite.key_exchange)
    if requirement is None or requirement.key_type is registry.CertificateKey.SM9:
        return
    chain = a.client_certificates
    # (unjudged: the client's certificates may be in bytes the capture does not hold)
    if requirement.client_auth_required and not a.machine.unjudged and (
            a.machine.complete or _client_flight_due(a)):
        ok = len(chain) >= len(requirement.client)
        yield Check("client_certificates", ok,
                    msg("{kx} requires the client's signing and encryption certificates; the "
                        "client sent {n}", kx=str(suite.key_exchange), n=len(chain)))
    if chain:
        yield from per_chain.checks("client_key_type", chain, requirement.key_type,
                                    partial(_client_key_types, chain, requirement.key_type))


def _client_key_types(chain: Sequence[CertificateInfo],
                      key_type: registry.CertificateKey) -> Iterator[Check]:
    wanted = str(key_type)
    wrong = _wrong_key_types([c for c in chain[:2] if c.role in ("sign", "enc", "single")],
                             wanted)
    yield Check("client_certificate_key_type", wrong is None,
                wrong or msg("{wanted} keys", wanted=wanted))


def _client_flight_due(a: TLCPAnalyzer) -> bool:
    """The server finished its hello: whatever the client sent (or not) after it is final,
    even when the handshake then failed."""
    return any(e.type == "server_hello_done" for e in a.handshake)


def client_certificate_sent(a: TLCPAnalyzer) -> Iterator[Check]:
    """A CertificateRequest must be answered with the client's certificate (checked once the
    client's flight after ServerHelloDone is in the capture, handshake failed or not; in TLS
    only where the server did not go on without one)."""
    if (a.certificate_request is None or a.resumed or a.handshake.left_out
            or a.machine.unjudged):
        return  # (messages left out, or bytes missing: what the client sent may not be seen)
    done = next((i for i, e in enumerate(a.handshake) if e.type == "server_hello_done"), None)
    if done is None or not any(e.direction == "c2s" for e in a.handshake[done + 1:]):
        return
    count = len(a.client_certificates)
    if not count and a.machine.complete and a.suite is not None and not a.suite.tlcp:
        # TLS (RFC 5246 7.4.6): a client without a suitable certificate sends an empty one
        # and the server may go on without client authentication, as this one did: no breach
        return
    yield Check("client_certificate_sent", count > 0,
                msg("the server asked for a client certificate (CertificateRequest); the "
                    "client sent {n}", n=count))


def certificate_validity(a: TLCPAnalyzer) -> Iterator[Check]:
    """Each certificate of each side against the connection's time (no --ca needed)."""
    when = connection_time(a.first_ts, a.start_ts)
    if when is None:
        return
    for side, chain in (("server", a.server_certificates), ("client", a.client_certificates)):
        if chain:  # the same checks for every connection made within the same second
            yield from per_chain.checks("validity", chain, (side, validity_key(chain, when)),
                                        partial(_validity, side, chain, when))


def _validity(side: str, chain: Sequence[CertificateInfo], when: datetime) -> Iterator[Check]:
    for name, ok, detail in validity_checks(side, chain, when):
        yield Check(name, ok, detail)


def certificate_chains(a: TLCPAnalyzer) -> Iterator[Check]:
    """With --ca: each peer's own certificates lead to a trusted CA."""
    if not a.trusted:
        return
    # imported here: the chain checks need `cryptography`, which only --ca runs pay for
    from tlcp_decode.session.chain import sign_enc_pair, verify_path

    for side, chain in (("server", a.server_certificates), ("client", a.client_certificates)):
        sent = [c.der for c in chain]
        for cert in chain[:2]:
            if cert.role in ("sign", "enc", "single"):
                ok, why = verify_path(cert.der, sent, list(a.trusted), a.first_ts)
                yield Check(f"{side}_{cert.role}_certificate_chain", ok, why)
        if len(chain) >= 2 and chain[0].role == "sign" and chain[1].role == "enc":
            ok, why = sign_enc_pair(chain[0], chain[1])
            yield Check(f"{side}_sign_enc_pair", ok, why)


def sm_algorithms(a: TLCPAnalyzer) -> Iterator[Check]:
    suite = a.suite
    if suite is None or suite.tlcp:
        return  # TLCP: suite_is_tlcp
    facts = a.tls
    readable = not a.machine.opaque
    # everything of the connection that sm_algorithms_check reads
    key = (a.cipher_suite, facts.group, tuple(facts.signature_schemes.items()), facts.resumed,
           tuple(facts.offered_signature_schemes), readable)
    yield _sm_algorithms.get(key, lambda _key: _sm_algorithms_check(suite, facts, readable))


def _sm_algorithms_check(suite: registry.CipherSuite, facts: TLSFacts, readable: bool) -> Check:
    verdict = sm_algorithms_check(suite, facts, readable)
    assert verdict is not None  # given a TLS suite
    return Check("sm_algorithms_only", *verdict)


_sm_algorithms: SharedValues[tuple[object, ...], Check] = SharedValues(
    limit=1024, size=listed_values)


# (members read through module names: one looked up on its class goes through the metaclass)
_ESTABLISHED = HandshakeState.ESTABLISHED


def handshake_outcome(a: TLCPAnalyzer) -> bool | None:
    """Whether the connection's handshake completed (the session's handshake_complete); None
    where the capture does not show it: the handshake began before the capture or lost bytes
    to it (HandshakeMachine.unjudged), went on encrypted without keys (TLS 1.3), or was under
    way when the connection's packets ended, nothing said (TLCPAnalyzer.handshake_cut_short).
    Established is complete unless a TLS 1.3 server then refused the client's last flight; a
    failed renegotiation leaves the handshake before it established."""
    machine = a.machine
    state = machine.state
    if state is _ESTABLISHED:
        return not a.alerts or refused_handshake(a) is None
    if machine.unjudged or machine.opaque or a.handshake_cut_short:
        return None
    return False


def handshake_complete(a: TLCPAnalyzer) -> Iterator[Check]:
    if not a.handshake or handshake_outcome(a) is None:
        return  # not known (a ✗ would say it failed): see handshake_outcome
    own = _own_handshake_verdict(a)
    yield own if own is not None else _handshake_complete(
        (a.machine.state.value, a.machine.complete))


def _own_handshake_verdict(a: TLCPAnalyzer) -> Check | None:
    """handshake_complete told by more than the state (which the checks kept per set of facts
    hold: _facts), else None: a TLS 1.3 server's refusal after the client's last flight (the
    alert and its frame), a renegotiation ended by a fatal alert. Rare; a connection with one
    gets checks of its own (_shared_checks)."""
    machine = a.machine
    if machine.renegotiation_failed:
        return Check("handshake_complete", True, msg(
            "handshake state: established; a renegotiation begun after it ended with a fatal "
            "alert, and the connection went on with the keys of the handshake before"))
    # (machine.complete read as its state: a property is a Python call a connection)
    refusal = refused_handshake(a) if machine.state is _ESTABLISHED and a.alerts else None
    if refusal is None:
        return None
    return Check("handshake_complete", False, msg(
        "handshake state: {state}, but the server refused the handshake with a fatal "
        "{description} (frame {frame}) after the client's last flight",
        state=machine.state.value, description=refusal.description, frame=refusal.frame))


def _handshake_complete_check(state_and_complete: tuple[str, bool]) -> Check:
    state, complete = state_and_complete
    return Check("handshake_complete", complete, msg("handshake state: {state}", state=state))


_handshake_complete = SharedValues(_handshake_complete_check)


ALL_CHECKS: tuple[CheckFunction, ...] = (
    suite_is_tlcp,
    suite_was_offered,
    sm_algorithms,
    server_certificates_fit_suite,
    client_certificates_fit_suite,
    client_certificate_sent,
    key_usage,
    certificate_validity,
    certificate_chains,
    handshake_complete,
)


def run_all(a: TLCPAnalyzer, offered: tuple[int, ...] | None = None,
            resumed: bool | None = None) -> tuple[Check, ...]:
    """Every check of the connection, in the order of :data:`ALL_CHECKS`, then decryption's.
    ``offered``: the ClientHello's suites as numbers, ``resumed``: ``a.resumed``, when the
    caller has them already."""
    results = _shared_checks(a, offered, resumed) if not a.trusted else _every_check(a)
    if a.decryptor is not None:
        results += tuple(getattr(a.decryptor, "checks", ()))
    return results


def _every_check(a: TLCPAnalyzer) -> tuple[Check, ...]:
    return tuple([check for function in ALL_CHECKS for check in function(a)])


# The checks of ALL_CHECKS but the chain checks (--ca: they read the connection's time to the
# microsecond), kept once per distinct set of the facts they read: the connections with equal
# facts (most of a capture: the same suites, chains and handshake flow, within one second)
# share one tuple, found with one look-up instead of ten checks' own. The key names the chains
# and their validity by identity (see session.per_chain): each entry holds them, and is
# counted at the chains' size.
_by_facts: ByteBoundedCache[
    tuple[object, ...],
    tuple[Chain, Chain, object, object, tuple[Check, ...]]] = ByteBoundedCache(
        CERTIFICATE_CACHE_BYTES, lambda key: 0)


def _shared_checks(a: TLCPAnalyzer, offered: tuple[int, ...] | None,
                   resumed: bool | None) -> tuple[Check, ...]:
    if _own_handshake_verdict(a) is not None:
        # (rare) its handshake_complete says what the facts do not hold: a connection with
        # the facts of one without must not share its checks
        return _every_check(a)
    server, client = a.server_certificates, a.client_certificates
    moment = a.first_ts if a.first_ts is not None else a.start_ts
    server_validity = client_validity = None
    if moment is not None:
        server_validity = validity_in_second(server, moment) if server else None
        client_validity = validity_in_second(client, moment) if client else None
    key = (*_facts(a, offered, resumed), id(server), id(client), moment is None,
           id(server_validity), id(client_validity))
    found = _by_facts.get(key)
    if (found is not None and found[0] is server and found[1] is client
            and found[2] is server_validity and found[3] is client_validity):
        return found[4]
    results = _every_check(a)
    _by_facts.put(key, (server, client, server_validity, client_validity, results),
                  _facts_size(key, server, client))
    return results


def _facts(a: TLCPAnalyzer, offered: tuple[int, ...] | None,
           resumed: bool | None = None) -> tuple[object, ...]:
    """What the checks of ALL_CHECKS (without --ca) read of ``a``, but its chains and time
    (``offered``, ``resumed``: as run_all has them)."""
    suite_id, suite, hello, handshake = a.cipher_suite, a.suite, a.client_hello, a.handshake
    # suite_was_offered
    chosen_offered = None
    if suite_id is not None and hello is not None:
        chosen_offered = suite_id in (offered if offered is not None
                                      else map(int, hello.cipher_suites))
    # sm_algorithms
    sm: tuple[object, ...] | None = None
    if suite is not None and not suite.tlcp:
        facts = a.tls
        sm = (facts.group, tuple(facts.signature_schemes.items()), facts.resumed,
              tuple(facts.offered_signature_schemes))
    # client_certificates_fit_suite, client_certificate_sent: the client's flight after
    # ServerHelloDone
    done = client_after_done = False
    for message in handshake:
        if done:
            if message.direction == "c2s":
                client_after_done = True
                break
        elif message.type == "server_hello_done":
            done = True
    return (suite_id, id(suite), a.tls.version, chosen_offered, sm,
            a.resumed if resumed is None else resumed,
            id(a.machine.state), a.handshake_cut_short, bool(handshake),
            a.certificate_request is None, handshake.left_out, done, client_after_done)


def _facts_size(key: tuple[object, ...], server: Chain, client: Chain) -> int:
    sm = key[4]
    return (per_chain.chain_bytes(server) + per_chain.chain_bytes(client)
            + 16 * (listed_values(sm) if isinstance(sm, tuple) else 0))
