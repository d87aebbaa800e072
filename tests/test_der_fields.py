"""A certificate's fields read from its DER (session.der_fields,
certificates.FIELDS_READ_DIRECTLY) are what asn1crypto's parse of them gives, for every
certificate of the captures: each summary is the same either way, and what the short way reads
is what the summary made through asn1crypto says."""

from __future__ import annotations

import pytest
from test_certificate_places import DERS

from tlcp_decode.session import certificates
from tlcp_decode.session.der_fields import (
    names_text,
    public_key,
    serial_text,
    signature_algorithm,
    usages_and_ca,
    validity_text,
)


def _asn1crypto_fields(der: bytes) -> dict[str, object] | None:
    """What the summary reads of ``der`` through asn1crypto, by the der_fields function that
    reads it from the DER; None if asn1crypto fails."""
    from asn1crypto import x509

    try:
        cert = x509.Certificate.load(der)
        tbs = cert["tbs_certificate"]
        try:
            size = int(cert.public_key.bit_size)
        except Exception:  # (a key without a size: certificates._key_bits)
            size = None
        return {
            "names_text": (certificates._distinguished_name(cert.subject),
                           certificates._distinguished_name(cert.issuer)),
            "validity_text": (tbs["validity"]["not_before"].native.isoformat(),
                              tbs["validity"]["not_after"].native.isoformat()),
            "public_key": (certificates._key_type(cert.public_key),
                           bytes(cert.public_key["public_key"].contents[1:]), size),
            "usages_and_ca": (set(cert.key_usage_value.native) if cert.key_usage_value
                              else set(), bool(cert.ca)),
            "serial_text": tbs["serial_number"].contents.hex(),
            "signature_algorithm": certificates._signature_algorithm(
                cert["signature_algorithm"]["algorithm"]),
        }
    except Exception:  # (asn1crypto's error: the certificate's summary reports it)
        return None


#: Each function reading a field from the DER, by its name.
READERS = {reader.__name__: reader for reader in (names_text, validity_text, public_key,
                                                  usages_and_ca, serial_text,
                                                  signature_algorithm)}


@pytest.mark.parametrize("index", range(len(DERS)))
def test_each_summary_is_the_same_either_way(index: int,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    der = DERS[index]
    short = certificates._describe(der, 0, 2, True)
    monkeypatch.setattr(certificates, "FIELDS_READ_DIRECTLY", False)
    assert short == certificates._describe(der, 0, 2, True)


@pytest.mark.parametrize("index", range(len(DERS)))
def test_what_is_read_is_asn1cryptos(index: int) -> None:
    der = DERS[index]
    read = {name: reader(der) for name, reader in READERS.items()}
    if any(value is not None for value in read.values()):
        through_asn1crypto = _asn1crypto_fields(der)
        assert through_asn1crypto is not None
        for name, value in read.items():
            assert value in (None, through_asn1crypto[name]), name


def test_most_are_read_directly() -> None:
    for name in ("names_text", "validity_text", "serial_text", "signature_algorithm"):
        assert sum(READERS[name](der) is not None for der in DERS) >= 0.9 * len(DERS), name
    assert sum(usages_and_ca(der) is not None for der in DERS) >= 0.8 * len(DERS)
    keys = [key[0] for der in DERS if (key := public_key(der)) is not None]
    assert len(keys) >= 0.9 * len(DERS) and {"SM2", "EC", "RSA"} <= set(keys)
    # (a certificate of each of these reads all its fields from the DER)
    assert all(sum(all(reader(der) is not None for reader in READERS.values())
                   for der in DERS if (key := public_key(der)) is not None and key[0] == kind)
               for kind in ("SM2", "EC", "RSA"))


def test_times_not_of_ders_form_are_asn1cryptos() -> None:
    """A time with fractional seconds, without its "Z", or not a date: not read here."""
    der = next(der for der in DERS if validity_text(der) is not None)
    validity = validity_text(der)
    assert validity is not None
    not_before = validity[0]
    utc = not_before[2:4] + not_before[5:7] + not_before[8:10] + not_before[11:13] + \
        not_before[14:16] + not_before[17:19]
    at = der.find(b"\x17\x0d" + utc.encode() + b"Z")
    assert at > 0
    for changed in (utc[:-2].encode() + b"+0000", utc[:2].encode() + b"13" + utc[4:].encode()
                    + b"Z"):
        assert validity_text(der[:at + 2] + changed + der[at + 15:]) is None


def test_a_name_not_read_directly_is_asn1cryptos() -> None:
    """An attribute type asn1crypto reads as a DirectoryString in a BMPString, one that is not
    one (an e-mail address), a truncated certificate: not read here."""
    der = next(der for der in DERS if names_text(der) is not None)
    assert names_text(der[:-1]) is None
    assert names_text(der[:40]) is None
    for kind in (b"\x13", b"\x0c"):  # a PrintableString or UTF8String value made a BMPString
        at = der.find(b"\x06\x03U\x04\x03" + kind)  # (common_name)
        if at > 0:
            bmp = der[:at + 5] + b"\x1e" + der[at + 6:]
            assert names_text(bmp) is None
    email = bytes.fromhex("2a864886f70d010901")
    assert all(names_text(d) is None for d in DERS if email in d and b"\x06\x09" + email in d)


def test_extensions_not_named_by_asn1crypto_are_its() -> None:
    """A certificate with an extension asn1crypto does not name, or a key usage that is not a
    BIT STRING: its key usages and cA are not read here."""
    der = next(der for der in DERS
               if usages_and_ca(der) is not None and b"\x06\x03\x55\x1d\x0f" in der)
    assert usages_and_ca(der.replace(b"\x06\x03\x55\x1d\x0f", b"\x06\x03\x55\x1d\x7f")) is None
    at = der.find(b"\x06\x03\x55\x1d\x0f")
    value = der.find(b"\x03", at + 5)  # (after the critical flag and the OCTET STRING header)
    assert usages_and_ca(der[:value] + b"\x04" + der[value + 1:]) is None


def test_the_tables_are_of_the_installed_asn1crypto() -> None:
    """(else nothing is read from the DER, and the comparisons above compare nothing)"""
    from tlcp_decode.session.der_fields import tables_recorded_from_installed_asn1crypto

    assert tables_recorded_from_installed_asn1crypto()


def test_keys_and_signatures_not_read_directly_are_asn1cryptos() -> None:
    """A key whose bits have unused bits, a signature algorithm with parameters other than
    NULL, a certificate not ended by its signature: not read here."""
    der = next(der for der in DERS if (key := public_key(der)) is not None and key[0] == "EC")
    key = public_key(der)
    assert key is not None
    at = der.find(b"\x00" + key[1])
    assert public_key(der[:at] + b"\x01" + der[at + 1:]) is None
    der = next(der for der in DERS if signature_algorithm(der) == "sha256WithRSAEncryption")
    at = der.rfind(b"\x01\x01\x0b\x05\x00")
    assert signature_algorithm(der[:at + 3] + b"\x04\x00" + der[at + 5:]) is None
    assert signature_algorithm(der[:-1]) is None
