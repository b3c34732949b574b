"""One person named several ways across a story's reports: "Tor G. Lund" in one outlet, "Tor Lund" in
another, "Rep. Lund" in a third; "Mike Dahl" and "Michael Dahl"; "Brandt" in an article that never
gives her first name.

Each article resolves a surname to the full name it gives (nlp/entities), and the corpus registry merges
identical spellings; across articles the spellings differ, so one speaker would be two sources and two nodes
of the actor graph. Within one story the same given name and surname is one person; a middle name or initial
tells two people apart only when the story holds two different ones ("Ada H. K. Brandt", "Ada K. Brandt"), and
then no name of that pair is merged. A lone surname joins the one full name of the story it ends, also where the
NER typed it an organisation or a place; with two ("Tor Lund", "Eva Lund") it stays as it is.

An organisation is named by its initials in one report and in full in another ("NCG", "Norland Coast
Guard"): one entity, under its full name, when exactly one organisation of the story has those initials.

A group is named several ways too: "Republicans" (the speakers of one sentence), "Republican" (in "Republican
lawmakers"), "Democratic" beside "Democrats". The forms of one group's name are one entity, under its plural.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ..lexicon import letters, without_legal_form
from ..model import Entity

# Familiar forms of given names, by which copy names one person two ways ("Mike Thibodeau", "Michael Thibodeau").
# Only forms of one name: "Ted" (Edward, Theodore) and "Pat" (Patrick, Patricia) would join two people.
FAMILIAR = {"mike": "michael", "mick": "michael", "bill": "william", "billy": "william", "will": "william",
            "bob": "robert", "bobby": "robert", "rob": "robert", "jim": "james", "jimmy": "james", "joe": "joseph",
            "tom": "thomas", "tommy": "thomas", "ken": "kenneth", "kenny": "kenneth", "dick": "richard",
            "rick": "richard", "rich": "richard", "chuck": "charles", "charlie": "charles", "dan": "daniel",
            "danny": "daniel", "dave": "david", "steve": "steven", "tony": "anthony", "pete": "peter",
            "sam": "samuel", "ben": "benjamin", "chris": "christopher", "matt": "matthew", "nick": "nicholas",
            "andy": "andrew", "greg": "gregory", "jeff": "jeffrey", "larry": "lawrence", "jon": "jonathan",
            "don": "donald", "ron": "ronald", "tim": "timothy", "fred": "frederick", "liz": "elizabeth",
            "beth": "elizabeth", "kate": "katherine", "cathy": "catherine", "sue": "susan", "jenny": "jennifer",
            "alex": "alexander", "vlad": "vladimir"}
_SUFFIX = re.compile(r"(?:,?\s+(?:Jr|Sr|III|II|IV)\.?)+$")


def _parts(name: str) -> tuple[str, tuple[str, ...], str] | None:
    """(given name, middle initials, surname) of a full name, folded; None for a one-word name."""
    words = [w for w in re.split(r"\s+", _SUFFIX.sub("", name.strip())) if letters(w)]
    if len(words) < 2:
        return None
    given = letters(words[0])
    return FAMILIAR.get(given, given), tuple(letters(w)[0] for w in words[1:-1]), letters(words[-1])


def same_people(entities: dict[str, Entity]) -> dict[str, str]:
    """id -> the id of the entity that names the same person more fully, for the story's people named two ways
    (ids that need no change are left out)."""
    people = {eid: e for eid, e in entities.items() if e.type == "PERSON"}
    full: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = {}
    for eid, e in sorted(people.items()):
        parts = _parts(e.name)
        if parts is None:
            continue
        # one letter apart in a long surname, under one given name, is one person spelt two ways ("Ilene Wolfe",
        # "Ilene Wolff" in two reports of one hospital's statement)
        surname = next((s for g, s in full if g == parts[0] and len(s) >= 5 and Levenshtein.distance(s, parts[2]) == 1),
                       parts[2])
        full.setdefault((parts[0], surname), []).append((eid, parts[1]))
    out: dict[str, str] = {}
    by_surname: dict[str, list[str]] = {}
    for (_given, surname), named in full.items():
        if len({middle for _eid, middle in named if middle}) > 1:
            continue  # two middles: two people of one name ("Ada H. K. Brandt", "Ada K. Brandt")
        # the fullest spelling names them all: most words, then the longest
        head = max(named, key=lambda x: (len(x[1]), len(people[x[0]].name), x[0]))[0]
        out.update({eid: head for eid, _middle in named if eid != head})
        by_surname.setdefault(surname, []).append(head)
    for eid, e in entities.items():
        # (the NER types a lone surname as an organisation or a place at times: "Brandt said in a post" beside
        # "Mayor Ada Brandt" in another report is her; an acronym is not a surname, nor a country: "country:" ids)
        lone = e.type == "PERSON" or e.type in ("ORG", "GPE") and not eid.startswith("country:") and bool(
            re.fullmatch(r"[A-Z][a-z’'-]+[a-z]", e.name.strip()))
        if lone and _parts(e.name) is None and len(found := by_surname.get(letters(e.name), [])) == 1:
            out[eid] = found[0]
    return out


def same_groups(entities: dict[str, Entity]) -> dict[str, str]:
    """id -> the id of the plural that names the same group, for the story's groups (NORP) named as a noun and
    its plural or adjective: "Republican" -> "Republicans"; "Democrat", "Democratic" -> "Democrats". An adjective
    in -ic joins only a group the story names in the plural: "Islamic" is not "Islam"."""
    groups = {letters(e.name): eid for eid, e in entities.items() if e.type == "NORP" and letters(e.name)}
    out: dict[str, str] = {}
    for name, eid in groups.items():
        plural = groups.get(name + "s")
        if plural is None and name.endswith("ic"):
            plural = groups.get(name[:-2] + "s")
        if plural is not None and plural != eid:
            out[eid] = plural
    return out


_MINOR = {"of", "the", "for", "and", "on", "in", "at", "to", "&"}
_ACRONYM = re.compile(r"[A-Z]{2,6}")


# Words an organisation is named by alone, its kind: "the navy" is the one navy of the story's reports.
_ORG_KINDS = {"navy", "army", "military", "police", "ministry", "government", "department", "agency", "court",
          "council", "commission", "coastguard", "company", "administration", "parliament", "senate", "congress"}


def _words(e: Entity) -> list[str]:
    return [w for w in re.split(r"[\s-]+", e.name) if w and w.lower() not in _MINOR]


def organisation_kind(e: Entity) -> str | None:
    """The kind an organisation is named by alone ("the navy": navy), or None for one with a name."""
    kind = re.sub(r"^(?i:the)\s+", "", e.name).lower()
    return kind if e.type == "ORG" and kind in _ORG_KINDS else None


def named_of_kind(entities: dict[str, Entity], kind: str) -> list[str]:
    """The organisations of the story named in two or more words, the last of them `kind` ("Indian Navy")."""
    return [eid for eid, e in entities.items()
            if e.type == "ORG" and len(words := _words(e)) >= 2 and words[-1].lower() == kind]


def same_organisations(entities: dict[str, Entity]) -> dict[str, str]:
    """id -> the id of the organisation an acronym stands for: the one organisation of the story named in two or
    more words whose initials (minor words aside) it is ("CHP" -> "California Highway Patrol"); and of one named
    by its kind alone ("the navy", "the ministry"): the one organisation of the story whose name ends in that
    word ("Indian Navy"), as a lone surname joins the one full name it ends (where the story has several, each
    article's "the navy" is the one it names: `sources.SourceResolver`); and of a company named without its legal
    form ("Kaldvik Harbour"): the one named with it ("Kaldvik Harbour AS"); and of a name the NER typed a place it
    does not know in one report and an organisation in another: the organisation."""
    by_initials: dict[str, list[str]] = {}
    for eid, e in entities.items():
        words = _words(e)
        if e.type == "ORG" and len(words) >= 2 and all(w[0].isupper() for w in words):
            by_initials.setdefault("".join(w[0] for w in words), []).append(eid)
    out = {eid: found[0] for eid, e in entities.items()
           if e.type == "ORG" and _ACRONYM.fullmatch(e.name) and len(found := by_initials.get(e.name, [])) == 1
           and found[0] != eid}
    for eid, e in entities.items():
        if (kind := organisation_kind(e)) and len(found := named_of_kind(entities, kind)) == 1 and eid not in out:
            out[eid] = found[0]
    # "Kaldvik Harbour" in one report, "Kaldvik Harbour AS" in another: the company without its legal form, whatever
    # the NER took the short name for (a person, here)
    legal = {letters(short): eid for eid, e in entities.items() if e.type == "ORG" and (short := without_legal_form(e.name))}
    for eid, e in entities.items():
        if e.type in ("ORG", "PERSON") and eid not in out and (full := legal.get(letters(e.name))) not in (None, eid):
            out[eid] = full
    # "Heli Nord" an organisation in one report ("the operator Heli Nord") and a person in another: one name, one
    # entity, under the person's id (which of the two the NER got right the story does not say; "Eva Holt stepped
    # down" may be its organisation); a name of two words or more: a lone word is a surname a full name may end
    people = {letters(e.name): eid for eid, e in entities.items() if e.type == "PERSON" and len(_words(e)) >= 2}
    for eid, e in entities.items():
        if e.type == "ORG" and eid not in out and (person := people.get(letters(e.name))) not in (None, eid):
            out[eid] = person
    # "Norrail" an organisation in one report and a place in another ("Norrail said" typed GPE): one name, one
    # entity, under the organisation's id (a place the NER does not know, named as a speaker)
    orgs = {letters(e.name): eid for eid, e in entities.items() if e.type == "ORG" and eid not in out}
    for eid, e in entities.items():
        if e.type in ("GPE", "LOC", "FAC") and not eid.startswith("country:") and eid not in out and (
                org := orgs.get(letters(e.name))) not in (None, eid):
            out[eid] = org
    return out


def merge_people(entities: dict[str, Entity]) -> dict[str, Entity]:
    """The story's entities with each person, group or organisation named two ways made one (`same_people`,
    `same_groups`, `same_organisations`): the fuller entity takes the other's aliases, and the other's id maps to
    it, so that sources, aliases and graph edges found under either id meet."""
    out = dict(entities)
    for eid, head in {**same_people(entities), **same_groups(entities), **same_organisations(entities)}.items():
        one, other = out[head], entities[eid]
        one.aliases.extend(a for a in [other.name, *other.aliases] if a not in one.aliases)
        one.speaks_for = one.speaks_for or other.speaks_for
        one.place = one.place or other.place
        one.staff_of = one.staff_of or other.staff_of
        out[eid] = one
    return out
