"""TLS 1.3 decryption of one connection with the traffic secrets of an NSS key log.

The key log gives, per client random, CLIENT/SERVER_HANDSHAKE_TRAFFIC_SECRET and
CLIENT/SERVER_TRAFFIC_SECRET_0. Each direction goes through key epochs: handshake keys from
the first protected record, application keys after its own Finished, the next application
keys after each KeyUpdate (RFC 8446 7.2); each epoch restarts the sequence number. A missing
secret leaves its epoch undecrypted and the next one is tried on the records that follow, so a
partial log is used as far as it goes. Decrypted handshake messages are parsed with the TLS 1.3
schemas; Finished and CertificateVerify are verified against the transcript.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any, Protocol

from tlcp_decode import model, registry
from tlcp_decode.crypto import tls13_keys
from tlcp_decode.crypto.aead import AEAD, open_aead
from tlcp_decode.crypto.errors import DecryptError
from tlcp_decode.crypto.keylog import KeyLog
from tlcp_decode.crypto.record import lost_records
from tlcp_decode.crypto.scheme_signatures import verify_scheme
from tlcp_decode.messages import Msg, msg
from tlcp_decode.model import Check
from tlcp_decode.model_base import PEER, SIDE
from tlcp_decode.numbers import HandshakeType
from tlcp_decode.precompiled import dataclass
from tlcp_decode.schema.tls13 import Certificate13
from tlcp_decode.session.analyzer import certificate_ders
from tlcp_decode.session.transcript_verdicts import TranscriptVerdicts
from tlcp_decode.tlcp import (
    AlertSeen,
    DecryptedRecord,
    HandshakeAssembler,
    HandshakeMessage,
    ParseContext,
)
from tlcp_decode.tlcp.events import RecordSeen

try:  # optional: RFC 8879 certificates compressed with brotli (Chrome, Cloudflare)
    import brotli
except ImportError:  # pragma: no cover - depends on the environment
    brotli = None



class DecryptionSetup(Protocol):
    """What this module reads of ``session.decryption.DecryptionSetup`` (a Protocol, so the
    two modules do not import each other)."""

    @property
    def keylog(self) -> KeyLog | None: ...

    @property
    def show_secrets(self) -> bool: ...

SECRET_LABELS = {
    ("c2s", "handshake"): "CLIENT_HANDSHAKE_TRAFFIC_SECRET",
    ("s2c", "handshake"): "SERVER_HANDSHAKE_TRAFFIC_SECRET",
    ("c2s", "application"): "CLIENT_TRAFFIC_SECRET_0",
    ("s2c", "application"): "SERVER_TRAFFIC_SECRET_0",
}
HANDSHAKE, ALERT, APPLICATION_DATA = 22, 21, 23


@dataclass
class Epoch:
    """The keys of one direction between two key changes."""

    name: str  # handshake | application | application N (after N key updates)
    secret: bytes | None
    aead: AEAD | None = None
    iv: bytes = b""
    sequence: int = 0


def make_epoch(suite: registry.CipherSuite, name: str, secret: bytes | None) -> Epoch:
    epoch = Epoch(name, secret)
    if secret is not None:
        key, epoch.iv = tls13_keys.traffic_keys(suite, secret)
        epoch.aead = open_aead(suite.cipher, suite.mode, key)
    return epoch


def _record_header(record: RecordSeen) -> bytes:
    """The additional data of a TLS 1.3 record: its header (RFC 8446 5.2)."""
    return (bytes([record.content_type]) + record.version.to_bytes(2, "big")
            + len(record.fragment).to_bytes(2, "big"))


def _opened(epoch: Epoch, sequence: int, record: RecordSeen, header: bytes) -> bytes | None:
    """The record opened with the epoch's keys as record ``sequence``; None if it does not
    open (or the epoch has no keys)."""
    if epoch.aead is None:
        return None
    try:
        return epoch.aead.decrypt(tls13_keys.record_nonce(epoch.iv, sequence),
                                  record.fragment, header)
    except DecryptError:
        return None


EARLY_SECRET_LABEL = "CLIENT_EARLY_TRAFFIC_SECRET"


class EarlyData:
    """The client's 0-RTT records (RFC 8446 2.3, 4.2.10) under CLIENT_EARLY_TRAFFIC_SECRET.

    They are sent before the ServerHello names the suite (that of the PSK they use), so the
    first is tried with each TLS 1.3 suite the client offered: the AEAD tag tells which."""

    def __init__(self, secret: bytes, suites: list[registry.CipherSuite]) -> None:
        self.secret = secret
        self.candidates = [(suite, make_epoch(suite, "early", secret)) for suite in suites
                           if suite.tls13 and suite.decryptable]
        self.suite: registry.CipherSuite | None = None
        self.epoch: Epoch | None = None

    def open(self, record: RecordSeen) -> bytes | None:
        header = _record_header(record)
        tries = ([(self.suite, self.epoch)] if self.epoch is not None else self.candidates)
        for suite, epoch in tries:
            plain = _opened(epoch, epoch.sequence, record, header)
            if plain is None:
                continue
            self.suite, self.epoch = suite, epoch
            epoch.sequence += 1
            return plain
        return None


class TLS13Decryptor:
    """The ``Decryptor`` hooks for a connection whose ServerHello chose TLS 1.3."""

    def __init__(self, setup: DecryptionSetup, suite: registry.CipherSuite,
                 client_random: bytes, transcript: bytes,
                 on_plaintext: Callable[[str, bytes], None],
                 early: EarlyData | None = None, early_without_key: int = 0,
                 hello_retry: bool = False) -> None:
        """``early``: the client's 0-RTT keys, when the key log has them (the records sent
        before the ServerHello were opened with them already); ``early_without_key``: how
        many such records no key opened; ``hello_retry``: the ServerHello that chose TLS 1.3
        was a HelloRetryRequest (a second ClientHello follows)."""
        self.setup = setup
        # application data goes to the TLCP decryptor's counters, previews and dump files
        self.on_plaintext = on_plaintext
        self.suite = suite
        self.client_random = client_random
        self.transcript = bytearray(transcript)
        self.context = ParseContext(key_exchange="TLS13", cipher_suite=suite.id, tls13=True)
        self.assemblers = {d: HandshakeAssembler(self.context) for d in ("c2s", "s2c")}
        self.epochs: dict[str, list[Epoch]] = {}
        self.current = {"c2s": 0, "s2c": 0}
        self.certificates: dict[str, list[bytes]] = {"c2s": [], "s2c": []}
        self.finished_verified: dict[str, bool | None] = {"client": None, "server": None}
        self.records_decrypted = 0
        self.records_failed = 0
        self.records_without_key = early_without_key
        self.key_updates = 0
        self.early_data_accepted = False  # EncryptedExtensions said so
        self.early = early  # until EndOfEarlyData, or the client's handshake keys
        self.early_secret = early.secret if early is not None else None
        self.end_of_early_data = False
        # the client's Finished ended the handshake: a CertificateRequest after it is a
        # post-handshake authentication (RFC 8446 4.6.2), outside the handshake's transcript
        self.handshake_over = False
        # that exchange's own transcript: the handshake's, then its CertificateRequest and
        # the client's answer (RFC 8446 4.4: "ClientHello ... client Finished +
        # CertificateRequest"); None between exchanges
        self.post_handshake: bytearray | None = None
        self.unverified: list[str] = []  # what could not be checked, and why
        # each side's handshake Finished decrypted (its handshake messages over)
        self._finished_sent = {"c2s": False, "s2c": False}
        # bytes of the handshake (or of a post-handshake authentication) missing from the
        # capture (on_gap): the Finished and CertificateVerify after them are not checked
        self.transcript_gap = False
        # records a gap may have held, by direction (see _open)
        self._lost_records = {"c2s": 0, "s2c": 0}
        # after a HelloRetryRequest, until the second ClientHello: the server's transcript
        # holds a client message still to come (see on_gap)
        self._second_hello_due = hello_retry
        self.failure: str | None = None
        self.checks: list[Check] = []
        # each side's verdicts over the transcript, with their message's frame (see on_gap)
        self._verdicts = TranscriptVerdicts(self.checks, self.finished_verified)
        keylog = setup.keylog
        for direction in ("c2s", "s2c"):
            epochs = []
            for phase in ("handshake", "application"):
                secret = (keylog.other.get((SECRET_LABELS[direction, phase], client_random))
                          if keylog is not None else None)
                epochs.append(self._epoch(phase, secret))
            self.epochs[direction] = epochs
        self.has_keys = any(e.secret is not None for d in self.epochs.values() for e in d)

    def _epoch(self, name: str, secret: bytes | None) -> Epoch:
        return make_epoch(self.suite, name, secret)

    # -- hooks ------------------------------------------------------------------------------

    def on_gap(self, direction: str, size: int, frame: int | None, since: int) -> bool:
        """ConnectionDecryptor.on_gap, in TLS 1.3: whether the transcript may lack bytes (the
        side had not sent its Finished, or a post-handshake authentication is under way).
        A server gap withdraws the client's verdicts made after frame ``since``, over a
        transcript that may lack the server's messages. Of the client's messages the server's
        transcript holds only its ClientHellos: a client gap withdraws the server's verdicts
        only while a second ClientHello (after a HelloRetryRequest) was due."""
        self._lost_records[direction] = lost_records(size)
        if self._finished_sent[direction] and self.post_handshake is None:
            return False
        if direction == "s2c" or self._second_hello_due:
            self._verdicts.withdraw(PEER[direction], since)
        self.transcript_lacks_bytes(frame)
        return True

    def transcript_lacks_bytes(self, frame: int | None) -> None:
        """Bytes of the handshake are missing before ``frame``: what is verified over the
        transcript from here on is not (said once, in ``unverified``)."""
        if not self.transcript_gap:
            self.transcript_gap = True
            self.unverified.append(msg(
                "Finished and CertificateVerify: handshake bytes are missing from the capture "
                "(before frame {frame})", frame=frame))

    def on_handshake(self, direction: str, message: HandshakeMessage) -> None:
        """A plaintext handshake message (a second ClientHello after HelloRetryRequest)."""
        self.transcript += message.raw
        if message.msg_type == HandshakeType.CLIENT_HELLO:
            self._second_hello_due = False

    def on_change_cipher_spec(self, direction: str) -> None:
        """Middlebox compatibility only: no key change, no sequence number (RFC 8446 D.4)."""

    def on_protected_record(self, direction: str, record: RecordSeen) -> list[Any]:
        if record.content_type != APPLICATION_DATA:
            return []
        plaintext = None
        early = self.early
        if direction == "c2s" and early is not None:
            plaintext = early.open(record)
            if plaintext is not None:
                self.records_decrypted += 1
        if plaintext is None:
            plaintext = self._open(direction, record)
        if plaintext is None:
            return []
        content, inner_type = strip_padding(plaintext)
        if inner_type is None:
            self.records_failed += 1
            self.failure = self.failure or msg(
                "{direction} frame {frame}: a record of only zeros (no inner content type)",
                direction=direction, frame=record.frame)
            return []
        events: list[Any] = [DecryptedRecord(record.offset, record.frame, inner_type,
                                             len(content))]
        if inner_type == HANDSHAKE:
            for event in self.assemblers[direction].feed(content, record.offset, record.frame):
                events.append(event)
                if isinstance(event, HandshakeMessage):
                    self._handshake(direction, event)
        elif inner_type == ALERT and len(content) == 2:
            events.append(AlertSeen(record.offset, record.frame, content[0], content[1], True))
        elif inner_type == APPLICATION_DATA:
            self.on_plaintext(direction, content)
        return events

    # -- records ----------------------------------------------------------------------------

    def _open(self, direction: str, record: RecordSeen) -> bytes | None:
        """Decrypt with the current epoch's keys, else with the next epoch's (its first record:
        the current epoch ended, or its secret is missing from the key log)."""
        epochs = self.epochs[direction]
        index = self.current[direction]
        header = _record_header(record)
        # after a gap: as any of the records it may have held (their numbers are used up)
        lost = self._lost_records[direction]
        self._lost_records[direction] = 0
        for candidate, skipped in ((c, k) for c in range(index, min(index + 2, len(epochs)))
                                   for k in range(lost + 1)):
            epoch = epochs[candidate]
            sequence = (epoch.sequence if candidate == index else 0) + skipped
            plain = _opened(epoch, sequence, record, header)
            if plain is None:
                continue
            self.current[direction] = candidate
            epoch.sequence = sequence + 1
            self.records_decrypted += 1
            if direction == "c2s":
                self.early = None  # the client's handshake keys are in use: 0-RTT is over
            return plain
        if epochs[index].aead is None or (
                direction == "c2s" and self.early_data_accepted and index == 0
                and epochs[0].sequence == 0):
            # a record of an epoch whose secret is missing (0-RTT data whose
            # CLIENT_EARLY_TRAFFIC_SECRET is not in the key log)
            self.records_without_key += 1
            return None
        else:
            self.records_failed += 1
            if self.failure is None:
                self.failure = msg("{direction} record in frame {frame} does not decrypt with "
                                   "the {epoch} keys", direction=direction, frame=record.frame,
                                   epoch=_epoch_word(epochs[index].name))
        if epochs[index].aead is not None:
            epochs[index].sequence += 1  # the record used a sequence number all the same
        return None

    def _advance(self, direction: str) -> None:
        """This direction's Finished (or KeyUpdate) was sent: the next epoch begins."""
        epochs = self.epochs[direction]
        index = self.current[direction]
        if index + 1 < len(epochs):
            self.current[direction] = index + 1
            return
        previous = epochs[index].secret
        count = len(epochs) - 1
        secret = tls13_keys.next_traffic_secret(self.suite, previous) if previous else None
        epochs.append(self._epoch(f"application {count}", secret))
        self.current[direction] = index + 1

    # -- handshake --------------------------------------------------------------------------

    def _handshake(self, direction: str, message: HandshakeMessage) -> None:
        checked = len(self.checks)
        self._handled(direction, message)
        self._verdicts.made_since(direction, message.frame, checked)

    def _handled(self, direction: str, message: HandshakeMessage) -> None:
        if self.handshake_over and message.msg_type not in _AFTER_HANDSHAKE:
            self._post_handshake(direction, message)
            return
        body = message.body
        handler = _MESSAGE_HANDLERS.get(message.msg_type)
        if handler is not None and body is not None:
            handler(self, direction, body)
        if message.msg_type not in _AFTER_HANDSHAKE:
            self.transcript += message.raw
        if message.msg_type == HandshakeType.END_OF_EARLY_DATA:
            self.end_of_early_data = True
            self.early = None
        elif message.msg_type == HandshakeType.FINISHED:
            self._advance(direction)
            self._finished_sent[direction] = True
            self.handshake_over = direction == "c2s"
        elif message.msg_type == HandshakeType.KEY_UPDATE:
            self.key_updates += 1
            self._advance(direction)

    def _encrypted_extensions(self, direction: str, body: Any) -> None:
        self.early_data_accepted = any(str(e.type) == "early_data"
                                       for e in body.extensions or ())

    def _certificate(self, direction: str, body: Any) -> None:
        self.certificates[direction] = certificate_ders(body)

    def _compressed_certificate(self, direction: str, body: Any) -> None:  # RFC 8879
        self.certificates[direction] = self._decompressed_certificates(direction, body)

    def _finished_message(self, direction: str, body: Any) -> None:
        self._finished(direction, bytes(body.verify_data), self.epochs[direction][0].secret,
                       self.transcript)

    def _decompressed_certificates(self, direction: str, body: Any) -> list[bytes]:
        algorithm = str(body.algorithm)
        data = bytes(body.compressed_certificate_message)
        try:
            if algorithm == "zlib":
                raw = zlib.decompress(data)
            elif algorithm == "brotli" and brotli is not None:
                raw = brotli.decompress(data)
            else:
                self.unverified.append(msg(
                    "{side} certificate compressed with {algorithm}, which is not "
                    "decompressed here", side=SIDE[direction], algorithm=algorithm))
                return []
            certificate = Certificate13.parse(raw)
        except Exception as exc:  # zlib.error, brotli.error, construct errors: report, go on
            self.unverified.append(msg(
                "{side} compressed certificate does not decompress ({error})",
                side=SIDE[direction], error=type(exc).__name__))
            return []
        return certificate_ders(certificate)

    def _post_handshake(self, direction: str, message: HandshakeMessage) -> None:
        """A message of a post-handshake authentication: the server's CertificateRequest, the
        client's Certificate, CertificateVerify and Finished, checked against the exchange's
        own transcript; its Finished with the client's current application traffic secret
        (RFC 8446 4.4), and it changes no keys."""
        kind, body = message.msg_type, message.body
        if kind == HandshakeType.CERTIFICATE_REQUEST and direction == "s2c":
            self.post_handshake = self.transcript + message.raw
            return
        transcript = self.post_handshake
        if transcript is None or direction != "c2s" or body is None:
            return  # outside an exchange: the handshake table says it is unexpected
        if kind == HandshakeType.CERTIFICATE:
            self._certificate(direction, body)
        elif kind == HandshakeType.CERTIFICATE_VERIFY:
            self._certificate_verify(direction, body, transcript, "post_handshake_")
        elif kind == HandshakeType.FINISHED:
            epoch = self.epochs[direction][self.current[direction]]
            self._finished(direction, bytes(body.verify_data), epoch.secret, transcript,
                           "post_handshake_")
            self.post_handshake = None
            return
        transcript += message.raw

    def _certificate_verify(self, direction: str, body: Any, transcript: bytearray | None = None,
                            exchange: str = "") -> None:
        """``transcript``: a post-handshake authentication's (``exchange`` names its checks),
        else the handshake's."""
        side = SIDE[direction]
        certificates = self.certificates[direction]
        name = f"{side}_{exchange}certificate_verify"
        if self.transcript_gap:
            return  # bytes the signature covers are missing: no verdict (see ``unverified``)
        if not certificates and self.unverified:
            return  # the certificate could not be read: no verdict (see ``unverified``)
        if not certificates:
            self.checks.append(Check(name, False, msg("{side} CertificateVerify without a "
                                                         "certificate", side=side)))
            return
        content = tls13_keys.certificate_verify_content(
            side, self.suite, bytes(self.transcript if transcript is None else transcript))
        check = verify_scheme(int(body.algorithm), certificates[0], content,
                              bytes(body.signature))
        self.checks.append(Check(name, check.ok, msg("{side} CertificateVerify: {detail}",
                                                        side=side, detail=check.detail)))

    def _finished(self, direction: str, verify_data: bytes, secret: bytes | None,
                  transcript: bytearray, exchange: str = "") -> None:
        """A Finished checked with the base key ``secret`` over ``transcript``: the
        handshake's (its traffic secret), or a post-handshake authentication's (``exchange``
        names its check; the client's application traffic secret)."""
        side = SIDE[direction]
        if secret is None or self.transcript_gap:
            return  # no secret, or bytes of the transcript missing: no verdict
        if (not exchange and direction == "c2s" and self.early_data_accepted
                and not self.end_of_early_data):
            # the transcript lacks the EndOfEarlyData the client sent before its Finished
            # (RFC 8446 4.5), under the early keys: no verdict either way
            self.unverified.append(msg(
                "client Finished: the EndOfEarlyData before it was not decrypted (no "
                "CLIENT_EARLY_TRAFFIC_SECRET in the key log)"))
            return
        ok = verify_data == tls13_keys.finished_verify_data(self.suite, secret,
                                                            bytes(transcript))
        if exchange:
            detail = msg("{side} Finished of a post-handshake authentication: verify_data "
                         "matches its transcript" if ok else "{side} Finished of a "
                         "post-handshake authentication: verify_data does NOT match its "
                         "transcript", side=side)
        else:
            self.finished_verified[side] = ok
            detail = msg("{side} Finished verify_data matches the transcript" if ok else
                         "{side} Finished verify_data does NOT match the transcript", side=side)
        self.checks.append(Check(f"{side}_{exchange}finished", ok, detail))

    # -- results ----------------------------------------------------------------------------

    @property
    def status(self) -> str:
        if not self.has_keys or not self.records_decrypted:
            return "failed" if self.records_failed else "no_key"
        if self.records_failed:
            return "failed"
        return "partial" if self.records_without_key else "decrypted"

    def result(self, c2s_plaintext_bytes: int, s2c_plaintext_bytes: int,
               previews: tuple[str, ...]) -> model.Decryption:
        """What TLS 1.3 decryption achieved (the caller counts the plaintext)."""
        if not self.has_keys:
            reason: str | None = msg("no TLS 1.3 traffic secrets for this connection in the key "
                                     "log")
        else:
            reason = self.failure or None
        return model.Decryption(
            status=self.status,
            key_source="keylog" if self.has_keys else None,
            finished_verified=model.FinishedVerified(self.finished_verified["client"],
                                                     self.finished_verified["server"]),
            c2s_plaintext_bytes=c2s_plaintext_bytes,
            s2c_plaintext_bytes=s2c_plaintext_bytes,
            records_failed=self.records_failed,
            reason=reason,
            master_secret=None,
            client_random=(self.client_random if self.setup.show_secrets and self.has_keys
                           else None),
            previews=previews,
            tls13=model.Tls13Decryption(
                records_without_key=self.records_without_key,
                key_updates=self.key_updates,
                unverified=tuple(self.unverified),
                secrets=tuple(sorted([SECRET_LABELS[d, p] for (d, p) in SECRET_LABELS
                                      if self.epochs[d][0 if p == "handshake" else 1].secret
                                      is not None]
                                     + ([EARLY_SECRET_LABEL] if self.early_secret else [])))),
            keys=self._keys() if self.setup.show_secrets else (),
        )

    def _keys(self) -> tuple[model.Secret, ...]:
        """Each key epoch's traffic secret (named as in the key log) with its write key and
        IV (RFC 8446 7.3), client first."""
        keys: list[model.Secret] = []
        if self.early_secret is not None:
            key, iv = tls13_keys.traffic_keys(self.suite, self.early_secret)
            keys += [model.Secret(EARLY_SECRET_LABEL, self.early_secret),
                     model.Secret("client_early_write_key", key),
                     model.Secret("client_early_write_iv", iv)]
        for direction, side in SIDE.items():
            for number, epoch in enumerate(self.epochs[direction]):
                if epoch.secret is None:
                    continue
                if number < 2:
                    label = SECRET_LABELS[direction, "handshake" if number == 0 else "application"]
                else:  # after key updates: the key log's numbering goes on
                    label = f"{side.upper()}_TRAFFIC_SECRET_{number - 1}"
                stem = f"{side}_{epoch.name.replace(' ', '_')}"  # client_handshake...
                key, iv = tls13_keys.traffic_keys(self.suite, epoch.secret)
                keys += [model.Secret(label, epoch.secret), model.Secret(f"{stem}_write_key", key),
                         model.Secret(f"{stem}_write_iv", iv)]
        return tuple(keys)


#: What each decrypted handshake message adds (the transcript grows for all but those below).
_MESSAGE_HANDLERS: dict[int, Callable[[TLS13Decryptor, str, Any], None]] = {
    HandshakeType.ENCRYPTED_EXTENSIONS: TLS13Decryptor._encrypted_extensions,
    HandshakeType.CERTIFICATE: TLS13Decryptor._certificate,
    HandshakeType.COMPRESSED_CERTIFICATE: TLS13Decryptor._compressed_certificate,
    HandshakeType.CERTIFICATE_VERIFY: TLS13Decryptor._certificate_verify,
    HandshakeType.FINISHED: TLS13Decryptor._finished_message,
}
#: Messages after the handshake, outside the transcript (RFC 8446 4.4.1).
_AFTER_HANDSHAKE = frozenset((HandshakeType.NEW_SESSION_TICKET, HandshakeType.KEY_UPDATE))


def _epoch_word(name: str) -> Msg:
    """An epoch's name ("handshake", "application", "application N") for a sentence."""
    if name == "handshake":
        return msg("handshake")
    number = name.removeprefix("application").strip()
    return msg("application data, after {n} key update(s)", n=number) if number else msg(
        "application data")


def strip_padding(plaintext: bytes) -> tuple[bytes, int | None]:
    """TLSInnerPlaintext: content, the content type, zero padding (RFC 8446 5.2)."""
    end = len(plaintext.rstrip(b"\x00"))
    if end == 0:
        return b"", None
    return plaintext[:end - 1], plaintext[end - 1]
