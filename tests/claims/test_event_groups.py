"""Grouping claims into events across outlets (claims/events.py), with a stand-in word embedding."""

from __future__ import annotations

import numpy as np

from newstrace.claims.events import cluster_events
from newstrace.model import EventMention, Mention

# orthogonal word vectors, except two words of one meaning
WORDS = ["arrest", "detain", "strike", "kill", "earthquake", "supply", "provide", "deliver"]


def embed(keys: list[str]) -> np.ndarray:
    vecs = np.eye(len(WORDS), dtype=np.float32)
    index = {w: i for i, w in enumerate(WORDS)}
    out = np.stack([vecs[index[k]] for k in keys])
    if "arrest" in keys and "detain" in keys:  # arrest ~ detain
        out = out.copy()
        for i, k in enumerate(keys):
            if k in ("arrest", "detain"):
                out[i] = (vecs[index["arrest"]] + vecs[index["detain"]]) / np.sqrt(2)
    return out


def mention(article: str, start: int, *events: tuple[str, list[str]]) -> Mention:
    return Mention(article, article, start, start + 10, "x" * 10, (start, start + 10), None, "asserted", False,
                   events=[EventMention(start, start + 10, (start, start + 3), k, args) for k, args in events])


def test_same_event_in_other_words_joins_and_other_events_stay_apart():
    ms = [
        mention("a", 0, ("arrest", ["police", "suspect", "lyon"])),
        mention("b", 0, ("detain", ["police", "suspect", "lyon"])),
        mention("c", 0, ("earthquake", ["chile"]), ("strike", ["chile", "earthquake"])),
        mention("d", 0, ("strike", ["chile", "quake"])),
        mention("e", 0, ("provide", ["russia", "missile"])),
        mention("f", 0, ("deliver", ["missile", "russia"])),  # one action class: supply
    ]
    groups = [sorted({x.mention for x in g}) for g in cluster_events(ms, embed, 0.35)]
    assert [0, 1] in groups and [4, 5] in groups
    assert any({2, 3} <= set(g) for g in groups)
    assert not any({0, 2} <= set(g) or {1, 4} <= set(g) for g in groups)


def test_one_event_word_in_two_incidents_is_told_apart_by_what_it_involved():
    ms = [
        mention("a", 0, ("arrest", ["police", "suspect", "lyon", "bank"])),
        mention("b", 0, ("arrest", ["police", "suspect", "lyon", "bank"])),
        mention("c", 0, ("arrest", ["dealer", "miami", "cocaine", "coast"])),
        mention("d", 0, ("arrest", ["dealer", "miami", "cocaine", "coast"])),
    ]
    groups = [sorted({x.mention for x in g}) for g in cluster_events(ms, embed, 0.9)]
    assert sorted(groups) == [[0, 1], [2, 3]]


def test_a_claim_without_events_is_in_none():
    assert cluster_events([mention("a", 0)], embed, 0.35) == []


def test_an_event_is_told_by_a_finite_clause_without_its_conjunction():
    from newstrace.claims.events import group_events
    from newstrace.model import Article, Story

    text = "to supply the harbour with missiles | that Russia supplied missiles to the port"
    arts = {a: Article(id=a, text=text, outlet=a) for a in ("a", "b")}

    def said(article: str, start: int, end: int) -> Mention:
        return Mention(article, article, start, end, text[start:end], (start, end), None, "asserted", False,
                       events=[EventMention(start, end, (start, start + 3), "supply", ["missile"])])

    # the infinitive is shorter, but says no one did it; "that" is the clause's conjunction, not the event
    ms = [said("a", 0, text.index(" |")), said("b", text.index("that"), len(text))]
    [event] = group_events(Story("s", "Port", ["a", "b"]), ms, {0: "c1", 1: "c2"}, arts, embed, 0.35)
    assert event.text == "Russia supplied missiles to the port"
