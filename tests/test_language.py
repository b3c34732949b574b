"""Telling an article's language (newstrace.language): only when the identifier is sure."""

from __future__ import annotations

import pytest

from newstrace import language


@pytest.mark.parametrize(("text", "told"), [
    ("Die Fähre ist am Sonntag vor Brenmouth auf Grund gelaufen, teilte die Hafenbehörde mit.", "de"),
    ("The ferry ran aground off Brenmouth on Sunday, the harbour authority said.", "en"),
    ("Lund, Vale meet in Oslo", None),  # a headline the identifier scores Afrikaans, unsure
    ("Ortiz wins Zurich marathon", None),  # ... and German
    ("Too short", None),
    ("", None),
])
def test_a_language_is_told_only_when_the_identifier_is_sure(text, told):
    assert language.detect(text) == told


@pytest.mark.parametrize(("tag", "primary"), [("en-US", "en"), ("EN", "en"), ("de_AT", "de"), (" fr ", "fr"),
                                              ("", None), (None, None)])
def test_a_declared_language_is_read_as_its_primary_subtag(tag, primary):
    assert language.primary(tag) == primary
