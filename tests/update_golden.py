"""Regenerate tests/golden/ after an intended output change: ``python -m tests.update_golden``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from golden_cases import ROOT, update  # noqa: E402

if __name__ == "__main__":
    for path in update():
        print(f"updated {path.relative_to(ROOT)}")
