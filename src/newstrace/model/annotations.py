"""What the annotation stage reads in one article: attributions, times, entities, quantities, relations and
event words, all as character spans into the article's text."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import CERTAINTIES
from .base import Dictable

Span = tuple[int, int]
__all__ = ["CERTAINTIES", "Annotations", "Aside", "Attribution", "Entity", "EntityMention", "EventMention", "Quantity",
           "RelationMention", "Span", "Timex"]


@dataclass
class Attribution(Dictable):
    """Who said what: source, cue and content as lists of [start, end) fragments."""

    source: list[Span]
    cue: list[Span]
    content: list[Span]
    certainty: str = "reported"
    source_entity: str | None = None  # canonical entity id of the source, where resolved
    source_text: str | None = None
    via: str | None = None  # canonical entity id of an intermediary ("told the broadcaster SBS")
    via_span: Span | None = None
    cue_lemma: str | None = None
    # "outlet" when an outlet speaks on its own authority ("the WSJ reported"), "group" when a common noun names
    # the source ("Organisers said", "the mayor"), not a name
    source_kind: str | None = None
    # the content is a statement (a clause with its own predicate), not a thing named ("X opposed the deal"), a
    # question asked ("experts question whether ...") or a bare infinitive ("vowed to file charges")
    statement: bool = True
    # the outlet's own word that the content is false ("falsely stated", "claimed, wrongly, that"): a denial in the
    # outlet's voice beside the speaker's words, which the speaker still states
    called_false: Span | None = None
    # the content as a statement where its words are none: "expect the bank to raise rates" says "the bank is
    # expected to raise rates" (the words of the text stay in `content`)
    restated: str | None = None


@dataclass
class Timex(Dictable):
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TimeML value: 2024-11-22, 2023-08, P3D, PRESENT_REF, XXXX-06 ...
    text: str = ""
    tense: str = "present"  # of its clause (past, present, future): how a bare weekday or month is read


@dataclass
class EntityMention(Dictable):
    start: int
    end: int
    label: str  # spaCy/OntoNotes label
    text: str = ""
    canonical: str | None = None  # corpus-wide entity id


@dataclass
class Quantity(Dictable):
    start: int
    end: int
    value: float
    text: str = ""
    unit: str | None = None  # unit or counted noun: troops, containers, km, %
    qualifier: str | None = None  # over, more than, up to, about, nearly, at least ...


@dataclass
class RelationMention(Dictable):
    """agent -action-> object (-> recipient), as spans of the text; agent/recipient resolved to entity keys."""

    start: int  # the verb
    end: int
    action: str
    agent: str | None = None
    object: str | None = None
    recipient: str | None = None
    agent_span: Span | None = None
    object_span: Span | None = None
    recipient_span: Span | None = None


@dataclass
class EventMention(Dictable):
    """What a clause says happened (see nlp/events.py)."""

    start: int  # the clause
    end: int
    trigger: Span  # the verb or event noun
    key: str  # its lemma; nominalisations mapped to their verb (death -> die)
    args: list[str] = field(default_factory=list)  # lemmas of the clause's nouns, names and numbers
    verb: bool = True  # a verb, not an event noun
    describes: bool = False  # a participle or relative clause describing a noun ("the convicted fraudster")


@dataclass
class Entity(Dictable):
    """A canonical entity: one id for every spelling and metonym of it."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    speaks_for: str | None = None  # the entity a text calls this one the spokesperson of
    place: str | None = None  # the country a text says this person serves ("South Korea's top adviser")
    staff_of: str | None = None  # the person or body a text calls this one an aide or lawyer of ("an aide to X"),
    # or names them as of ("Moe of Lysvik University")


@dataclass
class Aside(Dictable):
    """What a sentence says in passing about someone it names ("Ryan, who is retiring, said"), as a statement."""

    start: int  # the aside's words: the relative clause, appositive, name or participle's phrase
    end: int
    subject: Span  # the name it is about
    text: str  # the statement: "Ryan is retiring"
    kind: str = "relative"  # relative (clause), appositive, identity (a name after its role) or participle


@dataclass
class Annotations(Dictable):
    """The sentence-level reading of one article."""

    article_id: str
    sentences: list[Span] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    published: str | None = None  # the anchor used for relative times
    published_estimated: bool = False
    entity_names: dict[str, list[str]] = field(default_factory=dict)  # entity key -> [name, type] in this text
    # how firmly each sentence puts what it says itself (asserted, hedged, denied), parallel to `sentences`
    sentence_certainty: list[str] = field(default_factory=list)
    # whether each sentence predicates something of its own, parallel to `sentences`: a line with no verb ("A
    # military base.", "Hoyt Teasley, a sheriff's deputy.") or only a verb of saying and its speaker ("Lena Voss
    # asked.", its quoted words in the sentence before) states nothing
    sentence_predicated: list[bool] = field(default_factory=list)
    # where each verb with a tense starts ("drew", "has", "will", "is"; not "drawing" or "armed" after a noun, nor
    # "to draw"): a stretch of words without one is a participle's or an infinitive's phrase, no clause
    tensed: list[int] = field(default_factory=list)
    speaks_for: dict[str, str] = field(default_factory=dict)  # person key -> whose spokesperson it is
    places: dict[str, str] = field(default_factory=dict)  # person key -> the country it serves
    staff_of: dict[str, str] = field(default_factory=dict)  # person key -> whose aide, lawyer, adviser or member
    # it is
    published_from: str | None = None  # an undated article's borrowed date: the article it came from
    # the article's language when it is one the model does not read (language.detect): nothing was read from it
    unread_language: str | None = None
    asides: list[Aside] = field(default_factory=list)
