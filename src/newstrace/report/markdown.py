"""The report as Markdown: per story, claims with grades and sources, conflicts, unique reporting, events
reported by several outlets, timeline and actors."""

from __future__ import annotations

from typing import Any

from .views import CERTAINTY_MARKS, GRADES, entity_names, matrix, source_label, story_outlets


def _md(text: Any) -> str:
    """Article text is untrusted: no table breaks, no HTML, no Markdown links or emphasis from it."""
    s = " ".join(str(text).split())
    for ch in "\\`*_{}[]<>|#":
        s = s.replace(ch, "\\" + ch)
    return s


def render_markdown(report: dict[str, Any]) -> str:
    articles = {a["id"]: a for a in report["articles"]}
    lines = ["# newstrace report", "", f"{len(report['articles'])} articles, {len(report['stories'])} stories "
             f"(generated {report['generated_at']}).", "",
             "Grades (Admiralty scale): 1 confirmed · 2 probably true · 3 possibly true · 4 doubtful · "
             "5 improbable · 6 cannot be judged. Marks: ● asserted ◐ reported ○ hedged ✕ denied.", ""]
    for story in report["stories"]:
        names = entity_names(story)
        outlets = story_outlets(story, articles)
        lines += [f"## {_md(story['title'])}", "",
                  f"Story `{story['id']}` · {len(story['articles'])} articles · {len(outlets)} outlets: "
                  f"{', '.join(_md(o) for o in outlets)}", ""]
        if story["claims"]:
            lines += ["| grade | independent sources | claim | sources | " + " | ".join(_md(o) for o in outlets) + " |",
                      "|---|---|---|---|" + "---|" * len(outlets)]
            for row in matrix(story, outlets):
                c = row["claim"]
                cells = [" ".join(CERTAINTY_MARKS.get(m["certainty"], "?") for m in row["cells"][o]) for o in outlets]
                sources = ", ".join(_md(source_label(s, names)) for s in c["sources"]) or "—"
                lines.append(f"| {c['credibility']} {GRADES[c['credibility']]} | {c['independent_sources']} | "
                             f"{_md(c['text'])} | {sources} | " + " | ".join(cells) + " |")
            lines.append("")
        if story["conflicts"]:
            lines += ["### Conflicts", ""]
            claims = {c["id"]: c for c in story["claims"]}
            for k in story["conflicts"]:
                about = "; ".join(_md(claims[c]["text"]) for c in k["claims"] if c in claims)
                lines.append(f"- **{k['kind']}**: {_md(k['description'])} — {about}")
            lines.append("")
        if story.get("unique"):
            lines += ["### Only one outlet reports", ""]
            claims = {c["id"]: c for c in story["claims"]}
            for outlet, ids in story["unique"].items():
                lines.append(f"- **{_md(outlet)}**: " + " · ".join(_md(claims[i]["text"]) for i in ids if i in claims))
            lines.append("")
        shared = [e for e in story.get("events", []) if len(e["outlets"]) > 1]
        if shared:
            lines += ["### Events reported by several outlets", ""]
            lines += [f"- {_md(e['text'])} — {len(e['outlets'])} outlets, {len(e['claims'])} claims"
                      for e in shared]
            lines.append("")
        if story["timeline"]:
            lines += ["### Timeline", ""]
            lines += [f"- **{_md(e['date'])}** — {_md(e['text'])}" for e in story["timeline"]]
            lines.append("")
        if story["relations"]:
            lines += ["### Actors", ""]
            for r in story["relations"]:
                to = f" → {_md(names.get(r['recipient'], r['recipient']))}" if r["recipient"] else ""
                lines.append(f"- {_md(names.get(r['agent'], r['agent']))} —{_md(r['action'])}→ {_md(r['object'])}{to}")
            lines.append("")
    return "\n".join(lines) + "\n"
