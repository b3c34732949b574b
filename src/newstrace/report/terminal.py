"""The terminal view of a report, with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table


def print_report(report: dict[str, Any], console: Console) -> None:
    articles = {a["id"]: a for a in report["articles"]}
    console.print(f"[bold]{len(articles)} articles, {len(report['stories'])} stories[/bold]")
    for story in report["stories"]:
        console.rule(f"[bold]{escape(story['title'])}[/bold]  ({escape(story['id'])})")
        outlets = sorted({articles[a]["outlet"] or "unknown outlet" for a in story["articles"] if a in articles})
        console.print(f"{len(story['articles'])} articles from {escape(', '.join(outlets))}")
        if story["claims"]:
            table = Table("grade", "sources", "outlets", "claim", show_lines=False, expand=True)
            for claim in story["claims"]:
                table.add_row(str(claim["credibility"]), str(claim["independent_sources"]),
                              str(len(claim["outlets"])), escape(claim["text"]))
            console.print(table)
        for conflict in story["conflicts"]:
            console.print(f"[red]conflict ({conflict['kind']})[/red]: {escape(conflict['description'])}", soft_wrap=True)
        if story["timeline"]:
            console.print("[bold]timeline[/bold]")
            for entry in story["timeline"]:
                console.print(f"  {entry['date']:<10}  {escape(entry['text'])}", soft_wrap=True)
    unassigned = [a for a in report["articles"] if not a["story"]]
    if unassigned and report["stories"]:
        console.print(f"{len(unassigned)} articles in no story")
