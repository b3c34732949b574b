"""The pipeline: ingest → nlp → stories → claims → provenance → report, each stage over the store.

`Pipeline` is the library; the CLI and the web app only parse, call it and print. Each stage reads what the
one before it stored and stores what it made, so any stage can be re-run alone and a later run reuses what is
still fresh.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np

from .config import Config
from .errors import NewstraceError
from .ingest import IngestResult, ingest
from .model import Annotations, Article, BorrowedDate, Correction, Story, StoryAnalysis
from .report.json_report import build_report
from .store import Store

if TYPE_CHECKING:
    from .stories.build import StoryStream

EMBED_STORIES = 200  # stories whose claim sentences are embedded in one call (bounds the cache's memory)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class Pipeline:
    def __init__(self, config: Config | None = None, store: Store | None = None, create: bool = True) -> None:
        """`create=False`: only open a store that exists (NT205 otherwise), for reading."""
        self.config = config or Config()
        self.store = store or Store(self.config.db, create=create)
        self._engine = None
        self._stream: StoryStream | None = None  # the grouping a watching process adds to

    @property
    def engine(self):
        """Where parsing, annotation and embedding run (engines.py); made on first use, so that commands that
        only read never start one."""
        if self._engine is None:
            from .engines import engine

            self._engine = engine(self.config)
        return self._engine

    @contextmanager
    def writing(self, seconds: float) -> Iterator[Callable[[], None]]:
        """Hold the store's lease on writing stories while the block runs (NT208 when another `watch` or
        `analyze` holds it: two writers would each group the stories their own way). Yields a function that
        renews the lease for another `seconds`; the lease is given back at the end."""
        holder = f"{os.getpid()}@{socket.gethostname()}"
        self.store.claim_writer(holder, seconds)
        try:
            yield lambda: self.store.claim_writer(holder, seconds)
        finally:
            self.store.release_writer(holder)

    def stop_engine(self) -> None:
        """Release the engine (a Ray cluster started for the run is shut down); the store stays open."""
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    def close(self) -> None:
        self.stop_engine()
        self.store.close()

    def ingest(self, paths: list[str], **options: Any) -> IngestResult:
        return ingest(paths, self.store, self.config, **options)

    def annotate(self, ids: list[str] | None = None, progress: Progress | None = None,
                 n_process: int | None = None, merge_entities: bool = False) -> dict[str, Annotations]:
        """Annotations of the stored articles (all, or these ids); fresh ones are reused, the rest are made.
        The corpus-wide entities are then made again from every stored annotation, or, with `merge_entities`
        (a stream's round), the new articles' entities are merged into the stored ones: new entities added,
        new spellings added to known ones, names kept, so a round costs what is new."""
        from .nlp.annotate import annotation_version, build_entities

        articles = self.store.articles(ids)
        version = annotation_version(self.config)
        done = self.store.annotations([a.id for a in articles], version)
        todo = [a for a in articles if a.id not in done]
        if todo:
            batch: list[Annotations] = []
            count = len(done)
            for ann in self.engine.annotate(todo, n_process=n_process):
                done[ann.article_id] = ann
                batch.append(ann)
                count += 1
                if len(batch) >= 100:
                    self._save_annotations(batch, version)
                if progress:
                    progress("annotate", count, len(articles))
            self._save_annotations(batch, version)
            if merge_entities:
                made = [done[a.id] for a in todo]
                self.store.update_entities(build_entities(made).values())
            else:
                self.store.save_entities(build_entities(self.store.annotations(self.store.article_ids(), version)
                                                        .values()).values())
        return {a.id: done[a.id] for a in articles}

    def _save_annotations(self, batch: list[Annotations], version: str) -> None:
        self.store.save_annotations(batch, version)
        for ann in batch:
            if ann.published_estimated and ann.published:
                self.store.set_published(ann.article_id, ann.published, estimated=True)
        batch.clear()

    def cluster(self, progress: Progress | None = None, keep: bool = False) -> list[Story]:
        """Batch clustering of every stored article into stories; stores and returns them. `keep`: the grouping
        stays in memory for `update(stream=True)` to add to."""
        from .stories.build import StoryStream

        articles = self.store.articles()
        anns = self.fresh_annotations([a.id for a in articles])
        vectors = self.embeddings(articles, progress)
        stream = StoryStream.batch(articles, anns, vectors, self.config,
                                   (lambda n: progress("stories", n, len(articles))) if progress else None
                                   ) if articles else None
        stories = stream.stories() if stream else []
        self.store.save_stories(stories, stream.index.scores if stream else {})
        self._stream = stream if keep else None
        return stories

    def analysis_key(self, story: Story, fixes: list[Correction]) -> str:
        """What a stored analysis was made from: the story's articles, their annotations' version, the claims and
        provenance rules (their VERSIONs), the model format, the settings that change claims, and the analyst's
        corrections."""
        from . import claims, corrections, provenance
        from .nlp.annotate import annotation_version
        from .store.schema import ANALYSIS_FORMAT

        c = self.config
        parts = [story.articles, annotation_version(c), claims.VERSION, provenance.VERSION, ANALYSIS_FORMAT,
                 c.embedding_model, c.claim_embedding_model, c.claim_threshold, c.event_threshold, c.confirm_threshold,
                 c.similar_threshold, corrections.digest(fixes)]
        return hashlib.sha1(json.dumps(parts).encode()).hexdigest()

    def story_corrections(self, story: Story, every: list[Correction] | None = None) -> list[Correction]:
        """The standing corrections that name an article of this story (whatever story they were made in:
        re-clustering may rename it)."""
        members = set(story.articles)
        every = self.store.corrections() if every is None else every
        return [c for c in every if any(ref.article in members for ref in c.mentions)]

    def analyze_stories(self, progress: Progress | None = None, only: set[str] | None = None
                        ) -> dict[str, StoryAnalysis]:
        """Claims, sources, grades, conflicts, timeline and actors of every story (or these ids), the analyst's
        corrections applied; fresh analyses are reused."""
        from . import claims, corrections, provenance
        from .embeddings import EmbeddingCache, parse, word_model

        stories = [s for s in self.store.stories() if only is None or s.id in only]
        every = self.store.corrections()
        articles = {a.id: a for a in self.store.articles(None if only is None else
                                                         sorted({m for s in stories for m in s.articles}))}
        anns = self.fresh_annotations(list(articles))
        registry = self.store.entities()
        model = self.config.embedding_model
        # event words recur across stories: all of them in one call; claim sentences in one call per EMBED_STORIES
        # stories, by the engine (the transformer is the costliest step after the parse; Ray spreads it). Event
        # words use the model's token table when it is a static one.
        words = EmbeddingCache(word_model(model))
        sentences = EmbeddingCache(self.config.claim_embedding_model, lambda texts, m: self.engine.embed(texts, m))
        claim_kind = parse(self.config.claim_embedding_model)[1]  # which fitted weights read its vectors
        words.expect(sorted({e.key for a in anns.values() for e in a.events}))
        out: dict[str, StoryAnalysis] = {}
        todo: list[tuple[Story, str]] = []
        fixes = {story.id: self.story_corrections(story, every) for story in stories}
        for story in stories:
            key = self.analysis_key(story, fixes[story.id])
            analysis = self.store.analysis(story.id, key)
            if analysis is None:
                todo.append((story, key))
            else:
                out[story.id] = analysis
        for start in range(0, len(todo), EMBED_STORIES):
            chunk = todo[start : start + EMBED_STORIES]
            sentences.clear()
            borrowed = {story.id: borrow_dates(story, articles, anns) for story, _key in chunk}
            mentions = {story.id: claims.story_mentions(story, articles, {**anns, **borrowed[story.id][1]})
                        for story, _key in chunk}
            borrowed = {sid: found for sid, (found, _anns) in borrowed.items()}
            for ms in mentions.values():
                if len({m.article for m in ms}) > 1:  # single-article stories embed nothing
                    sentences.expect(claims.sentence_texts(ms, articles))
            for story, key in chunk:
                found, events = claims.build_claims(story, mentions.pop(story.id), articles, sentences,
                                                    self.config.claim_threshold, words, self.config.event_threshold,
                                                    claim_kind, self.config.similar_threshold)
                found = corrections.apply(story.id, found, fixes[story.id])
                unread = {a: anns[a].unread_language for a in story.articles if a in anns and anns[a].unread_language}
                analysis = provenance.analyze(story, found, events, provenance.story_entities(story, anns, registry),
                                              articles, borrowed.pop(story.id), self.config.confirm_threshold, unread)
                analysis = corrections.settle(analysis, fixes[story.id])
                self.store.save_analysis(key, analysis)
                out[story.id] = analysis
                if progress:
                    progress("claims", len(out), len(stories))
        if progress and not todo:
            progress("claims", len(out), len(stories))
        return {s.id: out[s.id] for s in stories}

    def correct(self, correction: Correction) -> StoryAnalysis:
        """Store an analyst's correction and re-analyse its story; the new analysis (NT206 if the correction is
        malformed or names no mention of the story)."""
        from .corrections import KINDS, VERDICTS

        story = self.store.story(correction.story)
        analysis = self.store.analysis(story.id)
        known = {m.ref for c in (analysis.claims if analysis else []) for m in c.mentions}
        need = 2 if correction.kind == "merge" else 1
        if correction.kind not in KINDS or len(correction.mentions) < need or any(
                r not in known for r in correction.mentions):
            raise NewstraceError("NT206", kind=correction.kind, story=story.id)
        if correction.kind == "verdict" and correction.value not in VERDICTS:
            raise NewstraceError("NT206", kind=f"verdict {correction.value!r}", story=story.id)
        if correction.kind == "source" and not (correction.value or "").strip():
            raise NewstraceError("NT206", kind="source without a source", story=story.id)
        self.store.add_correction(correction)
        return self.analyze_stories(only={story.id})[story.id]

    def undo(self, correction_id: int) -> StoryAnalysis | None:
        """Undo a correction (it stays in the history) and re-analyse the stories it touched."""
        undone = self.store.undo_correction(correction_id)
        if undone is None:
            raise NewstraceError("NT207", id=correction_id)
        touched = {s.id for s in self.store.stories() if any(r.article in s.articles for r in undone.mentions)}
        found = self.analyze_stories(only=touched)
        return found.get(undone.story) or next(iter(found.values()), None)

    def claim_clusters(self, ids: list[str], progress: Progress | None = None
                       ) -> dict[str, dict[str, list[dict[str, Any]]]]:
        """For the claims evaluation: per level ("claims", "events"), each article's mentions as
        (cluster, start, end)."""
        self.cluster(progress=progress)
        wanted = set(ids)
        out: dict[str, dict[str, list[dict[str, Any]]]] = {"claims": {}, "events": {}}
        for analysis in self.analyze_stories(progress=progress).values():
            for c in analysis.claims:
                for m in c.mentions:
                    if m.article in wanted:
                        out["claims"].setdefault(m.article, []).append({"cluster": c.id, "start": m.start,
                                                                        "end": m.end})
            for e in analysis.events:
                for r in e.mentions:
                    if r.article in wanted:
                        out["events"].setdefault(r.article, []).append({"cluster": e.id, "start": r.start,
                                                                        "end": r.end})
        return out

    def embeddings(self, articles: list[Article], progress: Progress | None = None) -> dict[str, np.ndarray]:
        """Title-and-lead embeddings, from the store where fresh, else computed and stored."""
        from .embeddings import prepare
        from .stories.features import lead_text

        model = self.config.embedding_model
        stored = self.store.vectors([a.id for a in articles], model)
        out = {k: np.frombuffer(v, dtype=np.float32) for k, v in stored.items()}
        todo = [a for a in articles if a.id not in out]
        if todo:
            step = f"distilling {model} (once)"
            prepare(model, (lambda done, total: progress(step, done, total)) if progress else None)
        for i in range(0, len(todo), 256):
            chunk = todo[i : i + 256]
            vecs = self.engine.embed([lead_text(a) for a in chunk], model)
            self.store.save_vectors({a.id: v.tobytes() for a, v in zip(chunk, vecs, strict=True)}, model)
            out.update({a.id: v for a, v in zip(chunk, vecs, strict=True)})
        return out

    def fresh_annotations(self, ids: list[str]) -> dict[str, Annotations]:
        """Stored annotations of these articles that the current rules and model made (no annotating)."""
        from .nlp.annotate import annotation_version

        return self.store.annotations(ids, annotation_version(self.config))

    def report(self) -> dict[str, Any]:
        stories = self.store.stories()
        analyses = {s.id: a for s in stories if (a := self.store.analysis(s.id)) is not None}
        return build_report(self.store.articles(), stories, analyses)

    def story_report(self, story_id: str) -> dict[str, Any]:
        """The report restricted to one story and its articles (NT203 for an unknown id)."""
        story = self.store.story(story_id)
        analyses = {story.id: a} if (a := self.store.analysis(story.id)) is not None else {}
        return build_report(self.store.articles(story.articles), [story], analyses)

    def run(self, progress: Progress | None = None) -> dict[str, Any]:
        """Every stage after ingest, over the whole store; returns the report."""
        self.update(progress)
        return self.report()

    def update(self, progress: Progress | None = None, stream: bool = False) -> list[str]:
        """Every stage after ingest, doing only what is new: articles not yet annotated are annotated, the stories
        are grouped again (stored embeddings reused), and only stories whose articles or corrections changed are
        analysed again. Returns the ids of the stories analysed anew.

        `stream` (what `watch` does): the first call groups the whole store and keeps the grouping in memory;
        later calls add only the articles it has not seen (`StoryStream`), write only the stories those joined
        or started, and analyse only those, so a round costs what is new, not the size of the store."""
        if stream and self._stream is not None:
            return self._stream_update(progress)
        if stream and (stored := self.store.stories()):  # a watch resumes the stored grouping as it stands
            from .stories.build import StoryStream

            before = self.store.analysis_versions()
            self.annotate(progress=progress)
            recent = StoryStream.within_reach(stored, self.config)
            articles = self.store.articles(sorted({a for s in recent for a in s.articles}))
            self._stream = StoryStream.resume(recent, articles, self.fresh_annotations([a.id for a in articles]),
                                              self.embeddings(articles, progress), self.config)
            changed = set(self._stream_update(progress))
            self.analyze_stories(progress=progress)  # stored analyses that are stale (rules, settings) are made again
            after = self.store.analysis_versions()
            return sorted(changed | {sid for sid, version in after.items() if version != before.get(sid)})
        before = self.store.analysis_versions()
        self.annotate(progress=progress)
        self.cluster(progress=progress, keep=stream)
        self.analyze_stories(progress=progress)
        after = self.store.analysis_versions()
        return sorted(sid for sid, version in after.items() if version != before.get(sid))

    def _stream_update(self, progress: Progress | None) -> list[str]:
        stream = self._stream
        assert stream is not None
        new = self.store.unassigned_article_ids()
        if not new:
            return []
        anns = self.annotate(new, progress=progress, merge_entities=True)
        articles = self.store.articles(new)
        if (span := stream.out_of_reach(articles, anns)) is not None:  # late articles: their stories come back
            back = self.store.stories(last_seen=span)
            held = self.store.articles(sorted({a for s in back for a in s.articles}))
            stream.take_back(back, held, self.fresh_annotations([a.id for a in held]),
                             self.embeddings(held, progress))
        stories, scores = stream.add(articles, anns, self.embeddings(articles, progress))
        self.store.update_stories(stories, scores)  # the stories' other articles keep their stored scores
        touched = {s.id for s in stories}
        before = self.store.analysis_versions(touched)
        self.analyze_stories(progress=progress, only=touched)
        after = self.store.analysis_versions(touched)
        return sorted(sid for sid in touched if after.get(sid) != before.get(sid))


def borrow_dates(story: Story, articles: dict[str, Article], anns: dict[str, Annotations]
                 ) -> tuple[list[BorrowedDate], dict[str, Annotations]]:
    """An article of the story without a publication date reads its relative times ("last month", "on Friday")
    against the story's earliest publication date instead of a guess, and says so: (what was borrowed, the
    re-read annotations by article id). Never today's clock."""
    from dataclasses import replace
    from datetime import date

    from .nlp.timex import reanchor

    dated = sorted((articles[a].published, a) for a in story.articles
                   if a in articles and articles[a].published and a in anns and not anns[a].published_estimated)
    if not dated:
        return [], {}
    when, source = dated[0]
    try:
        anchor = date.fromisoformat(when[:10])
    except ValueError:
        return [], {}
    out, reread = [], {}
    for aid in story.articles:
        if aid in articles and aid in anns and not articles[aid].published and not anns[aid].unread_language:
            ann = anns[aid]
            reread[aid] = replace(ann, timexes=reanchor(ann.timexes, anchor), published=anchor.isoformat(),
                                  published_estimated=True, published_from=source)
            out.append(BorrowedDate(aid, anchor.isoformat(), source))
    return out, reread
