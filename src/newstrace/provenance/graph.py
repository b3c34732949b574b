"""The actor graph: agent -action-> object (-> recipient) relations of a story's claims, entities canonical."""

from __future__ import annotations

from ..model import Claim, Relation


def build_relations(claims: list[Claim]) -> list[Relation]:
    """Merge the relations found in each claim's mentions; one edge per (agent, action, recipient, object)."""
    edges: dict[tuple, Relation] = {}
    for claim in claims:
        for r in (r for m in claim.mentions for r in m.relations):
            if not r.agent:  # the graph is of actors: an agentless passive ("were delivered") has no edge
                continue
            obj = (r.object or "").strip()
            key = (r.agent, r.action, r.recipient, obj.lower())
            edge = edges.setdefault(key, Relation(r.agent, r.action, obj, r.recipient))
            if claim.id not in edge.claims:
                edge.claims.append(claim.id)
    return sorted(edges.values(), key=lambda e: (e.agent, e.action, e.recipient or "", e.object))
