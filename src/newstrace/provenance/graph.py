"""The actor graph: agent -action-> object (-> recipient) relations of a story's claims, entities canonical."""

from __future__ import annotations


def build_relations(claim_relations: dict[str, list]) -> list[dict]:
    """Merge the relations found in each claim's mentions; one edge per (agent, action, recipient, object)."""
    edges: dict[tuple, dict] = {}
    for claim_id, relations in claim_relations.items():
        for r in relations:
            if not r.agent:  # the graph is of actors: an agentless passive ("were delivered") has no edge
                continue
            obj = (r.object or "").strip()
            key = (r.agent, r.action, r.recipient, obj.lower())
            edge = edges.setdefault(key, {"agent": r.agent, "action": r.action, "object": obj,
                                          "recipient": r.recipient, "claims": []})
            if claim_id not in edge["claims"]:
                edge["claims"].append(claim_id)
    return sorted(edges.values(), key=lambda e: (e["agent"], e["action"], e["recipient"] or "", e["object"]))
