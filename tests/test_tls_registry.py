"""The TLS names of the registry: IANA suites, named groups, signature schemes (issue 16)."""

from __future__ import annotations

import json

from test_tables import run

from tlcp_decode import registry


def test_tls_suites_are_named_and_split_into_their_parts() -> None:
    gcm = registry.lookup(0xC02F)
    assert gcm is not None and gcm.name == "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"
    assert (gcm.key_exchange, gcm.authentication, gcm.cipher, gcm.mode, gcm.mac) == (
        registry.KeyExchange.ECDHE, registry.Authentication.RSA, registry.Cipher.AES_128,
        registry.Mode.GCM, registry.Hash.SHA256)
    assert gcm.protocol is registry.Protocol.TLS12 and not gcm.sm and not gcm.tlcp
    assert registry.suite_name(0x1301) == "TLS_AES_128_GCM_SHA256"
    chacha = registry.lookup(0xCCA9)
    assert chacha is not None and chacha.mode is registry.Mode.POLY1305
    assert chacha.fixed_iv_length == 12 and chacha.record_iv_length == 0
    ccm8 = registry.lookup(0xC0A0)
    assert ccm8 is not None and ccm8.tag_length == 8 and ccm8.mac is registry.Hash.SHA256
    des = registry.lookup(0x000A)
    assert des is not None and des.cipher is registry.Cipher.TRIPLE_DES and des.block_size == 8
    sm = registry.lookup(0x00C6)
    assert sm is not None and sm.tls13 and sm.sm and sm.standard is registry.Standard.RFC_8998
    aes = registry.lookup(0x1302)
    assert aes is not None and aes.prf_hash is registry.Hash.SHA384 and not aes.sm
    assert registry.suite_name(0x0A0A) == "GREASE (0x0a0a)"
    assert registry.suite_name(0x0A0B) == "Unknown (0x0a0b)"
    assert len({s.id for s in registry.CIPHER_SUITES}) == len(registry.CIPHER_SUITES) > 350


def test_groups_and_signature_schemes() -> None:
    assert registry.group_name(0x0029) == "curveSM2"
    for gid, name, sm in ((0x11EC, "X25519MLKEM768", False), (0x11EE, "curveSM2MLKEM768", True),
                          (0x11EB, "SecP256r1MLKEM768", False), (0x001D, "x25519", False)):
        g = registry.group(gid)
        assert g is not None and (g.name, g.sm) == (name, sm)
    assert registry.group(0x11EE).kind is registry.GroupKind.HYBRID  # type: ignore[union-attr]
    scheme = registry.signature_scheme(0x0708)
    assert scheme is not None and scheme.name == "sm2sig_sm3" and scheme.sm
    assert registry.signature_scheme_name(0x0804) == "rsa_pss_rsae_sha256"
    assert registry.signature_scheme_name(0x0403) == "ecdsa_secp256r1_sha256"
    assert registry.version_name(0x0304) == "TLS 1.3"
    assert registry.version_name(0x7F1C) == "TLS 1.3 draft 28"


def test_tables_have_a_tls_section() -> None:
    doc = json.loads(run("tables", "--format", "json"))
    suites = {row["id"]: row for row in doc["tls_cipher_suites"]}
    assert suites["0x00c6"]["sm"] is True and suites["0x00c6"]["protocol"] == "TLS 1.3"
    assert suites["0xc02f"]["sm"] is False and suites["0xc02f"]["key_exchange"] == "ECDHE"
    groups = {row["name"]: row for row in doc["tls_named_groups"]}
    assert groups["curveSM2"]["sm"] and groups["curveSM2MLKEM768"]["kind"] == "hybrid"
    schemes = {row["name"]: row for row in doc["tls_signature_schemes"]}
    assert schemes["sm2sig_sm3"]["id"] == "0x0708" and schemes["sm2sig_sm3"]["sm"]
    assert "## TLS named groups" in run("tables")


def test_suites_made_when_looked_up_are_the_ones_made_from_every_iana_name() -> None:
    """registry makes a TLS suite when its value is first looked up (or TLS_SUITES first
    read): the same suites, in the same order, as making every one from its IANA name."""
    import subprocess
    import sys

    code = ("import sys\nfrom tlcp_decode import registry\n"
            "made = len(registry._BY_ID)\n"
            "first = registry.lookup(0xC02F)\n"
            "assert len(registry._BY_ID) == made + 1 and registry.lookup(0xC02F) is first\n"
            "assert registry.lookup(0xC02F) in registry.TLS_SUITES\n"
            "assert registry.TLS_SUITES[list(registry._IANA_NAMES).index(0xC02F)] is first\n"
            "print(made, len(registry.TLS_SUITES))\n")
    made, tls = map(int, subprocess.run([sys.executable, "-c", code], capture_output=True,
                                        text=True, check=True).stdout.split())
    assert made == len(registry._TLCP_SUITES) and tls == len(registry._IANA_NAMES)
    every = tuple(registry._tls_suite(value, name)
                  for value, name in registry._IANA_NAMES.items())
    assert registry.TLS_SUITES == every
    assert registry.CIPHER_SUITES == registry._TLCP_SUITES + every
    assert not {s.id for s in registry._TLCP_SUITES} & set(registry._IANA_NAMES)
    assert all(registry.lookup(s.id) is s for s in registry.CIPHER_SUITES)
    assert registry.suite_names() == {**{s.id: s.name for s in registry.CIPHER_SUITES},
                                      **registry.SIGNALING_SUITES}
