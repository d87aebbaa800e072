"""Typed errors of the crypto layer. Messages are one line and never contain key material."""

from __future__ import annotations

from tlcp_decode.messages import MessageError


class CryptoError(MessageError):
    """Base class of every error raised by :mod:`tlcp_decode.crypto` (its message may be a
    translatable :class:`~tlcp_decode.messages.Msg`)."""


class KeyLoadError(CryptoError):
    """A private key file could not be loaded (wrong password, unsupported format...)."""


class DecryptError(CryptoError):
    """A protected record could not be decrypted; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PremasterError(CryptoError):
    """The pre-master secret could not be recovered; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
