"""Claim mentions (claims/extract.py) from annotated text: what a sentence claims and on whose word."""

from __future__ import annotations

from newstrace.claims.extract import extract_mentions
from newstrace.model import Article

TEXT = ("The harbour authority said on Monday that the freighter had lost 40 containers off Cape Wrath. "
        "Since March the operator has allegedly ignored three safety warnings from inspectors. "
        "The crew of nineteen was rescued by a lifeboat.\n\n"
        "The operator has reportedly hired two new captains for its northern routes.")


def test_an_allegedly_sentence_reports_the_claimant_of_the_sentence_before_it(annotator):
    article = Article(id="h", text=TEXT, outlet="Harbour Gazette", published="2026-03-12")
    [ann] = list(annotator.annotate([article]))
    ms = extract_mentions(article, ann)
    said, alleged, crew, hired = (next(m for m in ms if word in m.text)
                                  for word in ("freighter", "warnings", "lifeboat", "captains"))
    assert said.attribution is not None and "authority" in said.attribution.source_text
    assert alleged.attribution is said.attribution  # "allegedly": on the authority's word, reported on Monday
    assert [t.text for t in alleged.report_times] == [t.text for t in said.report_times] != []
    assert crew.attribution is None  # no hearsay word: the outlet's own voice
    assert hired.attribution is None  # "reportedly", but a new paragraph: nobody to carry over


def test_two_claims_of_one_sentence_start_get_different_ids():
    from newstrace.claims import new_claim, unique_ids
    from newstrace.model import Mention

    def mention(start: int, end: int) -> Mention:
        return Mention("a", "Outlet", start, end, "x" * (end - start), (0, 80), None, "asserted", False)

    short, long = new_claim("s1", [mention(0, 20)]), new_claim("s1", [mention(0, 60)])
    assert short.id != long.id  # one sentence may state two claims from the same first word
    same = unique_ids([new_claim("s1", [mention(0, 20)]), new_claim("s1", [mention(0, 20)])])
    assert len({c.id for c in same}) == 2
