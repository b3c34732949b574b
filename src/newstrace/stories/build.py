"""From stored articles, annotations and embeddings to `Story` objects with titles, dates and outlets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np

from ..config import Config
from ..model import Annotations, Article, Story
from .cluster import cluster
from .features import ArticleFeatures


def build_stories(articles: list[Article], anns: dict[str, Annotations], vectors: dict[str, np.ndarray],
                  config: Config, progress: Callable[[int], None] | None = None
                  ) -> tuple[list[Story], dict[str, float]]:
    if not articles:
        return [], {}
    by_id = {a.id: a for a in articles}
    feats = [ArticleFeatures.build(a, anns.get(a.id), vectors[a.id]) for a in articles]
    dim = len(next(iter(vectors.values())))
    index = cluster(feats, dim, config.story_threshold, config.story_window_days, config.story_candidates,
                    config.story_merge_threshold, config.story_attach_threshold, progress)
    feat_by_id = {f.id: f for f in feats}
    stories = []
    for state in index.stories.values():
        members = sorted(state.members, key=lambda m: feat_by_id[m].order)
        stories.append(Story(
            id=state.id,
            title=_title(members, state.centroid, by_id, feat_by_id),
            articles=members,
            outlets=sorted({by_id[m].outlet for m in members if by_id[m].outlet and not by_id[m].duplicate_of}),
            first_seen=_day(state.first_day),
            last_seen=_day(state.last_day),
        ))
    stories.sort(key=lambda s: (s.first_seen or "9999", s.id))
    return stories, index.scores


def _day(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal is not None else None


def _title(members: list[str], centroid: np.ndarray, by_id: dict[str, Article], feats: dict) -> str:
    """The headline of the member nearest the story's centre; else that member's first sentence."""
    ranked = sorted(members, key=lambda m: -float(np.dot(feats[m].vector, centroid)))
    for m in ranked:
        if by_id[m].title:
            return by_id[m].title.strip()
    text = by_id[ranked[0]].text.strip()
    first = text.split("\n", 1)[0]
    first = first.split(". ", 1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"
