"""The pipeline: ingest → nlp → stories → claims → provenance → report, each stage over the store.

`Pipeline` is the library; the CLI and the web app only parse, call it and print. Each stage reads what the
one before it stored and stores what it made, so any stage can be re-run alone and a later run reuses what is
still fresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .config import Config
from .ingest import IngestResult, ingest
from .model import Annotations
from .report.json_report import build_report
from .store import Store

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class Pipeline:
    def __init__(self, config: Config | None = None, store: Store | None = None) -> None:
        self.config = config or Config()
        self.store = store or Store(self.config.db)

    def ingest(self, paths: list[str], **options: Any) -> IngestResult:
        return ingest(paths, self.store, self.config, **options)

    def annotate(self, ids: list[str] | None = None, progress: Progress | None = None,
                 n_process: int | None = None) -> dict[str, Annotations]:
        """Annotations of the stored articles (all, or these ids); fresh ones are reused, the rest are made."""
        from .nlp.annotate import Annotator, annotator_version, build_entities

        articles = self.store.articles(ids)
        version = f"{annotator_version()}-{self.config.spacy_model}"
        done = self.store.annotations([a.id for a in articles], version)
        todo = [a for a in articles if a.id not in done]
        if todo:
            annotator = Annotator(self.config)
            batch: list[Annotations] = []
            count = len(done)
            for ann in annotator.annotate(todo, n_process=n_process):
                done[ann.article_id] = ann
                batch.append(ann)
                count += 1
                if len(batch) >= 100:
                    self._save_annotations(batch, version)
                if progress:
                    progress("annotate", count, len(articles))
            self._save_annotations(batch, version)
            self.store.save_entities(build_entities(self.store.annotations(self.store.article_ids(), version)
                                                    .values()).values())
        return {a.id: done[a.id] for a in articles}

    def _save_annotations(self, batch: list[Annotations], version: str) -> None:
        self.store.save_annotations(batch, version)
        for ann in batch:
            if ann.published_estimated and ann.published:
                self.store.set_published(ann.article_id, ann.published, estimated=True)
        batch.clear()

    def report(self) -> dict[str, Any]:
        stories = self.store.stories()
        analyses = {s.id: a for s in stories if (a := self.store.analysis(s.id)) is not None}
        return build_report(self.store.articles(), stories, analyses)

    def run(self, progress: Progress | None = None) -> dict[str, Any]:
        """Every stage after ingest, over the whole store; returns the report."""
        self.annotate(progress=progress)
        return self.report()
