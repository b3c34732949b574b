"""A self-contained HTML report: per story an overview (claim × outlet), every claim with its grade, why, its
conflicts and its evidence, what one outlet alone reports, the timeline and the actor graph drawn as SVG, the
corrections, and every article with its claim mentions marked. No scripts; Jinja2 autoescaping escapes all
article text; the SVG builders escape their own."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from .svg import graph_svg, timeline_svg
from .views import (
    CERTAINTY_MARKS,
    GRADES,
    claim_sources,
    conflicts_of,
    entity_names,
    evidence,
    matrix,
    plural,
    similar_of,
    source_label,
    story_notes,
    story_outlets,
)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return (files("newstrace.report") / "templates" / "style.css").read_text("utf-8")


def environment() -> Environment:
    return Environment(loader=PackageLoader("newstrace.report", "templates"),
                       autoescape=select_autoescape(["j2", "html"]), trim_blocks=False)


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


def _safe(url: str | None) -> str | None:
    """Only web addresses become links: a "javascript:" URL from an input never reaches an href."""
    return url if url and url.startswith(("http://", "https://")) else None


def story_context(story: dict[str, Any], articles: dict[str, dict[str, Any]], texts: dict[str, str] | None
                  ) -> dict[str, Any]:
    """What the templates need of one story: outlets, names, each claim's conflicts and evidence."""
    names = entity_names(story)
    outlets = story_outlets(story, articles)
    by_id = {c["id"]: c for c in story["claims"]}
    return {
        "story": story,
        "outlets": outlets,
        "matrix": matrix(story, outlets),
        "conflicts": conflicts_of(story),
        "claim_text": {c["id"]: c["text"] for c in story["claims"]},
        "label": lambda s: source_label(s, names),
        "sources": lambda c: claim_sources(c, names),
        "name": lambda e: names.get(e, e),
        "evidence": lambda c: evidence(c, articles, texts, names),
        "similar": lambda c: similar_of(c, by_id),
        "notes": story_notes(story, articles),
        "counts": ", ".join((plural(len(story["articles"]), "article"), plural(len(outlets), "outlet"),
                             plural(len(story["claims"]), "claim"))),
    }


def render_html(report: dict[str, Any], texts: dict[str, str] | None = None) -> str:
    """`texts` (article id -> text) adds each mention's sentence and the articles with their marked mentions."""
    articles = {a["id"]: a for a in report["articles"]}
    stories = []
    for story in report["stories"]:
        context = story_context(story, articles, texts)
        by_article: dict[str, list[dict[str, Any]]] = {}
        for c in story["claims"]:
            for m in c["mentions"]:
                by_article.setdefault(m["article"], []).append({**m, "claim": c["text"]})
        context["articles"] = [{**articles.get(aid, {"id": aid}), "url": _safe(articles.get(aid, {}).get("url")),
                                "pieces": _pieces(texts[aid], by_article.get(aid, []))}
                               for aid in story["articles"] if texts and aid in texts]
        context["timeline_svg"] = timeline_svg(story["timeline"])
        context["graph_svg"] = graph_svg(story["relations"], entity_names(story))
        stories.append(context)
    counts = f"{plural(len(report['articles']), 'article')}, {plural(len(report['stories']), 'story')}"
    return environment().get_template("report.html.j2").render(
        report=report, stories=stories, grades=GRADES, marks=CERTAINTY_MARKS, css=stylesheet(), counts=counts)
