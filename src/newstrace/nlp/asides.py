"""Asides: what a sentence says in passing about someone or something it names, set off by commas — a
non-restrictive relative clause ("Council Leader Ada Brandt, who is retiring, said ..."), a descriptive appositive
("Tor Lund, a former customs officer, ..."), a name after the role it fills ("The driver, Orrin Vale, ...") or a
participle's phrase ("The memo, sent under Quist's signature, warned ..."). The guidelines count such
background as claims of their own, and other outlets repeat it ("Lund, a former customs officer"), so each is read
out as a statement about its subject: "Ada Brandt is retiring", "Tor Lund is a former customs officer", "The
memo was sent under Quist's signature". Restrictive clauses ("the people who saw it") are part of their noun
phrase, not asides, and are left alone.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import BELIEF, SPEECH
from ..model import Aside
from .events import event_key

_RELATIVE = {"who", "which"}
# An appositive that opens with "then" or "formerly" describes the past: "Dana Quist, then the deputy director".
_THEN = {"then", "formerly", "once", "previously"}
_FOCUS = {"even", "only", "also", "too", "just", "especially", "particularly", "notably"}
_BODIES = {"group", "organization", "organisation", "company", "firm", "agency", "institute", "party",
           "association", "committee", "union", "network", "coalition", "council", "newspaper", "station"}


def find_asides(doc: Doc, offset: int = 0) -> list[Aside]:
    """The asides of a parsed text, as spans into the text the Doc was made from (shifted by `offset`)."""
    out: list[Aside] = []
    for tok in doc:
        found = next(((kind, a) for kind, find in _KINDS if (a := find(tok)) is not None), None)
        if found is None:
            continue
        kind, (first, last, subject) = found
        words = doc[first : last + 1]
        subj_words = doc[subject[0] : subject[1] + 1]
        out.append(Aside(words.start_char + offset, words.end_char + offset,
                         (subj_words.start_char + offset, subj_words.end_char + offset),
                         _statement(subj_words.text, tok, words, kind), kind))
    return out


def _relative_clause(tok: Token) -> tuple[int, int, tuple[int, int]] | None:
    """A relative clause set off by a comma whose relative pronoun is its subject ("Ryan, who is retiring"): a
    clause about the noun before it. One whose pronoun is its object ("the deal, which critics call a sham")
    reports someone's view and is left to attribution."""
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX") or tok.head.pos_ not in ("PROPN", "NOUN"):
        return None
    if tok.lemma_ in SPEECH | BELIEF and any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children):
        return None  # "Roe, who said he wanted ...": an attribution, whose words are Roe's claim
    if tok.head.tag_ == "NNP" and any(t.lower_ in ("have", "are", "were") or t.tag_ == "VBP" and t.is_alpha
                                      for t in (tok, *tok.children) if t.dep_ in ("aux", "relcl")):
        return None  # "allies, starting with Roe, who have expressed": the clause is about a plural before it
    if _disagrees(tok.head, [t for t in (tok, *tok.children) if t.dep_ in ("aux", "auxpass", "relcl")]):
        return None  # "approval from the authorities, which is expected by March": the clause is not theirs
    first = tok.left_edge
    if first.lower_ not in _RELATIVE or first.dep_ not in ("nsubj", "nsubjpass") or first.head.i != tok.i:
        return None
    if first.i == 0 or tok.doc[first.i - 1].text != ",":
        return None
    subject = _subject_words(tok.head, first.i - 1)
    if subject is None:
        return None
    last = _trim(tok.doc, tok.right_edge.i, first.i)
    return (first.i, last, subject) if last - first.i >= 2 else None


_SINGULAR_VERB = {"is", "was", "has", "does"}
_PLURAL_VERB = {"are", "were", "have", "do"}


def _disagrees(noun: Token, verbs: list[Token]) -> bool:
    """Whether a common noun and the verb of a clause the parser hangs on it disagree in number (a plural noun
    and "is", a singular one and "are"): the clause's subject is another noun before it."""
    finite = next((t for t in verbs if t.tag_ in ("VBZ", "VBP", "VBD") and t.lower_ not in ("had", "did")), None)
    if finite is None or noun.tag_ not in ("NN", "NNS"):
        return False
    singular = finite.tag_ == "VBZ" or finite.lower_ in _SINGULAR_VERB
    plural = finite.tag_ == "VBP" or finite.lower_ in _PLURAL_VERB
    return noun.tag_ == "NNS" and singular or noun.tag_ == "NN" and plural


# ... nor is a day or a figure: "raised the rate to 4.75 percent on Thursday, the highest level since 2008" describes
# the rate, which the parser does not hang it on
_NOT_DESCRIBED = ("NORP", "", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")


def _appositive(tok: Token) -> tuple[int, int, tuple[int, int]] | None:
    """A common noun set off by a comma after a name that it describes ("Lund, a former customs officer and sailor")."""
    if tok.dep_ != "appos" or tok.pos_ != "NOUN" or tok.head.pos_ != "PROPN" or tok.head.ent_type_ in _NOT_DESCRIBED:
        return None  # "unease among rural Liberals, his base of support, ...": a party is no name described
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None  # a noun with a subject is a verb the tagger misread: "... for Ola Vik, the Post understands"
    if (act := event_key(tok)) is not None and (any(c.lower_ == "such" for c in tok.children) or any(
            act in (event_key(v), v.lemma_.lower()) for v in tok.head.ancestors)):
        return None  # "approved a drug made by Holm Pharma, the first such approval": the act renamed, not the name
    doc = tok.doc
    first = tok.left_edge
    if first.i == 0 or doc[first.i - 1].text != "," or first.i <= tok.head.i:
        return None
    # it ends where the comma, dash or bracket that closes it stands ("Petraeus, then the director, and his
    # deputy": the parser hangs the rest of the list on it)
    last = next((t.i - 1 for t in doc[first.i : tok.right_edge.i + 1] if t.text in (",", ";", "(", "—", "–", "--")),
                tok.right_edge.i)
    words = doc[first.i : last + 1]
    if any(t.is_quote for t in words) or any(t.pos_ == "ADV" and t.dep_ == "advmod" and t.head.i == tok.i
                                             for t in words[1:]):
        return None  # a quoted description is someone's words; "like Marsh, rail often against ...": a misparse
    if tok.head.ent_type_ == "PERSON" and tok.lemma_ in _BODIES:
        return None  # a person is no group: the parser hung an organisation's description on a name before it
    if (after := doc[last + 1] if last + 1 < len(doc) else None) is not None and after.lemma_ in SPEECH and (
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children)):
        return None  # "... from Rostad United, his agent Tor Moe said": the speaker of a verb left with no subject
    subject = _subject_words(tok.head, first.i - 1)
    if subject is None:
        return None
    last = _trim(doc, last, first.i)
    return (first.i, last, subject) if last - first.i >= 1 else None


def _identified(tok: Token) -> tuple[int, int, tuple[int, int]] | None:
    """A person's name set off by commas after the role it fills ("The driver, Orrin Vale, was heard ..."): who
    holds it. Only a definite role ("the gunman"; not "his deputy", whose "his" says nothing read alone)."""
    doc = tok.doc
    head = tok.head
    if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or head.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    first = tok.left_edge.i
    last = first
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
        last += 1  # the name alone: "the leader, Ivo Marsh, Republican of Ohio" stops at the name
    if first <= head.i or doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text != "," or (
            tok.i > last):
        return None
    subject = _subject_words(head, first - 1)
    return (first, last, subject) if subject is not None else None


def _participle(tok: Token) -> tuple[int, int, tuple[int, int]] | None:
    """A past participle's phrase set off by commas after a name ("The cable, sent under Stevens' signature, ...")."""
    doc = tok.doc
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ not in ("PROPN", "NOUN") or tok.i < tok.head.i:
        return None
    first = tok.left_edge
    if first.i != tok.i or doc[first.i - 1].text != "," or tok.right_edge.i + 1 >= len(doc) or doc[
            tok.right_edge.i + 1].text not in (",", "—", "–", "--"):
        return None  # set off on both sides: "the e-mails released on Friday" is the noun's own phrase
    if any(t.is_quote for t in doc[first.i : tok.right_edge.i + 1]):
        return None
    subject = _subject_words(tok.head, first.i - 1)
    if subject is None:
        return None
    last = _trim(doc, tok.right_edge.i, first.i)
    return (first.i, last, subject) if last - first.i >= 2 else None


def _subject_words(head: Token, comma: int) -> tuple[int, int] | None:
    """The name phrase the aside is about: from its first word to the comma that opens the aside, cut at an
    earlier comma ("Lund, 44, a Liberal": Lund). None where it is a bare word ("Reports, which ...") or a
    dateline or quotation runs into it."""
    doc = head.doc
    if any(c.dep_ == "conj" for c in head.children):
        return None  # "Norway, Sweden and Finland, the countries where ...": the aside is about them all
    start = head.left_edge.i
    end = comma - 1
    for i in range(head.i, comma):
        if doc[i].text == ",":
            end = i - 1
            break
    if any(doc[i].left_edge.i < head.left_edge.i or not head.is_ancestor(doc[i]) for i in range(head.i + 1, end + 1)):
        return None  # "Nordbank said it would cut 800 jobs, about 9 percent of its staff": words of another phrase
    start = max([start] + [t.i + 1 for t in doc[start : end + 1] if "\n" in t.text_with_ws])  # not a headline
    while start <= end and (doc[start].is_punct or doc[start].pos_ in ("SCONJ", "ADP", "CCONJ", "VERB", "AUX")
                            or doc[start].pos_ == "ADV" and doc[start].lower_ in _FOCUS):
        start += 1  # "Whether Hallen, the largest employer, ...", "Even Judge Pell": the name's own words
    # (a name: not a figure the tagger calls one, "The previous record, 36.7C, dated from 1997")
    if start > end or not any(t.pos_ == "PROPN" and not any(ch.isdigit() for ch in t.text)
                              for t in doc[start : end + 1]) and end - start < 1:
        return None
    if any(t.text in ("—", "–", "--", "―") or t.is_quote for t in doc[start : end + 1]):
        return None
    return start, end


_KINDS = (("relative", _relative_clause), ("appositive", _appositive), ("identity", _identified),
          ("participle", _participle))


def _trim(doc: Doc, last: int, first: int) -> int:
    """The aside's last word, without the punctuation that closes it."""
    while last > first and doc[last].is_punct:
        last -= 1
    return last


def _statement(subject: str, tok: Token, words: Span, kind: str) -> str:
    """The aside as a plain statement about its subject."""
    subject = " ".join(subject.split())
    if kind == "identity":
        body = f"is {words.text}"
    elif tok.dep_ == "acl":
        plural = tok.head.tag_ in ("NNS", "NNPS")
        body = f"{'were' if plural else 'was'} {words.text}"
    elif tok.dep_ == "relcl":
        rest = words[1:]  # without the relative pronoun
        body = rest.text
        if rest[0].lower_ in ("'s", "’s"):  # "who's seen" / "who's running"
            body = f"{'has' if len(rest) > 1 and rest[1].tag_ == 'VBN' else 'is'} {rest[1:].text}"
    else:
        plural = tok.head.tag_ == "NNS" or tok.head.tag_ == "NNPS" and tok.head.ent_type_ != "PERSON"
        copula = ("were" if plural else "was") if words[0].lower_ in _THEN else ("are" if plural else "is")
        body = f"{copula} {words.text}"
    body = " ".join(body.split()).rstrip(" ,;:—–-")
    return f"{subject[0].upper()}{subject[1:]} {body}"
