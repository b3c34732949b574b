"""The report as Markdown: per story, the claim × outlet overview, then every claim with its grade, the reasons
for it, its conflicts and its evidence (each mention: outlet, date, link, source, via, certainty, the sentence
with the claim in bold); what one outlet alone reports, events, timeline and actors."""

from __future__ import annotations

from typing import Any

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
    story_notes,
    story_outlets,
)


def _md(text: Any) -> str:
    """Article text is untrusted: no table breaks, no HTML, no Markdown links or emphasis from it."""
    s = " ".join(str(text).split())
    for ch in "\\`*_{}[]<>|#":
        s = s.replace(ch, "\\" + ch)
    return s


def _link(url: str | None, label: str) -> str:
    if not url:
        return _md(label)
    return f"[{_md(label)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)"


def render_markdown(report: dict[str, Any], texts: dict[str, str] | None = None) -> str:
    """`texts` (article id -> text) shows each mention's whole sentence with the claim in bold."""
    articles = {a["id"]: a for a in report["articles"]}
    lines = ["# newstrace report", "",
             f"{plural(len(report['articles']), 'article')}, {plural(len(report['stories']), 'story')} "
             f"(generated {report['generated_at']}).", "",
             "Grades (Admiralty scale): 1 confirmed · 2 probably true · 3 possibly true · 4 doubtful · "
             "5 improbable · 6 cannot be judged. Marks: ● asserted ◐ reported ○ hedged ✕ denied.", ""]
    for story in report["stories"]:
        lines += _story(story, articles, texts)
    return "\n".join(lines) + "\n"


def _story(story: dict[str, Any], articles: dict[str, dict[str, Any]], texts: dict[str, str] | None) -> list[str]:
    names = entity_names(story)
    outlets = story_outlets(story, articles)
    conflicted = conflicts_of(story)
    when = story.get("first_seen") or ""
    if story.get("last_seen") and story["last_seen"] != when:
        when += f" – {story['last_seen']}"
    lines = [f"## {_md(story['title'])}", "",
             f"Story `{story['id']}` · {plural(len(story['articles']), 'article')} · "
             f"{plural(len(outlets), 'outlet')}: {', '.join(_md(o) for o in outlets)}" + (f" · {when}" if when else ""),
             ""]
    notes = story_notes(story, articles)
    lines += [f"- {_md(note)}" for note in notes] + ([""] if notes else [])
    if story["claims"]:
        lines += ["| grade | independent sources | claim | sources | " + " | ".join(_md(o) for o in outlets) + " |",
                  "|---|---|---|---|" + "---|" * len(outlets)]
        for row in matrix(story, outlets):
            c = row["claim"]
            cells = [" ".join(CERTAINTY_MARKS.get(m["certainty"], "?") for m in row["cells"][o]) for o in outlets]
            sources = ", ".join(_md(x) for x in claim_sources(c, names)) or "—"
            flag = " ⚠" if c["id"] in conflicted else ""
            lines.append(f"| {c['credibility']} {GRADES[c['credibility']]}{flag} | {c['independent_sources']} | "
                         f"{_md(c['text'])} | {sources} | " + " | ".join(cells) + " |")
        lines += ["", "### Claims and their evidence", ""]
        by_id = {c["id"]: c for c in story["claims"]}
        for c in story["claims"]:
            lines += _claim(c, conflicted.get(c["id"], []), articles, texts, names, by_id)
    if story.get("unique"):
        lines += ["### Only one outlet reports", ""]
        claims = {c["id"]: c for c in story["claims"]}
        for outlet, ids in story["unique"].items():
            lines.append(f"- **{_md(outlet)}**: " + " · ".join(_md(claims[i]["text"]) for i in ids if i in claims))
        lines.append("")
    shared = [e for e in story.get("events", []) if len(e["outlets"]) > 1]
    if shared:
        lines += ["### Events reported by several outlets", ""]
        lines += [f"- {_md(e['text'])} — {plural(len(e['outlets']), 'outlet')}, {plural(len(e['claims']), 'claim')}"
                  for e in shared]
        lines.append("")
    if story["timeline"]:
        lines += ["### Timeline", ""]
        lines += [f"- **{_md(e['date'])}** — {_md(e['text'])}" for e in story["timeline"]]
        lines.append("")
    if story["relations"]:
        lines += ["### Actors", ""]
        for r in story["relations"]:
            to = f" → {_md(names.get(r['recipient'], r['recipient']))}" if r.get("recipient") else ""
            lines.append(f"- {_md(names.get(r['agent'], r['agent']))} —{_md(r['action'])}→ {_md(r['object'])}{to}")
        lines.append("")
    fixes = story.get("corrections", [])
    if fixes:
        lines += ["### Corrections", ""]
        lines += [f"- #{c['id']} {c['kind']}{' ' + _md(c['value']) if c.get('value') else ''} by "
                  f"{_md(c['author'] or 'an analyst')} ({c['created']}): {c['status']}"
                  + (f" — {_md(c['note'])}" if c.get("note") else "") for c in fixes]
        lines.append("")
    return lines


def _claim(c: dict[str, Any], conflicts: list[dict[str, Any]], articles: dict[str, dict[str, Any]],
           texts: dict[str, str] | None, names: dict[str, str], claims: dict[str, dict[str, Any]]) -> list[str]:
    lines = [f"#### {c['credibility']} {GRADES[c['credibility']]} — {_md(c['text'])}", ""]
    reasons = c.get("reasons") or []
    if reasons:
        lines.append(f"- **Why:** {_md(reasons[0])}")
        lines += [f"- {_md(r)}" for r in reasons[1:]]
    first = c.get("first_reported")
    if first:
        lines.append(f"- First reported by {_md(first['outlet'])}" + (f" ({first['published']})" if first.get(
            "published") else ""))
    for k in conflicts:
        lines.append(f"- ⚠ **{k['kind']} conflict:** {_md(k['description'])}")
    similar = similar_of(c, claims)
    if similar:
        lines.append("- May be the same claim as (not merged: check): " + "; ".join(
            f"“{_md(o['text'])}” (grade {o['credibility']}, match {o['match']:.2f})" for o in similar))
    for m in evidence(c, articles, texts, names):
        where = _link(m["url"], m["title"] or m["outlet"]) if m["url"] else _md(m["title"] or m["article"])
        # an article with no outlet is named by its id, which `where` would repeat ("seed-a, seed-a")
        where = "" if where == _md(m["outlet"]) else ", " + where
        who = _md(m["source"]) + (f" via {_md(m['via'])}" if m["via"] else "")
        tags = [m["certainty"]] + (["copy"] if m["copied"] else []) + (["source set by an analyst"] if m["corrected"] else [])
        sentence = (_md(m["before"]) + (" " if m["before"].endswith(" ") else "") + f"**{_md(m['claim'])}**"
                    + (" " if m["after"].startswith(" ") else "") + _md(m["after"]))
        lines.append(f"  - {_md(m['outlet'])}{where}{', ' + m['published'] if m['published'] else ''} — {who} "
                     f"({', '.join(tags)}): “{sentence}”")
    lines.append("")
    return lines
