"""Versioned schema: a new file gets the latest schema at once; an older one is walked up step by step.

A migration is `(version, function(connection))`; append one whenever `schema.py` changes and bump
SCHEMA_VERSION. Each runs in the same transaction as the version bump, so a crash leaves the old version.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, select, text

from . import schema

Migration = tuple[int, Callable[[Connection], None]]


def _add_vectors(conn: Connection) -> None:
    schema.vectors.create(conn, checkfirst=True)


def _add_analysis_format(conn: Connection) -> None:
    """Analyses became typed objects: rows written before say format 1 and are made again by `analyze`."""
    conn.execute(text("ALTER TABLE analyses ADD COLUMN format INTEGER NOT NULL DEFAULT 1"))


def _add_corrections_and_indexes(conn: Connection) -> None:
    """Corrections, and the claim index pages and search read; stored analyses are indexed again when
    `analyze` makes them anew (their format changed with this version)."""
    for table in (schema.corrections, schema.claim_index, schema.claim_voices):
        table.create(conn, checkfirst=True)


def _index_stories_by_date(conn: Connection) -> None:
    """The story index is read newest first, a page at a time."""
    schema.ix_stories_last_seen.create(conn, checkfirst=True)


def _add_voice_certainty(conn: Connection) -> None:
    """How each source put a claim, for its page (a store that made the table at version 4 just now has it);
    voices indexed before are filled when `analyze` makes their story's analysis again."""
    if "certainty" not in {c["name"] for c in inspect(conn).get_columns("claim_voices")}:
        conn.execute(text("ALTER TABLE claim_voices ADD COLUMN certainty VARCHAR(12)"))


# Version 1 is the first released schema; each later step brings a store one version up.
MIGRATIONS: list[Migration] = [(2, _add_vectors), (3, _add_analysis_format), (4, _add_corrections_and_indexes),
                               (5, _index_stories_by_date), (6, _add_voice_certainty)]


def current_version(conn: Connection) -> int | None:
    if not inspect(conn).has_table("meta"):
        return None
    row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
    return int(row[0]) if row else None


def upgrade(conn: Connection) -> int:
    """Bring the store to SCHEMA_VERSION; returns the version found before (0 for a new store)."""
    found = current_version(conn)
    if found is None:
        schema.metadata.create_all(conn)
        _set_version(conn, schema.SCHEMA_VERSION)
        return 0
    for version, step in MIGRATIONS:
        if found < version <= schema.SCHEMA_VERSION:
            step(conn)
            _set_version(conn, version)
    return found


def _set_version(conn: Connection, version: int) -> None:
    conn.execute(schema.meta.delete().where(schema.meta.c.key == "schema_version"))
    conn.execute(schema.meta.insert().values(key="schema_version", value=str(version)))
