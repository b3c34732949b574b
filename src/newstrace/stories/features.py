"""What makes two reports the same event: who (entities), what (key terms), when (dates), and a dense
embedding of title and lead."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..model import Annotations, Article

LEAD_WORDS = 60
_WORD = re.compile(r"[^\W\d_][\w'-]{2,}", re.U)
# Entities too common to tell events apart (the country of most coverage, "American") are down-weighted by IDF;
# these labels never tell events apart at all.
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


def _stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"said", "says", "say", "told", "would", "could", "also", "new", "one", "two",
                                    "year", "years", "people", "time", "like", "just", "according", "percent"}


STOPWORDS = _stopwords()


def lead_text(article: Article, words: int = LEAD_WORDS) -> str:
    """Title plus the first words of the text (the text alone when it already starts with the title)."""
    body = " ".join(article.text.split()[:words])
    title = (article.title or "").strip()
    if title and not body.lower().startswith(title.lower()[:40]):
        return f"{title}. {body}"
    return body


def terms(text: str) -> Counter:
    return Counter(w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in STOPWORDS)


@dataclass
class ArticleFeatures:
    id: str
    vector: np.ndarray
    terms: Counter
    entities: Counter
    day: int | None  # publication date as an ordinal
    outlet: str | None = None
    title: str | None = None
    duplicate_of: str | None = None
    order: tuple = field(default=())

    @classmethod
    def build(cls, article: Article, ann: Annotations | None, vector: np.ndarray) -> ArticleFeatures:
        text = article.text[:4000]
        t = terms(f"{article.title or ''} {article.title or ''} {text}")  # the headline counts twice
        ents: Counter = Counter()
        if ann is not None:
            for m in ann.entities:
                if m.canonical and m.label in _ENTITY_LABELS and m.start < 4000:
                    ents[m.canonical] += 1
        published = (ann.published if ann is not None and ann.published else article.published) or ""
        try:
            day = date.fromisoformat(published[:10]).toordinal() if published else None
        except ValueError:
            day = None
        return cls(article.id, vector, t, ents, day, article.outlet, article.title, article.duplicate_of,
                   (day if day is not None else math.inf, article.id))
