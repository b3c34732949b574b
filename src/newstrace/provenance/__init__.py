"""The provenance stage: a story's claims and events in, a `StoryAnalysis` out.

Each mention is traced to its primary source (`sources`), copies are marked (`sources.mark_echoes`), the
independent sources of each claim are counted and the claim graded (`credibility`); then conflicts between the
mentions of one claim (`conflicts`), what each outlet alone reports, the timeline (`timeline`) and the actor
graph (`graph`). It reads model objects only: nothing of the claims stage's insides, nothing of `report/`.
"""

from __future__ import annotations

from ..lexicon import CERTAINTY_RANK
from ..model import Annotations, Claim, Entity, Event, Source, Story, StoryAnalysis
from .conflicts import find_conflicts
from .credibility import grade
from .graph import build_relations
from .sources import SourceResolver, independent_sources, mark_echoes, source_of
from .timeline import build_timeline

# Bump when a rule changes sources, grades, conflicts, timeline or graph: stored analyses are made again.
VERSION = 1
__all__ = ["VERSION", "analyze", "story_entities"]


def story_entities(story: Story, anns: dict[str, Annotations], registry: dict[str, Entity]) -> dict[str, Entity]:
    """The entities the story's articles name, with the corpus-wide name and type and the aliases seen here."""
    out: dict[str, Entity] = {}
    for aid in story.articles:
        ann = anns.get(aid)
        if ann is None:
            continue
        for m in ann.entities:
            if not m.canonical:
                continue
            base = registry.get(m.canonical)
            name, etype = ann.entity_names.get(m.canonical, [m.text, m.label])
            ent = out.setdefault(m.canonical, Entity(m.canonical, base.name if base else name,
                                                     base.type if base else etype, []))
            if m.text not in ent.aliases:
                ent.aliases.append(m.text)
    return out


def analyze(story: Story, claims: list[Claim], events: list[Event], entities: dict[str, Entity]) -> StoryAnalysis:
    """Sources, independence, grades, conflicts, unique reporting, timeline and actor graph of a story's claims
    (the claims are completed in place and returned in the analysis, strongest first)."""
    mentions = [m for c in claims for m in c.mentions]
    resolver = SourceResolver(entities)
    for m in mentions:
        m.source = resolver.resolve(m)
    echoes = mark_echoes(mentions)
    for i, j in echoes.items():
        mentions[i].echo_of = mentions[j].ref
    echoed = {id(mentions[i]) for i in echoes}
    conflicts = []
    for claim in claims:
        ms = claim.mentions
        entries = [(m.source, m.own_voice, id(m) in echoed) for m in ms]
        independent = independent_sources(entries)
        independent_outlets = len({m.outlet or m.article for m in ms if id(m) not in echoed and not m.duplicate_of})
        found = find_conflicts(claim.id, ms)
        named = any(s for s, _own, _echo in entries)
        claim.credibility = grade(len(independent), [m.certainty for m in ms], {c.kind for c in found}, named,
                                  independent_outlets)
        claim.sources = independent or [s for s, _o, _e in entries if s][:1]
        claim.independent_sources = len(independent)
        claim.certainty = max((m.certainty for m in ms), key=CERTAINTY_RANK.__getitem__)
        conflicts += found
    relations = build_relations(claims)
    claims = sorted(claims, key=lambda c: (-c.independent_sources, -len(c.outlets), c.credibility))
    unique: dict[str, list[str]] = {}
    for c in claims:
        if len(c.outlets) == 1:
            unique.setdefault(c.outlets[0], []).append(c.id)
    return StoryAnalysis(
        story=story.id,
        entities=sorted(entities.values(), key=lambda e: e.id),
        claims=claims,
        events=events,
        sources=_sources(mentions, entities),
        timeline=build_timeline(claims),
        relations=relations,
        conflicts=conflicts,
        unique=unique,
    )


def _sources(mentions, entities: dict[str, Entity]) -> list[Source]:
    ids = sorted({m.source for m in mentions if m.source})
    return [source_of(s, entities) for s in ids]
