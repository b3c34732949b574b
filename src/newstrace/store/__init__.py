"""The store: the only place with SQL. SQLite file by default (WAL, so a web reader can run during ingest);
any SQLAlchemy URL (PostgreSQL) for teams.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from ..errors import NewstraceError
from ..model import Annotations, Article, Entity, Story, StoryAnalysis
from . import schema
from .migrations import upgrade

__all__ = ["NewArticle", "Store", "store_url"]

NewArticle = tuple[Article, str, bytes | None]  # an article to store, its text hash and MinHash signature


def store_url(db: str) -> str:
    """A path becomes a SQLite URL; a URL is kept."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


_ARTICLE_FIELDS = ("id", "outlet", "url", "title", "byline", "published", "published_estimated", "language", "text",
                   "duplicate_of", "origin", "extra")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


class Store:
    """Articles, annotations, entities, stories and story analyses behind one interface."""

    def __init__(self, db: str) -> None:
        self.url = store_url(db)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            with self.engine.begin() as conn:
                found = upgrade(conn)
        except SQLAlchemyError as exc:
            raise NewstraceError("NT201", url=self.url, detail=exc.__class__.__name__ + ": " + str(exc)) from exc
        if found > schema.SCHEMA_VERSION:
            raise NewstraceError("NT202", url=self.url, found=found, known=schema.SCHEMA_VERSION)

    def close(self) -> None:
        self.engine.dispose()

    # ---- articles -------------------------------------------------------------------------------------------

    def article_hashes(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """id -> (text_hash, origin) for those ids that are stored."""
        with self.engine.connect() as c:
            return self._article_hashes(c, list(ids))

    @staticmethod
    def _article_hashes(c: Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
        a = schema.articles.c
        out: dict[str, tuple[str, str]] = {}
        for chunk in _chunks(ids, 500):
            rows = c.execute(select(a.id, a.text_hash, a.origin).where(a.id.in_(chunk)))
            out.update({r.id: (r.text_hash, r.origin or "") for r in rows})
        return out

    def first_with_hashes(self, hashes: Iterable[str]) -> dict[str, str]:
        """text hash -> id of the first stored article with that text, for those hashes that are stored."""
        a = schema.articles.c
        out: dict[str, str] = {}
        with self.engine.connect() as c:
            for chunk in _chunks(sorted(set(hashes)), 500):
                for r in c.execute(select(a.text_hash, a.id).where(a.text_hash.in_(chunk)).order_by(a.seq)):
                    out.setdefault(r.text_hash, r.id)
        return out

    def published(self, ids: Iterable[str]) -> dict[str, str | None]:
        """id -> publication time, for those ids that are stored."""
        a = schema.articles.c
        out: dict[str, str | None] = {}
        with self.engine.connect() as c:
            for chunk in _chunks(sorted(set(ids)), 500):
                out.update({r.id: r.published for r in c.execute(select(a.id, a.published).where(a.id.in_(chunk)))})
        return out

    def add_articles(self, items: list[NewArticle], repoints: Iterable[tuple[str, str]] = ()) -> None:
        """Store new articles in one transaction (one statement for all of them). `repoints` are (old, new):
        `old` turned out to copy `new`, so it and its duplicates now point at `new`."""
        now = _now()
        rows = [{**{k: getattr(article, k) for k in _ARTICLE_FIELDS}, "text_hash": h, "minhash": sig,
                 "ingested_at": now} for article, h, sig in items]
        a = schema.articles.c
        try:
            with self.engine.begin() as c:
                if rows:
                    c.execute(insert(schema.articles), rows)
                for old, new in repoints:
                    c.execute(update(schema.articles).where((a.id == old) | (a.duplicate_of == old))
                              .values(duplicate_of=new))
        except (SQLAlchemyError, ValueError, TypeError) as exc:  # a row the database refuses: nothing written
            raise NewstraceError("NT204", url=self.url, detail=f"{exc.__class__.__name__}: {exc}"[:300]) from exc

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        """(id, signature) of every stored article that is not itself a duplicate, in ingest order."""
        with self.engine.connect() as c:
            rows = c.execute(
                select(schema.articles.c.id, schema.articles.c.minhash)
                .where(schema.articles.c.minhash.is_not(None), schema.articles.c.duplicate_of.is_(None))
                .order_by(schema.articles.c.seq)
            )
            yield from ((r.id, r.minhash) for r in rows)

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Stored articles in ingest order (all, or those ids)."""
        cols = [c for c in schema.articles.c if c.name not in ("text_hash", "minhash", "ingested_at")]
        query = select(*cols).order_by(schema.articles.c.seq)
        with self.engine.connect() as c:
            if ids is None:
                rows = list(c.execute(query))
            else:
                rows = []
                for chunk in _chunks(list(ids), 500):
                    rows.extend(c.execute(query.where(schema.articles.c.id.in_(chunk))))
                rows.sort(key=lambda r: r.seq)
        return [Article.from_dict(dict(r._mapping)) for r in rows]

    def article_ids(self) -> list[str]:
        with self.engine.connect() as c:
            return [r[0] for r in c.execute(select(schema.articles.c.id).order_by(schema.articles.c.seq))]

    def count_articles(self) -> int:
        with self.engine.connect() as c:
            return int(c.execute(select(func.count()).select_from(schema.articles)).scalar_one())

    def set_published(self, article_id: str, published: str, estimated: bool) -> None:
        with self.engine.begin() as c:
            c.execute(
                update(schema.articles)
                .where(schema.articles.c.id == article_id)
                .values(published=published, published_estimated=estimated)
            )

    # ---- annotations ----------------------------------------------------------------------------------------

    def annotations(self, ids: Iterable[str], version: str) -> dict[str, Annotations]:
        """Fresh annotations by article id: made by this annotator version over the article's current text."""
        out: dict[str, Annotations] = {}
        a, n = schema.articles, schema.annotations
        with self.engine.connect() as c:
            for chunk in _chunks(list(ids), 500):
                rows = c.execute(
                    select(n.c.article_id, n.c.data)
                    .join(a, a.c.id == n.c.article_id)
                    .where(n.c.article_id.in_(chunk), n.c.version == version, n.c.text_hash == a.c.text_hash)
                )
                out.update({r.article_id: Annotations.from_dict(_json(r.data)) for r in rows})
        return out

    def save_annotations(self, items: Iterable[Annotations], version: str) -> None:
        items = list(items)
        if not items:
            return
        with self.engine.begin() as c:
            hashes = {k: v[0] for k, v in self._article_hashes(c, [i.article_id for i in items]).items()}
            c.execute(delete(schema.annotations).where(schema.annotations.c.article_id.in_(list(hashes))))
            c.execute(
                schema.annotations.insert(),
                [
                    {"article_id": i.article_id, "text_hash": hashes[i.article_id], "version": version,
                     "data": i.to_dict()}
                    for i in items
                    if i.article_id in hashes
                ],
            )

    # ---- vectors --------------------------------------------------------------------------------------------

    def vectors(self, ids: Iterable[str], model: str) -> dict[str, bytes]:
        """Stored embeddings of these articles by this model, where the text has not changed since."""
        v, a = schema.vectors, schema.articles
        out: dict[str, bytes] = {}
        with self.engine.connect() as c:
            for chunk in _chunks(list(ids), 500):
                rows = c.execute(select(v.c.article_id, v.c.data).join(a, a.c.id == v.c.article_id).where(
                    v.c.article_id.in_(chunk), v.c.model == model, v.c.text_hash == a.c.text_hash))
                out.update({r.article_id: r.data for r in rows})
        return out

    def save_vectors(self, items: dict[str, bytes], model: str) -> None:
        if not items:
            return
        with self.engine.begin() as c:
            hashes = {k: v[0] for k, v in self._article_hashes(c, list(items)).items()}
            c.execute(delete(schema.vectors).where(schema.vectors.c.article_id.in_(list(hashes)),
                                                   schema.vectors.c.model == model))
            c.execute(schema.vectors.insert(), [{"article_id": k, "model": model, "text_hash": hashes[k], "data": d}
                                                for k, d in items.items() if k in hashes])

    # ---- entities -------------------------------------------------------------------------------------------

    def save_entities(self, items: Iterable[Entity]) -> None:
        items = list(items)
        with self.engine.begin() as c:
            c.execute(delete(schema.entities))
            if items:
                c.execute(schema.entities.insert(), [e.to_dict() for e in items])

    def entities(self) -> dict[str, Entity]:
        with self.engine.connect() as c:
            rows = c.execute(select(schema.entities))
            return {r.id: Entity(r.id, r.name, r.type, list(_json(r.aliases))) for r in rows}

    # ---- stories --------------------------------------------------------------------------------------------

    def save_stories(self, items: Iterable[Story], scores: dict[str, float] | None = None) -> None:
        """Replace the stories and their memberships with these."""
        items = list(items)
        scores = scores or {}
        now = _now()
        with self.engine.begin() as c:
            c.execute(delete(schema.story_articles))
            c.execute(delete(schema.stories))
            if not items:
                return
            c.execute(
                schema.stories.insert(),
                [
                    {"id": s.id, "title": s.title, "first_seen": s.first_seen, "last_seen": s.last_seen,
                     "outlets": s.outlets, "size": len(s.articles), "updated_at": now}
                    for s in items
                ],
            )
            c.execute(
                schema.story_articles.insert(),
                [{"article_id": a, "story_id": s.id, "score": scores.get(a)} for s in items for a in s.articles],
            )

    def stories(self) -> list[Story]:
        st, sa, ar = schema.stories, schema.story_articles, schema.articles
        with self.engine.connect() as c:
            members: dict[str, list[str]] = {}
            for r in c.execute(select(sa.c.story_id, sa.c.article_id).join(ar, ar.c.id == sa.c.article_id)
                               .order_by(ar.c.seq)):
                members.setdefault(r.story_id, []).append(r.article_id)
            rows = c.execute(select(st).order_by(st.c.first_seen, st.c.id))
            return [
                Story(r.id, r.title, members.get(r.id, []), list(_json(r.outlets)), r.first_seen, r.last_seen)
                for r in rows
            ]

    def story(self, story_id: str) -> Story:
        """One story by id (NT203 if there is none)."""
        st, sa, ar = schema.stories, schema.story_articles, schema.articles
        with self.engine.connect() as c:
            row = c.execute(select(st).where(st.c.id == story_id)).first()
            if row is None:
                raise NewstraceError("NT203", story=story_id, url=self.url)
            members = [r[0] for r in c.execute(select(sa.c.article_id).join(ar, ar.c.id == sa.c.article_id)
                                               .where(sa.c.story_id == story_id).order_by(ar.c.seq))]
        return Story(row.id, row.title, members, list(_json(row.outlets)), row.first_seen, row.last_seen)

    def story_of(self, article_id: str) -> str | None:
        """The id of the story holding this article, if any."""
        sa = schema.story_articles.c
        with self.engine.connect() as c:
            return c.execute(select(sa.story_id).where(sa.article_id == article_id)).scalar()

    # ---- analyses -------------------------------------------------------------------------------------------

    def save_analysis(self, signature: str, analysis: StoryAnalysis) -> None:
        with self.engine.begin() as c:
            c.execute(delete(schema.analyses).where(schema.analyses.c.story_id == analysis.story))
            c.execute(schema.analyses.insert().values(story_id=analysis.story, signature=signature,
                                                      format=schema.ANALYSIS_FORMAT, data=analysis.to_dict(),
                                                      created_at=_now()))

    def analysis(self, story_id: str, signature: str | None = None) -> StoryAnalysis | None:
        """The stored analysis of a story (only if made from the same inputs, when a signature is given). One
        stored in an older format is not read: `analyze` makes it again."""
        with self.engine.connect() as c:
            row = c.execute(select(schema.analyses).where(schema.analyses.c.story_id == story_id)).first()
        if row is None or row.format != schema.ANALYSIS_FORMAT or (signature is not None and
                                                                    row.signature != signature):
            return None
        return StoryAnalysis.from_dict(_json(row.data))


def _chunks(items: list, n: int) -> Iterator[list]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _json(value: Any) -> Any:
    # Some drivers hand JSON back as text.
    return json.loads(value) if isinstance(value, str | bytes) else value
