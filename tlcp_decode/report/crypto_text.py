"""``--crypto`` in the text report: every cryptographic value of a connection, in a tree.

It renders the connection's ``tlcp.crypto`` JSON object (``report.crypto_json``), so the text
and JSON show the same values under the same names and meanings.
"""

from __future__ import annotations

import re
from typing import Any

from rich.text import Text

from tlcp_decode.report.crypto_json import crypto_object
from tlcp_decode.report.i18n import _
from tlcp_decode.report.outline import Branch
from tlcp_decode.report.terminal import whole, whole_format
from tlcp_decode.report.terms import role_tag, say
from tlcp_decode.session.crypto_values import CryptoValues

# a value written in hex (a key, a hash, a signature): kept on one line, for grep
_HEX = re.compile(r"[0-9a-f]{16,}")


def _mark(ok: bool | None) -> tuple[str, str]:
    if ok is None:
        return ("- ", "dim")
    return ("✓ ", "green") if ok else ("✗ ", "bold red")


def _value(branch: Branch, label: str, value: Any, style: str = "") -> None:
    """One ``label: value`` line; a missing value is left out, a hidden secret says so."""
    if value is None:
        return
    shown = str(value)
    branch.add(Text.assemble((label + ": ", "bold"),
                             whole(shown, style) if _HEX.fullmatch(shown) else (shown, style)))


def _secret(branch: Branch, label: str, value: str | None) -> None:
    """A secret: its value with --show-secrets, else a note that it is hidden."""
    if value is not None:
        _value(branch, label, value, "yellow")
    else:
        branch.add(Text.assemble((label + ": ", "bold"),
                                 (_("(hidden; --show-secrets shows it)"), "dim")))


def _signature(parent: Branch, title: str, sig: dict[str, Any]) -> None:
    mark = _mark(sig["valid"])
    branch = parent.add(Text.assemble(mark, (title, "bold"), "  ",
                                      _("frame {n}").format(n=sig["frame"]), "  ",
                                      (say(sig["detail"]), mark[1])))
    _value(branch, _("algorithm"), sig["algorithm"])
    _value(branch, _("signature value (DER)"), sig["signature_der"])
    _value(branch, _("signature value r||s"), sig["signature_rs"])
    signer = sig["signer_certificate"]
    if signer is not None:
        branch.add(Text.assemble((_("signer certificate") + ": ", "bold"), whole_format(
            _("[{role}] {subject}, serial {serial}"),
            {"subject": signer["subject"], "serial": signer["serial"]},
            role=role_tag(signer["role"]))))
    key = sig["signer_public_key"]
    if isinstance(key, dict):
        _value(branch, _("signer public key (RSA modulus)"), key["modulus"])
        _value(branch, _("signer public key (RSA exponent)"), key["exponent"])
    else:
        _value(branch, _("signer public key"), key)
    if "transcript_hash" in sig:
        _value(branch, _("handshake transcript hash (SM3)"), sig["transcript_hash"])
    _value(branch, _("signed data"), sig["signed_data"])
    _value(branch, _("SM2 user ID"), sig["sm2_id"])
    _value(branch, "Z", sig["z"])
    _value(branch, "e = SM3(Z || M)", sig["e"])
    _value(branch, _("RSA digest"), sig["rsa_hash"])
    _value(branch, _("verified form"), say(sig["variant"]) if sig["variant"] else _("none"))


def _client_key_exchange(parent: Branch, cke: dict[str, Any]) -> None:
    branch = parent.add(Text.assemble(("ClientKeyExchange", "bold"), "  ",
                                      _("frame {n}").format(n=cke["frame"]), "  ",
                                      cke["key_exchange"]))
    _value(branch, _("encrypted pre-master secret (DER)"), cke.get("encrypted_pre_master_der"))
    _value(branch, _("C1 (point 04||x||y)"), cke.get("c1"))
    _value(branch, _("C3 (SM3 hash)"), cke.get("c3"))
    _value(branch, _("C2 (ciphertext)"), cke.get("c2"))
    _value(branch, "C1||C3||C2", cke.get("c1c3c2"))
    _value(branch, _("encrypted pre-master secret (RSA)"), cke.get("encrypted_pre_master"))
    _value(branch, _("curve"), cke.get("curve"))
    _value(branch, _("server ephemeral public key"), cke.get("server_public_point"))
    _value(branch, _("client ephemeral public key"), cke.get("client_public_point"))
    _value(branch, _("pre-master secret opened by"), cke.get("opened_by"))
    _value(branch, _("error"), cke.get("error"), "red")


def _source(name: str) -> str:
    """Where the master secret came from, in words."""
    return {"keylog": _("the key log"),
            "server_key": _("the pre-master secret opened with the server's key"),
            "resumed_session": _("the session being resumed")}.get(name, name)


def _key_derivation(parent: Branch, crypto: dict[str, Any]) -> None:
    derivation = crypto["master_secret_derivation"]
    block = crypto["key_block"]
    if derivation is None or block is None:
        return
    branch = parent.add(Text(_("key derivation (PRF with {prf})").format(prf=crypto["prf"]),
                             style="bold"))
    if derivation["pre_master_known"]:
        _secret(branch, _("pre-master secret"), crypto["pre_master_secret"])
    else:
        _value(branch, _("pre-master secret"),
               _("not known (the master secret came from {source})").format(
                   source=_source(derivation["source"])), "dim")
    master = branch.add(Text.assemble(
        (_("master secret") + ": ", "bold"),
        _("PRF(pre-master secret, \"{label}\", {parts}), {n} bytes; from {source}").format(
            label=derivation["label"], parts=_(derivation["seed_parts"]), n=derivation["length"],
            source=_source(derivation["source"]))))
    _value(master, _("seed"), derivation["seed"])
    _secret(master, _("master secret"), crypto["master_secret"])
    keys = branch.add(Text.assemble(
        (_("key block (working keys)") + ": ", "bold"),
        _("PRF(master secret, \"{label}\", {parts}), {n} bytes").format(
            label=block["label"], parts=block["seed_parts"], n=block["length"])))
    _value(keys, _("seed"), block["seed"])
    keys.add(Text(_("lengths: MAC key {m}, key {k}, IV {i} bytes").format(
        m=block["mac_key_length"], k=block["key_length"], i=block["iv_length"]), style="dim"))
    names = ["client_write_key", "server_write_key", "client_write_iv", "server_write_iv"]
    if block["mac_key_length"]:
        names = ["client_write_mac_key", "server_write_mac_key", *names]
    for name in names:
        _secret(keys, name, block[name])


def _finished(parent: Branch, crypto: dict[str, Any]) -> None:
    for side, title in (("client", _("client Finished")), ("server", _("server Finished"))):
        fin = crypto["finished"][side]
        if fin is None:
            continue
        mark = _mark(fin["match"])
        branch = parent.add(Text.assemble(mark, (title, "bold"), "  ",
                                          _("frame {n}").format(n=fin["frame"])))
        _value(branch, _("handshake transcript hash"), fin["transcript_hash"])
        _value(branch, _("verify_data computed"), fin["computed"])
        _value(branch, _("verify_data received"), fin["received"], "" if fin["match"] else "red")


def _records(parent: Branch, records: list[dict[str, Any]]) -> None:
    branch = parent.add(Text(_("protected records"), style="bold"))
    for rec in records:
        mark = _mark(rec["match"])
        if rec["seq"] is None:
            branch.add(Text.assemble(mark, _("frame {n} {dir}: {error}").format(
                n=rec["frame"], dir=rec["dir"], error=rec["error"])))
            continue
        line = _("frame {n} {dir} seq {seq}: IV/nonce {iv}, {auth} received {rx}").format(
            n=rec["frame"], dir=rec["dir"], seq=rec["seq"], iv=rec["explicit_iv"],
            auth=rec["auth"].upper(), rx=rec["received"])
        if not rec["match"]:
            line += _(", computed {cx} ({error})").format(cx=rec["computed"], error=rec["error"])
        if rec["padding_length"] is not None:
            line += _(", padding {p}").format(p=rec["padding_length"])
        line += _(", plaintext {n} bytes").format(n=rec["plaintext_length"])
        branch.add(Text.assemble(mark, line))


def add_crypto(parent: Branch, values: CryptoValues) -> None:
    """The ``--crypto`` branch of one connection (``values`` as they may be shown)."""
    add_crypto_object(parent, crypto_object(values))


def add_crypto_object(parent: Branch, crypto: dict[str, Any]) -> None:
    """The same from the connection's ``tlcp.crypto`` JSON object (the HTML report's way)."""
    tree = parent.add(Text(_("cryptographic values"), style="bold"))
    _value(tree, "client_random", crypto["client_random"])
    _value(tree, "server_random", crypto["server_random"])
    _value(tree, "PRF", crypto["prf"])
    if crypto["server_key_exchange"] is not None:
        _signature(tree, "ServerKeyExchange", crypto["server_key_exchange"])
    if crypto["client_key_exchange"] is not None:
        _client_key_exchange(tree, crypto["client_key_exchange"])
    if crypto["certificate_verify"] is not None:
        _signature(tree, "CertificateVerify", crypto["certificate_verify"])
    _key_derivation(tree, crypto)
    _finished(tree, crypto)
    if crypto.get("records"):
        _records(tree, crypto["records"])
