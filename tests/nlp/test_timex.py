"""Normalisation of temporal expressions against the publication date (TimeML values)."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.nlp.timex import Normalizer

PUB = date(2024, 11, 22)  # a Friday


@pytest.mark.parametrize(("text", "expected"), [
    ("Friday", ("DATE", "2024-11-22")),
    ("on Tuesday", ("DATE", "2024-11-19")),
    ("this week", ("DATE", "2024-W47")),
    ("last month", ("DATE", "2024-10")),
    ("in June", ("DATE", "2024-06")),
    ("in May", ("DATE", "2024-05")),
    ("November last year", ("DATE", "2023-11")),
    ("since August 2023", ("DATE", "2023-08")),
    ("last year", ("DATE", "2023")),
    ("October", ("DATE", "2024-10")),
    ("Nov. 22, 2024", ("DATE", "2024-11-22")),
    ("22 November 2024", ("DATE", "2024-11-22")),
    ("2023", ("DATE", "2023")),
    ("the 1990s", ("DATE", "199")),
    ("now", ("DATE", "PRESENT_REF")),
    ("recently", ("DATE", "PAST_REF")),
    ("two weeks ago", ("DATE", "2024-W45")),
    ("three years ago", ("DATE", "2021")),
    ("yesterday", ("DATE", "2024-11-21")),
    ("this evening", ("TIME", "2024-11-22TEV")),
    ("the third quarter", ("DATE", "2024-Q3")),
    ("five years", ("DURATION", "P5Y")),
    ("the past three months", ("DURATION", "P3M")),
    ("the last twenty four hours", ("DURATION", "PT24H")),
    ("a decade", ("DURATION", "P10Y")),
    ("every week", ("SET", "P1W")),
    ("annually", ("SET", "P1Y")),
])
def test_relative_to_publication(text, expected):
    assert Normalizer(PUB)(text) == expected


def test_tense_decides_bare_months_and_weekdays():
    assert Normalizer(PUB, "future")("March") == ("DATE", "2025-03")
    assert Normalizer(PUB, "past")("December") == ("DATE", "2023-12")
    assert Normalizer(PUB, "present")("December") == ("DATE", "2024-12")
    assert Normalizer(PUB, "future")("Monday") == ("DATE", "2024-11-25")
    assert Normalizer(PUB)("next Friday") == ("DATE", "2024-11-29")


def test_without_publication_date_values_stay_partly_unknown():
    n = Normalizer(None)
    assert n("in June") == ("DATE", "XXXX-06")
    assert n("last month") == ("DATE", "XXXX-XX")
    assert n("August 2023") == ("DATE", "2023-08")


def test_not_times():
    assert Normalizer(PUB)("the committee") is None


def test_two_expressions_the_ner_joined_are_read_one_by_one():
    from newstrace.nlp.timex import find_timexes

    # "the second quarter on Wednesday" came as one DATE span no rule reads, and both dates were lost
    text = "The bank reported a profit for the second quarter on Wednesday."
    start = text.index("the second")
    got = find_timexes(text, [(start, text.index("."), "DATE")], PUB, [(0, len(text), "past")])
    assert [(t.text, t.value) for t in got] == [("the second quarter", "2024-Q2"), ("Wednesday", "2024-11-20")]
    # a span a rule reads stays whole
    text = "The pier opened on Monday, March 4, 2024."
    got = find_timexes(text, [(text.index("Monday"), text.index("."), "DATE")], PUB)
    assert [t.value for t in got] == ["2024-03-04"]
