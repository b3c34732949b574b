"""Events across outlets: the claims of a story grouped by what they say happened.

A claim is one statement ("Norway provided patrol boats to Iceland"); an event is a happening that
many statements report in their own words ("the quake struck", "the earthquake killed three", "the tremor").
Each event word of each claim mention (nlp/events.py) is an event mention; two of them are one event when
their words agree (the same key — "killed"/"the killing" — or words of one action class, "provided"/"delivered",
or close word embeddings) and what they involve agrees (IDF-weighted overlap of their clauses' nouns, names and
numbers). Only the distinct event words are embedded, so this costs little. Clusters: average-linkage
agglomerative clustering (scikit-learn) cut at `event_threshold`. A claim can report several events and so
belong to several.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..lexicon import ACTIONS
from ..model import Article, Event, EventMention, Mention, Story
from .match import weighted_jaccard

W_EVENT = 0.8  # agreement of the two event words
W_ARGS = 0.4  # IDF-weighted Jaccard of what their clauses involve
SAME_CLASS = 0.9  # agreement of two words of one action class (send/deliver/provide → supply)

Embed = Callable[[list[str]], np.ndarray]
_LEAD = re.compile(r"^\s*(?:that|whether|if|because)\s+", re.I)  # a clause's conjunction: not the event
_NON_FINITE = re.compile(r"^\s*(?:to\s|(?:not\s+)?[a-z]+ing\b)")


@dataclass
class _Item:
    mention: int  # index of the claim mention
    event: EventMention


def event_mentions(mentions: list[Mention]) -> list[_Item]:
    return [_Item(i, ev) for i, m in enumerate(mentions) for ev in m.events]


def key_similarity(keys: list[str], embed: Embed) -> np.ndarray:
    """Agreement of event words: 1 for the same word, SAME_CLASS within an action class, else the cosine of
    their embeddings (never below 0)."""
    vecs = embed(keys)
    sim = np.clip(vecs @ vecs.T, 0.0, 1.0).astype(np.float32)
    cls = np.array([ACTIONS.get(k, "") for k in keys])
    sim[(cls[:, None] == cls[None, :]) & (cls[:, None] != "")] = SAME_CLASS
    np.fill_diagonal(sim, 1.0)
    return sim


def similarity(items: list[_Item], embed: Embed) -> np.ndarray:
    """W_EVENT × the agreement of two event mentions' words + W_ARGS × the IDF-weighted overlap of what their
    clauses involve."""
    keys = sorted({x.event.key for x in items})
    index = {k: i for i, k in enumerate(keys)}
    ids = np.array([index[x.event.key] for x in items])
    sim = W_EVENT * key_similarity(keys, embed)[ids][:, ids]
    return sim + W_ARGS * weighted_jaccard([set(x.event.args) for x in items])


def cluster_events(mentions: list[Mention], embed: Embed, threshold: float) -> list[list[_Item]]:
    """Groups of event mentions, each group one event; largest first."""
    items = event_mentions(mentions)
    if len(items) <= 1:
        return [items] if items else []
    from sklearn.cluster import AgglomerativeClustering

    dist = np.clip(1.0 - similarity(items, embed), 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=1.0 - threshold).fit_predict(dist)
    groups: dict[int, list[_Item]] = {}
    for x, label in zip(items, labels, strict=True):
        groups.setdefault(int(label), []).append(x)
    return sorted(groups.values(), key=lambda g: (-len({x.mention for x in g}), g[0].mention))


def group_events(story: Story, mentions: list[Mention], claim_of: dict[int, str], articles: dict[str, Article],
                 embed: Embed, threshold: float) -> list[Event]:
    """The story's events, largest first; `claim_of` maps a mention's index to its claim's id."""
    out = []
    for group in cluster_events(mentions, embed, threshold):
        idx = list(dict.fromkeys(x.mention for x in group))
        key = Counter(x.event.key for x in group).most_common(1)[0][0]
        # the event in words: the shortest clause of its commonest word that reads as one (four words or more,
        # finite: "to bolster air defences" or "developing satellite technology" says no one did it)
        clauses = sorted((_LEAD.sub("", articles[mentions[x.mention].article].reading[x.event.start:x.event.end])
                          for x in group if x.event.key == key),
                         key=lambda t: (len(t.split()) < 4, bool(_NON_FINITE.match(t)), len(t)))
        out.append(Event(
            id="e" + hashlib.sha1((story.id + "|" + "|".join(f"{mentions[i].article}:{mentions[i].start}"
                                                             for i in idx)).encode()).hexdigest()[:10],
            key=key,
            text=" ".join(clauses[0].split()) if clauses else key,
            claims=list(dict.fromkeys(claim_of[i] for i in idx if i in claim_of)),
            outlets=list(dict.fromkeys(mentions[i].outlet or mentions[i].article for i in idx)),
            mentions=[mentions[i].ref for i in idx],
        ))
    return out
