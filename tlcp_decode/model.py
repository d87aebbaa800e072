"""The decoded result of a capture: one immutable :class:`Connection` per TCP connection.

This is the library's public model (``tlcp_decode.decode`` yields these objects) and the one
thing every report reads: the JSON lines, the text report and the tables render these objects
and nothing else. The session stage builds them once per connection, when it ends
(``tlcp_decode.session.build``).

Adding a value to the output touches three places: a field here, the line of the builder that
fills it, and the renderer(s) that show it.

Only the standard library, the suite registry, the crypto values' plain dataclasses and
:func:`~tlcp_decode.quick_init.quick_init` (a cheaper ``__new__`` for these frozen classes,
built by the ten thousand) are imported here: the model is cheap to import and free of import
cycles.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from typing import Literal

# (re-exported: the reading side imports them from model_base, see there)
from tlcp_decode.model_base import DIRECTIONS as DIRECTIONS
from tlcp_decode.model_base import Direction as Direction
from tlcp_decode.model_base import Warning as Warning
from tlcp_decode.named_tuple import NamedTuple
from tlcp_decode.precompiled import dataclass
from tlcp_decode.quick_init import quick_init
from tlcp_decode.registry import TLS13_VERSIONS, CipherSuite, is_grease
from tlcp_decode.session.crypto_values import CryptoValues

End = Literal["client", "server"]


# -- TCP -----------------------------------------------------------------------------------


class TcpTransition(NamedTuple):
    """One state change of one end (a line of the ladder).

    A named tuple, unlike the other classes here: the TCP tracker records its transitions in
    this same layout (tlcp_decode.flows.tcp_state.Transition), so a connection's ten or so
    become the model's without a frozen object built field by field for each.
    """

    frame: int
    end: End
    old_state: str
    new_state: str
    reason: str  # English, with the end and its peer filled in
    template: str = ""  # the reason with {end}/{peer} placeholders, for translations


@quick_init
@dataclass(frozen=True, slots=True)
class TcpDirectionStats:
    """What one direction carried, as the reassembly counted it."""

    packets: int
    payload_bytes: int  # TCP payload on the wire, retransmissions included
    bytes_delivered: int
    gaps: int
    gap_bytes: int
    retransmissions: int
    retransmitted_bytes: int
    out_of_order: int
    overlaps: int
    overlap_bytes: int
    dropped_bytes: int


@quick_init
@dataclass(frozen=True, slots=True)
class TcpSummary:
    """The TCP side of a connection: how it opened and closed, both ends' states, losses."""

    handshake: str  # complete | partial | missing
    close: str  # fin | rst | partial | none ...
    closed_by: str | None  # client | server | both
    client_states: tuple[str, ...]
    server_states: tuple[str, ...]
    transitions: tuple[TcpTransition, ...]
    c2s: TcpDirectionStats
    s2c: TcpDirectionStats

    @property
    def gaps(self) -> int:
        return self.c2s.gaps + self.s2c.gaps

    @property
    def gap_bytes(self) -> int:
        return self.c2s.gap_bytes + self.s2c.gap_bytes

    @property
    def retransmissions(self) -> int:
        return self.c2s.retransmissions + self.s2c.retransmissions

    @property
    def out_of_order(self) -> int:
        return self.c2s.out_of_order + self.s2c.out_of_order

    @property
    def packets(self) -> int:
        return self.c2s.packets + self.s2c.packets


# -- TLCP / TLS ----------------------------------------------------------------------------


@quick_init
@dataclass(frozen=True, slots=True)
class Suite:
    """A cipher suite as seen on the wire: its number, its name, and what the registry knows."""

    id: int
    name: str
    info: CipherSuite | None  # None: not in the registry

    @property
    def hex_id(self) -> str:
        return f"0x{self.id:04x}"


@quick_init
@dataclass(frozen=True, slots=True)
class Message:
    """One handshake message (or ChangeCipherSpec) in the order it was seen."""

    frame: int | None
    direction: Direction
    type: str  # the schema's name: client_hello, ..., change_cipher_spec, unknown_N
    encrypted: bool
    length: int
    expected: bool  # did the handshake state table allow it here
    state: str  # the handshake state after it
    timestamp: float | None
    detail: str  # "encrypted": a Finished that could not be decrypted


@quick_init
@dataclass(frozen=True, slots=True)
class Certificate:
    """One X.509 certificate of a peer's chain, summarised."""

    subject: str
    issuer: str
    serial: str
    not_before: str
    not_after: str
    key_type: str  # SM2 | RSA | EC | DSA | Ed25519 | Ed448 | unknown
    key_usage: tuple[str, ...]
    is_ca: bool
    role: str  # sign | enc | ca | single (one certificate where TLCP expects two)
    signature_algorithm: str  # SM2-with-SM3, sha256WithRSAEncryption, ecdsa-with-SHA256...
    der: bytes = field(repr=False)
    public_key: bytes = field(repr=False)  # the SubjectPublicKeyInfo's key bits
    error: str | None = None  # the certificate did not parse
    key_bits: int | None = None  # RSA modulus / EC curve size


@quick_init
@dataclass(frozen=True, slots=True)
class CertificateRequest:
    """What a server asking for a client certificate said it accepts."""

    certificate_types: tuple[str, ...]
    authorities: int  # number of acceptable CA names


@quick_init
@dataclass(frozen=True, slots=True)
class Alert:
    """One alert record, in the order it was seen (level and description when readable)."""

    frame: int | None
    direction: Direction
    level: str | None  # warning | fatal | unknown_N; None: encrypted and not decrypted
    description: str | None
    encrypted: bool
    # a fatal alert's cause inferred from the messages before it (session.alert_causes);
    # an inference, never a verdict
    likely_cause: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Check:
    """One compliance or verification check and its verdict."""

    name: str
    ok: bool
    detail: str


@quick_init
@dataclass(frozen=True, slots=True)
class Record:
    """One record header (``records=True`` / ``--records``)."""

    frame: int | None
    direction: Direction
    offset: int  # in the direction's byte stream
    content_type: int
    version: int
    length: int
    encrypted: bool


@quick_init
@dataclass(frozen=True, slots=True)
class DirectionRecords:
    """The records of one direction and what became of every payload byte."""

    records: int
    record_bytes: int
    application_records: int
    application_bytes: int
    record_versions: tuple[int, ...]  # sorted
    skipped_bytes: int
    gap_bytes: int
    pending_bytes: int
    unparsed_bytes: int


@quick_init
@dataclass(frozen=True, slots=True)
class FinishedVerified:
    """Did each side's Finished match the transcript (None: not decrypted)."""

    client: bool | None
    server: bool | None


@quick_init
@dataclass(frozen=True, slots=True)
class Secret:
    """One secret or working key of a connection, by name (``show_secrets`` only): the TLCP
    key block's parts (client_write_key...), TLS 1.3 traffic secrets and their keys and IVs."""

    name: str
    value: bytes = field(repr=False)


@quick_init
@dataclass(frozen=True, slots=True)
class Decryption:
    """What decryption achieved on one connection (only when keys or a key log were given)."""

    status: str  # decrypted | failed | no_key
    key_source: str | None  # keylog | server_key | resumed_session
    finished_verified: FinishedVerified
    c2s_plaintext_bytes: int
    s2c_plaintext_bytes: int
    records_failed: int
    reason: str | None
    master_secret: bytes | None  # only with show_secrets
    client_random: bytes | None  # only with show_secrets
    previews: tuple[str, ...]  # the start of each direction's plaintext, printable
    tls13: Tls13Decryption | None = None  # TLS 1.3 connections only
    keys: tuple[Secret, ...] = ()  # the keys derived from the secrets; only with show_secrets


@quick_init
@dataclass(frozen=True, slots=True)
class Tls13Decryption:
    """What TLS 1.3 decryption adds: records without a key, key updates, the secrets found."""

    records_without_key: int
    key_updates: int
    unverified: tuple[str, ...]  # what could not be checked, and why
    secrets: tuple[str, ...]  # key log labels of the traffic secrets that were present


@quick_init
@dataclass(frozen=True, slots=True)
class TlsFacts:
    """What a TLS connection negotiated, read from its hellos (RFC 8446, RFC 8998)."""

    offered_versions: tuple[int, ...]
    version: int | None  # chosen: supported_versions, else ServerHello.server_version
    hello_retry_request: bool
    retry_group: int | None  # the group a HelloRetryRequest asked for
    offered_groups: tuple[int, ...]
    key_share_groups: tuple[int, ...]  # shares the client sent
    group: int | None  # the server's key_share (TLS 1.3) or ServerKeyExchange curve
    offered_signature_schemes: tuple[int, ...]
    signature_schemes: tuple[tuple[End, int], ...]  # (side, scheme used), in the order seen
    psk_identities: int  # how many the client offered
    psk_modes: tuple[str, ...]
    psk_selected: int | None  # index of the identity the server took
    early_data_offered: bool
    early_data_accepted: bool
    alpn_offered: tuple[str, ...]
    alpn: str | None

    @property
    def tls13(self) -> bool:
        return self.version in TLS13_VERSIONS

    @property
    def resumed(self) -> bool:
        """A TLS 1.3 PSK handshake (the server took one of the offered identities)."""
        return self.psk_selected is not None

    @property
    def highest_offered(self) -> int | None:
        """The highest real version in the ClientHello's supported_versions (GREASE left out)."""
        real = [v for v in self.offered_versions if not is_grease(v)]
        return max(real) if real else None

    def scheme_of(self, side: End) -> int | None:
        return next((scheme for s, scheme in self.signature_schemes if s == side), None)

    @property
    def signature_scheme(self) -> int | None:
        """The server's signature scheme, else the client's."""
        server = self.scheme_of("server")
        return server if server is not None else self.scheme_of("client")


@quick_init
@dataclass(frozen=True, slots=True)
class Session:
    """Everything TLCP (or TLS) about one connection."""

    client_version: int | None
    server_version: int | None
    suite: Suite | None  # what the ServerHello chose
    offered_suites: tuple[Suite, ...] | None  # the ClientHello's, in order; None: no ClientHello
    server_name: str | None
    offered_session_id: bytes  # the ClientHello's session id (a resumption attempt)
    session_id: bytes  # the ServerHello's
    resumed: bool
    resumed_from: int | None  # the connection that created the session, when seen
    session_ticket: bool
    handshake_state: str
    # None: the capture does not show whether it completed (began before the capture, TLS 1.3
    # without keys, or the packets end during it with no alert and TCP open)
    handshake_complete: bool | None
    handshake_start: float | None  # capture time of the first handshake message
    established: float | None  # capture time the handshake completed
    messages: tuple[Message, ...]
    server_certificates: tuple[Certificate, ...]
    client_certificates: tuple[Certificate, ...]
    certificate_request: CertificateRequest | None
    alerts: tuple[Alert, ...]
    c2s: DirectionRecords
    s2c: DirectionRecords
    records: tuple[Record, ...] | None  # with records=True only
    checks: tuple[Check, ...]
    decryption: Decryption | None  # None: no keys given
    crypto: CryptoValues | None  # every cryptographic value (--crypto; secrets with
    # --show-secrets only); None: not asked for
    tls: TlsFacts  # versions, group, signature schemes, PSK, ALPN
    protocol_label: str  # "TLCP", "TLS 1.2", "TLS 1.3 (RFC 8998 SM)"; "" when unknown
    # handshakes begun after the first was established (TLCP, TLS 1.2 and older), as far as
    # they were read: without keys a renegotiation's records are encrypted_handshake messages
    renegotiations: int = 0

    @property
    def version(self) -> int | None:
        """The version the connection speaks: the server's choice, else the client's."""
        return self.server_version or self.client_version

    @property
    def negotiated_version(self) -> int | None:
        """The version chosen (supported_versions first), else the highest one offered."""
        return (self.tls.version or self.server_version or self.tls.highest_offered
                or self.client_version)

    @property
    def handshake_duration_ms(self) -> float | None:
        if self.handshake_start is None or self.established is None:
            return None
        return round((self.established - self.handshake_start) * 1000, 3)


@quick_init
@dataclass(frozen=True, slots=True)
class Connection:
    """One TCP connection, decoded."""

    index: int
    client: tuple[str, int]
    server: tuple[str, int]
    first_frame: int
    last_frame: int
    start_time: float
    end_time: float
    tcp: TcpSummary
    protocol: str  # tlcp | tls | other
    tlcp: Session | None  # None unless protocol is tlcp or tls
    unparsed_c2s: int  # payload bytes not parsed as records (all of them when not TLCP)
    unparsed_s2c: int
    warnings: tuple[Warning, ...]

    @property
    def duration(self) -> float:
        return round(self.end_time - self.start_time, 6)


def listed_values(values: Iterable[object]) -> int:
    """How many values the tuples among ``values`` hold: what a hostile hello controls the
    size of, for the caches that share model objects between connections."""
    return sum(len(value) for value in values if isinstance(value, tuple))


def endpoint(address: tuple[str, int]) -> str:
    """``host:port``, with IPv6 hosts in brackets."""
    host, port = address
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
