"""The one data model every stage reads and writes.

Stages never hand each other private structures: ingest produces `Article`s, nlp adds `Annotations`, stories
produce `Story`s, claims produce `Claim`s and `Event`s, provenance completes a `StoryAnalysis`. Every class
round-trips through plain dicts (`to_dict`/`from_dict`), so the store keeps them and `report/` renders them
without knowing their insides.
"""

from .annotations import (
    CERTAINTIES,
    Annotations,
    Aside,
    Attribution,
    Entity,
    EntityMention,
    EventMention,
    Quantity,
    RelationMention,
    Span,
    Timex,
)
from .article import Article, Story
from .claims import (
    BorrowedDate,
    Claim,
    Conflict,
    Correction,
    Event,
    FirstReport,
    Mention,
    MentionRef,
    Relation,
    SimilarClaim,
    Source,
    StoryAnalysis,
    TimelineEntry,
    Verdict,
)
from .time import date_interval

__all__ = ["CERTAINTIES", "Annotations", "Article", "Aside", "Attribution", "BorrowedDate", "Claim", "Correction", "Conflict", "Entity", "EntityMention",
           "Event", "EventMention", "FirstReport", "Mention", "MentionRef", "Quantity", "Relation", "RelationMention", "SimilarClaim", "Source",
           "Span", "Story", "StoryAnalysis", "TimelineEntry", "Timex", "Verdict", "date_interval"]
