"""A certificate's names, validity and SM2 key read from its DER, without asn1crypto's parse.

asn1crypto parses a name into an object per RDN, attribute, type and value before
:func:`session.certificates.distinguished_name` reads them (~600,000 instructions a name, the
largest part of a certificate's summary), and a time through a regular expression and a
Fraction (~150,000). :func:`names_text` reads the two names of a DER certificate as that
function words them (RFC 4514 style, most specific first), when every attribute is of a type
asn1crypto reads as a DirectoryString and its value is one of the string kinds it decodes
with a codec of Python's; :func:`validity_text` its validity as asn1crypto's datetimes'
``isoformat``, when both times have the one form DER gives them (whole seconds, "Z");
:func:`sm2_public_key` its public key, when it is an SM2 one (~200,000 instructions through
asn1crypto, nearly every TLCP certificate's). Each gives None for any other certificate (an
unusual header, type, string kind or time), which is then read through asn1crypto. The
tables are asn1crypto's own, made on first use (asn1crypto is imported with the first
certificate).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

#: The labels RFC 4514 (3) gives attribute types (asn1crypto's names), as names are worded.
RDN_SHORT = {
    "common_name": "CN", "organizational_unit_name": "OU", "organization_name": "O",
    "locality_name": "L", "state_or_province_name": "ST", "country_name": "C",
    "email_address": "E", "serial_number": "serialNumber",
}

_SEQUENCE, _SET, _OBJECT_IDENTIFIER, _INTEGER, _VERSION = 0x30, 0x31, 0x06, 0x02, 0xA0
_BIT_STRING, _BOOLEAN, _OCTET_STRING = 0x03, 0x01, 0x04
#: TBSCertificate's fields after the public key (RFC 5280 4.1): the issuer's and subject's
#: unique identifiers ([1], [2] implicit, optional), the extensions ([3] explicit, optional)
_UNIQUE_IDENTIFIERS, _EXTENSIONS = (0x81, 0x82), 0xA3

#: TBSCertificate's fields up to the public key (RFC 5280 4.1), by their tags: the version
#: (explicit [0], absent in a v1 certificate), serial number, signature, issuer, validity,
#: subject, subject public key info.
_TBS_FIELDS = (_VERSION, _INTEGER, _SEQUENCE, _SEQUENCE, _SEQUENCE, _SEQUENCE, _SEQUENCE)

#: The DER of an SM2 key's AlgorithmIdentifier (GB/T 33560-2017): id-ecPublicKey
#: (1.2.840.10045.2.1) with the SM2 curve (1.2.156.10197.1.301, session.certificates'
#: SM2_CURVE_OID) as its named curve.
_SM2_KEY_ALGORITHM = bytes.fromhex("301306072a8648ce3d020106082a811ccf5501822d")


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


def sm2_public_key(der: bytes) -> bytes | None:
    """The public key of the DER certificate ``der`` (its BIT STRING's bits, as asn1crypto's
    contents but their first byte) when it is an SM2 key named as GB/T 33560 names it; None
    for any other key, or one not read here."""
    fields = _tbs_fields(der)
    key_info = _value(der, *fields[-2], _SEQUENCE) if fields is not None else None
    if key_info is None:
        return None
    start, end = key_info
    algorithm_end = start + len(_SM2_KEY_ALGORITHM)
    if der[start:algorithm_end] != _SM2_KEY_ALGORITHM:
        return None
    key = _value(der, algorithm_end, end, _BIT_STRING)
    if key is None or key[1] != end:
        return None
    return der[key[0] + 1:key[1]]


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
    known = _extension_kinds().get(der[kind[0]:kind[1]]) if kind is not None else None
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
    names = _key_usage_names()
    usages = set()
    for index in range(bits):
        if value >> (bits - 1 - index) & 1:
            name = names.get(index)
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
    label = _directory_string_labels().get(der[kind[0]:kind[1]])
    if label is None or kind[1] >= end:
        return None
    tag = der[kind[1]]
    encoding = _string_encodings().get(tag)
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
def _directory_string_labels() -> dict[bytes, str]:
    """The attribute types asn1crypto reads as a DirectoryString, by their object
    identifier's DER contents: their labels as distinguished_name writes them."""
    from asn1crypto import x509

    specs = x509.NameTypeAndValue._oid_specs
    return {x509.NameType(dotted).contents: RDN_SHORT.get(name, name)
            for dotted, name in x509.NameType._map.items()
            if specs.get(name) is x509.DirectoryString}


@cache
def _extension_kinds() -> dict[bytes, tuple[str, int | None]]:
    """The extensions asn1crypto names, by their object identifier's DER contents: their
    names, and for those a Certificate parses (it keeps their values), the tag byte the value
    must have (their kind's, universal)."""
    from asn1crypto import core, x509

    constructed = (core.Sequence, core.SequenceOf, core.Set, core.SetOf)
    kinds: dict[bytes, tuple[str, int | None]] = {}
    for dotted, name in x509.ExtensionId._map.items():
        spec = x509.Extension._oid_specs.get(name)
        parsed = spec is not None and hasattr(x509.Certificate, f"_{name}_value")
        kinds[x509.ExtensionId(dotted).contents] = (name, (
            spec.tag | (0x20 if issubclass(spec, constructed) else 0) if parsed else None))
    return kinds


@cache
def _key_usage_names() -> dict[int, str]:
    from asn1crypto import x509

    return dict(x509.KeyUsage._map)


@cache
def _string_encodings() -> dict[int, str]:
    """The tags of the DirectoryString's kinds asn1crypto decodes with a codec of Python's
    (TeletexString, UniversalString and BMPString are left to it): their codecs."""
    from asn1crypto import core

    kinds = (core.PrintableString, core.UTF8String, core.IA5String)
    return {kind.tag: kind._encoding for kind in kinds}  # (universal, primitive: the tag byte)
