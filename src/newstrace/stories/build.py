"""From stored articles, annotations and embeddings to `Story` objects with titles, dates and outlets."""

from __future__ import annotations

from collections import Counter
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
    the stream. No merge pass runs after the start, so a story once shown keeps its id and its articles.
    Memory holds the stories within reach of the newest date, not the whole stream."""

    def __init__(self, index: StoryIndex) -> None:
        self.index = index
        self.features: dict[str, ArticleFeatures] = {}
        self.heads: dict[str, Article] = {}  # what titles and outlets need: the article without most of its text
        self.newest: int | None = None  # the latest date added (ordinal): what the stream holds is within reach of it

    @classmethod
    def batch(cls, articles: list[Article], anns: dict[str, Annotations], vectors: dict[str, np.ndarray],
              config: Config, progress: Callable[[int], None] | None = None) -> StoryStream:
        feats = [ArticleFeatures.build(a, anns.get(a.id), vectors[a.id]) for a in articles]
        dim = len(next(iter(vectors.values())))
        stream = cls(cluster(feats, dim, config.story_threshold, config.story_window_days, config.story_candidates,
                             config.story_merge_threshold, config.story_attach_threshold, progress))
        stream._keep(articles, feats)
        days = [f.day for f in feats if f.day is not None and f.day <= date.today().toordinal() + 1]
        stream.newest = max(days) if days else None
        return stream

    @classmethod
    def resume(cls, stories: list[Story], articles: list[Article], anns: dict[str, Annotations],
               vectors: dict[str, np.ndarray], config: Config) -> StoryStream:
        """The stored grouping taken back as it stands, without clustering again, so a process that stopped
        resumes where it was; stored articles that belong to no story are left for `add`."""
        index = StoryIndex(len(next(iter(vectors.values()))), config.story_threshold, config.story_window_days,
                           config.story_candidates)
        stream = cls(index)
        for f in stream.take_back(stories, articles, anns, vectors):
            index.vocab.add(f)
        return stream

    def take_back(self, stories: list[Story], articles: list[Article], anns: dict[str, Annotations],
                  vectors: dict[str, np.ndarray]) -> list[ArticleFeatures]:
        """Stored stories put back into the index as they stand (those it does not hold): how a stream resumes,
        and how an article dated before what the stream still holds finds its story. Returns their features."""
        by_id = {a.id: a for a in articles}
        kept = []
        for story in stories:
            if story.id in self.index.stories:
                continue
            state = self.index.stories[story.id] = StoryState(story.id)
            feats = [ArticleFeatures.build(by_id[m], anns.get(m), vectors[m]) for m in story.articles if m in by_id]
            for f in sorted(feats, key=lambda f: f.order):
                state.add(f)
                self.index.story_of[f.id] = story.id
                self.index.bucket(f.day).add(f.vector, story.id, f.id)
                kept.append(f)
        self._keep([by_id[f.id] for f in kept], kept)
        if days := [f.day for f in kept if f.day is not None]:
            self.newest = max(self.newest or 0, max(days))
        return kept

    def out_of_reach(self, articles: list[Article], anns: dict[str, Annotations]) -> tuple[str, str] | None:
        """The last-seen dates (first, last) of the stored stories these articles could join but the stream has
        let go of, or None: an article dated before the newest may belong to a story last seen up to a window
        before its own date."""
        if self.newest is None:
            return None
        days = [d for a in articles if (d := ArticleFeatures.day_of(a, anns.get(a.id))) is not None]
        if not days or min(days) >= self.newest:
            return None
        window = self.index.window
        return _day(min(days) - window), _day(self.newest - window - 1)

    @staticmethod
    def within_reach(stories: list[Story], config: Config) -> list[Story]:
        """The stored stories a new article can still join: undated ones and those last seen within a window of
        the newest (what `resume` needs to take back; older ones stay in the store as they are)."""
        days = [s.last_seen for s in stories if s.last_seen]
        if not days:
            return stories
        newest = date.fromisoformat(max(days)[:10]).toordinal()
        return [s for s in stories if not s.last_seen
                or date.fromisoformat(s.last_seen[:10]).toordinal() >= newest - config.story_window_days]

    def add(self, articles: list[Article], anns: dict[str, Annotations], vectors: dict[str, np.ndarray]
            ) -> tuple[list[Story], dict[str, float]]:
        """Add new articles in (date, id) order; returns the stories they joined or started, and the new
        articles' scores. Then lets go of the stories the newest date leaves out of reach, so memory holds a few
        windows of news (`StoryIndex.forget_before`)."""
        feats = sorted((ArticleFeatures.build(a, anns.get(a.id), vectors[a.id]) for a in articles
                        if a.id not in self.features), key=lambda f: f.order)
        changed = {self.index.add(f) for f in feats}
        self._keep(articles, feats)
        out = self.stories(changed), {f.id: self.index.scores[f.id] for f in feats}
        # a date beyond tomorrow is a mistake in the input, not news from the future: it must not empty the index
        days = [f.day for f in feats if f.day is not None and f.day <= date.today().toordinal() + 1]
        if days:
            self.newest = max(self.newest or 0, max(days))
            for gone in self.index.forget_before(self.newest):
                for m in gone.members:
                    self.features.pop(m, None)
                    self.heads.pop(m, None)
        return out

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
        # titles and member order need only the vector and the date: the word counts stay with the stories
        self.features.update((f.id, replace(f, terms=Counter(), entities=Counter(), figures=frozenset()))
                             for f in feats)
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
