"""The Python API for notebooks and scripts: read what `newstrace analyze` stored.

    import newstrace
    ws = newstrace.open("newstrace.db")
    for story in ws.stories():
        for claim in story.claims:
            print(claim.credibility, claim.text, [story.source_name(s) for s in claim.sources])

Objects are the typed model of `newstrace.model` (`Claim`, `Mention`, `Conflict`, ...); `StoryView.report()` is
the story in the report contract's JSON shape, and `StoryView.rows(table)` its export rows. The API reads only;
it never creates a store (NT205 for a path with none).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .config import Config
from .model import Article, Claim, Conflict, Correction, Source, Story, StoryAnalysis, TimelineEntry
from .pipeline import Pipeline


@dataclass(frozen=True)
class StoryView:
    """One story: the articles grouped into it and its analysis (None until `analyze` has run on it)."""

    story: Story
    analysis: StoryAnalysis | None
    _workspace: Workspace

    @property
    def id(self) -> str:
        return self.story.id

    @property
    def title(self) -> str:
        return self.story.title

    @property
    def outlets(self) -> list[str]:
        return list(self.story.outlets)

    @property
    def claims(self) -> list[Claim]:
        return list(self.analysis.claims) if self.analysis else []

    @property
    def sources(self) -> list[Source]:
        return list(self.analysis.sources) if self.analysis else []

    @property
    def conflicts(self) -> list[Conflict]:
        return list(self.analysis.conflicts) if self.analysis else []

    @property
    def timeline(self) -> list[TimelineEntry]:
        return list(self.analysis.timeline) if self.analysis else []

    @property
    def corrections(self) -> list[Correction]:
        return list(self.analysis.corrections) if self.analysis else []

    def source_name(self, source_id: str) -> str:
        return next((s.name for s in self.sources if s.id == source_id), source_id)

    def articles(self) -> list[Article]:
        return self._workspace.articles(self.story.articles)

    def report(self) -> dict[str, Any]:
        """The story as the report JSON (`../shared/contracts/report.schema.json`) gives it."""
        from .report.json_report import story_entry

        return story_entry(self.story, self.analysis)

    def rows(self, table: str = "claims") -> list[dict[str, Any]]:
        """Flat rows of its claims, mentions or sources (the columns of `newstrace export`)."""
        from .report.export import table_rows

        return list(table_rows(table, self.story, self.analysis, {a.id: a for a in self.articles()}))


class Workspace:
    """A store opened for reading."""

    def __init__(self, db: str, **settings: Any) -> None:
        self._pipe = Pipeline(Config({"db": db, **settings}, file=None), create=False)

    def stories(self) -> list[StoryView]:
        return [StoryView(s, self._pipe.store.analysis(s.id), self) for s in self._pipe.store.stories()]

    def story(self, story_id: str) -> StoryView:
        """NewstraceError NT203 for an id the store does not have."""
        story = self._pipe.store.story(story_id)
        return StoryView(story, self._pipe.store.analysis(story.id), self)

    def articles(self, ids: list[str] | None = None) -> list[Article]:
        return self._pipe.store.articles(ids)

    def search(self, words: str) -> dict[str, list[dict[str, Any]]]:
        """Stories, claims, sources and outlets whose words match, as the web search gives them."""
        return self._pipe.store.search(words)

    def close(self) -> None:
        self._pipe.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open(db: str = "newstrace.db", **settings: Any) -> Workspace:  # noqa: A001 - newstrace.open reads as intended
    """Open a store that `newstrace analyze` wrote (a SQLite path or a SQLAlchemy URL) for reading."""
    return Workspace(db, **settings)
