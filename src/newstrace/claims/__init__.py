"""The claims stage: a story's articles and annotations in, `Claim`s and `Event`s out.

Each sentence gives its claim mention (`extract`), mentions that state one thing across outlets are matched
into claims (`match`), and the claims are grouped by the events they report (`events`). Sources, grades and
conflicts are provenance's: a claim leaves this stage with its mentions, outlets and wording only.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

import numpy as np

from ..model import Annotations, Article, Claim, Event, Mention, SimilarClaim, Story
from ..model.polarity import opposed
from .events import group_events
from .extract import extract_mentions
from .match import attach, cluster_mentions, cohesion, near_groups, never_one, probability

# Bump when a rule changes which claims a story has: stored analyses of another version are made again.
VERSION = 205

Embed = Callable[[list[str]], np.ndarray]
__all__ = ["VERSION", "build_claims", "new_claim", "relink_similar", "sentence_texts", "story_mentions",
           "unique_ids"]


def story_mentions(story: Story, articles: dict[str, Article], anns: dict[str, Annotations]) -> list[Mention]:
    """The claim mentions of a story's articles, in article order."""
    mentions: list[Mention] = []
    for aid in story.articles:
        if aid in articles and aid in anns:
            mentions += extract_mentions(articles[aid], anns[aid])
    return mentions


def sentence_texts(mentions: list[Mention], articles: dict[str, Article]) -> list[str]:
    """The sentence each stated mention stands in, as matching embeds it (headlines state no claim); an aside's
    own statement, which says something else than the sentence around it."""
    return [m.text if m.aside else articles[m.article].reading[m.sentence[0]:m.sentence[1]] for m in mentions
            if not m.headline]


def build_claims(story: Story, mentions: list[Mention], articles: dict[str, Article], embed: Embed,
                 threshold: float, embed_words: Embed, event_threshold: float,
                 embedding_kind: str = "transformer", similar_threshold: float | None = None,
                 ) -> tuple[list[Claim], list[Event]]:
    """The story's claims (in order of their first mention) and the events they report. `embed` embeds the
    sentences claims stand in (with a model of `embedding_kind`, whose fitted weights match them), `embed_words`
    event words; only stories of several articles are embedded. Headlines report events but make no claims.
    With `similar_threshold`, each claim lists the claims of other articles it may be (`match.near_groups`)."""
    # headlines state no claim; a denial or confirmation of words reported before belongs to their claim, whatever
    # they match
    stated = [i for i, m in enumerate(mentions) if not m.headline and m.denial_of is None and m.confirmation_of is None]
    sure: dict[int, float | None] = {}
    near: dict[int, list[tuple[int, int, float]]] = {}
    if len({mentions[i].article for i in stated}) > 1:
        ms = [mentions[i] for i in stated]
        p = probability(ms, embed(sentence_texts(ms, articles)), embed_words, embedding_kind)
        main = [j for j, m in enumerate(ms) if not m.aside]
        found = attach([[main[k] for k in g] for g in cluster_mentions(p[np.ix_(main, main)], threshold)],
                       [j for j, m in enumerate(ms) if m.aside], p, threshold, never_one(ms))
        groups = [[stated[j] for j in g] for g in found]
        sure = {k: cohesion(g, ms, p) for k, g in enumerate(found)}
        if similar_threshold is not None:
            near = near_groups(found, ms, p, similar_threshold)
    else:
        groups = [[i] for i in stated]
    groups = _with_denials(groups, mentions)
    claims = unique_ids([new_claim(story.id, [mentions[i] for i in group], sure.get(k))
                         for k, group in enumerate(groups)])
    for k, others in near.items():
        claims[k].similar = [SimilarClaim(claims[j].id, ms[b].ref, score) for j, b, score in others]
    claim_of = {i: claim.id for claim, group in zip(claims, groups, strict=True) for i in group}
    events = group_events(story, mentions, claim_of, articles, embed_words, event_threshold)
    return claims, events


def _with_denials(groups: list[list[int]], mentions: list[Mention]) -> list[list[int]]:
    """The groups with each denial of words reported before ("falsely stated", "The company rejected the claim")
    or confirmation of them ("The council confirmed the reports") added to the group of the mention it answers."""
    at = {mentions[i].ref: k for k, g in enumerate(groups) for i in g}
    out = [list(g) for g in groups]
    for i, m in enumerate(mentions):
        if (answered := m.denial_of or m.confirmation_of) is not None and not m.headline:
            k = at.get(answered)
            if k is None:  # the words it answers stated nothing the story keeps: its own claim
                out.append([i])
            else:
                out[k].append(i)
    return out


def new_claim(story_id: str, mentions: list[Mention], match: float | None = None) -> Claim:
    """A claim of these mentions: its id (stable for the same mentions), its wording and outlets."""
    cid = "c" + hashlib.sha1((story_id + "|" + "|".join(f"{m.article}:{m.start}:{m.end}" for m in mentions))
                             .encode()).hexdigest()[:10]
    return Claim(cid, _claim_text(_representative(mentions)), list(mentions),
                 list(dict.fromkeys(m.outlet or m.article for m in mentions)), match=match)


def relink_similar(claims: list[Claim]) -> list[Claim]:
    """Each claim's similar claims found again by their mention after corrections remade claims (a merge or a
    split gives new ids): one that is now the claim itself, or is gone, is dropped."""
    holder = {m.ref: c.id for c in claims for m in c.mentions}
    for c in claims:
        kept: dict[str, SimilarClaim] = {}
        for s in c.similar:
            other = holder.get(s.mention)
            if other is not None and other != c.id and (other not in kept or kept[other].match < s.match):
                kept[other] = SimilarClaim(other, s.mention, s.match)
        c.similar = sorted(kept.values(), key=lambda s: -s.match)
    return claims


def unique_ids(claims: list[Claim]) -> list[Claim]:
    """The claims, each id told apart from an equal one before it (two claims of one span would share it)."""
    seen: set[str] = set()
    for c in claims:
        base, n = c.id, 1
        while c.id in seen:
            n += 1
            c.id = f"{base}-{n}"
        seen.add(c.id)
    return claims


# A mention's words that open on an auxiliary have lost their subject ("Mara Linde's agent confirms the
# singer, long a fixture of the tabloids, has checked into ..." gives "has checked into ..."): no sentence to show.
_SUBJECTLESS = re.compile(r"^\W*(?:has|have|had|is|are|was|were|will|would|did|does|do|can|could|should)\b")


# ... and one that opens on a pronoun says of whom only beside the sentence before ("it would send two ships"):
# where another mention opens on the subject named and its verb ("Russia will send two ships"), that one
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:it|he|she|they)\b", re.I)
# (a name may follow a word or two that say who it is: "Norwegian skier Lars Moe has", "Cross-country skier Lars Moe
# failed")
_NAMED_SUBJECT = re.compile(r"^\W*(?!(?:It|He|She|They|We|You|This|That)\b)(?:[Tt]he\s+[a-z]|"
                            r"(?:[A-Z][\w-]*(?<!ing)\s+)?(?:[a-z][\w-]*\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                            r"\s+(?:will|would|has|have|had|is|are|was|were|did|does|can|could|may|might|must|"
                            r"should|[a-z]+ed|[a-z]+s)\b)")


def _representative(ms: list[Mention]) -> Mention:
    """A mention that states the claim plainly, neither hedging nor denying it ("fuel had leaked from the hull",
    not "[denied that] any fuel had leaked"), nor unsaying another's words ("no fuel had leaked"), by figures that
    stand (not "killing 12 people" where a later report says "the toll has risen to 15" or "12, correcting an earlier
    figure of 21" names its figure as replaced, nor "had previously forecast 2.5 billion": `Mention.updates`,
    `former`), not naming its speaker's confirming ("Police
    confirmed the arrests" beside "Three men were arrested"), with its subject, named rather than a pronoun where another
    mention names it, then the shortest."""
    updating = [m for m in ms if m.updates()]

    # words that unsay what another mention says are the other side of a conflict: "Per Aas has not resigned"
    # beside "Per Aas has resigned" would show the claim as what it is not (`polarity.opposed`)
    unsaying = {id(m) for m in ms if m.negated and any(opposed(m, o) for o in ms if o is not m)}

    def plain(m: Mention) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
        # (a denial of what was said before it is worded as the denial: "The accusations were baseless.")
        return (m.duplicate_of is not None, m.denial_of is not None or m.confirmation_of is not None,
                m.certainty in ("hedged", "denied"), id(m) in unsaying,
                bool(m.quantities) and any(u is not m and (m.reported_before(u) or {f.value for f in u.former()}
                                                          & {q.value for q in m.quantities}) for u in updating) or bool(
                    updating and m.former() and not m.updates()),
                not m.statement and bool(_SUBJECTLESS.match(m.text)),
                # words that name the act their speaker confirms ("Police confirmed the arrests"), not the act
                m.attribution is not None and m.attribution.cue_lemma == "confirm"
                and any(m.start <= c < m.end for c, _e in m.attribution.cue))

    best = min(map(plain, ms))
    ms = [m for m in ms if plain(m) == best]
    named = {id(m) for m in ms if _NAMED_SUBJECT.match(m.statement or m.text)}
    unnamed = bool(named) and any(_PRONOUN_SUBJECT.match(m.statement or m.text) for m in ms)
    return min(ms, key=lambda m: (unnamed and id(m) not in named, len(m.text)))


# "But the owners are not to blame.": a conjunction that ties the sentence to the one before is no part of the claim
_OPENING_CONJUNCTION = re.compile(r"^(?:and|but|yet)\s+(?=[\w“\"‘'])", re.I)


# What a denial's clause says of no one in particular only under its negation ("denied that anyone had fallen
# ill", "that any money had changed hands"): the claim denied says it of someone, of some (not "any longer")
_UNDER_NEGATION = re.compile(r"\b([Aa])ny(one|body|thing)?\b(?!\s+(?:longer|more)\b)")


def _claim_text(mention: Mention) -> str:
    """The mention's words as a sentence (its `statement` where extraction gave one): capitalised, ending in a
    stop, with the quotation marks its span cut in two closed or opened ("The investigation was “a
    politically driven vendetta.”"), and a denied clause's "anyone" ("any money") the "someone" ("some money") of
    the claim it denies."""
    text = " ".join((mention.statement or mention.text).split())
    a = mention.attribution
    # (not where the words are the act of denying, cue and all: "Lund denied knowledge of any wrongdoing")
    if mention.certainty == "denied" and not (a is not None and any(mention.start <= x < mention.end for x, _y in a.cue)):
        text = _UNDER_NEGATION.sub(lambda m: ("S" if m.group(1) == "A" else "s") + "ome" + (m.group(2) or ""), text)
    text = _OPENING_CONJUNCTION.sub("", text.strip("\"“”' "))
    if not text:
        return text
    text = text[0].upper() + text[1:]
    opened, closed = text.count("“"), text.count("”")
    text = "“" * max(0, closed - opened) + text + "”" * max(0, opened - closed)
    if text.count('"') % 2:  # a straight mark after a word closes a quotation opened before the span began
        at = text.index('"')
        closes = at > 0 and not text[at - 1].isspace() and (at + 1 == len(text) or not text[at + 1].isalnum())
        text = '"' + text if closes else text + '"'
    body = text.rstrip("”\"")
    tail = text[len(body):]
    body = body.rstrip(",;:—– ")  # a clause cut before its speaker ("..., he said")
    return (body if body.endswith((".", "!", "?")) else body + ".") + tail
