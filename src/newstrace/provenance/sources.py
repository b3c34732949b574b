"""Tracing mentions to primary sources, and counting the independent ones.

- A named source (person, organisation) is its canonical entity id; a source named only by an alias the story
  knows elsewhere ("South Korea's national intelligence service" = the NIS) is resolved through the aliases.
- An outlet speaking on its own authority is `outlet:<name>`: the article's outlet for an unattributed claim,
  the cited outlet for "the Wall Street Journal reported".
- Unnamed groups are `group:<noun>` (with their country where one is named): "US officials" →
  `group:officials@country:united-states`.
- Intermediaries (a broadcaster someone told, an outlet relaying someone's words) are `via`, never sources.
- Echoes are not independent: a mention from a near-duplicate article, or a near-verbatim copy of an earlier
  mention in another outlet, adds no source of its own. When a claim has any named source, the outlets that
  repeat it in their own voice are taken to rely on it and are not counted either.
"""

from __future__ import annotations

import re

import numpy as np
from rapidfuzz import fuzz

from ..lexicon import ENTITY_RANK, is_outlet
from ..lexicon import name_key as text_key
from ..model import Entity, Mention, Source

GROUP_NOUNS = ("officials", "official", "experts", "expert", "analysts", "analyst", "observers", "diplomats",
               "sources", "source", "authorities", "intelligence", "police", "investigators", "residents",
               "witnesses", "critics", "lawmakers", "researchers", "scientists", "activists", "members", "aides",
               "spokesperson", "spokesman", "spokeswoman", "people", "military", "government", "ministry",
               "agency", "state media", "media",
               # papers: "according to a document seen by the Ledger" is an unnamed document, not a group of that
               # name (who saw it is the outlet that relays it)
               "documents", "document", "memo", "letter", "filing", "records")
ECHO_RATIO = 90  # rapidfuzz ratio above which two mentions in different outlets are one text copied


def outlet_key(name: str) -> str:
    return "outlet:" + re.sub(r"^the\s+", "", text_key(name))


class SourceResolver:
    """Resolves a mention's attribution to a primary source id, with the story's entities for aliases."""

    def __init__(self, entities: dict[str, Entity]) -> None:
        self.entities = entities
        aliases = []
        for e in entities.values():
            for alias in {e.name, *e.aliases}:
                k = text_key(alias)
                if len(k) >= 3:
                    aliases.append((ENTITY_RANK.get(e.type, 9), -len(k), k, e.id))
        # one alternation, longest first, so one search finds every alias a source phrase names
        self.aliases = sorted(aliases)
        self.alias_ids: dict[str, list[tuple[int, str]]] = {}
        for r, _l, k, eid in self.aliases:
            self.alias_ids.setdefault(k, []).append((r, eid))
        names = sorted(self.alias_ids, key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None
        self.groups = [(g, re.compile(rf"\b{g}\b")) for g in GROUP_NOUNS]
        self._cache: dict[tuple, str | None] = {}

    def resolve(self, m: Mention) -> str | None:
        a = m.attribution
        key = (m.outlet, m.article) if a is None else (a.source_text, a.source_entity, a.cue_lemma, a.source_kind,
                                                      bool(a.source))
        if key not in self._cache:
            self._cache[key] = self._resolve(m)
        return self._cache[key]

    def _resolve(self, m: Mention) -> str | None:
        a = m.attribution
        if a is None:  # the outlet's own voice; an article of unknown outlet speaks for itself
            return outlet_key(m.outlet) if m.outlet else f"outlet:{m.article}"
        if not a.source:
            return None  # "reports suggest": no one named
        text = a.source_text or ""
        if a.source_kind == "outlet" or (is_outlet(text) and a.cue_lemma in ("report", "say", "write", "publish")
                                         and not (a.source_entity or "").startswith(("person:", "country:"))):
            return outlet_key(text)
        if (a.source_entity or "").startswith("person:"):  # the head of the source phrase, found by annotation
            return a.source_entity
        low = text_key(text)
        group = next((g for g, pattern in self.groups if pattern.search(low)), None)
        found = [hit for m_ in (self.pattern.finditer(low) if self.pattern else ())
                 for hit in self.alias_ids[m_.group()]]
        best = min(found, key=lambda h: (h[0], -len(self.entities[h[1]].name)))[1] if found else None
        entity = self.entities.get(best) if best else None
        # a person, or an organisation named in more than one word ("national intelligence service"); a lone
        # word the NER took for an organisation ("Intelligence officials") is weaker than the group noun
        if entity is not None and (entity.type == "PERSON" or entity.type in ("ORG", "FAC")
                                   and len(entity.name.split()) > 1):
            return entity.id
        if group:
            place = a.source_entity if (a.source_entity or "").startswith("country:") else (
                entity.id if entity is not None else None)
            noun = {"official": "officials", "expert": "experts", "analyst": "analysts", "source": "sources",
                    "document": "documents"}.get(group, group)
            return f"group:{noun}" + (f"@{place}" if place else "")
        return a.source_entity or best or ("group:" + low if low else None)


def mark_echoes(mentions: list[Mention]) -> dict[int, int]:
    """index -> index of the earlier mention it copies (near-verbatim, another outlet, or a duplicate article)."""
    from rapidfuzz import process

    echoes: dict[int, int] = {}
    if len({m.article for m in mentions}) < 2:  # an echo copies another article; most stories are one
        return echoes
    texts = [m.text for m in mentions]
    close = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=ECHO_RATIO, dtype=np.uint8, workers=-1) > 0
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].published or "9999", mentions[i].article,
                                                         mentions[i].start))
    rank = {i: pos for pos, i in enumerate(order)}
    by_article: dict[str, list[int]] = {}
    for i in order:
        by_article.setdefault(mentions[i].article, []).append(i)
    for i in order:
        mi = mentions[i]
        earlier = [int(j) for j in np.nonzero(close[i])[0] if rank[int(j)] < rank[i]]
        if mi.duplicate_of:
            earlier += [j for j in by_article.get(mi.duplicate_of, []) if rank[j] < rank[i]]
        earlier = [j for j in earlier if mentions[j].article != mi.article and j not in echoes]
        if earlier:
            echoes[i] = min(earlier, key=rank.__getitem__)
    return echoes


def independent_sources(entries: list[tuple[str | None, bool, bool]]) -> list[str]:
    """Distinct primary sources from (source, own voice, echo) per mention: echoes left out, outlets' own voices
    left out when anyone is cited for the claim, and an unplaced group left out beside a placed one."""
    kept = [(s, own) for s, own, echo in entries if s and not echo]
    if any(not own for _s, own in kept):
        kept = [(s, own) for s, own in kept if not own]
    sources = list(dict.fromkeys(s for s, _own in kept))
    # unnamed "officials" may well be the "officials@country:south-korea" of another report: an unplaced group is
    # not counted beside a placed one of the same kind
    placed = {s.split("@")[0] for s in sources if s.startswith("group:") and "@" in s}
    return [s for s in sources if s not in placed]


_KINDS = {"PERSON": "person", "ORG": "organisation", "FAC": "organisation", "GPE": "place", "LOC": "place",
          "NORP": "group"}


def source_of(source_id: str, entities: dict[str, Entity]) -> Source:
    """A source id with the name a reader knows it by and its kind."""
    if source_id.startswith("outlet:"):
        return Source(source_id, source_id[7:], "outlet")
    if source_id.startswith("group:"):
        noun, _, place = source_id[6:].partition("@")
        where = entities[place].name if place in entities else place.split(":")[-1]
        return Source(source_id, f"{noun} ({where})" if place else noun, "group")
    entity = entities.get(source_id)
    if entity is not None:
        return Source(source_id, entity.name, _KINDS.get(entity.type, "other"))
    prefix = source_id.split(":", 1)[0]
    kind = {"person": "person", "org": "organisation", "country": "place"}.get(prefix, "other")
    return Source(source_id, source_id.split(":", 1)[-1], kind)
