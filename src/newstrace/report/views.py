"""What the Markdown, HTML and terminal views share: outlets of a story, entity names, grade words."""

from __future__ import annotations

from typing import Any

GRADES = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
          6: "cannot be judged"}
CERTAINTY_MARKS = {"asserted": "●", "reported": "◐", "hedged": "○", "denied": "✕"}


def story_outlets(story: dict[str, Any], articles: dict[str, dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(articles[a]["outlet"] or a for a in story["articles"] if a in articles))


def entity_names(story: dict[str, Any]) -> dict[str, str]:
    names = {e["id"]: e["name"] for e in story["entities"]}
    return names


def source_label(source: str, names: dict[str, str]) -> str:
    if source.startswith("outlet:"):
        return source[7:] + " (outlet)"
    if source.startswith("group:"):
        noun, _, place = source[6:].partition("@")
        return f"{noun} ({names.get(place, place.split(':')[-1])})" if place else noun
    return names.get(source, source)


def matrix(story: dict[str, Any], outlets: list[str]) -> list[dict[str, Any]]:
    """Rows of the claim × outlet matrix: per outlet, that outlet's mentions of the claim."""
    rows = []
    for claim in story["claims"]:
        cells = {o: [m for m in claim["mentions"] if (m.get("outlet") or m["article"]) == o] for o in outlets}
        rows.append({"claim": claim, "cells": cells})
    return rows
