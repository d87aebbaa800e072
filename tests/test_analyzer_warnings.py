"""The analyser's warnings (issue 17): no list is made for a connection without any; the first
warning makes the WarningList, which folds identical ones as before."""

from __future__ import annotations

from tlcp_decode.folding import WarningList
from tlcp_decode.session.analyzer import TLCPAnalyzer


def test_no_warnings_no_list() -> None:
    analyzer = TLCPAnalyzer(0)
    assert analyzer.warnings == () and not analyzer.warnings
    assert not isinstance(analyzer.warnings, WarningList)  # no list made


def test_the_first_warning_makes_the_folding_list() -> None:
    analyzer = TLCPAnalyzer(0)
    analyzer.gap("c2s", 100, 7, [])
    analyzer.gap("c2s", 100, 7, [])
    analyzer.gap("s2c", 50, 9, [])
    assert isinstance(analyzer.warnings, WarningList)
    # (the first gap also says the handshake, not begun yet, is not judged)
    assert [(w.code, w.frame, w.count) for w in analyzer.warnings] == [
        ("stream_gap", 7, 2), ("handshake_gap", 7, 1), ("stream_gap", 9, 1)]
    assert TLCPAnalyzer(1).warnings == ()  # the shared empty default: never appended to
