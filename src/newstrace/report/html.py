"""A self-contained HTML report: the claim × outlet matrix with sources, grades and conflicts, the timeline and
the actor graph drawn as SVG, and every article with its claim mentions marked, each matrix cell linking to its
sentence. Jinja2 autoescaping escapes all article text; the SVG builders escape their own."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from .svg import graph_svg, timeline_svg
from .views import CERTAINTY_MARKS, GRADES, entity_names, matrix, source_label, story_outlets


def _pieces(text: str, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut into plain and marked pieces (overlapping mentions: the first wins)."""
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        if m["start"] < pos:
            continue
        out.append({"text": text[pos:m["start"]], "mention": False})
        out.append({"text": text[m["start"]:m["end"]], "mention": True, "start": m["start"], "claim": m["claim"]})
        pos = m["end"]
    out.append({"text": text[pos:], "mention": False})
    return out


def render_html(report: dict[str, Any], texts: dict[str, str] | None = None) -> str:
    """`texts` (article id -> text) adds the articles with their marked mentions."""
    env = Environment(loader=PackageLoader("newstrace.report", "templates"), autoescape=select_autoescape(["j2"]))
    articles = {a["id"]: a for a in report["articles"]}
    stories = []
    for story in report["stories"]:
        names = entity_names(story)
        outlets = story_outlets(story, articles)
        by_article: dict[str, list[dict[str, Any]]] = {}
        for c in story["claims"]:
            for m in c["mentions"]:
                by_article.setdefault(m["article"], []).append({**m, "claim": c["text"]})
        story_articles = []
        for aid in story["articles"]:
            a = articles.get(aid, {"id": aid})
            text = (texts or {}).get(aid)
            story_articles.append({**a, "pieces": _pieces(text, by_article.get(aid, [])) if text else []})
        stories.append({
            "story": story,
            "outlets": outlets,
            "matrix": matrix(story, outlets),
            "conflicted": {cid for k in story["conflicts"] for cid in k["claims"]},
            "claim_text": {c["id"]: c["text"] for c in story["claims"]},
            "label": lambda s, names=names: source_label(s, names),
            "name": lambda e, names=names: names.get(e, e),
            "timeline_svg": timeline_svg(story["timeline"]),
            "graph_svg": graph_svg(story["relations"], names),
            "articles": story_articles if texts else [],
        })
    return env.get_template("report.html.j2").render(report=report, stories=stories, grades=GRADES,
                                                     marks=CERTAINTY_MARKS)
