"""The parts of the result model (:mod:`tlcp_decode.model`, which re-exports them) that the
reading side makes as well: a connection's :class:`Warning` and the directions.

Apart from the model so that the two-process reading one (:mod:`tlcp_decode.parallel`), forked
before the analysis is imported, does not import the model's other thirty classes (and the
session's crypto values they hold), which it never makes: 28M instructions of the start-up
before the fork, the critical path of a run.
"""

from __future__ import annotations

from typing import Literal

from tlcp_decode.precompiled import dataclass
from tlcp_decode.quick_init import quick_init

Direction = Literal["c2s", "s2c"]
DIRECTIONS: tuple[Direction, Direction] = ("c2s", "s2c")
#: the end that sends in each direction
SIDE: dict[str, str] = {"c2s": "client", "s2c": "server"}
#: the other direction
PEER: dict[str, str] = {"c2s": "s2c", "s2c": "c2s"}


@quick_init
@dataclass(frozen=True, slots=True)
class Warning:  # noqa: A001 - the name the API promises; never raised, only reported
    """Something about a connection a reader should know: data missing, a message out of place.

    ``code`` is stable (scripts may match on it), ``message`` is the English sentence the
    reports print, ``frame`` the frame it is about, where one is, ``count`` how many times
    it came.
    """

    code: str
    frame: int | None
    message: str
    count: int = 1  # identical warnings are folded into one (tlcp_decode.folding)

    def __str__(self) -> str:
        return self.message
