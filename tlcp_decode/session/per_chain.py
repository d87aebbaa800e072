"""What is derived from a certificate chain, worked out once per distinct chain.

A server sends the same chain on every connection, so the verdicts about its certificates (key
usage, key types for a key exchange, validity at a given second) are the same on each: a
gateway's capture of thousands of short connections would otherwise redo them thousands of
times. ``describe_chain`` gives one tuple per distinct chain; the caches here
are keyed by it (plus what else a verdict depends on), within a byte budget counted on the
chain's DER (which they share with the certificate cache, not copy), so a capture of many large
or distinct chains keeps bounded memory. The cached objects are immutable and shared.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence

from tlcp_decode import model
from tlcp_decode.bounded_cache import ByteBoundedCache
from tlcp_decode.session.certificates import CERTIFICATE_CACHE_BYTES, CertificateInfo

Chain = tuple[CertificateInfo, ...]


def chain_bytes(chain: Sequence[CertificateInfo]) -> int:
    return sum(len(cert.der) for cert in chain) + 64 * len(chain)


# Keyed by the chain's identity: describe_chain gives one tuple per distinct chain, and
# hashing the chain itself (every field of every certificate) cost more than the checks it
# saves. Each entry holds its chain, so no other chain can take that identity while it is in.
_checks: ByteBoundedCache[tuple[str, int, Hashable],
                          tuple[Chain, tuple[model.Check, ...]]] = (
    ByteBoundedCache(CERTIFICATE_CACHE_BYTES, lambda key: 0))


def checks(kind: str, chain: Chain, depends_on: Hashable,
           compute: Callable[[], Iterable[model.Check]]) -> tuple[model.Check, ...]:
    """The checks ``compute`` gives for ``chain``, worked out once per (kind, chain,
    depends_on): ``depends_on`` must hold everything else the checks read."""
    key = (kind, id(chain), depends_on)
    found = _checks.get(key)
    if found is not None and found[0] is chain:
        return found[1]
    result = tuple(compute())
    _checks.put(key, (chain, result), chain_bytes(chain))
    return result
