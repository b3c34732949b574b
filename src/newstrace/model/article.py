"""Articles as ingested, and stories: the articles of one event across outlets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .base import Dictable


@dataclass
class Article(Dictable):
    """One news article as ingested. `text` is the main text; offsets everywhere index into it."""

    id: str
    text: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date or datetime, as given (or estimated, see below)
    published_estimated: bool = False
    language: str | None = None
    duplicate_of: str | None = None
    origin: str | None = None  # where it came from: "path", "path:line", a URL
    extra: dict[str, Any] = field(default_factory=dict)  # every input field we do not model, kept verbatim


@dataclass
class Story(Dictable):
    """The articles of one event across outlets, in publication order."""

    id: str
    title: str
    articles: list[str]
    outlets: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
