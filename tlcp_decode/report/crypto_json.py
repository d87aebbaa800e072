"""``tlcp.crypto`` in JSON (docs/json.md): the connection's cryptographic values, hex strings
for bytes, ``null`` for what does not apply, is not known, or is a secret not to be shown."""

from __future__ import annotations

from typing import Any

from tlcp_decode.session.crypto_values import (
    FINISHED_SEED_PARTS,
    KEY_EXPANSION_SEED_PARTS,
    MASTER_SECRET_SEED_PARTS,
    SESSION_HASH_SEED_PARTS,
    ClientKeyExchangeValues,
    CryptoValues,
    FinishedValues,
    KeyDerivation,
    RecordValues,
    SignatureValues,
)


def hex_or_none(data: bytes | None) -> str | None:
    return data.hex() if data is not None else None


def signature_object(sig: SignatureValues) -> dict[str, Any]:
    public_key: str | dict[str, Any] | None = hex_or_none(sig.public_key)
    if sig.rsa_modulus is not None:
        size = (sig.rsa_modulus.bit_length() + 7) // 8
        public_key = {"modulus": sig.rsa_modulus.to_bytes(size, "big").hex(),
                      "exponent": sig.rsa_exponent}
    signer = sig.signer
    data: dict[str, Any] = {
        "frame": sig.frame,
        "algorithm": sig.algorithm,
        "signature_der": sig.signature_der.hex(),
        "signature_rs": hex_or_none(sig.signature_rs),
        "signer_certificate": ({"role": signer.role, "subject": signer.subject,
                                "serial": signer.serial} if signer is not None else None),
        "signer_public_key": public_key,
        "signed_data": hex_or_none(sig.signed_data),
        "sm2_id": sig.sm2_id.decode("latin-1") if sig.sm2_id is not None else None,
        "z": hex_or_none(sig.z),
        "e": hex_or_none(sig.e),
        "rsa_hash": sig.rsa_hash,
        "valid": sig.valid,
        "variant": sig.variant,
        "detail": sig.detail,
    }
    if sig.transcript_hash is not None:
        data["transcript_hash"] = sig.transcript_hash.hex()
    return data


def client_key_exchange_object(cke: ClientKeyExchangeValues) -> dict[str, Any]:
    data: dict[str, Any] = {"frame": cke.frame, "key_exchange": cke.key_exchange}
    if cke.key_exchange == "ECC":
        whole = cke.c1 + cke.c3 + cke.c2 if cke.c1 and cke.c3 and cke.c2 is not None else None
        data.update({"encrypted_pre_master_der": cke.encrypted_pre_master.hex(),
                     "c1": hex_or_none(cke.c1), "c3": hex_or_none(cke.c3),
                     "c2": hex_or_none(cke.c2), "c1c3c2": hex_or_none(whole)})
    elif cke.key_exchange == "ECDHE":
        data.update({"curve": cke.curve, "server_public_point": hex_or_none(cke.server_point),
                     "client_public_point": hex_or_none(cke.client_point)})
    else:
        data["encrypted_pre_master"] = cke.encrypted_pre_master.hex()
    data["opened_by"] = cke.opened_by
    if cke.error:
        data["error"] = cke.error
    return data


def derivation_objects(d: KeyDerivation) -> dict[str, Any]:
    """``pre_master_secret``, ``master_secret``, ``master_secret_derivation``, ``key_block``."""
    # imported here: the crypto package (and cryptography) only when there is a derivation
    # to show, not at every start-up of the JSON report
    from tlcp_decode.crypto.prf import EXTENDED_MASTER_SECRET_LABEL, MASTER_SECRET_LENGTH

    keys = d.keys
    gcm = d.mac_key_length == 0

    def part(name: str) -> str | None:
        return getattr(keys, name).hex() if keys is not None else None

    return {
        "pre_master_secret": hex_or_none(d.pre_master),
        "master_secret": hex_or_none(d.master),
        "master_secret_derivation": {
            "source": d.master_source,
            "pre_master_known": d.pre_master_known,
            "label": d.master_label.decode(),
            "seed": d.master_seed.hex(),
            "seed_parts": (SESSION_HASH_SEED_PARTS
                           if d.master_label == EXTENDED_MASTER_SECRET_LABEL
                           else MASTER_SECRET_SEED_PARTS),
            "length": MASTER_SECRET_LENGTH,
        },
        "key_block": {
            "label": d.key_expansion_label.decode(),
            "seed": d.key_expansion_seed.hex(),
            "seed_parts": KEY_EXPANSION_SEED_PARTS,
            "length": d.key_block_length,
            "mac_key_length": d.mac_key_length,
            "key_length": d.key_length,
            "iv_length": d.iv_length,
            "block": hex_or_none(keys.block if keys is not None else None),
            "client_write_mac_key": None if gcm else part("client_write_mac_key"),
            "server_write_mac_key": None if gcm else part("server_write_mac_key"),
            "client_write_key": part("client_write_key"),
            "server_write_key": part("server_write_key"),
            "client_write_iv": part("client_write_iv"),
            "server_write_iv": part("server_write_iv"),
        },
    }


def finished_object(f: FinishedValues) -> dict[str, Any]:
    return {"frame": f.frame, "label": f.label, "transcript_hash": f.transcript_hash.hex(),
            "seed_parts": FINISHED_SEED_PARTS, "computed": f.computed.hex(),
            "received": f.received.hex(), "match": f.match}


def record_object(r: RecordValues) -> dict[str, Any]:
    data: dict[str, Any] = {"frame": r.frame, "dir": r.direction, "content_type": r.content_type,
                            "length": r.length, "seq": r.seq}
    if r.seq is not None:
        data.update({
            "explicit_iv": r.explicit_iv.hex(),
            "nonce": hex_or_none(r.nonce),
            "auth": r.auth,
            "received": r.received.hex(),
            "computed": r.computed.hex(),
            "padding_length": r.padding_length,
            "plaintext_length": r.plaintext_length,
        })
    data["match"] = r.match
    if r.error:
        data["error"] = r.error
    return data


def crypto_object(v: CryptoValues) -> dict[str, Any]:
    """``v`` as reported: call it on ``values.shown(show_secrets)``."""
    data: dict[str, Any] = {
        "client_random": v.client_random.hex() or None,
        "server_random": v.server_random.hex() or None,
        "server_key_exchange": (signature_object(v.server_key_exchange)
                                if v.server_key_exchange is not None else None),
        "certificate_verify": (signature_object(v.certificate_verify)
                               if v.certificate_verify is not None else None),
        "client_key_exchange": (client_key_exchange_object(v.client_key_exchange)
                                if v.client_key_exchange is not None else None),
        "prf": v.prf,
        "pre_master_secret": None,
        "master_secret": None,
        "master_secret_derivation": None,
        "key_block": None,
    }
    if v.derivation is not None:
        data.update(derivation_objects(v.derivation))
    data["finished"] = {side: (finished_object(v.finished[side]) if side in v.finished
                               else None) for side in ("client", "server")}
    if v.records is not None:
        data["records"] = [record_object(r) for r in v.records]
    return data
