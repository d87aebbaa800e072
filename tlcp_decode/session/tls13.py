"""What a TLS 1.3 (RFC 8446, RFC 8998) or TLS 1.2 connection negotiated, read from its hellos.

``TLSFacts`` is filled by the analyzer from the ClientHello, the ServerHello (or
HelloRetryRequest), EncryptedExtensions and CertificateVerify, and says: the version chosen
(``supported_versions`` decides, not the legacy version fields), the key-exchange group,
the signature scheme, whether a HelloRetryRequest came, whether a PSK was offered and taken,
ALPN and early data. The protocol label of a connection ("TLS 1.3 (RFC 8998 SM)", "TLCP",
"TLS 1.2") and the "SM algorithms only" verdict come from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter
from types import MappingProxyType
from typing import Any

from tlcp_decode import registry
from tlcp_decode.messages import joined, msg

TLS13 = 0x0304
TLCP = 0x0101

#: ServerHello.random of a HelloRetryRequest: SHA-256("HelloRetryRequest") (RFC 8446 4.1.3),
#: written out: computing it at import ran hashlib, which loads OpenSSL (11M instructions),
#: in every analysing process (tests/test_tls13.py checks the value).
HELLO_RETRY_REQUEST_RANDOM = bytes.fromhex(
    "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c")


def extensions(hello: Any) -> dict[str, Any]:
    """A hello's (or EncryptedExtensions') extensions by type name, first one of each."""
    found: dict[str, Any] = {}
    # each extension read as the dict it is: construct's Container finds an attribute
    # through Python code
    for ext in (hello.extensions or ()) if hello is not None else ():
        found.setdefault(str(ext["type"]), ext["data"])
    return found


#: What a ClientHello tells :class:`TLSFacts`: (fact, value) pairs, the values immutable (one
#: reading is shared by the connections that sent the same extensions).
ClientHelloFacts = tuple[tuple[str, object], ...]


def client_hello_facts(ext: Mapping[str, Any]) -> ClientHelloFacts:
    """What a ClientHello's extensions (``ext``: by type, see :func:`extensions`) say: the
    versions, groups and signature schemes offered, the key shares, PSK, early data, ALPN."""
    facts: list[tuple[str, object]] = []
    if "supported_versions" in ext and ext["supported_versions"] is not None:
        facts.append(("offered_versions", tuple(numbers_of(ext["supported_versions"]))))
    if ext.get("supported_groups"):
        facts.append(("offered_groups", tuple(numbers_of(ext["supported_groups"]))))
    if ext.get("key_share"):
        facts.append(("key_share_groups", tuple([int(e.group) for e in ext["key_share"]])))
    if ext.get("signature_algorithms"):
        facts.append(("offered_signature_schemes",
                      tuple(numbers_of(ext["signature_algorithms"]))))
    psk = ext.get("pre_shared_key")
    if psk is not None and not isinstance(psk, bytes):
        facts.append(("psk_identities", tuple([bytes(i.identity) for i in psk.identities])))
    if ext.get("psk_key_exchange_modes"):
        facts.append(("psk_modes", tuple([str(m) for m in ext["psk_key_exchange_modes"]])))
    facts.append(("early_data_offered", "early_data" in ext))
    if ext.get("application_layer_protocol_negotiation"):
        facts.append(("alpn_offered", tuple(
            [_text(p) for p in ext["application_layer_protocol_negotiation"]])))
    return tuple(facts)


#: What a ServerHello tells :class:`TLSFacts`: (fact, value) pairs, the values immutable (one
#: reading is shared by the connections whose servers sent the same hello, see
#: session.analyzer.read_server_hello).
ServerHelloFacts = tuple[tuple[str, object], ...]


def server_hello_facts(body: Any, retry: bool) -> ServerHelloFacts:
    """What a ServerHello (``retry``: a HelloRetryRequest) says: the version chosen
    (supported_versions, else the legacy field), the key-exchange group (or the one a
    HelloRetryRequest asks for), the PSK taken, ALPN."""
    ext = extensions(body)
    chosen = ext.get("supported_versions")
    # one version (an enum value: int or its named str form), else the legacy field
    facts: list[tuple[str, object]] = [
        ("version", int(chosen) if isinstance(chosen, (int, str)) else int(body.server_version))]
    share = ext.get("key_share")
    if retry:
        facts.append(("hello_retry_request", True))
        if share is not None and not isinstance(share, bytes):
            facts.append(("retry_group", int(share.selected_group)))
        return tuple(facts)
    if share is not None and not isinstance(share, bytes) and "server_share" in share:
        facts.append(("group", int(share.server_share.group)))
    selected = ext.get("pre_shared_key")
    if isinstance(selected, int):
        facts.append(("psk_selected", int(selected)))
    alpn = ext.get("application_layer_protocol_negotiation")
    if alpn:
        facts.append(("alpn", _text(alpn[0])))
    return tuple(facts)


def is_hello_retry_request(raw_server_hello: bytes) -> bool:
    """``raw``: the whole ServerHello message, header included."""
    return raw_server_hello[6:38] == HELLO_RETRY_REQUEST_RANDOM


#: TLSFacts.signature_schemes before any signature was seen (shared: it is never changed)
_NO_SCHEMES: Mapping[str, int] = MappingProxyType({})


class TLSFacts:
    """The negotiated parameters of one TLS connection (None: not seen / not applicable).

    One per connection, most of it never set (a TLCP handshake says none of it). Slotted,
    every fact stored from the start: the session's build and checks read a connection's
    facts some 35 times, and a class-level default read through an instance is looked up
    the slow way in Python 3.11 (~250 instructions a read, against ~1,000 a connection to
    store them all).
    """

    __slots__ = ("offered_versions", "version", "hello_retry_request", "retry_group",
                 "offered_groups", "key_share_groups", "group", "offered_signature_schemes",
                 "signature_schemes", "psk_identities", "psk_modes", "psk_selected",
                 "early_data_offered", "early_data_accepted", "alpn_offered", "alpn",
                 "client_facts", "client_hellos")

    def __init__(self) -> None:
        self.offered_versions: Sequence[int] = ()
        # chosen: supported_versions, else ServerHello.server_version
        self.version: int | None = None
        self.hello_retry_request = False
        self.retry_group: int | None = None  # the group a HelloRetryRequest asked for
        self.offered_groups: Sequence[int] = ()
        self.key_share_groups: Sequence[int] = ()  # shares the client sent
        # the server's key_share (TLS 1.3) or ServerKeyExchange curve
        self.group: int | None = None
        self.offered_signature_schemes: Sequence[int] = ()
        self.signature_schemes: Mapping[str, int] = _NO_SCHEMES  # side -> scheme used
        self.psk_identities: Sequence[bytes] = ()
        self.psk_modes: Sequence[str] = ()
        self.psk_selected: int | None = None  # index of the identity the server took
        self.early_data_offered = False
        self.early_data_accepted = False
        self.alpn_offered: Sequence[str] = ()
        self.alpn: str | None = None
        # what the ClientHello said, as read (one reading is shared by the connections that
        # sent the same extensions: see session.build.tls_facts); how many ClientHellos were
        # read
        self.client_facts: ClientHelloFacts | None = None
        self.client_hellos = 0

    # -- input ------------------------------------------------------------------------------

    def client_hello(self, body: Any, ext: Mapping[str, Any] | None = None,
                     facts: ClientHelloFacts | None = None) -> None:
        """``ext``: the hello's :func:`extensions`, when the caller read them already;
        ``facts``: what :func:`client_hello_facts` made of them, likewise."""
        if facts is None:
            facts = client_hello_facts(ext if ext is not None else extensions(body))
        for name, value in facts:
            setattr(self, name, value)
        self.client_facts = facts
        self.client_hellos += 1

    def server_hello(self, body: Any, retry: bool,
                     facts: ServerHelloFacts | None = None) -> None:
        """``facts``: what :func:`server_hello_facts` made of the hello, when the caller read
        it already."""
        if facts is None:
            facts = server_hello_facts(body, retry)
        for name, value in facts:
            setattr(self, name, value)

    def encrypted_extensions(self, body: Any) -> None:
        ext = extensions(body)
        self.early_data_accepted = "early_data" in ext
        alpn = ext.get("application_layer_protocol_negotiation")
        if alpn:
            self.alpn = _text(alpn[0])

    def server_key_exchange(self, body: Any) -> None:
        """TLS 1.2 ECDHE: the curve and the signature scheme are named in ServerKeyExchange."""
        params = _field(body, "params")
        curve = _field(params, "named_curve")
        if curve is not None:
            self.group = int(curve)
        # TLS 1.2 (RFC 5246 7.4.3): the signature names its scheme; TLCP's does not
        algorithm = _field(_field(body, "signed"), "algorithm")
        if algorithm is not None:
            self._signature_scheme("server", int(algorithm))

    def certificate_verify(self, direction: str, body: Any) -> None:
        algorithm = _field(body, "algorithm")
        if algorithm is not None:
            self._signature_scheme("server" if direction == "s2c" else "client", int(algorithm))

    def _signature_scheme(self, side: str, scheme: int) -> None:
        """``side`` signed with ``scheme`` (the shared empty _NO_SCHEMES is never changed)."""
        self.signature_schemes = {**self.signature_schemes, side: scheme}

    # -- derived ----------------------------------------------------------------------------

    @property
    def tls13(self) -> bool:
        return self.version in registry.TLS13_VERSIONS

    @property
    def highest_offered(self) -> int | None:
        """The highest real version in the ClientHello's supported_versions (GREASE left out)."""
        real = [v for v in self.offered_versions if not registry.is_grease(v)]
        return max(real) if real else None

    @property
    def resumed(self) -> bool:
        """A TLS 1.3 PSK handshake (the server took one of the offered identities)."""
        return self.psk_selected is not None

    @property
    def resumption_identity(self) -> bytes | None:
        if self.psk_selected is None or self.psk_selected >= len(self.psk_identities):
            return None
        return self.psk_identities[self.psk_selected]

    @property
    def signature_scheme(self) -> int | None:
        return self.signature_schemes.get("server", self.signature_schemes.get("client"))

    def sm_only(self, suite: registry.CipherSuite | None) -> tuple[bool, list[str]] | None:
        """Whether suite, group and signature schemes are all ShangMi; with what is not."""
        if suite is None:
            return None
        foreign: list[str] = []
        if not suite.sm:
            foreign.append(suite.name)
        if self.group is not None:
            known = registry.group(self.group)
            if known is None or not known.sm:
                foreign.append(registry.group_name(self.group))
        for scheme in dict.fromkeys(self.signature_schemes.values()):
            known_scheme = registry.signature_scheme(scheme)
            if known_scheme is None or not known_scheme.sm:
                foreign.append(registry.signature_scheme_name(scheme))
        return not foreign, foreign

    def label(self, suite: registry.CipherSuite | None) -> str:
        """The protocol and version: "TLS 1.3 (RFC 8998 SM)", "TLS 1.3", "TLS 1.2", "TLCP"."""
        if self.version is None:
            offered = self.highest_offered
            if offered is None:
                return ""
            return msg("{version} (offered, no ServerHello)",
                       version=registry.version_name(offered))
        name = registry.version_name(self.version)
        if self.tls13 and suite is not None and suite.sm:
            return f"{name} (RFC 8998 SM)"
        return name


_value_of = attrgetter("intvalue")


def numbers_of(values: Sequence[Any]) -> list[int]:
    """The numbers of a list of the schema's Enum values: ``int(v)`` of each, read in C where
    it can be (a named value's ``int()`` is construct's Python ``__int__``, and a hello lists
    dozens); a value the table does not name is an int already."""
    try:
        return list(map(_value_of, values))
    except AttributeError:  # an unnamed value among them (GREASE, a newer algorithm)
        return [int(v) for v in values]


def _field(container: Any, name: str) -> Any:
    """A parsed body's field, None when it has none (or is not a container): looked up as
    the dict it is, since a missing attribute of construct's Container raises and catches two
    exceptions (a TLCP ServerKeyExchange or CertificateVerify lacks the TLS 1.2 fields)."""
    return container.get(name) if isinstance(container, dict) else getattr(container, name, None)


def _text(value: Any) -> str:
    return bytes(value).decode("utf-8", "replace")


def sm_algorithms_check(
    suite: registry.CipherSuite | None, facts: TLSFacts, handshake_readable: bool,
) -> tuple[bool, str] | None:
    """The "ShangMi algorithms only" verdict of a TLS connection: (ok, detail), or None when
    no TLS suite was negotiated (TLCP has its own suite check). Suite, group and signature
    schemes; the schemes are only seen when the handshake could be read."""
    if suite is None or suite.tlcp:
        return None
    verdict = facts.sm_only(suite)
    assert verdict is not None
    ok, foreign = verdict
    if foreign:
        return False, msg("not ShangMi: {algorithms}", algorithms=", ".join(foreign))
    seen = [suite.name]
    if facts.group is not None:
        seen.append(registry.group_name(facts.group))
    if facts.signature_schemes:
        seen.extend(registry.signature_scheme_name(s)
                    for s in dict.fromkeys(facts.signature_schemes.values()))
    elif not handshake_readable and not facts.resumed:
        offered = facts.offered_signature_schemes
        if offered and all((registry.signature_scheme(s) or _NOT_SM).sm for s in offered):
            seen.append(msg("client offered only SM signature schemes"))
        else:
            return ok, msg("SM suite and group ({algorithms}); the signature scheme is encrypted "
                           "and was not checked", algorithms=joined(seen, "{a}, {b}"))
    return ok, msg("only SM algorithms: {algorithms}", algorithms=joined(seen, "{a}, {b}"))


_NOT_SM = registry.SignatureScheme(0, "", registry.SignatureAlgorithm.RSA_PKCS1, "", False)
