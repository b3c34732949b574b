"""The claim graph of one story: claim mentions matched into claims, traced to sources, graded; conflicts,
events, the timeline and the actor graph. `StoryAnalysis` holds it all: the claims stage makes `Claim`s and
`Event`s, provenance fills in sources, grades and the rest, the store keeps it, `report/` renders it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from ..lexicon import (
    ANOTHER_TIME,
    BASELINE,
    CHANGE_BY,
    FELL_TO,
    FORMER,
    NOW_AFTER,
    NOW_BEFORE,
    ROSE_TO,
    SET_TO,
    TOTAL,
    UPDATED,
    stem,
)
from .annotations import Attribution, Entity, EventMention, Quantity, RelationMention, Span, Timex
from .base import Dictable


@dataclass(frozen=True)
class MentionRef(Dictable):
    """Where a mention is: its article and character span."""

    article: str
    start: int
    end: int


@dataclass
class Mention(Dictable):
    """One sentence's statement of a claim in one article, with who said it, how firmly, its numbers and times."""

    article: str
    outlet: str | None
    start: int
    end: int
    text: str
    sentence: Span
    attribution: Attribution | None
    certainty: str
    negated: bool
    quantities: list[Quantity] = field(default_factory=list)
    times: list[Timex] = field(default_factory=list)  # what the claim is about (inside the claim)
    report_times: list[Timex] = field(default_factory=list)  # when it was said (outside the claim)
    entities: set[str] = field(default_factory=set)
    relations: list[RelationMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)  # what the claim says happened
    via: str | None = None
    via_text: str | None = None
    duplicate_of: str | None = None
    published: str | None = None
    dated: bool = True  # its article has a publication date of its own (not estimated, not borrowed)
    headline: bool = False  # a headline: reports events, states no claim of its own
    quoted: bool = False  # someone's words in quotation marks that the article does not say whose
    # said in passing about a name ("Ryan, who is retiring, said"): `text` is the statement ("Ryan is retiring"),
    # the span the aside's words
    aside: bool = False
    # the claim as a reader states it, where it differs from `text`: the speaker named for the pronoun their words
    # open with ("he will be staying put", said by Brandt: "Brandt will be staying put")
    statement: str | None = None
    # the entity the statement opens with, who does what it says ("Norland will expel ..."; the speaker of "it
    # would expel ...", said by Vestland): two of one action by swapped actors are two claims (`match.never_one`)
    subject: str | None = None
    source_set: str | None = None  # the source an analyst set (a correction), which provenance keeps
    # filled by provenance
    source: str | None = None  # the primary source id it traces to (None: no one named)
    # the sources its source phrase lists, `source` among them, in the order named ("Norway, Sweden, and
    # Finland"): shown together; one phrase, one source counted
    named_together: list[str] = field(default_factory=list)
    echo_of: MentionRef | None = None  # the earlier mention in another outlet it copies
    # the outlet's own denial of another mention's words ("Brandt falsely stated that C"): its span the words that
    # say so ("falsely stated"), its text the claim; it belongs to the claim of the mention it denies
    denial_of: MentionRef | None = None
    # someone's confirmation of the words the sentence before reports ("Local media said C. The council confirmed
    # the reports."): a mention of C on the confirmer's word; it belongs to the claim of the mention it confirms
    confirmation_of: MentionRef | None = None
    # its sentence gives its figures as revising earlier ones, after its words ("Sixteen people were hurt, police
    # said, raising the earlier figure of 14": `lexicon.REVISING`)
    revises: bool = False

    @property
    def ref(self) -> MentionRef:
        return MentionRef(self.article, self.start, self.end)

    @property
    def own_voice(self) -> bool:
        """The outlet states it on its own authority (no attribution)."""
        return self.attribution is None

    def reported_before(self, other: Mention) -> bool:
        """Whether this was reported before `other`: earlier in one article, or in an article published earlier."""
        if self.article == other.article:
            return self.start < other.start
        try:
            return datetime.fromisoformat(self.published or "") < datetime.fromisoformat(other.published or "")
        except (TypeError, ValueError):  # no date, or one with a zone beside one without: the order is not known
            return False

    def updates(self) -> list[Quantity]:
        """The numbers it gives as changed since they were last reported (`lexicon.UPDATED`: "the toll has risen
        to 15"; all of them where its sentence says so after it, `revises`), or as they stand now ("has now burned
        2,000 hectares", "4,500 people have now left": `NOW_BEFORE`, `NOW_AFTER`; "3,500, not 2,000 as first
        reported": beside one it gives as `former`). A rate or share someone raised
        or cut ("raised its key rate to 4.5 percent") is a level an act set, not a tally a later report revised
        ("her share of the vote rose to 55 percent" is one)."""
        if self.revises:
            return list(self.quantities)
        acts = {id(q) for q in self._marked(SET_TO)}
        # (a change measured from another time's figure compares two times; it updates no report: "turnout fell to
        # 61 percent from 67 percent four years ago" beside "turnout was 64 percent")
        then = any(ANOTHER_TIME.match(self.text[q.end - self.start:]) for q in self.baseline())
        changed = {id(q) for q in self._marked(UPDATED) if (q.unit != "%" or id(q) not in acts) and not then}
        changed |= {id(q) for q in (*self._marked(NOW_BEFORE), *self._marked(NOW_AFTER, after=True))}
        # (beside a figure it gives as the one a change replaced, its others are as they now stand: "3,500 litres
        # had leaked, not 2,000 as first reported")
        if former := {id(q) for q in self.former()}:
            changed |= {id(q) for q in self.quantities if id(q) not in former}
        return [q for q in self.quantities if id(q) in changed]

    def direction(self, q: Quantity) -> int:
        """Which way its words say a number of it moved: 1 up ("the toll has risen to 52"), -1 down ("fell to
        30"), 0 where they do not say."""
        return 1 if any(x is q for x in self._marked(ROSE_TO)) else -1 if any(
            x is q for x in self._marked(FELL_TO)) else 0

    def counted(self) -> set[str]:
        """What its numbers count, one word however inflected ("38 containers": container); a percentage counts
        nothing."""
        return {stem(q.unit) for q in self.quantities if q.unit and q.unit != "%"}

    def former(self) -> list[Quantity]:
        """The numbers it gives as those a change replaced (`lexicon.FORMER`: "had previously forecast 2.5
        billion")."""
        return self._marked(FORMER)

    def baseline(self) -> list[Quantity]:
        """The numbers it measures a change from (`lexicon.BASELINE`: "fell to 74 percent from 78 percent four years
        ago"): another time's figures."""
        return self._marked(BASELINE)

    def changes(self) -> list[Quantity]:
        """The numbers it gives as the size of a change (`lexicon.CHANGE_BY`: "sent its shares up 4 percent"), not a
        level."""
        return self._marked(CHANGE_BY)

    def totals(self) -> list[Quantity]:
        """The numbers that give the size of a whole it counts a part of (`lexicon.TOTAL`: "took 14 of the 45
        seats"): no figure for what it counts."""
        return self._marked(TOTAL)

    def _marked(self, words: re.Pattern, after: bool = False) -> list[Quantity]:
        """The numbers these words stand right before (or, `after`, right after)."""
        if len(self.text) != self.end - self.start:
            return []  # words restated: where a number stands among them is not known
        return [q for q in self.quantities if self.start <= q.start <= self.end and (
            words.search(self.text[q.end - self.start:]) if after else words.search(self.text[:q.start - self.start]))]


@dataclass
class FirstReport(Dictable):
    """Who carried a claim first: the earliest mention by publication time."""

    outlet: str
    article: str
    published: str | None


@dataclass
class Verdict(Dictable):
    """An analyst's finding on a claim, from evidence outside the story."""

    value: str  # verified | false
    note: str = ""
    author: str = ""
    at: str = ""


@dataclass
class SimilarClaim(Dictable):
    """Another claim of the story that may state the same thing, which matching was not sure enough to merge:
    for an analyst to check (and merge). `mention` is the other claim's mention that came closest, which finds
    that claim again after corrections have remade it (and with it its id)."""

    claim: str
    mention: MentionRef
    match: float  # the best match probability between a mention of each, in different articles


@dataclass
class Claim(Dictable):
    """One proposition and every mention of it across the story's articles."""

    id: str
    text: str  # one readable statement of it
    mentions: list[Mention]
    outlets: list[str] = field(default_factory=list)
    match: float | None = None  # how surely its mentions in different articles state one thing (0..1)
    similar: list[SimilarClaim] = field(default_factory=list)  # claims it may be, surest first
    # filled by provenance
    sources: list[str] = field(default_factory=list)  # the independent primary sources (or the one named)
    independent_sources: int = 0
    credibility: int = 6  # Admiralty information scale, 1 confirmed ... 6 cannot be judged
    certainty: str = "asserted"  # the weakest certainty of its mentions
    reasons: list[str] = field(default_factory=list)  # why this grade, first the deciding one
    first: FirstReport | None = None
    verdict: Verdict | None = None  # an analyst's: verified or false, which sets the grade
    machine_grade: int | None = None  # the grade before the verdict


@dataclass
class Source(Dictable):
    """A primary source as the story names it: a person or organisation (entity id), an unnamed group
    (`group:officials@country:...`), or an outlet speaking on its own authority (`outlet:...`)."""

    id: str
    name: str
    kind: str  # person, organisation, group, document, outlet, place, other


@dataclass
class Conflict(Dictable):
    """Mentions of one claim that disagree on one thing: one conflict per claim and kind, with every value."""

    kind: str  # quantity, time, polarity
    claims: list[str]
    mentions: list[MentionRef]
    description: str
    values: list[str] = field(default_factory=list)  # each side: "38 containers (Harbour Gazette)"


@dataclass
class Event(Dictable):
    """A happening that several claims report in their own words."""

    id: str
    key: str  # its event word (lemma)
    text: str  # the event in words
    claims: list[str]
    outlets: list[str]
    mentions: list[MentionRef]


@dataclass
class Relation(Dictable):
    """An edge of the actor graph: agent -action-> object (-> recipient), from the story's claims."""

    agent: str
    action: str
    object: str
    recipient: str | None
    claims: list[str] = field(default_factory=list)


@dataclass
class TimelineEntry(Dictable):
    date: str  # partial ISO: 2023, 2023-08, 2024-W47, 2024-11-22
    text: str
    claims: list[str]
    date_text: str = ""


@dataclass
class BorrowedDate(Dictable):
    """An article without a publication date reads its relative times against its story's earliest date."""

    article: str
    date: str
    source: str  # the dated article it is borrowed from


@dataclass
class StoryAnalysis(Dictable):
    """Everything newstrace found in one story beyond its articles."""

    story: str
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unique: dict[str, list[str]] = field(default_factory=dict)  # outlet -> the claims only it carries
    borrowed_dates: list[BorrowedDate] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)  # article -> the article it copies (wire or passages)
    # article -> its language, for articles in a language the nlp model does not read: no claim is read from them
    unread: dict[str, str] = field(default_factory=dict)
    corrections: list[Correction] = field(default_factory=list)  # the analyst's, each with its status


@dataclass
class Correction(Dictable):
    """An analyst's correction of the claim graph, stored with who and when, re-applied to every new analysis of
    its story. It names mentions (article and span), which outlive the claim ids a new analysis makes.

    kinds: `merge` (the claims of mentions[0] and mentions[1] are one), `split` (mentions[0] is a claim of its
    own), `source` (mentions[0]'s source is `value`), `verdict` (the claim of these mentions is `value`:
    verified or false)."""

    story: str
    kind: str
    mentions: list[MentionRef]
    value: str | None = None
    note: str = ""
    author: str = ""
    created: str = ""
    id: int | None = None
    undone: str | None = None
    status: str = ""  # applied | stale (what it names is gone), set each time it is applied
