"""What the Markdown, HTML, terminal and web views share: outlets of a story, names, grade words, each claim's
evidence (its sentences with the claim marked), filters and sorting of claims, plural words."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon import listing

GRADES = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
          6: "cannot be judged"}
CERTAINTY_MARKS = {"asserted": "●", "reported": "◐", "hedged": "○", "denied": "✕"}
SORTS = ("grade", "sources", "outlets", "first", "conflicts")


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 story', '2 stories', '1 claim', '3 claims'."""
    if n == 1:
        return f"1 {word}"
    return f"{n} {many or (word[:-1] + 'ies' if word.endswith('y') and word[-2:] not in ('ay', 'ey', 'oy') else word + 's')}"


def story_outlets(story: dict[str, Any], articles: dict[str, dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(articles[a]["outlet"] or a for a in story["articles"] if a in articles))


def story_notes(story: dict[str, Any], articles: dict[str, dict[str, Any]]) -> list[str]:
    """What a reader must know of how the story's articles were read: dates borrowed by undated articles, and
    articles in a language the nlp model does not read."""
    def outlet(a: str) -> str:
        return articles.get(a, {}).get("outlet") or a

    notes = [f"{outlet(b['article'])} gives no date: its relative dates are read against {b['date']}, the date of "
             f"{b['source']}." for b in story.get("borrowed_dates", [])]
    notes += [f"{outlet(a)} is in another language ({lang}) than the nlp model reads: it is grouped in the story, "
              f"but no claim is read from it." for a, lang in (story.get("unread") or {}).items()]
    return notes


def entity_names(story: dict[str, Any]) -> dict[str, str]:
    """Entity and source ids -> the names a reader knows them by."""
    names = {e["id"]: e["name"] for e in story["entities"]}
    names.update({s["id"]: s["name"] for s in story.get("sources", [])})
    return names


def source_label(source: str | None, names: dict[str, str]) -> str:
    if not source:
        return "no one named"
    if source in names:
        return names[source]
    if source.startswith("outlet:"):
        return source[7:] + " (outlet)"
    if source.startswith(("group:", "doc:")):
        noun, _, place = source.split(":", 1)[1].partition("@")
        return f"{noun} ({names.get(place, place.split(':')[-1])})" if place else noun
    return source


def mention_source(mention: dict[str, Any], names: dict[str, str]) -> str:
    """Who a mention's words come from, with the sources its source phrase names beside it ("United States,
    South Korea and Ukraine")."""
    return listing([source_label(s, names) for s in mention.get("named_together") or [mention.get("source")]])


def claim_sources(claim: dict[str, Any], names: dict[str, str]) -> list[str]:
    """A claim's independent sources as a reader knows them, each with those named together with it ("Norway
    (with Sweden and Finland)") and the intermediaries its mentions name ("Ina Moss via the
    broadcaster NRK"): wherever a source is shown, so is whom its words came through."""
    out = []
    for source in claim["sources"]:
        own = [m for m in claim["mentions"] if m.get("source") == source]
        vias = dict.fromkeys(v for m in own for v in [_via(m, names)] if v)
        named = dict.fromkeys(x for m in own for x in m.get("named_together") or () if x != source)
        label = source_label(source, names) + (  # in a list of sources, the names of one phrase held together
            f" (with {listing([source_label(x, names) for x in named])})" if named else "")
        out.append(label + (" via " + " and ".join(vias) if vias else ""))
    return out


def _via(mention: dict[str, Any], names: dict[str, str]) -> str | None:
    """Whom a mention's words came through, as the text says it ("the broadcaster SBS"), else by name."""
    att = mention.get("attribution") or {}
    return att.get("via_text") or (names.get(att["via"], att["via"]) if att.get("via") else None)


def matrix(story: dict[str, Any], outlets: list[str]) -> list[dict[str, Any]]:
    """Rows of the claim × outlet matrix: per outlet, that outlet's mentions of the claim."""
    rows = []
    for claim in story["claims"]:
        cells = {o: [m for m in claim["mentions"] if (m.get("outlet") or m["article"]) == o] for o in outlets}
        rows.append({"claim": claim, "cells": cells})
    return rows


def conflicts_of(story: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """claim id -> its conflicts."""
    out: dict[str, list[dict[str, Any]]] = {}
    for k in story["conflicts"]:
        for cid in k["claims"]:
            out.setdefault(cid, []).append(k)
    return out


def evidence(claim: dict[str, Any], articles: dict[str, dict[str, Any]], texts: dict[str, str] | None,
             names: dict[str, str]) -> list[dict[str, Any]]:
    """Each mention of a claim as a reader checks it: outlet, article (title, URL, date), source, via,
    certainty, and its sentence cut in three (before, the claim, after) where the text is at hand."""
    out = []
    for m in claim["mentions"]:
        art = articles.get(m["article"], {})
        text = (texts or {}).get(m["article"])
        s, e = (m.get("sentence") or [m["start"], m["end"]])
        pieces = ((text[s:m["start"]], text[m["start"]:m["end"]], text[m["end"]:e]) if text else
                  ("", m["text"], ""))
        out.append({
            "outlet": m.get("outlet") or art.get("outlet") or m["article"],
            "article": m["article"],
            "title": art.get("title"),
            "url": art.get("url") if (art.get("url") or "").startswith(("http://", "https://")) else None,
            "published": m.get("published") or art.get("published"),
            "source": mention_source(m, names),
            "source_id": m.get("source"),
            "via": _via(m, names),
            "certainty": m["certainty"],
            "copied": bool(m.get("echo_of")),  # not "copy": templates would read dict.copy
            "corrected": bool(m.get("source_set")),
            "before": _squeeze(pieces[0]).lstrip(), "claim": _squeeze(pieces[1]).strip(),
            "after": _squeeze(pieces[2]).rstrip(),
            "start": m["start"],
            "end": m["end"],
        })
    return out


def similar_of(claim: dict[str, Any], claims: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims of other articles that a claim may be, which matching left apart (`similar`), surest first:
    id, text, grade and match, for an analyst to check and merge."""
    return [{"id": x["claim"], "text": claims[x["claim"]]["text"], "credibility": claims[x["claim"]]["credibility"],
             "match": x["match"]} for x in claim.get("similar") or [] if x["claim"] in claims]


def _squeeze(text: str) -> str:
    """Runs of white space as one space, kept where they are (the claim's edges keep their spacing)."""
    return re.sub(r"\s+", " ", text)


def filter_claims(story: dict[str, Any], articles: dict[str, dict[str, Any]], grade: int | None = None,
                  outlet: str | None = None, source: str | None = None, conflict: bool = False,
                  alone: bool = False, sort: str = "grade") -> list[dict[str, Any]]:
    """A story's claims kept by grade, outlet, source, "has a conflict" and "only in one outlet", sorted."""
    conflicted = conflicts_of(story)
    out = []
    for c in story["claims"]:
        if grade is not None and c["credibility"] != grade:
            continue
        if outlet and outlet not in c["outlets"]:
            continue
        if source and source not in c["sources"] and all(
                source not in (m.get("source"), *(m.get("named_together") or ())) for m in c["mentions"]):
            continue
        if conflict and c["id"] not in conflicted:
            continue
        if alone and len(c["outlets"]) != 1:
            continue
        out.append(c)
    keys = {
        "grade": lambda c: (c["credibility"], -c["independent_sources"], -len(c["outlets"])),
        "sources": lambda c: (-c["independent_sources"], c["credibility"]),
        "outlets": lambda c: (-len(c["outlets"]), c["credibility"]),
        "first": lambda c: ((c.get("first_reported") or {}).get("published") or "9999", c["credibility"]),
        "conflicts": lambda c: (-len(conflicted.get(c["id"], [])), c["credibility"]),
    }
    return sorted(out, key=keys.get(sort, keys["grade"]))
