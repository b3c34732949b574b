"""Articles as ingested, and stories: the articles of one event across outlets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
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

    @property
    def reading(self) -> str:
        """`text` as the stages read it (`reading_text`): offsets into one index the other."""
        return reading_text(self.text)

    def printed(self, words: str) -> str:
        """Words cut from `reading`, with the quotation marks it padded to keep the offsets set as a reader
        writes them ("“ We will reopen” " -> "“We will reopen”")."""
        return words.replace("“ ", "“").replace(" ”", "”") if _ptb(self.text) else words


_PTB_QUOTE = re.compile(r"``|''")


def _ptb(text: str) -> bool:
    """Whether a text writes its quotation marks the Penn Treebank way: it opens one with two backticks."""
    return "``" in text


@lru_cache(maxsize=256)  # each stage asks for the few texts of the story it is on, often
def reading_text(text: str) -> str:
    """`text` with its quotation marks written the Penn Treebank way (``so'', as in wire archives and corpora)
    as typographic ones, at the same offsets: “ on the first of its two characters and ” on the last, so that a
    span quoting it covers both. The parser and every rule that finds a quotation and its speaker know “ and ”;
    read as given, ``We will reopen,'' Dahl said. gave the outlet's own words. Only a text that opens a
    quotation with `` is read so (elsewhere '' is an inch or a ditto mark). The stored text stays as given."""
    if not _ptb(text):
        return text
    return _PTB_QUOTE.sub(lambda m: "“ " if m.group() == "``" else " ”", text)


@dataclass
class Story(Dictable):
    """The articles of one event across outlets, in publication order."""

    id: str
    title: str
    articles: list[str]
    outlets: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
