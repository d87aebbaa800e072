"""A certificate's names read from its DER (session.der_names, certificates.NAMES_READ_DIRECTLY)
are what asn1crypto's parse of them words, for every certificate of the captures: each summary
is the same either way, and the names the short way reads are those distinguished_name makes."""

from __future__ import annotations

import pytest
from test_certificate_places import DERS

from tlcp_decode.session import certificates
from tlcp_decode.session.der_names import names_text


def _asn1crypto_names(der: bytes) -> tuple[str, str] | None:
    from asn1crypto import x509

    try:
        cert = x509.Certificate.load(der)
        return (certificates._distinguished_name(cert.subject),
                certificates._distinguished_name(cert.issuer))
    except Exception:  # (asn1crypto's error: the certificate's summary reports it)
        return None


@pytest.mark.parametrize("index", range(len(DERS)))
def test_each_summary_is_the_same_either_way(index: int,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    der = DERS[index]
    short = certificates._describe(der, 0, 2, True)
    monkeypatch.setattr(certificates, "NAMES_READ_DIRECTLY", False)
    assert short == certificates._describe(der, 0, 2, True)


@pytest.mark.parametrize("index", range(len(DERS)))
def test_names_read_are_asn1cryptos(index: int) -> None:
    read = names_text(DERS[index])
    if read is not None:
        assert read == _asn1crypto_names(DERS[index])


def test_most_names_are_read_directly() -> None:
    assert sum(names_text(der) is not None for der in DERS) >= 0.9 * len(DERS)


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
