"""What a text says people are: whose spokesperson someone is, whose aide or lawyer, and which country they serve.

Both matter to provenance. A spokesperson speaks for an organisation or a person ("Orrin Vale, a spokesman for
Council Leader Ada Brandt": Vale's words are Brandt's), so two outlets quoting the spokesman and the principal
have one source. And a named official's country ("Norway's top security adviser, Ina Moss") tells
that the unnamed "Norwegian officials" of another report may be the same people.

An aide, a lawyer or an adviser ("Lena Voss, an aide to Mayor Ada Brandt", "Rask's lawyer, Ivo Dahl") speaks in
their own name, but not apart from whom they serve: beside the principal they are not a second source. So does
one the text names as of a body ("Ingrid Moe of Lysvik University", "a professor at Bergen University") beside it.

Found on the parse: the role noun in apposition to a name, or compounded with it ("Interior Ministry spokesman
Tor Lund"), its principal after "for"/"of" or as a compound or possessive ("a U.N. spokesman", "Brandt's
spokesman"), its country as a possessive or an adjective ("Norway's", "Ukrainian").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import AGENTS, OFFICES, SPOKESPEOPLE

PLACE_LABELS = ("GPE", "NORP")
# Who works for a person or body and is no independent voice beside them
STAFF = {"aide", "aides", "lawyer", "attorney", "counsel", "adviser", "advisor", "assistant"}
# A town's or county's own bodies: their place is not who they speak for ("Vancouver police")
LOCAL_BODIES = {"police", "fire", "sheriff", "council", "court", "school", "hospital", "airport", "port", "transit",
                "coroner"}
Span = tuple[int, int]


def _name(tok: Token) -> Span:
    """The named entity a token is part of ("South Korea", "Ada Brandt"), else the token's phrase."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.start_char, ent.end_char
    toks = sorted({t for c in tok.children if c.dep_ in ("compound", "poss") for t in c.subtree} | {tok},
                  key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _named(tok: Token) -> Token | None:
    """`tok` if it is part of a name, else a name inside its phrase ("the Brandt campaign": Brandt)."""
    if tok.ent_type_:
        return tok
    return next((t for t in tok.subtree if t.ent_type_ in ("ORG", "PERSON", "GPE", "FAC", "NORP")), None)


def _holder(role: Token) -> Token | None:
    """The named person a role noun describes: its apposition ("the adviser, Shin"), the name it is in
    apposition to ("Buck, a spokesman"), the name it is compounded with ("spokesman Eric Schultz"), or a name the
    small parser hung on the role's own "for X" ("a spokesman for the Kremlin, Dmitry Peskov")."""
    def person(t: Token) -> bool:
        return t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC", "DATE")

    for c in role.children:
        if c.dep_ == "appos" and person(c):
            return c
    # (the parser reads "representative" before a name as an adjective: "Linde's representative Tor Lund")
    if (role.dep_ in ("appos", "compound") or role.dep_ == "amod" and role.text in AGENTS) and (
            role.head.ent_type_ == "PERSON"):
        return role.head
    for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for c in obj.children:
                if c.dep_ == "appos" and c.ent_type_ == "PERSON":
                    return c
    return None


def _modifiers(role: Token, holder: Token, served: bool = False) -> list[tuple[Token, Token]]:
    """(modifier, the name in it) for the tokens that say whose or where a role is: "for X", "of X", "X's", "X"
    compounded or as an adjective; of a role compounded with the name, also the name's own "of X" ("spokesperson
    Ingrid Solberg of Halvorsen")."""
    out = []
    adjective = role.dep_ == "amod" and role.head == holder  # its possessive then hangs on the name
    owners = [role] + ([holder] if role.dep_ == "compound" or adjective else [])
    for owner in owners:
        for c in owner.children:
            # not "to": an ambassador *to* the UK serves another; but an aide *to* the mayor serves the mayor
            if c.dep_ == "prep" and (c.lower_ in ("for", "of") or served and c.lower_ == "to"):
                out += [o for o in c.children if o.dep_ == "pobj"]
            elif owner is role and c.dep_ in ("poss", "compound", "nmod", "amod") or adjective and c.dep_ == "poss":
                out.append(c)
    start, end = _name(holder)
    named = [(m, _named(m)) for m in out]
    return [(m, n) for m, n in named if n is not None and not start <= n.idx < end]


def find_roles(doc: Doc, base: int = 0) -> tuple[list[tuple[Span, Span]], list[tuple[Span, Span]],
                                                   list[tuple[Span, Span]]]:
    """(spokespeople, places, staff): (person, principal), (person, country) and (person, whom they work for: an
    aide's or lawyer's principal, the body one is named as of, `_members`) spans, offsets shifted by `base`."""
    speaks: list[tuple[Span, Span]] = []
    places: list[tuple[Span, Span]] = []
    staff: list[tuple[Span, Span]] = []
    shift = lambda sp: (sp[0] + base, sp[1] + base)  # noqa: E731
    for tok in doc:
        # "Mara Linde's representative Tor Lund", "her rep", "Linde's publicist": one who speaks for a person, in
        # lower case only ("Representative Marsh of Ohio" holds an office)
        # a press secretary is the spokesperson of whom the role names ("White House press secretary Lena Voss")
        press = tok.lower_ == "secretary" and any(c.lower_ == "press" and c.dep_ in ("compound", "amod", "nmod")
                                                  for c in tok.children)
        lemma = "spokesperson" if tok.text in AGENTS or press else tok.lower_
        # "chief of staff" works for whom it names ("Brandt's chief of staff, Lena Voss")
        serves = lemma in STAFF or lemma == "chief" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ == "staff" for o in c.children) for c in tok.children)
        if lemma not in OFFICES and not serves:
            continue
        holder = _holder(tok)
        if holder is None:
            continue
        # a name beside a local body's noun says where the body is, not whom the spokesperson speaks for
        # ("Kestrel police spokesperson Ina Moss": the police, not the city; the NER may call it an
        # organisation), nor does a place inside another common noun of the role
        local = any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in LOCAL_BODIES and not c.ent_type_
                    for c in tok.children)  # (a body's own name is its principal: "Beaumont Hospital spokeswoman")
        for word, mod in _modifiers(tok, holder, serves):
            where = local or word is not mod and not word.ent_type_ and mod.ent_type_ in (*PLACE_LABELS, "LOC")
            if lemma in SPOKESPEOPLE and not where:
                speaks.append((shift(_name(holder)), shift(_name(mod))))
            elif serves and mod.ent_type_ in ("PERSON", "ORG"):
                staff.append((shift(_name(holder)), shift(_name(mod))))
            if mod.ent_type_ in PLACE_LABELS:
                places.append((shift(_name(holder)), shift(_name(mod))))
    staff += [(shift(person), shift(body)) for person, body in _members(doc)]
    return speaks, places, staff


def _members(doc: Doc) -> list[tuple[Span, Span]]:
    """(person, organisation) for the people a text names as of a body: "Ingrid Moe of Lysvik University", "Tor
    Lie from Nordbank", "Lars Eng, a professor at Bergen University", "Kari Dahl, director of Fjordair". They work
    for it, and beside it are no second source. Not a view of it ("a critic of Nordbank"), nor a place."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        # the name's own "of"/"at"/"from", or that of a role in apposition to it ("at" any role; "of"/"for" an
        # office: a director of, not a critic of)
        preps = [(c, True) for c in ent.root.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "from")]
        preps += [(p, r.lower_ in OFFICES or p.lower_ == "at") for r in ent.root.children
                  if r.dep_ == "appos" and r.pos_ == "NOUN" and not r.ent_type_
                  for p in r.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "for")]
        out += [((ent.start_char, ent.end_char), _name(o)) for p, works in preps if works
                for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "ORG"]
    return out
