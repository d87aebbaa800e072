"""JSON lines output: one object per connection, then one summary object (docs/json.md)."""

from __future__ import annotations

import json
from typing import IO, Any


def write_object(out: IO[str], obj: dict[str, Any]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
