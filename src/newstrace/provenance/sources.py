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
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz

from ..lexicon import (
    ENTITY_RANK,
    EXECUTIVES,
    FIRM_NAME,
    NAMING_OFFICES,
    OFFICES,
    OUTLET_KINDS,
    PHRASE_GOES_ON,
    SPEAKS_FOR,
    SPOKESPEOPLE,
    STOPWORDS,
    TITLES,
    WIRE_SERVICES,
    is_outlet,
    letters,
    ministry_of,
    outlet_name,
    role_of_name,
    speaks_as_outlet,
    state_ministry,
    state_of_media,
    stem,
)
from ..lexicon import name_key as text_key
from ..model import Article, Entity, Mention, MentionRef, Source
from .people import named_of_kind, organisation_kind

# The nouns of unnamed sources, and the singular of those one person may be named by ("a Democratic lawmaker",
# "a spokesman"), whose group they are of: one unnamed official and "officials" may be the same people; so are
# "legislators" and "lawmakers".
SINGULAR = {"official": "officials", "expert": "experts", "analyst": "analysts", "source": "sources",
            "spokesman": "spokesperson", "spokeswoman": "spokesperson", "lawmaker": "lawmakers",
            "legislator": "lawmakers", "legislators": "lawmakers", "diplomat": "diplomats",
            "investigator": "investigators", "aide": "aides", "resident": "residents", "witness": "witnesses",
            "critic": "critics", "researcher": "researchers", "scientist": "scientists", "activist": "activists",
            "prosecutor": "prosecutors", "advocate": "advocates", "scholar": "scholars", "supporter": "supporters",
            "opponent": "opponents", "cops": "police", "cop": "police", "protester": "protesters",
            "protestors": "protesters", "protestor": "protesters", "demonstrator": "demonstrators",
            "student": "students", "worker": "workers", "employee": "employees", "voter": "voters",
            "relative": "relatives", "neighbor": "neighbors", "neighbour": "neighbors", "neighbours": "neighbors",
            "passenger": "passengers", "survivor": "survivors", "eyewitness": "witnesses",
            "eyewitnesses": "witnesses", "villager": "villagers", "bystander": "witnesses", "bystanders": "witnesses",
            "officer": "officers", "member": "members",
            # the bodies of several places speaking together ("the two governments said in a joint statement"):
            # each one's word is theirs, so they may be the one government another report names
            "governments": "government", "ministries": "ministry"}
GROUP_NOUNS = ("officials", "experts", "analysts", "observers", "diplomats", "sources", "authorities",
               "intelligence", "police", "investigators", "residents", "witnesses", "critics", "lawmakers",
               "researchers", "scientists", "activists", "members", "aides", "spokesperson", "people", "military",
               "government", "ministry", "agency", "state media", "media", "administration", "prosecutors",
               "democrats", "republicans", "plaintiffs", "advocates", "candidates", "leaders", "justices",
               "scholars", "supporters", "opponents", "protesters", "demonstrators", "rioters", "youths",
               "students", "workers", "employees", "voters", "relatives", "neighbors", "passengers", "survivors",
               "villagers", "officers",
               # a body's members (`_MEMBERS`), which a capital opening the sentence does not make a name ("Doctors
               # at Varby hospital said" was the person "Doctors")
               "firefighters", "rescuers", "paramedics", "soldiers", "troops", "doctors", "nurses", *SINGULAR)
# Unnamed groups that are many people apart from any one named source (their word is counted beside a named
# one); every other unnamed source ("the owner", "the company", "officials") may be a named source of the claim.
COLLECTIVES = {"experts", "analysts", "observers", "residents", "witnesses", "critics", "researchers", "scientists",
               "activists", "lawmakers", "members", "people", "democrats", "republicans", "plaintiffs", "advocates",
               "candidates", "leaders", "justices", "diplomats", "scholars", "supporters", "opponents",
               "protesters", "demonstrators", "rioters", "youths", "students", "workers", "employees", "voters",
               "relatives", "neighbors", "passengers", "survivors", "villagers"}
# Groups named by the view they hold of something: "critics of X" are not X
_VIEW_HOLDERS = {"critics", "supporters", "opponents", "advocates", "proponents", "experts", "analysts", "observers",
                 "scholars"}
# Unnamed insiders: they may well be a named official of the same government or body, so they are not counted
# beside one (independence needs positive evidence).
OFFICIAL_GROUPS = {"officials", "officers", "sources", "authorities", "intelligence", "police", "investigators",
                   "aides", "spokesperson", "military", "government", "ministry", "agency", "administration",
                   "prosecutors", "diplomats", "state media"}
# Insider groups named by the office they serve, by the stem an organisation of that office is named with
_OFFICE_STEMS = {"police": "police", "prosecutors": "prosecut", "investigators": "investigat",
                 "intelligence": "intelligence", "ministry": "ministr"}
# Agencies named by what they were once set up to do, not papers: "the geological survey" reports a quake's size
_NOT_A_PAPER = {d: r"(?<!geological\s)(?<!hydrographic\s)(?<!ordnance\s)" for d in ("survey", "surveys")}
# Papers that are counts ("preliminary results", "the latest data"): named only as the head of a source's phrase
_COUNTS = {"results", "data", "statistics"}
# Papers as sources: "e-mails released by the ministry revealed ...", "a document seen by the Ledger".
DOCUMENT_NOUNS = {  # (a case's papers first: "court papers" is a filing before it is any papers)
                  "court papers": "filing", "court documents": "filing", "court filings": "filing",
                  "court filing": "filing", "court records": "filing",
                  "document": "documents", "documents": "documents", "memo": "documents", "letter": "letter",
                  "filing": "filing", "filings": "filing", "records": "records", "e-mails": "emails", "emails": "emails",
                  "e-mail": "emails", "email": "emails", "cable": "cable", "files": "files", "review": "review",
                  "report": "report", "audit": "audit", "audits": "audit", "transcript": "transcript",
                  "recording": "recording", "draft": "draft",
                  "complaint": "complaint", "indictment": "indictment",
                  # what "the charges" say is the charging document's ("the criminal complaint" of another report)
                  "charges": "complaint", "charging documents": "complaint", "lawsuit": "lawsuit", "papers": "documents",
                  # what a poll or survey found is its word, however its phrase goes on ("an opinion poll published
                  # by the Ethnos newspaper"); two polls of one story may be one
                  "poll": "poll", "polls": "poll", "survey": "poll", "surveys": "poll",
                  # as does a study, whoever did it ("a study published on Tuesday")
                  "study": "study", "studies": "study", "findings": "study",
                  # ... and a count, whoever made it ("Labour came first, preliminary results showed"; not
                  # "figures", who may be people: "opposition figures said")
                  "results": "results", "data": "data", "statistics": "statistics",  # (`_COUNTS`)
                  "website": "website", "web site": "website", "web page": "website",
                  # what social media show: posts, however many, may be one ("posts on social media claimed",
                  # "according to a post on X"), as videos may
                  "post": "posts", "posts": "posts", "tweet": "posts", "tweets": "posts",
                  "video": "video", "videos": "video", "footage": "video",
                  # the texts of laws: "the 14th Amendment states that ...", "the Constitution, which states"
                  "constitution": "constitution", "amendment": "amendment", "statute": "statute",
                  # ... and a court's ruling ("The 6-3 ruling said ..." was a group of people, "6-3 ruling")
                  "ruling": "ruling", "rulings": "ruling", "judgment": "ruling", "judgement": "ruling"}
# Words that name no one: a relative pronoun, a bare "it" the annotation could not resolve, "someone".
NOBODY = {"who", "which", "that", "it", "this", "these", "those", "i", "we", "you", "he", "she", "they", "me", "us",
          "them", "him", "her", "one", "some", "many", "others", "someone", "somebody", "anyone", "anybody",
          "everyone", "everybody", "no one", "nobody"}
# A person's name the NER did not type: one to three capitalised words ("Moss", "Ina Moss", "Tor Ek-Lund")
_UNTAGGED_NAME = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){0,2}")
# ... set off after the title that names it ("the coach, Per Lie"; not "the operator, Nordlys": a firm's kind)
_APPOSED_NAME = re.compile(rf"(?i:the|an?|its|their)\s+(?:[a-z][a-z'-]*\s+)*?([a-z][a-z'-]*),\s+"
                           rf"({_UNTAGGED_NAME.pattern})(?=,|$)")
# executives who head a business, where a president or director may head anything (`lexicon.EXECUTIVES`)
_BUSINESS_HEADS = EXECUTIVES - {"president", "director"}
# ... or right after the office that names it ("Fire chief Per Sand", the tagger reading "Per" as a preposition)
_NAMING_OFFICES = "|".join(sorted(NAMING_OFFICES))
_OFFICE_NAME = re.compile(rf"(?:(?i:the|an?|its|their)\s+)?(?:[A-Za-z][a-z'-]*\s+)*((?i:{_NAMING_OFFICES}))\s+"
                          rf"({_UNTAGGED_NAME.pattern})")
# An outlet named by its kind alone ("the newspaper said"): the one the article named before
_OUTLET_KINDS = {*OUTLET_KINDS, "network", "wire service", "station"}
_CAPITALISED = re.compile(r"(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*")
# A source phrase of a common noun and where it is ("the hospital in Bodo"): the noun speaks, not the place
_LOCATED = re.compile(r"(?:(?:the|an?)\s+)?(?:[a-z'-]+\s+){0,2}?([a-z'-]+)\s+(?:in|at)\s+(?=[a-z])")
# words that make such a name a body's
_NAMED_BODIES = {"group", "company", "corporation", "inc", "ltd", "bank", "university", "college", "council",
                 "ministry", "police", "agency", "party", "union", "association", "institute", "service", "services",
                 "authority", "board", "court", "department", "office", "airlines", "airways", "lines", "shipping",
                 "ferries", "mining", "energy", "oil", "holdings", "partners", "foundation", "fund", "trust",
                 "network", "news", "times", "post", "press", "gazette", "ledger", "daily", "wire", "radio", "tv",
                 "hospital", "school", "club", "team", "church", "navy", "army", "guard", "coastguard", "house",
                 "senate", "congress", "parliament", "commission", "committee", "government", "administration"}
# The head of a phrase that counts or picks out what follows it ("two of the people", "panels of witnesses")
_COUNT_WORDS = r"\d+|two|three|four|five|six|seven|eight|nine|ten|many|most|some|several|few|a few|both|all"
_COUNTING = re.compile(rf"(?:{_COUNT_WORDS}|one|dozens|hundreds|thousands|none|each|any|a number|a group|a handful|"
                       r"those|(?:a |the )?(?:panels?|groups?|teams?|majority|minority|couple|pair|series))")
# A phrase headed by what was issued ("a coastguard statement", "preliminary reports"): the issuer before it
_UTTERANCE = re.compile(r"^(?:(?:an?|the)\s+)?(?:([a-z][\w '’-]*?)\s+)?(?:statements?|reports?|releases?|announcements?|"
                        r"figures|data|statistics|estimates|tally|counts?|results|"
                        r"bulletins?|notices?|accounts?)$")
# ... and the participle that may follow it before its issuer ("the final count published by the commission")
_ISSUED = re.compile(r"\s+(?:published|released|issued|compiled|provided|posted|announced|given|presented)$")
# Institutions a text may name by their kind alone after naming one ("Osland University ... the university said")
_INSTITUTIONS = {"university", "institute", "hospital"}
# A state's bodies named by their kind alone ("the ministry said"), which an article names the state of before
_STATE_GROUPS = {"ministry", "government", "military"}
# words before such a noun that say what kind it is, not who issued it
_NOT_AN_ISSUER = {"news", "media", "press", "local", "initial", "preliminary", "early", "earlier", "recent", "new",
                  "separate", "written", "joint", "brief", "short", "official", "unconfirmed", "conflicting",
                  "several", "some", "many", "other", "later", "first", "latest", "detailed", "public", "final",
                  "provisional"}
# How many of a group spoke is not who they are: "many scholars", "several of their colleagues" and "scholars"
# name one group.
_QUANTIFIER = re.compile(rf"^(?:(?:{_COUNT_WORDS}|other|numerous|a number of|dozens of|hundreds of)"
                         r"(?:\s+of(?:\s+(?:the|their|his|her|its|our))?)?\s+)+")
# a list of names: "A and B", "A, B and C", "A, B, and C" (with no "and", a comma is an apposition: "Shin, the
# adviser"); every part must then name someone (`SourceResolver.listed`)
_RELATIVE = re.compile(r",?\s+(?:who|whom|whose|which|that|where|when)\s|\s*[—–]")  # "Brandt, who met A and B"
_JOINT = re.compile(r"\bjoint(?:ly)?\b|\bco-?signed\b", re.I)
_AND = re.compile(r"\s(?:and|&)\s")
_LISTED = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
# a name in a source phrase that did not speak: where a paper appeared ("the findings, published in the journal
# Marine Policy", "a study published on Tuesday in the Nordic Medical Journal"), who asked ("survivors interviewed
# by the Coast Daily", "residents contacted by the Post"), who saw or got a paper ("the audit, which was seen by
# the Coast Daily", "a memo obtained by the Post") or whom the source spoke to ("the mayor, who spoke to the Coast
# Daily")
_NOT_WHO_SPOKE = re.compile(r"\b(?:published|appeared|printed)\s+(?:(?!by\b)[\w-]+\s+){0,3}?in\s+(?:the\s+)?"
                            r"(?:[\w-]+\s+)?(?:journal\s+)?$|\bjournal\s+$|\b(?:interviewed|contacted|reached|"
                            r"questioned|polled|surveyed|approached|seen|obtained|reviewed)\s+by\s+(?:the\s+)?$|\b(?:leaked|given|sent|"
                            r"shown|provided|spoke|talked)\s+(?:to|with)\s+(?:the\s+)?$|"
                            # whom a paper or case is against ("a lawsuit filed against Fjell Motors")
                            r"\bagainst\s+(?:the\s+)?$")
# a part of a list that is a role, not a name: a preposition before its first capitalised word ("a professor at
# Bergen University", "director of the Norwegian Maritime Institute")
_ROLE = re.compile(r"^[^A-Z]*\b(?:at|of|for|from|with|in|to|on|by)\s")
ECHO_RATIO = 90  # rapidfuzz ratio above which two mentions in different outlets are one text copied
ECHO_MIN_CHARS = 60  # shorter texts are alike by their few words, not by copying ("no fuel had leaked")
ECHO_MIN_WORDS = 5  # ... but in an article known to copy another, one this long found word for word is copied
SHARED_PASSAGE = 12  # word 8-grams two articles of different outlets share when one copies a passage of the other


def outlet_key(name: str) -> str:
    return "outlet:" + re.sub(r"^the\s+", "", text_key(outlet_name(name)))


class SourceResolver:
    """Resolves a mention's attribution to a primary source id, with the story's entities for aliases and for
    whom a spokesperson speaks, and each article's wire service (whose copy it runs, if any)."""

    def __init__(self, entities: dict[str, Entity], wires: dict[str, str] | None = None,
                 texts: dict[str, str] | None = None) -> None:
        self.entities = entities
        self.wires = wires or {}
        self.texts = texts or {}  # article id -> its text, for what "the navy" is in each
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
        self.names = "|".join(map(re.escape, names))
        self.pattern = re.compile(r"(?<!\w)(?:" + self.names + r")(?!\w)") if names else None
        self.groups = [(g, re.compile(rf"\b{g}\b")) for g in GROUP_NOUNS]
        # (a count names a paper only as the head of its phrase: "the data protection authority" is an authority)
        self.documents = [(d, re.compile(_NOT_A_PAPER.get(d, "") + rf"\b{re.escape(d)}" + ("$" if d in _COUNTS else r"\b")))
                          for d in DOCUMENT_NOUNS]
        self._cache: dict[tuple, str | None] = {}
        # person ids made for names the NER typed as nothing, with the name as the text spells it ("Lars Eide")
        self.spelled: dict[str, str] = {}

    def resolve(self, m: Mention) -> str | None:
        a = m.attribution
        key = (m.outlet, m.article, m.quoted) if a is None else (a.source_text, a.source_entity, a.cue_lemma,
                                                                a.source_kind, bool(a.source))
        if key not in self._cache:
            self._cache[key] = self._resolve(m)
        found = self._cache[key]
        if found is not None and (e := self.entities.get(found)) is not None and (kind := organisation_kind(e)):
            return self._named_in(found, kind, m.article)
        if found is not None and found[6:] in _INSTITUTIONS and found.startswith("group:"):
            return self._named_in(found, found[6:], m.article)  # "the university": the one its article names
        if found is not None and found.startswith("outlet:") and found[7:] in _OUTLET_KINDS:
            return self._outlet_named_before(m) or found
        if found is not None and found[6:] in _STATE_GROUPS and found.startswith("group:"):
            return self._placed_before(found[6:], m) or found  # "the ministry": the one its article placed
        if found is not None and found.startswith("person:") and a is not None and a.source:
            return self._surname_alone(found, a.source_text or "", m.article, a.source[0][0]) or found
        return found

    def _surname_alone(self, found: str, said: str, article: str, at: int) -> str | None:
        """A person named by surname alone before their article names anyone of that surname in full, where the
        story names two people of it ("The government will raise the tax, Lie said. Ola Lie called it ...", in a
        story of Kari Lie and Ola Lie): either of them, as the surname alone is within one report that names both
        (`_surname_of`); the surname's person id, which the story's entities then hold."""
        word = said.strip(" ,;:")
        if not re.fullmatch(r"[A-Z][\w'’-]+", word) or found not in self.entities:
            return None
        bearers = {e.id for e in self.entities.values() if e.type == "PERSON" and len(e.name.split()) >= 2
                   and letters(e.name.split()[-1]) == letters(word)}
        if len(bearers) < 2 or found not in bearers:
            return None
        named_in_full = re.search(rf"\b[A-Z][\w'’.-]*\s+{re.escape(word)}\b", self.texts.get(article, ""))
        if named_in_full is not None and named_in_full.start() < at:
            return None  # introduced before: that one
        alone = f"person:{letters(word)}"
        self.entities.setdefault(alone, Entity(alone, word, "PERSON", []))
        return alone

    def _placed_before(self, noun: str, m: Mention) -> str | None:
        """A state body named by its kind alone ("the ministry said") where its article, before it, names that
        kind of body of one place only ("Estmark's defence ministry", "the Estmark government"): that place's."""
        key = ("placed before", noun, m.article, m.sentence[0])
        if key not in self._cache:
            text = text_key(self.texts.get(m.article, "")[: m.sentence[0]])
            named = re.finditer(rf"(?<![\w-])({self.names})(?:'s)?\s+(?:[a-z-]+\s+){{0,2}}{noun}\b", text
                                ) if self.names else ()
            places = {self._place_named(hit.group(1)) for hit in named} - {None}
            self._cache[key] = f"group:{noun}@{places.pop()}" if len(places) == 1 else None
        return self._cache[key]

    def _named_in(self, found: str, kind: str, article: str) -> str:
        """An organisation named by its kind alone ("the navy") where the story has several of that kind: the
        one its article names ("The Chilean navy ... The navy defended its crew"), if it names one."""
        key = (found, article)
        if key not in self._cache:
            text = text_key(self.texts.get(article, ""))
            named = [eid for eid in named_of_kind(self.entities, kind) if any(
                re.search(rf"(?<!\w){re.escape(text_key(alias))}(?!\w)", text)
                for alias in {self.entities[eid].name, *self.entities[eid].aliases})]
            self._cache[key] = named[0] if len(named) == 1 else found
        return self._cache[key]

    def listed(self, m: Mention) -> list[str]:
        """The named sources a mention's source phrase lists ("Norway, Sweden, and Finland", "Ada Brandt
        and Ivo Marsh"), each resolved as a source phrase of its own, in the order named; [] unless two or
        more are named and every part names someone (a person, an organisation, a country): "officials and
        experts" or "Brandt and her aides" is no list of names."""
        a = m.attribution
        head = _RELATIVE.split(a.source_text, 1)[0] if a is not None and a.source and a.source_text else ""
        if not _AND.search(head):
            return []
        parts = [p for p in _LISTED.split(head) if p.strip()]
        if any(_ROLE.search(p) for p in parts):
            return []
        ids = [self.resolve(replace(m, attribution=replace(a, source_text=p.strip(), source_entity=None)))
               for p in parts]
        named = list(dict.fromkeys(i for i in ids if i and not i.startswith(("group:", "doc:", "outlet:"))))
        # the phrase as a whole names one of them: else the parts are one person's roles ("a professor at Eastmoor
        # University and director of the Harlow Institute's centre")
        whole = self.resolve(m)
        return named if len(parts) >= 2 and len(named) == len(parts) and whole in named else []

    def together(self, m: Mention, text: str) -> list[str]:
        """The named sources a mention's source phrase lists (`listed`) as issuing one joint statement ("Ada
        Brandt and Ivo Marsh said in a joint statement", in `text`, its article); [] unless its sentence says
        the words are joint. Speakers only listed together ("both Brandt and Marsh called it an act of sabotage")
        each spoke: two sources."""
        if not _JOINT.search(text[m.sentence[0]:m.sentence[1]]):
            return []
        return self.listed(m)

    def own_voice(self, m: Mention) -> str:
        """The outlet a mention's own voice is: its article's wire service when it runs wire copy."""
        wire = self.wires.get(m.article)
        return outlet_key(wire) if wire else (outlet_key(m.outlet) if m.outlet else f"outlet:{m.article}")

    def _resolve(self, m: Mention) -> str | None:
        a = m.attribution
        if a is None:  # the outlet's own voice; an article of unknown outlet speaks for itself
            return None if m.quoted else self.own_voice(m)  # words in quotation marks are not the outlet's
        if not a.source:
            return None  # "reports suggest": no one named
        text = a.source_text or ""
        if a.source_kind == "outlet" or (speaks_as_outlet(text) and a.cue_lemma in ("report", "say", "write",
                                                                                     "publish", "according to")
                                         and not (a.source_entity or "").startswith(("person:", "country:"))):
            return outlet_key(text)
        low = text_key(text)
        if (whose := SPEAKS_FOR.match(low)) and (principal := whose.group(1) or whose.group(2)):
            # "the mayor's office", "Brandt's office", "a spokeswoman for the mayor": whom it speaks for; a lone
            # surname is the one person of the story it ends (the NER may type "Brandt" there as an organisation)
            if (person := self._ending(principal)) is not None:
                return self._principal(person)
            return self.resolve(replace(m, attribution=replace(a, source_text=principal, source_entity=None)))
        # "the person said", after "according to a person familiar with the matter": the one unnamed insider
        group = "sources" if _INSIDERS.search(low) or _THE_PERSON.fullmatch(low) or _THE_PEOPLE.fullmatch(
            text.strip(" ,;:")) else self._group(low)
        member = SINGULAR.get(group, group) if group is not None else None
        if member in ("spokesperson", "officers", "officials") and (body := _BODY_MEMBER.search(low)) and (
                SINGULAR.get(body.group(2), body.group(2)) in (BODIES - OFFICIAL_GROUPS if member == "officials"
                                                                else BODIES)) and (
                not (a.source_entity or "").startswith("org:")):  # (a body the annotation named is that one)
            # the police's spokesman is the police's word, its officers the police, a union's officials the union
            # ("intelligence officials" stay officials: insiders of some government, as "officials" are)
            # (by the word before too where the body's own word says only its kind: "a fire service spokesman")
            group = body.group(1) if body.group(2) in _NAMED_BY_KIND else body.group(2)
        names = list(self.pattern.finditer(low)) if self.pattern else []
        related = role_of_name(text)  # "a lawyer for Tor Aas": Tor Aas is whose the lawyer is, not who spoke
        viewed = [m_ for m_ in names if related or self._viewed(m_, group, low)
                  or _NOT_WHO_SPOKE.search(low[:m_.start()])]
        if (a.source_entity or "").startswith("person:") and not any(  # the head of the source phrase, found by
                a.source_entity in {eid for _r, eid in self.alias_ids[m_.group()]} for m_ in viewed):  # annotation
            return self._principal(a.source_entity)
        if low in NOBODY:
            return self._principal(a.source_entity) if a.source_entity else None  # "who", "I": resolved or no one
        # (a common noun: not "Kari Holm in Oslo"; nor what was issued: "reports in the Spanish press" name no one)
        # (nor a paper: "the study published in the journal Zoologica" was "group:published")
        if not group and (located := _LOCATED.match(low)) and re.match(r"(?:(?i:the|an?)\s+)?[a-z]", text.strip()) and (
                names and all(m_.start() >= located.end() for m_ in names)) and not _UTTERANCE.match(located.group(1)) and (
                not any(pattern.search(located.group()) for _d, pattern in self.documents)):
            return f"group:{located.group(1)}"  # "the hospital in Bodo": the hospital speaks, the name is where
        # a paper the phrase is headed by, not one named in what the phrase goes on to say ("the mayor, in a letter
        # to residents,": the mayor)
        head_words = PHRASE_GOES_ON.split(low, 1)[0]
        document = next((d for d, pattern in self.documents if pattern.search(head_words)), None)
        found = [hit for m_ in names if m_ not in viewed for hit in self.alias_ids[m_.group()]]
        best = min(found, key=lambda h: (h[0], -len(self.entities[h[1]].name)))[1] if found else None
        entity = self.entities.get(best) if best else None
        if entity is not None and entity.type == "ORG" and (state := state_ministry(entity.name)) is not None and (
                place := self._place_named(state) if state else self._place_in(found, entity.id)) is not None:
            # "Russia's defence ministry", "the Estmark Defence Ministry": a state's ministry, a body of the state
            # (one named by no state stays what it is named, "the trade ministry": `_state_body_of`)
            return self._ministry(f"group:ministry@{place}", entity.name)
        # a person, or an organisation named in more than one word ("national intelligence service"); a lone
        # word the NER took for an organisation ("Intelligence officials") is weaker than the group noun
        # (a name after the group noun names that one: "the anti-doping agency ANDA", "the sportswear firm Norveg")
        if entity is not None and (entity.type == "PERSON" or entity.type in ("ORG", "FAC") and (
                len(entity.name.split()) > 1 or _named_after(group, low, [m_ for m_ in names if m_ not in viewed]))):
            return self._principal(entity.id)
        if document and (not group or low.find(document) < low.find(group)):
            if (by := re.search(rf"\b{re.escape(document)}s?\s+(?:by|from)\s+(.+)$", low)) and (
                    issuer := self.resolve(replace(m, attribution=replace(a, source_text=by.group(1),
                                                                          source_entity=None)))) and (
                    not issuer.startswith(("doc:", "group:")) or issuer.split("@")[0][6:] in _ISSUERS):
                return issuer  # "a report by the regulator" is the regulator's word
            if owner := self._owner(head_words, document, entity):
                return owner  # "council records", "the ministry's own files": the council's, the ministry's word
            return f"doc:{DOCUMENT_NOUNS[document]}"
        if not best and not a.source_entity and (apposed := _APPOSED_NAME.match(text.strip())) and TITLES.match(
                apposed.group(1) + " ") and not set(apposed.group(2).lower().split()) & _NAMED_BODIES:
            return self._untagged_person(apposed.group(2))  # "The coach, Per Lie": the NER saw no person
        if not best and not a.source_entity and (titled := _OFFICE_NAME.fullmatch(text.strip())) and not set(
                titled.group(2).lower().split()) & _NAMED_BODIES:
            return self._untagged_person(titled.group(2))  # "Fire chief Per Sand"
        if group and SINGULAR.get(group, group) == "spokesperson" and (a.source_entity or "").startswith("org:"):
            return self._principal(a.source_entity)  # "its spokesman": the organisation the text says it speaks for
        if group:
            place = a.source_entity if (a.source_entity or "").startswith("country:") else (
                entity.id if entity is not None else None)
            noun = SINGULAR.get(group, group)  # one unnamed official and "officials" may be the same people
            if noun == "ministry" and place:
                return self._ministry(f"group:ministry@{place}", low)
            return f"group:{noun}" + (f"@{place}" if place else "")
        head = PHRASE_GOES_ON.split(_QUANTIFIER.sub("", low), 1)[0].strip()  # "the somber president, nearing ..."
        head = re.sub(r"^(?:an?|one|the|its|their)\s+", "", head)  # "one fisherman", "a charter school", "its owner"
        if a.source_entity and not (a.source_entity.startswith(_PLACES) and head
                                    and (place := self.entities.get(a.source_entity)) is not None
                                    and not any(head.endswith(text_key(n)) for n in {place.name, *place.aliases})):
            # (a place named in a phrase headed by people is where they are: "fishermen in Lysvik", below)
            return self._principal(a.source_entity)
        # (a facility's name too: "the two-time Olympic champion" is no facility "Olympic")
        if best and entity is not None and entity.type in ("NORP", "GPE", "LOC", "FAC") and head and not any(
                head.endswith(text_key(n)) for n in {entity.name, *entity.aliases}):
            if entity.type == "NORP":
                best = None  # a group's adjective on one person's role ("the Republican nominee") is not the group
            elif (office := head.split()[-1]) in OFFICES:
                # "the Montana governor": someone holding the place's office, who may be a named source
                return f"group:{office}@{best}"
            elif office not in _STATE_BODIES:
                best = None  # "the Polish captain" is one person of the place, not the place's word
        name = PHRASE_GOES_ON.split(text, 1)[0].strip()  # "Lund, who has run the company since 2019"
        if not best and not a.source_entity and a.source_kind != "group" and _UNTAGGED_NAME.fullmatch(name) and (
                not set(name.lower().split()) & _NAMED_BODIES):
            if FIRM_NAME.search(name):  # "Nordbank said", the NER seeing no one: a bank
                self.spelled.setdefault(made := f"org:{letters(name)}", name)
                return made
            return self._untagged_person(name)  # "Ina Moss said" where the NER saw no person
        if not best and (said := _UTTERANCE.match(_ISSUED.sub("", head))):
            issuer = said.group(1)
            if (by := re.search(r"\b(?:from|by|of)\s+(.+)$", low)) and re.sub(
                    r"^(?:an?|one|the|its|their)\s+", "", PHRASE_GOES_ON.split(low, 1)[0]) == head:
                # "a statement from the harbour authority": the authority's word
                return self.resolve(replace(m, attribution=replace(a, source_text=by.group(1), source_entity=None)))
            # (what kind of paper it is is not who issued it: "a university press release" is the university's)
            words = (issuer or "").split()
            while words and words[-1] in _NOT_AN_ISSUER:
                words.pop()
            issuer = " ".join(words) or None
            if issuer is None:
                return None  # "preliminary reports indicate": reports, no one named, as "reports suggest"
            # "a coastguard statement", "the authority's statement", "the ministry's own figures"
            head = re.sub(r"['’]s?(?:\s+own)?$", "", issuer)
        return best or ("group:" + head if head else None)

    def _ministry(self, key: str, named: str) -> str:
        """`key`, a state's ministry, shown by the portfolio `named` gives it ("defence ministry (Estmark)"), or as
        "ministry" where one state's ministries of two portfolios speak in the story (they are one voice)."""
        portfolio = ministry_of(named) or "ministry"
        if self.spelled.setdefault(key, portfolio) != portfolio:
            self.spelled[key] = "ministry"
        return key

    def _place_named(self, name: str) -> str | None:
        """The story's place, or other body that is no person, of a name or demonym ("estmark", "russian")."""
        hits = sorted((e.type in ("ORG", "FAC"), e.id) for e in self.entities.values()  # (a place first)
                      if e.type != "PERSON" and name in {text_key(x) for x in (e.name, *e.aliases)})
        return hits[0][1] if hits else None

    @staticmethod
    def _place_in(found: list[tuple[int, str]], body: str) -> str | None:
        """The one place (or other body that is no person) a source phrase names besides a body it is headed by:
        "Russia" in "Russia's defence ministry"."""
        others = {eid for rank, eid in found if eid != body and rank > ENTITY_RANK["PERSON"]}
        return others.pop() if len(others) == 1 else None

    def _outlet_named_before(self, m: Mention) -> str | None:
        """The outlet an article last names before a mention's sentence, for "the newspaper said" ("..., the
        Financial Ledger reported on Monday. The deal could value Crispo at 2 billion euros, the newspaper said")."""
        if (cached := ("outlet before", m.article, m.sentence[0])) in self._cache:
            return self._cache[cached]
        text = self.texts.get(m.article, "")[: m.sentence[0]]
        # (a name of two words or more, or a wire service's: "News of the deal spread" names no outlet)
        names = [x.group() for x in _CAPITALISED.finditer(text) if is_outlet(x.group()) and (
            len(re.sub(r"^The\s+", "", x.group()).split()) >= 2 or x.group().lower() in WIRE_SERVICES)]
        key = None
        if names:
            name = re.sub(r"^The\s+", "", names[-1])
            self.spelled.setdefault(key := outlet_key(name), name)
        self._cache[cached] = key
        return key

    def _untagged_person(self, name: str) -> str:
        """A name the NER typed as nothing: the id the same name has where it did ("person:inamoss"), so one
        speaker is not two sources across reports; a lone surname the one person of the story it ends in; a title
        is no part of the name ("Coach Per Lie" is Per Lie, "Judge Pell" the story's Pell)."""
        name = TITLES.sub("", name)
        person = self._ending(text_key(name)) if " " not in name else None
        if person is not None:
            return self._principal(person)
        self.spelled.setdefault(made := f"person:{letters(name)}", name)
        return made

    def _ending(self, surname: str) -> str | None:
        """The one person of the story whose name ends in `surname` ("brandt": Ada Brandt), if there is one."""
        # (one entity under two ids, as merged entities are, is one person)
        people = list(dict.fromkeys(e.id for e in self.entities.values()
                                    if e.type == "PERSON" and text_key(e.name).split()[-1:] == [surname]))
        return people[0] if len(people) == 1 else None

    def _owner(self, head: str, document: str, entity: Entity | None) -> str | None:
        """Whose papers a phrase headed by a document names right before it: a body ("council records", "the
        company's own files"; not a court, whose files hold what the parties put in them) or the one organisation
        the phrase names ("Nordlys documents")."""
        before = re.sub(r"\s+(?:own|internal)$", "", head[:head.find(document)].strip())
        word = re.sub(r"['’]s?$", "", before.split()[-1]) if before else ""
        if word in _ISSUERS - {"court", "courts"} and word not in _NOT_AN_ISSUER:  # ("official results": no one's)
            return f"group:{SINGULAR.get(word, word)}"
        if entity is not None and entity.type in ("ORG", "FAC") and word and any(
                text_key(alias).endswith(word) for alias in {entity.name, *entity.aliases}):
            return self._principal(entity.id)
        return None

    def _viewed(self, name: re.Match, group: str | None, low: str) -> bool:
        """Whether a name in a source phrase is what a group holds a view of, not who speaks: after it ("critics
        of the harbour levy", "supporters of Brandt"), or a person or organisation right before it ("Brandt
        critics"; a people's name there says who they are: "Democratic critics"); or where people who were there
        are ("residents of Hald")."""
        if group in _THERE and (where := re.search(rf"\b{group}\s+(?:of|in|from|near|at)\s", low)) and (
                name.start() > where.start()):
            return True  # "residents of Hald", the NER's person: where the people who were there are
        if group in _STAFF and low.startswith(group, name.end() + 1):
            return True  # "Nordbank employees": where they work; their word is theirs, not the bank's
        if group not in _VIEW_HOLDERS:
            return False
        if (about := re.search(rf"\b{group}\s+(?:of|on|for)\s", low)) and name.start() > about.start():
            return True
        return low.startswith(group, name.end() + 1) and any(
            self.entities[eid].type in ("PERSON", "ORG", "FAC") for _rank, eid in self.alias_ids[name.group()])

    def _group(self, low: str) -> str | None:
        """The group noun a source phrase is headed by: the last one before the phrase goes on ("intelligence
        officials", "some judges who seemed to side with the tenants": judges), else its first
        ("two of the people")."""
        head = PHRASE_GOES_ON.split(low, 1)[0]
        # the whole phrase only where its head counts or picks out ("two of the people", "some of the workers");
        # "the mayor, in a letter to residents," is the mayor, not residents
        for part, last in ((head, True), *([(low, False)] if _COUNTING.fullmatch(head.strip()) else [])):
            # (a group in the possessive names whose body it is, not who speaks: "the dock workers' union")
            # (nor is "official" before a noun: "official figures" are figures)
            hits = [(m.end(), m.end() - m.start(), g) for g, pattern in self.groups for m in pattern.finditer(part)
                    if not re.match(r"['’]", part[m.end():])
                    and not (m.group() == "official" and re.match(r"\s+[a-z]", part[m.end():]))]
            if hits:
                return max(hits)[2] if last else min(hits, key=lambda h: (h[0] - h[1], -h[1]))[2]
        return None

    def _principal(self, entity_id: str) -> str:
        """Whom a spokesperson speaks for ("Orrin Vale, a spokesman for Ada Brandt": Brandt), under the id the
        story gives that entity (one person named two ways is one: `people.merge_people`)."""
        entity = self.entities.get(entity_id)
        if entity is None:
            return entity_id
        principal = self.entities.get(entity.speaks_for) if entity.speaks_for else None
        return principal.id if principal is not None else (entity.speaks_for or entity.id)


# "The Associated Press contributed to this report.": a credit line at the end of an article
_CONTRIBUTED = re.compile(r"([A-Z][\w.'’ -]{1,40}?)\s+contributed\s+(?:reporting\s+)?to\s+this\s+"
                          r"(?:story|article|report)")


def wire_credit(article: Article, outlets: Iterable[str] = ()) -> str | None:
    """The wire service an article is credited to: its byline ("By The Associated Press"), its outlet, its
    dateline ("OSLO (Reuters) -"), or a credit line saying it contributed to the article (what the article says in
    its own voice may be the wire's: two articles crediting one wire are not two sources of it). Also another
    outlet of the story (`outlets`) that its byline, dateline or credit line names: "OSLO (Nordic Wire) -" in the
    Fjord Post is the Nordic Wire's copy, whatever agency list knows it."""
    head = article.text[:160]
    dateline = _DATELINE_CREDIT.match(head)
    credited = [m.group(1) for m in _CONTRIBUTED.finditer(article.text[-400:])]
    others = {outlet_key(o): o for o in outlets if outlet_key(o) != outlet_key(article.outlet or "")}
    # ... or by its initials, as agencies credit themselves in a dateline ("OSLO (NW) -" for the Nordic Wire)
    initials = {short: o for o in outlets if outlet_key(o) != outlet_key(article.outlet or "")
                and len(short := _initials(o)) >= 2}
    for said in (article.byline or "", article.outlet or "", dateline.group(1) if dateline else "", *credited):
        words = re.sub(r"^(?:by\s+)?(?:the\s+)?", "", said.strip(), flags=re.I).strip().lower()
        if words in WIRE_SERVICES:
            return WIRE_SERVICES[words]
        if words and (outlet := others.get(outlet_key(words))):  # (never its own outlet: left out of `others`)
            return outlet
    if dateline and re.fullmatch(r"[A-Z]{2,5}", credit := dateline.group(1).strip()) and credit in initials:
        return initials[credit]
    return None


def _named_after(group: str | None, low: str, names: list[re.Match]) -> bool:
    """Whether a source phrase ends in a name right after its group noun ("the anti-doping agency anda")."""
    return bool(group) and any(re.search(rf"\b{re.escape(group)}\w*\s+$", low[:m.start()])
                               and not low[m.end():].strip(" ,;:") for m in names)


# A dateline's credit ("OSLO (Reuters) -", "VAROS (Nordic Wire) -")
_DATELINE_CREDIT = re.compile(r"^[^\n(]{0,60}\(([^)]{2,40})\)\s*(?:—|–|--|-)")
_CREDIT_NAME = re.compile(r"(?!(?:Updated?|Update \d+|Corrected|Correction|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                          r"Nov|Dec)\b)[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}")


def shared_credits(articles: list[Article], credited: dict[str, str]) -> dict[str, str]:
    """Articles whose datelines credit one name no agency list or outlet of the story knows, beside another article
    of the story crediting it ("VAROS (Nordic Wire) -" in two papers): article id -> that name, one copy of it. (A
    name one article alone credits may be its own desk's: it stays the article's.)"""
    found: dict[str, str] = {}
    for a in articles:
        # (a name: not "(Updated)" nor "(June 3)", which two papers may both print)
        if a.id not in credited and (dateline := _DATELINE_CREDIT.match(a.text[:160])) and _CREDIT_NAME.fullmatch(
                credit := dateline.group(1).strip()) and outlet_key(credit) != outlet_key(a.outlet or ""):
            found[a.id] = credit
    counts = Counter(outlet_key(c) for c in found.values())
    return {aid: c for aid, c in found.items() if counts[outlet_key(c)] >= 2}


def _initials(outlet: str) -> str:
    """An outlet's initials, as a dateline credits it: "NW" for "Nordic Wire", "FP" for "The Fjord Post"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", outlet) if w.lower() != "the").upper()


def copies(articles: list[Article]) -> dict[str, str]:
    """article -> the earlier article of another outlet it copies: a near duplicate, or one that shares long
    passages with it (SHARED_PASSAGE word 8-grams: a paragraph or more)."""
    out = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    grams = {a.id: _shingles(a.reading) for a in articles}
    ordered = sorted(articles, key=lambda a: (a.published or "9999", a.id))
    for i, later in enumerate(ordered):
        if later.id in out:
            continue
        for earlier in ordered[:i]:
            if (earlier.outlet or earlier.id) != (later.outlet or later.id) and \
                    len(grams[later.id] & grams[earlier.id]) >= SHARED_PASSAGE:
                out[later.id] = earlier.id
                break
    return out


def _shingles(text: str, n: int = 8) -> set[int]:
    """The word n-grams of an article's own words: quotations are left out, since two outlets quoting one long
    statement copy the speaker, not each other."""
    own, pos = [], 0
    for a, b in quote_regions(text):
        own.append(text[pos:a])
        pos = b
    own.append(text[pos:])
    grams: set[int] = set()
    for part in own:
        words = re.findall(r"\w+", part.lower())
        grams.update(hash(" ".join(words[i : i + n])) for i in range(len(words) - n + 1))
    return grams


def mark_echoes(mentions: list[Mention], copied: dict[str, str] | None = None,
                texts: dict[str, str] | None = None) -> dict[int, MentionRef]:
    """index -> the earlier text a mention copies: a near-verbatim earlier mention in another outlet, a mention of
    the article it duplicates, or the passage of a copied article it repeats (`copied`: article -> original,
    `texts`: article -> text)."""
    from rapidfuzz import process

    copied, texts = copied or {}, texts or {}
    echoes: dict[int, MentionRef] = {}
    if len({m.article for m in mentions}) < 2 and not copied:  # an echo copies another article
        return echoes
    strings = [m.text for m in mentions]
    # case is house style ("AN AUSTRALIAN climber ..." in one outlet's lede), not the words copied
    close = process.cdist(strings, strings, scorer=fuzz.ratio, processor=str.lower, score_cutoff=ECHO_RATIO,
                          dtype=np.uint8, workers=-1) > 0
    short = np.array([len(t) < ECHO_MIN_CHARS for t in strings])
    close[short, :] = False
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].published or "9999", mentions[i].article,
                                                         mentions[i].start))
    rank = {i: pos for pos, i in enumerate(order)}
    by_article: dict[str, list[int]] = {}
    for i in order:
        by_article.setdefault(mentions[i].article, []).append(i)
    quoted = [_quotation(m, texts.get(m.article)) for m in mentions]
    for i in order:
        mi = mentions[i]
        # a speaker's own words are alike wherever they are quoted: that is no copy
        earlier = [int(j) for j in np.nonzero(close[i])[0] if rank[int(j)] < rank[i] and not (quoted[i] and quoted[j])]
        if mi.duplicate_of:
            earlier += [j for j in by_article.get(mi.duplicate_of, []) if rank[j] < rank[i]]
        earlier = [j for j in earlier if mentions[j].article != mi.article and j not in echoes]
        if earlier:
            j = min(earlier, key=rank.__getitem__)
            echoes[i] = mentions[j].ref
            continue
        original = copied.get(mi.article)
        if original and original in texts:  # the passage it repeats, whether or not a mention of it was found
            if len(mi.text) >= ECHO_MIN_CHARS:
                hit = fuzz.partial_ratio_alignment(mi.text, texts[original], score_cutoff=ECHO_RATIO)
                if hit is not None:
                    echoes[i] = MentionRef(original, hit.dest_start, hit.dest_end)
            elif (span := _verbatim(mi.text, texts[original])) is not None:
                echoes[i] = MentionRef(original, *span)
    return echoes


def _verbatim(words: str, text: str) -> tuple[int, int] | None:
    """Where a short statement of ECHO_MIN_WORDS words or more stands word for word (whatever the case) in `text`.
    Between two outlets, a short sentence alike is no sign of copying ("no fuel had leaked"); in an article that
    copies long passages of another, the same words in the other are what it copied ("He also has two prior theft
    convictions."), and the claim has one source, not two."""
    if len(re.findall(r"\w+", words)) < ECHO_MIN_WORDS:
        return None
    found = re.search(re.escape(words), text, re.IGNORECASE)
    return found.span() if found else None


def _quotation(m: Mention, text: str | None) -> bool:
    """Whether a mention is someone's own words (a named source's, or a quotation whose speaker is not found): in
    the first person, or nearly all inside quotation marks."""
    if not (m.quoted or m.attribution is not None and m.attribution.source) or text is None:
        return False
    if _FIRST_PERSON.search(m.text):
        return True
    inside = sum(min(b, m.end) - max(a, m.start) for a, b in quote_regions(text) if a < m.end and b > m.start)
    return inside >= 0.8 * (m.end - m.start)


QUOTE_WORDS = 4  # words in a row two mentions quote alike for their quotations to be one
# reported words a pronoun for their speaker opens ("it would publish updates"): `Mention.statement` names them
_OPENS_WITH_PRONOUN = re.compile(r"\W*(?:he|she|it|they|we|i)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|me|my|we|our|us)\b")


@lru_cache(maxsize=64)  # asked for every claim of a story, about the same few article texts
def quote_regions(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of `text` inside quotation marks (curly pairs, and straight ones taken in turn)."""
    regions, opened = [], None
    for m in re.finditer(r"[“”\"]", text):
        ch = m.group()
        if opened is None and ch in "“\"":
            opened = m.end()
        elif opened is not None and ch in "”\"":
            regions.append((opened, m.start()))
            opened = None
    if opened is not None:  # a quotation running past the end of the text as read
        regions.append((opened, len(text)))
    return tuple(regions)


def quoted_grams(m: Mention, text: str, regions: tuple[tuple[int, int], ...]) -> set[tuple[str, ...]]:
    """The QUOTE_WORDS-word runs of someone's own words in a mention: what it has inside quotation marks, or all
    of it when it speaks in the first person ("I will not resign" is a quotation however it is printed)."""
    if _FIRST_PERSON.search(m.text):
        parts = [m.text]
    else:
        parts = [text[max(a, m.start):min(b, m.end)] for a, b in regions if a < m.end and b > m.start]
    grams: set[tuple[str, ...]] = set()
    for part in parts:
        words = re.findall(r"\w+", part.lower())
        grams.update(tuple(words[i:i + QUOTE_WORDS]) for i in range(len(words) - QUOTE_WORDS + 1))
    return grams


# Someone's claim named as theirs: "the union's demand for a 6 percent rise", "Nordavia's offer", "the mayor's
# account" (not "the club's accounts": its books)
_ANOTHERS_CLAIM = re.compile(r"\b((?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)['’]s?\s+(?:[a-z]+\s+)?"
                             r"(?:(?:demand|claim|proposal|offer|allegation|assertion|accusation|estimate|figure|"
                             r"version|request|position|plan)s?|account)\b")


# A thing the words name as known, judged ("The 450 job cuts at Fjordverft are a blow to the town", "the ban was
# unfair"): the judgement presupposes it, and says nothing of whether it is so
_JUDGED = re.compile(r"^\W*(?:the|this|that|these|those)\s+[^,;]{3,80}?\s+(?:is|are|was|were|would be|will be)\s+"
                     r"(?:(?:a|an)\s+(?:\w+\s+)?(?:blow|disaster|mistake|tragedy|scandal|shame|betrayal|catastrophe|"
                     r"setback|outrage|victory|relief|step)|unacceptable|unfair|unjust|unjustified|regrettable|"
                     r"welcome|outrageous|shameful|devastating|disappointing)\b", re.I)


def of_anothers_claim(mentions: list[Mention], described: dict[str, set[str]],
                      names: dict[str, str]) -> dict[int, str]:
    """index -> the source whose claim a mention speaks of, naming it as theirs ("the union's demand for a 6
    percent rise was unrealistic", Nordavia's chief executive said, beside the union's own "we demand a 6 percent
    rise"): a judgement of that claim, which it presupposes, is no second source of it. The owner is another
    mention's source, by its name or a word the texts describe it with ("the union"); for words that judge a thing
    they name as known (`_JUDGED`), the source of another outlet's mention that states it."""
    out: dict[int, str] = {}
    for i, m in enumerate(mentions):
        if not m.source:
            continue
        if _JUDGED.match(m.statement or m.text) and (owner := next(
                (o.source for o in mentions if o.source and o.source != m.source and o.article != m.article
                 and not _JUDGED.match(o.statement or o.text)), None)):
            out[i] = owner  # "The 450 job cuts at Fjordverft are a blow to the town": the cuts, judged
            continue
        for found in _ANOTHERS_CLAIM.finditer(m.statement or m.text):
            owner = re.sub(r"^the\s+", "", found.group(1).lower())
            for o in mentions:
                if o.source and o.source != m.source and (
                        owner.split()[-1] in described.get(o.source, set())
                        or letters(owner) == letters(names.get(o.source, ""))):
                    out[i] = o.source
                    break
            if i in out:
                break
    return out


def one_speaker(mentions: list[Mention], texts: dict[str, str]) -> dict[int, str | None]:
    """index -> the source to count a mention as (None: not counted), by what quotations are:
    - mentions in different articles that quote the same words but name different speakers: a quotation has one
      speaker, so its words count as one source however the reports credit them (the speaker most of them name;
      of equals a person, then the earliest report's);
    - statements of themselves by different speakers are different statements (each "I" is its speaker, as is
      the "he" or "it" their reported words open with: `Mention.statement`, "Hallen Group said it would
      publish updates" and "Kestrel Mining said it would publish updates"): only the speaker who says it most counts
      for the claim."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    grams = [quoted_grams(m, texts.get(m.article, ""), quote_regions(texts.get(m.article, ""))) for m in mentions]
    pairs = [(i, j) for i in range(len(mentions)) for j in range(i + 1, len(mentions))
             if grams[i] & grams[j] and mentions[i].article != mentions[j].article]
    rows, cols = [p[0] for p in pairs], [p[1] for p in pairs]
    n = len(mentions)
    _count, label = connected_components(coo_matrix(([1] * len(pairs), (rows, cols)), shape=(n, n)), directed=False)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(int(label[i]), []).append(i)

    def most(indices: list[int]) -> str:
        order = sorted(indices, key=lambda i: (mentions[i].published or "9999", mentions[i].article, mentions[i].start))
        votes: dict[str, int] = {}
        for i in order:
            votes[source_id(i)] = votes.get(source_id(i), 0) + 1
        return max(votes, key=lambda s: (votes[s], s.startswith("person:")))  # ties: the first counted

    out: dict[int, str | None] = {}

    def source_id(i: int) -> str:
        return out.get(i) or mentions[i].source or ""

    for members in groups.values():
        named = [i for i in members if mentions[i].source]
        if len({mentions[i].source for i in named}) > 1:
            speaker = most(named)
            out.update({i: speaker for i in named})
    of_themselves = [bool(_FIRST_PERSON.search(m.text)) or bool(m.statement) and bool(_OPENS_WITH_PRONOUN.match(
        m.text)) and not m.aside for m in mentions]
    first = [i for i, m in enumerate(mentions) if m.source and of_themselves[i]]
    if len({source_id(i) for i in first}) > 1:
        speaker = most(first)
        out.update({i: None for i in first if source_id(i) != speaker})
    return out


def fold_together(sources: list[str], together: list[list[str]]) -> tuple[list[str], list[tuple[str, str]]]:
    """The independent sources with those one report names as issuing one joint statement
    (`SourceResolver.together`) counted once, as the first of them: the statement quoted by another outlet as
    one of theirs is the same words, one source. (kept, [(left out, counted as)])."""
    kept: list[str] = []
    folded: list[tuple[str, str]] = []
    for s in sources:
        partner = next((k for k in kept if any(s in ids and k in ids for ids in together)), None)
        if partner is None:
            kept.append(s)
        else:
            folded.append((s, partner))
    return kept, folded


# People an outlet does not name for what they know, not for who they are ("people familiar with the matter", "a
# person with knowledge of the talks", "those briefed on the plans"): insiders, as "sources" are, and may be the
# same ones another outlet calls so
_INSIDERS = re.compile(r"^(?:\w+\s+){0,2}?(?:people|persons?|someone|individuals?|those|others?)\s+"
                       r"(?:who\s+(?:is|are|was|were)\s+)?(?:familiar\s+with|with\s+(?:direct\s+|first-?hand\s+)?"
                       r"knowledge\s+of|briefed\s+on|knowledgeable\s+about|close\s+to)\b")
_THE_PERSON = re.compile(r"(?:(?:that|this)\s+)?(?:person|individual)")  # its key drops "the"
# ... and "the people said" after "people familiar with the talks": those people (not "people said", anyone)
_THE_PEOPLE = re.compile(r"(?:the|these|those)\s+(?:people|persons|individuals)", re.I)
# "a police spokesman", "a union official", "police officers": the body they speak for or serve, named just before
_NAMED_BY_KIND = {"service", "authority", "department", "office", "guard", "board"}
_BODY_MEMBER = re.compile(r"\b((?:(?!(?:an?|the|its|their|his|her|one|two|three|several|some)\s)\w+\s+)?(\w+))\s+"
                          r"(?:spokes(?:man|woman|person|people|men|women)|officers?|officials?)\b")
# Bodies whose spokespeople, officials and officers speak as them
BODIES = OFFICIAL_GROUPS | {"union", "company", "firm", "party", "hospital", "school", "university", "college",
                            "airline", "club", "league", "team", "church", "council", "committee", "commission",
                            "department", "army", "navy", "court", "prison", "city", "county", "regulator",
                            "watchdog", "charity", "campaign", "coalition", "association", "board", "federation",
                            # businesses named by their trade ("a shipyard spokesperson", "an airport official")
                            "shipyard", "airport", "operator", "utility", "refinery", "factory", "plant", "mine",
                            "bank", "insurer", "museum",
                            # public services ("a coastguard spokeswoman", "a fire service spokesman")
                            "coastguard", "guard", "authority", "service", "embassy", "consulate"}
# Any business ("the company", "the firm") and businesses named by their trade ("the port operator", "the airline"):
# one of each may be one body
_A_FIRM = {"company", "firm", "business", "corporation"}
_TRADES = {"operator", "airline", "carrier", "shipyard", "utility", "refinery", "factory", "plant", "mine", "bank",
           "insurer", "manufacturer", "maker", "retailer", "developer", "shipowner", "owner", "producer", "supplier"}
# Heads of a phrase naming a place's body, whose word the place's is ("the Polish government", "the Chinese side")
# (not a body of the place's people that is no part of its state: "the Norwegian federation", "a Danish company",
# "the Swedish club" speak for themselves, not for the country)
_NOT_THE_STATE = {"union", "company", "firm", "party", "hospital", "school", "university", "college", "airline", "club",
                  "league", "team", "church", "charity", "campaign", "coalition", "association", "federation",
                  "shipyard", "airport", "operator", "utility", "refinery", "factory", "plant", "mine", "bank",
                  "insurer", "museum", "group", "corporation", "inc", "ltd", "institute", "airlines", "airways",
                  "lines", "shipping", "ferries", "mining", "energy", "oil", "holdings", "partners", "foundation",
                  "fund", "trust", "network", "news", "times", "post", "press", "gazette", "ledger", "daily", "wire",
                  "radio", "tv",
                  # a court rules apart from the government of its place ("the Bergen district court" is not Bergen)
                  "court", "courts", "tribunal"}
_STATE_BODIES = (BODIES | _NAMED_BODIES | {"government", "state", "embassy", "consulate", "military", "forces",
                                           "leadership", "regime", "administration", "cabinet", "parliament", "side",
                                           "mission", "delegation", "coastguard", "guard", "intelligence", "media"}
                 ) - _NOT_THE_STATE
# Unnamed issuers of a paper whose word it is ("a report by the regulator"): bodies and groups, not any phrase
_ISSUERS = BODIES | set(GROUP_NOUNS)

# Unnamed insiders named by no office: "authorities", "officials" and "officers" may be the police, the ministry,
# the military or the investigators another report of the claim names, and either may be the other.
GENERIC_GROUPS = {"authorities", "officials", "officers"}
# Papers named by no kind ("court documents", "records", "files") may be the indictment, the filing or the report
# another report of the claim cites.
GENERIC_DOCUMENTS = {"doc:documents", "doc:records", "doc:files"}


# People who were there: "witnesses" may be any of them ("the ferry hit the pier, witnesses said" beside "...,
# several passengers said")
_PRESENT = {"passengers", "residents", "villagers", "survivors", "workers", "employees", "neighbors", "protesters",
            "demonstrators", "students", "fishermen", "crew", "crew members", "onlookers"}
_THERE = _PRESENT | {"witnesses"}  # ... and those who saw it
# People who work somewhere and speak as themselves, not for their employer ("workers at Fjell Motors", "Nordbank
# employees"), as its spokespeople and officials do
_STAFF = {"workers", "employees"}


def _without_witnesses(sources: list[str]) -> list[str]:
    """The sources without unnamed witnesses beside a group of people who were there, who may be the same people
    (of the same place or of places not said)."""
    present = [g for s in sources if (g := _group_of(s)) is not None and g[0] in _PRESENT]
    return [s for s in sources if not ((group := _group_of(s)) is not None and group[0] == "witnesses" and any(
        group[1] is None or p[1] is None or group[1] == p[1] for p in present))]


# The people a body is made of, by the words its name holds ("firefighters" are the fire service's, "troops" the
# army's): beside the body, its members are its word
_MEMBERS = {"firefighters": {"fire"}, "rescuers": {"rescue"}, "paramedics": {"ambulance"},
            "soldiers": {"army", "military", "forces"}, "troops": {"army", "military", "forces"},
            "doctors": {"hospital"}, "nurses": {"hospital"}}


def _without_members(sources: list[str], entities: dict[str, Entity]) -> list[str]:
    """The sources without a group of a body's members beside that body ("firefighters" beside "the fire
    service", or "Lysvik Fire Department"): one source, as a spokesman and the body are."""
    def words(source: str) -> set[str]:
        group = _group_of(source)
        name = group[0] if group else (entities[source].name if source in entities else "")
        return set(re.findall(r"[a-z]+", name.lower()))

    return [s for s in sources if not ((group := _group_of(s)) is not None and group[0] in _MEMBERS and any(
        o != s and words(o) & _MEMBERS[group[0]] for o in sources))]


def _one_per_role(sources: list[str]) -> list[str]:
    """The sources with one unnamed person per role: "the captain" and "the vessel's captain", "the owner" and "the
    store owner" are described by one role noun and may well be one person (the first kept); so are "employees" and
    "workers" (or "staff") of one place one group of people who work there."""
    seen: set[str] = set()
    out: list[str] = []
    for s in sources:
        group = _group_of(s)
        role = "workers" if group and group[0] in _STAFF | {"staff"} else (
            group[0].split()[-1].split("'")[0] if group and group[0] not in GROUP_NOUNS and group[0] else None)
        if role is not None and (role, group[1]) in seen:
            continue
        if role is not None:
            seen.add((role, group[1]))
        out.append(s)
    return out


# Words of an unnamed body's name that say what kind of body it is, not what office it serves
_KIND_WORDS = {"service", "office", "authority", "department", "national", "public", "state", "general", "s"}


def _office(noun: str) -> frozenset[str]:
    """The office an unnamed body's name serves, word by word: a word of a known office as its stem ("prosecution",
    "prosecutor's" -> "prosecut"), the words of its kind left out ("service", "office")."""
    return frozenset(next((st for st in _OFFICE_STEMS.values() if w.startswith(st)), stem(w))
                     for w in re.findall(r"[a-z]+", noun.lower()) if w not in _KIND_WORDS)


def _one_per_office(sources: list[str]) -> list[str]:
    """The sources with one unnamed body per office of a place: "the prosecution service", "prosecutors" and "the
    national prosecutor's office" are one office's people (the first kept); "prosecutors" and "the police" two, as
    are one office's people of two places."""
    offices = set(_OFFICE_STEMS.values())
    seen: set[tuple[frozenset[str], str | None]] = set()
    out: list[str] = []
    for s in sources:
        group = _group_of(s)
        key = (_office(group[0]), group[1]) if group is not None else None
        if key is not None and key[0] & offices:
            if key in seen:
                continue
            seen.add(key)
        out.append(s)
    return out


# The kinds an administrative body is named by, after what it deals with ("the electoral commission", "the election
# authority")
_AGENCY_KINDS = {"commission", "authority", "board", "agency", "office", "service", "directorate", "inspectorate",
                 "bureau", "department"}


def _business(source: str, entities: dict[str, Entity]) -> tuple[frozenset[str], str | None] | None:
    """What an administrative body named by its kind deals with, as the roots of its name's other words ("electoral
    commission", "the election authority": elect), and its place; None for any other source."""
    group = _group_of(source)
    entity = entities.get(source)
    if group is not None:
        name, place = group
    elif entity is not None and entity.type == "ORG":
        name, place = text_key(entity.name), None
    else:
        return None
    words = re.findall(r"[a-z]+", name)
    if len(words) < 2 or words[-1] not in _AGENCY_KINDS:
        return None
    roots = frozenset(w[:5] for w in words[:-1] if w not in _KIND_WORDS and w not in STOPWORDS)
    return (roots, place) if roots else None


def _same_business(source: str, sources: list[str], entities: dict[str, Entity]) -> list[str]:
    """An administrative body among `sources`, named before `source`, that deals with what `source` deals with in
    the same place or places not said ("the electoral commission" before "the election authority"): plausibly one
    body, named two ways."""
    mine = _business(source, entities)
    if mine is None:
        return []
    at = sources.index(source) if source in sources else len(sources)
    return [s for s in sources[:at] if (theirs := _business(s, entities)) is not None and theirs[0] == mine[0]
            and (mine[1] is None or theirs[1] is None or mine[1] == theirs[1])]


# Firms spoken of as a set ("the two lenders said", "a statement from the banks"), by the singular of the noun
_FIRMS = _A_FIRM | _TRADES | {"lender", "club", "team"}


def _one_set_of_firms(sources: list[str]) -> list[str]:
    """The sources with one unnamed set of firms per place: "the two lenders" and "the banks" that say one claim
    are the parties to it speaking together, and may well be the same firms (the first kept); "the unions" beside
    "the banks" are two sides, and one firm ("the company") is no set. So with one unnamed firm: "the bank said"
    in one report and "the lender announced" in another are the story's one bank, named two ways."""
    seen: set[tuple[bool, str | None]] = set()
    out: list[str] = []
    for s in sources:
        group = _group_of(s)
        noun = group[0].split()[-1] if group is not None and group[0] else ""
        single = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else None
        if group is not None and (single in _FIRMS or noun in _FIRMS):
            if (single in _FIRMS, group[1]) in seen:
                continue
            seen.add((single in _FIRMS, group[1]))
        out.append(s)
    return out


def _without_short_forms(sources: list[str]) -> list[str]:
    """The sources without an unnamed body named by the first word of another's name ("the port" beside "the port
    authority", "the harbour" beside "the harbour board"): the short form of one body's name."""
    groups = [g for s in sources if (g := _group_of(s)) is not None]

    def short(group: tuple[str, str | None] | None) -> bool:
        return group is not None and " " not in group[0] and group[0] not in GROUP_NOUNS and any(
            o[0].startswith(group[0] + " ") and o[1] == group[1] for o in groups)

    return [s for s in sources if not short(_group_of(s))]


def _without_generic_documents(sources: list[str]) -> list[str]:
    """The sources without a paper named by no kind beside another paper it may be (the first kept of two), nor
    a case's papers named by no kind ("court documents") beside another of the case's papers ("the indictment")."""
    out: list[str] = []
    for s in sources:
        if s in GENERIC_DOCUMENTS and any(o != s and o.startswith("doc:")
                                          and (o not in GENERIC_DOCUMENTS or o in out) for o in sources):
            continue
        if s == "doc:filing" and any(o != s and o in _CASE_PAPERS for o in sources):
            continue
        out.append(s)
    return out


def _without_unissued_documents(sources: list[str], deniers: set[str] | None = None) -> list[str]:
    """The sources without a paper no issuer is named for beside a source that may have issued it ("records
    show" beside "the council said", "a study found" beside the institute's researchers, "court filings say"
    beside prosecutors): anyone but people who were there (`_PRESENT`, witnesses) and those who only deny what the
    paper shows (`deniers`: "documents show the minister approved it" beside "the minister denied any wrongdoing"
    is not her paper)."""
    def may_issue(source: str, paper: str) -> bool:
        group = _group_of(source)
        return not source.startswith("doc:") and not (group and group[0] in _THERE and paper not in _FILED) and (
            source not in (deniers or set()))

    return [s for s in sources if not (s.startswith("doc:") and any(may_issue(o, s) for o in sources))]


# A case's papers, which anyone may have filed: "former workers" who sue, beside "a lawsuit" or "court papers"
_FILED = {"doc:filing", "doc:lawsuit", "doc:complaint"}
_CASE_PAPERS = _FILED | {"doc:indictment"}


def _group_of(source: str) -> tuple[str, str | None] | None:
    """(noun, place) of an unnamed group's id ("group:police@country:italy"), None for any other source."""
    if not source.startswith("group:"):
        return None
    noun, _, place = source[6:].partition("@")
    return noun, place or None


# The ids of places, whose name in a source phrase may only say where its people are
_PLACES = ("country:", "norp:", "gpe:", "loc:")
# The words an unnamed body's name ends in ("the harbour authority", "the fire service", "the city council").
_UNNAMED_BODIES = BODIES - GENERIC_GROUPS | {"authority", "service", "office", "guard", "coastguard", "municipality",
                                              "town", "village", "district", "borough", "region", "province",
                                              "centre", "center", "station", "bureau", "directorate", "unit",
                                              "headquarters", "command", "inspectorate", "secretariat"}


# The people of a body an insider group names, no kind of body themselves
_BODY_PEOPLE = {"officials", "official", "officers", "officer", "sources", "source", "aides", "aide", "diplomats",
                "prosecutors", "investigators", "staff"}


def _without_generic(sources: list[str]) -> list[str]:
    """The sources without an insider group named by no office (`GENERIC_GROUPS`) beside an insider group that
    may be the same people (one named by its office, or a generic one counted before it) of the same place or
    of places not said: "authorities" beside "police" are one source, "police" beside "officials@country:x"
    too, "officials@country:x" beside "officials@country:y" two; and beside an unnamed body whose officials they
    may be ("a harbour official" beside "the harbour authority")."""
    out: list[str] = []
    for s in sources:
        group = _group_of(s)
        if group is not None and group[0] in GENERIC_GROUPS and any(
                (other := _group_of(o)) is not None and o != s
                and (other[0] in OFFICIAL_GROUPS or other[0].split()[-1] in _UNNAMED_BODIES)
                and (other[0] not in GENERIC_GROUPS or o in out)
                and (group[1] is None or other[1] is None or group[1] == other[1]) for o in sources):
            continue
        out.append(s)
    return out


_ONE = re.compile(r"(?:a|an|one)\s", re.I)


def lone_people(sources: list[str | None], mentions: list[Mention]) -> set[str]:
    """The unnamed groups every mention citing them names as one person ("a resident who lives next door", "one
    witness"): that one may be a person another report names."""
    said = [(s, bool(m.attribution and _ONE.match(m.attribution.source_text or ""))) for s, m in
            zip(sources, mentions, strict=True) if s and s.startswith("group:")]
    return {s for s, _one in said} - {s for s, one in said if not one}


# Whom a story says organised what it reports ("The union federation, which organised the protest, said ..."): the
# organisers another report cites unnamed
_ORGANISED = re.compile(r"^(?:the\s+)?((?:[\w'’-]+\s+){1,5}?)(?:(?:has|had)\s+)?(?:co-?)?organi[sz]ed\b", re.I)
_ORGANISERS = {"organisers", "organizers"}


def organisers(mentions: list[Mention], described: dict[str, set[str]]) -> None:
    """Add "organisers" to the words (`described`) of each source a statement of the story says organised something
    ("The union federation organised the protest", an aside of "The union federation, which organised the protest,
    said"): unnamed "organisers" beside it are it (`_organised_by`)."""
    for m in mentions:
        if (said := _ORGANISED.match(m.text)) is None:
            continue
        words = set(re.findall(r"[a-z]+", said.group(1).lower())) - {"the"}
        for source, theirs in described.items():
            if words and words <= theirs and not source.startswith(("outlet:", "doc:")):
                theirs.add("organisers")


def _organised_by(group: str, sources: list[str], described: dict[str, set[str]] | None) -> bool:
    """Whether unnamed organisers (`group`) stand beside a source the story says organised it (`organisers`)."""
    return (noun := _group_of(group)) is not None and noun[0] in _ORGANISERS and any(
        s != group and "organisers" in (described or {}).get(s, set()) for s in sources)


def independent_sources(entries: list[tuple[str | None, bool, bool]], entities: dict[str, Entity] | None = None,
                        carriers: set[str] | None = None, described: dict[str, set[str]] | None = None,
                        lone: set[str] | None = None, deniers: set[str] | None = None) -> list[str]:
    """Distinct primary sources from (source, own voice, echo) per mention: echoes left out, outlets' own voices
    left out when anyone is cited for the claim, an unplaced group left out beside a placed one, "authorities"
    or "officials" beside another insider group that may be them (`_without_generic`), unnamed
    insiders ("officials", "sources") left out beside a named source who may be one of them (`entities` tells a
    person's country), an outlet cited for it left out when its own article is among the claim's (`carriers`:
    its sources count instead), a person whom the text describes by an office of an organisation among the
    sources ("Trade Minister Jonas Berg" beside "the trade ministry": `described` gives each source's descriptive
    words) counted as it, and one unnamed person of a many ("a resident": `lone`, `lone_people`) left out beside
    a named person who may be them; unnamed organisers beside the body the story says organised it
    (`_organised_by`); also unnamed witnesses beside others who were there (`_without_witnesses`), a
    person's office beside the person (`_body_of`), an aide or lawyer beside whom they work for (`_staff_of`) or
    beside one named as that person's (`_one_of_the_staff`: "his lawyer" beside "Holm's lawyer, Siri Berg") and
    a body's members beside it (`_without_members`: "firefighters" beside "the fire service"); a state's own media
    beside the state or its media named first (`_state_media_of`: "Estmark state television" beside "Estmark").
    An unnamed source is not taken for a named one where one of them only denies the claim and the other does not
    (`deniers`: "the harbour board" that states it is not the mayor who denies it). One person named two ways is
    one id already (`people.merge_people`)."""
    entities = entities or {}
    kept = [(s, own) for s, own, echo in entries if s and not echo]
    if any(not own for _s, own in kept):
        kept = [(s, own) for s, own in kept if not own]
    kept = [(s, own) for s, own in kept if own or s not in (carriers or set())] or kept
    sources = list(dict.fromkeys(s for s, _own in kept))
    # unnamed "officials" may well be the "officials@country:south-korea" of another report: an unplaced group is
    # not counted beside a placed one of the same kind
    placed = {s.split("@")[0] for s in sources if s.startswith("group:") and "@" in s}
    sources = [s for s in sources if s not in placed]
    sources = _one_set_of_firms(_one_per_office(_one_per_role(_without_short_forms(_without_generic_documents(
        _without_generic(sources))))))
    sources = _without_unissued_documents(_without_witnesses(_without_members(sources, entities)), deniers)
    sources = [s for s in sources
               if not _office_of(s, sources, entities, described) and not _serves(s, sources, entities)]
    sources = [s for s in sources
               if not _state_media_of(s, sources, entities) and not _state_body_of(s, sources, entities)]
    sources = [s for s in sources if not _same_business(s, sources, entities)]
    sources = [s for s in sources if not _organised_by(s, sources, described)]
    named = [s for s in sources if not s.startswith(("group:", "outlet:", "doc:"))]

    def could_be(group: str, source: str) -> bool:
        """An unnamed insider group and a named source of the same country, or of unknown countries; not a group
        named by the office it serves beside an organisation whose name says another ("police" beside "the
        coast guard", but not beside "Lysvik Police District")."""
        place = group.split("@", 1)[1] if "@" in group else None
        entity = entities.get(source)
        office = _OFFICE_STEMS.get(group[6:].split("@")[0])
        if office and source.startswith("org:") and entity is not None and office not in entity.name.lower():
            return False
        theirs = source if source.startswith("country:") else (entity.place if entity is not None else None)
        return place is None or theirs is None or place == theirs

    def of_another_body(group: str, person: str) -> bool:
        """A person or organisation the texts describe by a body of another kind than the group's ("the council"
        beside "union leader Tor Aas", "the coastguard" beside "the operator, Fjordline Ferries"): not one of them.
        A body is of the kind its name ends in ("the drivers' union": a union), and one named with a word the
        texts describe the other by may be it ("the fire service" beside "the Lysvik fire department"). A
        spokesperson's word says no kind ("a spokesperson for Fjord Salmon" may be "the company")."""
        # (people the texts cite a body by, "WHO officials", say no kind of body: the UN health agency may be WHO)
        theirs = (described or {}).get(person, set()) - SPOKESPEOPLE - _BODY_PEOPLE
        words = group.split()
        noun = words[-1] if words else group
        if noun in SPOKESPEOPLE:  # "a spokeswoman" the text does not say whose may speak for "the company"
            return False
        if noun in _A_FIRM and theirs & _TRADES or noun in _TRADES and theirs & _A_FIRM:
            return False  # "the company" beside "the port operator, Kaldvik Harbour AS": a firm of that trade
        # an executive named by no body heads a business ("chief executive Lise Holm"; not "President Yoon" nor a
        # director, who may head anything): not a union, a party ... (insiders, "officials", may be anyone's)
        heads_a_firm = bool(theirs & _BUSINESS_HEADS) and not theirs & BODIES and (
            noun not in _A_FIRM | _TRADES | OFFICIAL_GROUPS)
        return ((group in BODIES or noun in BODIES | _UNNAMED_BODIES) and not set(words) & theirs
                and (bool(theirs & BODIES) or heads_a_firm))

    def anyone(group: str) -> bool:
        """An unnamed source that may be a named one: an insider group, or a description ("the owner")."""
        noun = group[6:].split("@")[0]
        return noun in OFFICIAL_GROUPS or noun not in COLLECTIVES

    def maybe_named(group: str) -> bool:
        """An unnamed source that may be one of the named ones; unnamed media ("state media reported") may be an
        outlet cited by name ("the KCNA news agency said")."""
        if group[6:].split("@")[0] in ("state media", "media") and any(s.startswith("outlet:") for s in sources):
            return True
        noun, place = _group_of(group) or ("", None)
        if place in named:
            return True  # "Estmark's military" beside "Estmark": a body of it, its word
        if noun in _ARMED and any(n.startswith("org:") and _DEFENCE.search(n) and (
                place is None or letters(place.split(":", 1)[1]) in n) for n in named):
            return True  # ... or beside the defence ministry it answers to ("the Estmark defence ministry")
        # "a person close to the mayor" may be "a friend of the mayor"; a spokesperson the text does not say whose
        # may speak for whoever else is unnamed ("its chief executive", "the operator")
        stand_ins = ("sources", "spokesperson")  # (of two such, the first counts)
        if noun in stand_ins and any(
                o != group and (other := _group_of(o)) is not None and anyone(o)
                and (other[0] not in stand_ins or sources.index(o) < sources.index(group))
                and (place is None or other[1] is None or place == other[1]) for o in sources):
            return True
        if noun and any(stem(noun) in {stem(x) for w in (described or {}).get(n, ()) for x in _ONE_BODY.get(w, {w})}
                        for n in named):
            # "residents" beside "Kari Lie, who heads the residents' association": may be one of them; "the army"
            # beside "military spokesman Ivar Dale": may be him
            return True
        if anyone(group):
            return any(could_be(group, n) and not of_another_body(noun, n)
                       and (group in (deniers or set())) == (n in (deniers or set())) for n in named)
        return group in (lone or set()) and any(n.startswith("person:") and could_be(group, n) for n in named)

    return [s for s in sources if not (s.startswith("group:") and maybe_named(s))
            and not _spoken_for(s, named, entities, described) and not _surname_of(s, named, entities)
            and not _body_of(s, named, entities) and not _staff_of(s, named, entities)
            and not _one_of_the_staff(s, named, entities)]


# An armed force, which speaks through the defence ministry it answers to
_ARMED = {"military", "army", "navy", "air force", "armed forces", "forces", "troops", "soldiers"}
_DEFENCE = re.compile(r"defen[cs]e")
# Words that name one body: a "military spokesman" speaks for the army
_ONE_BODY = {"military": {"military", "army", "forces"}, "naval": {"naval", "navy"},
             "army": {"army", "military"}, "navy": {"navy", "naval"}}


def _staff_of(person: str, named: list[str], entities: dict[str, Entity]) -> list[str]:
    """Whom among `named` the texts call a person an aide, lawyer or adviser of ("Lena Voss, an aide to Mayor Ada
    Brandt", nlp/roles): no second source beside them."""
    entity = entities.get(person)
    if entity is None or not entity.staff_of:
        return []
    principal = entities.get(entity.staff_of)
    key = principal.id if principal is not None else entity.staff_of
    return [key] if key in named and key != entity.id else []


def _one_of_the_staff(person: str, named: list[str], entities: dict[str, Entity]) -> list[str]:
    """Who among `named` an unnamed aide or lawyer ("his lawyer": nlp/annotate's key for it) may be: one the texts
    name as staff of the same person ("Holm's lawyer, Siri Berg")."""
    entity = entities.get(person)
    if entity is None or not entity.staff_of or not person.startswith(f"{entity.staff_of}-"):
        return []

    def whose(e: Entity) -> str:
        return entities[e.staff_of].id if e.staff_of in entities else e.staff_of

    return [n for n in named if n != person and (other := entities.get(n)) is not None and other.staff_of
            and whose(other) == whose(entity)]


def _body_of(source: str, named: list[str], entities: dict[str, Entity]) -> list[str]:
    """The person among `named` whose office, campaign, administration or team a source is ("her office said":
    `org:<person>-office`, nlp/annotate): it speaks for them, one source with them."""
    who, _, body = source[4:].rpartition("-") if source.startswith("org:") else ("", "", "")
    if body not in ("office", "campaign", "administration", "team") or not who:
        return []
    return [n for n in named if n.startswith("person:") and (n[7:] == who or (
        (e := entities.get(n)) is not None and letters(e.name.split()[-1]) == who))]


def _surname_of(person: str, named: list[str], entities: dict[str, Entity]) -> list[str]:
    """The other named people of a claim a person named by one word only may be, by surname or given name:
    "Lund" where the story has two ("Tor Lund", "Eva Lund") stayed unresolved, and may be either. The NER types
    an unknown name as an organisation at times ("Eva Brandt wrote on X", "Brandt said in a post"): a one-word
    name and a name of two or three words ending in it are one whatever the types."""
    entity = entities.get(person)
    if entity is None or entity.type not in ("PERSON", "ORG") or len(entity.name.split()) != 1:
        return []
    word = letters(entity.name)

    def may_be(other: Entity) -> bool:
        parts = [letters(p) for p in other.name.split()]
        if other.type == "PERSON" and entity.type == "PERSON":
            return word in parts[:1] + parts[-1:]
        return other.type in ("PERSON", "ORG") and 2 <= len(parts) <= 3 and word == parts[-1]

    return [n for n in named if n != person and (other := entities.get(n)) is not None and may_be(other)]


def speaks_as(person: str, sources: list[str], entities: dict[str, Entity],
              described: dict[str, set[str]] | None) -> tuple[list[str], str] | None:
    """The organisations among a claim's counted `sources` that a person left out of them (`independent_sources`)
    speaks as, and why ("office": the texts name the person by an office of it; "serves": the country whose
    office they hold; "state media": the state whose own media it is, or that state's media named first; "state
    body": another body of that state named first; "named two ways": a body of the same business named first;
    "spokesperson": one the text does not say whose; "executive": one of a body the text names only by its kind;
    "surname": the named people a surname alone may be; "unnamed staff": the named people an aide or lawyer the
    text does not name may be; "body": the person whose office or campaign it is; "staff": whom they are an aide
    or lawyer of), for the grade's reasons; None when the person is not counted as one."""
    if office := _office_of(person, sources, entities, described):
        return office, "office"
    if country := _serves(person, sources, entities):
        return country, "serves"
    if state := _state_media_of(person, sources, entities):
        return state, "state media"
    if body := _state_body_of(person, sources, entities):
        return body, "state body"
    if body := _same_business(person, sources, entities):
        return body, "named two ways"
    if spoken := _spoken_for(person, sources, entities, described):
        return spoken, "spokesperson" if _speaks_for_others((described or {}).get(person, set())) else "executive"
    if named := _surname_of(person, sources, entities):
        return named, "surname"
    if principal := _body_of(person, sources, entities):
        return principal, "body"
    if principal := _staff_of(person, sources, entities):
        return principal, "staff"
    if named := _one_of_the_staff(person, sources, entities):
        return named, "unnamed staff"
    return None


def _state_media_of(source: str, sources: list[str], entities: dict[str, Entity]) -> list[str]:
    """The state among `sources` whose own media `source` is ("Estmark state television", "Russian state TV",
    "KCNA"), or another of that state's media named before it: one voice, the state's, not a second source."""
    state = _state_named(source, entities)
    if state is None:
        return []
    at = sources.index(source) if source in sources else len(sources)
    return [s for k, s in enumerate(sources) if s != source and (
        state in _names_of(s, entities) or _state_named(s, entities) == state and k < at)]


# The bodies a state speaks through: its government and ministries, its armed forces, its envoys
_GOVERNING = {"ministry", "government", "administration", "leadership", "regime", "cabinet", "presidency", "side",
              "military", "forces", "army", "navy", "embassy", "consulate", "mission", "delegation"}


def _state_body_of(source: str, sources: list[str], entities: dict[str, Entity]) -> list[str]:
    """Another body of the same state among `sources`, named before `source`, that `source` is a body of that state
    beside ("Estmark's military" after "Estmark's defence ministry", "the Russian government" after "Russia's
    defence ministry"): one government, one voice. A ministry named by no state ("the defence ministry") may be
    any state's among them, or the state itself."""
    if (entity := entities.get(source)) is not None and entity.type == "ORG" and state_ministry(entity.name) == "":
        # (a country, not any place: "Bergen said" is a city's word)
        return [s for s in sources if s != source and (s.startswith("country:") or (
            group := _group_of(s)) is not None and group[1] is not None and group[0] in _GOVERNING)]
    group = _group_of(source)
    if group is None or group[1] is None or group[0] not in _GOVERNING:
        return []
    at = sources.index(source) if source in sources else len(sources)
    return [s for s in sources[:at] if (other := _group_of(s)) is not None and other[1] == group[1]
            and other[0] in _GOVERNING]


def _names_of(source: str, entities: dict[str, Entity]) -> set[str]:
    """A source's names as keys: its id's, its entity's name and aliases ("russia", "russian")."""
    own = {text_key(source.split(":", 1)[-1].split("@")[0].replace("-", " "))}
    if source in entities:
        own |= {text_key(x) for x in (entities[source].name, *entities[source].aliases)}
    return own


def _state_named(source: str, entities: dict[str, Entity]) -> str | None:
    """The state a source's name says it is the media of, as a key of that state's names."""
    if not source.startswith(("outlet:", "org:", "group:")):
        return None
    for name in sorted(_names_of(source, entities)):
        if (state := state_of_media(name)) is not None:
            # a demonym the story's entities know ("russian" is an alias of country:russia) stands for the state
            return next((text_key(e.name) for e in entities.values() if e.type == "GPE" and state in {
                text_key(x) for x in (e.name, *e.aliases)}), state)
    return None


def _office_of(person: str, sources: list[str], entities: dict[str, Entity],
               described: dict[str, set[str]] | None) -> list[str]:
    """The organisations among `sources` whose name shares a word of the office the texts describe a person by
    ("Trade Minister Jonas Berg" and "the trade ministry"): the person speaks as that organisation."""
    if not person.startswith("person:") or person not in entities:
        return []
    own = {stem(w) for w in re.findall(r"[a-z]+", text_key(entities[person].name))}
    office = {stem(w) for w in (described or {}).get(person, set())} - own - {stem(w) for w in STOPWORDS}
    # ... or a one-word "person" an executive's office names ("Nordlys chief executive Per Holm")
    executive = EXECUTIVES & (described or {}).get(person, set())
    return [s for s in sources if s in entities and entities[s].type in ("ORG", "FAC") and office & {
        stem(w) for w in re.findall(r"[a-z]+", text_key(entities[s].name)) if w not in STOPWORDS} or (
        executive and s != person and (name := _one_name(s, entities, described)) and stem(name) in office)]


def _serves(person: str, sources: list[str], entities: dict[str, Entity]) -> list[str]:
    """The country among `sources` that the texts say a person serves by an office ("Russian Foreign Minister
    Sergei Lavrov" beside "Russia said"): the official speaks as the country, and may be whom its statement quotes."""
    entity = entities.get(person) if person.startswith("person:") else None
    return [entity.place] if entity is not None and entity.place in sources else []


_WHOSE_BODY = {"its", "company", "firm", "operator", "airline", "carrier", "business", "corporation", "shipyard",
               "utility", "bank", "insurer"}
_OTHER_BODIES = {"group", "agency", "ministry", "union", "council", "committee", "association", "authority",
                 "department", "organisation", "organization", "coalition", "campaign", "charity", "commission",
                 "court", "police", "party", "government"}


def _speaks_for_others(words: set[str]) -> bool:
    """Whether the words a person is described by make them a spokesperson: "spokesman", or a press secretary ("the
    prime minister's press secretary, Jonas Vik" beside "his office said" was a second source)."""
    return bool(SPOKESPEOPLE & words) or {"press", "secretary"} <= words


def _spoken_for(person: str, sources: list[str], entities: dict[str, Entity],
                described: dict[str, set[str]] | None) -> list[str]:
    """A spokesperson the text does not say whose, or an executive of a body it names only by its kind, speaks for
    an organisation of the claim, if there is one: the organisations among `sources`, and a "person" of one name
    that is no named person's (`_one_name`)."""
    words = (described or {}).get(person, set())
    if not person.startswith("person:") or "former" in words or not (
            _speaks_for_others(words) or EXECUTIVES & words and _WHOSE_BODY & words):
        return []
    kind = _WHOSE_BODY & words - {"its"}

    def other_kind(n: str) -> bool:
        """The texts call `n` a body of another kind than the one the executive heads ("the environmental group
        Blue Coast" beside "the company's chief executive")."""
        theirs = (described or {}).get(n, set())
        return bool(kind) and bool(theirs & _OTHER_BODIES) and not theirs & _WHOSE_BODY

    return [n for n in sources if n != person and not (EXECUTIVES & words and other_kind(n)) and (
        n in entities and entities[n].type in ("ORG", "FAC") or n.startswith("org:")
        or _one_name(n, entities, described))]


def _one_name(source: str, entities: dict[str, Entity], described: dict[str, set[str]] | None) -> str | None:
    """The name of a "person" of one word (in an entity, or in the words the texts name them by where the NER typed
    nothing) that no full name ends with: the NER types an unknown company's name so ("Nordlys said it had ...")."""
    if not source.startswith("person:") or source in entities and entities[source].type != "PERSON":
        return None
    name = entities[source].name.lower().split() if source in entities else sorted((described or {}).get(source, ()))
    surnames = {e.name.split()[-1].lower() for e in entities.values() if e.type == "PERSON" and " " in e.name}
    return name[0] if len(name) == 1 and name[0] not in surnames else None


_KINDS = {"PERSON": "person", "ORG": "organisation", "FAC": "organisation", "GPE": "place", "LOC": "place",
          "NORP": "group"}


def source_of(source_id: str, entities: dict[str, Entity], outlets: dict[str, str] | None = None) -> Source:
    """A source id with the name a reader knows it by (`outlets`: outlet id -> the outlet's own spelling, and a
    name no entity holds -> the texts' spelling) and its kind."""
    if source_id.startswith("outlet:"):
        return Source(source_id, (outlets or {}).get(source_id, source_id[7:]), "outlet")
    if source_id.startswith("doc:"):
        return Source(source_id, source_id[4:], "document")
    if source_id.startswith("group:"):
        noun, _, place = source_id[6:].partition("@")
        noun = (outlets or {}).get(source_id, noun)  # a state's ministry by its portfolio ("defence ministry")
        where = entities[place].name if place in entities else place.split(":")[-1]
        return Source(source_id, f"{noun} ({where})" if place else noun, "group")
    entity = entities.get(source_id)
    if entity is not None:
        return Source(source_id, entity.name, _KINDS.get(entity.type, "other"))
    prefix = source_id.split(":", 1)[0]
    kind = {"person": "person", "org": "organisation", "country": "place"}.get(prefix, "other")
    return Source(source_id, (outlets or {}).get(source_id, source_id.split(":", 1)[-1]), kind)
