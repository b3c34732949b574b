"""Who did what to whom: agent -action-> object (-> recipient) from the parse, for the actor graph.

Verbs are mapped to a few canonical actions (send, deliver, provide, ship... → supply) so that reports in other
words land on one edge. Agents and recipients are spans, resolved to entities by the annotation stage.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..lexicon import ACTIONS

RECIPIENT_PREPS = {"to", "for", "into", "toward", "towards", "on", "against"}


@dataclass
class RelationSpan:
    verb: tuple[int, int]
    action: str
    agent: tuple[int, int] | None
    object: tuple[int, int] | None
    recipient: tuple[int, int] | None
    source: tuple[int, int] | None = None  # for receive: who it came from ("from Russia")


def _noun_span(tok: Token) -> tuple[int, int]:
    """A noun phrase without its trailing clauses: 'missiles aimed at …' stays 'missiles'."""
    toks = [t for t in tok.subtree if t.i <= tok.i or t.dep_ in ("compound", "amod", "nummod", "conj", "cc")
            and t.head.i == tok.i]
    toks = [t for t in toks if not t.is_punct]
    if not toks:
        return tok.idx, tok.idx + len(tok.text)
    toks.sort(key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _prep_object(heads: list[Token], preps: set[str]) -> Token | None:
    """The object of the first `preps` preposition under these heads or the nouns they govern ("sent missiles
    to X": the parser hangs "to X" on the verb or on "missiles")."""
    for head in heads:
        for tok in head.subtree:
            if tok.dep_ == "prep" and tok.lower_ in preps and (tok.head in heads or tok.head.head in heads
                                                               or tok.head.pos_ in ("NOUN", "PROPN")):
                pobj = [p for p in tok.children if p.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
    return None


def find_relations(doc: Doc, base: int = 0) -> list[RelationSpan]:
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_ not in ACTIONS:
            continue
        agent = obj = recipient = source = None
        obj_tok = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        for c in tok.children:
            if c.dep_ == "nsubj":
                agent = _noun_span(c)
            elif c.dep_ == "nsubjpass":
                obj = _noun_span(c)
            elif c.dep_ == "dobj":
                obj = _noun_span(c)
            elif c.dep_ == "dative":  # "gave X to Y" (a preposition) or "gave Y X" (the noun)
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                recipient = _noun_span(pobj[0] if pobj else c)
            elif c.dep_ == "agent":
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    agent = _noun_span(pobj[0])
            elif c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS:
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj and recipient is None:
                    recipient = _noun_span(pobj[0])
            elif c.dep_ == "prep" and c.lower_ == "from":
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    source = _noun_span(pobj[0])
        heads = [tok] + ([obj_tok] if obj_tok is not None else [])
        if recipient is None and ACTIONS[tok.lemma_] in ("supply", "deploy", "launch", "strike"):
            found = _prep_object(heads, {"to", "into", "against", "on"})
            recipient = _noun_span(found) if found is not None else None
        if source is None and ACTIONS[tok.lemma_] == "receive":
            found = _prep_object(heads, {"from"})
            source = _noun_span(found) if found is not None else None
        if agent is None and obj is None:
            continue
        shift = lambda sp: (sp[0] + base, sp[1] + base) if sp else None  # noqa: E731
        out.append(RelationSpan(shift((tok.idx, tok.idx + len(tok.text))), ACTIONS[tok.lemma_], shift(agent),
                                shift(obj), shift(recipient), shift(source)))
    return out
