"""The provenance stage: a story's claims and events in, a `StoryAnalysis` out.

Each mention is traced to its primary source (`sources`), copies are marked (`sources.mark_echoes`), the
independent sources of each claim are counted and the claim graded (`credibility`); then conflicts between the
mentions of one claim (`conflicts`), what each outlet alone reports, the timeline (`timeline`) and the actor
graph (`graph`). It reads model objects only: nothing of the claims stage's insides, nothing of `report/`.
"""

from __future__ import annotations

import re

from ..lexicon import CERTAINTY_RANK, SPOKESPEOPLE, letters, listing
from ..model import (
    Annotations,
    Article,
    BorrowedDate,
    Claim,
    Entity,
    Event,
    FirstReport,
    Mention,
    Source,
    Story,
    StoryAnalysis,
)
from .conflicts import affirms, denies_what_is_charged, find_conflicts, superseded, updated_figures
from .credibility import Evidence, grade, stated_plainly, unweighed
from .graph import build_relations
from .people import merge_people
from .sources import (
    SourceResolver,
    copies,
    fold_together,
    independent_sources,
    lone_people,
    mark_echoes,
    of_anothers_claim,
    one_speaker,
    organisers,
    outlet_key,
    shared_credits,
    source_of,
    speaks_as,
    wire_credit,
)
from .timeline import build_timeline

# Bump when a rule changes sources, grades, conflicts, timeline or graph: stored analyses are made again.
VERSION = 209
__all__ = ["VERSION", "analyze", "story_entities"]


# A body's name and the office its head holds, right before the head's name ("Telenord chief executive ")
_HEAD_OF = re.compile(r"\b((?:[A-Z][\w'’&-]*\s+){1,3}(?:chief\s+executive|executive|CEO|chief|chairman|chairwoman|"
                      r"chairperson|chair|director|founder|president|boss|owner|head)\s+)$")


# Why a source left out of a claim's count is counted as another (`speaks_as`), as its reason says
_COUNTED_AS = {"office": "named by an office of it", "state media": "a state's own media, one voice with it",
               "state body": "bodies of one state, one voice", "named two ways": "one body, it seems, named two ways",
               "serves": "holds an office of it", "body": "speaks for them"}


def story_entities(story: Story, anns: dict[str, Annotations], registry: dict[str, Entity]) -> dict[str, Entity]:
    """The entities the story's articles name, with the corpus-wide name and type and the aliases seen here; a
    person its reports name two ways is one entity, under both ids (`people.merge_people`)."""
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
        for a in ann.attributions:  # a source the text names by no name of its own ("her campaign": Brandt's)
            if a.source_entity and a.source_entity not in out and a.source_entity in ann.entity_names:
                name, etype = ann.entity_names[a.source_entity]
                out[a.source_entity] = Entity(a.source_entity, name, etype, [a.source_text] if a.source_text else [])
    for aid in story.articles:  # what the story's texts say its people are: one article's word holds for all
        ann = anns.get(aid)
        for person, principal in (ann.speaks_for.items() if ann else ()):
            if person in out and principal in out and not out[person].speaks_for:
                out[person].speaks_for = principal
        for person, principal in (ann.staff_of.items() if ann else ()):
            if person in out and principal in out and not out[person].staff_of:
                out[person].staff_of = principal
        for person, place in (ann.places.items() if ann else ()):
            if person in out and not out[person].place:
                out[person].place = place
    return merge_people(out)


def analyze(story: Story, claims: list[Claim], events: list[Event], entities: dict[str, Entity],
            articles: dict[str, Article] | None = None, borrowed: list[BorrowedDate] | None = None,
            confirm: float = 0.0, unread: dict[str, str] | None = None) -> StoryAnalysis:
    """Sources, independence, grades with reasons, conflicts, first reports, unique reporting, timeline and actor
    graph of a story's claims (completed in place and returned in the analysis, strongest first, background said
    only in passing last). `articles` (the story's) tell wire copy and copied passages; `borrowed` records undated
    articles' borrowed dates, `unread` the articles the nlp stage could not read (article -> language)."""
    articles = articles or {}
    members = [articles[a] for a in story.articles if a in articles]
    outlets = {a.outlet for a in members if a.outlet}
    wires = {a.id: w for a in members if (w := wire_credit(a, outlets))}
    wires |= shared_credits(members, wires)
    copied = copies(members)
    texts = {a.id: a.reading for a in members}
    # an article copying long passages of another (`copies`): the outlet (or wire) whose voice its own words are
    # where that one says the same (below)
    copying = {a: wires.get(o) or articles[o].outlet or o for a, o in copied.items() if a not in wires and o in articles
               and (articles[o].outlet or o) != articles[a].outlet}
    resolver = SourceResolver(entities, wires, texts)
    mentions = [m for c in claims for m in c.mentions]
    # an organisation named as an outlet of the story is that outlet ("Havbladet, a local newspaper, reported", the
    # NER reading an organisation, beside "according to the newspaper Havbladet"): one source, whose article is here
    as_outlet = {letters(outlet_key(o).split(":", 1)[1]): outlet_key(o) for o in outlets}
    for m in mentions:
        m.source = m.source_set or resolver.resolve(m)  # an analyst's correction stands
        m.named_together = [] if m.source_set else resolver.listed(m)
    # ... and so is one a report cites as an outlet ("the local newspaper Holmvik Tidende reported" beside "Holmvik
    # Tidende reported")
    for m in mentions:
        if (m.source or "").startswith("outlet:"):
            as_outlet.setdefault(letters(m.source.split(":", 1)[1]), m.source)
    for m in mentions:
        if not m.source_set and (m.source or "").startswith("org:") and (
                outlet := as_outlet.get(m.source.split(":", 1)[1])):
            m.source = outlet
    for i, ref in mark_echoes(mentions, copied, texts).items():
        mentions[i].echo_of = ref
    outlet_of = {a.id: a.outlet or a.id for a in members}
    described: dict[str, set[str]] = {}  # source -> the words the texts describe it with ("Trade Minister ...")
    # ... also where they name a person as the head of a body outside any source phrase ("Telenord chief executive
    # Sigrid Holm apologised", and "she said" after it)
    for source in {m.source for m in mentions if (m.source or "").startswith("person:") and m.source in entities}:
        names = sorted({n for n in (entities[source].name, *entities[source].aliases) if len(n.split()) >= 2},
                       key=len, reverse=True)
        if not names:
            continue
        named = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
        for text in texts.values():  # (the office read right before each place the name stands)
            for at in named.finditer(text):
                if found := _HEAD_OF.search(text, max(0, at.start() - 80), at.start()):
                    described.setdefault(source, set()).update(re.findall(r"[a-z]{2,}", found.group(1).lower()))
    spelled = {outlet_key(o): o for o in [*outlet_of.values(), *wires.values()]}
    for m in mentions:
        if m.source and m.attribution is not None and m.attribution.source_text:
            described.setdefault(m.source, set()).update(re.findall(r"[a-z]+", m.attribution.source_text.lower()))
            said = re.sub(r"^the\s+", "", m.attribution.source_text.strip(" ,;:"), flags=re.I)
            if m.source.startswith("outlet:") and outlet_key(said) == m.source and said != said.lower():
                spelled.setdefault(m.source, said)  # an outlet the texts cite, as they spell it ("The Wall Street Journal")
            elif m.source.startswith(("person:", "org:")) and m.source not in entities and said != said.lower() \
                    and letters(said) == m.source.split(":", 1)[1]:
                spelled.setdefault(m.source, said)  # a name the NER typed nothing, as the texts spell it ("Nordlys")
    for made, name in resolver.spelled.items():
        spelled.setdefault(made, name)
    organisers(mentions, described)
    outlet_ids = {outlet_key(o) for o in outlet_of.values()}
    names = {s.id: s.name for s in _sources(mentions, entities, spelled)}
    in_sentence: dict[tuple, list[Mention]] = {}  # the mentions of each sentence, of every claim
    for m in mentions:
        in_sentence.setdefault((m.article, tuple(m.sentence)), []).append(m)
    conflicts = []
    for claim in claims:
        ms = claim.mentions
        speaker = one_speaker(ms, texts)
        judged = of_anothers_claim(ms, described, names)
        counted_as = [None if i in judged else speaker.get(i, m.source) if i in speaker else m.source
                      for i, m in enumerate(ms)]
        # an article copying another that states the claim too says it in that one's voice, reworded or not ("No one
        # was hurt" / "No one was injured"): not a second outlet's word (what it adds is its own)
        voices = {**{m.article: copying[m.article] for m in ms if m.article in copying
                     and any(o.article == copied[m.article] for o in ms)}, **wires}
        counted_as = [outlet_key(voices[m.article]) if src and m.own_voice and m.article in voices else src
                      for src, m in zip(counted_as, ms, strict=True)]
        entries = [(src, m.own_voice, m.echo_of is not None) for src, m in zip(counted_as, ms, strict=True)]
        carriers = {outlet_key(m.outlet) for m in ms if m.outlet} & outlet_ids  # cited outlets present with text
        joint = [[] if m.source_set else resolver.together(m, texts.get(m.article, "")) for m in ms]
        # who says only that it is not so, where others say it is ("the mayor denied that the pier would close")
        said_so = {src for src, m in zip(counted_as, ms, strict=True) if affirms(m)}
        deniers = {src for src, m in zip(counted_as, ms, strict=True) if src and not affirms(m)} - said_so
        deniers = deniers if said_so else set()
        # the accused denying the charges is no source of the accusation's being made ("Lie was charged with taking
        # bribes" / "Lie denied the charges"): the reasons say so
        accused = {src for src, m in zip(counted_as, ms, strict=True) if src and src not in said_so
                   and any(denies_what_is_charged(m, o) for o in ms)}
        entries = [entry for entry in entries if entry[0] not in accused]
        distinct = independent_sources(entries, entities, carriers, described, lone_people(counted_as, ms), deniers)
        independent, together = fold_together(distinct, joint)
        carrying = [m for m in ms if m.echo_of is None and not m.duplicate_of]
        # two articles running one wire service's copy carry the claim once, as the wire
        own = list(dict.fromkeys(voices.get(m.article) or m.outlet or m.article for m in carrying))
        beside = [o for m in ms for o in in_sentence[(m.article, tuple(m.sentence))] if all(o is not x for x in ms)]
        found = find_conflicts(claim.id, ms, names, beside)
        copies_out = sorted({f"{m.outlet or m.article} repeats {outlet_of.get(m.echo_of.article, m.echo_of.article)}"
                             f" ({'wire copy' if m.article in wires else 'copied text'}): not counted"
                             for m in ms if m.echo_of is not None})
        counted = set(independent)
        # the cited sources left out of the count, and whom each is counted as (`speaks_as`), if anyone
        spoken_as = {src: speaks_as(src, independent, entities, described) for src in dict.fromkeys(
            src for src, own_voice, echo in entries if src and not echo and not own_voice and src not in counted)}
        papers = any(s.startswith("doc:") for s in counted)  # else a paper may be what a source counted issued
        left_out = sorted({f"{names.get(src, src)} not counted: may be "
                           + ("the same people as" if src.startswith("group:") else
                              "the same papers as" if papers else "the papers of") + " another source of it"
                           for src, as_ in spoken_as.items()
                           if src.startswith(("group:", "doc:")) and as_ is None})  # (the others said below)
        left_out += updated_figures(ms, names, beside)
        left_out += [f"{names.get(src, src)} denies the charges, not that they were made: not counted"
                     for src in sorted(accused)]
        folded = dict(together)
        left_out += sorted({f"{listing([names.get(x, x) for x in m.named_together])} named together: counted once, "
                            f"as {names.get(src, src)}" for src, m, ids in zip(counted_as, ms, joint, strict=True)
                            if m.named_together and src == m.source and not ids})
        left_out += [f"{names.get(src, src)} not counted apart: issued a joint statement with "
                     f"{names.get(partner, partner)}" for src, partner in folded.items()]
        for src, as_ in spoken_as.items():
            if as_ is None or src in folded:
                continue
            bodies, why = as_
            if why in _COUNTED_AS:
                left_out.append(f"{names.get(src, src)} counted as {names.get(bodies[0], bodies[0])}: "
                                f"{_COUNTED_AS[why]}")
            elif why == "staff":
                left_out.append(f"{names.get(src, src)} not counted apart: works for {names.get(bodies[0], bodies[0])}")
            elif why == "surname":
                left_out.append(f"{names.get(src, src)} not counted apart: named by one name alone, who may be "
                                f"{' or '.join(names.get(o, o) for o in bodies)}")
            elif why == "unnamed staff":
                left_out.append(f"{names.get(src, src)} not counted apart: not named, who may be "
                                f"{' or '.join(names.get(o, o) for o in bodies)}")
            elif why == "executive":
                left_out.append(f"{names.get(src, src)} not counted apart: an executive of a body the text names "
                                f"only by its kind, which may be {' or '.join(names.get(o, o) for o in bodies)}")
            else:
                # (a press secretary says whose office it speaks for, not always whose person holds it)
                who = "a press secretary" if not SPOKESPEOPLE & described.get(src, set()) else (
                    "a spokesperson the text does not say whose")
                left_out.append(f"{names.get(src, src)} not counted apart: {who}, who may speak for "
                                f"{' or '.join(names.get(o, o) for o in bodies)}")
        for one in sorted({s for s in speaker.values() if s}):
            credited = sorted({names.get(m.source, m.source) for i, m in enumerate(ms)
                               if speaker.get(i) == one and m.source != one})
            if credited:
                left_out.append(f"the same quoted words are credited to {', '.join(credited)} too: one speaker, "
                                f"counted as {names.get(one, one)}")
        for other in sorted({names.get(m.source, m.source) for i, m in enumerate(ms) if i in speaker
                             and speaker[i] is None}):
            left_out.append(f"{other} not counted: speaks of themselves, not of the same thing")
        left_out += sorted({f"{names.get(m.source, m.source)} not counted: speaks of {names.get(whose, whose)}'s "
                            f"claim, not the same thing" for i, m in enumerate(ms) if (whose := judged.get(i))})
        for wire in sorted({wires[m.article] for m in carrying if m.article in wires}):
            running = sorted({m.outlet or m.article for m in carrying if wires.get(m.article) == wire
                              and outlet_key(m.outlet or "") != outlet_key(wire)})
            if len(running) >= 2 or running and any(outlet_key(m.outlet or "") == outlet_key(wire) for m in carrying):
                left_out.append(f"{listing(running)} {'run' if len(running) >= 2 else 'runs'} {wire} copy: "
                                f"carried once, as {wire}")
        left_out += sorted({f"{m.outlet or m.article} {'credits' if m.article in wires else 'copies long passages of'} "
                            f"{voices[m.article]}: its own words are counted as {voices[m.article]}" for m in ms
                            if m.own_voice and m.echo_of is None and m.article in voices
                            and outlet_key(m.outlet or "") != outlet_key(voices[m.article])})
        says = dict(zip(map(id, ms), stated_plainly(ms), strict=True))
        # a report whose figures a later one revised tells that it happened, not the figure the claim now gives
        replaced = {id(m) for m in superseded(ms, beside)}
        stated = [(src, m.aside) for src, m in zip(counted_as, ms, strict=True) if src and says[id(m)]
                  and m.echo_of is None and id(m) not in replaced]
        giving = {src for src, _aside in stated}
        earlier = [names.get(src, src) for src in dict.fromkeys(
            src for src, m in zip(counted_as, ms, strict=True) if src and id(m) in replaced and src not in giving)]
        # a claim every report gives only in passing ("Brandt, the party's candidate, said") is background
        # taken as known: no one reports it, so no one confirms it
        background = all(aside for _src, aside in stated)
        stating = set() if background else {src for src, _aside in stated}
        passing = {src for src, _aside in stated} if background else set()
        evidence = Evidence(
            ms, [names.get(x, x) for x in independent], len(stating & set(independent)), own, found, copies_out,
            left_out, names, claim.match, confirm, len(passing & set(independent)),
            list(dict.fromkeys(voices.get(m.article) or m.outlet or m.article for m in carrying if says[id(m)])),
            earlier)
        claim.credibility, claim.reasons = grade(evidence)
        claim.sources = independent or [s for s, _o, _e in entries if s][:1]
        claim.independent_sources = len(independent)
        claim.certainty = max((m.certainty for m in ms), key=CERTAINTY_RANK.__getitem__)
        first = min(ms, key=lambda m: (m.published or "9999", m.article, m.start))
        claim.first = FirstReport(first.outlet or first.article, first.article, first.published)
        # a disagreement between reports that may not state one thing is no conflict: the reasons list it as not
        # weighed
        conflicts += [c for c in found if c.kind not in unweighed(evidence)]
    relations = build_relations(claims, entities)
    # strongest first; background every report gives only in passing after what they report
    claims = sorted(claims, key=lambda c: (all(m.aside for m in c.mentions), -c.independent_sources,
                                           -len(c.outlets), c.credibility))
    unique: dict[str, list[str]] = {}
    for c in claims:
        if len(c.outlets) == 1:
            unique.setdefault(c.outlets[0], []).append(c.id)
    return StoryAnalysis(
        story=story.id,
        entities=sorted({e.id: e for e in entities.values()}.values(), key=lambda e: e.id),
        claims=claims,
        events=events,
        sources=_sources(mentions, entities, spelled),
        timeline=build_timeline(claims),
        relations=relations,
        conflicts=conflicts,
        unique=unique,
        borrowed_dates=list(borrowed or []),
        copies=copied,
        unread=dict(unread or {}),
    )


def _sources(mentions, entities: dict[str, Entity], outlets: dict[str, str]) -> list[Source]:
    ids = sorted({s for m in mentions for s in (m.source, *m.named_together) if s})
    return [source_of(s, entities, outlets) for s in ids]
