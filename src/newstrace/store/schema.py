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

SCHEMA_VERSION = 6
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
ix_stories_last_seen = Index("ix_stories_last_seen", stories.c.last_seen)

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

corrections = Table(  # an analyst's corrections of a story's claim graph (model.Correction), with who and when
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", String(64), nullable=False),  # no foreign key: a correction outlives its story's re-clustering
    Column("kind", String(16), nullable=False),
    Column("mentions", JSON, nullable=False),
    Column("value", Text),
    Column("note", Text, nullable=False, default=""),
    Column("author", String(200), nullable=False, default=""),
    Column("created_at", String(40), nullable=False),
    Column("undone_at", String(40)),
)
Index("ix_corrections_story", corrections.c.story_id)

claim_index = Table(  # one row per claim of every stored analysis: pages and search query it, not the blobs
    "claim_index",
    metadata,
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", String(40), primary_key=True),
    Column("text", Text, nullable=False),
    Column("credibility", Integer, nullable=False),
    Column("independent", Integer, nullable=False),
    Column("outlets", JSON, nullable=False),
    Column("sources", JSON, nullable=False),
    Column("conflicts", Integer, nullable=False),
    Column("first_published", String(40)),
)
Index("ix_claim_index_credibility", claim_index.c.credibility)

claim_voices = Table(  # who said each claim where: one row per (claim, source, outlet), for source and outlet pages
    "claim_voices",
    metadata,
    Column("story_id", String(64), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("claim_id", String(40), nullable=False),
    Column("source_id", String(300)),
    Column("source_name", Text),
    Column("outlet", String(300)),
    Column("first", Boolean, nullable=False, default=False),  # this outlet reported the claim first
    Column("alone", Boolean, nullable=False, default=False),  # only this outlet carries the claim
    Column("certainty", String(12)),  # how this source put it there, the weakest of its mentions (a denial first)
)
Index("ix_claim_voices_source", claim_voices.c.source_id)
Index("ix_claim_voices_outlet", claim_voices.c.outlet)
Index("ix_claim_voices_claim", claim_voices.c.story_id, claim_voices.c.claim_id)
