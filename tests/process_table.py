"""The Linux process table as the tests that look for left-over processes read it.

Processes come and go while it is read: one that leaves /proc mid-walk has no children and is
not an error.
"""

from __future__ import annotations

from pathlib import Path


def children(pid: int) -> list[int]:
    """``pid``'s children now (none when it is gone)."""
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(child) for child in read(task / "children").split()]
    except OSError:  # the process, or one of its threads, left while it was read
        pass
    return found


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` now."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children(todo.pop()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def read(path: Path) -> bytes:
    """A /proc file's bytes, empty when its process is gone."""
    try:
        return path.read_bytes()
    except OSError:
        return b""
