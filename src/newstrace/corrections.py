"""An analyst's corrections of the claim graph, re-applied to every analysis of their story.

Merges, splits and sources are applied to the claims stage's output, before provenance: the grade is then
recomputed from the corrected graph as from any other. Verdicts (verified, false) are applied after it: they set
the grade, and the reasons keep the grade the evidence alone gave. A correction names mentions by article and
span; when what it names is gone (the article left the story, the rules now read the sentence otherwise) it is
kept and shown as stale, never silently dropped.
"""

from __future__ import annotations

import hashlib
import json

from .claims import new_claim, relink_similar, unique_ids
from .model import Claim, Correction, Mention, MentionRef, StoryAnalysis, Verdict

KINDS = ("merge", "split", "source", "verdict")
VERDICTS = {"verified": (1, "verified by {who}"), "false": (5, "found false by {who}")}


def digest(corrections: list[Correction]) -> str:
    """What the corrections of a story are, for the analysis key: an analysis made before a change is stale."""
    return hashlib.sha1(json.dumps([c.to_dict() | {"status": ""} for c in corrections], sort_keys=True)
                        .encode()).hexdigest()[:12]


def _find(claims: list[Claim], ref: MentionRef) -> tuple[Claim, Mention] | None:
    """The claim and mention a reference names: the same span, else the mention of that article most of the
    span falls in (the same sentence read a little differently)."""
    best, overlap = None, 0
    for c in claims:
        for m in c.mentions:
            if m.article != ref.article:
                continue
            if (m.start, m.end) == (ref.start, ref.end):
                return c, m
            o = min(m.end, ref.end) - max(m.start, ref.start)
            if o > overlap and o >= 0.5 * (ref.end - ref.start):
                best, overlap = (c, m), o
    return best


def apply(story_id: str, claims: list[Claim], corrections: list[Correction]) -> list[Claim]:
    """The claims with merges, splits and sources applied, in the order they were made; each correction's
    status set (verdicts wait for `settle`)."""
    claims = list(claims)
    for c in corrections:
        found = [_find(claims, ref) for ref in c.mentions]
        if c.kind == "verdict":
            continue
        if not found or any(f is None for f in found):
            c.status = "stale"
            continue
        c.status = "applied"
        if c.kind == "merge" and len(found) >= 2:
            a, b = found[0][0], found[1][0]
            if a is not b:
                merged = new_claim(story_id, sorted(a.mentions + b.mentions, key=lambda m: (m.article, m.start)))
                merged.similar = a.similar + b.similar
                claims = [x for x in claims if x is not a and x is not b] + [merged]
        elif c.kind == "split":
            holder, mention = found[0]
            if len(holder.mentions) > 1:
                rest = new_claim(story_id, [m for m in holder.mentions if m is not mention], holder.match)
                rest.similar = holder.similar
                claims = [x for x in claims if x is not holder] + [rest, new_claim(story_id, [mention])]
        elif c.kind == "source":
            found[0][1].source_set = c.value or None
    return relink_similar(unique_ids(claims))


def settle(analysis: StoryAnalysis, corrections: list[Correction]) -> StoryAnalysis:
    """Verdicts applied to the graded claims (the claim holding most of the verdict's mentions), and every
    correction recorded in the analysis with its status."""
    for c in corrections:
        if c.kind != "verdict":
            continue
        held: dict[str, int] = {}
        for ref in c.mentions:
            if (f := _find(analysis.claims, ref)) is not None:
                held[f[0].id] = held.get(f[0].id, 0) + 1
        best = max(held, key=held.__getitem__, default=None)
        if best is None or held[best] * 2 < len(c.mentions) or c.value not in VERDICTS:
            c.status = "stale"
            continue
        c.status = "applied"
        claim = next(x for x in analysis.claims if x.id == best)
        grade, why = VERDICTS[c.value]
        claim.verdict = Verdict(c.value, c.note, c.author, c.created)
        claim.machine_grade = claim.credibility
        claim.credibility = grade
        note = f": {c.note}" if c.note else ""
        claim.reasons = [why.format(who=c.author or "an analyst") + note,
                         f"the evidence alone graded it {claim.machine_grade}: {claim.reasons[0]}"] + claim.reasons[1:]
    analysis.corrections = list(corrections)
    return analysis
