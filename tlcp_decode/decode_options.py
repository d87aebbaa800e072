"""How a capture is decoded (:class:`DecodeOptions`) and the record stage the options ask for.

Apart from :mod:`tlcp_decode.pipeline` because the reading half of the two-process pipeline
(:mod:`tlcp_decode.parallel`) needs these and nothing of the session analysis, which
``pipeline`` imports: the reading process is forked before the analysis is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from tlcp_decode.flows.buffer_budget import MAX_OUT_OF_ORDER
from tlcp_decode.flows.connection_limit import MAX_CONNECTIONS
from tlcp_decode.precompiled import dataclass
from tlcp_decode.record_stage import RecordSink, RecordStage

if TYPE_CHECKING:
    from tlcp_decode.session.analyzer import Decryptor

T = TypeVar("T")

DecryptorFactory = Callable[[int], "Decryptor"]


@dataclass
class DecodeOptions:
    """How a capture is decoded: the command line's choices, and the limits that bound memory."""

    force_ports: frozenset[int] = frozenset()  # --port: TLCP on these ports, whatever it looks like
    decryptor_factory: DecryptorFactory | None = None  # flow index -> Decryptor, when keys are given
    max_buffer: int = 4 << 20
    max_connections: int = MAX_CONNECTIONS  # tracked at once (see flows.connection_limit)
    max_out_of_order: int = MAX_OUT_OF_ORDER  # all connections together (flows.buffer_budget)
    trusted_cas: tuple[bytes, ...] = ()  # --ca: DER certificates for the chain checks
    record_log: bool = False  # --records: list every record of every connection
    # each connection's TCP state transitions in the model (TcpSummary.transitions): the
    # text report and the report's ladders show them, --json does not (left empty there,
    # they need not cross from the reading process); its states are kept either way
    tcp_transitions: bool = True


def record_stage(options: DecodeOptions, sink: RecordSink[T],
                 defer_parsing: bool = False) -> RecordStage[T]:
    """The record stage that the options ask for, telling ``sink`` what it finds
    (``defer_parsing``: see tlcp.parser.HandshakeAssembler)."""
    return RecordStage(sink, options.force_ports, options.decryptor_factory is not None,
                       options.record_log, defer_parsing, options.tcp_transitions)
