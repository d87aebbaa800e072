"""The rules a server's verdict is made of, and the policy that weighs them (``--policy FILE``).

Each rule says what it checks and where in GB/T 38636-2020 that comes from. A policy gives
each rule a level: ``required`` (a finding makes the verdict *fail*), ``advisory`` (a finding
makes it *attention*) or ``off`` (not evaluated). The default levels are documented in
docs/report.md; a policy file is TOML::

    [rules]
    client_authentication = "required"
    sm2_suites = "required"
    handshakes_complete = "off"
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path

from tlcp_decode.messages import MessageError, Msg, msg
from tlcp_decode.precompiled import dataclass


def N_(message: str) -> str:
    """Marks a string for the translation catalog; it is translated where it is shown."""
    return message


class Level(enum.StrEnum):
    REQUIRED = "required"
    ADVISORY = "advisory"
    OFF = "off"


class Verdict(enum.StrEnum):
    PASS = "pass"
    ATTENTION = "attention"
    FAIL = "fail"
    # no rule applied to any of the server's connections (e.g. only ClientHellos were
    # captured): nothing was checked, so nothing passed
    NOT_CHECKED = "not_checked"


@dataclass(frozen=True)
class Rule:
    """One rule of the server verdicts: what it checks, where the standard says it, its level."""

    id: str
    title: str  # msgid
    checks: str  # msgid: what the rule checks, in one sentence
    reference: str  # where in GB/T 38636-2020 (or a standard it cites) it comes from
    default: Level


RULES: tuple[Rule, ...] = (
    Rule("tlcp_protocol", N_("TLCP protocol"),
         N_("Every handshake the server completed used TLCP, version 0x0101 (not TLS)."),
         "GB/T 38636-2020 6.3, 6.4.5.2", Level.REQUIRED),
    Rule("tls13_sm", N_("TLS 1.3 with SM algorithms (RFC 8998)"),
         N_("Connections that negotiated TLS 1.3 instead of TLCP used only the RFC 8998 SM "
            "algorithms (TLS_SM4_GCM_SM3 or TLS_SM4_CCM_SM3, curveSM2, sm2sig_sm3); each one "
            "is listed, since TLS 1.3 is not the TLCP of the standard."),
         "RFC 8998; GB/T 38636-2020 6.3", Level.ADVISORY),
    Rule("tlcp_suites", N_("TLCP cipher suites"),
         N_("The server chose only TLCP cipher suites, each one the client had offered."),
         "GB/T 38636-2020 6.4.5.2.1", Level.REQUIRED),
    Rule("sm2_suites", N_("SM2/SM3/SM4 cipher suites"),
         N_("The negotiated suites use SM2 key exchange and authentication with SM3 and SM4 "
            "(ECC_SM4_*, ECDHE_SM4_*), not RSA or SM9."),
         "GB/T 38636-2020 6.4.5.2.1", Level.ADVISORY),
    Rule("certificate_pair", N_("Signing and encryption certificates"),
         N_("The server sent a signing and an encryption certificate, of the key type the key "
            "exchange needs, with signing and encryption key usage respectively."),
         "GB/T 38636-2020 6.4.5.3", Level.REQUIRED),
    Rule("certificate_validity", N_("Certificate validity"),
         N_("The server's certificates were within their validity period at the time of the "
            "capture."),
         "GB/T 38636-2020 6.4.5.3; GB/T 20518", Level.REQUIRED),
    Rule("certificate_chain", N_("Certificate chain"),
         N_("With --ca: the signing and encryption certificates lead to a trusted CA."),
         "GB/T 38636-2020 6.4.5.3; GB/T 20518", Level.REQUIRED),
    Rule("client_certificates", N_("Client certificates"),
         N_("Client certificates, when sent or required by ECDHE, have the right key type and "
            "key usage."),
         "GB/T 38636-2020 6.4.5.5, 6.4.5.7", Level.REQUIRED),
    Rule("client_authentication", N_("Mutual authentication"),
         N_("Every full handshake authenticated the client (CertificateRequest, client "
            "certificate and CertificateVerify)."),
         "GB/T 38636-2020 6.4.5.5, 6.4.5.7, 6.4.5.9", Level.OFF),
    Rule("handshakes_complete", N_("Handshakes complete"),
         N_("Every handshake reached the established state; failed ones are listed with "
            "their alerts."),
         "GB/T 38636-2020 6.4.5, 6.4.4", Level.ADVISORY),
    Rule("data_protected", N_("Application data protected"),
         N_("Nothing but alerts was sent in clear: no application data before the sender's "
            "ChangeCipherSpec."),
         "GB/T 38636-2020 6.3.3", Level.REQUIRED),
    Rule("keys_verify", N_("Finished and signatures verify"),
         N_("With keys: the records decrypt, both Finished messages and the handshake "
            "signatures verify."),
         "GB/T 38636-2020 6.4.5.4, 6.4.5.9, 6.4.5.10", Level.REQUIRED),
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


class PolicyError(MessageError, ValueError):
    """A policy file that cannot be used (one-line message, a translatable Msg)."""


def _not_toml(path: str, exc: Exception) -> Msg:
    """tomllib says where the file stops being TOML: "... (at line 3, column 7)"."""
    where = re.fullmatch(r"(.*) \(at line (\d+), column (\d+)\)", str(exc))
    if where is None:
        end = re.fullmatch(r"(.*) \(at end of document\)", str(exc))
        if end is not None:
            return msg("{path}: not TOML: {reason} (at end of document)", path=path,
                       reason=end[1])
        return msg("{path}: not TOML: {reason}", path=path, reason=str(exc))
    return msg("{path}: not TOML: {reason} (at line {line}, column {column})", path=path,
               reason=where[1], line=where[2], column=where[3])


@dataclass(frozen=True)
class Policy:
    """The level of each rule (a policy file's, else the rules' defaults)."""

    levels: Mapping[str, Level] = field(
        default_factory=lambda: {rule.id: rule.default for rule in RULES})
    source: str = ""  # the file it came from, empty for the default policy

    def level(self, rule_id: str) -> Level:
        return self.levels.get(rule_id, RULES_BY_ID[rule_id].default)

    @classmethod
    def load(cls, path: Path) -> Policy:
        import tomllib  # here: only a run given a policy file reads TOML

        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise PolicyError(msg("{name}: {reason}", name=str(path), reason=exc.strerror)
                              ) from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise PolicyError(_not_toml(str(path), exc)) from None
        rules = data.get("rules", {})
        if not isinstance(rules, dict) or set(data) - {"rules"}:
            raise PolicyError(msg("{path}: expected only a [rules] table", path=str(path)))
        levels = {rule.id: rule.default for rule in RULES}
        for rule_id, value in rules.items():
            if rule_id not in RULES_BY_ID:
                raise PolicyError(msg("{path}: unknown rule '{rule}' (known: {known})",
                                      path=str(path), rule=rule_id,
                                      known=", ".join(RULES_BY_ID)))
            try:
                levels[rule_id] = Level(value)
            except ValueError:
                raise PolicyError(msg("{path}: rule '{rule}': '{value}' is not one of "
                                      "required, advisory, off", path=str(path), rule=rule_id,
                                      value=value)) from None
        return cls(levels, str(path))
