"""The garbage collector's pace while a capture is decoded.

A decode allocates many short-lived containers per connection (the model, its JSON object, the
two-process pipeline's unpickled batches), and CPython's default first-generation threshold
(700 allocations) runs a collection every few connections, each walking what is alive at that
moment (a batch of connections waiting to be analysed), every tenth walking it again: on a
capture of short connections that was 10-15 % of the analysing process's time. What the
decoder makes is freed by reference counting (it makes few reference cycles), so collecting
less often keeps memory as it was (peak RSS of ``benchmarks/run.py --flood-check`` unchanged).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: allocations between first-generation collections while decoding (CPython's default: 700)
DECODING_THRESHOLD = 20_000

#: allocations between first-generation collections in the two-process mode's reading
#: process (0: DECODING_THRESHOLD, as the rest). Its objects are the tracker's and the record
#: stage's, freed by reference counting: on the handshake benchmark capture it ran 19
#: collections at 20,000 (9.4M instructions, 0.3 % of its run, on the critical path) and none
#: at 100,000, and its peak memory is the same either way (the SYN and partial-record floods
#: included: their live objects, not garbage, grow, and they are collected as before).
READING_THRESHOLD = 100_000

#: Whether this process runs the program (see :func:`program_started`), not a library caller.
_program = False


def program_started() -> None:
    """The program's own settings (``python -m tlcp_decode``, the ``tlcp-decode`` script),
    first thing: the threshold raised for good (:func:`raise_threshold`), no collection during
    its start-up, which is frozen when the decoding starts (:func:`freeze_start_up`).

    The start-up (imports, classes, argument parsers: some 35k objects alive to the end, a
    hundred garbage cycles) crossed the raised threshold once, a collection that walked 20k
    of them for nothing: 7M instructions (2 %) before the fork, in both processes."""
    global _program
    _program = True
    raise_threshold()
    gc.disable()


def freeze_start_up() -> None:
    """In the program, every object made so far (its modules, classes, functions, tables,
    argument parser: some 35k objects, alive to its end) out of the collector's generations
    for good (``gc.freeze``): no collection walks them again (0.6-0.9 % of each process's
    instructions on the handshake capture), and the forked reading process does not write
    into their pages. Not in a library caller's process, where garbage cycles made before
    would never be collected. Automatic collection runs from now on (off during the start-up:
    see :func:`program_started`)."""
    if _program:
        gc.freeze()
        gc.enable()


def raise_threshold(threshold: int = DECODING_THRESHOLD) -> None:
    """The first-generation threshold raised to ``threshold`` (a threshold already higher, or
    0, which stops automatic collection, is left alone).

    The program (``python -m tlcp_decode``) does it first thing, for good: its start-up
    (imports, argument parsers) makes a hundred thousand objects that live to its end and
    hardly any garbage, and a collection every 700 allocations walked them over and over (2 %
    of a run on a small capture)."""
    before = gc.get_threshold()
    if 0 < before[0] < threshold:
        gc.set_threshold(threshold, *before[1:])


@contextmanager
def collecting_less_often(threshold: int = DECODING_THRESHOLD) -> Iterator[None]:
    """The first-generation threshold raised to ``threshold`` within (:func:`raise_threshold`),
    and put back after."""
    before = gc.get_threshold()
    raise_threshold(threshold)
    try:
        yield
    finally:
        gc.set_threshold(*before)
