"""The one data model every stage reads and writes.

Stages never hand each other private structures: ingest produces `Article`s, nlp adds `Annotations`, stories
produce `Story`s, claims and provenance fill `StoryAnalysis`. Every class round-trips through plain dicts
(`to_dict`/`from_dict`) so the store and the report serialise them without knowing their insides.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Span = tuple[int, int]
Certainty = Literal["asserted", "reported", "hedged", "denied"]
CERTAINTIES: tuple[str, ...] = ("asserted", "reported", "hedged", "denied")


class _Dictable:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Article(_Dictable):
    """One news article as ingested. `text` is the main text; offsets everywhere index into it."""

    id: str
    text: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date or datetime, as given (or estimated, see below)
    published_estimated: bool = False
    language: str | None = None
    duplicate_of: str | None = None
    origin: str | None = None  # where it came from: "path", "path:line", a URL
    extra: dict[str, Any] = field(default_factory=dict)  # every input field we do not model, kept verbatim


@dataclass
class Attribution(_Dictable):
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
    source_kind: str | None = None  # "outlet" when an outlet speaks on its own authority ("the WSJ reported")


@dataclass
class Timex(_Dictable):
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TimeML value: 2024-11-22, 2023-08, P3D, PRESENT_REF, XXXX-06 ...
    text: str = ""


@dataclass
class EntityMention(_Dictable):
    start: int
    end: int
    label: str  # spaCy/OntoNotes label
    text: str = ""
    canonical: str | None = None  # corpus-wide entity id


@dataclass
class Quantity(_Dictable):
    start: int
    end: int
    value: float
    text: str = ""
    unit: str | None = None  # unit or counted noun: troops, containers, km, %
    qualifier: str | None = None  # over, more than, up to, about, nearly, at least ...


@dataclass
class Relation(_Dictable):
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
class Event(_Dictable):
    """What a clause says happened (see nlp/events.py)."""

    start: int  # the clause
    end: int
    trigger: Span  # the verb or event noun
    key: str  # its lemma; nominalisations mapped to their verb (death -> die)
    args: list[str] = field(default_factory=list)  # lemmas of the clause's nouns, names and numbers
    verb: bool = True  # a verb, not an event noun


@dataclass
class Entity(_Dictable):
    """A canonical entity: one id for every spelling and metonym of it."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Annotations(_Dictable):
    """The sentence-level reading of one article."""

    article_id: str
    sentences: list[Span] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    published: str | None = None  # the anchor used for relative times
    published_estimated: bool = False
    entity_names: dict[str, list[str]] = field(default_factory=dict)  # entity key -> [name, type] in this text

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotations:
        return cls(
            article_id=data["article_id"],
            sentences=[tuple(s) for s in data.get("sentences", [])],
            attributions=[
                Attribution.from_dict(
                    {**a, "source": _spans(a["source"]), "cue": _spans(a["cue"]), "content": _spans(a["content"]),
                     "via_span": tuple(a["via_span"]) if a.get("via_span") else None}
                )
                for a in data.get("attributions", [])
            ],
            timexes=[Timex.from_dict(t) for t in data.get("timexes", [])],
            entities=[EntityMention.from_dict(e) for e in data.get("entities", [])],
            quantities=[Quantity.from_dict(q) for q in data.get("quantities", [])],
            relations=[Relation.from_dict({**r, **{k: tuple(r[k]) if r.get(k) else None
                                                   for k in ("agent_span", "object_span", "recipient_span")}})
                       for r in data.get("relations", [])],
            events=[Event.from_dict({**e, "trigger": tuple(e["trigger"])}) for e in data.get("events", [])],
            published=data.get("published"),
            published_estimated=data.get("published_estimated", False),
            entity_names=data.get("entity_names", {}),
        )


def _spans(raw: list) -> list[Span]:
    return [(int(s), int(e)) for s, e in raw]


@dataclass
class Story(_Dictable):
    id: str
    title: str
    articles: list[str]
    outlets: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
