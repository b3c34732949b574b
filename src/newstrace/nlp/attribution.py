"""Attributions — who said what — from the dependency parse, with certainty.

Patterns (each tested in tests/nlp/test_attribution.py):
  X said (that) C · C, X said · C, said X · according to X, C · per X, C · X told Y (that) C (Y is `via` when an outlet)
  X believes/suggests/warned/disclosed... C · the outlet X reported C · reports suggest C (no named source)
  claims/allegations (from X) that C · "quote." followed by more quoted sentences (source carried over).
Spans are character offsets into the text the Doc was made from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon import (
    BELIEF,
    DATELINE,
    DENIAL_WORDS,
    DENYING_CUES,
    HEDGES,
    HEDGING_CUES,
    PAST_NOT_PARTICIPLE,
    SPEECH,
    is_outlet,
    is_written,
)
from ..model import Attribution

# Stance verbs whose object is what is attributed: "called the deal a disaster", "criticized the plan".
STANCE = {"call", "criticize", "criticise", "endorse", "defend", "praise", "attack", "oppose", "blast",
          "slam", "blame", "describe", "cite", "decline", "refuse", "propose", "discuss", "express",
          "back", "applaud", "condemn", "challenge", "welcome", "tout", "dispute", "deny", "reject", "dismiss",
          "accuse", "urge", "demand", "question", "mock", "hail", "celebrate", "acknowledge", "lament", "tweet",
          "reiterate", "refer", "pan", "rail"}
# The prepositions that introduce what a stance verb's speaker names or calls it: "called for a ban", "referred to
# the spill as a disaster", "railed against the tariffs", "panned the plan as ridiculous" (part of the cue).
_STANCE_PREPS = {"call": {"for", "on", "of", "as", "to"}, "refer": {"to", "as"}, "rail": {"against"},
                 "pan": {"as"}, "describe": {"as"}}
# ... and those that introduce what the speaker says the object did, part of the content: "accused the council of
# hiding the audit", "blamed the mayor for the flood" (the object alone is no statement).
_CHARGE_PREPS = {"accuse": "of", "blame": "for", "criticize": "for", "criticise": "for", "praise": "for",
                 "condemn": "for", "attack": "for", "slam": "for", "blast": "for"}
# First and second person believing or knowing inside a quote is talk, not a report of a belief.
_SPEAKER_PRONOUNS = {"i", "we", "you"}
# Subjects that say no one speaks ("nobody expected C", "no official has said C", "none of them said C").
_NO_ONE = {"nobody", "none", "no-one", "noone", "neither"}
# Adverbs by which the outlet itself calls what it reports false ("Brandt falsely stated that ..."): the claim is
# denied, by the outlet, whatever the speaker's own certainty.
_FALSELY = {"falsely", "wrongly", "incorrectly", "erroneously", "mistakenly", "inaccurately", "untruthfully"}
CUE_NOUNS = {"claim", "allegation", "report", "statement", "belief", "warning", "assertion", "suggestion",
             "accusation", "denial", "announcement", "assessment", "estimate", "argument", "testimony", "view",
             "fear", "concern", "assurance", "promise", "pledge", "charge", "revelation", "finding", "contention"}
# Words in a source's place that name no one ("reports say", "it is said"); "sources said" names insiders, as PolNeAR
# marks them
IMPLICIT_SOURCES = {"report", "reports", "it", "rumours", "rumors", "media", "reporting"}
# ... but "it" saying something in the active voice, after an adverb or auxiliary or two ("it said", "It has denied
# paying a ransom", "it also insisted"), is a body the text spoke of (nlp/annotate resolves which)
_IT_SAID = re.compile(r"\s+(?:(?:has|had|have|also|later|further|previously|earlier|again|repeatedly|strongly|firmly|"
                      r"flatly|publicly)\s+){0,2}(?:said|says|added|adds|told|announced|wrote|stated|confirmed|"
                      r"estimated|estimates|put|puts|warned|warns|denied|denies|insisted|insists|admitted|admits|"
                      r"acknowledged|acknowledges|claimed|claims|maintained|maintains|argued|argues|rejected|rejects|"
                      r"noted|notes|explained|explains|declared|declares|promised|promises|pledged|pledges|disclosed|"
                      r"discloses|revealed|reveals|replied|replies|responded|responds|stressed|stresses|cautioned|"
                      r"cautions|demanded|demands|urged|urges|critici[sz]ed|critici[sz]es|condemned|condemns|"
                      r"welcomed|welcomes|accused|accuses|praised|praises|blamed|blames|called\s+(?:for|on)|"
                      r"calls\s+(?:for|on))\b")
# Words that scope a hedge over the clause they modify (modals and adverbs of doubt); "would" and "will" speak of
# plans, "expected to" of schedules: they are not hedges.
HEDGE_MODALS = {"may", "might", "could"}
HEDGE_ADVERBS = {"reportedly", "allegedly", "apparently", "possibly", "probably", "perhaps", "likely", "supposedly",
                 "purportedly", "seemingly", "presumably", "conceivably"}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
# Verbs whose participle or infinitive is what their subject did not say ("avoided saying C").
_SAYS_NOTHING = {"avoid", "refuse", "decline", "fail", "stop", "cease", "hesitate", "resist",
                 "refusal", "failure", "reluctance", "unwillingness", "hesitation"}  # "her refusal to say C"
# Verbs that keep someone from doing a thing ("prohibit agencies from assessing C"): the thing is not done.
_BARS = {"prohibit", "bar", "ban", "prevent", "forbid", "stop", "keep", "block", "restrict", "discourage", "deter"}
# Verbs whose infinitive is an act of their own subject's that happened ("went on to say", "appeared to say",
# "came to believe").
_GOES_ON_TO = {"go", "proceed", "continue", "begin", "start", "appear", "seem", "hasten", "rush", "move", "come"}
# What is said aloud, issued as someone's words ("released a video saying", "gave an interview warning").
_SPOKEN = {"video", "interview", "speech", "remark", "comment", "address", "op-ed", "column", "broadcast", "release"}
# Verbs whose object is whom they address: passive, their subject is the addressee, not what was said.
_TELLING = {"tell", "inform", "brief", "assure", "advise", "remind"}
# Verbs of urging someone to do something: their infinitive after the object is what they urge.
_URGING = {"urge", "encourage", "press", "implore", "exhort"}
_WHEN_THE_TAG = {"after", "before", "when", "while"}  # a clause opening so after "C, X said," tells when
SUBORDINATORS = {"while", "though", "although", "because", "after", "before", "when", "if", "as", "since", "unless",
                 "whereas", "once", "until"}
QUOTES = "\"“”"


@dataclass
class _Found:
    cue: list[tuple[int, int]]
    source: Span | None
    content: list[tuple[int, int]]
    lemma: str
    via: Span | None = None
    heads: tuple[Token, ...] = ()  # the content's head tokens, whose modifiers say how firmly it is put
    statement: bool | None = None  # whether the content states something, where the heads do not tell
    named_before: bool = False  # the source is the name the parser hung on the content (`_name_before`)
    called_false: Token | None = None  # the outlet's word that they are false: "falsely stated", "claimed, wrongly,"


def _before_the_tag(cue: Token, subj: Token | None) -> int:
    """Where a parenthetical "..., X said" begins: the comma right before its subject. The parser may hang the end
    of what was said on the cue ("C long before it collapsed, the Times reported": "long before it collapsed" read
    as the reporting's); those words, before the comma, are C's. 0 where no comma sets the tag off."""
    if subj is None or subj.i > cue.i or subj.left_edge.i == 0:
        return 0
    comma = cue.doc[subj.left_edge.i - 1]
    return comma.i if comma.text == "," and comma.head.i == cue.i else 0


def _span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _subtree_span(tok: Token, exclude: Token | None = None, keep: int = 0) -> list[tuple[int, int]]:
    """Character fragments of tok's subtree, minus exclude's subtree (but its tokens before `keep`) and any
    relative clause in it that reports someone's words in passing (`_reported_aside`); outer punctuation
    trimmed."""
    skip = set(t.i for t in exclude.subtree if t.i >= keep) if exclude is not None else set()
    for t in tok.subtree:
        if t.i not in skip and t.i != tok.i and (aside := _reported_aside(t)) is not None:
            skip |= set(range(aside[0], aside[1] + 1))
    toks = [t for t in tok.subtree if t.i not in skip]
    return _fragments(toks)


_ASIDE_PRONOUNS = {"which", "who"}


def _reported_aside(cue: Token) -> tuple[int, int] | None:
    """(first, last) token of a relative clause set off by a comma that reports what someone says of the noun it
    hangs on ("the dam, which residents fear could fail", "Tor Aas, who prosecutors say stole the funds"): the
    pronoun is the subject of what is said, not of the verb of saying; the clause is that speaker's claim about
    the noun (`_relative_statement`), no part of the clause around it."""
    if cue.dep_ != "relcl" or cue.lemma_ not in SPEECH | BELIEF or cue.head.pos_ not in ("NOUN", "PROPN"):
        return None
    pronoun = cue.doc[cue.left_edge.i]
    if pronoun.lower_ not in _ASIDE_PRONOUNS or pronoun.i == 0 or cue.doc[pronoun.i - 1].text != ",":
        return None
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    said = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i > cue.i]
    if not said or not any(s.i != pronoun.i for s in subjects) or not (
            pronoun.head.i == said[0].i and pronoun.dep_ in ("nsubj", "nsubjpass") or pronoun.head.i == cue.i):
        return None  # "Lund, who said C": the pronoun is who speaks (an aside on the speaker, nlp/asides.py)
    last = cue.right_edge.i
    while last > pronoun.i and cue.doc[last].is_punct:
        last -= 1
    return pronoun.i - 1, last


def _fragments(toks: list[Token]) -> list[tuple[int, int]]:
    toks = sorted(toks, key=lambda t: t.i)
    # a leading "that" is the complementizer, unless it is the clause's subject ("said that was wrong") or the
    # verb's object ("A spokesman denied that.": what the sentence before said)
    while toks and (toks[0].is_punct or toks[0].lower_ == "that" and not toks[0].dep_.startswith("nsubj") and not (
            toks[0].dep_ == "dobj" and toks[0].head.i == toks[0].i - 1)) and toks[0].text not in QUOTES:
        toks = toks[1:]
    while toks and (toks[-1].is_punct and toks[-1].text not in QUOTES or toks[-1].dep_ == "cc"):
        toks = toks[:-1]  # (and a conjunction left before words taken out: "five had died, but [later revised]")
    frags: list[list[Token]] = []
    for t in toks:
        if frags and t.i == frags[-1][-1].i + 1:
            frags[-1].append(t)
        else:
            frags.append([t])
    return [_span(f) for f in frags if not all(x.is_punct for x in f)]


# Verbs of saying that invert after a quote ('"...," said the mayor', '"...," added Berg'): their object is never
# whom they address
_INVERTED = {"say", "add", "write", "note", "explain", "declare", "continue", "insist", "reply", "respond", "answer",
             "argue", "state", "recall", "concede", "observe", "remark", "acknowledge", "admit", "claim", "complain",
             "joke", "posit", "tweet", "post", "announce", "report", "comment", "conclude", "emphasize", "stress",
             "counter", "retort", "quip", "predict", "maintain", "contend", "assert", "confirm", "reveal"}


# Verbs of warning invert too ("C, warned Dr. Lund"), but their object is otherwise whom they warn
_WARNING = {"warn", "caution"}


def _named_object(verb: Token) -> Span | None:
    """The person or organisation an inverted verb of saying takes as its object, with nothing said after it
    ('"...," said Ada Brandt, the mayor'; not "warned Brandt to stay away", whom it addresses)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i]
    if len(objs) != 1 or objs[0].ent_type_ not in ("PERSON", "ORG", "NORP") or any(
            c.i > verb.i and c.dep_ in ("xcomp", "ccomp", "advcl", "prep", "dative") for c in verb.children):
        return None
    return verb.doc[objs[0].left_edge.i : objs[0].right_edge.i + 1]


def _subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one nearest the verb ("C as the vessel listed, spokesperson X told
    reporters": the small parser makes both "vessel" and "X" subjects of "told")."""
    # (not a "that" the tagger read as a conjunction: "The ministry disputes that, saying C" made "that" the
    # participle's subject; the participle borrows the main clause's, below)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not (c.tag_ == "IN" and verb.tag_ == "VBG")]
    if not subjects and _misread_that(verb) is not None and verb.head.i != verb.i:
        return _subject(verb.head)
    if not subjects and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) and any(
            c.dep_ == "ccomp" for c in verb.children):
        # "she's said that C" is "she has said": the small parser reads the "'s" as a passive "is"
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    before = [c for c in subjects if c.i < verb.i]
    if not subjects and verb.dep_ == "conj" and verb.i > 0:
        # "the rules require new standards and Judge Lund said C": the small parser joins the name to the object
        # before it and leaves the verb to share the first clause's subject; a name right before the verb is its own
        name = verb.doc[verb.i - 1]
        if (name.pos_ == "PROPN" and name.dep_ == "conj" and name.head.i < name.i and name.head.dep_ in (
                "dobj", "pobj", "attr", "conj") and name.left_edge.i > 0
                and verb.doc[name.left_edge.i - 1].lower_ == "and"):
            return name
    if not subjects:
        # "Ms. Quist, reading the final draft, objected ...": the small parser gives the subject to the
        # participle set off by commas before the verb; a participle there has none of its own
        doc = verb.doc
        for c in verb.children:
            if (c.dep_ in ("advcl", "csubj") and c.tag_ in ("VBG", "VBN") and c.i < verb.i
                    and doc[verb.i - 1].text == ","):
                own = [s for s in c.children if s.dep_ == "nsubj" and s.i < c.i and doc[s.i + 1].text == ","]
                if own:
                    return own[-1]
                # ("At 8:15 p.m., Ms. Quist, reading ...": or hangs the name on the opening phrase)
                name = doc[c.i - 2] if c.i >= 2 and doc[c.i - 1].text == "," else None
                if name is not None and name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG") and (
                        name.left_edge.i > 0 and doc[name.left_edge.i - 1].text == ","):
                    return name
        # (or makes the participle the root, the verb of saying hanging on it, and the name its subject)
        head = verb.head
        if (verb.dep_ in ("dep", "conj") and head.tag_ == "VBG" and head.i < verb.i
                and doc[verb.i - 1].text == ","):
            own = [s for s in head.children if s.dep_ == "nsubj" and s.i < head.i and doc[s.i + 1].text == ","]
            if own:
                return own[-1]
        # "Aas said she would not resign, and denied any wrongdoing": the past tense the parser joins to what was
        # said is the speaker's next act (`_manner_of_saying`), done by the one who said it
        if (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ == "ccomp" and head.head.i != head.i
                and any(x.dep_ == "aux" and x.tag_ == "MD" for x in head.children)):
            return _subject(head.head)
    return before[-1] if before else (subjects[0] if subjects else None)


def _reduced_speaker(verb: Token, lemma: str) -> tuple[Span, list[tuple[int, int]], Token] | None:
    """"C, the health authority announced on Monday." read as a noun with a participle on it ("the authority
    [that was] announced"), the noun joined to C: a verb of saying right after a noun phrase set off by a comma,
    with nothing after it but when and where to the sentence's end, says C, and the phrase is its speaker:
    (source, content, C's head)."""
    doc = verb.doc
    noun = verb.head
    if not (verb.tag_ == "VBN" and verb.dep_ == "acl" and lemma in SPEECH and noun.i == verb.i - 1
            and noun.pos_ in ("NOUN", "PROPN")):
        return None
    first, sent = noun.left_edge.i, verb.sent
    # (what comes after may be whom the report rests on, which the parser hangs on C's verb: "C, the Ledger
    # reported on Monday, citing two people with knowledge of the talks")
    rest = doc[verb.right_edge.i + 1 : sent.end]
    citing = _citing(sent.root)
    citing = citing if citing is not None and citing.i > verb.right_edge.i else None
    if citing is not None:
        rest = doc[verb.right_edge.i + 1 : citing.left_edge.i]
    if first - 1 <= sent.start or doc[first - 1].text != "," or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr") for c in verb.children) or not all(
            t.is_punct for t in rest) or citing is not None and not all(
            t.is_punct for t in doc[citing.right_edge.i + 1 : sent.end]):
        return None
    # (the noun hangs on C's verb, or on its subject as an apposition: either way C is the clause before it)
    said = noun.head if noun.head.i < first and noun.head.pos_ in ("VERB", "AUX") else sent.root
    if not (said.i < first and said.pos_ in ("VERB", "AUX")):
        return None
    return doc[first : noun.i + 1], _fragments(list(doc[sent.start : first - 1])), said


def _object_as_subject(cue: Token, clause: Token, lemma: str) -> Token | None:
    """The cue's object that is the subject of the clause right after it, which has none of its own and a finite
    verb ("warned the spill could harm seabird colonies"); not whom a verb of telling addresses ("told reporters
    the pier would close" has its own subject)."""
    if lemma in _TELLING or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) or clause.i < cue.i:
        return None
    if not (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)):
        return None
    return next((o for o in cue.children if o.dep_ == "dobj" and o.i > cue.i
                 and o.right_edge.i + 1 == clause.left_edge.i), None)


def _misread_that(verb: Token) -> Token | None:
    """The "that" the tagger read as a conjunction and the parser as the subject of a participle of saying after
    it ("disputes that, saying C"): the pronoun, object of the verb before."""
    if verb.tag_ != "VBG" or verb.lemma_ not in SPEECH:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "IN" and c.lower_ in ("that", "this")
                 and c.i + 1 < verb.i and verb.doc[c.i + 1].text == ","), None)


def _gone_on_from(verb: Token) -> Token | None:
    """The verb an infinitive of saying goes on from: "X went on to say C", "X went so far as to say C", "X
    appeared to suggest C" (not one that says nothing: "X refused to say whether"); its subject is the speaker."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head if verb.dep_ in ("xcomp", "advcl") else None
    while head is not None and head.pos_ == "ADV" and head.dep_ == "advmod":  # "went so far as to say"
        head = head.head
    return head if head is not None and head.lemma_ in _GOES_ON_TO else None


def _whole_words(span: Span, cue_at: int | None = None) -> Span:
    """The span with the words glued to it by a hyphen: the tokenizer splits "Sea-Land" and the parse can leave
    "Sea-" out of the subject ("Sea-Land calls that evidence unreliable": "Land"); and with the rest of a name it
    cuts, up to the cue that follows it at `cue_at`, which the parse can hang on the cue ("Patient group Memory Now
    said": "Now" an adverb of "said"; not a name the NER runs on past the cue: "Trump Says He Never")."""
    doc, start, end = span.doc, span.start, span.end

    def glued(hyphen: int) -> bool:  # "Wal" "-" "Mart" with no space on either side of the hyphen
        return doc[hyphen].text == "-" and not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_

    while start >= 2 and glued(start - 1):
        start -= 2
    while end + 1 < len(doc) and glued(end):
        end += 2
    named = end
    while cue_at is not None and named < len(doc) and doc[named].ent_iob_ == "I" and doc[named].idx < cue_at and (
            not doc[named].tag_.startswith("VB")):
        named += 1
    if named > end and named < len(doc) and doc[named].idx == cue_at:
        end = named
    return doc[start:end]


_CONTRAST = {"but", "though", "although", "while", "whereas", "yet"}


def _contrast_after(tok: Token) -> bool:
    """Whether the first word after a token's phrase sets another view against it ("..., the union said, but the
    operator said D"): where one speaker's words end and another's begin, not "Nor, he said, did he say C"."""
    after = next((t for t in tok.doc[tok.right_edge.i + 1 :] if not t.is_punct), None)
    return after is not None and after.lower_ in _CONTRAST


def _participle_phrase_before(verb: Token) -> Span | None:
    """The speaker a noun and its participle phrase right before the verb name, where the small parser read them
    as a clause of their own hung on it ("C, the company said, though doctors not involved in the study said D":
    "though doctors [were] not involved" a clause of concession, the cue's subject found far before it). A
    participle with no auxiliary makes no clause: the noun it describes and the phrase are who speaks."""
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.right_edge.i == verb.i - 1
                   and not any(x.dep_ in ("aux", "auxpass") for x in c.children)), None)
    subj = next((x for x in clause.children if x.dep_ == "nsubj" and x.pos_ in ("NOUN", "PROPN")), None) if (
        clause is not None) else None
    return verb.doc[subj.left_edge.i : clause.right_edge.i + 1] if subj is not None else None


def _source_of(verb: Token) -> Span | None:
    doc = verb.doc
    subj = _subject(verb)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        # "Judge Pell, who said he was worried": the speaker is the noun the clause hangs on
        head = verb.head
        start = head.left_edge.i
        end = max((c.right_edge.i for c in head.children if c.i < verb.left_edge.i and c.dep_ != "punct"),
                  default=head.i)
        return doc[start : max(end, head.i) + 1]
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and subj.i > 0:
        # the same, where the small parser did not see the relative clause: the name just before "who"
        before = next((t for t in reversed(doc[: subj.i]) if not t.is_punct), None)
        if before is not None and before.pos_ in ("PROPN", "NOUN"):
            return doc[before.left_edge.i : before.i + 1]
    if (reduced := _participle_phrase_before(verb)) is not None:
        return reduced
    per = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and _first_name_per(c)), None)
    if subj is None and per is not None:
        # "Per Dahl, an administration spokesman, told ...": the name the tagger read as "per" and its object is the
        # subject
        return doc[per.i : per.right_edge.i + 1]
    if subj is not None:
        start, end = subj.left_edge.i, subj.right_edge.i + 1
        if start > 0 and _first_name_per(doc[start - 1]):
            start -= 1  # "Per Nygaard said": the tagger reads "Per" as the preposition and leaves it out
        elif end + 1 < verb.i and doc[end].text == "," and _first_name_per(doc[end + 1]):
            # "The coach, Per Lie, said": the name set off after the subject is who it is
            end = next((t.i for t in doc[end + 2 : verb.i] if not t.text.istitle()), verb.i)
        return doc[start:end]
    # (a participle read as a clause of the verb before it is one too: "saying C, adding D")
    bare_clause = verb.dep_ == "ccomp" and verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "mark") for c in verb.children)
    if (verb.tag_ in ("VBG", "VBN") and (verb.dep_ in ("advcl", "xcomp", "conj") or bare_clause)
            and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)):
        # "Roberts offered his doubts, suggesting that C": the participle speaks with its clause's subject (not a
        # passive one: in "farmers moved pens after a sheen was reported", the farmers reported nothing); after a
        # relative clause on the object ("X offered comments that drew fire, saying C") it goes with the main
        # clause, not with the object: comments say nothing
        head = verb.head
        if head.dep_ == "relcl" and head.head.dep_ in ("dobj", "attr") and head.head.head.pos_ in ("VERB", "AUX"):
            head = head.head.head
        # "The board said it had recovered the recorder, adding that C": a verb of saying the parser hangs on the
        # words said goes on from the one that said them
        if verb.lemma_ in SPEECH and head.dep_ == "ccomp" and head.head.lemma_ in SPEECH and head.head.i < head.i and (
                "Fin" in head.head.morph.get("VerbForm") and _says_next(verb)):
            head = head.head
        if verb.dep_ == "xcomp" and head.lemma_ in _SAYS_NOTHING:  # "avoiding saying C": no one's word
            return None
        return _source_of(head)
    if (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep"
            and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.lower_ in ("by", "in", "while", "after")):
        # "Beck closed the conference by demanding that C", "Candidates, in calling for C, sought ...": the
        # gerund speaks with the subject of the verb its phrase hangs on
        return _source_of(verb.head.head)
    if (head := _gone_on_from(verb)) is not None:
        return _source_of(head)
    if (verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.dep_ in ("dobj", "pobj")
            and (is_written(verb.head.lower_) or verb.head.lemma_ in _SPOKEN)):
        # "The board issued a statement saying C", "Ruiz posted a video warning that C": the words are the ones
        # of whoever issued what says them
        holder = verb.head.head.head if verb.head.dep_ == "pobj" else verb.head.head
        if holder.pos_ in ("VERB", "AUX"):
            return _source_of(holder)
    for child in verb.children:  # passive: "... was told by X"
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return doc[objs[0].left_edge.i : objs[0].right_edge.i + 1]
    if (verb.dep_ == "conj" and verb.lemma_ in _INVERTED | _WARNING and doc[verb.i - 1].text == ","
            and (named := _named_object(verb)) is not None):
        return named  # "C, warned Dr. Lund": the small parser joins the verb to C's and takes the name as its object
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):  # "X said ... and added", "X apologized and vowed"
        return _source_of(verb.head)
    per = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and _first_name_per(c)), None)
    if per is not None and verb.lemma_ in _INVERTED:
        # inverted "C," said Per Vik: the name read as "per" and its object, with who he is as the parse hung it
        # on the verb ("said Per Vik, who leads the union", as "said Tom Vik, who leads the union" parses)
        end = per.right_edge.i
        rel = next((c for c in verb.children if c.dep_ == "ccomp" and _relative_read_as_clause(c)
                    and c.left_edge.i == end + 2), None)
        return doc[per.i : (rel.right_edge.i if rel is not None else end) + 1]
    for child in verb.children:  # inverted "..., said X" parsed with X as an object; a verb whose object is the
        # one spoken to ("urging Brandt to resign", "told Berg") is never inverted so
        if (child.dep_ in ("dobj", "attr") and child.i > verb.i and child.ent_type_ in ("PERSON", "ORG", "NORP")
                and verb.lemma_ in _INVERTED):
            return doc[child.left_edge.i : child.right_edge.i + 1]
    return None


_CITING = {"cite", "quote"}
# What finds and reports what it found: papers and inquiries ("a poll found", "the inquiry found that C"), and
# those whose work is to find out ("C, researchers have found"); other people who "found" C mostly did ("Inspectors
# found cracks"), and what they found stays the outlet's report
_FINDERS = {"poll", "survey", "study", "report", "review", "audit", "inquiry", "investigation", "analysis",
            "research", "census", "assessment", "autopsy", "probe", "evaluation", "researcher", "scientist"}
# verbs whose past participle before a clause says who was asked or told ("Asked about the pier, the mayor said")
_ASKING = {"ask", "question", "press", "tell", "inform", "brief", "quiz", "challenge"}


def _citing(head: Token) -> Token | None:
    """', citing two officials' after a cue or after what it reports: whom the report rests on."""
    for c in head.children:
        if (c.dep_ == "advcl" and c.lemma_ in _CITING and c.tag_ == "VBG" and c.i > head.i
                and head.doc[c.i - 1].text == "," and any(o.dep_ == "dobj" for o in c.children)):
            return c
    return None


# What a speaker cites that is the claim's origin, not a reason ("citing concerns over his record"): figures and
# their like, someone's word, people, or a named body
_CITED_ORIGINS = {"figure", "data", "statistic", "estimate", "number", "count", "tally", "official", "source",
                  "people", "person", "expert", "witness", "analyst", "police", "authority", "investigator", "study",
                  "survey", "research", "spokesman", "spokeswoman", "spokesperson"}


def _cited_origin(citing: Token, reporter: Span) -> Span | None:
    """Whom ', citing X' names as where the words come from: what an outlet cites, or what someone else cites
    where it is a source (a name, a paper, figures, people), not a reason they give ('citing concerns')."""
    cited = next((o for o in citing.children if o.dep_ == "dobj"), None)
    if cited is None:
        return None
    if is_outlet(reporter.text) or cited.pos_ == "PROPN" or cited.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (
            cited.lemma_.lower() in _CITED_ORIGINS or is_written(cited.text)):
        end = cited.right_edge.i
        # (with what the parser hung on the participle right after it: "citing two people | with knowledge of
        # the talks" are the people with that knowledge)
        end = next((p.right_edge.i for p in citing.children if p.dep_ == "prep" and p.i == end + 1), end)
        return cited.doc[cited.left_edge.i : end + 1]
    return None


def _reporter(citing: Token) -> Span | None:
    """Who reports what ", citing X" rests on: the subject of the verb of saying it follows, or of the one whose
    reported clause it closes ("the Ledger reported that C, citing X")."""
    head = citing.head
    if head.lemma_ not in SPEECH and head.dep_ == "ccomp":
        head = head.head
    return _source_of(head) if head.lemma_ in SPEECH else None


def _reduced_reporter(citing: Token) -> Span | None:
    """The speaker of "C, the Ledger reported on Monday, citing X" where the parser hung the citing on C's verb
    and read the report as a participle on a noun of C (`_reduced_speaker`)."""
    return next((found[0] for t in citing.sent if t.dep_ == "acl" and t.i < citing.i and t.lemma_ in SPEECH
                 and (found := _reduced_speaker(t, t.lemma_)) is not None), None)


def _within_quote(tok: Token) -> bool:
    """Whether a token stands between quotation marks, counted from its paragraph's start (a quote of several
    sentences opens before the sentence the parser gives the cue)."""
    text = tok.doc.text
    before = text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx]
    opened = False
    for mark in re.findall(r'["“”]', before):  # a curly mark opens or closes; a straight one turns
        opened = mark == "“" or mark == '"' and not opened
    return opened


# What a speaker does to words said before: no part of them
_REVISING = {"revise", "correct", "retract", "withdraw", "amend", "update", "clarify", "backtrack", "recant"}
# ... or calls what others say ("said the minister had no plans to resign and called the reports speculation",
# "and dismissed the claims as baseless"); not what the clause's subject did to someone ("said Lund heard the
# remarks and called him a liar")
_CALLING_WORDS = {"call", "dismiss", "describe", "brand", "label", "deny", "reject"}
_WORDS_OF_OTHERS = CUE_NOUNS | {"rumour", "rumor", "story", "speculation", "article", "reporting"}


# Participles of saying whose object is what they say of it: a denial of something ("dismissing the claims"), or
# the cause or culprit named ("blaming high power prices", "accusing the board of lying")
_SAYS_OF_ITS_OBJECT = DENYING_CUES | {"blame", "accuse"}


def _says_next(participle: Token) -> bool:
    """Whether a participle of saying after a speaker's words says something of its own: a clause ("adding that
    C"), a denial of something ("dismissing the claims") or a blame ("blaming high power prices"); not the source
    it cites ("citing officials")."""
    return any(c.dep_ == "ccomp" for c in participle.children) or participle.lemma_ in _SAYS_OF_ITS_OBJECT and any(
        c.dep_ == "dobj" for c in participle.children)


def _manner_of_saying(content: Token) -> Token | None:
    """', without giving details' / ', without providing evidence' closing what a cue reports: how the speaker
    said it, told by the outlet, which the small parser hangs on the reported verb; not part of the claim; nor is
    the source it cites (', citing two officials')."""
    if (citing := _citing(content)) is not None and all(
            x.is_punct for x in content.doc[citing.right_edge.i + 1 : content.right_edge.i + 1]):
        return citing
    for t in content.children:
        # "said five people had died, but later revised the toll to three": the parser hangs what the speaker
        # did next on the reported verb; only a speaker revises or retracts what was said, or calls the reports of
        # it speculation (`_CALLING_WORDS`)
        if (t.dep_ == "conj" and t.i > content.i and (t.lemma_ in _REVISING or t.lemma_ in _CALLING_WORDS and any(
                o.dep_ == "dobj" and o.lemma_ in _WORDS_OF_OTHERS for o in t.children))
                and not any(x.dep_.startswith("nsubj") for x in t.children)
                and all(x.is_punct for x in t.doc[t.right_edge.i + 1 : content.right_edge.i + 1])):
            return t
        # "said she would not resign, and denied any wrongdoing": a past tense joined to what a modal says ahead,
        # which it cannot share, is the speaker's next act, not what they said; so is a past that is no participle
        # joined to a past perfect, whose "had" it cannot share ("said no decision had been made and gave no
        # price"; "had misspoken and meant to say" may share it)
        if (t.dep_ == "conj" and t.i > content.i and t.tag_ == "VBD" and not any(
                x.dep_.startswith("nsubj") for x in t.children)
                and any(x.dep_ == "aux" and (x.tag_ == "MD" or x.lower_ == "had" and t.lower_ in PAST_NOT_PARTICIPLE)
                        for x in content.children)
                and all(x.is_punct for x in t.doc[t.right_edge.i + 1 : content.right_edge.i + 1])):
            return t
        # "denied its forces had opened fire and accused Estmark of staging the incident": who denies goes on to
        # blame or call names; what was denied does not accuse
        if (t.dep_ == "conj" and t.i > content.i and t.tag_ == "VBD" and content.head.lemma_ in DENYING_CUES
                and t.lemma_ in _SAYS_OF_ITS_OBJECT | _CALLING_WORDS
                and not any(x.dep_.startswith("nsubj") for x in t.children)
                and all(x.is_punct for x in t.doc[t.right_edge.i + 1 : content.right_edge.i + 1])):
            return t
    for t in content.children:
        # "said it had recovered the recorder, adding that the pilot was experienced": the speaker's next words,
        # which the parser hangs on the reported verb; what "adding" says is an attribution of its own
        if (t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_ in SPEECH and t.i > content.i
                and t.doc[t.i - 1].text == "," and _says_next(t)
                and content.dep_ == "ccomp" and "Fin" in content.head.morph.get("VerbForm")
                and all(x.is_punct for x in t.doc[t.right_edge.i + 1 : content.right_edge.i + 1])):
            return t
    for t in content.subtree:
        # "said officers had used pepper spray, which police denied": another speaker's word on what was said,
        # in a relative clause closing it, is theirs (an attribution of its own), not part of the claim
        if (t.dep_ == "relcl" and t.i > content.i and t.lemma_ in SPEECH | BELIEF | DENYING_CUES
                and t.doc[t.left_edge.i - 1].text == ","
                and any(x.dep_ in ("dobj", "ccomp") and x.lower_ in ("which", "what") for x in t.children)
                and any(x.dep_ == "nsubj" and x.lower_ not in RELATIVE_PRONOUNS for x in t.children)
                and all(x.is_punct for x in t.doc[t.right_edge.i + 1 : content.right_edge.i + 1])):
            return t
        if (t.lower_ == "without" and t.dep_ == "prep" and t.i > content.i and t.doc[t.i - 1].text == ","
                and any(g.tag_ == "VBG" for g in t.children)
                and all(x.is_punct for x in t.doc[t.right_edge.i + 1 : content.right_edge.i + 1])):
            return t
    return None


_SHIFTED_MODALS = {"would", "could", "might", "should"}  # "will", "can", "may" and "shall" as reported speech gives them


def _that_clause_on(noun: Token) -> list[Token]:
    """A that-clause right after a noun that the parser read as a relative clause on it, with "that" as its
    object, where it has a subject of its own and an auxiliary, as said things mostly come ("warned the council
    that workers would strike"; "the man that they arrested" is a relative clause, whom)."""
    return [r for r in noun.children
            if r.dep_ == "relcl" and r.doc[r.left_edge.i].lower_ == "that" and r.left_edge.i == noun.i + 1
            and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in r.children)
            and any(c.dep_ in ("aux", "auxpass") for c in r.children)]


def _others_words(noun: Token) -> bool:
    """Whether a noun a that-clause hangs on names words that are not the verb's ("after reports that C", "amid
    claims that C"), not the words' channel ("said in a statement that C", "during an interview that C")."""
    return noun.lemma_ in CUE_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ not in ("in", "during", "through")


def _content_children(verb: Token) -> list[Token]:
    """Clausal complements: "said (that) C"; "X wants to C" only where the complement has a predicate; and what
    "said" takes for its object where that is a clause misparsed (`_past_read_as_participle`)."""
    return [c for c in verb.children
            if c.dep_ == "ccomp" and not _relative_read_as_clause(c)
            or c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")
            or verb.lemma_ == "say" and c.dep_ == "dobj" and c.i > verb.i and _past_read_as_participle(c)]


def _relative_read_as_clause(clause: Token) -> bool:
    """Whether a clause the parser hangs on a verb of saying is a relative clause on the name before it ("C," said
    Per Vik, who leads the union": who he is, not what he said): its subject "who" or "which" set off by a comma."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (after the verb: "Reid, who he said was right" says what he said of Reid)
    return (subj is not None and subj.lower_ in ("who", "which") and subj.i > clause.head.i
            and clause.doc[subj.i - 1].text == ",")


def _past_read_as_participle(noun: Token) -> bool:
    """Whether a noun's phrase is a clause whose past tense the tagger read as a participle on it ("said about
    3,000 litres leaked into the harbour": "litres" the object of "said", "leaked" a participle describing it):
    a regular -ed form right after the noun's own words, with nothing of its own before it."""
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    return (verb is not None and noun.pos_ == "NOUN" and verb.i == noun.i + 1 and verb.lower_.endswith("ed")
            and not any(c.i < verb.i for c in verb.children))


def _verb_cue(tok: Token) -> _Found | None:
    on = _going_on(tok)
    lemma = "continue" if on is not None else tok.lemma_
    if lemma == "find" and (found_by := _subject(tok)) is not None and found_by.lemma_.lower() in _FINDERS:
        lemma = "show"  # "C, a poll found": what a poll or an inquiry found is its word, as what it shows is
    if tok.pos_ not in ("VERB", "AUX") or lemma not in SPEECH | BELIEF | STANCE:
        return None
    if (by := _passive_by(tok, lemma)) is not None:
        return by
    if lemma in _CITING and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.doc[tok.i - 1].text == "," and (
            (reporter := _reporter(tok) or _reduced_reporter(tok)) is not None
            and _cited_origin(tok, reporter) is not None):
        return None  # "C, the Ledger reported, citing two officials": whom the report rests on, its source
    if tok.dep_ in ("xcomp", "pcomp", "acl") and tok.head.lemma_ in _SAYS_NOTHING:
        return None  # "avoiding saying C", "declined to say C", "her refusal to say C": no one says C
    if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_ in _BARS:
        return None  # "rules prohibit agencies from assessing how ...": what they may not do, no one's words
    if (reduced := _reduced_speaker(tok, lemma)) is not None:
        source, content, said = reduced
        via = None
        if (citing := _citing(said)) is not None and (cited := _cited_origin(citing, source)) is not None:
            via, source = source, cited  # "C, the Ledger reported, citing two officials": theirs, through it
        return _Found([_span([tok])], source, content, lemma, via, (said,))
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ == "ccomp" for c in tok.children):
        return None  # "appeal the red card shown to the defender": a thing a participle describes, no one's words
    subj = _subject(tok)
    gone = _gone_on_from(tok)
    if lemma in BELIEF and subj is None and gone is not None and any(c.dep_ == "ccomp" for c in tok.children):
        # "Lind came to believe that C", "seems to think C": the belief of whom it goes on from, in a clause of its
        # own (not "as many have come to expect")
        subj = _subject(gone)
    if lemma in BELIEF and (subj is None or subj.lower_ in _SPEAKER_PRONOUNS or tok.tag_ == "VB" and gone is None):
        return None
    if subj is not None and (subj.lower_ in _NO_ONE or any(c.dep_ == "det" and c.lower_ in ("no", "neither")
                                                           for c in subj.children)):
        return None  # "No one expected the plant to close", "nobody has said C": no one's word, the sentence's
    if subj is None and tok.tag_ == "VBZ" and tok.dep_ in ("ccomp", "dobj", "nsubj") and _source_of(tok) is None:
        return None  # "said claims that C were false": a plural noun the tagger read as a verb with no subject
    if tok.tag_ == "VB" and lemma != "say" and gone is None:
        return None  # "to tell", "will ask": mostly not a report of speech; "appeared to suggest C" is one
    if lemma not in SPEECH | BELIEF:
        return _stance_cue(tok, subj)
    # what was said, not the programme it was said on ("said on KTV's "Meet the Week"": the parser reads the
    # title as a clause, and what follows it as the title's: "... "Meet the Week" that C")
    content_heads = [h for c in _content_children(tok) for h in (
        [x for x in c.children if x.dep_ == "ccomp" and x.i > c.i] if _title(c) else [c])]
    # a participle after the cue read as a clause, with no subject or auxiliary of its own, is none: it tells how
    # the words were said or met, in the outlet's voice (`"We will not back down," she said, drawing cheers from
    # dockers packed into the square`: the parser may hang "packed" on the cue as what was said)
    content_heads = [c for c in content_heads if not (
        c.i > tok.i and c.dep_ == "ccomp" and c.tag_ in ("VBG", "VBN")
        and not any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for x in c.children))]
    if not content_heads and lemma in _TELLING | _WARNING:
        # "warned the council that workers would strike": the parser reads the that-clause as a relative clause on
        # whom they warned; with a subject of its own it is what they said
        content_heads = [r for o in tok.children if o.dep_ in ("dobj", "dative") and o.i > tok.i
                         for r in _that_clause_on(o)][:1]
    # a clause before a semicolon is a sentence of its own, not what the verb after it says ("Organisers put the
    # crowd at 3,000; police estimated it at about 1,200")
    content_heads = [c for c in content_heads if not (c.i < tok.i and any(
        t.text == ";" for t in tok.doc[c.right_edge.i + 1 : tok.i]))]
    # ... nor is a clause another speaker's cue stands between ("C, the company said, though analysts said D")
    content_heads = [c for c in content_heads if not (c.i < tok.i and any(
        t.head == tok and t.dep_ == "parataxis" and t.lemma_ in SPEECH and _subject(t) is not None
        and not _within_quote(t) and _contrast_after(t) for t in tok.doc[c.right_edge.i + 1 : tok.i]))]
    if lemma in _TELLING and any(c.dep_ == "auxpass" for c in tok.children):
        # passive, the subject is whom they told: what was said follows ("was told that C"); before the verb it is
        # a misparse ('"Wardens," she went on, "are told by the city where to go"')
        content_heads = [c for c in content_heads if c.i > tok.i]
        if not content_heads:
            return None
    if not content_heads and lemma in _URGING:
        # "encouraged the mayor on Sunday to listen to C": the small parser hangs the infinitive after the
        # object and a phrase on the verb as a clause of purpose; it is what was urged
        content_heads = [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and c.tag_ == "VB"
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                         and any(o.dep_ == "dobj" and o.i < c.i for o in tok.children)]
    if not content_heads:
        # "C, the Journal reported" parsed with C as a clause modifying the verb, before it; not a subordinate
        # clause of its own ("While the port reopened its quay, traders question its depth")
        content_heads = [c for c in tok.children if c.dep_ in ("advcl", "parataxis") and c.i < tok.i
                         and c.pos_ in ("VERB", "AUX") and not any(
                             m.lower_ in SUBORDINATORS and (m.dep_ == "mark" or m.dep_ == "advmod" and m.i == (
                                 c.left_edge.i)) for m in c.children)  # ("when" opening it is an adverb to it)
                         and not (_within_quote(c) and not _within_quote(tok))  # (quoted words: the quote's)
                         # a participle's phrase with no subject of its own ("Asked whether C, X said", "Reading
                         # the offer, X wrote that D") tells when or how: not what was said
                         and not (c.tag_ in ("VBN", "VBG") and not any(
                             x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for x in c.children))]
    hanging = False
    if not content_heads and tok.dep_ == "ROOT" and subj is not None and tok.doc[subj.left_edge.i - 1].text == ",":
        # "C, the club said" where the parser read no clause in C ("Lysvik FC sacked coach Per Lie on Sunday": a
        # noun phrase left hanging as `dep` or `npadvmod`): the words before the comma, from the sentence's
        # start, stated as what was said
        content_heads = [c for c in tok.children if c.dep_ in ("dep", "npadvmod") and c.i < subj.left_edge.i
                         and c.left_edge.i == tok.sent.start and c.right_edge.i == subj.left_edge.i - 2
                         and c.right_edge.i - c.left_edge.i >= 3]
        hanging = bool(content_heads)
    if not content_heads and (lemma in STANCE or lemma == "confirm" and _confirmed_act(tok) is not None):
        # "experts question its capability": what is questioned; "police confirmed the arrests": the act, on
        # their word
        return _stance_cue(tok, subj)
    if not content_heads:
        # "disclosed on Friday during an interview that C": the that-clause hung on a noun of the verb's phrase
        # (not one a verb of saying of its own says: "C, X told reporters, adding that D" is C, and D is what
        # "adding" says)
        content_heads = [t.head for t in tok.subtree if t.dep_ == "mark" and t.lower_ == "that"
                         and t.head.i > tok.i and not _under_another_verb(t.head.head, tok)
                         # (not others' words a verb with an object of its own acts on: "is recalling 120,000
                         # sets after reports that C"; "saying after the mayor's announcement that C" says C)
                         and not (_others_words(t.head.head) and any(c.dep_ == "dobj" for c in tok.children))][:1] or [
            # ... or read as a relative clause on it ("wrote in an e-mail that the talks would resume")
            r for p in tok.children if p.dep_ == "prep" and p.i > tok.i for o in p.children if o.dep_ == "pobj"
            for r in _that_clause_on(o)][:1]
    content: list[tuple[int, int]] = []
    parenthetical = False
    tag: Span | None = None
    said_head = tok.head  # what a parenthetical cue's words hang on
    before = None
    if content_heads and lemma in SPEECH:
        # "said it was shocked and would cooperate with the police": the parser joins the second clause to "said";
        # with no subject of its own and a modal as reported speech shifts it, it goes on with what was said
        last = max(h.i for h in content_heads)
        content_heads += [c for c in tok.children if c.dep_ == "conj" and c.i > last and not any(
            x.dep_ in ("nsubj", "nsubjpass") for x in c.children) and any(
            x.dep_ == "aux" and x.lower_ in _SHIFTED_MODALS for x in c.children)]
    if lemma in DENYING_CUES and len(content_heads) == 1 and (that := _misread_that(content_heads[0])) is not None:
        # "The ministry disputes that, saying C": it denies what was said before ("that"); C is its own word
        content_heads = [that]
    subject_taken = False  # the clause's subject, read by the parser as the cue's object, added to the content
    if content_heads:
        for c in content_heads:
            if (obj := _object_as_subject(tok, c, lemma)) is not None:
                # "Environmental groups warned the spill could harm seabird colonies": "the spill" read as what
                # they warned; it is the clause's subject
                content += _subtree_span(obj)
                subject_taken = True
            content += _subtree_span(c, exclude=_manner_of_saying(c))
        if (keep := _before_the_tag(tok, subj)) and all(c.i < tok.i for c in content_heads):
            # "C long before the strike began, the Daily reported": the clause the parser hung on the cue, between
            # C and the tag, is C's still
            inside = {t.i for t in tok.subtree}
            tail = tok.doc[max(c.right_edge.i for c in content_heads) + 1 : keep]
            if len(tail) and all(t.i in inside and not t.is_quote for t in tail) and not all(t.is_punct for t in tail):
                content = _fragments([t for a, b in content for t in tok.doc if a <= t.idx < b] + list(tail))
    elif (before := _said_before(tok)) is not None:
        subject, said_head = before  # (the participle is C's verb, finite in truth)
        content = _subtree_span(subject)
        parenthetical = True
    elif _as_said(tok):
        content = _subtree_span(tok.head, exclude=tok)
        parenthetical = True
    elif ((tok.dep_ in ("parataxis", "advcl", "conj", "ccomp") and tok.head.i < tok.i or tok.dep_ == "parataxis")
          and tok.head.pos_ in ("VERB", "AUX")
          # a verb with an object of its own is no "X said" set off beside C ("C, and we warned the council")
          # (whom one tells is an object of "told": "C, Berg told the broadcaster NRK" is one)
          and not (tok.dep_ == "conj" and lemma not in _TELLING
                   and any(c.dep_ in ("dobj", "dative") for c in tok.children)
                   and (any(c.dep_ == "nsubj" for c in tok.children) or _named_object(tok) is None))
          # ... nor a past tense the parser left with no subject, its subject read into C ("the rumour spread after
          # a fake site published an obituary")
          and not (tok.dep_ == "advcl" and tok.tag_ == "VBD" and lemma not in _TELLING
                   and any(c.dep_ in ("dobj", "dative") for c in tok.children)
                   and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and _named_object(tok) is None)
          and not (tok.dep_ == "ccomp" and tok.head.lemma_ in SPEECH | BELIEF)
          # a clause the head verb takes as its object is no parenthetical ("making plain she trusted in X"); one
          # set off by a comma or a quote may be ("C, the mayor said" read the other way round)
          and not (tok.dep_ == "ccomp" and tok.left_edge.i > 0 and not tok.doc[tok.left_edge.i - 1].is_punct)
          # nor is a that-clause coordinated with the head ("said that she waits and that she has set it out")
          and not any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)
          # (a mark set off from the cue's subject by a comma is C's word the parser hung on the cue: "C after Storm
          # Frida, grid operator Vestnett said, down from 45,000")
          and not ((marks := {m.lower_ for m in tok.children if m.dep_ == "mark" and not (
              subj is not None and m.i < subj.left_edge.i and any(
                  t.text == "," for t in tok.doc[m.i + 1 : subj.left_edge.i]))} & SUBORDINATORS)
                   and (marks - {"as"} or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)))):
        # "C, X said" and "C1, X said, C2": the head clause is the content, minus this parenthetical (a
        # subordinate clause is none: "after a sheen was reported", "after he threatened a reporter" say when,
        # not who says the main clause, but "C, as X said" is one; nor is what a verb of saying reports: "X said
        # the office has made its plan known")
        said_head = _finite(tok.head) if "as" in marks else tok.head
        while (said_head.dep_ == "conj" and said_head.head.pos_ in ("VERB", "AUX") and said_head.head.i < said_head.i
               and _closes_sentence(tok)):
            # "Four people were killed and 15 injured, the authority said": a tag closing the sentence says all of
            # it, though the parser hung it on the last of the clauses
            said_head = said_head.head
        content = _subtree_span(said_head, exclude=tok, keep=_before_the_tag(tok, subj))
        # "C, the company said, though experts said D" (the parser hung the first cue on the second) and "C, the
        # union said, but the company said D" (on C, the second cue a clause of C's): what another speaker says
        # after this one is theirs, not C's
        others = [v.left_edge.i if v is not said_head else tok.right_edge.i + 1
                  for v in [said_head, *(c for c in said_head.children if c.dep_ == "conj")]
                  if v.i > tok.i and v.lemma_ in SPEECH and v.pos_ == "VERB" and not _within_quote(v)
                  and (_subject(v) is not None or _participle_phrase_before(v) is not None)
                  and (_contrast_after(tok) if v is said_head else tok.doc[v.left_edge.i - 1].lower_ in _CONTRAST)]
        if others:
            cut = min(others)
            content = _fragments([t for a, b in content for t in tok.doc if a <= t.idx < b and t.i < cut])
        # "C, the dairy said, after it recalled the yoghurt": a clause of when right after the tag tells when it
        # was said, not what (the parser hangs it on C's verb); the outlet says it
        when = {t.i for c in said_head.children if c.dep_ == "advcl" and c.left_edge.i == tok.right_edge.i + 1
                and tok.doc[tok.right_edge.i].text == "," and c.left_edge.lower_ in _WHEN_THE_TAG
                for t in c.subtree}
        if when:
            content = _fragments([t for a, b in content for t in tok.doc if a <= t.idx < b and t.i not in when])
        parenthetical = True
    elif (tag := _tag_read_as_relative(tok, subj)) is not None:
        # "C, the agency ANDA said on Monday.": the parser hung the tag on C's last noun as a relative clause
        content = _fragments([t for t in tok.sent if t.i < tag.start - 1])
        said_head, parenthetical = tok.sent.root, True
    elif tok.dep_ == "ROOT" and any(c.dep_ in ("dobj",) and c.lower_ in ("this", "that") for c in tok.children):
        return None
    else:
        # "X told Y about C" / "X said in a statement" with a quote before: take a leading quote in the sentence
        sent = tok.sent
        quote = _quoted(sent)
        if _within_quote(tok):
            return None  # a verb inside quoted words is part of them ('"...," she said, "and we warned them"')
        if quote and quote[1] <= tok.idx and not (tok.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT")
                                                                            for c in tok.children)):
            content = [quote]  # (not "the councillor who had asked for it": what it says is of the councillor)
        elif quote and re.fullmatch(r"[^\"“”.;]{0,40}[:,]\s*", sent.doc.text[tok.idx + len(tok):quote[0]]):
            content = [quote]  # 'Warren added on Twitter: "..."', 'he said, "..."'
        elif subj is not None and subj.left_edge.i == sent.start and (quote := _quote_ending_before(sent)):
            content = [quote]  # '"I have a question!" he shouted': the parser ended the quote's sentence at "!"
        else:
            return None
    if not content:
        return None
    if lemma == "continue" and not _quote_in(tok.doc.text, content):
        return None  # '"...," she continued' says who speaks; "the fighting continued" and "continued to" do not
    via = None
    if lemma in ("tell", "inform", "brief"):
        for c in tok.children:
            if c.dep_ in ("dobj", "dative", "iobj") and c.i != tok.i:
                obj = tok.doc[c.left_edge.i : c.right_edge.i + 1]
                if is_outlet(obj.text):
                    end = obj.end
                    # "told the broadcaster VTV he was ...": the parser made the name a second object of the verb
                    while end < len(tok.doc) and tok.doc[end].pos_ == "PROPN" and tok.doc[end].head == tok:
                        end = tok.doc[end].right_edge.i + 1
                    via = tok.doc[obj.start : end]
    if via is None:
        via = _relayed_by(tok)
    source = _source_of(tok)
    if source is not None and content and (split := _source_split(source, content)) is not None:
        # "Inflation is far too high, bank governor Ida Strand told reporters": the parser made "high" a modifier
        # of "governor"; the words before the comma are what was said
        content = [*content[:-1], (content[-1][0], split[0].idx + len(split[0]))]
        source = tok.doc[split[1].i : source.end]
    if (apposed := _apposed_speaker(tok)) is not None:
        # "C, his lawyer Sara Moen said": the parser hung the speaker on C's object; the speaker, out of C
        end = apposed.right_edge.i + (tok.doc[apposed.right_edge.i].text != ",")  # (not its closing comma)
        source = tok.doc[apposed.left_edge.i : end]
        content = _fragments([t for a, b in content for t in tok.doc if a <= t.idx < b
                              and not apposed.left_edge.i - 1 <= t.i <= apposed.right_edge.i])
    if tag is not None:
        source = tag
    named_before = source is None and (source := _name_before(tok)) is not None
    if source is None and (fronted := _fronted_speaker(tok)) is not None:
        # "In an interview with the Ledger, Marte Holm, the agency's director, said C": the parser joined the
        # speaker to the outlet the phrase before names
        # (an outlet phrase found before that runs on into the speaker is that outlet alone)
        source, via = fronted[0], fronted[1] if fronted[1] is not None or (
            via is not None and via.end > fronted[0].start) else via
    if lemma in _ASKING and tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "auxpass", "aux", "agent") for c in tok.children):
        source, named_before = None, False  # "Asked whether C, the mayor said ...": the mayor was asked
    citing = _citing(tok) or next((x for h in content_heads if (x := _citing(h)) is not None), None)
    if citing is not None and source is not None and (cited := _cited_origin(citing, source)) is not None:
        # "C, the Ledger reported, citing two officials": the officials' word, through the Ledger; "C, the coast
        # guard said, citing figures from the ferry operator": the operator's, through the coast guard
        via, source = source, cited
    if (parenthetical and source is None and tok.i > 0 and tok.doc[tok.i - 1].text == ","
            and not any(c.dep_ in ("nsubjpass", "auxpass", "expl") for c in tok.children)):
        # "C, announced after talks this week": a verb right after the comma, with no one saying it and not
        # passive ("C, it was reported"), tells about a noun of C (an agreement announced), not who says C
        return None
    heads = tuple(content_heads) if content_heads else ((said_head,) if said_head is not tok else ())
    called_false = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in _FALSELY), None)
    cue = [tok, on] if on is not None else [tok]  # "went on"
    if aside := _reported_aside(tok):  # "the dam, which residents fear could fail": what is said of the dam
        content = [f for f in content if f != _span([tok.doc[aside[0] + 1]])]  # without the pronoun
    return _Found([_span(cue)], source, content, lemma, via, heads,
                  statement=True if before is not None or hanging or subject_taken or aside else None,
                  named_before=named_before, called_false=called_false)


# Verbs whose "as X said" clause opening a sentence says whose words the rest are ("As the mayor warned, C"); not
# those of speaking alone, whose "as" tells when ("As the mayor spoke, protesters gathered").
_AS_SAID = {"say", "report", "note", "announce", "write", "explain", "warn", "predict", "state", "confirm",
            "acknowledge", "tell", "add", "reveal", "disclose", "point", "insist", "argue", "put"}


def _as_said(tok: Token) -> bool:
    """Whether the cue is an "as X said" opening the sentence, attributing the clause it hangs on: "As the mayor
    said on Monday, the pier is unsafe" (whom one told may be named: "As she told the council, C"; what one said
    may not: "as he said goodbye")."""
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    return (marks == {"as"} and tok.dep_ == "advcl" and tok.left_edge.i == tok.sent.start and tok.lemma_ in _AS_SAID
            and tok.head.pos_ in ("VERB", "AUX") and tok.right_edge.i + 1 < len(tok.doc)
            and tok.doc[tok.right_edge.i + 1].text == ","
            and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and tok.lemma_ != "tell"
                        for c in tok.children))


def _closes_sentence(tok: Token) -> bool:
    """Whether the clause of a verb of saying ends its sentence ("C, the authority said.")."""
    return all(t.is_punct for t in tok.doc[tok.right_edge.i + 1 : tok.sent.end])


def _said_before(tok: Token) -> tuple[Token, Token] | None:
    """The words before the comma of "C, a witness told the Wire" where the parser read C's verb as a participle
    on its subject and made that subject the verb of saying's too ("The ferry [listed sharply ...], a witness
    told ..."): (the first of the verb's two subjects, whose phrase is C; C's verb)."""
    if tok.dep_ != "ROOT":
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if len(subjects) != 2:
        return None
    first, speaker = subjects
    if tok.doc[speaker.left_edge.i - 1].text != "," or first.right_edge.i + 1 != speaker.left_edge.i - 1:
        return None
    verb = next((c for c in first.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    return (first, verb) if verb is not None else None


def _apposed_speaker(verb: Token) -> Token | None:
    """The speaker the parser read as an apposition to the object of the clause said, right before a verb of
    saying with no subject of its own ("Berg will appeal the verdict, his lawyer Sara Moen said": "his lawyer
    Sara Moen" an apposition of "verdict"): a name set off by a comma, or a phrase naming one."""
    doc = verb.doc
    if verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    # (the name may be set off by a comma of its own: "... in Korsa, the town's mayor, Eva Lind, said")
    last = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1
    before = doc[last]
    ends = (last, verb.i - 1)
    # set off by a comma, or by the quote it follows ('"...," William Daley, a former adviser, said'); of an
    # apposition on an apposition, the outer ("Tor Vik, a former spokesman for the mayor, said")
    apposed = min((t for t in [before, *doc[verb.i - 1].ancestors, *before.ancestors] if t.dep_ == "appos"
                   and t.right_edge.i in ends and t.left_edge.i > verb.sent.start
                   and doc[t.left_edge.i - 1].text in _SETTING_OFF), key=lambda t: t.left_edge.i, default=None)
    if apposed is None or not any(t.ent_type_ == "PERSON" for t in apposed.subtree):
        return None
    head = apposed.head
    if (head.pos_ == "NOUN" and head.dep_ in ("npadvmod", "appos", "dobj", "attr") and head.right_edge.i in ends
            and head.left_edge.i > verb.sent.start and doc[head.left_edge.i - 1].text == ","):
        return head  # "C, a spokeswoman, Ane Lie, said": the role the name is set off after is the speaker's too
    return apposed


_SETTING_OFF = {",", "''", '"', "”"}


def _tag_read_as_relative(verb: Token, subj: Token | None) -> Span | None:
    """The speaker of a tag closing its sentence that the parser read as a relative clause on the last noun of
    what was said ("C after testing positive for a blood booster, the anti-doping agency ANDA said on Monday":
    "the anti-doping agency" an apposition of "booster", "ANDA said" a clause on it): from the comma that sets the
    tag off to the verb's subject; None where the clause says something of its own or goes on."""
    doc = verb.doc
    if (verb.dep_ != "relcl" or verb.lemma_ not in SPEECH or subj is None or subj.i > verb.i
            or subj.lower_ in RELATIVE_PRONOUNS or subj.pos_ == "PRON" or not _closes_sentence(verb)
            or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)):
        return None
    start = subj.left_edge.i
    apposed = next((c for c in verb.head.children if c.dep_ == "appos" and c.right_edge.i == start - 1), None)
    if apposed is not None:
        start = apposed.left_edge.i
    if start < 2 or doc[start - 1].text != "," or start - 1 <= verb.sent.start:
        return None
    return doc[start : subj.right_edge.i + 1]


def _source_split(source: Span, content: list[tuple[int, int]]) -> tuple[Token, Token] | None:
    """Where a source phrase the parser began inside what was said ends C's words and starts the speaker's: the
    phrase opens right after C, and its words up to a comma are modifiers with no name ("far too high, bank
    governor Ida Strand"): (the last of C's words, the speaker's first)."""
    comma = next((t for t in source if t.text == ","), None)
    if comma is None or comma.i == source.start or comma.i + 1 >= source.end:
        return None
    doc = source.doc
    if _as_role(source, content):
        return doc[comma.i - 1], doc[comma.i + 1]
    before = doc[source.start : comma.i]
    if not content[-1][1] <= source.start_char <= content[-1][1] + 1 or any(
            t.pos_ == "PROPN" or t.ent_type_ or t.dep_ not in ("amod", "advmod", "npadvmod") for t in before):
        return None
    return doc[comma.i - 1], doc[comma.i + 1]


def _as_role(source: Span, content: list[tuple[int, int]]) -> bool:
    """Whether a source phrase opens with the role an "as" right after C gives ("Moen will step down as health
    minister, a senior official said": the parser read "as health minister, a senior official said" as one "as X
    said" clause): an "as" that no comma sets off from C is C's own word ("step down as minister"); an "as X said"
    follows a comma ("C, as the minister said")."""
    doc = source.doc
    word = doc[source.start - 1] if source.start > 0 else None
    return (word is not None and word.lower_ == "as" and word.dep_ in ("mark", "prep") and word.i > 0
            and not doc[word.i - 1].is_punct and content[-1][0] < word.idx <= content[-1][1] + 1)


def _under_another_verb(tok: Token, verb: Token) -> bool:
    """Whether a verb of saying of its own stands between `tok` and `verb` above it in the parse (`tok` itself
    counted): "told reporters, adding that D" (not "said in a report released on Monday that D")."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_ in SPEECH | BELIEF:
            return True
        tok = tok.head
    return False


def _finite(verb: Token) -> Token:
    """The finite verb an infinitive belongs to ("voted to close the pier, as the Gazette reported": the
    "as" clause hangs on "close", and says who reports the vote)."""
    while (verb.tag_ == "VB" and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX")
           and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        verb = verb.head
    return verb


# What a speaker gives an outlet that relays their words: "in an interview with the Wire", "in comments to NRK".
_GIVEN = {"interview", "comment", "comments", "remarks", "statement", "op-ed", "column", "article", "appearance",
          "letter", "essay", "post"}


def _relayed_by(verb: Token) -> Span | None:
    """The outlet that relayed the words of a verb of saying, named in a phrase on it: "said in an interview with
    the Nordic Wire", "In comments to NRK, X said", "Speaking to the BBC, X said", "said on Fox News"."""
    doc = verb.doc

    def outlet(prep: Token) -> Span | None:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        span = doc[obj.left_edge.i : obj.right_edge.i + 1] if obj is not None else None
        return span if span is not None and is_outlet(span.text) else None

    def outlet_after(head: Token, preps: tuple[str, ...]) -> Span | None:
        return next((found for p in head.children if p.dep_ == "prep" and p.lower_ in preps
                     and (found := outlet(p)) is not None), None)

    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during") and (
                given := next((o for o in c.children if o.dep_ == "pobj" and o.lower_ in _GIVEN), None)) is not None:
            found = outlet_after(given, ("with", "to", "for", "on"))  # "in an interview with the Wire"
        elif c.dep_ == "prep" and c.lower_ == "on":
            found = outlet(c)  # "said on Fox News"
        elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in ("speak", "talk", "write"):
            found = outlet_after(c, ("to", "with", "in", "for", "on"))  # "Speaking to the BBC, X said"
        else:
            found = None
        if found is not None:
            return found
    return None


def _going_on(tok: Token) -> Token | None:
    """The "on" of "went on" where it says the speaker went on speaking ('"...," he went on, "..."'), not on doing
    something ("went on to say" is `_gone_on_from`'s)."""
    if tok.lemma_ != "go" or any(c.dep_ in ("xcomp", "advcl", "prep", "dobj") for c in tok.children):
        return None
    on = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return on if on is not None and on.lower_ == "on" and on.dep_ == "prt" else None


def _fronted_speaker(cue: Token) -> tuple[Span, Span | None] | None:
    """A cue with no subject whose speaker the parser joined to the noun of a phrase opening the sentence ("In an
    interview with the Ledger, Marte Holm, the agency's regional director, said C": a conjunct of "Ledger"): the
    person named right before the cue, set off by commas, with a description after the name; and the outlet that
    phrase names, through whom they spoke."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                                    for c in cue.children):
        return None
    doc = cue.doc
    # (a name: proper nouns, the last of them joined to the noun before, not a name inside a description)
    heads = [t for t in doc[cue.sent.start : cue.i] if t.pos_ == "PROPN" and t.dep_ in ("conj", "appos")
             and t.head.i < t.i and t.head.pos_ in ("PROPN", "NOUN")]
    if not heads or doc[cue.i - 1].text != ",":
        return None
    last = heads[-1]
    first = last.i
    while first > cue.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head.i == last.i:
        first -= 1
    name = doc[first : last.i + 1]
    between = doc[name.end : cue.i - 1]  # (what is set off after the name, if anything)
    if first == cue.sent.start or doc[first - 1].text != "," or len(between) and not (
            between[0].text == "," and len(between) > 1 and all(
                t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM") or t.tag_ == "POS" for t in between[1:])):
        return None
    # a description of the speaker is part of the source ("Marte Holm, the agency's regional director"); where or
    # how they were is not ("Lazar, in a grey suit, said")
    speaker = doc[first : cue.i - 1] if not len(between) or between[1].pos_ != "ADP" else name
    joined = last.head  # the noun the parser joined the speaker to
    start = joined.left_edge.i
    via = doc[start : name.start - 1] if start < name.start - 1 and is_outlet(doc[start : name.start - 1].text) else None
    return speaker, via


_WHOSE = {"of", "from", "for", "at"}


def _name_before(cue: Token) -> Span | None:
    """'C, local association chair Per Nygaard said.' (or "said on Monday."): a verb of saying that ends its clause,
    given no subject by the parser, is spoken by the noun phrase between it and the comma before it (names, nouns
    and their modifiers only); the small parser reads a first name such as "Per" as a preposition and hangs the
    speaker on the content."""
    doc = cue.doc
    after = doc[cue.i + 1 : cue.sent.end]
    # (what follows the cue to the sentence's end, if anything, says when, where or to whom: "said on Monday")
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or len(after) and not after[0].is_punct and not (
            _closes_sentence(cue) and not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in after)):
        return None
    start = cue.i
    while start > cue.sent.start and cue.i - start < 8:
        t = doc[start - 1]
        name_word = t.is_title and start < cue.i and doc[start].pos_ == "PROPN"  # "Per" read as a preposition
        # ... and a body's or a paper's whose it is: "a statement from the banks", "a spokesman for the authority"
        whose = t.lower_ in _WHOSE and start < cue.i and doc[start].pos_ in ("DET", "NOUN", "PROPN")
        if not (t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or t.tag_ == "POS" or name_word or whose):
            break
        start -= 1
    if start == cue.i or start == cue.sent.start or doc[start - 1].text != "," or doc[start].lower_ in _WHOSE:
        return None
    words = doc[start : cue.i]
    return words if any(t.pos_ in ("NOUN", "PROPN") for t in words) else None


def _speakers_out_of_content(found: list[_Found], text: str) -> None:
    """A content that runs on into a speaker `_name_before` found ends before it: both the said-cue's content
    and that of a cue inside it ('Fishermen fear C, ... Per Nygaard said') would end with the speaker's name."""
    for g in found:
        if not g.named_before or g.source is None:
            continue
        start, end = g.source.start_char, g.source.end_char
        for f in found:
            clipped = []
            for s, e in f.content:
                if s < start < e <= end:
                    e = s + len(text[s:start].rstrip(" ,"))
                clipped.append((s, e))
            f.content = clipped


# Stance verbs that also name a use of force ("attacked the plan" / "attacked a police station"), and what tells the
# second: a target that is a place, a building or a craft, or a weapon it was done with.
_FORCE_VERBS = {"attack", "blast"}
_TARGETS = {"station", "store", "shop", "bank", "building", "office", "headquarters", "embassy", "consulate",
            "church", "mosque", "synagogue", "temple", "school", "hospital", "house", "home", "village", "town",
            "city", "base", "camp", "checkpoint", "post", "position", "convoy", "patrol", "vessel", "ship", "boat",
            "tanker", "freighter", "trawler", "ferry", "yacht", "barge", "tug", "warship", "frigate", "destroyer",
            "submarine", "truck", "lorry", "van", "car", "vehicle", "bus", "train", "plane", "jet", "aircraft",
            "helicopter", "port", "airport", "prison", "compound", "barracks", "bridge", "plant", "factory", "restaurant", "bar",
            "club", "hotel", "market", "mall"}
_WEAPONS = {"bomb", "grenade", "gun", "rifle", "knife", "machete", "stone", "rock", "brick", "missile", "rocket",
            "drone", "cocktail", "explosive", "firebomb", "bat", "hammer", "axe", "mortar", "artillery", "tank"}


def _by_force(tok: Token) -> bool:
    """Whether a stance verb that also names a use of force names force here: its object a place, building or
    craft (a common noun, or a facility's name), or done with a weapon. Not a place's name: the small model
    types many surnames as places ("attacked Machado")."""
    for c in tok.children:
        if c.dep_ == "dobj":
            targets = [c, *(t for t in c.conjuncts)]
            if any(t.pos_ == "NOUN" and t.lemma_.lower() in _TARGETS or t.ent_type_ == "FAC" for t in targets):
                return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _WEAPONS for o in c.children):
            return True
    return False


# Verbs whose passive with its agent names who said the subject ("The arrests were confirmed by police", "the claim
# was denied by the ministry"): the thing said, on the agent's word
_SAID_BY = {"confirm", "announce", "report", "disclose", "reveal", "deny", "dispute", "reject"}


def _passive_by(verb: Token, lemma: str) -> _Found | None:
    """"The arrests were confirmed by police": the subject a passive verb of saying names, on the word of its agent
    (the whole clause is the claim, as for "police confirmed the arrests": `_confirmed_act`). Not one inside quoted
    words (the quote's speaker's), nor a person or post approved ("the nominee was confirmed by the Senate")."""
    if lemma not in _SAID_BY or not any(c.dep_ == "auxpass" for c in verb.children) or _within_quote(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if any(c.dep_ == "mark" for c in verb.children) or subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        return None  # "closed after a sheen was reported by fishermen": a clause telling when or of what, no claim
    if subject is None or by is None or subject.pos_ not in ("NOUN", "PRON") or subject.lower_ in _SPEAKER_PRONOUNS or (
            lemma == "confirm" and (subject.lemma_.lower() in _RATIFIED or subject.ent_type_ == "PERSON")):
        return None
    source = verb.doc[by.left_edge.i : by.right_edge.i + 1]
    return _Found([_span([verb])], source, _subtree_span(subject), lemma, None, (subject,), statement=False)


# What is confirmed in the sense of approved, not said to be true ("the Senate confirmed the nominee").
_RATIFIED = {"nomination", "nominee", "appointment", "appointee", "judge", "justice", "pick", "candidate", "choice"}


def _confirmed_act(verb: Token) -> Token | None:
    """What a verb of confirming names as its object, said to be true by the subject as "confirmed that C" is: an
    act or state ("Police confirmed the arrests", "the army confirmed the truce") or words told before ("confirmed
    the reports", "confirmed it": the claims stage joins them to the words). Not a person or post approved ("the
    Senate confirmed the nominee", "confirmed Judge Lund"), nor an embedded question ("did not say how officials had
    confirmed the arrival of troops": what is asked about, not said)."""
    if any(c.i < verb.i and (c.dep_ == "advmod" and c.lower_ in ("how", "why", "when", "where")
                             or c.dep_ == "mark" and c.lower_ in ("whether", "if")) for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not (obj.pos_ == "NOUN" or obj.lower_ in ("it", "this", "that")) or (
            obj.lemma_.lower() in _RATIFIED or obj.ent_type_ == "PERSON"):
        return None
    return obj


def _stance_cue(tok: Token, subj: Token | None) -> _Found | None:
    """'X called the deal a disaster', 'X criticized the plan': the object (and its complement) is the content."""
    # a participle has no subject of its own: it speaks with the one it hangs on ("Ruiz released a statement
    # calling the flood a disaster", "Brandt spoke in Bergen, calling the deal a disaster")
    speaker = _source_of(tok) if subj is None and tok.tag_ == "VBG" else None
    if speaker is None and (subj is None or subj.lower_ in _SPEAKER_PRONOUNS or subj.lower_ in ("this", "that") or (
            # (an "it" that acts is a body the text spoke of, "as it demanded an inquiry", which nlp/annotate
            # resolves as it does "it said"; not one acted on: "it was described as")
            subj.lower_ == "it" and (subj.dep_ != "nsubj" or not _IT_SAID.match(tok.doc.text, subj.idx + 2)))):
        return None
    if tok.lemma_ == "call" and subj is not None and (called := _called_false(tok)) is not None:
        clause, false = called  # "called the allegations that C baseless": C, denied
        return _Found([_span([tok]), _span([false])], tok.doc[subj.left_edge.i : subj.right_edge.i + 1],
                      _clause_without(clause, false), "deny", None, (clause,), statement=True)
    parts: list[Token] = []
    cue = [tok]
    for c in tok.children:
        if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp"):
            parts.append(c)
        elif c.dep_ == "prep" and c.lower_ in _STANCE_PREPS.get(tok.lemma_, ()):
            cue.append(c)
            parts += [o for o in c.children if o.dep_ in ("pobj", "pcomp", "amod", "acomp")]  # "as reckless"
        elif c.dep_ == "prep" and c.lower_ == _CHARGE_PREPS.get(tok.lemma_):
            parts += [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
        elif c.dep_ == "advcl" and tok.lemma_ == "call" and (
                mark := next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)) is not None:
            cue.append(mark)  # "called for the whole audit to be published": the parser makes "for" the clause's
            parts.append(c)
    if not parts or tok.lemma_ == "call" and all(p.dep_ == "dobj" and p.like_num for p in parts):
        return None  # a number is dialled, not named: "the gunman called 911"
    if tok.lemma_ in _FORCE_VERBS and _by_force(tok):
        return None  # "a crowd attacked a town hall", "attacked the ship with grenades": what happened
    content: list[tuple[int, int]] = []
    for part in parts:
        content += _subtree_span(part, exclude=next((m for m in cue if m.head == part), None))
    source = speaker
    if subj is not None:
        source = tok.doc[subj.left_edge.i : subj.right_edge.i + 1]
        if subj.lower_ in RELATIVE_PRONOUNS:  # "rivals like Marsh who oppose the deal": the noun "who" hangs on
            source = _source_of(tok)
            if source is None or source.text.lower() in RELATIVE_PRONOUNS:
                return None  # "and who was seeking them": a question, no one's stance
    # what it names is hedged only by its own modifiers ("doubts about a claim that could cost millions" is
    # not), as for a verb of saying's clause
    heads = tuple(parts)
    return _Found([_span([tok])], source, content, tok.lemma_, None, heads, statement=is_statement(heads))


# Words by which one calls a claim untrue ("called the allegations baseless").
_FALSE_WORDS = {"false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "inaccurate", "wrong"}


def _called_false(tok: Token) -> tuple[Token, Token] | None:
    """(the that-clause, the word calling it untrue) of "called the allegations that C baseless", "called reports
    that C false": the parser hangs the closing adjective on C's verb, where it ends the clause."""
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "oprd")):
        for clause in obj.children:
            last = clause.right_edge
            if (clause.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                    and last.lower_ in _FALSE_WORDS and last.dep_ in ("oprd", "acomp") and last.head.i == clause.i
                    and last.i > clause.i + 1):
                return clause, last
    return None


def _clause_without(clause: Token, word: Token) -> list[tuple[int, int]]:
    """The clause's words without one of them (its subtree stays: "safe" may hang on "wrong")."""
    return _fragments([t for t in clause.subtree if t.i != word.i])


def _quoted(sent: Span) -> tuple[int, int] | None:
    """The sentence's quote; or the end of a quote opened in a sentence before, where the sentence opens inside
    it ('The voters deserve to read it. #PublishTheAudit," she wrote')."""
    text = sent.text
    m = re.search(r"[\"“]([^\"“”]{3,})[\"”]", text) or re.match(r"\s*[^\"“”\s][^\"“”]*[^\"“”\s][\"”]", text)
    if not m:
        return None
    return sent.start_char + m.start() + len(m.group()) - len(m.group().lstrip()), sent.start_char + m.end()


def _quote_in(text: str, content: list[tuple[int, int]]) -> bool:
    """Whether the content is quoted words: a quotation mark in it or right around it."""
    return any(re.search(r"[\"“”]", text[max(0, s - 2):e + 2]) for s, e in content)


def _quote_ending_before(sent: Span) -> tuple[int, int] | None:
    """The quote the sentence before `sent` ends with ('"Hello, I have a problem!"', or one closing a quote inside
    it: '"... in saying, 'No, we must stop it,' "'), from its opening mark."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    text = before.text.rstrip()
    if "\n" in sent.doc.text[before.end_char:sent.start_char] or not re.search(r"[.!?,][’']?\s*[\"”]$", text):
        return None
    opened = max(text[:-1].rfind("“"), text[:-1].rfind('"'))
    start = before.start_char + max(opened, 0)
    return start, before.start_char + len(text)


# Verbs of getting hold of a record: who did so read it, and does not speak through it.
_OBTAINED = {"see", "obtain", "review", "view", "examine", "acquire", "get", "receive", "read", "inspect"}


# What "per" counts by, not whose word it gives ("per cent", "per day", "$5 per share")
_PER_MEASURE = {"cent", "capita", "annum", "head", "person", "hour", "day", "week", "month", "year", "share", "unit",
                "kilogram", "kilo", "litre", "liter", "mile", "kilometre", "kilometer", "minute", "second", "night",
                "game", "match", "season", "household", "barrel", "tonne", "ton"}


_ROLE_SET_OFF = re.compile(r",\s+(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?(?:spokes(?:man|woman|person)|"
                           r"official|director|chief|head|minister|leader|manager|officer|captain|chair(?:man|woman)?|"
                           r"secretary|president|lawyer|mayor|founder|executive|owner|adviser|advisor|member|"
                           r"researcher|professor|expert|analyst|economist)\b[^,]{0,40},")


def _first_name_per(tok: Token) -> bool:
    """Whether a "Per" opens a name ("Per Nygaard said", "the coach, Per Lie, said"), the Nordic first name the
    tagger reads as the preposition: capitalised before a capitalised word, and at a sentence's start not set off
    by a comma after the name ("Per Reuters, C" is "according to Reuters")."""
    doc = tok.doc
    if tok.text != "Per" or tok.i + 1 >= len(doc) or not doc[tok.i + 1].text.istitle():
        return False
    if tok.i > tok.sent.start:
        return True
    after = next((t for t in doc[tok.i + 1 : tok.sent.end] if not t.text.istitle()), None)
    # (a role set off after the name is said of a person: "Per Dahl, an administration spokesman, told ...")
    return after is not None and (after.text != "," or _ROLE_SET_OFF.match(doc.text, after.idx) is not None)


def _per(tok: Token) -> _Found | None:
    """"Per the operator, C" / "C, per a statement from the operator": as "according to", where the phrase is set
    off by commas and names no measure (and "Per" is no first name)."""
    if tok.lower_ != "per" or tok.dep_ != "prep" or _first_name_per(tok):
        return None
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    if not objs or objs[0].lemma_.lower() in _PER_MEASURE or objs[0].like_num:
        return None
    sent, end = tok.sent, objs[0].right_edge.i + 1
    if not (tok.i == sent.start or tok.doc[tok.i - 1].text == ",") or not (end >= sent.end or tok.doc[end].is_punct):
        return None
    content = _fragments([t for t in sent if not (tok.i <= t.i < end)])
    if not content:
        return None
    return _Found([_span([tok])], tok.doc[objs[0].left_edge.i : end], content, "according to", None)


# Verbs that give a figure as someone's estimate: "police estimated the crowd at 5,000", "the coast guard put the
# death toll at 12" (not "set the price at": a decision)
_ESTIMATING = {"estimate", "put", "place", "peg"}


def _estimated(tok: Token) -> tuple[Token, Token] | None:
    """The thing estimated and the "at" phrase giving its figure, for an estimating verb with its subject."""
    if tok.pos_ != "VERB" or tok.lemma_ not in _ESTIMATING or _subject(tok) is None:
        return None
    thing = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None  # "police estimated it at 1,200": what "it" is, the sentence before says
    at = next((c for c in (*tok.children, *thing.children) if c.dep_ == "prep" and c.lower_ == "at" and c.i > thing.i
               and any(t.like_num for t in c.subtree)), None)
    return (thing, at) if at is not None else None


def _estimate_cue(tok: Token) -> _Found | None:
    """Someone's estimate of a figure: the figure is their claim ("Police estimated the crowd at 5,000": the
    police say the crowd was 5,000), not the outlet's own; the words are the thing and its figure."""
    if (found := _estimated(tok)) is None:
        return None
    thing, at = found
    words = list(tok.doc[thing.left_edge.i : at.right_edge.i + 1])
    return _Found([_span([tok])], _source_of(tok), _fragments(words), "estimate", None, (), True)


def _estimate_statement(f: _Found, doc: Doc) -> str | None:
    """An estimate as the claim it makes: "estimated the crowd at 5,000" says "the crowd was 5,000", "estimate
    the cost at 2 billion crowns" "the cost is 2 billion crowns"."""
    if f.lemma != "estimate" or len(f.cue) != 1:
        return None
    cue = next((t for t in doc if t.idx == f.cue[0][0]), None)
    if cue is None or (found := _estimated(cue)) is None:
        return None
    thing, at = found
    plural = thing.tag_ in ("NNS", "NNPS")
    be = ("were" if plural else "was") if cue.tag_ in ("VBD", "VBN") else ("are" if plural else "is")
    end = at.i if at.head.i == thing.i else thing.right_edge.i + 1  # "the cost at 2 billion": "at" on the noun
    return f"{doc[thing.left_edge.i : end].text} {be} {doc[at.i + 1 : at.right_edge.i + 1].text}"


# What a thing is done by, not who says it, where "according to" is not set off ("granted according to the rules");
# set off, it is the document's word ("According to state law, no one may ...")
_NORMS = {"rule", "law", "regulation", "procedure", "plan", "schedule", "guideline", "protocol", "standard",
          "custom", "tradition", "principle", "instruction", "requirement", "script", "recipe", "design"}


def _according_to(tok: Token) -> _Found | None:
    if tok.lower_ == "per":
        return _per(tok)
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return None
    to = tok.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    source = tok.doc[objs[0].left_edge.i : objs[0].right_edge.i + 1] if objs else None
    if objs and objs[0].lemma_.lower() in _NORMS and tok.i > tok.sent.start and tok.doc[tok.i - 1].text != ",":
        return None  # "the permit was granted according to the rules": how it was done, not whose word it is
    phrase_end = source.end if source is not None else to.i + 1
    seen = next((c for c in objs[0].children if c.dep_ == "acl" and c.lemma_ in _OBTAINED and c.i > objs[0].i
                 and any(a.dep_ == "agent" for a in c.children)), None) if objs else None
    if seen is not None:
        # "according to documents seen by the Ledger": the documents' word; the Ledger only read them (figures
        # "released by the ministry" are the ministry's)
        source = tok.doc[objs[0].left_edge.i : seen.left_edge.i]
    sent = tok.sent
    toks = [t for t in sent if not (tok.i <= t.i < phrase_end)]
    content = _fragments(toks)
    if not content:
        return None
    return _Found([_span([tok, to])], source, content, "according to", None)


def _noun_cue(tok: Token) -> _Found | None:
    if tok.pos_ != "NOUN" or tok.lemma_ not in CUE_NOUNS:
        return None
    clause = [c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
              and any(t.lower_ == "that" and t.dep_ == "mark" for t in c.children)]
    if not clause:
        return None
    source = None
    for c in tok.children:
        if c.dep_ == "poss":
            source = tok.doc[c.left_edge.i : c.right_edge.i + 1]
        elif c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                source = tok.doc[objs[0].left_edge.i : objs[0].right_edge.i + 1]
    # (what "called the allegations that C baseless" calls C is no part of C: `_called_false`)
    called = _called_false(tok.head) if tok.dep_ in ("dobj", "oprd") and tok.head.lemma_ == "call" else None
    words = _clause_without(*called) if called is not None and called[0].i == clause[0].i else _subtree_span(clause[0])
    return _Found([_span([tok])], source, words, tok.lemma_, None)


# Verbs of holding a view: what they hold is a position of the speaker's, not a fact they are unsure of, when it
# says what should be ("he believes the mayor should step down"): a position someone holds, as the guidelines
# count one, is no hedge. (What something is like, "she thought the deals were bad", is left hedged: "officials
# believe the missiles are operational" reads the same way and is a fact unsure.)
_HOLDING = {"believe", "think", "feel"}
_OUGHT = {"should", "must", "ought"}


def _judgement(head: Token) -> bool:
    """Whether a clause says what should be ("should resign", "shouldn't be penalized", "must go")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _OUGHT for c in head.children)


def _doing(head: Token) -> bool:
    """Whether a clause is a doing with no subject of its own ("suggested closing the channel"): what is suggested
    is then proposed, not put as likely."""
    return head.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


# What "reject" or "dismiss" says is false, when its object is a noun: a claim of some kind, or any noun with the
# claim in a that-clause ("rejected the suggestion that he lied"). Any other thing rejected ("rejected the mayor's
# harbour plan", "rejected Mr. Vale's suggestion", "dismissed the lawsuit") is opposed or ended, not called untrue;
# so is a pronoun, which may stand for either ("sent her the draft, and she dismissed it").
_TRUTH_NOUNS = {"claim", "allegation", "accusation", "charge", "report", "assertion", "contention", "account",
                "story", "rumor", "rumour", "notion", "premise", "characterization", "characterisation", "theory",
                "finding", "conclusion", "statement", "version", "narrative"}


def _opposed(cue_lemma: str | None, heads: tuple[Token, ...]) -> bool:
    """Whether a rejection's object is a thing opposed, not a claim called false (`_TRUTH_NOUNS`); a relative
    pronoun is the noun its clause describes ("offered a rise of 3 percent, which the union rejected")."""
    heads = tuple(h.head.head if h.tag_ in ("WDT", "WP") and h.head.dep_ == "relcl" else h for h in heads)
    return cue_lemma in ("reject", "dismiss") and bool(heads) and all(
        h.pos_ == "PRON" or h.pos_ in ("NOUN", "PROPN") and h.lemma_.lower() not in _TRUTH_NOUNS and not any(
            c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that" for c in h.children) for h in heads)


# A source its own words call unconfirmed ("according to unconfirmed reports"): what it says is hedged
_UNCONFIRMED = re.compile(r"\b(?:unconfirmed|unverified|uncorroborated)\b", re.I)


def _seeming(f: _Found, doc: Doc) -> bool:
    """Whether the cue is what its source only appears to do ("A video appeared to show C", "The files seem to
    confirm C"): what it shows is then put as likely, not stated."""
    span = doc.char_span(*f.cue[0], alignment_mode="expand") if f.cue else None
    return span is not None and any(t.dep_ == "xcomp" and t.head.lemma_ in ("appear", "seem") for t in span)


def certainty(cue_lemma: str | None, content_text: str, heads: tuple[Token, ...] = ()) -> str:
    """asserted (the outlet's own voice), reported, hedged or denied. A denial cue or "no evidence" denies (but
    for a rejection of a thing, not a claim: `_opposed`); a hedging cue hedges, but for a view held that is a
    judgement (`_judgement`) and for a suggestion of what should be done (`_doing`: a proposal); otherwise the
    content is hedged when its own predicate is (`clause_hedged`: a hedge in a clause inside the content does not
    hedge the content), or, without a parse, when it holds a hedge word."""
    if cue_lemma in DENYING_CUES and not _opposed(cue_lemma, heads) or DENIAL_WORDS.search(content_text):
        return "denied"
    held = bool(heads) and (cue_lemma in _HOLDING and all(_judgement(h) for h in heads)
                            or cue_lemma == "suggest" and all(_judgement(h) or _doing(h) for h in heads))
    if cue_lemma in HEDGING_CUES and not held or (clause_hedged(heads) if heads else HEDGES.search(content_text)):
        return "hedged"
    if cue_lemma in _WONDERING and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for h in heads
                                       for c in h.children):
        return "hedged"  # "Aas asked whether the council had read the report": put in question, not said
    return "reported" if cue_lemma else "asserted"


def is_statement(heads: tuple[Token, ...]) -> bool:
    """Whether content headed by these tokens states something: a predicate with its own subject ("that the
    report be released", "the board to release it") or a finite verb. A noun phrase ("opposed the deal", "question
    its capability"), a bare infinitive ("vowed to file charges") and an embedded question ("whether it can
    ...") state nothing on their own. Content with no head (a quotation) is taken as said."""
    if not heads:
        return True
    for head in (x for h in heads for x in _past_dateline(h)):
        if head.pos_ == "NOUN" and _past_read_as_participle(head):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children):
            continue
        # a finite auxiliary makes the verb finite: the parser at times hangs the subject on it ("the roads were
        # closed" before a line break: "roads" the subject of "were")
        if head.pos_ in ("VERB", "AUX", "ADJ") and (
                any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in head.children)
                or "Fin" in head.morph.get("VerbForm")
                or any(c.dep_ in ("aux", "auxpass") and "Fin" in c.morph.get("VerbForm") for c in head.children)):
            return True
    return False


def _past_dateline(head: Token) -> tuple[Token, ...]:
    """A content head the parser found in a dateline ("ROST (Nordic Wire) - All eleven miners ... were brought
    ..., the owner said": "ROST" the head, the clause hung on it): the words it heads after the dateline."""
    sent = head.sent
    dateline = DATELINE.match(sent.text)
    if dateline is None or head.idx - sent.start_char >= dateline.end():
        return (head,)
    return tuple(c for c in head.children if c.idx - sent.start_char >= dateline.end() and not c.is_punct)


# Verbs that only say that someone spoke: alone in a sentence ("Lena Voss asked.", "Marsh said on KTV."), their
# words stand in the sentence before, in quotation marks the parse did not join to them. ("Protests continued",
# "police responded" state what happened: not here.)
_ONLY_SPEAKING = {"say", "ask", "add", "tell", "write", "note", "explain", "tweet", "reply", "retort", "quip",
                  "joke", "remark", "insist", "wonder"}
_SAID_WHAT = {"ccomp", "xcomp", "dobj", "obj", "attr", "acomp", "oprd", "conj", "parataxis", "advcl", "dep",
              "csubj", "dative"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "obj", "ccomp", "xcomp", "attr"}


_TITLE_SMALL = {"the", "a", "an", "of", "and", "in", "on", "to", "for", "at", "with", "&"}
_ON_PROGRAMME = re.compile(r"\s+(?:[^“\".;:]{0,30}\s)?(?:on|in|to|during)\s[^“\".;:]{0,40}$")


def _title(tok: Token) -> list[Token]:
    """The words of the title of a programme or paper a token heads, where the words were said on or in ("said on
    CBS' "Face the Nation""): in quotation marks that open right after a phrase of where, each word capitalised but
    the small ones, and no one its subject; [] if it heads none."""
    words = list(tok.subtree)
    first = words[1] if words[0].text in ("“", '"') and len(words) > 1 else words[0]
    opened = first.i > 0 and tok.doc[first.i - 1].text in ("“", '"')
    cue = tok.head
    where = _ON_PROGRAMME.match(tok.doc.text[cue.idx + len(cue):tok.doc[first.i - 1].idx]) if opened else None
    inside = []  # the words up to the closing mark
    for t in words[words.index(first):]:
        if t.text in ("”", '"'):
            break
        inside.append(t)
    alpha = [t for t in inside if t.is_alpha]
    title = where is not None and bool(alpha) and alpha[0].text[0].isupper() and all(
        t.text[0].isupper() or t.lower_ in _TITLE_SMALL for t in alpha) and not any(
        t.dep_ in ("nsubj", "nsubjpass") for t in inside)
    return inside if title else []


def bare_cue(sent: Span) -> bool:
    """Whether a sentence is only a verb of saying and who spoke (and when, where, to whom in a phrase, or on
    what programme: "Marsh said on KTV's "Meet the Week.""), with nothing said: the words it credits stand
    elsewhere, so it states nothing of its own."""
    root = sent.root
    if root.lemma_ not in _ONLY_SPEAKING or [c.dep_ for c in root.children].count("nsubj") != 1:
        return False  # two subjects: the parser hung a clause's subject on the cue ("X lost 38 containers, Y said")
    titles = {t.i for c in root.children if c.dep_ in _SAID_WHAT for t in _title(c)}
    # nothing said beside the cue (but a programme's title), and no other verb with arguments of its own
    return not any(c.dep_ in _SAID_WHAT and c.i not in titles for c in root.children) and not any(
        t.i != root.i and t.i not in titles and t.pos_ == "VERB" and any(c.dep_ in _ARGUMENTS for c in t.children)
        for t in sent)


# Adjectives that put the clause they govern in doubt ("it is doubtful he knew", "it is uncertain whether ..."); a
# noun they qualify is no clause ("an uncertain future").
_IN_DOUBT = ("possible", "unclear", "doubtful", "uncertain")


def _compared(likely: Token) -> bool:
    """Whether "likely" compares two chances ("a third less likely to suffer a heart attack", "twice as likely"):
    a finding that measures a risk, not a doubt about one."""
    return any(c.lower_ in ("less", "more", "as") for c in likely.children) or likely.i > 0 and (
        likely.doc[likely.i - 1].lower_ in ("less", "more"))


# Adjectives that put a copula's noun as likely, on either side ("X was the likely cause", "the probable source
# was X" say X was likely the cause), and those that put the noun it says X is as alleged ("he is the alleged
# leader"; "the suspected gunman was 24" puts no doubt on his age)
_LIKELY = ("likely", "probable", "possible")
_PUT_AS = ("presumed", "suspected", "alleged", "apparent", "reputed")
# Verbs of asking: what their speaker asks "whether" is in doubt for them ("question whether C" is a stance, the
# speaker's doubt reported as such: "engineers have questioned whether the dam can hold")
_WONDERING = {"ask", "wonder", "query"}
# Verbs of finding out: what they ask "whether" is not known yet
_INQUIRING = {"investigate", "probe", "examine", "study", "check", "determine", "establish", "review", "assess",
              "look"}
# The same opening a sentence's main clause, read from the words where the parser reads them otherwise ("it's
# doubtful Hansen gave ...": "doubtful" on "Hansen", or "'s" a clause of "gave").
IT_IS_IN_DOUBT = re.compile(r"(?:^|,\s+)it(?:['’]s|\s+is|\s+was|\s+remains|\s+seems)\s+(?:still\s+)?(?:"
                            + "|".join(("unlikely", *_IN_DOUBT)) + r")\b", re.I)


def _set_off(clause: Token) -> bool:
    """Whether a relative clause is set off by a comma ("Berg, who may run, said"): said in passing."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text == ","


def clause_hedged(heads: tuple[Token, ...] | list[Token]) -> bool:
    """Whether the clauses headed by these tokens are put as uncertain: a modal of possibility ("may have
    sent"), an adverb of doubt ("reportedly sent"), "appears/seems to", "is thought/believed/alleged to",
    "is likely to", a speaker's own doubt ("I think", "I don't know whether"), or a relative clause so hedged
    that says which subject ("the pilot who may have seen it left"); plans and schedules ("will", "would", "is
    expected to") are not hedges."""
    for head in heads:
        words = {c.lower_: c for c in head.children}
        # a negated "could" or "possibly" rules the thing out rather than doubting it ("could not meet",
        # "couldn't possibly meet"); "may not", "might not" still doubt
        negated = any(c.dep_ == "neg" for c in head.children)
        if any(w in HEDGE_MODALS and c.dep_ == "aux" and not (negated and w == "could") for w, c in words.items()):
            return True
        if any(w in HEDGE_ADVERBS and c.dep_ == "advmod" and not (negated and w == "possibly")
               for w, c in words.items()):
            return True
        if negated and head.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
            return True  # "could not rule out that the fire was set", "has not ruled out job cuts": it may be
        if head.lemma_ == "be" and any(  # "was allegedly drunk": the adverb on what the copula says
                a.dep_ == "advmod" and a.lower_ in HEDGE_ADVERBS
                for c in head.children if c.dep_ in ("acomp", "attr") for a in c.children):
            return True
        if head.lemma_ == "be" and any(a.dep_ == "amod" and (a.lower_ in _LIKELY or c.dep_ == "attr" and a.lower_ in _PUT_AS)
                                       for c in head.children if c.dep_ in ("attr", "nsubj") for a in c.children):
            return True  # "eggs were the likely cause", "the probable source was a valve", "he is the alleged leader"
        complement = any(c.dep_ in ("xcomp", "ccomp") for c in head.children)
        if head.lemma_ in ("appear", "seem") and (complement or any(c.dep_ in ("acomp", "attr", "oprd")
                                                                     for c in head.children)):
            return True  # "appeared to agree", "appeared closely divided", "seemed determined"
        # (the parser may hang the infinitive on as an adverbial clause: "is understood to support the sale")
        infinitive = any(c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                         for c in head.children)
        if head.lemma_ in ("think", "believe", "allege", "rumor", "rumour", "suspect", "say", "understand", "fear",
                           "report", "presume") and (complement or infinitive) and any(
                c.dep_ == "auxpass" for c in head.children):
            return True  # "is thought to", "is said to", "is understood to", "is feared to": hearsay, no one named
        if any(c.dep_ == "acomp" and c.lower_ in ("likely", "unlikely") and not _compared(c) for c in head.children):
            return True
        # "police are investigating whether the fire was arson", "trying to determine if": a question still open
        if any(v.lemma_ in _INQUIRING and any(c.dep_ == "ccomp" and any(
                m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children) for c in v.children)
               for v in (head, *(c for c in head.children if c.dep_ == "xcomp"))):
            return True
        if head.lower_ in ("likely", "unlikely", *_IN_DOUBT) and complement:
            return True
        if complement and any(c.dep_ == "acomp" and c.lower_ in _IN_DOUBT for c in head.children):
            return True  # "it is possible that ...", "it was unclear whether ...", "it's doubtful he gave ..."
        if complement and negated and any(c.dep_ == "acomp" and c.lower_ in ("clear", "certain")
                                          for c in head.children):
            return True  # "it was not clear whether a ransom had been paid": as "unclear", a question still open
        speaker = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)
        if head.lemma_ in ("think", "believe", "guess", "suppose") and speaker and complement:
            return True  # "I think the amendment is clear": the speaker's own doubt
        present = not any(c.dep_ == "aux" and c.lower_ == "did" for c in head.children)
        if speaker and negated and present and (head.lemma_ == "know" and complement or any(
                c.dep_ == "acomp" and c.lower_ in ("sure", "certain") for c in head.children)):
            # "I don't know that she knew", "I'm not sure the pier is safe": doubt professed; "I didn't know it
            # would end my career" says what they learnt
            return True
        if any(r.dep_ == "relcl" and not _set_off(r) and clause_hedged([r]) for c in head.children
               if c.dep_ in ("nsubj", "nsubjpass") for r in c.children):
            return True  # "a rule that appears to favour them covers ...": who or what it is about is
            # itself put as uncertain (one set off by commas is an aside, a claim of its own: nlp/asides.py)
    return False


# What records are called when they speak for themselves ("C, health ministry data show")
_RECORDS = {"data", "figures", "statistics", "records", "numbers", "results", "documents", "tests"}


def _data_show(tok: Token) -> _Found | None:
    """'C, health ministry data show.': the small parser reads "data show" as one noun, the sentence's last, so no
    verb is there to cue; the words before the comma are what the records show."""
    if tok.lower_ not in ("show", "shows", "showed") or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    sent = tok.sent
    if tok.i - 1 <= sent.start or not all(t.is_punct for t in tok.doc[tok.i + 1 : sent.end]):
        return None
    def back(start: int) -> int:
        while start > sent.start and tok.i - start < 8 and tok.doc[start - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
            start -= 1
        return start

    start = back(tok.i)
    # "..., figures from the health directorate show.": the records, and whose they are after "from" or "of"
    if start - 2 > sent.start and tok.doc[start - 1].lower_ in ("from", "of", "by") and (
            tok.doc[start - 2].lower_ in _RECORDS):
        start = back(start - 1)
    records = tok.doc[start : tok.i]
    if not len(records) or not (records[-1].lower_ in _RECORDS or any(t.lower_ in _RECORDS and t.i + 1 < tok.i and (
            tok.doc[t.i + 1].lower_ in ("from", "of", "by")) for t in records)) or start - 1 <= sent.start or (
            tok.doc[start - 1].text != ","):
        return None
    content = _fragments([t for t in sent if t.i < start - 1])
    return _Found([_span([tok])], records, content, "show", None) if content else None


def find_attributions(doc: Doc, base: int = 0) -> list[Attribution]:
    """Attributions in a parsed Doc; `base` is added to every offset (for a Doc made from a slice)."""
    found: list[_Found] = []
    for tok in doc:
        f = _according_to(tok) or _estimate_cue(tok) or _verb_cue(tok) or _noun_cue(tok) or _data_show(tok)
        if f is not None:
            found.append(f)
    found = _unique_cues(found)
    text = doc.text
    _speakers_out_of_content(found, text)
    _resumed_quotes(found, doc)
    out = []
    for f in found:
        content_text = " ".join(text[s:e] for s, e in f.content)
        if f.source is not None:
            f.source = _whole_words(f.source, min(s for s, _e in f.cue))
        source = [(f.source.start_char, f.source.end_char)] if f.source is not None else []
        # the span keeps a comma the parse hangs on it (as PolNeAR marks sources); the name is read without it
        src_text = f.source.text.rstrip(" ,;:—–") if f.source is not None else None
        if src_text and src_text.lower() in IMPLICIT_SOURCES and not (
                # "C, it said": a body the text spoke of ("it is said", "it was reported": no one)
                src_text.lower() == "it" and _IT_SAID.match(text, f.source.end_char)):
            source = []
        sure = certainty(f.lemma, content_text, f.heads)
        restated = (_infinitive_statement(f, doc) or _relative_statement(f, doc) or _estimate_statement(f, doc)
                    or _gerund_statement(f, doc))
        if sure == "reported" and source and _UNCONFIRMED.search(src_text or ""):
            sure = "hedged"  # (_UNCONFIRMED)
        if sure == "reported" and _seeming(f, doc):
            sure = "hedged"
        att = Attribution(
            source=[(s + base, e + base) for s, e in source],
            cue=[(s + base, e + base) for s, e in f.cue],
            content=[(s + base, e + base) for s, e in f.content],
            certainty=sure,
            source_text=src_text if source else None,
            via_span=(f.via.start_char + base, f.via.end_char + base) if f.via is not None else None,
            cue_lemma=f.lemma,
            # (content restated as a clause is a statement: "called for the audit to be published")
            statement=(f.statement if f.statement is not None else is_statement(f.heads)) or restated is not None,
            called_false=(f.called_false.idx + base, f.called_false.idx + len(f.called_false) + base)
            if f.called_false is not None else None,
            # "Organisers said": a common noun, capitalised as the sentence opens, names no one
            source_kind="group" if f.source is not None and f.source.root.tag_ in ("NN", "NNS") and not any(
                t.ent_type_ or t.pos_ == "PROPN" for t in f.source) else None,
            restated=restated,
        )
        out.append(att)
    _carry_quotes(doc, out, base)
    return out


# An infinitive's subject as the subject of a finite verb ("believe him to be the gunman": "he is").
_NOMINATIVE = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "I"}
_PLURAL_PRONOUNS = {"they", "them", "we", "us", "you"}
# Cues that ask for what their infinitive or subjunctive says ("called for the report to be made public")
_DEMANDING = {"call", "demand", "urge", "ask", "press", "insist", "push", "request", "recommend", "propose"}
_MANDATIVE = _DEMANDING - {"insist", "press", "push"}  # those that take only a demand ("insisted that" may state)
# Cues whose passive news writes with the infinitive ("is expected to", "is believed to"), by their participle.
_AS_PASSIVE = {"expect": "expected", "believe": "believed", "think": "thought", "fear": "feared", "suspect": "suspected",
               "predict": "predicted", "forecast": "forecast", "project": "projected", "estimate": "estimated",
               "anticipate": "anticipated", "assume": "assumed", "presume": "presumed", "consider": "considered",
               "know": "known", "report": "reported", "say": "said", "understand": "understood"}


def _infinitive_statement(f: _Found, doc: Doc) -> str | None:
    """What a cue's infinitive with a subject of its own states, as a clause with the cue made passive, as news
    writes it: "expect the bank to raise rates" says "the bank is expected to raise rates" (a forecast or a
    demand, as "expect" is), "believed him to be the gunman" "he was believed to be the gunman"; what a demand
    asks for, with "should" ("called for the report to be made public", "demanded that the plant stay open": "the
    report should be made public", "the plant should stay open"); None for any other content, or a cue with no
    such passive ("want the plant to close")."""
    if len(f.heads) != 1 or len(f.content) != 1:
        return None
    head = f.heads[0]
    cue = head.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    if head.dep_ == "pobj" and cue.lower_ == "for" and cue.head.lemma_ in _DEMANDING and (relcl := next((
            r for r in head.children if r.dep_ == "relcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in r.children)), None)) is not None:
        # "called for the whole audit to be published", parsed as the audit with an infinitive relative clause
        subj, head, cue = head, relcl, cue.head
    to = next((c for c in head.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    # "that the plant stay open", "demanding the full audit be published": a verb with no tense of its own (the
    # tagger may read it as a present one, which a singular noun would not take, "that the council start ...", and
    # which a verb of demanding alone does not report: "demanded that the workers get a raise")
    bare = not any(c.dep_ == "aux" for c in head.children) and (head.tag_ == "VB" or head.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in head.children) or head.tag_ == "VBP" and subj is not None
        and (subj.tag_ in ("NN", "NNP") or cue.lemma_ in _MANDATIVE))
    if any(c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ") for c in head.children):
        return None  # the speaker's next act, which the parser joins to what they asked for ("... and urged ...")
    clause = head.dep_ in ("ccomp", "advcl") or head.dep_ == "relcl" and head.head == subj
    demand = cue.lemma_ in _DEMANDING and clause and (to is not None or bare)
    if subj is None or not demand and (head.dep_ != "ccomp" or to is None or cue.lemma_ not in _AS_PASSIVE) or (
            to is not None and subj.i > to.i):
        return None
    words = [t for t in doc if f.content[0][0] <= t.idx < f.content[0][1]]
    if not words or words[0].i != subj.left_edge.i:
        return None
    if demand:
        finite = "should "
    else:
        plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in _PLURAL_PRONOUNS or any(
            c.dep_ == "conj" for c in subj.children)
        be = ("were" if plural else "was") if cue.tag_ in ("VBD", "VBN") else ("are" if plural else "is")
        finite = f"{be} {_AS_PASSIVE[cue.lemma_]} to "
    first = min([head.i, *(c.i for c in head.children if c.dep_ == "auxpass")])
    if first > 0 and doc[first - 1].is_quote and doc[first - 1].is_left_punct:
        first -= 1  # 'that the country "start a process"': "should" stays outside the quoted words
    out = []
    for t in words:
        word = _NOMINATIVE.get(t.lower_, t.text) if t.i == subj.i else t.text
        if to is not None and t.i == to.i:
            out.append(finite)
        elif to is None and t.i == first:  # "that the plant stay open", "the audit be published"
            out.append(finite + word + t.whitespace_)
        else:
            out.append(word + t.whitespace_)
    return "".join(out).strip()


def _gerund_statement(f: _Found, doc: Doc) -> str | None:
    """What a cue's participle with a subject of its own states, as a clause in the cue's tense: "polls showed
    the party losing ground" says "the party was losing ground" (the words of the text are no sentence)."""
    if len(f.heads) != 1 or len(f.content) != 1:
        return None
    head = f.heads[0]
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if (head.tag_ != "VBG" or head.dep_ != "ccomp" or subj is None or subj.pos_ == "PRON"
            or any(c.dep_ in ("aux", "auxpass", "mark") for c in head.children)
            or doc[subj.left_edge.i].idx != f.content[0][0]):
        return None
    plural = subj.tag_ in ("NNS", "NNPS")
    past = head.head.tag_ in ("VBD", "VBN")
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    subject = doc.text[f.content[0][0] : subj.right_edge.idx + len(subj.right_edge)]
    return f"{subject} {be} {doc.text[head.idx : f.content[0][1]]}"


def _relative_statement(f: _Found, doc: Doc) -> str | None:
    """What a relative clause reporting someone's words says of the noun it hangs on, as a clause with that noun
    for its pronoun (`_reported_aside`): "the dam upstream, which residents fear could fail" says "the dam
    upstream could fail", "Tor Aas, who prosecutors say stole the funds" "Tor Aas stole the funds"."""
    if not f.heads or len(f.content) != 1:
        return None
    cue = next((t for t in doc if t.idx == f.cue[0][0]), None)
    if cue is None or (aside := _reported_aside(cue)) is None:
        return None
    noun = cue.head
    first = noun.left_edge.i
    comma = next(t.i for t in doc[noun.i : aside[0] + 1] if t.text == ",")  # "Tor Aas, 44, who ...": Tor Aas
    if comma - first > 8 or any(t.is_quote or t.text in ("(", "—", "–") for t in doc[first:comma]) or (
            doc[first].pos_ in ("ADP", "SCONJ", "CCONJ") or noun.pos_ == "PRON"):
        return None
    said = doc.text[f.content[0][0]:f.content[0][1]]
    return f"{doc[first:comma].text} {said}"


_RESUMED = re.compile(r"\s*,\s*[“\"]")


def _resumed_quotes(found: list[_Found], doc: Doc) -> None:
    """A quote the cue interrupts goes on after it: '"Wardens," the chair continued, "are told where to patrol."'
    The parser hangs the second part on another verb, or nowhere; both parts are the speaker's words."""
    text = doc.text
    for f in found:
        if not f.content:
            continue
        last = max(e for _s, e in f.content)
        said = max(e for _s, e in f.cue + ([(f.source.start_char, f.source.end_char)] if f.source is not None else []))
        opened = text[max(0, last - 2):last + 2]
        if said <= last or not re.search(r",\s*[”\"]", opened):
            continue
        m = _RESUMED.match(text, said)
        sent_end = doc[doc.char_span(said - 1, said, alignment_mode="expand").start].sent.end_char
        if m is None or m.end() >= sent_end:
            continue
        close = _quote_close(text[:sent_end], m.end())
        if close > m.end():
            f.content = [*f.content, (m.end() - 1, min(close + 1, sent_end))]


def _quote_close(text: str, start: int) -> int:
    """Where the quote open at `start` of a sentence closes in it (the offset of its closing mark), or the
    sentence's length when it does not close there."""
    m = re.compile(r"[”\"]").search(text, start)
    return m.start() if m else len(text)


def _unique_cues(found: list[_Found]) -> list[_Found]:
    """One attribution per cue: the first pattern that read a cue wins."""
    seen: set[tuple[int, int]] = set()
    out = []
    for f in found:
        key = f.cue[0]
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _own_speaker_after(sents: list[Span], i: int, by_sent: dict[int, list[Attribution]], base: int) -> bool:
    """Whether the quote sentence i opens, and does not close, closes later in its paragraph where its speaker is
    named after the closing mark ('"The bridge fell at noon. I saw it," said Ek'): that speaker's quote, not the
    one before going on. ("the statement continued" names no new speaker; a quote still open at the paragraph's
    end goes on into the next, which reopens it: the first speaker's.)"""
    first = sents[i].text.strip()
    if _quote_close(first, 1) < len(first):
        return False
    for j in range(i + 1, len(sents)):
        if "\n" in sents[j].doc.text[sents[j - 1].end_char:sents[j].start_char]:
            return False
        text = sents[j].text.strip()
        close = _quote_close(text, 0)
        if close == len(text):
            continue  # still inside the quote
        start = sents[j].start_char + (len(sents[j].text) - len(sents[j].text.lstrip()))
        return any(a.cue[0][0] - base - start > close and a.cue_lemma != "continue" for a in by_sent.get(j, []))
    return False


def _carry_quotes(doc: Doc, atts: list[Attribution], base: int) -> None:
    """Quoted sentences with no cue of their own, right after an attributed quote, belong to the same source: a
    sentence that opens with a quote mark, and every sentence after it until the quote closes. A cue inside the
    quoted words ('"Because the council is slow, I said this would happen.') is the speaker's own, and does not
    end the quote: the sentences after it are still the speaker's."""
    sents = [s for s in doc.sents if s.text.strip()]
    by_sent: dict[int, list[Attribution]] = {}
    for a in atts:
        for i, s in enumerate(sents):
            if s.start_char + base <= a.cue[0][0] < s.end_char + base:
                by_sent.setdefault(i, []).append(a)
    speakers = dict(by_sent)  # sentence -> the attributions whose quote it is in
    open_quote = False
    for i, s in enumerate(sents):
        text = s.text.strip()
        prev = speakers.get(i - 1) if i > 0 else None  # every attribution of the quoting sentence
        if prev is None:  # ("X told Y, the paper reported")
            open_quote = False
            continue
        opens = text[0] in "\"“" and any(q in sents[i - 1].text for q in QUOTES)
        start = s.start_char + (len(s.text) - len(s.text.lstrip()))
        if i in by_sent:
            close = _quote_close(text, 1 if opens else 0) if opens or open_quote else -1
            if close < 0 or any(a.cue[0][0] - base - start >= close for a in by_sent[i]):
                open_quote = False  # a cue of its own outside any quote: a new attribution
                continue
            speakers[i] = prev  # its cues are inside the quoted words: the quote goes on
            open_quote = close == len(text)
            continue
        if not text.strip(QUOTES + ".,;:!? "):  # a quote mark left over from the sentence before closes its quote
            open_quote = False
            continue
        if open_quote and not opens and "\n" in doc.text[sents[i - 1].end_char:start]:
            open_quote = False  # a quote going on into a new paragraph reopens with a quote mark; this one ended
        if opens and not open_quote and _own_speaker_after(sents, i, by_sent, base):
            continue  # a new quote whose own speaker follows it ('"The bridge fell. I saw it," Ek said'): theirs
        if opens or open_quote:
            for a in prev:
                a.content.append((start + base, s.end_char + base))
            speakers[i] = prev
            if open_quote:  # inside a quote opened earlier: it ends with the sentence that closes it
                open_quote = "”" not in text and text.count('"') % 2 == 0
            else:  # opened here: it stays open when this sentence does not close it
                open_quote = text.count("“") > text.count("”") or text.count('"') % 2 == 1
        else:
            open_quote = False
            if any(q in sents[i - 1].text for q in QUOTES) and "\n" not in doc.text[sents[i - 1].end_char:start] and any(
                    len(m.group(1).split()) >= 4 for m in re.finditer(r"[\"“]([^\"“”]+)[\"”]", text)):
                # the next sentence of the paragraph, naming no one else, that quotes more of the speaker's words
                # ('"Red tape," he declared, "is strangling the harbour." Moreover, it "was written to strangle
                # it."') goes on with what the speaker said (a word or three in quotation marks may be the
                # outlet's scare quotes)
                for a in prev:
                    a.content.append((start + base, s.end_char + base))
