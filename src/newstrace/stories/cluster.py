"""Grouping articles into stories.

Streaming (`StoryIndex.add`): an article is scored against the stories that hold its nearest neighbours in
HNSW indexes (faiss) of article vectors, among stories seen within `story_window_days`; it joins the best one
whose score passes `story_threshold`, or starts a story. The indexes are cut into time buckets one window wide,
and an article searches only the buckets its date can reach (undated articles: the undated bucket and the two
latest), so the cost per article depends on how much news falls in a window, not on the size of the corpus.

Batch (`cluster`): the same decision over input sorted by (publication date, id) — so file order does not
matter — followed by a merge pass that joins stories the stream split (a report that arrived before its story's
vocabulary was known) when their combined representations pass `story_merge_threshold`, and an attach pass in
which a report left alone joins a story when it and one of the story's reports are each other's best match
(`story_attach_threshold`).

Score = 0.1 × cosine(embedding, story) + 0.58 × TF-IDF cosine of key terms + 0.10 × weighted share of the
article's entities (people, places, organisations) the story holds − 0.11 × log2(1 + days between them) (− 0.13
when either has no date) − 0.07 when both leads state specific figures and share none ($1.9 trillion, 136,000
jobs, 3.5%: undated monthly reports tell apart this way), taken half against the story as a whole (centroid,
summed terms) and half against its closest recent member. Same-type different-incident reports (two shootings)
share words and embeddings but not entities, dates or places; reworded reports of one event share all of them.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

import numpy as np

from .features import ArticleFeatures

# Weights from a logistic regression on dev pairs (article, one of its 20 nearest neighbours by the static
# embedding or by MiniLM), scaled to the terms' 0.58 and rounded, with the entity weight raised for same-type
# incidents (GVC shootings), where only names and places tell events apart. The static embedding's cosines
# spread little (most pairs 0.7-0.9), so the regression gives them little weight beside the terms.
W_EMBED, W_TERMS, W_ENTITIES = 0.1, 0.58, 0.10
W_TIME = 0.11  # score lost per doubling of the days between the article and the story's dates
W_UNDATED = 0.13  # lost when either side has no date: nothing rules out a report of another week, so the text
#                   must agree more
W_FIGURES = 0.07  # lost when both leads state specific figures and share none ("136,000 jobs" / "250,000 jobs":
#                   two monthly jobs reports); sharing one is no evidence (a story's reports cite several figures)
ATTACH_MIN_TERMS = 0.1  # a lone report joins a reciprocal match only if they share words: in a small corpus the
#                         one report of another event in the same town is its match on the place name alone
NEAREST_MEMBERS = 12  # recent members an article is also compared with one by one (single link)
W_LINK = 0.5  # share of the score from the best single member, the rest from the story as a whole
TOP_TERMS = 400  # a story keeps its strongest terms only, so scoring cost does not grow with its size


class Vocabulary:
    """Document frequencies of terms and entities seen so far, for IDF weights."""

    def __init__(self) -> None:
        self.n = 0
        self.terms: Counter = Counter()
        self.entities: Counter = Counter()

    def add(self, f: ArticleFeatures) -> None:
        self.n += 1
        self.terms.update(f.terms.keys())
        self.entities.update(f.entities.keys())

    def idf_term(self, t: str) -> float:
        return math.log((1 + self.n) / (1 + self.terms[t])) + 1.0

    def idf_entity(self, e: str) -> float:
        return math.log((1 + self.n) / (1 + self.entities[e])) + 1.0


@dataclass
class StoryState:
    id: str
    members: list[str] = field(default_factory=list)
    vec_sum: np.ndarray | None = None
    terms: Counter = field(default_factory=Counter)
    entities: Counter = field(default_factory=Counter)
    first_day: int | None = None
    last_day: int | None = None
    recent: list[ArticleFeatures] = field(default_factory=list)
    figures: Counter = field(default_factory=Counter)

    @property
    def centroid(self) -> np.ndarray:
        v = self.vec_sum
        n = float(np.linalg.norm(v))
        return v / n if n else v

    def add(self, f: ArticleFeatures) -> None:
        self.members.append(f.id)
        self.recent = (self.recent + [f])[-NEAREST_MEMBERS:]
        self.vec_sum = f.vector.astype(np.float32).copy() if self.vec_sum is None else self.vec_sum + f.vector
        self.terms.update(f.terms)
        if len(self.terms) > TOP_TERMS * 2:
            self.terms = Counter(dict(self.terms.most_common(TOP_TERMS)))
        self.entities.update({e: 1 for e in f.entities})
        self.figures.update(f.figures)
        if len(self.figures) > TOP_TERMS * 2:
            self.figures = Counter(dict(self.figures.most_common(TOP_TERMS)))
        if f.day is not None:
            self.first_day = f.day if self.first_day is None else min(self.first_day, f.day)
            self.last_day = f.day if self.last_day is None else max(self.last_day, f.day)

    def absorb(self, other: StoryState) -> None:
        self.members += other.members
        self.recent = (self.recent + other.recent)[-NEAREST_MEMBERS:]
        self.vec_sum = self.vec_sum + other.vec_sum
        self.terms.update(other.terms)
        self.entities.update(other.entities)
        self.figures.update(other.figures)
        days = [d for d in (self.first_day, self.last_day, other.first_day, other.last_day) if d is not None]
        if days:
            self.first_day, self.last_day = min(days), max(days)


def _weights(terms: Counter, vocab: Vocabulary) -> tuple[dict[str, float], float]:
    w = {t: (1 + math.log(c)) * vocab.idf_term(t) for t, c in terms.items()}
    return w, math.sqrt(sum(x * x for x in w.values()))


class _WeightCache:
    """TF-IDF weights of term counters, kept while neither the counter nor the vocabulary changed (in a batch
    the vocabulary is fixed, so each article's and story's weights are computed once per change)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._cache: dict[str, tuple[tuple, dict[str, float], float]] = {}

    def get(self, owner: str, terms: Counter, version: int = 0) -> tuple[dict[str, float], float]:
        """Weights of `owner`'s terms ("a:<article id>", "s:<story id>"); `version` changes when they do."""
        key = (self.vocab.n, version, len(terms))
        hit = self._cache.get(owner)
        if hit is None or hit[0] != key:
            w, norm = _weights(terms, self.vocab)
            hit = self._cache[owner] = (key, w, norm)
        return hit[1], hit[2]

    def forget(self, owner: str) -> None:
        self._cache.pop(owner, None)

    def cos(self, a: tuple[str, Counter, int], b: tuple[str, Counter, int]) -> float:
        if not a[1] or not b[1]:
            return 0.0
        wa, na = self.get(*a)
        wb, nb = self.get(*b)
        if len(wa) > len(wb):
            wa, wb = wb, wa
        dot = sum(w * wb[t] for t, w in wa.items() if t in wb)
        return dot / (na * nb) if na and nb else 0.0


def _entity_share(a: Counter, b: Counter, vocab: Vocabulary) -> float:
    """IDF-weighted share of a's entities that b holds (0 when a names none)."""
    total = sum(vocab.idf_entity(e) for e in a)
    if not total:
        return 0.0
    return sum(vocab.idf_entity(e) for e in a if e in b) / total


def _figures_conflict(a: Collection[str], b: Collection[str]) -> bool:
    """Both state figures, none shared."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return not any(x in large for x in small)


def _days_apart(day: int | None, first: int | None, last: int | None) -> int | None:
    """Days between a date and a span of dates; None when either is unknown."""
    if day is None or first is None or last is None:
        return None
    if first <= day <= last:
        return 0
    return min(abs(day - first), abs(day - last))


def _time_penalty(gap: int | None) -> float:
    return W_UNDATED if gap is None else W_TIME * math.log2(1 + gap)


def _within(gap: int | None, window: int) -> bool:
    return gap is None or gap <= window


class _Bucket:
    """An HNSW index of the article vectors of one time window, with the story of each row."""

    def __init__(self, dim: int, candidates: int) -> None:
        import faiss

        self.index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        self.index.hnsw.efSearch = max(64, candidates * 2)
        self.row_story: list[str] = []
        self.row_article: list[str] = []

    def add(self, vector: np.ndarray, story: str, article: str = "") -> None:
        self.index.add(vector.reshape(1, -1).astype(np.float32))
        self.row_story.append(story)
        self.row_article.append(article)

    def add_many(self, vectors: np.ndarray, stories: list[str]) -> None:
        self.index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        self.row_story += stories
        self.row_article += [""] * len(stories)

    def search(self, query: np.ndarray, k: int) -> list[tuple[float, str]]:
        """(cosine, story) of the k nearest rows."""
        return [(sc, self.row_story[r]) for sc, r in self._search(query, k)]

    def search_articles(self, query: np.ndarray, k: int) -> list[tuple[float, str]]:
        """(cosine, article id) of the k nearest rows."""
        return [(sc, self.row_article[r]) for sc, r in self._search(query, k)]

    def _search(self, query: np.ndarray, k: int) -> list[tuple[float, int]]:
        if self.index.ntotal == 0:
            return []
        scores, rows = self.index.search(query, min(k, self.index.ntotal))
        return [(float(sc), int(r)) for sc, r in zip(scores[0], rows[0], strict=True) if r >= 0]


def story_id(first_member: str) -> str:
    return "s" + hashlib.sha1(first_member.encode("utf-8")).hexdigest()[:10]


class StoryIndex:
    """Stories so far and an index to find the few that a new article could belong to."""

    def __init__(self, dim: int, threshold: float, window_days: int, candidates: int) -> None:
        self.dim = dim
        self.threshold = threshold
        self.window = max(1, window_days)
        self.k = candidates
        self.buckets: dict[int | None, _Bucket] = {}  # day // window (None: undated) -> index of its articles
        self.stories: dict[str, StoryState] = {}
        self.story_of: dict[str, str] = {}
        self.scores: dict[str, float] = {}  # article id -> score it joined with (1.0 for a story's first)
        self.merged_into: dict[str, str] = {}
        self.vocab = Vocabulary()
        self.weights = _WeightCache(self.vocab)

    def _resolve(self, sid: str) -> str:
        while sid in self.merged_into:
            sid = self.merged_into[sid]
        return sid

    def _pair(self, f: ArticleFeatures, other_vec: np.ndarray, other_terms: tuple[str, Counter, int],
              other_entities: Counter, gap: int | None, other_figures: Collection[str]) -> float:
        return (W_EMBED * float(np.dot(f.vector, other_vec))
                + W_TERMS * self.weights.cos(("a:" + f.id, f.terms, 0), other_terms)
                + W_ENTITIES * _entity_share(f.entities, other_entities, self.vocab) - _time_penalty(gap)
                - W_FIGURES * _figures_conflict(f.figures, other_figures))

    def _article_pair(self, f: ArticleFeatures, g: ArticleFeatures, gap: int | None) -> float:
        return self._pair(f, g.vector, ("a:" + g.id, g.terms, 0), g.entities, gap, g.figures)

    def score(self, f: ArticleFeatures, s: StoryState) -> float:
        whole = self._pair(f, s.centroid, ("s:" + s.id, s.terms, len(s.members)), s.entities,
                           _days_apart(f.day, s.first_day, s.last_day), s.figures)
        if len(s.members) == 1 or W_LINK == 0:
            return whole
        link = max(self._article_pair(f, m, _days_apart(f.day, m.day, m.day)) for m in s.recent)
        return (1 - W_LINK) * whole + W_LINK * link

    def bucket(self, day: int | None) -> _Bucket:
        key = None if day is None else day // self.window
        if key not in self.buckets:
            self.buckets[key] = _Bucket(self.dim, self.k)
        return self.buckets[key]

    def _reachable(self, day: int | None) -> list[_Bucket]:
        if day is None:
            dated = sorted(k for k in self.buckets if k is not None)[-2:]
            keys: list[int | None] = [None, *dated]
        else:
            b = day // self.window
            keys = [b - 1, b, b + 1, None]
        return [self.buckets[k] for k in keys if k in self.buckets]

    def candidates(self, vector: np.ndarray, day: int | None) -> list[StoryState]:
        hits: list[tuple[float, str]] = []
        query = vector.reshape(1, -1).astype(np.float32)
        for bucket in self._reachable(day):
            hits += bucket.search(query, self.k * 3)
        seen: dict[str, StoryState] = {}
        for _score, sid in sorted(hits, reverse=True):
            sid = self._resolve(sid)
            s = self.stories.get(sid)
            if s is None:  # let go of (forget_before)
                continue
            if sid not in seen and _within(_days_apart(day, s.first_day, s.last_day), self.window):
                seen[sid] = s
            if len(seen) >= self.k:
                break
        return list(seen.values())

    def add(self, f: ArticleFeatures, count: bool = True) -> str:
        if count:  # a batch counts its whole vocabulary first
            self.vocab.add(f)
        target: StoryState | None = None
        best = 0.0
        if f.duplicate_of and f.duplicate_of in self.story_of:
            target, best = self.stories[self._resolve(self.story_of[f.duplicate_of])], 1.0
        else:
            for s in self.candidates(f.vector, f.day):
                sc = self.score(f, s)
                if sc > best:
                    target, best = s, sc
            if best < self.threshold:
                target = None
        if target is None:
            target = self.stories[story_id(f.id)] = StoryState(story_id(f.id))
            best = 1.0
        target.add(f)
        self.story_of[f.id] = target.id
        self.scores[f.id] = round(best, 4)
        self.bucket(f.day).add(f.vector, target.id, f.id)
        return target.id

    def forget_before(self, day: int) -> list[StoryState]:
        """Let go of what no article dated `day` or later can reach: the time buckets more than a window before
        its own and the stories last seen more than a window before it, with their articles' entries. A stream
        that calls this as its dates advance holds a few windows of news, whatever the length of the stream (an
        article dated earlier needs its stories put back first: `StoryStream.take_back`). Undated stories stay.
        Returns the stories let go."""
        first_bucket = day // self.window - 1
        for key in [k for k in self.buckets if k is not None and k < first_bucket]:
            del self.buckets[key]
        gone = [s for s in self.stories.values() if s.last_day is not None and s.last_day < day - self.window]
        for s in gone:
            del self.stories[s.id]
            self.weights.forget("s:" + s.id)
            for aid in s.members:
                self.story_of.pop(aid, None)
                self.scores.pop(aid, None)
                self.weights.forget("a:" + aid)
        gone_ids = {s.id for s in gone}
        self.merged_into = {k: v for k, v in self.merged_into.items() if self._resolve(v) not in gone_ids}
        return gone

    def merge_pass(self, threshold: float) -> int:
        """Join stories whose whole representations agree; returns how many merges were made."""
        merges = 0
        for sid in sorted(self.stories, key=lambda s: (self.stories[s].first_day or 0, s)):
            if sid in self.merged_into:
                continue
            s = self.stories[sid]
            for other in self.candidates(s.centroid, s.first_day):
                if other.id == sid or other.id in self.merged_into:
                    continue
                gaps = [g for d in (other.first_day, other.last_day)
                        if (g := _days_apart(d, s.first_day, s.last_day)) is not None]
                gap = min(gaps) if gaps else None
                sc = (W_EMBED * float(np.dot(s.centroid, other.centroid))
                      + W_TERMS * self.weights.cos(("s:" + s.id, s.terms, len(s.members)),
                                                   ("s:" + other.id, other.terms, len(other.members)))
                      + W_ENTITIES * min(_entity_share(s.entities, other.entities, self.vocab),
                                         _entity_share(other.entities, s.entities, self.vocab))
                      - _time_penalty(gap) - W_FIGURES * _figures_conflict(s.figures, other.figures))
                if sc >= threshold and _within(_days_apart(other.first_day, s.first_day, s.last_day), self.window):
                    keep, gone = (s, other) if (s.first_day or 0, s.id) <= (other.first_day or 0, other.id) \
                        else (other, s)
                    keep.absorb(gone)
                    self.merged_into[gone.id] = keep.id
                    merges += 1
                    if gone is s:
                        break
                    s = keep
        for gone in list(self.merged_into):
            self.stories.pop(gone, None)
        for aid, sid in self.story_of.items():
            self.story_of[aid] = self._resolve(sid)
        return merges

    def attach_pass(self, features: dict[str, ArticleFeatures], floor: float) -> int:
        """A report left alone joins the story of its best match g when that story has several reports, g's best
        match outside its story is this report, and the pair scores at least `floor`: reciprocal nearest reports,
        two takes on one event worded too differently for the story threshold. Two lone reports are not paired
        this way (in a corpus of unrelated reports every report has a nearest one). Decided on the partition as
        it stands, so the order of the lone reports does not matter; returns how many joined."""
        def best(f: ArticleFeatures) -> tuple[float, str | None]:
            own = self.story_of[f.id]
            query = f.vector.reshape(1, -1).astype(np.float32)
            hits = sorted((h for b in self._reachable(f.day) for h in b.search_articles(query, self.k)), reverse=True)
            top, top_id = -math.inf, None
            for _cos, aid in hits:
                g = features.get(aid)
                gap = None if g is None else _days_apart(f.day, g.day, g.day)
                if g is None or self.story_of[aid] == own or not _within(gap, self.window):
                    continue
                sc = self._article_pair(f, g, gap)
                if sc > top or (sc == top and top_id is not None and aid < top_id):
                    top, top_id = sc, aid
            return top, top_id

        moves = []
        for sid in sorted(self.stories):
            s = self.stories[sid]
            if len(s.members) != 1 or features[s.members[0]].duplicate_of:
                continue
            f = features[s.members[0]]
            score, partner = best(f)
            if partner is None or score < floor or len(self.stories[self.story_of[partner]].members) < 2:
                continue
            g = features[partner]
            if self.weights.cos(("a:" + f.id, f.terms, 0), ("a:" + g.id, g.terms, 0)) < ATTACH_MIN_TERMS:
                continue
            if best(g)[1] == f.id:
                moves.append((f, partner, score))
        for f, partner, score in moves:  # partners sit in stories of several reports, which no move empties
            del self.stories[self.story_of[f.id]]
            self.merged_into[self.story_of[f.id]] = self.story_of[partner]  # its index rows lead to the new story
            self.stories[self.story_of[partner]].add(f)
            self.story_of[f.id] = self.story_of[partner]
            self.scores[f.id] = round(score, 4)
        return len(moves)


def cluster(features: Iterable[ArticleFeatures], dim: int, threshold: float, window_days: int, candidates: int,
            merge_threshold: float | None = None, attach_threshold: float | None = None,
            progress: Callable[[int], None] | None = None) -> StoryIndex:
    """Batch clustering: date-sorted streaming, a merge pass, then lone reports join reciprocal matches
    (`attach_threshold`; None: they stay alone)."""
    index = StoryIndex(dim, threshold, window_days, candidates)
    features = sorted(features, key=lambda f: f.order)
    for f in features:  # IDF from the whole batch: early articles are weighed like late ones
        index.vocab.add(f)
    for f in features:
        index.add(f, count=False)
        if progress:
            progress(1)
    index.merge_pass(merge_threshold if merge_threshold is not None else threshold + 0.1)
    if attach_threshold is not None:
        index.attach_pass({f.id: f for f in features}, attach_threshold)
    return index
