"""The story's timeline: the dates its claims are about (not the dates they were reported), partial ISO."""

from __future__ import annotations

import re

from ..model import Claim, TimelineEntry
from ..model.time import date_sort_key

_PARTIAL = re.compile(r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q\d))?")


def build_timeline(claims: list[Claim]) -> list[TimelineEntry]:
    """One entry per (date, claim), from the DATE times its mentions are about; in date order."""
    entries: dict[tuple[str, str], TimelineEntry] = {}
    for claim in claims:
        for m in claim.mentions:
            for t in m.times:
                if t.type != "DATE" or not _PARTIAL.fullmatch(t.value):
                    continue
                key = (t.value, claim.id)
                if key not in entries:
                    entries[key] = TimelineEntry(t.value, claim.text, [claim.id], t.text)
    return sorted(entries.values(), key=lambda e: (date_sort_key(e.date), e.claims[0]))
