"""Flat tables of a story's claims, mentions and sources, for spreadsheets and notebooks (`newstrace export`).

One row per claim, per mention of a claim, or per source of a story; the columns are fixed per table (`COLUMNS`),
so an empty export still has its header and a script can rely on the names. Lists are joined with "; ".
CSV cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return, and not
a number) get a leading apostrophe: an article's text is untrusted (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from ..model import Article, Claim, Story, StoryAnalysis
from .views import GRADES

COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": ("story", "story_title", "claim", "text", "grade", "grade_label", "machine_grade", "verdict",
               "verdict_note", "independent_sources", "sources", "outlets", "certainty", "match", "similar",
               "conflicts", "first_outlet", "first_published", "reasons"),
    "mentions": ("story", "claim", "article", "outlet", "published", "url", "start", "end", "text", "sentence",
                 "source", "source_name", "named_together", "via", "certainty", "copy_of", "source_set"),
    "sources": ("story", "source", "name", "kind", "claims", "mentions", "outlets"),
}
FORMATS = ("csv", "jsonl")
_FORMULA = re.compile(r"^[=+\-@\t\r]")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def table_rows(table: str, story: Story, analysis: StoryAnalysis | None, articles: dict[str, Article]
               ) -> Iterator[dict[str, Any]]:
    """The rows of `table` for one story (none before it is analysed)."""
    if analysis is None:
        return
    names = {s.id: s.name for s in analysis.sources}
    if table == "claims":
        conflicts: dict[str, int] = {}
        for k in analysis.conflicts:
            for cid in k.claims:
                conflicts[cid] = conflicts.get(cid, 0) + 1
        for c in analysis.claims:
            yield _claim_row(story, c, names, conflicts.get(c.id, 0))
    elif table == "mentions":
        for c in analysis.claims:
            for m in c.mentions:
                a = articles.get(m.article)
                text = a.text if a else ""
                yield {"story": story.id, "claim": c.id, "article": m.article, "outlet": m.outlet,
                       "published": m.published, "url": a.url if a else None, "start": m.start, "end": m.end,
                       "text": m.text, "sentence": text[m.sentence[0]:m.sentence[1]] if text else "",
                       "source": m.source, "source_name": names.get(m.source or "", m.source),
                       "named_together": "; ".join(names.get(x, x) for x in m.named_together), "via": m.via,
                       "certainty": m.certainty,
                       "copy_of": m.echo_of.article if m.echo_of else m.duplicate_of, "source_set": m.source_set}
    elif table == "sources":
        for s in analysis.sources:
            claims = [c for c in analysis.claims if s.id in c.sources or any(m.source == s.id for m in c.mentions)]
            mentions = [m for c in claims for m in c.mentions if m.source == s.id]
            yield {"story": story.id, "source": s.id, "name": s.name, "kind": s.kind, "claims": len(claims),
                   "mentions": len(mentions),
                   "outlets": "; ".join(dict.fromkeys(m.outlet or m.article for m in mentions))}
    else:
        raise ValueError(f"unknown table {table!r}; one of {', '.join(COLUMNS)}")


def _claim_row(story: Story, c: Claim, names: dict[str, str], conflicts: int) -> dict[str, Any]:
    return {"story": story.id, "story_title": story.title, "claim": c.id, "text": c.text, "grade": c.credibility,
            "grade_label": GRADES.get(c.credibility, ""), "machine_grade": c.machine_grade,
            "verdict": c.verdict.value if c.verdict else None, "verdict_note": c.verdict.note if c.verdict else None,
            "independent_sources": c.independent_sources, "sources": "; ".join(names.get(s, s) for s in c.sources),
            "outlets": "; ".join(c.outlets), "certainty": c.certainty,
            "match": round(c.match, 3) if c.match is not None else None,
            "similar": "; ".join(f"{x.claim} ({x.match:.2f})" for x in c.similar), "conflicts": conflicts,
            "first_outlet": c.first.outlet if c.first else None, "first_published": c.first.published if c.first
            else None, "reasons": "; ".join(c.reasons)}


def write_rows(rows: Iterable[dict[str, Any]], table: str, fmt: str, fh: TextIO) -> int:
    """Write `rows` as CSV (with a header) or JSON Lines; returns how many."""
    n = 0
    if fmt == "jsonl":
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt != "csv":
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    writer = csv.DictWriter(fh, fieldnames=COLUMNS[table], lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
        n += 1
    return n


def _cell(value: Any) -> Any:
    if isinstance(value, str) and _FORMULA.match(value) and not _NUMBER.match(value):
        return "'" + value
    return "" if value is None else value
