"""What makes two reports the same event: who (entities), what (key terms), when (dates), and a dense
embedding of title and lead."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..lexicon import MULTIPLIERS, STOPWORDS
from ..model import Annotations, Article

LEAD_WORDS = 60
_WORD = re.compile(r"[^\W\d_][\w'-]{2,}", re.U)
# Entities too common to tell events apart (the country of most coverage, "American") are down-weighted by IDF;
# these labels never tell events apart at all.
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}




def lead_text(article: Article, words: int = LEAD_WORDS) -> str:
    """Title plus the first words of the text (the text alone when it already starts with the title)."""
    body = " ".join(article.text.split()[:words])
    title = (article.title or "").strip()
    if title and not body.lower().startswith(title.lower()[:40]):
        return f"{title}. {body}"
    return body


# A figure: "$1.9 trillion", "136,000", "3.5%", "6.6 Million", "$900B". Years and small counts are left out: they
# recur across unrelated events; specific figures are what one report of an event repeats from another.
_FIGURE = re.compile(r"(?<![\w.,])(\$|£|€)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(%|percent\b|per cent\b|"
                     r"thousand\b|million\b|billion\b|trillion\b|[kKmMbBtT]\b)?", re.I)
_SCALE = {**MULTIPLIERS, "b": 1e9, "t": 1e12}  # "$900B", "$1.9T": the one-letter forms only figures read


def figures(text: str) -> frozenset[str]:
    """The specific figures a text states, normalised to three significant digits ("1.9e+12", "136000", "3.5%")."""
    out = set()
    for m in _FIGURE.finditer(text):
        currency, number, unit = m.group(1), m.group(2), (m.group(3) or "").lower()
        if len(unit) == 1 and unit != "%" and not currency:
            unit = ""  # "$900B" is money; "100 m" is metres
        value = float(number.replace(",", ""))
        if unit in ("%", "percent", "per cent"):
            out.add(f"{value:.3g}%")
            continue
        value *= _SCALE.get(unit, 1.0)
        is_year = not unit and not currency and "," not in number and 1800 <= value <= 2100 and value.is_integer()
        if value >= 100 and not is_year or (currency or unit) and value > 0:
            out.add(f"{value:.3g}")
    return frozenset(out)


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
    figures: frozenset[str] = frozenset()

    @staticmethod
    def day_of(article: Article, ann: Annotations | None) -> int | None:
        """The article's date as an ordinal: its publication date, or the one estimated from its text."""
        published = (ann.published if ann is not None and ann.published else article.published) or ""
        try:
            return date.fromisoformat(published[:10]).toordinal() if published else None
        except ValueError:
            return None

    @classmethod
    def build(cls, article: Article, ann: Annotations | None, vector: np.ndarray) -> ArticleFeatures:
        text = article.text[:4000]
        t = terms(f"{article.title or ''} {article.title or ''} {text}")  # the headline counts twice
        ents: Counter = Counter()
        if ann is not None:
            for m in ann.entities:
                if m.canonical and m.label in _ENTITY_LABELS and m.start < 4000:
                    ents[m.canonical] += 1
        day = cls.day_of(article, ann)
        return cls(article.id, vector, t, ents, day, article.outlet, article.title, article.duplicate_of,
                   (day if day is not None else math.inf, article.id),
                   figures(f"{article.title or ''} {' '.join(article.text.split()[:LEAD_WORDS])}"))
