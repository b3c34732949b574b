"""Claim mentions: the claim-bearing clause of each sentence, with who said it, how sure, and its numbers and
times.

An attributed sentence yields its content (what was said); an unattributed one yields the whole sentence in the
outlet's own voice. Subheadings, fragments and non-claims ("has not commented") yield nothing; a headline with
a verb is a claim. Each claim carries the events it states (nlp/events.py), which group claims into events.
Where a sentence holds nested attributions ("the newspaper reported that X told a ceremony ...") the innermost
named source is the claimant and an outer outlet is the intermediary (`via`). A sentence with no attribution of
its own that says "allegedly" or "reportedly" reports the claimant of the sentence before it in the same
paragraph ("The NIS reported this week that ... . Since August 2023, North Korea has allegedly sent ..."): it
takes that claimant, intermediary and report time.
"""

from __future__ import annotations

import re

from ..lexicon import CERTAINTY_RANK, HEDGES, NEGATION, is_outlet
from ..model import Annotations, Article, Attribution, Mention

NON_CLAIM = re.compile(r"\b(?:ha(?:s|ve|d) not (?:yet )?(?:publicly )?commented|did not (?:immediately )?(?:respond|"
                       r"comment)|declined to comment|could not be reached|not immediately clear|did not offer details|"
                       r"did not say whether|not (?:directly )?commented)\b", re.I)
_NEITHER = re.compile(r"\bneither confirmed nor denied\b", re.I)
_HEARSAY = re.compile(r"\b(?:allegedly|reportedly|purportedly|supposedly)\b", re.I)


def _inside(start: int, end: int, a: int, b: int) -> bool:
    return a >= start and b <= end


def _is_heading(text: str) -> bool:
    words = text.split()
    return len(words) < 5 or (not re.search(r"[.!?\"”’)]$", text.strip()) and len(words) < 14)


def extract_mentions(article: Article, ann: Annotations) -> list[Mention]:
    text = article.text
    out: list[Mention] = []
    last: Mention | None = None  # the previous sentence's mention if attributed, for "allegedly" sentences
    for s, e in ann.sentences:
        before, last = last, None
        if before is not None and "\n" in text[before.sentence[1] : s]:
            before = None  # a new paragraph
        sentence = text[s:e].strip()
        events = [ev for ev in ann.events if s <= ev.trigger[0] < e]
        # a subheading is no claim; a headline with a verb is ("Police arrest suspect in store heist")
        headline = len(sentence.split()) >= 3 and any(ev.verb for ev in events)
        if not sentence or NON_CLAIM.search(sentence) or (_is_heading(sentence) and not headline):
            continue
        # attributions cued in this sentence, and quotes carried over from an earlier one; "neither confirmed
        # nor denied" is no statement at all
        atts = [a for a in ann.attributions if a.cue and a.content and (
            s <= a.cue[0][0] < e or a.cue[0][0] < s and any(s <= cs < e for cs, _ce in a.content))
            and not (a.cue_lemma in ("confirm", "deny") and _NEITHER.search(sentence))]
        primary, via, via_text = _primary(atts, text)
        if primary is not None and not primary.source and all(
                text[cs:ce].lstrip().lower().startswith("to ") for cs, ce in primary.content):
            primary = None  # "X is thought to be eager ...": the sentence is the claim, hedged
        if primary is not None:
            frags = [(max(cs, s), min(ce, e)) for cs, ce in primary.content if cs < e and ce > s]
            if not frags:
                continue
            start, end = min(f[0] for f in frags), max(f[1] for f in frags)
            certainty = max((a.certainty for a in atts), key=CERTAINTY_RANK.__getitem__)
        else:
            start, end = s + (len(text[s:e]) - len(text[s:e].lstrip())), e
            certainty = "hedged" if HEDGES.search(sentence) else "asserted"
        carried = primary is None and not atts and before is not None and bool(_HEARSAY.search(sentence))
        if carried:
            primary, via, via_text = before.attribution, before.via, before.via_text
        claim = text[start:end].strip(" ,;:—–-\n")
        if len(claim.split()) < 3:
            continue
        start = text.index(claim, start)
        end = start + len(claim)
        m = Mention(article.id, article.outlet, start, end, claim, (s, e), primary, certainty,
                    bool(NEGATION.search(claim)), via=via, via_text=via_text, duplicate_of=article.duplicate_of,
                    published=ann.published or article.published)
        m.quantities = [q for q in ann.quantities if _inside(start, end, q.start, q.end)]
        m.times = [t for t in ann.timexes if _inside(start, end, t.start, t.end)]
        m.report_times = before.report_times if carried else [
            t for t in ann.timexes if _inside(s, e, t.start, t.end) and not _inside(start, end, t.start, t.end)]
        m.entities = {x.canonical for x in ann.entities if x.canonical and _inside(start, end, x.start, x.end)}
        m.relations = [r for r in ann.relations if _inside(s, e, r.start, r.end)]
        m.events = [ev for ev in events if start <= ev.trigger[0] < end]
        out.append(m)
        last = m if primary is not None else None
    return out


def _primary(atts: list[Attribution], text: str) -> tuple[Attribution | None, str | None, str | None]:
    """The claimant's attribution and an intermediary outlet, from the attributions of one sentence.

    The claimant is the innermost named source that is not a pronoun ("officials told parliament they believed
    X": the officials); an outlet around it ("…, the newspaper reported") is the intermediary. The claim's words
    are the innermost content ('"It has been identified that missiles were delivered," Shin said': the
    missiles were delivered)."""
    if not atts:
        return None, None, None

    def contains(outer: Attribution, inner: Attribution) -> bool:
        return outer is not inner and any(cs <= inner.cue[0][0] < ce for cs, ce in outer.content)

    def pronoun(a: Attribution) -> bool:
        return (a.source_text or "").lower() in ("he", "she", "they", "we", "i", "it")

    named = [a for a in atts if a.source and not pronoun(a)]
    inner = [a for a in named if not any(contains(a, b) for b in named)]
    # of several, the most specific claimant: a person or group over a whole country ("South Korea revealed
    # ..., according to a senior official")
    primary = sorted(inner or named or atts, key=lambda a: (a.source_entity or "").startswith("country:"))[0]
    innermost = [a for a in atts if (a is primary or contains(primary, a)) and not any(contains(a, b) for b in atts)]
    if innermost and innermost[0] is not primary:
        primary = Attribution(primary.source, primary.cue, innermost[0].content, primary.certainty,
                              primary.source_entity, primary.source_text, primary.via, primary.via_span,
                              primary.cue_lemma, primary.source_kind)
    via = primary.via
    via_text = text[primary.via_span[0]:primary.via_span[1]] if primary.via_span else None
    for outer in named:
        if outer is not primary and contains(outer, primary) and outer.source_text and is_outlet(outer.source_text):
            via, via_text = outer.source_entity or f"outlet:{outer.source_text}", outer.source_text
    return primary, via, via_text
