"""The story's timeline: the dates its claims are about (not the dates they were reported), partial ISO."""

from __future__ import annotations

import re
from datetime import date

from .conflicts import date_interval

_PARTIAL = re.compile(r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q\d))?")


def sort_key(value: str) -> tuple:
    span = date_interval(value)
    return (span[0], span[1]) if span else (date.max, date.max)


def build_timeline(claims: list[dict], mention_times: dict[str, list[tuple[str, str]]]) -> list[dict]:
    """One entry per (date, claim): `mention_times` gives each claim's (value, text) event times."""
    entries: dict[tuple[str, str], dict] = {}
    for claim in claims:
        for value, text in mention_times.get(claim["id"], []):
            if not _PARTIAL.fullmatch(value):
                continue
            key = (value, claim["id"])
            if key not in entries:
                entries[key] = {"date": value, "text": claim["text"], "claims": [claim["id"]], "date_text": text}
    return sorted(entries.values(), key=lambda e: (sort_key(e["date"]), e["claims"][0]))
