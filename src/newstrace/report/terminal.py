"""The terminal view of a report, with rich: per story, each claim with its grade and why, its sources by name,
its conflicts and its mentions; what one outlet alone reports, the timeline, the actors and the corrections.
Every piece of article text is escaped (rich markup, control characters)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape as _escape

from ..errors import printable
from .views import (
    GRADES,
    claim_sources,
    conflicts_of,
    entity_names,
    evidence,
    plural,
    similar_of,
    story_notes,
    story_outlets,
)

COLOURS = {1: "green", 2: "green", 3: "yellow", 4: "dark_orange", 5: "red", 6: "grey50"}


def escape(text: Any) -> str:
    return _escape(printable(str(text)))


def print_report(report: dict[str, Any], console: Console, texts: dict[str, str] | None = None,
                 mentions: bool = True) -> None:
    articles = {a["id"]: a for a in report["articles"]}
    console.print(f"[bold]{plural(len(articles), 'article')}, {plural(len(report['stories']), 'story')}[/bold]")
    for story in report["stories"]:
        _story(story, articles, console, texts, mentions)
    unassigned = [a for a in report["articles"] if not a["story"]]
    if unassigned and report["stories"]:
        console.print(f"{plural(len(unassigned), 'article')} in no story")


def _story(story: dict[str, Any], articles: dict[str, dict[str, Any]], console: Console,
           texts: dict[str, str] | None, with_mentions: bool) -> None:
    names = entity_names(story)
    outlets = story_outlets(story, articles)
    conflicted = conflicts_of(story)
    console.rule(f"[bold]{escape(story['title'])}[/bold]  ({escape(story['id'])})")
    console.print(f"{plural(len(story['articles']), 'article')} from {escape(', '.join(outlets))}"
                  + (f", {story['first_seen']}" if story.get("first_seen") else ""), soft_wrap=True)
    for note in story_notes(story, articles):
        console.print(f"[grey50]{escape(note)}[/grey50]", soft_wrap=True)
    by_id = {c["id"]: c for c in story["claims"]}
    for c in story["claims"]:
        colour = COLOURS[c["credibility"]]
        flag = " [red]⚠[/red]" if c["id"] in conflicted else ""
        console.print(f"\n[{colour} bold]{c['credibility']} {GRADES[c['credibility']]}[/{colour} bold]{flag}  "
                      f"{escape(c['text'])}  [grey50]({escape(c['id'])})[/grey50]", soft_wrap=True)
        reasons = c.get("reasons") or []
        if reasons:
            console.print(f"  why: {escape(reasons[0])}", soft_wrap=True)
            for r in reasons[1:]:
                console.print(f"       {escape(r)}", soft_wrap=True)
        sources = ", ".join(claim_sources(c, names))
        console.print(f"  sources: {escape(sources or 'no one named')} · outlets: {escape(', '.join(c['outlets']))}",
                      soft_wrap=True)
        for k in conflicted.get(c["id"], []):
            console.print(f"  [red]conflict ({escape(k['kind'])})[/red]: {escape(k['description'])}", soft_wrap=True)
        for o in similar_of(c, by_id):
            console.print(f"  [grey50]may be the same claim as ({o['match']:.2f}, not merged):[/grey50] "
                          f"{escape(o['text'])}  [grey50]({escape(o['id'])})[/grey50]", soft_wrap=True)
        if with_mentions:
            for m in evidence(c, articles, texts, names):
                via = f" via {m['via']}" if m["via"] else ""
                copy = " (copy)" if m["copied"] else ""
                console.print(f"    · {escape(m['outlet'])}{escape(copy)}, {escape(m['source'] + via)}, "
                              f"{escape(m['certainty'])}: [italic]{escape(m['claim'])}[/italic]", soft_wrap=True)
    if story.get("unique"):
        console.print("\n[bold]only one outlet reports[/bold]")
        claims = {c["id"]: c for c in story["claims"]}
        for outlet, ids in story["unique"].items():
            console.print(f"  {escape(outlet)}: {plural(len(ids), 'claim')}: "
                          + escape(" · ".join(claims[i]["text"] for i in ids[:5] if i in claims))
                          + (" …" if len(ids) > 5 else ""), soft_wrap=True)
    if story["timeline"]:
        console.print("\n[bold]timeline[/bold]")
        for entry in story["timeline"]:
            console.print(f"  {escape(entry['date']):<10}  {escape(entry['text'])}", soft_wrap=True)
    if story["relations"]:
        console.print("\n[bold]actors[/bold]")
        for r in story["relations"]:
            to = f" → {names.get(r['recipient'], r['recipient'])}" if r.get("recipient") else ""
            console.print(f"  {escape(names.get(r['agent'], r['agent']))} —{escape(r['action'])}→ "
                          f"{escape(r['object'])}{escape(to)}", soft_wrap=True)
    if story.get("corrections"):
        console.print("\n[bold]corrections[/bold]")
        for fix in story["corrections"]:
            console.print(f"  #{fix['id']} {escape(fix['kind'])} {escape(fix.get('value') or '')} by "
                          f"{escape(fix['author'] or 'an analyst')}: {escape(fix['status'])}", soft_wrap=True)
