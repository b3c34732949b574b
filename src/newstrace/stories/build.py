"""From stored articles, annotations and embeddings to `Story` objects with titles, dates and outlets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import numpy as np

from ..config import Config
from ..model import Annotations, Article, Story
from .cluster import StoryIndex, StoryState, cluster
from .features import ArticleFeatures

TITLE_TEXT = 400  # of an article's text a stream keeps: a title falls back to its first line or sentence


def build_stories(articles: list[Article], anns: dict[str, Annotations], vectors: dict[str, np.ndarray],
                  config: Config, progress: Callable[[int], None] | None = None
                  ) -> tuple[list[Story], dict[str, float]]:
    """Batch clustering of these articles into stories, and each article's score with its story."""
    if not articles:
        return [], {}
    stream = StoryStream.batch(articles, anns, vectors, config, progress)
    return stream.stories(), dict(stream.index.scores)


class StoryStream:
    """Stories kept in memory by a process that keeps reading (`watch`): begun with the batch clustering of
    what is stored, then each new article joins its best story or starts one, as `StoryIndex.add` decides in
    the stream. No merge pass runs after the start, so a story once shown keeps its id and its articles."""

    def __init__(self, index: StoryIndex) -> None:
        self.index = index
        self.features: dict[str, ArticleFeatures] = {}
        self.heads: dict[str, Article] = {}  # what titles and outlets need: the article without most of its text

    @classmethod
    def batch(cls, articles: list[Article], anns: dict[str, Annotations], vectors: dict[str, np.ndarray],
              config: Config, progress: Callable[[int], None] | None = None) -> StoryStream:
        feats = [ArticleFeatures.build(a, anns.get(a.id), vectors[a.id]) for a in articles]
        dim = len(next(iter(vectors.values())))
        stream = cls(cluster(feats, dim, config.story_threshold, config.story_window_days, config.story_candidates,
                             config.story_merge_threshold, config.story_attach_threshold, progress))
        stream._keep(articles, feats)
        return stream

    @classmethod
    def resume(cls, stories: list[Story], articles: list[Article], anns: dict[str, Annotations],
               vectors: dict[str, np.ndarray], config: Config) -> StoryStream:
        """The stored grouping taken back as it stands, without clustering again, so a process that stopped
        resumes where it was; stored articles that belong to no story are left for `add`."""
        by_id = {a.id: a for a in articles}
        feats = {a.id: ArticleFeatures.build(a, anns.get(a.id), vectors[a.id]) for a in articles}
        index = StoryIndex(len(next(iter(vectors.values()))), config.story_threshold, config.story_window_days,
                           config.story_candidates)
        for f in feats.values():
            index.vocab.add(f)
        kept = []
        for story in stories:
            state = index.stories[story.id] = StoryState(story.id)
            for f in sorted((feats[m] for m in story.articles if m in feats), key=lambda f: f.order):
                state.add(f)
                index.story_of[f.id] = story.id
                index.bucket(f.day).add(f.vector, story.id, f.id)
                kept.append(f)
        stream = cls(index)
        stream._keep([by_id[f.id] for f in kept], kept)
        return stream

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.features

    def add(self, articles: list[Article], anns: dict[str, Annotations], vectors: dict[str, np.ndarray]
            ) -> set[str]:
        """Add new articles in (date, id) order; returns the ids of the stories they joined or started."""
        feats = sorted((ArticleFeatures.build(a, anns.get(a.id), vectors[a.id]) for a in articles
                        if a.id not in self.features), key=lambda f: f.order)
        changed = {self.index.add(f) for f in feats}
        self._keep(articles, feats)
        return changed

    def stories(self, ids: set[str] | None = None) -> list[Story]:
        """The stories (all, or these ids) with titles, outlets and dates, in (first date, id) order."""
        out = []
        for state in self.index.stories.values():
            if ids is not None and state.id not in ids:
                continue
            members = sorted(state.members, key=lambda m: self.features[m].order)
            out.append(Story(
                id=state.id,
                title=_title(members, state.centroid, self.heads, self.features),
                articles=members,
                outlets=sorted({self.heads[m].outlet for m in members
                                if self.heads[m].outlet and not self.heads[m].duplicate_of}),
                first_seen=_day(state.first_day),
                last_seen=_day(state.last_day),
            ))
        return sorted(out, key=lambda s: (s.first_seen or "9999", s.id))

    def _keep(self, articles: list[Article], feats: list[ArticleFeatures]) -> None:
        self.features.update((f.id, f) for f in feats)
        self.heads.update((a.id, replace(a, text=a.text[:TITLE_TEXT])) for a in articles if a.id in self.features)


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
