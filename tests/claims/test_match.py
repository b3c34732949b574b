"""Claim matching (claims/match.py): how surely a claim's reports state one thing."""

from __future__ import annotations

import numpy as np

from newstrace.claims.match import cohesion
from newstrace.model import Attribution, Mention


def mention(article: str, speaker: str | None) -> Mention:
    said = Attribution([(0, 5)], [(6, 10)], [(11, 40)], source_entity=speaker) if speaker else None
    return Mention(article, "Harbour Gazette", 11, 40, "the channel reopens in June", (0, 40), said, "reported",
                   False)


def test_two_speakers_quoted_in_one_article_are_two_reports_to_match():
    p = np.array([[1.0, 0.3, 0.9], [0.3, 1.0, 0.2], [0.9, 0.2, 1.0]], dtype=np.float32)
    two_speakers = [mention("a", "person:okafor"), mention("a", "org:port-authority")]
    assert cohesion([0, 1], two_speakers, p) == np.float32(0.3)  # was None: one article passed unchecked
    one_speaker = [mention("a", "person:okafor"), mention("a", "person:okafor"), mention("b", None)]
    assert cohesion([0, 1], one_speaker, p) is None  # a speaker repeating themselves is one report
    assert abs(cohesion([0, 1, 2], one_speaker, p) - (0.9 + 0.2) / 2) < 1e-6  # pairs across reports only
