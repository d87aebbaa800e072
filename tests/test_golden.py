"""The decoder's output on real captures equals tests/golden/ byte for byte.

After an intended change of the output: ``python -m tests.update_golden`` and review the diff.
"""

from __future__ import annotations

import pytest
from golden_cases import CASES, OUTPUTS, Case, golden_path, render


@pytest.mark.parametrize("suffix", list(OUTPUTS))
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_output_unchanged(case: Case, suffix: str) -> None:
    expected = golden_path(case, suffix).read_text(encoding="utf-8")
    assert render(case, suffix) == expected, (
        f"{golden_path(case, suffix).name} changed; if intended: python -m tests.update_golden")
