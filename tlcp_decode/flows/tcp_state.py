"""The TCP connection state machine (RFC 9293) of both ends, as observed from a passive tap.

Every transition is in :data:`TRANSITIONS`: ``(state, observed event) -> (new state, reason)``.
:class:`TcpSession` turns observed segments into per-end events and applies the table.  Pure
logic: no I/O, no payload handling.

Tap-specific choices:

* The client goes to ESTABLISHED when it *sends* the 3rd handshake ACK (the tap cannot see
  when it received the SYN+ACK); the server when that ACK reaches it.
* "Receives FIN" is applied lazily: only once the receiver's own packets show it (its ACK
  covers the FIN, or it sends its own FIN), or on RST / end of capture.  This is what makes a
  simultaneous close (both FINs cross on the wire) come out as FIN_WAIT_1 -> CLOSING.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import partial
from typing import Literal, cast

from tlcp_decode.named_tuple import NamedTuple
from tlcp_decode.precompiled import dataclass

from ..model_base import Warning
from ..source.packet import ACK, FIN, RST, SYN

End = Literal["client", "server"]

_FIN, _SYN, _RST, _ACK = FIN, SYN, RST, ACK  # plain ints: see TcpFlag
_FIN_ACK = _FIN | _ACK
_MOD = 1 << 32
_HALF = 1 << 31


def seq_diff(a: int, b: int) -> int:
    """Signed distance a - b in 32-bit sequence space."""
    d = (a - b) % _MOD
    return d - _MOD if d >= _HALF else d


class State(StrEnum):
    # A member equals its value, so it hashes like it too, in C (Enum's __hash__ is Python
    # code hashing the name; the transition table is looked up on every state change).
    __hash__ = str.__hash__

    CLOSED = "CLOSED"
    LISTEN = "LISTEN"
    SYN_SENT = "SYN_SENT"
    SYN_RECEIVED = "SYN_RECEIVED"
    ESTABLISHED = "ESTABLISHED"
    FIN_WAIT_1 = "FIN_WAIT_1"
    FIN_WAIT_2 = "FIN_WAIT_2"
    CLOSE_WAIT = "CLOSE_WAIT"
    CLOSING = "CLOSING"
    LAST_ACK = "LAST_ACK"
    TIME_WAIT = "TIME_WAIT"


class Ev(StrEnum):
    """What one end is observed doing (send) or having done to it (recv)."""

    __hash__ = str.__hash__  # see State

    SEND_SYN = "sent SYN"
    RECV_SYN = "received SYN"
    SEND_SYNACK = "sent SYN+ACK"
    RECV_SYNACK = "received SYN+ACK"
    SEND_HANDSHAKE_ACK = "sent ACK of SYN+ACK"
    RECV_ACK_OF_SYN = "received ACK of its SYN"
    SEND_FIN = "sent FIN"
    RECV_FIN = "received FIN"
    RECV_ACK_OF_FIN = "received ACK of its FIN"
    SEND_RST = "sent RST"
    RECV_RST = "received RST"


S = State
# (state, event) -> (new state, reason template); {end}/{peer} are "client"/"server".
TRANSITIONS: dict[tuple[State, Ev], tuple[State, str]] = {
    # opening
    (S.CLOSED, Ev.SEND_SYN): (S.SYN_SENT, "1st handshake: SYN, {end} -> SYN_SENT"),
    (S.LISTEN, Ev.SEND_SYN): (S.SYN_SENT, "1st handshake: SYN, {end} -> SYN_SENT"),
    (S.LISTEN, Ev.SEND_SYNACK): (S.SYN_RECEIVED, "2nd handshake: SYN+ACK, {end} -> SYN_RECEIVED"),
    (S.SYN_SENT, Ev.RECV_SYN): (
        S.SYN_RECEIVED,
        "simultaneous open: {end} receives SYN -> SYN_RECEIVED",
    ),
    (S.SYN_SENT, Ev.SEND_HANDSHAKE_ACK): (
        S.ESTABLISHED,
        "3rd handshake: ACK, {end} -> ESTABLISHED",
    ),
    (S.SYN_RECEIVED, Ev.RECV_ACK_OF_SYN): (
        S.ESTABLISHED,
        "3rd handshake: {peer} ACKs the SYN+ACK, {end} -> ESTABLISHED",
    ),
    # closing
    (S.SYN_RECEIVED, Ev.SEND_FIN): (S.FIN_WAIT_1, "{end} sends FIN -> FIN_WAIT_1"),
    (S.ESTABLISHED, Ev.SEND_FIN): (S.FIN_WAIT_1, "{end} sends FIN -> FIN_WAIT_1"),
    (S.SYN_RECEIVED, Ev.RECV_FIN): (S.CLOSE_WAIT, "{end} receives {peer}'s FIN -> CLOSE_WAIT"),
    (S.ESTABLISHED, Ev.RECV_FIN): (S.CLOSE_WAIT, "{end} receives {peer}'s FIN -> CLOSE_WAIT"),
    (S.FIN_WAIT_1, Ev.RECV_ACK_OF_FIN): (S.FIN_WAIT_2, "{peer} ACKs {end}'s FIN -> FIN_WAIT_2"),
    (S.FIN_WAIT_1, Ev.RECV_FIN): (
        S.CLOSING,
        "simultaneous close: {end} receives {peer}'s FIN before the ACK of its own -> CLOSING",
    ),
    (S.FIN_WAIT_2, Ev.RECV_FIN): (S.TIME_WAIT, "{end} receives {peer}'s FIN -> TIME_WAIT"),
    (S.CLOSING, Ev.RECV_ACK_OF_FIN): (S.TIME_WAIT, "{peer} ACKs {end}'s FIN -> TIME_WAIT"),
    (S.CLOSE_WAIT, Ev.SEND_FIN): (S.LAST_ACK, "{end} sends FIN -> LAST_ACK"),
    (S.LAST_ACK, Ev.RECV_ACK_OF_FIN): (S.CLOSED, "{peer} ACKs {end}'s FIN -> CLOSED"),
}
for _st in State:
    if _st not in (S.CLOSED, S.LISTEN):
        TRANSITIONS[(_st, Ev.SEND_RST)] = (S.CLOSED, "{end} sends RST -> CLOSED")
        TRANSITIONS[(_st, Ev.RECV_RST)] = (S.CLOSED, "{end} receives RST -> CLOSED")
del _st

#: The reason of a RST whose sender's state does not change (an end in LISTEN or CLOSED refusing
#: a segment: "connection refused"): a transition from a state to itself, so the RST still has
#: its line in the ladders.
SEND_RST_UNCHANGED = "{end} sends RST (no state change)"

# The members the machine names for every segment it sees, as module constants: a member
# looked up on its class goes through the enum metaclass (several times dearer than a global).
_CLOSED, _LISTEN, _SYN_SENT, _SYN_RECEIVED = S.CLOSED, S.LISTEN, S.SYN_SENT, S.SYN_RECEIVED
_ESTABLISHED = S.ESTABLISHED
_SEND_SYN, _RECV_SYN, _SEND_SYNACK, _RECV_SYNACK = (
    Ev.SEND_SYN, Ev.RECV_SYN, Ev.SEND_SYNACK, Ev.RECV_SYNACK)
_SEND_HANDSHAKE_ACK, _RECV_ACK_OF_SYN = Ev.SEND_HANDSHAKE_ACK, Ev.RECV_ACK_OF_SYN
_SEND_FIN, _RECV_FIN, _RECV_ACK_OF_FIN = Ev.SEND_FIN, Ev.RECV_FIN, Ev.RECV_ACK_OF_FIN
_SEND_RST, _RECV_RST = Ev.SEND_RST, Ev.RECV_RST

FINAL_STATES = frozenset({S.CLOSED, S.TIME_WAIT})
#: TcpFacts.close of a connection neither end closed (no FIN or RST seen)
NOT_CLOSED = "none"
# the states a received SYN, or SYN+ACK, moves an end from (asked before looking up the step)
_MOVED_BY_RECV_SYN = frozenset(old for old, ev in TRANSITIONS if ev is Ev.RECV_SYN)
_MOVED_BY_RECV_SYNACK = frozenset(old for old, ev in TRANSITIONS if ev is Ev.RECV_SYNACK)
# before ESTABLISHED: an ACK may still complete the handshake (CLOSED/LISTEN: not yet begun)
_OPENING_STATES = frozenset({S.CLOSED, S.LISTEN, S.SYN_SENT, S.SYN_RECEIVED})


class Transition(NamedTuple):
    """One state change of one end, for a ladder diagram.

    A named tuple: immutable, and cheap to copy to another process (see tlcp_decode.parallel).
    """

    frame: int
    end: End
    old_state: str
    new_state: str
    reason: str
    template: str = ""  # the reason before {end}/{peer} were filled in (for translations)


#: A :class:`Transition`'s fields (frame, end, old state, new state, reason, template), as a
#: plain tuple: how :class:`TcpSession` keeps them (they cross to the analysing process as
#: they are, and a named tuple's class costs Python code to load there).
TransitionValues = tuple[int, End, str, str, str, str]

#: ``as_transition(values)`` is ``Transition(*values)`` made in C (a named tuple's own
#: constructor is Python code)
as_transition = cast(Callable[[TransitionValues], Transition], partial(tuple.__new__, Transition))


@dataclass(slots=True)
class EndState:
    """What the tap knows about one end. Its state history is not kept here: it is the
    session's transitions of this end (:meth:`TcpSession.states`), one list per connection."""

    state: State
    isn: int | None = None  # sequence number of its SYN
    fin_seq: int | None = None  # sequence number its FIN occupies
    fin_frame: int = 0
    fin_acked: bool = False
    sent_rst: bool = False
    moved: bool = False  # it changed state at least once
    pending_fin_frame: int = 0  # peer's FIN seen on the wire, not yet shown as received


def _other(end: End) -> End:
    return "server" if end == "client" else "client"


# Every reason of TRANSITIONS with {end}/{peer} filled in, for either end: formatted once here
# rather than for each transition (a dozen per connection).
_REASONS: dict[tuple[str, End], str] = {
    (template, end): template.format(end=end, peer=_other(end))
    for template in {t for _new, t in TRANSITIONS.values()} | {SEND_RST_UNCHANGED}
    for end in ("client", "server")
}

# Each state's text, the one string object every transition and state list shares (str() of a
# member would make a new copy each time: thousands of connections hold these).
_STATE_TEXT: dict[State, str] = {state: state._value_ for state in State}
_CLOSING = _STATE_TEXT[S.CLOSING]

# TRANSITIONS by (state, event, end), with what a Transition records of each (the states' texts,
# the reason filled in and its template), for _apply: one look-up per state change.
_STEPS: dict[tuple[State, Ev, End], tuple[State, str, str, str, str]] = {
    (old, event, end): (new, _STATE_TEXT[old], _STATE_TEXT[new], _REASONS[template, end], template)
    for (old, event), (new, template) in TRANSITIONS.items()
    for end in ("client", "server")
}

#: A transition's values after its frame (end, old state, new state, reason, template).
TransitionTail = tuple[End, str, str, str, str]


def _step(old: State, event: Ev, end: End) -> tuple[State, TransitionTail]:
    """The table's step of ``end`` doing ``event`` in ``old``: its new state and what its
    transition records after the frame."""
    new, old_text, new_text, reason, template = _STEPS[(old, event, end)]
    return new, (end, old_text, new_text, reason, template)


_ENDS: tuple[End, End] = ("client", "server")

# the opening handshake's steps (the short ways of TcpSession.syn_opened ... handshake_acked)
_SYN_BY_CLIENT = _step(_CLOSED, _SEND_SYN, "client")
_SYNACK_BY_SERVER = _step(_LISTEN, _SEND_SYNACK, "server")
_HANDSHAKE_ACK_BY_CLIENT = _step(_SYN_SENT, _SEND_HANDSHAKE_ACK, "client")
_ACK_OF_SYN_TO_SERVER = _step(_SYN_RECEIVED, _RECV_ACK_OF_SYN, "server")

# the usual close's steps (the short way of TcpSession.closing_segment): an end's first FIN
# from ESTABLISHED, and its FIN after it received the peer's (CLOSE_WAIT), by end
_FIN_FROM_ESTABLISHED = {end: _step(_ESTABLISHED, _SEND_FIN, end) for end in _ENDS}
_FIN_FROM_CLOSE_WAIT = {end: _step(S.CLOSE_WAIT, _SEND_FIN, end) for end in _ENDS}


def _fin_acked_steps(sender_state: State, receiver_state: State, sender: End
                     ) -> tuple[State, TransitionTail, State, TransitionTail, bool]:
    """What an ACK by ``sender`` (in ``sender_state``, the peer's FIN pending) of the peer's
    FIN (the peer in ``receiver_state``) does: the sender receives the FIN, then the peer's FIN
    is acknowledged; each one's new state and transition, and whether both are then final."""
    sender_new, sender_tail = _step(sender_state, _RECV_FIN, sender)
    receiver_new, receiver_tail = _step(receiver_state, _RECV_ACK_OF_FIN, _other(sender))
    return (sender_new, sender_tail, receiver_new, receiver_tail,
            sender_new in FINAL_STATES and receiver_new in FINAL_STATES)


# ... for the usual close's two such ACKs: the answer to the first FIN (ESTABLISHED ->
# CLOSE_WAIT, the first closer FIN_WAIT_1 -> FIN_WAIT_2) and the last ACK (FIN_WAIT_2 ->
# TIME_WAIT, the peer LAST_ACK -> CLOSED), by (sender's state, peer's state, sender)
_FIN_ACKED = {(sender_state, receiver_state, end): _fin_acked_steps(sender_state, receiver_state,
                                                                     end)
              for sender_state, receiver_state in ((_ESTABLISHED, S.FIN_WAIT_1),
                                                   (S.FIN_WAIT_2, S.LAST_ACK))
              for end in _ENDS}

_NOT_SEEN: tuple[Warning, ...] = ()  # notes of a session that starts with a SYN: shared, nothing to say


class TcpSession:
    """Both ends of one connection; feed it every observed segment with :meth:`segment`.

    Slotted and without per-session containers beyond the transitions: a tap may track a
    hundred thousand connections at once (a SYN flood), so each costs as little as it can.
    """

    __slots__ = ("transitions", "notes", "saw_syn", "saw_synack", "saw_handshake_ack",
                 "saw_fin", "saw_rst", "first_closer", "client", "server", "finished", "quiet")

    def __init__(self, first_flags: int) -> None:
        # a tuple, grown by one at each change (a dozen at most): smaller than a list; each
        # change a Transition's values (see TransitionValues)
        self.transitions: tuple[TransitionValues, ...] = ()
        self.notes: tuple[Warning, ...] = _NOT_SEEN
        self.saw_syn = False
        self.saw_synack = False
        self.saw_handshake_ack = False
        self.saw_fin = False
        self.saw_rst = False
        self.first_closer: End | None = None
        if first_flags & _SYN and not first_flags & _ACK:
            client, server = _CLOSED, _LISTEN
        elif first_flags & _SYN:
            client, server = _SYN_SENT, _LISTEN
            self.notes = (Warning("tcp_syn_missing", None,
                                  "client's SYN not captured (handshake starts at the SYN+ACK)"),)
        else:
            client = server = S.ESTABLISHED
            self.notes = (Warning("tcp_mid_connection", None,
                                  "capture starts mid-connection: no TCP handshake seen"),)
        self.client = EndState(client)
        self.server = EndState(server)
        # Kept up to date by _settle() after every change, because the tracker asks per packet:
        self.finished = False  # RST seen, or both FINs sent and acknowledged
        # a segment without SYN/FIN/RST cannot change anything (see _settle): from the start
        # only when it is mid-connection (both ends ESTABLISHED, nothing seen)
        self.quiet = client is _ESTABLISHED

    # -- results ------------------------------------------------------------------------------
    def end(self, name: End) -> EndState:
        return self.client if name == "client" else self.server

    def states(self, name: End) -> list[str]:
        """The states ``name`` went through, its first state first."""
        client, server = self.both_states()
        return client if name == "client" else server

    def both_states(self) -> tuple[list[str], list[str]]:
        """:meth:`states` of the client and of the server, in one look at the transitions."""
        client: list[str] = []
        server: list[str] = []
        for _frame, end, old, new, _reason, template in self.transitions:
            if template != SEND_RST_UNCHANGED:  # a RST that changed nothing is no state
                states = client if end == "client" else server
                if not states:
                    states.append(old)
                states.append(new)
        return (client or [_STATE_TEXT[self.client.state]],
                server or [_STATE_TEXT[self.server.state]])

    @property
    def handshake(self) -> str:
        if self.saw_syn and self.saw_synack and self.saw_handshake_ack:
            return "complete"
        if self.saw_syn or self.saw_synack:
            return "partial"
        return "missing"

    @property
    def close(self) -> str:
        if self.saw_rst:
            return "rst"
        return "fin" if self.saw_fin else NOT_CLOSED

    @property
    def closed_by(self) -> str | None:
        return self.closed_by_of(*self.both_states())

    def closed_by_of(self, client_states: list[str], server_states: list[str]) -> str | None:
        """``closed_by``, from the ends' :meth:`states` when the caller has them already."""
        if _CLOSING in client_states and _CLOSING in server_states:
            return "both"
        return self.first_closer

    def _settle(self) -> None:
        """Recompute ``finished`` and ``quiet`` from the ends' states and the flags seen.

        Quiet: both ends past the opening handshake and no FIN or RST seen. Then a segment's
        ACK field can neither complete the handshake nor acknowledge a FIN, so the bulk of a
        connection (data and pure ACKs) needs no look at this machine.
        """
        c, s = self.client, self.server
        self.finished = self.saw_rst or (c.state in FINAL_STATES and s.state in FINAL_STATES)
        self.quiet = not (self.saw_fin or self.saw_rst or c.state in _OPENING_STATES
                          or s.state in _OPENING_STATES)

    @property
    def both_fins_sent(self) -> bool:
        return self.client.fin_seq is not None and self.server.fin_seq is not None

    # -- machinery ----------------------------------------------------------------------------
    def _apply(self, es: EndState, end: End, ev: Ev, frame: int) -> bool:
        """``end`` (whose state is ``es``) does ``ev``: its transition, if the table has one
        (the caller settles afterwards: see _settle)."""
        step = _STEPS.get((es.state, ev, end))
        if step is None:
            return False
        new, old_text, new_text, reason, template = step
        self.transitions += ((frame, end, old_text, new_text, reason, template),)
        es.state = new
        es.moved = True
        return True

    def _deliver_pending_fin(self, es: EndState, end: End) -> None:
        """``end`` (whose state is ``es``) now counts the peer's FIN seen on the wire as
        received (the callers ask ``es.pending_fin_frame`` first: mostly none is pending)."""
        frame, es.pending_fin_frame = es.pending_fin_frame, 0
        self._apply(es, end, _RECV_FIN, frame)

    def flush(self) -> None:
        """End of capture (or of the connection): FINs on the wire count as received."""
        if self.client.pending_fin_frame or self.server.pending_fin_frame:
            # (else nothing changes: finished and quiet are up to date, see _settle)
            self._deliver_pending_fins()
            self._settle()

    def _deliver_pending_fins(self) -> None:
        """Both ends count the peer's FIN seen on the wire, if any, as received."""
        if self.client.pending_fin_frame:
            self._deliver_pending_fin(self.client, "client")
        if self.server.pending_fin_frame:
            self._deliver_pending_fin(self.server, "server")

    def segment(self, sender: End, flags: int, seq: int, ack: int, length: int, frame: int) -> None:
        """Observe one segment sent by ``sender`` (``length`` = TCP payload length on the wire)."""
        # the transitions below leave ``finished`` and ``quiet`` to one _settle() at the end
        # (nothing reads them in between)
        receiver: End
        if sender == "client":
            receiver, snd, rcv = "server", self.client, self.server
        else:
            receiver, snd, rcv = "client", self.server, self.client
        apply = self._apply

        if flags & _RST:
            if self.closed_is_final(snd, rcv):
                return
            self._deliver_pending_fins()
            self.saw_rst = True
            snd.sent_rst = True
            if self.first_closer is None:
                self.first_closer = sender
            if not apply(snd, sender, _SEND_RST, frame):
                state = _STATE_TEXT[snd.state]
                self.transitions += ((frame, sender, state, state,
                                      _REASONS[SEND_RST_UNCHANGED, sender], SEND_RST_UNCHANGED),)
            apply(rcv, receiver, _RECV_RST, frame)
            self._settle()
            return

        if flags & _SYN:
            if flags & _ACK:
                if snd.isn is None:
                    snd.isn = seq
                    self.saw_synack = True
                    apply(snd, sender, _SEND_SYNACK, frame)
                    if rcv.state in _MOVED_BY_RECV_SYNACK:  # (none: the table has no such step)
                        apply(rcv, receiver, _RECV_SYNACK, frame)
                    self._settle()
            elif snd.isn is None:
                snd.isn = seq
                self.saw_syn = True
                apply(snd, sender, _SEND_SYN, frame)
                if rcv.state in _MOVED_BY_RECV_SYN:  # (a simultaneous open)
                    apply(rcv, receiver, _RECV_SYN, frame)
                self._settle()
            return  # a SYN's ACK only acknowledges the peer's SYN (handled by the tables above)

        # the sender shows what it had received: its ACK field (``0 < (ack - n) % _MOD <
        # _HALF`` is ``seq_diff(ack, n) > 0`` written out: ack is after n)
        if flags & _ACK:
            fin_seq = rcv.fin_seq
            if (snd.pending_fin_frame and fin_seq is not None
                    and 0 < (ack - fin_seq) % _MOD < _HALF):
                self._deliver_pending_fin(snd, sender)
            isn = rcv.isn
            if snd.state is _SYN_SENT and isn is not None and 0 < (ack - isn) % _MOD < _HALF:
                self.saw_handshake_ack = True
                apply(snd, sender, _SEND_HANDSHAKE_ACK, frame)
            if (rcv.state is _SYN_RECEIVED and isn is not None
                    and 0 < (ack - isn) % _MOD < _HALF):
                apply(rcv, receiver, _RECV_ACK_OF_SYN, frame)
            if (fin_seq is not None and not rcv.fin_acked
                    and 0 < (ack - fin_seq) % _MOD < _HALF):
                rcv.fin_acked = True
                apply(rcv, receiver, _RECV_ACK_OF_FIN, frame)

        if flags & _FIN and snd.fin_seq is None:
            self.saw_fin = True
            snd.fin_seq = (seq + length) % (1 << 32)
            snd.fin_frame = frame
            if self.first_closer is None:
                self.first_closer = sender
            apply(snd, sender, _SEND_FIN, frame)
            # the sender's own pending receipt of the peer's FIN comes after its FIN (crossing)
            if snd.pending_fin_frame:
                self._deliver_pending_fin(snd, sender)
            rcv.pending_fin_frame = frame
        self._settle()

    # -- the opening handshake's segments, the short way (FlowTracker.general_way asks for the
    # preconditions; tracker.OPENING_SHORT_WAY off: segment() does it, and tests compare)
    def syn_opened(self, seq: int, frame: int) -> None:
        """:meth:`segment` of the plain SYN (no data) that opened this session (the client
        CLOSED, the server LISTEN, nothing seen): the client notes its ISN, -> SYN_SENT.
        ``finished`` and ``quiet`` stay false (an opening state: see _settle)."""
        client = self.client
        client.isn = seq
        self.saw_syn = True
        new, tail = _SYN_BY_CLIENT
        self.transitions = ((frame,) + tail,)
        client.state = new
        client.moved = True

    def synack_sent(self, seq: int, frame: int) -> None:
        """:meth:`segment` of the server's SYN+ACK (no data) when it is in LISTEN without an
        ISN, the client in a state a received SYN+ACK does not move and nothing finished: the
        server notes its ISN, -> SYN_RECEIVED. ``finished`` and ``quiet`` stay false."""
        server = self.server
        server.isn = seq
        self.saw_synack = True
        new, tail = _SYNACK_BY_SERVER
        self.transitions += ((frame,) + tail,)
        server.state = new
        server.moved = True

    def handshake_acked(self, frame: int) -> None:
        """:meth:`segment` of the client's ACK (no data) of the server's ISN + 1 when the client
        is in SYN_SENT without a FIN pending, the server in SYN_RECEIVED without a FIN, and no
        FIN or RST seen: both ends -> ESTABLISHED."""
        self.saw_handshake_ack = True
        client_new, client_tail = _HANDSHAKE_ACK_BY_CLIENT
        server_new, server_tail = _ACK_OF_SYN_TO_SERVER
        self.transitions += ((frame,) + client_tail, (frame,) + server_tail)
        client, server = self.client, self.server
        client.state = client_new
        client.moved = True
        server.state = server_new
        server.moved = True
        self._settle()

    # -- the usual close's segments without data, the short way (FlowTracker.general_way
    # asks; tracker.CLOSING_SHORT_WAY off: segment() does them all, and tests compare)
    def closing_segment(self, sender: End, flags: int, seq: int, ack: int, frame: int) -> bool:
        """:meth:`segment` of a segment without data (``flags``: ACK or FIN+ACK) sent by
        ``sender`` when it is one of the usual close's, whose outcome is known: the first FIN
        of a quiet session (both ends ESTABLISHED, nothing pending); an ACK of the peer's FIN
        whose receipt is pending, by an end in ESTABLISHED (with its own FIN or not) or in
        FIN_WAIT_2 (the last ACK; without a FIN). Returns False, having changed nothing, for
        any other segment (segment() then does it)."""
        if sender == "client":
            snd, rcv = self.client, self.server
        else:
            snd, rcv = self.server, self.client
        if not snd.pending_fin_frame:
            if flags != _FIN_ACK or not self.quiet:
                return False
            # quiet: no FIN or RST seen, so nothing to deliver or acknowledge (see _settle)
            self.saw_fin = True
            snd.fin_seq = seq % _MOD
            snd.fin_frame = frame
            self.first_closer = sender
            new, tail = _FIN_FROM_ESTABLISHED[sender]
            self.transitions += ((frame,) + tail,)
            snd.state = new
            snd.moved = True
            rcv.pending_fin_frame = frame
            self.quiet = False  # (and not finished: FIN_WAIT_1 and ESTABLISHED)
            return True
        fin_seq = rcv.fin_seq
        if (self.saw_rst or fin_seq is None or rcv.fin_acked
                or not 0 < (ack - fin_seq) % _MOD < _HALF):
            return False
        steps = _FIN_ACKED.get((snd.state, rcv.state, sender))
        if steps is None:
            return False
        fin = flags == _FIN_ACK
        if fin and (snd.state is not _ESTABLISHED or snd.fin_seq is not None):
            return False
        # the peer's FIN received (in the frame that carried it), then acknowledged
        snd_new, snd_tail, rcv_new, rcv_tail, finished = steps
        self.transitions += ((snd.pending_fin_frame,) + snd_tail, (frame,) + rcv_tail)
        snd.pending_fin_frame = 0
        snd.state = snd_new
        snd.moved = True
        rcv.fin_acked = True
        rcv.state = rcv_new
        rcv.moved = True
        if fin:  # and its own FIN, from CLOSE_WAIT
            snd.fin_seq = seq % _MOD
            snd.fin_frame = frame
            if self.first_closer is None:
                self.first_closer = sender
            new, tail = _FIN_FROM_CLOSE_WAIT[sender]
            self.transitions += ((frame,) + tail,)
            snd.state = new
            rcv.pending_fin_frame = frame
        else:
            self.finished = finished
        return True

    @staticmethod
    def closed_is_final(snd: EndState, rcv: EndState) -> bool:
        """A RST after both ends are CLOSED changes nothing."""
        return snd.state is _CLOSED and rcv.state is _CLOSED and snd.moved
