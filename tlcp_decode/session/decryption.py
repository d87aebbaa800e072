"""Decryption and verification of one connection, fed by the analyzer's hooks.

Keys come from an NSS key log (``CLIENT_RANDOM``/``RSA`` lines) or from the server's private
keys (ECC and RSA suites have no forward secrecy: the pre-master is decrypted from
ClientKeyExchange). Resumed sessions reuse the master secret of the connection that created
them. Protected records are decrypted in order per direction; the plaintext of handshake
records is parsed again with the same schemas, Finished is checked against the transcript,
and the handshake signatures are verified. Secrets are never reported unless asked for.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import field, replace
from typing import Any

from tlcp_decode import crypto, model, registry
from tlcp_decode.crypto import sm2, tls13_keys
from tlcp_decode.crypto.hashes import digest, sm3
from tlcp_decode.crypto.prf import (
    EXTENDED_MASTER_SECRET_LABEL,
    KEY_EXPANSION_LABEL,
    MASTER_SECRET_LABEL,
    MASTER_SECRET_LENGTH,
    key_expansion_seed,
    master_secret_seed,
    prf,
    session_hash,
    verify_data_from_hash,
)
from tlcp_decode.crypto.record import RecordOpening, lost_records
from tlcp_decode.crypto.scheme_signatures import verify_scheme
from tlcp_decode.crypto.signatures import SignatureCheck
from tlcp_decode.first_kept import MAX_RECORDS, FirstKept
from tlcp_decode.messages import Msg, msg, reason_of
from tlcp_decode.model import Check
from tlcp_decode.model_base import PEER, SIDE
from tlcp_decode.numbers import ContentType, HandshakeType
from tlcp_decode.output_files import OutputDirectory, OutputFile, write_new_file
from tlcp_decode.precompiled import dataclass
from tlcp_decode.session.certificates import describe
from tlcp_decode.session.crypto_values import (
    ClientKeyExchangeValues,
    CryptoValues,
    FinishedValues,
    KeyBlock,
    KeyDerivation,
    RecordValues,
    SignatureValues,
    SignerCertificate,
)
from tlcp_decode.session.tls13 import is_hello_retry_request
from tlcp_decode.session.tls13_decryption import (
    EARLY_SECRET_LABEL,
    EarlyData,
    TLS13Decryptor,
    strip_padding,
)
from tlcp_decode.session.transcript_verdicts import TranscriptVerdicts
from tlcp_decode.tlcp import AlertSeen, HandshakeAssembler, HandshakeMessage, ParseContext
from tlcp_decode.tlcp.events import RecordSeen
from tlcp_decode.tlcp.negotiation import ServerChoice

PREVIEW_BYTES = 120

_NO_KEYLOG_LINE = msg("the key log holds nothing for this connection (no CLIENT_RANDOM line "
                      "for its client random)")
_NO_USABLE_LINE = msg("the key log has no usable line")
_NOT_RESUMABLE = msg("resumed session: its master secret is in neither the key log nor "
                     "a decrypted earlier connection of this capture")
_MISSING = frozenset({_NO_KEYLOG_LINE, _NO_USABLE_LINE, _NOT_RESUMABLE})
_MISSING_PREFIXES = ("ECDHE has forward secrecy", "DHE has forward secrecy", "IBSDH", "IBC",
                     "no SM2 private key", "no RSA private key", "no private key", "the key log")

_LABELS = {"c2s": "client finished", "s2c": "server finished"}


#: TLS 1.0 and 1.1 (RFC 2246, RFC 4346): their PRF and handshake hash are MD5 with SHA-1;
#: TLS 1.0's CBC records carry no IV (each continues the chain of the record before).
_TLS10 = 0x0301
_MD5_SHA1_VERSIONS = frozenset({_TLS10, 0x0302})


@dataclass
class DecryptionSetup:
    """What the user gave (key logs, keys) and what was learnt across connections."""

    keylog: crypto.KeyLog | None = None
    keys: list[crypto.PrivateKey] = field(default_factory=list)
    dump_dir: OutputDirectory | None = None  # where this input's plaintext goes
    dump_root: OutputDirectory | None = None  # --dump-plaintext (inputs' folders are in it)
    show_secrets: bool = False
    show_crypto: bool = False  # --crypto: the values in the text report
    record_values: bool = False  # --records: each protected record's IV, MAC/tag, padding
    session_masters: dict[bytes, bytes] = field(default_factory=dict)  # session id/ticket -> master
    recovered: dict[bytes, bytes] = field(default_factory=dict)  # client random -> master

    @classmethod
    def from_files(cls, keylog_files: list[str], key_files: list[str], password: str | None,
                   dump_dir: str | None, show_secrets: bool = False,
                   show_crypto: bool = False, record_values: bool = False,
                   force: bool = False) -> DecryptionSetup:
        keylog = None
        if keylog_files:
            try:
                keylog = crypto.load_keylogs(keylog_files)  # line by line, with bounds
            except OSError as exc:
                raise ValueError(msg("{file}: cannot read the key log ({reason})",
                                     file=exc.filename, reason=exc.strerror)) from None
        keys: list[crypto.PrivateKey] = []
        for name in key_files:
            try:
                keys.extend(crypto.load_private_keys(
                    name, password.encode() if password is not None else None))
            except crypto.KeyLoadError as exc:
                raise ValueError(str(exc)) from None  # the message names the file
            except OSError as exc:
                raise ValueError(msg("{file}: cannot read the key ({reason})", file=name,
                                     reason=exc.strerror)) from None
        directory = OutputDirectory.open(dump_dir, force) if dump_dir else None
        return cls(keylog, keys, dump_dir=directory, dump_root=directory,
                   show_secrets=show_secrets, show_crypto=show_crypto,
                   record_values=record_values)

    @property
    def decrypting(self) -> bool:
        """Keys or a key log were given (else only the public values are worked out)."""
        return self.keylog is not None or bool(self.keys)

    def decryptor(self, flow_index: int) -> ConnectionDecryptor:
        return ConnectionDecryptor(self, flow_index)

    def write_keylog(self, path: str, force: bool = False) -> int:
        """The recovered master secrets as an NSS key log at ``path`` (not written, and 0
        returned, when there are none). See :mod:`tlcp_decode.output_files`."""
        if not self.recovered:
            return 0
        lines = io.StringIO()
        count = crypto.write_keylog(lines, sorted(self.recovered.items()))
        write_new_file(path, lines.getvalue().encode("ascii"), force)
        return count


class ConnectionDecryptor:
    """Implements the analyzer's ``Decryptor`` hooks for one connection."""

    def __init__(self, setup: DecryptionSetup, flow_index: int) -> None:
        self.setup = setup
        self.flow_index = flow_index
        self.transcript = bytearray()  # handshake messages as hashed for Finished
        self.client_random = b""
        self.client_version = 0x0101  # the ClientHello's: an RSA pre-master starts with it
        self.server_random = b""
        self.server_version: int | None = None  # the ServerHello's
        self.offered_session = b""
        self.offered_ticket = b""
        # TLS 1.3 0-RTT: the client's early data comes before the ServerHello (see EarlyData)
        self.offered_early_data = False
        self.early: EarlyData | None = None
        self.early_without_key = 0  # early records no key opened
        self.session_id = b""
        self.ticket = b""
        self.suite: registry.CipherSuite | None = None
        self.server_certs: list[bytes] = []
        self.client_certs: list[bytes] = []
        self.client_key_exchange = b""
        self.master: bytes | None = None
        self.key_source: str | None = None
        self.failure: Msg | None = None
        self.missing_key = False  # the failure is missing key material, not a wrong key
        self.decryptors: dict[str, crypto.RecordDecryptor] = {}
        # the latest handshake's, each put in use at its side's ChangeCipherSpec
        self._next_decryptors: dict[str, crypto.RecordDecryptor] = {}
        self.renegotiations = 0
        # self.master is the latest handshake's (False until its keys are made, and again
        # from a renegotiation's ClientHello to its first ChangeCipherSpec)
        self._master_current = False
        self.sequence = {"c2s": 0, "s2c": 0}
        self.active = {"c2s": False, "s2c": False}
        self.context = ParseContext()
        self.assemblers = {d: HandshakeAssembler(self.context) for d in ("c2s", "s2c")}
        self.finished_verified: dict[str, bool | None] = {"client": None, "server": None}
        self.plaintext_bytes = {"c2s": 0, "s2c": 0}
        self.records_failed = 0
        self.checks: list[Check] = []
        # the Finished and CertificateVerify verdicts, with their message's frame (see on_gap)
        self._verdicts = TranscriptVerdicts(self.checks, self.finished_verified)
        # bounded as the record log is (its records_left_out warning covers these too)
        self.values = CryptoValues(
            records=FirstKept(MAX_RECORDS) if setup.record_values else None)
        self._server_point: bytes | None = None  # ECDHE: the server's ephemeral key
        self._pre_master: bytes | None = None
        self._preview = {"c2s": bytearray(), "s2c": bytearray()}
        self._dumps: dict[str, OutputFile] = {}
        self.tls13: TLS13Decryptor | None = None  # set when the ServerHello chose TLS 1.3
        self.encrypt_then_mac = False
        self.extended_master_secret = False
        self._through_key_exchange = b""  # the handshake messages up to ClientKeyExchange
        # each side's Finished of the latest handshake decrypted (its handshake messages over)
        self._finished_sent = {"c2s": False, "s2c": False}
        # the frame before which bytes of the latest handshake's messages went missing from
        # the capture (on_gap; None: none did): what is verified over them (Finished,
        # signatures) is left unverified, not failed
        self.transcript_gap: int | None = None
        # records a gap may have held, by direction: the next record's sequence number is
        # looked for among this many after the expected one (see _open_record)
        self._lost_records = {"c2s": 0, "s2c": 0}
        # the directions with a gap before their ChangeCipherSpec was seen: it may be what
        # was lost (see on_protected_record)
        self._change_cipher_spec_missing: set[str] = set()
        # where the first protected record failed, while the failure blames the master
        # secret (see on_gap)
        self._failed_record: Msg | None = None

    def _start_tls13(self, server_hello: HandshakeMessage, choice: ServerChoice) -> None:
        """From here on the TLS 1.3 decryptor handles everything (session.tls13_decryption)."""
        suite = choice.suite
        if choice.draft:
            self.failure = msg("{version}: only RFC 8446's key schedule is implemented, not "
                               "the drafts'", version=registry.version_name(choice.version))
            return
        if suite is None or not suite.tls13:
            self.failure = msg("the TLS 1.3 ServerHello names no TLS 1.3 cipher suite")
            return
        if not suite.decryptable:
            self.failure = msg("{name} cannot be decrypted", name=suite.name)
            return
        transcript = bytes(self.transcript)
        hello_retry = is_hello_retry_request(server_hello.raw)
        if hello_retry:
            # RFC 8446 4.4.1: the first ClientHello enters the transcript as its hash
            transcript = tls13_keys.message_hash(suite, transcript)
        self.tls13 = TLS13Decryptor(self.setup, suite, self.client_random,
                                    transcript + server_hello.raw, self._application_data,
                                    self.early, self.early_without_key, hello_retry)
        if self.transcript_gap is not None:  # (bytes went missing before this ServerHello)
            self.tls13.transcript_lacks_bytes(self.transcript_gap)
        # the same objects, so that the report reads them here as for TLCP
        self.checks = self.tls13.checks
        self.finished_verified = self.tls13.finished_verified

    # -- hooks ------------------------------------------------------------------------------

    def on_gap(self, direction: str, size: int, frame: int | None, since: int) -> bool:
        """``size`` bytes of ``direction`` are missing before ``frame``, after its message of
        frame ``since``. Whether they may have held messages of the handshake being verified
        (its side had not sent its Finished): then the Finished and signatures after them are
        left unverified, and so are those the other side sent after ``since`` (verified
        before the gap was known, perhaps without them). Records lost in the gap move the
        sequence numbers of the ones after it: those are found again (_open_record)."""
        if self.tls13 is not None:
            return self.tls13.on_gap(direction, size, frame, since)
        # (the next protected record's number: after the ChangeCipherSpec, or the gap held it)
        self._lost_records[direction] = lost_records(size)
        if not self.active[direction]:
            self._change_cipher_spec_missing.add(direction)
        if self._finished_sent[direction]:
            return False
        if self.transcript_gap is None:
            self.transcript_gap = frame or 0
        if self._failed_record is not None:
            # the keys may have been made without the missing bytes (a renegotiation's random,
            # its ServerHello behind the gap): the record's failure says nothing of the master
            # secret
            self.failure, self._failed_record = self._failed_record, None
        peer = PEER[direction]
        withdrawn = self._verdicts.withdraw(peer, since)
        # (and the values each verdict was made of)
        if f"{SIDE[peer]}_finished" in withdrawn:
            del self.values.finished[SIDE[peer]]
        if "certificate_verify_signature" in withdrawn:
            self.values.certificate_verify = None
        return True

    def change_cipher_spec_lost(self, direction: str) -> bool:
        """Whether ``direction``'s ChangeCipherSpec may have been in a gap: none seen, and a gap
        came where it would have been. Its application data is protected all the same (the
        parser, which saw no ChangeCipherSpec, reads it as clear: see on_protected_record)."""
        return (self.tls13 is None and direction in self._change_cipher_spec_missing
                and not self.active[direction])

    def on_handshake(self, direction: str, message: HandshakeMessage) -> None:
        if self.tls13 is not None:
            self.tls13.on_handshake(direction, message)
            return
        raw = message.raw
        body = message.body
        name = message.msg_type
        choice = (ServerChoice.of(body) if name == HandshakeType.SERVER_HELLO and body is not None
                  else None)
        if choice is not None and choice.tls13:
            self._start_tls13(message, choice)
            return
        if (name == HandshakeType.CERTIFICATE_VERIFY and body is not None  # over all before it
                and self.transcript_gap is None):
            checked = len(self.checks)
            if self.suite is not None and not self.suite.tlcp:
                self._verify_tls12_signature("certificate_verify_signature", body,
                                             self.client_certs, bytes(self.transcript))
            else:
                self._verify_certificate_verify(bytes(body.signature), message.frame)
            self._verdicts.made_since(direction, message.frame, checked)
        if name != HandshakeType.HELLO_REQUEST:  # not part of the transcript
            self.transcript += raw
        if body is None:
            return
        if name == HandshakeType.CLIENT_HELLO:
            self.client_random = self.values.client_random = raw[6:38]
            self.client_version = int(body.client_version)
            self.offered_session = bytes(body.session_id)
            for ext in body.extensions or []:
                kind = str(ext.type)
                if kind == "session_ticket" and ext.data:
                    self.offered_ticket = bytes(ext.data)
                elif kind == "early_data":
                    self.offered_early_data = True
                    self.early = self._early_data(body)
        elif choice is not None:  # the ServerHello
            self.server_random = self.values.server_random = raw[6:38]
            self.session_id = choice.session_id
            self.suite = self.values.suite = choice.suite
            self.server_version = choice.legacy_version
            if choice.legacy_version in _MD5_SHA1_VERSIONS:
                self.values.version_prf = str(registry.Hash.MD5_SHA1)
            self.context.choose(choice)
            # RFC 7366: a TLS server that echoes encrypt_then_mac switches CBC records to it
            self.encrypt_then_mac = bool(self.suite and not self.suite.tlcp and any(
                str(ext.type) == "encrypt_then_mac" for ext in body.extensions or ()))
            # RFC 7627: a server that echoes extended_master_secret derives the master secret
            # from the session hash instead of the randoms
            self.extended_master_secret = any(
                str(ext.type) == "extended_master_secret" for ext in body.extensions or ())
        elif name == HandshakeType.CERTIFICATE:
            certs = [bytes(c) for c in body.certificate_list]
            if direction == "s2c":
                self.server_certs = certs
            else:
                self.client_certs = certs
        elif (name == HandshakeType.SERVER_KEY_EXCHANGE and self.suite is not None
              and not self.suite.tlcp):
            params = getattr(body, "params", None)
            signed = getattr(body, "signed", None)
            if (params is not None and signed is not None  # TLS 1.2: randoms and the params
                    and self.client_random and self.transcript_gap is None):
                length = len(raw) - 4 - 2 - len(signed.signature) - (
                    2 if "algorithm" in signed else 0)
                self._verify_tls12_signature(
                    "server_key_exchange_signature", signed, self.server_certs,
                    self.client_random + self.server_random + raw[4:4 + length])
        elif (name == HandshakeType.SERVER_KEY_EXCHANGE and self.suite is not None
              and self.client_random  # (signed over it: a ClientHello not captured, no verdict)
              and self.transcript_gap is None):  # (over the certificate, which a gap may hold)
            check = crypto.verify_server_key_exchange(self.suite, self.client_random,
                                                      self.server_random, raw[4:],
                                                      self.server_certs)
            self.checks.append(Check("server_key_exchange_signature", check.ok, check.detail))
            self.values.server_key_exchange = signature_values(
                message.frame, bytes(getattr(body, "signature", b"") or b""), check,
                self.server_certs)
            params = getattr(body, "params", None)
            if params is not None and hasattr(params, "point"):
                self._server_point = bytes(params.point)
        elif name == HandshakeType.CLIENT_KEY_EXCHANGE:
            self.client_key_exchange = raw[4:]
            self._through_key_exchange = bytes(self.transcript)  # RFC 7627's session hash
            self.values.client_key_exchange = self._client_key_exchange_values(
                message.frame, body)
        elif name == HandshakeType.NEW_SESSION_TICKET:
            self.ticket = bytes(body.ticket)
            if self.master is not None and self.ticket:  # the keys came first (client's CCS)
                self.setup.session_masters.setdefault(self.ticket, self.master)

    def on_change_cipher_spec(self, direction: str) -> None:
        if self.tls13 is not None:
            return  # TLS 1.3: a middlebox-compatibility record
        self.active[direction] = True
        self.sequence[direction] = 0
        if not self._master_current and self.failure is None:
            self._derive_keys()
        # a side switches to the latest handshake's keys at its own ChangeCipherSpec; in a
        # renegotiation the other side's records are still under the keys before
        following = self._next_decryptors.pop(direction, None)
        if following is not None:
            self.decryptors[direction] = following
        else:  # no keys for this handshake: its records are not opened with older ones
            self.decryptors.pop(direction, None)

    def on_protected_record(self, direction: str, record: RecordSeen) -> list[Any]:
        if self.tls13 is not None:
            return self.tls13.on_protected_record(direction, record)
        if (direction == "c2s" and self.offered_early_data and not self.server_random
                and record.content_type == ContentType.APPLICATION_DATA):
            return self._early_record(record)
        decryptor = self.decryptors.get(direction)
        if decryptor is None and direction in self._change_cipher_spec_missing:
            # a protected record of a side whose ChangeCipherSpec was not seen, after a gap:
            # the ChangeCipherSpec was in it, and this side's keys are in use
            self._change_cipher_spec_missing.discard(direction)
            lost = self._lost_records[direction]
            self.on_change_cipher_spec(direction)
            self._lost_records[direction] = lost  # (its Finished was lost with it)
            decryptor = self.decryptors.get(direction)
        if decryptor is None:
            return []
        seq, opening, error = self._open_record(decryptor, direction, record)
        records = self.values.records
        if records is not None:
            records.append(record_values(record, direction, opening, error))
        if opening is None or not opening.ok:
            self.records_failed += 1
            if self.failure is None:
                where = msg("{direction} record {seq} (frame {frame}): {error}",
                            direction=direction, seq=seq, frame=record.frame, error=error)
                # the first protected record is the Finished: failing it means wrong keys
                # (unless handshake bytes turn out missing: see on_gap)
                self.failure = where
                if self.records_failed == 1 and seq == 0 and self.transcript_gap is None:
                    self._failed_record = where
                    self.failure = msg("the master secret does not match: {where}",
                                       where=where)
            return []
        plaintext = opening.plaintext
        if record.content_type == ContentType.HANDSHAKE:
            events = self.assemblers[direction].feed(plaintext, record.offset, record.frame)
            for event in events:
                if isinstance(event, HandshakeMessage):
                    self._decrypted_handshake(direction, event)
            return events
        if record.content_type == ContentType.ALERT and len(plaintext) == 2:
            return [AlertSeen(record.offset, record.frame, plaintext[0], plaintext[1], True)]
        if record.content_type == ContentType.APPLICATION_DATA:
            self._application_data(direction, plaintext)
        return []

    def _open_record(self, decryptor: crypto.RecordDecryptor, direction: str,
                     record: RecordSeen) -> tuple[int, RecordOpening | None, str]:
        """(sequence number, opening or None, error) of ``record``: opened as the next record
        of its direction, or, after a gap, as the first that opens of the records the gap may
        have held (their MAC or tag covers the sequence number)."""
        seq = self.sequence[direction]
        lost = self._lost_records[direction]
        self._lost_records[direction] = 0
        for skipped in range(lost + 1):
            try:
                opening = decryptor.open(record.content_type, record.version, seq + skipped,
                                         record.fragment)
                error = opening.error
            except crypto.DecryptError as exc:
                opening, error = None, str(exc)
            if opening is not None and opening.ok:
                seq += skipped
                break
        else:
            if lost:
                error = msg("after {n} missing record(s) at most, not as any of them: the "
                            "records after the gap cannot be numbered", n=lost)
        self.sequence[direction] = seq + 1
        return seq, opening, error

    # -- TLS 1.3 0-RTT ------------------------------------------------------------------------

    def _early_data(self, hello: Any) -> EarlyData | None:
        """The keys of the client's 0-RTT records, when the key log has its early secret."""
        keylog = self.setup.keylog
        secret = (keylog.other.get((EARLY_SECRET_LABEL, self.client_random))
                  if keylog is not None else None)
        if secret is None:
            return None
        suites = [registry.lookup(int(s)) for s in hello.cipher_suites]
        return EarlyData(secret, [s for s in suites if s is not None])

    def _early_record(self, record: RecordSeen) -> list[Any]:
        """A 0-RTT record before the ServerHello: opened with the early keys if known."""
        early = self.early
        plaintext = early.open(record) if early is not None else None
        if plaintext is None:
            self.early_without_key += 1
            return []
        content, inner_type = strip_padding(plaintext)
        if inner_type == ContentType.APPLICATION_DATA:
            self._application_data("c2s", content)
        return []

    # -- keys -------------------------------------------------------------------------------

    def _derive_keys(self) -> None:
        suite = self.suite
        if suite is None:
            self.failure = msg("no ServerHello seen: the suite is unknown")
            return
        if not suite.decryptable:
            self.failure = msg("{suite} cannot be decrypted ({cipher} {mode})", suite=suite.name,
                               cipher=str(suite.cipher), mode=str(suite.mode))
            return
        if not self.setup.decrypting:  # --crypto alone: public values only
            return
        master, source, reason = self._find_master(suite)
        if master is None:
            self.failure = reason
            self.missing_key = reason in _MISSING or reason.startswith(_MISSING_PREFIXES)
            return
        self.master, self.key_source = master, source
        self._master_current = True
        keys = crypto.key_block(master, self.client_random, self.server_random, suite,
                                self._prf_hash)
        label, seed = self._master_secret_inputs(suite)
        self.values.derivation = KeyDerivation(
            str(self._prf_hash), source, label, seed, KEY_EXPANSION_LABEL,
            key_expansion_seed(self.client_random, self.server_random), suite.mac_key_length,
            suite.key_length, suite.fixed_iv_length, self._pre_master is not None,
            self._pre_master, master,
            KeyBlock(keys.client_mac, keys.server_mac, keys.client_key, keys.server_key,
                     keys.client_iv, keys.server_iv))
        c2s, s2c = crypto.decryptors_for(suite, keys,
                                         chained_ivs=self.server_version == _TLS10)
        c2s.encrypt_then_mac = s2c.encrypt_then_mac = self.encrypt_then_mac
        self._next_decryptors = {"c2s": c2s, "s2c": s2c}
        self.setup.recovered[self.client_random] = master
        for key in (self.session_id, self.ticket):
            if key:
                self.setup.session_masters.setdefault(key, master)

    @property
    def _prf_hash(self) -> registry.Hash:
        """The PRF's and the handshake hash's algorithm: the suite's, but TLS 1.0 and 1.1's
        own (MD5 with SHA-1) in those versions."""
        assert self.suite is not None
        return (registry.Hash.MD5_SHA1 if self.server_version in _MD5_SHA1_VERSIONS
                else self.suite.prf_hash)

    def _find_master(self, suite: registry.CipherSuite) -> tuple[bytes | None, str, Msg]:
        keylog = self.setup.keylog
        if keylog is not None and self.client_random:
            master = keylog.master_secret(self.client_random)
            if master is not None:
                if self.setup.keys and self.client_key_exchange:  # show the pre-master too
                    with contextlib.suppress(crypto.PremasterError):
                        self._open_pre_master(suite)
                return master, "keylog", msg("")
        if not self.client_key_exchange:  # abbreviated handshake: the session's own master
            for key in (self.offered_ticket, self.offered_session):
                if key and key in self.setup.session_masters:
                    return self.setup.session_masters[key], "resumed_session", msg("")
            return None, "", self._keylog_reason() or _NOT_RESUMABLE
        try:
            pms = self._open_pre_master(suite)
        except crypto.PremasterError as exc:
            keylog_reason = self._keylog_reason()
            if keylog_reason is not None and not self.setup.keys:
                return None, "", keylog_reason  # only a key log was given: it is the reason
            if keylog_reason is not None:
                return None, "", msg("{a}; {b}", a=keylog_reason, b=reason_of(exc))
            return None, "", reason_of(exc)
        label, seed = self._master_secret_inputs(suite)
        master = prf(self._prf_hash, pms, label, seed, MASTER_SECRET_LENGTH)
        return master, "server_key", msg("")

    def _master_secret_inputs(self, suite: registry.CipherSuite) -> tuple[bytes, bytes]:
        """The PRF's label and seed for the master secret: the randoms (GB/T 38636-2020 6.5,
        RFC 5246 8.1), or RFC 7627's session hash when extended_master_secret was agreed."""
        if self.extended_master_secret:
            return (EXTENDED_MASTER_SECRET_LABEL,
                    session_hash(self._prf_hash, self._through_key_exchange))
        return MASTER_SECRET_LABEL, master_secret_seed(self.client_random, self.server_random)

    def _keylog_reason(self) -> Msg | None:
        """Why the key log did not give this connection's master secret (None: no key log)."""
        keylog = self.setup.keylog
        if keylog is None:
            return None
        return _NO_USABLE_LINE if len(keylog) == 0 else _NO_KEYLOG_LINE

    def _encryption_certificate(self) -> bytes | None:
        """The certificate whose key the pre-master is encrypted to: TLCP's second (the
        encryption certificate, GB/T 38636-2020 6.4.5.3), TLS's first (RFC 5246 7.4.2); None
        when the server sent none, or one certificate where TLCP expects two."""
        tlcp = self.suite is None or self.suite.tlcp
        if tlcp:
            return self.server_certs[1] if len(self.server_certs) > 1 else None
        return self.server_certs[0] if self.server_certs else None

    def _open_pre_master(self, suite: registry.CipherSuite) -> bytes:
        """The pre-master from ClientKeyExchange with the given keys (PremasterError if none
        opens it); remembers it and which key opened it for the report."""
        try:
            pms, source = crypto.recover_premaster(suite, self.client_key_exchange,
                                                   self.setup.keys, self._encryption_certificate(),
                                                   self.setup.keylog, self.client_version)
        except crypto.PremasterError:
            if self._pre_master is None:
                raise
            return self._pre_master
        self._pre_master = pms
        cke = self.values.client_key_exchange
        if cke is not None:
            self.values.client_key_exchange = replace(cke, opened_by=source)
        return pms

    # -- plaintext --------------------------------------------------------------------------

    def _decrypted_handshake(self, direction: str, message: HandshakeMessage) -> None:
        msg_type = message.msg_type
        if msg_type == HandshakeType.FINISHED:
            if (message.body is not None and self.suite and self._master_current
                    and self.transcript_gap is None):
                self._verify_finished(direction, message)
            self.transcript += message.raw
            self._finished_sent[direction] = True
            return
        if msg_type == HandshakeType.CLIENT_HELLO and direction == "c2s":
            self._renegotiation()
        if self.renegotiations:
            # a renegotiation's messages carry what its keys are made of, as the first
            # handshake's did in the clear (on_handshake adds them to the transcript)
            self.on_handshake(direction, message)
        else:
            self.transcript += message.raw

    def _verify_finished(self, direction: str, message: HandshakeMessage) -> None:
        suite, master = self.suite, self.master
        assert suite is not None and master is not None
        transcript_hash = digest(self._prf_hash, bytes(self.transcript))
        expected = verify_data_from_hash(master, _LABELS[direction], transcript_hash,
                                         self._prf_hash)
        received = bytes(message.body.verify_data)
        ok = received == expected
        side = SIDE[direction]
        self.values.finished[side] = FinishedValues(message.frame, _LABELS[direction],
                                                    transcript_hash, expected, received)
        self.finished_verified[side] = ok
        self._verdicts.add(direction, message.frame, Check(
            f"{side}_finished", ok,
            msg("{side} Finished verify_data matches the handshake messages", side=side)
            if ok else msg("{side} Finished verify_data does NOT match the handshake "
                           "messages", side=side)))

    def _renegotiation(self) -> None:
        """A ClientHello under the keys in use begins a new handshake (RFC 5246 7.4.1.2; TLCP
        the same): its transcript and master secret are its own, and the keys in use stay until
        each side's ChangeCipherSpec."""
        self.renegotiations += 1
        self.transcript = bytearray()
        self.transcript_gap = None
        self._finished_sent = {"c2s": False, "s2c": False}
        # the master secret in use stays until the new one is made (at the first
        # ChangeCipherSpec): a renegotiation the peer refuses changes no keys
        self._master_current = False
        self._next_decryptors = {}
        self.session_id = self.ticket = self.offered_session = self.offered_ticket = b""
        self.server_random = self.client_key_exchange = self._through_key_exchange = b""
        self._server_point = self._pre_master = None

    def _application_data(self, direction: str, plaintext: bytes) -> None:
        self.plaintext_bytes[direction] += len(plaintext)
        preview = self._preview[direction]
        if len(preview) < PREVIEW_BYTES:
            preview += plaintext[: PREVIEW_BYTES - len(preview)]
        if self.setup.dump_dir is not None and plaintext:
            dump = self._dumps.get(direction)
            if dump is None:
                dump = self._dumps[direction] = self.setup.dump_dir.create(
                    f"{self.flow_index}-{direction}.bin")
            dump.write(plaintext)

    def _verify_certificate_verify(self, signature: bytes, frame: int | None) -> None:
        if not self.client_certs:
            self.checks.append(Check("certificate_verify_signature", False,
                                     msg("CertificateVerify without a client certificate")))
            return
        transcript = bytes(self.transcript)
        check = crypto.verify_certificate_verify(signature, self.client_certs[0], transcript)
        self.checks.append(Check("certificate_verify_signature", check.ok, check.detail))
        self.values.certificate_verify = signature_values(frame, signature, check,
                                                          self.client_certs, sm3(transcript))

    def _client_key_exchange_values(self, frame: int | None,
                                    body: Any) -> ClientKeyExchangeValues | None:
        """The public parts of ClientKeyExchange, as the schema parsed them."""
        suite = self.suite
        if suite is None:
            return None
        kx = suite.key_exchange
        if kx is registry.KeyExchange.ECDHE:
            params = getattr(body, "params", None)
            curve = str(params.named_curve) if params is not None else None
            point = bytes(params.point) if params is not None else None
            return ClientKeyExchangeValues(frame, str(kx), curve=curve,
                                           server_point=self._server_point, client_point=point)
        if kx not in (registry.KeyExchange.ECC, registry.KeyExchange.RSA):
            return ClientKeyExchangeValues(frame, str(kx))
        encrypted = bytes(getattr(body, "encrypted_pre_master", b"") or b"")
        if kx is registry.KeyExchange.RSA:
            return ClientKeyExchangeValues(frame, str(kx), encrypted)
        try:
            parts = sm2.decode_ciphertext(encrypted)
        except sm2.SM2Error as exc:
            return ClientKeyExchangeValues(frame, str(kx), encrypted, error=str(exc))
        return ClientKeyExchangeValues(frame, str(kx), encrypted, sm2.encode_point(parts.c1),
                                       parts.c3, parts.c2)

    def _verify_tls12_signature(self, name: str, signed: Any, certificates: list[bytes],
                                content: bytes) -> None:
        """A TLS 1.2 signature with its SignatureScheme (TLS 1.0/1.1 forms are not checked)."""
        algorithm = signed.get("algorithm") if hasattr(signed, "get") else None
        if algorithm is None or not certificates:
            return
        check = verify_scheme(int(algorithm), certificates[0], content, bytes(signed.signature))
        self.checks.append(Check(name, check.ok, check.detail))

    # -- results ----------------------------------------------------------------------------

    def close(self) -> None:
        for dump in self._dumps.values():
            dump.close()
        self._dumps.clear()

    @property
    def status(self) -> str:
        if self.master is None:
            return "no_key" if self.failure is None or self.missing_key else "failed"
        if self.records_failed:
            return "failed"
        # keys found for a handshake, not for a renegotiation after it (its records unread)
        return "partial" if self.failure is not None else "decrypted"

    def crypto_result(self) -> CryptoValues | None:
        """The values as they may be reported (secrets only with --show-secrets); None
        unless --crypto asked for them."""
        if not self.setup.show_crypto:
            return None
        return self.values.shown(self.setup.show_secrets)

    def result(self) -> model.Decryption | None:
        """What decryption achieved, for the report (called once, when the connection ends);
        None when no key or key log was given (``--crypto`` alone)."""
        self.close()
        if not self.setup.decrypting:
            return None
        if self.tls13 is not None:
            return self.tls13.result(self.plaintext_bytes["c2s"], self.plaintext_bytes["s2c"],
                                     tuple(self.previews()))
        status = self.status  # before the reasons below, which only explain it
        if self.master is None and self.failure is None and not self.client_random:
            self.failure = msg("no ClientHello in the capture (it starts after the handshake): "
                               "the keys cannot be derived")
            self.missing_key = True
        elif self.master is None and self.failure is None and not any(self.active.values()):
            self.failure = msg("the connection never switched to encryption")
        secrets = self.setup.show_secrets and self.master is not None
        return model.Decryption(
            status=status,
            key_source=self.key_source,
            finished_verified=model.FinishedVerified(self.finished_verified["client"],
                                                     self.finished_verified["server"]),
            c2s_plaintext_bytes=self.plaintext_bytes["c2s"],
            s2c_plaintext_bytes=self.plaintext_bytes["s2c"],
            records_failed=self.records_failed,
            reason=self.failure or None,
            master_secret=self.master if secrets else None,
            client_random=self.client_random if secrets else None,
            previews=tuple(self.previews()),
            keys=self._keys() if secrets else (),
        )

    def _keys(self) -> tuple[model.Secret, ...]:
        """The key block's parts, named as in RFC 5246 6.3 (GCM suites have no MAC keys)."""
        derivation = self.values.derivation
        block = derivation.keys if derivation is not None else None
        if block is None:
            return ()
        names = ("client_write_mac_key", "server_write_mac_key", "client_write_key",
                 "server_write_key", "client_write_iv", "server_write_iv")
        return tuple(model.Secret(name, getattr(block, name)) for name in names
                     if getattr(block, name))

    def previews(self) -> list[str]:
        lines: list[str] = []
        for direction in ("c2s", "s2c"):
            data = bytes(self._preview[direction])
            if data:
                text = "".join(
                    {"\r": "\\r", "\n": "\\n"}.get(ch, ch if ch.isprintable() else "·")
                    for ch in data.decode("utf-8", "replace"))
                more = "…" if self.plaintext_bytes[direction] > len(data) else ""
                lines.append(msg("{direction} plaintext: {text}", direction=direction,
                                 text=text + more))
        return lines


def signature_values(frame: int | None, signature: bytes, check: SignatureCheck,
                     certificates: list[bytes],
                     transcript_hash: bytes | None = None) -> SignatureValues:
    """What a signature check computed, for the report; ``certificates``: the signer's list
    (its first one signs)."""
    signer = None
    if certificates:
        info = describe(certificates[0], 0, len(certificates))
        signer = SignerCertificate(info.role, info.subject, info.serial)
    sm2_values = check.algorithm == "SM2"
    rs = None
    if check.rs is not None:
        rs = check.rs[0].to_bytes(32, "big") + check.rs[1].to_bytes(32, "big")
    return SignatureValues(
        frame, signature, check.ok, check.detail, check.algorithm or None, check.variant,
        check.signed_data if check.algorithm else None, signer, check.public_key or None,
        check.rsa_modulus, check.rsa_exponent, rs, check.uid if sm2_values else None,
        check.z if sm2_values else None, check.e if sm2_values else None,
        check.rsa_hash or None, transcript_hash)


def record_values(record: RecordSeen, direction: str, opening: RecordOpening | None,
                  error: str) -> RecordValues:
    """One protected record as unprotected (or why it could not be taken apart)."""
    if opening is None:
        return RecordValues(record.frame, direction, record.content_type, record.length, None,
                            error=error)
    cbc = opening.padding_length is not None
    return RecordValues(
        record.frame, direction, record.content_type, record.length, opening.seq,
        opening.explicit_iv, opening.nonce or None, "mac" if cbc else "tag", opening.received,
        opening.computed, opening.padding_length, len(opening.plaintext), opening.ok,
        opening.error or None)
