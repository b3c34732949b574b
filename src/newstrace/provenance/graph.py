"""The actor graph: agent -action-> object (-> recipient) relations of a story's claims, entities canonical."""

from __future__ import annotations

from ..model import Claim, Entity, Relation


def build_relations(claims: list[Claim], entities: dict[str, Entity] | None = None) -> list[Relation]:
    """Merge the relations found in each claim's mentions; one edge per (agent, action, recipient, object), the
    actors under the ids `entities` gives them (one person named two ways is one node)."""
    entities = entities or {}

    def actor(eid: str | None) -> str | None:
        return entities[eid].id if eid in entities else eid

    edges: dict[tuple, Relation] = {}
    for claim in claims:
        for r in (r for m in claim.mentions for r in m.relations):
            if not r.agent:  # the graph is of actors: an agentless passive ("were delivered") has no edge
                continue
            obj = (r.object or "").strip()
            agent, recipient = actor(r.agent), actor(r.recipient)
            key = (agent, r.action, recipient, obj.lower())
            edge = edges.setdefault(key, Relation(agent, r.action, obj, recipient))
            if claim.id not in edge.claims:
                edge.claims.append(claim.id)
    return sorted(edges.values(), key=lambda e: (e.agent, e.action, e.recipient or "", e.object))
