"""Corrections (#14): an analyst merges, splits, sets a source, gives a verdict; each is stored with who and
when, survives a re-run of `analyze`, changes the grade, can be undone, and goes stale when what it names is
gone."""

from __future__ import annotations

import pytest

from newstrace.config import Config
from newstrace.errors import NewstraceError
from newstrace.model import Correction
from newstrace.pipeline import Pipeline

pytestmark = pytest.mark.slow

A = ("The Bergen city council approved the new tram line to the airport on Monday. "
     "The line will cost 3.1 billion kroner, the council said.")
B = ("On Monday the Bergen city council approved the new tram line to the airport. "
     "Opponents said the tram will be late.")


@pytest.fixture
def pipe(tmp_path):
    import json

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "a", "outlet": "Fjord Post", "text": A, "published": "2026-03-10", "title": "Tram approved"},
        {"id": "b", "outlet": "Coast Daily", "text": B, "published": "2026-03-10", "title": "Council backs tram"}]))
    p = Pipeline(Config(file=None).with_(db=str(tmp_path / "c.db")))
    p.ingest([str(src)])
    p.run()
    return p


def claim_of(analysis, words: str):
    return next(c for c in analysis.claims if any(words in m.text for m in c.mentions))


def test_a_verdict_sets_the_grade_keeps_the_machines_and_survives_a_rerun(pipe):
    [story] = pipe.store.stories()
    tram = claim_of(pipe.store.analysis(story.id), "tram line")
    before = tram.credibility
    fixed = pipe.correct(Correction(story.id, "verdict", [m.ref for m in tram.mentions], "false",
                                    note="the vote was postponed", author="kari"))
    tram = claim_of(fixed, "tram line")
    assert tram.credibility == 5 and tram.machine_grade == before and tram.verdict.author == "kari"
    assert tram.reasons[0] == "found false by kari: the vote was postponed"
    pipe.run()  # a new analyze: the correction is re-applied
    again = claim_of(pipe.store.analysis(story.id), "tram line")
    assert again.credibility == 5 and [c.status for c in pipe.store.analysis(story.id).corrections] == ["applied"]


def test_split_merge_and_source_change_the_graph_and_the_grade_and_undo_restores_it(pipe):
    [story] = pipe.store.stories()
    analysis = pipe.store.analysis(story.id)
    tram = claim_of(analysis, "tram line")
    assert {m.article for m in tram.mentions} == {"a", "b"} and tram.credibility == 1
    split = next(m for m in tram.mentions if m.article == "b")
    after = pipe.correct(Correction(story.id, "split", [split.ref], author="kari"))
    assert claim_of(after, "tram line").credibility != 1  # one outlet each: no confirmation any more
    [fix] = pipe.store.corrections(story.id)
    pipe.undo(fix.id)
    assert claim_of(pipe.store.analysis(story.id), "tram line").credibility == 1
    cost, late = claim_of(after, "3.1 billion"), claim_of(after, "be late")
    merged = pipe.correct(Correction(story.id, "merge", [cost.mentions[0].ref, late.mentions[0].ref]))
    assert claim_of(merged, "3.1 billion").id == claim_of(merged, "be late").id
    late_ref = claim_of(merged, "be late").mentions[-1].ref
    sourced = pipe.correct(Correction(story.id, "source", [late_ref], "group:opposition councillors"))
    assert any(m.source == "group:opposition councillors" for m in claim_of(sourced, "be late").mentions)


def test_a_correction_naming_what_is_gone_is_kept_as_stale_and_bad_ones_are_refused(pipe):
    [story] = pipe.store.stories()
    analysis = pipe.store.analysis(story.id)
    tram = claim_of(analysis, "tram line")
    pipe.correct(Correction(story.id, "split", [tram.mentions[0].ref]))
    pipe.store.add_correction(Correction(story.id, "merge", [tram.mentions[0].ref,
                                                              type(tram.mentions[0].ref)("a", 900, 950)]))
    pipe.run()
    statuses = sorted(c.status for c in pipe.store.analysis(story.id).corrections)
    assert statuses == ["applied", "stale"]
    with pytest.raises(NewstraceError) as bad:
        pipe.correct(Correction(story.id, "verdict", [tram.mentions[0].ref], "probably"))
    assert bad.value.code == "NT206"
    with pytest.raises(NewstraceError):
        pipe.undo(12345)
