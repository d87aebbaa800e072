"""A certificate's fields read from its DER, without asn1crypto's parse.

asn1crypto parses a name into an object per RDN, attribute, type and value before
:func:`session.certificates.distinguished_name` reads them (~600,000 instructions a name, the
largest part of a certificate's summary), and a time through a regular expression and a
Fraction (~150,000). :func:`names_text` reads the two names of a DER certificate as that
function words them (RFC 4514 style, most specific first), when every attribute is of a type
asn1crypto reads as a DirectoryString and its value is one of the string kinds it decodes
with a codec of Python's; :func:`validity_text` its validity as asn1crypto's datetimes'
``isoformat``, when both times have the one form DER gives them (whole seconds, "Z");
:func:`public_key` its public key with its type and size, when it is an SM2, a named-curve EC
or an RSA one (~200,000 instructions through asn1crypto); :func:`usages_and_ca`,
:func:`serial_text` and :func:`signature_algorithm` the rest of what the summary says. Each
gives None for any other certificate (an unusual header, type, string kind, time, key or
algorithm), which is then read through asn1crypto: what is read here is what asn1crypto reads
where it would not fail. A certificate whose every field is read here does not import
asn1crypto's parser (43M instructions, 3 % of a run on the handshake benchmark capture).

asn1crypto's tables these read with (the names it gives object identifiers, its kinds) are
recorded in :mod:`tlcp_decode.session.der_tables` (by
:mod:`tlcp_decode.session.der_tables_generator`, run by ``python -m tlcp_decode.regen``); with
another version of asn1crypto installed than the one they were
recorded from, nothing is read here (:func:`tables_recorded_from_installed_asn1crypto`).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from functools import cache

from tlcp_decode.session.der_tables import (
    ASN1CRYPTO_VERSION,
    DIRECTORY_STRING_LABELS,
    EXTENSION_KINDS,
    KEY_ALGORITHMS,
    KEY_USAGE_NAMES,
    SIGNATURE_ALGORITHMS,
    STRING_ENCODINGS,
)

#: The labels RFC 4514 (3) gives attribute types (asn1crypto's names), as names are worded.
RDN_SHORT = {
    "common_name": "CN", "organizational_unit_name": "OU", "organization_name": "O",
    "locality_name": "L", "state_or_province_name": "ST", "country_name": "C",
    "email_address": "E", "serial_number": "serialNumber",
}

_SEQUENCE, _SET, _OBJECT_IDENTIFIER, _INTEGER, _VERSION = 0x30, 0x31, 0x06, 0x02, 0xA0
_BIT_STRING, _BOOLEAN, _OCTET_STRING = 0x03, 0x01, 0x04
#: The DER of an AlgorithmIdentifier's parameters that are NULL.
_NULL = b"\x05\x00"
#: TBSCertificate's fields after the public key (RFC 5280 4.1): the issuer's and subject's
#: unique identifiers ([1], [2] implicit, optional), the extensions ([3] explicit, optional)
_UNIQUE_IDENTIFIERS, _EXTENSIONS = (0x81, 0x82), 0xA3

#: TBSCertificate's fields up to the public key (RFC 5280 4.1), by their tags: the version
#: (explicit [0], absent in a v1 certificate), serial number, signature, issuer, validity,
#: subject, subject public key info.
_TBS_FIELDS = (_VERSION, _INTEGER, _SEQUENCE, _SEQUENCE, _SEQUENCE, _SEQUENCE, _SEQUENCE)

#: The kinds of Time (RFC 5280 4.1.2.5) read here, UTCTime and GeneralizedTime, by their tags:
#: the digits of their year.
_YEAR_DIGITS = {0x17: 2, 0x18: 4}


def names_text(der: bytes) -> tuple[str, str] | None:
    """(subject, issuer) of the DER certificate ``der``, worded as distinguished_name words
    them; None when they are not read here (see the module's docstring)."""
    fields = _tbs_fields(der)
    if fields is None:
        return None
    subject, issuer = _name_text(der, *fields[-3]), _name_text(der, *fields[-5])
    if subject is None or issuer is None:
        return None
    return subject, issuer


def validity_text(der: bytes) -> tuple[str, str] | None:
    """(not before, not after) of the DER certificate ``der``, as the ``isoformat`` of
    asn1crypto's datetimes; None when they are not read here (see the module's docstring)."""
    fields = _tbs_fields(der)
    validity = _value(der, *fields[-4], _SEQUENCE) if fields is not None else None
    if validity is None:
        return None
    start, end = validity
    not_before = _time_text(der, start, end)
    if not_before is None:
        return None
    not_after = _time_text(der, not_before[1], end)
    if not_after is None or not_after[1] != end:
        return None
    return not_before[0], not_after[0]


def public_key(der: bytes) -> tuple[str, bytes, int] | None:
    """The public key of the DER certificate ``der``: its type as the summary names it, its
    BIT STRING's bits (as asn1crypto's contents but their first byte) and its size as
    asn1crypto's ``bit_size`` gives it, when its algorithm is one of KEY_ALGORITHMS (an SM2,
    a named-curve EC or an RSA key) and its bits have no unused bit; None for any other key,
    or one not read here."""
    fields = _tbs_fields(der)
    key_info = _value(der, *fields[-2], _SEQUENCE) if fields is not None else None
    algorithm = _value(der, *key_info, _SEQUENCE) if key_info is not None else None
    if key_info is None or algorithm is None:
        return None
    known = KEY_ALGORITHMS.get(der[key_info[0]:algorithm[1]])
    key = _value(der, algorithm[1], key_info[1], _BIT_STRING)
    if known is None or key is None or key[1] != key_info[1] or der[key[0]:key[0] + 1] != b"\0":
        return None
    key_type, kind = known
    bits = der[key[0] + 1:key[1]]
    if kind == "ec":  # (asn1crypto's size of an EC key: its point's length)
        return key_type, bits, int(((len(bits) - 1) / 2) * 8)
    modulus = _rsa_modulus(bits)
    if modulus is None:
        return None
    # (asn1crypto's size of an RSA key, from the modulus's logarithm)
    size = int(math.ceil(math.log(modulus, 2)))
    return key_type, bits, size + (8 - size % 8 if size % 8 else 0)


def serial_text(der: bytes) -> str | None:
    """The serial number of the DER certificate ``der`` (its INTEGER's contents) in hex, as
    the summary writes it; None when it is not read here."""
    fields = _tbs_fields(der)
    serial = _value(der, *fields[-7], _INTEGER) if fields is not None else None
    return der[serial[0]:serial[1]].hex() if serial is not None else None


def signature_algorithm(der: bytes) -> str | None:
    """The signature algorithm of the DER certificate ``der`` as the summary names it, when it
    is one of SIGNATURE_ALGORITHMS with no parameters or NULL ones and the signature (a BIT
    STRING) ends the certificate; None when it is not read here."""
    certificate = _value(der, 0, len(der), _SEQUENCE)
    tbs = _value(der, *certificate, _SEQUENCE) if certificate is not None else None
    if certificate is None or tbs is None:
        return None
    end = certificate[1]
    algorithm = _value(der, tbs[1], end, _SEQUENCE)
    kind = _value(der, *algorithm, _OBJECT_IDENTIFIER) if algorithm is not None else None
    if algorithm is None or kind is None or der[kind[1]:algorithm[1]] not in (b"", _NULL):
        return None
    signature = _value(der, algorithm[1], end, _BIT_STRING)
    if signature is None or signature[1] != end:
        return None
    return SIGNATURE_ALGORITHMS.get(der[kind[0]:kind[1]])


def usages_and_ca(der: bytes) -> tuple[set[str], bool] | None:
    """The key usages of the DER certificate ``der`` (the names asn1crypto gives KeyUsage's
    bits) and whether its basic constraints say cA; None when they are not read here: an
    extension asn1crypto does not name, or one of those it parses (a value it keeps) whose
    value is not of its kind, or anything else unusual."""
    fields = _tbs_fields(der)
    if fields is None:
        return None
    offset, end = fields[-1]
    for tag in _UNIQUE_IDENTIFIERS:
        unique = _value(der, offset, end, tag)
        if unique is not None:
            offset = unique[1]
    usages: set[str] = set()
    ca = False
    if offset == end:  # (no extensions)
        return usages, ca
    wrapper = _value(der, offset, end, _EXTENSIONS)
    extensions = _value(der, *wrapper, _SEQUENCE) if wrapper is not None else None
    if wrapper is None or extensions is None or wrapper[1] != end or extensions[1] != end:
        return None
    offset = extensions[0]
    while offset < end:
        extension = _value(der, offset, end, _SEQUENCE)
        read = _extension(der, *extension) if extension is not None else None
        if extension is None or read is None:
            return None
        name, value = read
        if name == "key_usage":  # (a later one of a type wins, as in asn1crypto)
            named = _key_usages(der, *value)
            if named is None:
                return None
            usages = named
        elif name == "basic_constraints":
            says_ca = _basic_constraints_ca(der, *value)
            if says_ca is None:
                return None
            ca = says_ca
        offset = extension[1]
    return usages, ca


def _extension(der: bytes, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The Extension whose contents are ``der[start:end]``: its name, and where its value's
    contents are (of a kind asn1crypto parses, or else its whole OCTET STRING's)."""
    kind = _value(der, start, end, _OBJECT_IDENTIFIER)
    known = EXTENSION_KINDS.get(der[kind[0]:kind[1]]) if kind is not None else None
    if kind is None or known is None:
        return None
    offset = kind[1]
    critical = _value(der, offset, end, _BOOLEAN)
    if critical is not None:
        if critical[1] - critical[0] != 1:
            return None
        offset = critical[1]
    octets = _value(der, offset, end, _OCTET_STRING)
    if octets is None or octets[1] != end:
        return None
    name, tag = known
    if tag is None:  # (not parsed by asn1crypto)
        return name, octets
    value = _value(der, *octets, tag)
    if value is None or value[1] != end:
        return None
    return name, value


def _key_usages(der: bytes, start: int, end: int) -> set[str] | None:
    """The KeyUsage BIT STRING's contents ``der[start:end]``: the names of its bits set, as
    asn1crypto's ``native``; None for a bit it does not name, or unused bits it refuses."""
    if start == end or der[start] > 7 or (end - start == 1 and der[start]):
        return None
    unused = der[start]
    bits = (end - start - 1) * 8 - unused
    value = int.from_bytes(der[start + 1:end], "big") >> unused
    usages = set()
    for index in range(bits):
        if value >> (bits - 1 - index) & 1:
            name = KEY_USAGE_NAMES.get(index)
            if name is None:
                return None
            usages.add(name)
    return usages


def _basic_constraints_ca(der: bytes, start: int, end: int) -> bool | None:
    """The BasicConstraints SEQUENCE's contents ``der[start:end]``: its cA (as asn1crypto's
    Boolean: any byte but zero is true), None if they are not a cA and a path length."""
    ca = False
    flag = _value(der, start, end, _BOOLEAN)
    if flag is not None:
        if flag[1] - flag[0] != 1:
            return None
        ca = der[flag[0]] != 0
        start = flag[1]
    length = _value(der, start, end, _INTEGER)
    if length is not None:
        start = length[1]
    return ca if start == end else None


def _rsa_modulus(key: bytes) -> int | None:
    """The modulus of the DER RSAPublicKey ``key`` (RFC 8017 A.1.1: a modulus, an exponent)
    when it is positive (asn1crypto's RSA key size is its logarithm); else None."""
    sequence = _value(key, 0, len(key), _SEQUENCE)
    if sequence is None or sequence[1] != len(key):
        return None
    modulus = _value(key, *sequence, _INTEGER)
    exponent = _value(key, modulus[1], len(key), _INTEGER) if modulus is not None else None
    if modulus is None or exponent is None or exponent[1] != len(key):
        return None
    value = int.from_bytes(key[modulus[0]:modulus[1]], "big", signed=True)
    return value if value > 0 else None


def _tbs_fields(der: bytes) -> list[tuple[int, int]] | None:
    """Where TBSCertificate's fields up to the public key are in ``der``: (header start, end)
    of each (the version's left out when it is absent), then of the rest of the
    TBSCertificate (its optional unique identifiers and extensions)."""
    certificate = _value(der, 0, len(der), _SEQUENCE)
    tbs = _value(der, *certificate, _SEQUENCE) if certificate is not None else None
    if tbs is None:
        return None
    offset, end = tbs
    places: list[tuple[int, int]] = []
    for tag in _TBS_FIELDS:
        field = _value(der, offset, end, tag)
        if field is None:
            if tag == _VERSION:  # (a v1 certificate)
                continue
            return None
        places.append((offset, field[1]))
        offset = field[1]
    places.append((offset, end))
    return places


def _time_text(der: bytes, offset: int, end: int) -> tuple[str, int] | None:
    """The Time at ``offset`` as its datetime's ``isoformat``, with where it ends."""
    year_digits = _YEAR_DIGITS.get(der[offset]) if offset < end else None
    if year_digits is None:
        return None
    value = _value(der, offset, end, der[offset])
    if value is None:
        return None
    digits = der[value[0]:value[1]]
    if len(digits) != year_digits + 11 or not digits[:-1].isdigit() or digits[-1:] != b"Z":
        return None
    year = int(digits[:-11])
    if year_digits == 2:  # (X.509's UTCTime: RFC 5280 4.1.2.5.1)
        year += 2000 if year < 50 else 1900
    elif year == 0:  # (asn1crypto's extended_datetime)
        return None
    try:
        when = datetime(year, int(digits[-11:-9]), int(digits[-9:-7]), int(digits[-7:-5]),
                        int(digits[-5:-3]), int(digits[-3:-1]), tzinfo=UTC)
    except ValueError:  # (not a date: asn1crypto's error to report)
        return None
    return when.isoformat(), value[1]


def _name_text(der: bytes, start: int, end: int) -> str | None:
    """The Name at ``der[start:end]`` worded, None if it is not read here."""
    name = _value(der, start, end, _SEQUENCE)
    if name is None:
        return None
    rdns: list[list[str]] = []
    offset = name[0]
    while offset < end:
        rdn = _value(der, offset, end, _SET)
        if rdn is None:
            return None
        parts: list[str] = []
        inner, rdn_end = rdn
        while inner < rdn_end:
            attribute = _value(der, inner, rdn_end, _SEQUENCE)
            if attribute is None:
                return None
            part = _attribute_text(der, *attribute)
            if part is None:
                return None
            parts.append(part)
            inner = attribute[1]
        rdns.append(parts)
        offset = rdn_end
    return ", ".join([part for parts in reversed(rdns) for part in parts])


def _attribute_text(der: bytes, start: int, end: int) -> str | None:
    """An AttributeTypeAndValue's contents ``der[start:end]`` as ``label=value``."""
    kind = _value(der, start, end, _OBJECT_IDENTIFIER)
    if kind is None:
        return None
    label = DIRECTORY_STRING_LABELS.get(der[kind[0]:kind[1]])
    if label is None or kind[1] >= end:
        return None
    tag = der[kind[1]]
    encoding = STRING_ENCODINGS.get(tag)
    value = _value(der, kind[1], end, tag)
    if encoding is None or value is None or value[1] != end:
        return None
    try:
        return f"{label}={der[value[0]:value[1]].decode(encoding)}"
    except UnicodeDecodeError:  # (asn1crypto raises it: that error is its to report)
        return None


def _value(der: bytes, offset: int, end: int, tag: int) -> tuple[int, int] | None:
    """The contents (start, end) of the value at ``offset``, which ends by ``end``, if it has
    the one-byte ``tag`` and a definite length (short or long form); else None."""
    if offset + 2 > end or der[offset] != tag:
        return None
    first = der[offset + 1]
    start = offset + 2
    if first >= 0x80:
        count = first & 0x7F
        if not 1 <= count <= 4 or start + count > end:  # (0x80: an indefinite length)
            return None
        length = int.from_bytes(der[start:start + count], "big")
        start += count
    else:
        length = first
    if start + length > end:
        return None
    return start, start + length


@cache
def tables_recorded_from_installed_asn1crypto() -> bool:
    """Whether :mod:`tlcp_decode.session.der_tables` was recorded from the version of
    asn1crypto installed (only its package is imported to tell, not its parser)."""
    import asn1crypto

    return bool(asn1crypto.__version__ == ASN1CRYPTO_VERSION)
