"""Messages whose layout depends on the negotiated key exchange (GB/T 38636-2020 6.4.5.4, 6.4.5.8).

The decoder passes the key exchange of the negotiated suite (``registry.KeyExchange``) as the
parse parameter ``key_exchange``; the Wireshark plugin keeps it per conversation.

    struct {
        select (KeyExchangeAlgorithm) {
            case ECDHE: ServerECDHEParams params; digitally-signed struct {...} signed_params;
            case ECC:   digitally-signed struct {
                            opaque client_random[32]; opaque server_random[32];
                            opaque ASN.1Cert<1..2^24-1>;      -- the encryption certificate
                        } signed_params;
            case IBSDH: ServerIBSDHParams params; digitally-signed struct {...} signed_params;
            case IBC:   ServerIBCParams params; digitally-signed struct {...} signed_params;
            case RSA:   digitally-signed struct { ... as ECC ... } signed_params;
        };
    } ServerKeyExchange;
"""

from __future__ import annotations

from construct import (
    GreedyBytes,
    Int8ub,
    Int16ub,
    Prefixed,
    Select,
    Struct,
    Switch,
    Terminated,
    this,
)

from tlcp_decode import registry
from tlcp_decode.schema.meta import expected_default, field, values
from tlcp_decode.schema.tls_extensions import NamedGroup, SignatureScheme

# digitally-signed: a bare signature vector; TLCP has no SignatureAndHashAlgorithm in front.
Signature = field(
    "signature",
    Prefixed(field("signature_length", Int16ub, "Signature Length", "handshake.sig_len"),
             GreedyBytes),
    "Signature", "handshake.sig",
)

ECCurveType = values(Int8ub, {"explicit_prime": 1, "explicit_char2": 2, "named_curve": 3})


def _ec_point(name: str, label: str, filter: str) -> object:
    return field(
        name,
        Prefixed(field("point_length", Int8ub, "Pubkey Length", filter + "_len"), GreedyBytes),
        label, filter,
    )


ECParameters = (
    field("curve_type", ECCurveType, "Curve Type", "handshake.server_curve_type"),
    field("named_curve", NamedGroup, "Named Curve", "handshake.server_named_curve"),
)

ServerECDHEParams = Struct(
    *ECParameters,
    _ec_point("point", "Public Key", "handshake.server_point"),
)

ClientECDHEParams = Struct(
    *ECParameters,
    _ec_point("point", "Public Key", "handshake.client_point"),
)

# -- TLS 1.2 and older (RFC 8422 5.4, RFC 5246 7.4.3): the layouts TLS_<kx> ----------------------

# TLS 1.2 signs with a scheme in front; TLS 1.0/1.1 without; anonymous suites not at all.
_SignedParams = Select(
    Struct(field("algorithm", SignatureScheme, "Signature Algorithm", "handshake.sig_hash_alg"),
           Signature, Terminated),
    Struct(Signature, Terminated),
    Terminated,
)

def _dh_value(name: str, label: str, filter: str) -> object:
    return field(name, Prefixed(field(name + "_length", Int16ub, label + " Length",
                                      filter + "_len"), GreedyBytes), label, filter)


TLSServerDHParams = Struct(
    _dh_value("dh_p", "p", "handshake.p"),
    _dh_value("dh_g", "g", "handshake.g"),
    _dh_value("dh_Ys", "Pubkey", "handshake.ys"),
)

TLSServerKeyExchangeECDHE = Struct(
    field("params", ServerECDHEParams, "EC Diffie-Hellman Server Params"),
    field("signed", _SignedParams, "Signature"),
)

TLSServerKeyExchangeDHE = Struct(
    field("params", TLSServerDHParams, "Diffie-Hellman Server Params"),
    field("signed", _SignedParams, "Signature"),
)

TLSClientKeyExchangeECDH = Struct(
    field("point", Prefixed(field("point_length", Int8ub, "Pubkey Length",
                                  "handshake.client_point_len"), GreedyBytes),
          "Public Key", "handshake.client_point"),
)

TLSClientKeyExchangeDH = Struct(_dh_value("dh_Yc", "Pubkey", "handshake.yc"))


ServerKeyExchange = Switch(
    this._params.key_exchange,
    {
        "ECDHE": Struct(field("params", ServerECDHEParams, "EC Diffie-Hellman Server Params"),
                        Signature),
        "ECC": Struct(Signature),
        "IBSDH": Struct(
            field("params", Prefixed(field("params_length", Int16ub, "IBSDH Params Length",
                                           "handshake.ibsdh_params_len"), GreedyBytes),
                  "IBSDH Params", "handshake.ibsdh_params"),
            Signature,
        ),
        "IBC": Struct(Signature),
        "RSA": Struct(Signature),
        "TLS_ECDHE": TLSServerKeyExchangeECDHE,
        "TLS_DHE": TLSServerKeyExchangeDHE,
    },
    default=field("unparsed", GreedyBytes, "Key Exchange (suite unknown)", "handshake.ske_data"),
)

EncryptedPreMaster = Struct(
    field(
        "encrypted_pre_master",
        Prefixed(field("encrypted_pre_master_length", Int16ub, "Encrypted PreMaster Length",
                       "handshake.epms_len"), GreedyBytes),
        "Encrypted PreMaster", "handshake.epms",
    ),
)

ClientKeyExchange = Switch(
    this._params.key_exchange,
    {
        # ECC: the SM2 ciphertext of the pre-master, DER SEQUENCE {x, y, C3 hash, C2}.
        "ECC": EncryptedPreMaster,
        "IBC": EncryptedPreMaster,
        "RSA": EncryptedPreMaster,
        # The standard's form is the bare ClientECDHEParams (Tongsuo); GmSSL 3.3 puts a uint16
        # length in front. Terminated makes the first form fail on GmSSL's bytes.
        "ECDHE": Select(
            Struct(field("params", ClientECDHEParams, "EC Diffie-Hellman Client Params"),
                   Terminated),
            Struct(field("params", Prefixed(field("params_length", Int16ub, "Params Length",
                                                  "handshake.client_params_len"),
                                            ClientECDHEParams),
                         "EC Diffie-Hellman Client Params")),
        ),
        "IBSDH": Struct(
            field("params", Prefixed(field("params_length", Int16ub, "IBSDH Params Length",
                                           "handshake.ibsdh_params_len"), GreedyBytes),
                  "IBSDH Params", "handshake.ibsdh_params"),
        ),
        "TLS_RSA": EncryptedPreMaster,
        "TLS_ECDHE": TLSClientKeyExchangeECDH,
        "TLS_ECDH": TLSClientKeyExchangeECDH,
        "TLS_DHE": TLSClientKeyExchangeDH,
        "TLS_DH": TLSClientKeyExchangeDH,
    },
    default=field("unparsed", GreedyBytes, "Key Exchange (suite unknown)", "handshake.cke_data"),
)

# CertificateVerify (6.4.5.9): a signature over the hash of the handshake messages so far;
# TLS 1.2 and 1.3 put the signature scheme in front.
SignedWithScheme = Struct(
    field("algorithm", SignatureScheme, "Signature Algorithm", "handshake.sig_hash_alg"),
    Signature,
)
#: The parse-parameter values of TLS 1.2 suites (registry.CipherSuite.message_layout).
TLS12_LAYOUTS: tuple[str, ...] = tuple(sorted(
    {s.message_layout for s in registry.TLS_SUITES if not s.tls13}))

CertificateVerify = expected_default(Switch(
    this._params.key_exchange,
    {"TLS13": SignedWithScheme,
     # TLS 1.2 with the scheme, TLS 1.0 and 1.1 without
     **{layout: Select(Struct(*SignedWithScheme.subcons, Terminated),
                       Struct(Signature, Terminated)) for layout in TLS12_LAYOUTS}},
    default=Struct(Signature),
))
