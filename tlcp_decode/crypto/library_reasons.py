"""Why the ``cryptography`` library refused a certificate or key, as a translatable sentence.

Its ASN.1 parser (rust-asn1) explains a refusal as ``error parsing asn1 value: ParseError {
kind: InvalidValue, location: ["Certificate::tbs_cert", ...] }``. That sentence is kept word
for word in English (JSON, English report) and given as a ``Msg`` whose Chinese says the same:
the kind of error through the catalog, the location (the library's own field path) as it is.
"""

from __future__ import annotations

import re

from tlcp_decode.messages import Msg, msg

_ASN1_ERROR = re.compile(r"error parsing asn1 value: ParseError \{ kind: (\w+), "
                         r"location: \[(.*)\] \}", re.S)
_ASN1_ERROR_KIND_ONLY = re.compile(r"error parsing asn1 value: ParseError \{ kind: (\w+) \}")
_ASN1_OTHER = re.compile(r"error parsing asn1 value: (.*)", re.S)


def library_reason(exc: BaseException) -> Msg:
    """``str(exc)`` of a ``cryptography`` error, translatable when it is an ASN.1 refusal."""
    text = str(exc)
    if (match := _ASN1_ERROR.fullmatch(text)) is not None:
        return msg("error parsing asn1 value: ParseError {{ kind: {kind}, location: "
                   "[{location}] }}", kind=match[1], location=match[2])
    if (match := _ASN1_ERROR_KIND_ONLY.fullmatch(text)) is not None:
        return msg("error parsing asn1 value: ParseError {{ kind: {kind} }}", kind=match[1])
    if (match := _ASN1_OTHER.fullmatch(text)) is not None:
        return msg("error parsing asn1 value: {detail}", detail=match[1])
    return Msg(text.replace("{", "{{").replace("}", "}}"))
