"""TCP connection tracking, state machine and per-direction reassembly."""

from .connection import Connection, DirectionStats, TcpSummary
from .events import (
    ConnectionClosed,
    ConnectionOpened,
    Direction,
    FlowEvent,
    StreamData,
    StreamGap,
)
from .reassembly import Chunk, Reassembler
from .tcp_state import TRANSITIONS, End, Ev, State, TcpSession, Transition
from .tracker import FlowTracker, TrackerStats

__all__ = [
    "TRANSITIONS",
    "Chunk",
    "Connection",
    "ConnectionClosed",
    "ConnectionOpened",
    "Direction",
    "DirectionStats",
    "End",
    "Ev",
    "FlowEvent",
    "FlowTracker",
    "Reassembler",
    "State",
    "StreamData",
    "StreamGap",
    "TcpSession",
    "TcpSummary",
    "TrackerStats",
    "Transition",
]
