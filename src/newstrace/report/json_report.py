"""The report JSON of `../shared/contracts/report.schema.json` (schema newstrace.report/1), rendered from the
model: the contract's shapes are made here and nowhere else."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..model import Article, Claim, Conflict, Event, Mention, MentionRef, Story, StoryAnalysis

SCHEMA = "newstrace.report/1"


def article_entry(article: Article, story: str | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "outlet": article.outlet,
        "url": article.url,
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "published_estimated": article.published_estimated,
        "language": article.language,
        "story": story,
        "duplicate_of": article.duplicate_of,
    }


def _ref(ref: MentionRef) -> dict[str, Any]:
    return {"article": ref.article, "start": ref.start, "end": ref.end}


def mention_entry(m: Mention) -> dict[str, Any]:
    a = m.attribution
    attribution = None
    if a is not None or m.via:
        attribution = {
            "source": m.source,
            "source_span": list(a.source[0]) if a is not None and a.source else None,
            "source_text": a.source_text if a is not None else None,
            "cue_span": list(a.cue[0]) if a is not None and a.cue else None,
            "cue": a.cue_lemma if a is not None else None,
            "via": m.via,
            "via_text": m.via_text,
        }
    return {
        "article": m.article,
        "outlet": m.outlet,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "aside": m.aside,  # text is a statement composed from words said in passing (start..end)
        "attribution": attribution,
        "source": m.source,
        "named_together": m.named_together,  # the sources its source phrase lists, `source` among them
        "certainty": m.certainty,
        "quantities": [{"text": q.text, "value": q.value, "unit": q.unit, "qualifier": q.qualifier}
                       for q in m.quantities],
        "times": [{"text": t.text, "value": t.value, "type": t.type} for t in m.times],
        "report_times": [{"text": t.text, "value": t.value, "type": t.type} for t in m.report_times],
        "echo_of": {"article": m.echo_of.article, "start": m.echo_of.start} if m.echo_of else None,
        # the outlet's own word that another mention's words are false ("falsely stated"): start..end say so
        "denial_of": _ref(m.denial_of) if m.denial_of else None,
        # someone's confirmation of what another mention reports ("The council confirmed the reports")
        "confirmation_of": _ref(m.confirmation_of) if m.confirmation_of else None,
        "published": m.published,
        "sentence": list(m.sentence),
        "source_set": m.source_set,
    }


def claim_entry(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "text": c.text,
        "mentions": [mention_entry(m) for m in c.mentions],
        "outlets": list(c.outlets),
        "sources": list(c.sources),
        "independent_sources": c.independent_sources,
        "credibility": c.credibility,
        "certainty": c.certainty,
        "reasons": list(c.reasons),
        "first_reported": c.first.to_dict() if c.first else None,
        "match": c.match,
        "similar": [{"claim": x.claim, "match": x.match, "mention": _ref(x.mention)} for x in c.similar],
        "verdict": c.verdict.to_dict() if c.verdict else None,
        "machine_grade": c.machine_grade,
    }


def conflict_entry(k: Conflict) -> dict[str, Any]:
    return {"kind": k.kind, "claims": list(k.claims), "mentions": [_ref(r) for r in k.mentions],
            "description": k.description, "values": list(k.values)}


def event_entry(e: Event) -> dict[str, Any]:
    return {"id": e.id, "key": e.key, "text": e.text, "claims": list(e.claims), "outlets": list(e.outlets),
            "mentions": [_ref(r) for r in e.mentions]}


def analysis_entries(analysis: StoryAnalysis) -> dict[str, Any]:
    """The story fields an analysis gives."""
    return {
        "entities": [e.to_dict() for e in analysis.entities],
        "claims": [claim_entry(c) for c in analysis.claims],
        "timeline": [{"date": t.date, "text": t.text, "claims": list(t.claims), "date_text": t.date_text}
                     for t in analysis.timeline],
        "relations": [{"agent": r.agent, "action": r.action, "object": r.object, "recipient": r.recipient,
                       "claims": list(r.claims)} for r in analysis.relations],
        "conflicts": [conflict_entry(k) for k in analysis.conflicts],
        "unique": {o: list(ids) for o, ids in analysis.unique.items()},
        "events": [event_entry(e) for e in analysis.events],
        "sources": [s.to_dict() for s in analysis.sources],
        "borrowed_dates": [b.to_dict() for b in analysis.borrowed_dates],
        "copies": dict(analysis.copies),
        "unread": dict(analysis.unread),
        "corrections": [c.to_dict() for c in analysis.corrections],
    }


def story_entry(story: Story, analysis: StoryAnalysis | None) -> dict[str, Any]:
    """A story with its analysis (claims, timeline, ...); the analysis lists are empty until it exists."""
    base = {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "outlets": list(story.outlets),
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "entities": [],
        "claims": [],
        "timeline": [],
        "relations": [],
        "conflicts": [],
    }
    if analysis is not None:
        base.update(analysis_entries(analysis))
    return base


def build_report(articles: list[Article], stories: list[Story],
                 analyses: dict[str, StoryAnalysis] | None = None) -> dict[str, Any]:
    analyses = analyses or {}
    story_of = {aid: s.id for s in stories for aid in s.articles}
    return {
        "schema": SCHEMA,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "articles": [article_entry(a, story_of.get(a.id)) for a in articles],
        "stories": [story_entry(s, analyses.get(s.id)) for s in stories],
    }
