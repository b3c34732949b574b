"""Whether two mentions of one claim say it and unsay it: "The fire was not arson" / "The fire was arson".

Matching joins a statement and its negation (negation is no matching feature: a denial is the same claim as what it
denies); provenance lists such a pair as a polarity conflict, and the claim is worded by the side that says it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from ..lexicon import NEGATION, STOPWORDS, stem
from .claims import Mention

# how alike two statements' words must be (difflib's ratio) for one to be the other said and unsaid, and the most
# words a negation may change there ("was not arson" / "was arson", "I'm not going" / "I am going")
OPPOSED_MATCH = 0.6
OPPOSED_CHANGE = 3


def opposed(a: Mention, b: Mention) -> bool:
    """Whether two mentions say one thing with opposite polarity: the same words but for a negation
    ("The fire was not arson" / "The fire was arson"). `Mention.negated` reads a negation anywhere in a statement,
    so one in words the other report does not give ("..., and if we don't get it, there should be no deal") or in
    other words altogether is no opposition: the negation must be a small change inside words they share. The one
    that says so may hedge it ("Norland reportedly plans to retaliate" / "Norland will not retaliate"); one that
    only hedges its "not" does not say not."""
    if a.negated == b.negated or "denied" in (a.certainty, b.certainty):
        return False
    neg, other = (a, b) if a.negated else (b, a)
    if neg.certainty == "hedged":
        return False
    x, y = _tokens(neg), _tokens(other)
    match = SequenceMatcher(None, x, y, autojunk=False)
    return match.ratio() >= OPPOSED_MATCH and any(
        tag != "equal" and 0 < i2 - i1 <= OPPOSED_CHANGE and NEGATION.search(" ".join(x[i1:i2]))  # ("failed to")
        for tag, i1, i2, _j1, _j2 in match.get_opcodes()) or _negates_what_other_states(x, y) or (
        _NO_BEFORE_A_WORD.search(neg.statement or neg.text) is not None and _no_subject_did(x, y))


# Words between a negation and the verb it negates ("did not have to", "has never been")
_NEGATED_VIA = frozenset({"to", "be", "been", "being", "have", "has", "had", "yet", "ever", "even", "actually"})
_COMPLEMENT = 4  # words after the negated verb read as what it is said of


def _negates_what_other_states(x: list[str], y: list[str]) -> bool:
    """Whether one statement's words (`x`, `_tokens`) negate a verb the other states with what follows it: "failed
    to agree on reopening embassies" / "agreed to reopen their embassies", worded too far apart for the whole
    statements to be alike. A negation of a noun ("no agreement") or of a verb the other does not state with a word
    of its complement is none."""
    stated = _stated_in(y)
    for i, w in enumerate(x):
        if not (w in ("not", "never", "cannot") or re.search(r"n['’]t$", w)
                or w in ("fail", "fails", "failed") and x[i + 1:i + 2] == ["to"]):
            continue
        k = i + 1
        while k < len(x) and x[k] in _NEGATED_VIA:
            k += 1
        if k < len(x) and x[k] not in STOPWORDS and stated(x[k]) and any(
                stated(v) for v in x[k + 1:k + 1 + _COMPLEMENT] if v not in STOPWORDS and len(v) > 2):
            return True
    return False


def _stated_in(y: list[str]) -> Callable[[str], bool]:
    """Whether a word is among these words, stemmed (the crude stem leaves "agre" of "agreed" beside "agree")."""
    ys = [stem(w) for w in y]

    def stated(word: str) -> bool:
        w = stem(word)
        return any(w == v or min(len(w), len(v)) >= 4 and abs(len(w) - len(v)) <= 2 and (
            w.startswith(v) or v.startswith(w)) for v in ys)

    return stated


# The auxiliaries a clause's verb follows its subject with ("No customer data had been stolen")
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can"})
_NO_BEFORE_A_WORD = re.compile(r"\b[Nn]o\s+[a-z]")  # "no customer data", not "No, the minister said"


def _no_subject_did(x: list[str], y: list[str]) -> bool:
    """Whether the statement says no one or nothing of a subject the other names did or underwent what the other
    states: "no customer data had been stolen" / "hackers stole the personal data of 80,000 customers" ("no" opening
    a subject of one to three words, an auxiliary, the verb). A subject the other does not name ("No one was hurt" /
    "Three people were hurt": a count, not the same words) is none; nor is a "no" clause inside another statement
    ("That contradicts the owner's assurance that no fuel had leaked"): the subject opens the statement."""
    stated = _stated_in(y)
    for i, w in enumerate(x[:2]):
        if w != "no":
            continue
        for j in range(i + 2, min(i + 5, len(x))):
            if x[j] in _AUXILIARIES:
                k = j + 1
                while k < len(x) and x[k] in _NEGATED_VIA:
                    k += 1
                if k < len(x) and x[k] not in STOPWORDS and stated(x[k]) and any(
                        stated(v) for v in x[i + 1:j] if v not in STOPWORDS and len(v) > 2):
                    return True
                break
    return False


def _tokens(m: Mention) -> list[str]:
    """A mention's words, its event verbs as their lemmas and without a "do" that only carries a negation ("The
    ferry did not sink" / "The ferry sank": the ferry not sink / the ferry sink)."""
    text = m.statement or m.text
    lemmas: dict[str, str] = {}
    if len(m.text) == m.end - m.start:  # the words as they stand in the article
        for e in sorted(m.events, key=lambda e: -e.trigger[0]):
            s, t = e.trigger[0] - m.start, e.trigger[1] - m.start
            if e.verb and 0 <= s < t <= len(text):
                if m.statement is None:
                    text = text[:s] + e.key + text[t:]
                else:  # a statement reworded ("Rud had not misled ..." of "he had not misled ..."): word by word
                    lemmas[m.text[s:t].lower()] = e.key
    words = re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower())
    return [lemmas.get(w, w) for i, w in enumerate(words)
            if not (w in ("do", "does", "did") and words[i + 1:i + 2] == ["not"])]
