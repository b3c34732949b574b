"""Which language a text is written in, when that can be told (py3langid).

Ingest records it as an article's metadata; the nlp stage reads only the articles its spaCy model's language can
read, so that a German report does not yield English-rule claims, sources and grades. A guess is worse than none
there: a short English headline ("Lund, Vale meet in Oslo") scores Afrikaans, so a language is told only
when the identifier's normalised probability reaches CONFIDENT.
"""

from __future__ import annotations

from functools import lru_cache

CONFIDENT = 0.9  # normalised probability from which a text's language is told (English news scores 0.97+)
SAMPLE = 3000  # characters read: enough to tell, and the cost stays flat for long articles
SHORTEST = 20  # characters below which nothing is told


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it cannot be told with confidence."""
    sample = text.strip()[:SAMPLE]
    if len(sample) < SHORTEST:
        return None
    lang, probability = _identifier().classify(sample)
    return lang if probability >= CONFIDENT else None


def primary(tag: str | None) -> str | None:
    """The language of a tag as inputs give it ("en-US", "EN", "de_AT"): its primary subtag, lower case."""
    if not tag or not tag.strip():
        return None
    return tag.strip().replace("_", "-").split("-")[0].lower()
