"""The report's words for the decoder's identifiers: check names, certificate roles, key
usages, alert levels and descriptions, decryption states.

JSON keeps the identifiers (``server_sign_key_usage``, ``digital_signature``); a report shows
them in the reader's language. In English a check keeps its identifier (scripts grep for it);
in Chinese it gets an evaluator's title (服务端签名证书密钥用法). Every word here goes through
the gettext catalog, so the zh_CN .po file holds each of them.
"""

from __future__ import annotations

import re

from tlcp_decode.bounded_cache import SharedByIdentity
from tlcp_decode.messages import localize
from tlcp_decode.report.i18n import _, current_language, language_cache


def say(text: object) -> str:
    """Any detail, warning or reason in the report language (see tlcp_decode.messages)."""
    return _said(text)


#: What :func:`say` said, by the identity of what it was given: connections share their
#: checks' details and warnings (the same objects), each localized once.
_said: SharedByIdentity[object, str] = language_cache(
    SharedByIdentity(lambda text: localize(text, _)))


def side_word(side: str) -> str:
    return {"server": _("server"), "client": _("client")}.get(side, side)


def role_word(role: str) -> str:
    """sign, enc, ca, single: 签名证书, 加密证书, CA 证书, 单证书."""
    return {"sign": _("signing certificate"), "enc": _("encryption certificate"),
            "ca": _("CA certificate"), "single": _("single certificate"),
            "unknown": _("unknown certificate")}.get(role, role)


def role_tag(role: str) -> str:
    """The short tag before a certificate line: [sign] / [签名]."""
    return {"sign": _("sign"), "enc": _("enc"), "ca": _("ca"), "single": _("single"),
            "unknown": _("unknown")}.get(role, role)


_KEY_USAGES = ("digital_signature", "non_repudiation", "key_encipherment", "data_encipherment",
               "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only")


def key_usage_word(usage: str) -> str:
    return _(usage) if usage in _KEY_USAGES else usage


def level_word(level: str | None) -> str:
    return {"warning": _("warning"), "fatal": _("fatal")}.get(level or "", level or "?")


def alert_word(description: str | None) -> str:
    """``bad_certificate`` / ``证书错误 (bad_certificate)``: the protocol's name stays visible."""
    if description is None:
        return "?"
    translated = _("alert:" + description)
    if translated.startswith("alert:"):
        return description
    return f"{translated} ({description})"


def decryption_status_word(status: object) -> str:
    return {"decrypted": _("decrypted"), "no_key": _("no key"),
            "failed": _("failed")}.get(str(status), str(status))


_CHECK_PATTERN = re.compile(
    r"^(?P<side>server|client)_(?P<what>sign|enc|single|chain(?P<n>\d+))_"
    r"(?P<aspect>key_usage|certificate_validity|certificate_chain)$")


def check_title(name: str) -> str:
    """The check's identifier in English; an evaluator's title in other languages."""
    if current_language() == "en":
        return name
    match = _CHECK_PATTERN.match(name)
    if match is None:
        return _("check:" + name) if not _("check:" + name).startswith("check:") else name
    side = side_word(match["side"])
    what = match["what"]
    if match["n"] is not None:
        certificate = _("chain certificate {n}").format(n=match["n"])
    else:
        certificate = role_word(what)
    aspect = {"key_usage": _("key usage"), "certificate_validity": _("validity"),
              "certificate_chain": _("certificate chain")}[match["aspect"]]
    return _("{side} {certificate} {aspect}").format(side=side, certificate=certificate,
                                                     aspect=aspect)
