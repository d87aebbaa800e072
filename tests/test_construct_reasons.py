"""construct's sentences turned into translatable templates (tlcp.construct_reasons)."""

from __future__ import annotations

import construct

from tlcp_decode.tlcp.construct_reasons import _REASONS, construct_reason


def test_each_sentence_becomes_its_template_with_its_values() -> None:
    for _pattern, template, fields in _REASONS:
        values = {name: str(12 + index) for index, name in enumerate(fields)}
        sentence = template.format(**values)
        reason = construct_reason(construct.StreamError(sentence, path="(parsing) -> body"))
        assert reason == sentence
        assert reason.template == template and reason.values == values


def test_another_sentence_stays_as_construct_wrote_it() -> None:
    reason = construct_reason(construct.ExplicitError("something else went wrong"))
    assert reason == "something else went wrong" and reason.values == {}
    assert construct_reason(construct.ConstructError("")) == "ConstructError"
