"""One story's analysis: claims matched across outlets, traced to sources, graded, with conflicts, what each
outlet alone reports, the events the claims report, a timeline and an actor graph. The result is the story
object of the report JSON."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable

import numpy as np

from ..claims.events import cluster_events
from ..claims.extract import Mention, extract_mentions
from ..claims.match import cluster_mentions
from ..model import Annotations, Article, Entity, Story
from .conflicts import find_conflicts
from .credibility import grade
from .graph import build_relations
from .sources import SourceResolver, independent_sources, mark_echoes
from .timeline import build_timeline

Embed = Callable[[list[str]], np.ndarray]


def story_entities(story: Story, anns: dict[str, Annotations], registry: dict[str, Entity]) -> dict[str, Entity]:
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


def _claim_text(mention: Mention) -> str:
    text = " ".join(mention.text.split())
    text = text.strip("\"“”' ")
    text = text[0].upper() + text[1:] if text else text
    return text if text.endswith((".", "!", "?")) else text + "."


def story_mentions(story: Story, articles: dict[str, Article], anns: dict[str, Annotations]) -> list[Mention]:
    """The claim mentions of a story's articles, in article order."""
    mentions: list[Mention] = []
    for aid in story.articles:
        if aid in articles and aid in anns:
            mentions += extract_mentions(articles[aid], anns[aid])
    return mentions


def analyze_story(story: Story, articles: dict[str, Article], anns: dict[str, Annotations],
                  registry: dict[str, Entity], embed: Embed, threshold: float, event_threshold: float,
                  embed_words: Embed | None = None, mentions: list[Mention] | None = None) -> dict:
    """`embed` embeds claim sentences; `embed_words` (default: `embed`) the event words, which recur across
    stories and are worth caching; `mentions`: the story's `story_mentions`, when the caller has them already."""
    if mentions is None:
        mentions = story_mentions(story, articles, anns)
    entities = story_entities(story, anns, registry)
    resolver = SourceResolver(entities)
    sources = [resolver.resolve(m) for m in mentions]
    echoes = mark_echoes(mentions)
    if len({m.article for m in mentions}) > 1:
        groups = cluster_mentions(mentions, embed([m.text for m in mentions]), threshold)
    else:
        groups = [[i] for i in range(len(mentions))]
    claims, conflicts, times, relations = [], [], {}, {}
    claim_of: dict[int, str] = {}
    for group in groups:
        ms = [mentions[i] for i in group]
        cid = "c" + hashlib.sha1((story.id + "|" + "|".join(f"{m.article}:{m.start}" for m in ms))
                                 .encode()).hexdigest()[:10]
        claim_of.update((i, cid) for i in group)
        entries = [(sources[i], mentions[i].attribution is None, i in echoes) for i in group]
        independent = independent_sources(entries)
        outlets = list(dict.fromkeys(m.outlet or m.article for m in ms))
        independent_outlets = len({m.outlet or m.article for i, m in zip(group, ms, strict=True)
                                   if i not in echoes and not m.duplicate_of})
        claim_conflicts = find_conflicts(cid, ms, dict(enumerate(group)))
        named = any(s for s, _own, _echo in entries)
        credibility = grade(len(independent), [m.certainty for m in ms], {c["kind"] for c in claim_conflicts},
                            named, independent_outlets)
        rep = _representative(ms)
        claims.append({
            "id": cid,
            "text": _claim_text(rep),
            "mentions": [_mention_json(mentions[i], sources[i], echoes.get(i), mentions) for i in group],
            "outlets": outlets,
            "sources": independent or [s for s, _o, _e in entries if s][:1],
            "independent_sources": len(independent),
            "credibility": credibility,
            "certainty": max((m.certainty for m in ms), key=("asserted", "reported", "hedged", "denied").index),
        })
        for c in claim_conflicts:  # mention indices -> positions in this claim's mention list
            c["mentions"] = [{"article": mentions[k].article, "start": mentions[k].start, "end": mentions[k].end}
                             for k in c["mentions"]]
        conflicts += claim_conflicts
        times[cid] = [(t.value, t.text) for m in ms for t in m.times if t.type == "DATE"]
        relations[cid] = [r for m in ms for r in m.relations]
    claims.sort(key=lambda c: (-c["independent_sources"], -len(c["outlets"]), c["credibility"]))
    unique: dict[str, list[str]] = {}
    for c in claims:
        if len(c["outlets"]) == 1:
            unique.setdefault(c["outlets"][0], []).append(c["id"])
    return {
        "entities": [e.to_dict() for e in sorted(entities.values(), key=lambda e: e.id)],
        "claims": claims,
        "timeline": build_timeline(claims, times),
        "relations": build_relations(relations),
        "conflicts": conflicts,
        "unique": unique,
        "events": _events(story, mentions, claim_of, articles, embed_words or embed, event_threshold),
    }


def _events(story: Story, mentions: list[Mention], claim_of: dict[int, str], articles: dict[str, Article],
            embed: Embed, threshold: float) -> list[dict]:
    out = []
    for group in cluster_events(mentions, embed, threshold):
        idx = list(dict.fromkeys(x.mention for x in group))
        key = Counter(x.event.key for x in group).most_common(1)[0][0]
        # the event in words: the shortest clause of its commonest word that reads as one (four words or more)
        clauses = sorted((articles[mentions[x.mention].article].text[x.event.start:x.event.end] for x in group
                          if x.event.key == key), key=lambda t: (len(t.split()) < 4, len(t)))
        out.append({
            "id": "e" + hashlib.sha1((story.id + "|" + "|".join(f"{mentions[i].article}:{mentions[i].start}"
                                                                 for i in idx)).encode()).hexdigest()[:10],
            "key": key,
            "text": " ".join(clauses[0].split()) if clauses else key,
            "claims": list(dict.fromkeys(claim_of[i] for i in idx)),
            "outlets": list(dict.fromkeys(mentions[i].outlet or mentions[i].article for i in idx)),
            "mentions": [{"article": mentions[i].article, "start": mentions[i].start, "end": mentions[i].end}
                         for i in idx],
        })
    return out


def _representative(ms: list[Mention]) -> Mention:
    """A mention that states the claim plainly: attributed content over a whole sentence, then the shortest."""
    return min(ms, key=lambda m: (m.duplicate_of is not None, m.certainty == "hedged", len(m.text)))


def _mention_json(m: Mention, source: str | None, echo_of: int | None, mentions: list[Mention]) -> dict:
    a = m.attribution
    attribution = None
    if a is not None or m.via:
        attribution = {
            "source": source,
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
        "attribution": attribution,
        "source": source,
        "certainty": m.certainty,
        "quantities": [{"text": q.text, "value": q.value, "unit": q.unit, "qualifier": q.qualifier}
                       for q in m.quantities],
        "times": [{"text": t.text, "value": t.value, "type": t.type} for t in m.times],
        "report_times": [{"text": t.text, "value": t.value, "type": t.type} for t in m.report_times],
        "echo_of": ({"article": mentions[echo_of].article, "start": mentions[echo_of].start}
                    if echo_of is not None else None),
    }
