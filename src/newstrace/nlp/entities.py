"""Entity mentions and their canonical ids, within a document and across the corpus.

One id for every way of naming one thing: spelling variants ("Shin Wonsik" / "Shin Won-sik"), surnames and
titles back to the full name, acronyms ("National Intelligence Service (NIS)"), and metonyms of states
("Moscow", "the Kremlin" → Russia; "the North" → North Korea when the text is about the Koreas).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..lexicon import (
    DATELINE,
    FIRM_NAME,
    FIRM_WORDS,
    SPOKESPEOPLE,
    TITLES,
    letters,
    name_ending,
    name_key,
    without_legal_form,
)
from ..model import Entity, EntityMention
from .gazetteer import country_of

LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
ACRONYM_DEF = re.compile(r"([A-Z][\w&.'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w&.'’-]*))*)\s+\(([A-Z][A-Z&.]{1,9})\)")
_HEMISPHERE = re.compile(r"\bthe\s+(North|South)\b(?!\s+(?:Pole|Atlantic|Pacific|America|Sea|China|Caucasus|Africa))")
_ORG_WORD = name_ending((*FIRM_WORDS, "Bank", "Partners", "Associates", "Systems", "Foundation", "Institute",
                         "University", "Association", "Council", "Agency", "Ministry", "Party", "Media",
                         "Investments", "Hospital", "Clinic", "Union", "Network", "Labs", "Airport", "Railways?",
                         # public bodies ("North Vale Fire Department Chief Ina Moss": the NER's "person" is
                         # the department)
                         "Department", "Dept", "Police", "Patrol", "Commission", "Authority", "Bureau", "Office",
                         "Service", "Navy", "Army"))
# A spokesperson's noun after an organisation's name, which the NER may read as part of it ("Vancouver Police
# spokesperson Const").
_SPOKESPERSON = re.compile(r"\s(?:" + "|".join(sorted(SPOKESPEOPLE)) + r")\b", re.I)
# A person's role noun, in lower case, right before a name: "association chair Per Nygaard", "agency spokesperson X".
_ROLE_BEFORE = re.compile(r"\b(?:chair|chairman|chairwoman|director|spokesperson|spokesman|spokeswoman|minister|lawyer|"
                          r"attorney|leader|chief|secretary|founder|analyst|economist|adviser|advisor|official|"
                          r"officer|manager|editor|correspondent|researcher|worker|resident|owner|president|"
                          r"executive|"
                          # ... or a person's calling or standing ("Olympic skier Nina Dahl", "novelist Ada Moe": the
                          # small model reads some such names as organisations)
                          r"skier|athlete|player|coach|striker|goalkeeper|runner|swimmer|cyclist|champion|medall?ist|"
                          r"singer|actor|actress|author|writer|novelist|poet|artist|musician|composer|professor|"
                          r"teacher|student|nurse|doctor|surgeon|farmer|fisherman|pilot|activist|campaigner|"
                          r"journalist|reporter|scientist|historian|prosecutor|detective|entrepreneur|businessman|"
                          r"businesswoman|billionaire|photographer)\s+$")
# ... or set off right after it ("Eva Lunde, Nordbank's chief executive, said", "Eva Lunde, the chair of the
# board"): nouns only a person is (not "owner", "leader" or "operator", which a firm may be), ending the phrase
_ROLE_AFTER = re.compile(r",\s+(?:(?:the|a|an|its|their)\s+|[\w.&-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}?(?:chair|chairman|"
                         r"chairwoman|director|spokesperson|spokesman|spokeswoman|minister|lawyer|attorney|founder|"
                         r"analyst|economist|adviser|advisor|manager|editor|correspondent|researcher|secretary|"
                         r"executive|president|chief)(?=\s*(?:,|of\b|at\b|for\b|$))")
# ... or a capitalised office right before a name: "Transport Minister Eva Lunde"
_OFFICE_BEFORE = re.compile(r"\b(?:Minister|Secretary|Mayor|Governor|Senator|Chancellor|Ambassador|Commissioner|"
                            r"Chairman|Chairwoman|Chairperson|Director|Spokesperson|Spokesman|Spokeswoman)\s+$")
# A short form a name defines in brackets, the bracket left open where the NER ended the name ("... (WHO")
_OPEN_SHORT_FORM = re.compile(r"\s*\([A-Z][A-Za-z.&]{1,9}$")
# ... and the name of two or three words right after one ("Health Minister Eva Lunde")
_NAME_AFTER_OFFICE = re.compile(_OFFICE_BEFORE.pattern.removesuffix(r"\s+$") + r"\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,2})\b")
# A company's kind right before its name: "the ferry operator Nordlys", "shipping company Varden Line"
_BODY_KINDS = r"(?:union|association|federation|confederation|charity|foundation|agency|group)"
_FIRM_KINDS = (r"(?:company|firm|operator|carrier|airline|manufacturer|maker|retailer|broadcaster|insurer|lender|"
               r"utility|conglomerate|chain|shipowner)")
_FIRM_BEFORE = re.compile(rf"\b(?:{_FIRM_KINDS}|{_BODY_KINDS})\s+$|"
                          # ... or opening a sentence, the name set off after it ("The union, Kystforbundet, said",
                          # "The ferry's operator, Kystlinjen, said"; not "the director of the operator, Ola Dahl":
                          # that is the director)
                          rf"(?:^|[.!?]\s+|\n)The\s+(?:[\w-]+['’]s\s+)?(?:{_FIRM_KINDS}|{_BODY_KINDS}),\s*$")
_KIND_OPENING = re.compile(rf"(?i:{_FIRM_KINDS}|shipbuilder|shipyard|builder|developer|producer)\s+(?=[A-Z])")
# ... of those, the ones no organisation's name opens with ("Airline Pilots Association", "Operator Training Board"
# do): "Carmaker Fjell Motors" is Fjell Motors
_KIND_OPENING_NAME = re.compile(r"(?i:[a-z]+maker|retailer|broadcaster|insurer|lender|conglomerate|shipbuilder|"
                                r"shipowner|miner|brewer|publisher)\s+(?=[A-Z])")
_TITLE_END = re.compile(r"\b" + TITLES.pattern.removeprefix("^").removesuffix(r"\s+") + "$", re.I)  # "... Sheriff"
_VESSEL_BEFORE = re.compile(r"\b(?:ship|vessel|tanker|freighter|ferry|trawler|yacht|boat|submarine|frigate|"
                            r"destroyer|cruiser)\s+(?:the\s+)?$", re.I)
# a ship's prefix opens its name ("MV Gibe", "HMS Kent", "USS Cole"): a vessel, no one who speaks
_VESSEL_PREFIX = re.compile(r"^(?:the\s+)?(?:MV|M/V|MS|MT|SS|RMS|HMS|USS|USNS|INS|HMCS|HMAS|HMNZS|FV|"
                            # ... as does its kind, where the NER took it into the name ("Ferry Nordlys ran aground")
                            r"Ferry|Tanker|Freighter|Trawler|Cargo ship|Ship|Vessel)\s+[A-Z]")
# A named storm is an event, no one: "Storm Ingrid", "Hurricane Maria", "Tropical Storm Ana"
_STORM = re.compile(r"^(?:(?:Tropical|Winter|Severe)\s+)?(?:Storm|Hurricane|Typhoon|Cyclone)\s+[A-Z]")
_SEAT = re.compile(r"\b(?:the\s+)?(Kremlin|White House|Pentagon|Downing Street|Whitehall|Élysée|Elysee|Blue House)\b")


def _person_name(text: str) -> str:
    text = TITLES.sub("", re.sub(r"^(?i:the)\s+", "", text.strip()))  # "the Kestrel Bay": no name starts with "the"
    # no name ends in an acronym: "Glenn Beck CPAC" in a headline is Glenn Beck (a numeral, "Jr.", "III", stays)
    text = re.sub(r"(?:\s+(?![IVX]+\b)[A-Z]{2,})+$", "", re.sub(r"[’']s$", "", text).strip())
    return text.strip()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-") or "x"


@dataclass
class Resolved:
    """A canonical entity as a document sees it, before corpus ids are given."""

    key: str  # corpus-wide merge key
    name: str
    type: str


def _common_word(text: str, start: int, end: int) -> bool:
    """A capitalised common noun opening a sentence that the NER took for an organisation ("Intelligence
    officials told parliament ..."): one word, written in lower case elsewhere in the same text."""
    word = text[start:end]
    if not word.isalpha() or not word[0].isupper() or word.isupper():
        return False
    before = text[:start].rstrip(" \"'“‘")
    if before and before[-1] not in ".!?\n":
        return False
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


_SCORE = re.compile(r"\s+\d+[-–]\d+$")
_NUMBER_IN_NAME = re.compile(r"\s+\d")


_POSSESSIVE_END = re.compile(r"['’]s?$")
_LOWER_END = re.compile(r"(?:\s+(?:of|at|from|for|in|and|the|to|with|on|by))+\s*$")


def document_entities(text: str, ents: list[tuple[int, int, str]]) -> tuple[list[EntityMention], list[Resolved]]:
    """Mentions (with their index into the returned list of resolved entities in `canonical`, as str) for one
    document. `ents` are (start, end, label) from the NER; metonyms it misses are added, and sentence-initial
    common nouns it took for organisations are dropped."""
    spans = [(s, e, label) for s, e, label in ents
             if label in LABELS and not (label in ("ORG", "FAC") and _common_word(text, s, e))]
    # "Rosenborg beat Molde 3-1": a score, or any number after a person's "name", is no part of a name
    spans = [(s, s + (m.start() if (m := (_NUMBER_IN_NAME if label == "PERSON" else _SCORE).search(text[s:e]))
                      else e - s), label) for s, e, label in spans]
    # "Ingrid Moe of Lysvik University" read as the person "Ingrid Moe of": no name ends in a lower-case word
    spans = [(s, s + len(text[s:m.start()]) if label == "PERSON" and (m := _LOWER_END.search(text, s, e)) else e,
              label) for s, e, label in spans]
    # "Lunde Brands's chief executive": the possessive ending the span is no part of the name ("Lunde Brands's" was
    # an alias of Lunde Brands); but for a name that ends in one ("McDonald's"), unless the text names it without
    spans = [(s, e - len(m.group()) if (m := _POSSESSIVE_END.search(text, s, e)) and (
        text[m.start() - 1:m.start()] == "s" or re.search(rf"\b{re.escape(text[s:m.start()])}(?![\w'’])", text))
        else e, label) for s, e, label in spans]
    spans = [(s, e, label) for s, e, label in spans if text[s:e].strip()]
    # "Vancouver Police spokesperson Const" read as one name: the organisation ends before its spokesperson
    spans = [(s, s + len(text[s:m.start()].rstrip()), label) if label in ("ORG", "FAC") and (
        m := _SPOKESPERSON.search(text, s, e)) and text[s:m.start()].strip() else (s, e, label)
        for s, e, label in spans]
    # "The World Health Organization (WHO" read as one name: the short form it defines in brackets is no part of it
    # (the key "org:worldhealthorganizationwho" made a second source beside "WHO")
    spans = [(s, s + len(text[s:m.start()].rstrip()), label) if label in ("ORG", "FAC") and (
        m := _OPEN_SHORT_FORM.search(text, s, e)) and text[e:e + 1] == ")" else (s, e, label) for s, e, label in spans]
    # "BERGEN (NW) -", "HALSA, Norway (NW) -": the place a dateline opens the report with (its first lines) is a
    # place, whatever the NER read it as (an organisation, in capitals), not who acts in the story
    datelined = [(k, k + len(re.split(r"[,(]", m.group())[0].rstrip(" —–-")))
                 for k in [0, *(n.end() for n in re.finditer(r"\n", text[:300]))] if (m := DATELINE.match(text[k:]))]
    spans = [(s, e, "GPE" if label in ("ORG", "FAC", "PERSON", "NORP") and any(a <= s and e <= b for a, b in datelined)
              else label) for s, e, label in spans]
    covered = [(s, e) for s, e, _ in spans]

    def free(s: int, e: int) -> bool:
        return all(e <= cs or s >= ce for cs, ce in covered)

    for m in _SEAT.finditer(text):
        if free(m.start(1), m.end(1)):
            spans.append((m.start(), m.end(), "ORG"))
    koreas = {c for c in ("north korea", "south korea") if c in text.casefold()}
    for m in _HEMISPHERE.finditer(text):
        if f"{m.group(1).lower()} korea" in koreas and free(m.start(1), m.end(1)):
            spans.append((m.start(), m.end(), "GPE"))
    spans.sort()

    # "South Korea's National Intelligence Service (NIS)": the long form starts after a possessive
    # (and "The World Health Organization (WHO)" defines "World Health Organization", as the name is keyed)
    acronyms = {m.group(2).replace(".", ""): re.sub(r"^(?i:the)\s+", "", re.split(r"[’']s\s+", m.group(1))[-1])
                for m in ACRONYM_DEF.finditer(text)}
    # A surname the NER knows as a PERSON makes a two- or three-word name ending in it a person, whatever
    # label the NER gave that name ("Valerii Zaluzhnyy" as ORG, "Zaluzhnyy" as PERSON).
    surnames = {letters(text[s:e]) for s, e, label in spans if label == "PERSON" and len(text[s:e].split()) == 1}
    spans = [(s, e, "PERSON" if label in ("ORG", "GPE", "NORP") and 2 <= len(text[s:e].split()) <= 3
              and letters(text[s:e].split()[-1]) in surnames and country_of(text[s:e]) is None else label)
             for s, e, label in spans]
    # "the container ship Kestrel Bay" read as a person: a vessel's name, wherever the text uses it, is no one's
    def bare(s: int, e: int) -> str:
        return letters(re.sub(r"^(?i:the)\s+", "", text[s:e]))

    vessels = {bare(s, e) for s, e, _label in spans if _VESSEL_BEFORE.search(text, max(0, s - 24), s)
               or _VESSEL_PREFIX.match(text[s:e]) or _STORM.match(text[s:e])}
    spans = [(s, e, label) for s, e, label in spans if bare(s, e) not in vessels]
    # "fishing association chair Per Nygaard", "Transport Minister Eva Lunde" read as an organisation: a name of
    # two or three words right after a person's role noun, or before it set off ("Eva Lunde, the bank's chief
    # executive,"), is that person
    spans = [(s, e, "PERSON" if label in ("ORG", "GPE", "NORP") and 2 <= len(text[s:e].split()) <= 3
              and (_ROLE_BEFORE.search(text, max(0, s - 24), s) or _OFFICE_BEFORE.search(text, max(0, s - 24), s)
                   or _ROLE_AFTER.match(text, e))
              and not _ORG_WORD.search(text[s:e])
              and country_of(text[s:e]) is None else label) for s, e, label in spans]
    # "Striker Ola Dahl" read as an organisation: a title and a name of two or three words is a person
    spans = [(s, e, "PERSON" if label in ("ORG", "GPE", "NORP") and 3 <= len(text[s:e].split()) <= 4
              and (titled := TITLES.match(text[s:e])) is not None and titled.end() < e - s
              and re.fullmatch(r"(?:[A-Z][a-z]+[-\s]?){2,3}", text[s + titled.end():e].strip())
              and not _ORG_WORD.search(text[s:e]) else label) for s, e, label in spans]
    # "Ms Dahl", "Dr. Lena Moe" read with the honorific, as an organisation at times: the name after an honorific
    # is a person's, the honorific no part of it (the key "org:msdahl" made a second source of "Kari Dahl")
    spans = [(s + h.end(), e, "PERSON") if label in ("ORG", "GPE", "NORP", "PERSON")
             and (h := _HONORIFIC.match(text[s:e])) is not None
             and re.fullmatch(r"(?:[A-Z][\w'’-]+\s?){1,3}", text[s + h.end():e]) is not None
             and not _ORG_WORD.search(text[s:e]) else (s, e, label) for s, e, label in spans]
    # ... as is "Per Nygaard": the Nordic first name the tagger reads as the preposition
    spans = [(s, e, "PERSON" if label in ("ORG", "GPE", "NORP") and re.fullmatch(r"Per(?:\s[A-Z][a-z]+){1,2}",
                                                                                text[s:e]) is not None
              and not _ORG_WORD.search(text[s:e]) else label) for s, e, label in spans]
    # ... also where the NER left "Per" out of the name ("Molde coach Per Strand": "Strand" an organisation)
    spans = [(s - 4, e, "PERSON") if s >= 4 and text[s - 4:s] == "Per " and label in ("PERSON", "ORG", "GPE", "NORP")
             and re.fullmatch(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?", text[s:e]) and not _ORG_WORD.search(" " + text[s:e])
             and (s == 4 or not text[s - 5].isalnum()) and all(ce <= s - 4 or cs >= s for cs, ce, _l in spans)
             else (s, e, label) for s, e, label in spans]
    # "Health Minister Eva Lunde said" where the NER tagged no name and "Health" an organisation (the source was
    # "Health", a second source beside the health ministry): the name right after an office is a person's, the
    # portfolio before it no organisation
    named_after = [(m.start(1), m.end(1)) for m in _NAME_AFTER_OFFICE.finditer(text)
                   if all(m.end(1) <= cs or m.start(1) >= ce for cs, ce, _l in spans)
                   and not TITLES.match(m.group(1).lower() + " ")]
    spans = [(s, e, label) for s, e, label in spans if not (label == "ORG" and any(
        re.fullmatch(r"\s+(?:Minister|Secretary)\s+", text[e:ns]) for ns, _ne in named_after))]
    spans = sorted(spans + [(ns, ne, "PERSON") for ns, ne in named_after])
    # "Harlow County Sheriff Dana J. Quist" read as two people: a "person" ending in a title right before a
    # person's name is that person's office, no one of its own
    people = {s for s, _e, label in spans if label == "PERSON"}
    spans = [(s, e, label) for s, e, label in spans if not (
        label == "PERSON" and _TITLE_END.search(text[s:e]) and any(p == e + 1 for p in people))]
    # "Shipbuilder Fjordverft will cut 450 jobs": a company's kind opening a sentence, taken into the name, is no part
    # of it; the name after it is an organisation (also where the NER read one: "Carmaker Fjell Motors" was a second
    # source beside "Fjell Motors")
    spans = [(s + k.end(), e, "ORG") if (k := (_KIND_OPENING if label == "PERSON" else _KIND_OPENING_NAME if
                                                label == "ORG" else None)) and (k := k.match(text[s:e]))
             and k.end() < e - s else (s, e, label) for s, e, label in spans]
    # "Halvorsen Shipping" read as a person: a name ending in a company word (or its one word ending in one:
    # "Kyst Sparebank"), or after a company's or another body's kind ("the union Kystforbundet"), is an organisation
    spans = [(s, e, "ORG" if label == "PERSON" and (_ORG_WORD.search(text[s:e]) or FIRM_NAME.search(text[s:e])
                                                   or _FIRM_BEFORE.search(text, max(0, s - 24), s)) else label)
             for s, e, label in spans]
    # ... and so is that name wherever else the text uses it ("the grid operator Lysnett said ... Lysnett said"),
    # whatever the NER read it as there
    firms = {letters(text[s:e]) for s, e, label in spans if label == "ORG" and (
        FIRM_NAME.search(text[s:e]) or _FIRM_BEFORE.search(text, max(0, s - 24), s))}
    spans = [(s, e, "ORG" if label == "PERSON" and letters(text[s:e]) in firms else label) for s, e, label in spans]
    # "Kaldvik Harbour said" beside "Kaldvik Harbour AS": a company named without its legal form is the company,
    # whatever the NER read it as (a person, here)
    def unprefixed(s: int, e: int) -> str:
        return re.sub(r"^(?i:the)\s+", "", text[s:e].strip())

    legal = {short: unprefixed(s, e) for s, e, label in spans
             if label == "ORG" and (short := without_legal_form(unprefixed(s, e)))}
    spans = [(s, e, "ORG" if label in ("PERSON", "NORP", "FAC") and unprefixed(s, e) in legal else label)
             for s, e, label in spans]
    # the NER labels one name differently in one text ("Bergen" a place here, an organisation there): a place
    # reading anywhere in the text wins
    places = {letters(text[s:e]): label for s, e, label in spans if label in ("GPE", "LOC")}
    spans = [(s, e, places.get(letters(text[s:e]), label) if label in ("ORG", "FAC", "PERSON") else label)
             for s, e, label in spans]
    full_people = [
        _person_name(text[s:e]) for s, e, label in spans if label == "PERSON" and len(_person_name(text[s:e]).split()) > 1
    ]
    # the other way round: a lone surname of a person named in full in this text is that person, whatever label
    # the NER gave it ("Ada Brandt" a person, "Brandt replied" an organisation, "Brandt spokesman" a place), but
    # a country's name ("Jordan")
    last_names = {letters(name.split()[-1]) for name in full_people}
    spans = [(s, e, "PERSON" if label in ("ORG", "NORP", "FAC", "GPE", "LOC") and len(text[s:e].split()) == 1
              and letters(re.sub(r"[’']s$", "", text[s:e])) in last_names and country_of(text[s:e]) is None
              else label) for s, e, label in spans]
    # "the Coastal Administration" after "the Norwegian Coastal Administration": the short form of a longer name
    # of the same text, as a surname is of a person's
    orgs = {unprefixed(s, e) for s, e, label in spans if label in ("ORG", "FAC")}
    longer = {short: full for short in orgs for full in orgs if len(short.split()) >= 2
              and len(full.split()) > len(short.split()) and full.endswith(" " + short)}
    acronyms = {**longer, **legal, **acronyms}
    resolved: list[Resolved] = []
    index: dict[str, int] = {}
    mentions: list[EntityMention] = []
    for s, e, label in spans:
        surface = text[s:e]
        r = _resolve(surface, label, acronyms, full_people, koreas,
                     titled=_TITLE_BEFORE.search(text, max(0, s - 16), s) is not None)
        if r is None:
            continue
        if r.key not in index:
            index[r.key] = len(resolved)
            resolved.append(r)
        mentions.append(EntityMention(s, e, label, surface, str(index[r.key])))
    return mentions, resolved


# An honorific opening a name ("Ms Dahl", "Dr. Lena Moe")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+")
# A title right before a name the NER left out of it ("Mrs. [Clinton]")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Judge|Sen|Senator|Gov|Governor|Rep|Mayor|President|Minister|"
                           r"Secretary|Gen|General)\.?\s+$")


def _resolve(surface: str, label: str, acronyms: dict[str, str], full_people: list[str],
             koreas: set[str], titled: bool = False) -> Resolved | None:
    if label != "PERSON":
        hit = country_of(surface)
        side = re.fullmatch(r"(?i)(?:the\s+)?(north|south)(?:[’']s)?", surface.strip())
        if hit is None and side and f"{side.group(1).lower()} korea" in koreas:
            hit = (side.group(1).title() + " Korea", "metonym")
        if hit is not None:
            return Resolved(f"country:{_slug(hit[0])}", hit[0], "GPE")
    if label == "PERSON":
        name = _person_name(surface)
        if not letters(name):
            return None
        if len(name.split()) == 1:  # a surname (or a given name): the full name it belongs to in this text
            fits = [full for full in full_people
                    if letters(name) in ((parts := [letters(p) for p in re.split(r"[\s-]+", full)])[0], parts[-1])]
            # of two people of one surname ("Tor Lund", "Eva Lund"), a bare "Lund" may be either: it stays
            # unresolved; with a title ("Mrs. Clinton") the writer means the one named first, as the text's main one
            titled = titled or TITLES.match(re.sub(r"^(?i:the)\s+", "", surface.strip())) is not None
            if len({letters(f) for f in fits}) == 1 or fits and titled:
                name = fits[0]
        return Resolved(f"person:{letters(name)}", name, "PERSON")
    bare = re.sub(r"^(?i:the)\s+", "", surface.strip())
    bare = re.sub(r"[’']s$", "", bare)
    if bare.replace(".", "") in acronyms:
        bare = acronyms[bare.replace(".", "")]
    if not letters(bare):
        return None
    return Resolved(f"{label.lower()}:{letters(bare)}", bare, label)


@dataclass
class EntityRegistry:
    """Corpus-wide entities: merges per-document entities by key and counts surface forms for names."""

    entities: dict[str, Entity] = field(default_factory=dict)
    _names: dict[str, Counter] = field(default_factory=dict)

    def add(self, mentions: list[EntityMention], resolved: list[Resolved]) -> None:
        """Give the document's mentions corpus ids (in place) and record their aliases."""
        for m in mentions:
            if m.canonical is None or not m.canonical.isdigit():
                continue
            r = resolved[int(m.canonical)]
            ent = self.entities.get(r.key)
            if ent is None:
                ent = self.entities[r.key] = Entity(r.key, r.name, r.type, [])
                self._names[r.key] = Counter()
            self._names[r.key][r.name] += 1
            if m.text not in ent.aliases:
                ent.aliases.append(m.text)
            m.canonical = r.key

    def finish(self) -> dict[str, Entity]:
        """Pick each entity's name: the commonest full form (longest on ties)."""
        for k, ent in self.entities.items():
            names = self._names.get(k)
            if names:
                ent.name = max(names.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        return self.entities
