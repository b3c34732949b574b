"""Tables of the store, as SQLAlchemy Core metadata: the latest schema. `migrations.py` brings older files here."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 3
# The shape of a stored story analysis (`StoryAnalysis.to_dict()`); analyses of another format are made again.
ANALYSIS_FORMAT = 2

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # ingest order, for stable replays
    Column("id", String(200), nullable=False, unique=True),
    Column("outlet", String(300)),
    Column("url", Text),
    Column("title", Text),
    Column("byline", Text),
    Column("published", String(40)),
    Column("published_estimated", Boolean, nullable=False, default=False),
    Column("language", String(16)),
    Column("text", Text, nullable=False),
    Column("text_hash", String(64), nullable=False),
    Column("duplicate_of", String(200)),
    Column("origin", Text),
    Column("extra", JSON, nullable=False, default=dict),
    Column("minhash", LargeBinary),
    Column("ingested_at", String(40), nullable=False),
)
Index("ix_articles_text_hash", articles.c.text_hash)

annotations = Table(
    "annotations",
    metadata,
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("text_hash", String(64), nullable=False),  # annotations are stale when the text changed
    Column("version", String(40), nullable=False),  # annotator version: stale when newstrace changed the rules
    Column("data", JSON, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("aliases", JSON, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text, nullable=False),
    Column("first_seen", String(40)),
    Column("last_seen", String(40)),
    Column("outlets", JSON, nullable=False),
    Column("size", Integer, nullable=False),
    Column("updated_at", String(40), nullable=False),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("score", Float),
)
Index("ix_story_articles_story", story_articles.c.story_id)

vectors = Table(  # article embeddings, by model: computed once, reused by every clustering run
    "vectors",
    metadata,
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("model", String(200), primary_key=True),
    Column("text_hash", String(64), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

analyses = Table(
    "analyses",
    metadata,
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", String(64), nullable=False),  # hash of what it was made from: stale when that changed
    Column("format", Integer, nullable=False, default=1),  # ANALYSIS_FORMAT of `data`; 1: the report-shaped dicts
    Column("data", JSON, nullable=False),
    Column("created_at", String(40), nullable=False),
)
