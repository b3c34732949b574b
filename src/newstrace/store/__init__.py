"""The store: the only place with SQL. SQLite file by default (WAL, so a web reader can run during ingest);
any SQLAlchemy URL (PostgreSQL) for teams.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from ..errors import NewstraceError
from ..lexicon import CERTAINTY_RANK
from ..model import Annotations, Article, Correction, Entity, MentionRef, Story, StoryAnalysis
from . import schema
from .migrations import upgrade

__all__ = ["NewArticle", "Store", "sqlite_path", "store_url"]

NewArticle = tuple[Article, str, bytes | None]  # an article to store, its text hash and MinHash signature


def store_url(db: str) -> str:
    """A path becomes a SQLite URL; a URL is kept."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for another database, or SQLite in memory)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


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

    def __init__(self, db: str, create: bool = True) -> None:
        """`create=False` is for commands that only read: a SQLite file that is not there is an error (NT205), not
        a new empty store."""
        self.url = store_url(db)
        if not create and (path := sqlite_path(self.url)) is not None and not path.is_file():
            raise NewstraceError("NT205", path=str(path))
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

    def unassigned_article_ids(self) -> list[str]:
        """Stored articles that belong to no story (what a stream has yet to add), in ingest order."""
        a, sa = schema.articles, schema.story_articles
        with self.engine.connect() as c:
            return [r[0] for r in c.execute(select(a.c.id).outerjoin(sa, sa.c.article_id == a.c.id)
                                            .where(sa.c.article_id.is_(None)).order_by(a.c.seq))]

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

    def update_entities(self, items: Iterable[Entity]) -> None:
        """Merge these into the stored entities: unknown ones are added, known ones gain the spellings they
        lacked and keep their names (the corpus-wide pick of `save_entities`)."""
        items = {e.id: e for e in items}
        en = schema.entities
        with self.engine.begin() as c:
            known = {r.id: list(_json(r.aliases)) for chunk in _chunks(sorted(items), 500)
                     for r in c.execute(select(en.c.id, en.c.aliases).where(en.c.id.in_(chunk)))}
            grown = [{"entity_id": key, "aliases": aliases + more} for key, aliases in known.items()
                     if (more := [a for a in items[key].aliases if a not in aliases])]
            if grown:
                c.execute(update(en).where(en.c.id == bindparam("entity_id")), grown)
            if fresh := [e.to_dict() for k, e in items.items() if k not in known]:
                c.execute(en.insert(), fresh)

    def entities(self) -> dict[str, Entity]:
        with self.engine.connect() as c:
            rows = c.execute(select(schema.entities))
            return {r.id: Entity(r.id, r.name, r.type, list(_json(r.aliases))) for r in rows}

    # ---- the one writer of stories -------------------------------------------------------------------------

    def claim_writer(self, holder: str, seconds: float) -> None:
        """Take (or renew) the lease on writing this store's stories for `seconds`; NT208 when another holder's
        lease stands. A lease lapses at its time, or at once when its holder was a process of this machine that
        is gone (a `watch` killed with -9). Kept in `meta`, so both backends have it without a schema change."""
        me = json.dumps({"holder": holder, "since": _now(), "until": _later(seconds)})
        m = schema.meta
        for _attempt in range(3):  # another process may take it between our read and our write
            with self.engine.connect() as c:
                row = c.execute(select(m.c.value).where(m.c.key == "writer")).first()
            if row is None:
                try:
                    with self.engine.begin() as c:
                        c.execute(m.insert().values(key="writer", value=me))
                    return
                except SQLAlchemyError:  # taken meanwhile: read it again
                    continue
            lease = json.loads(row[0])
            if lease["holder"] == holder:
                me = json.dumps({**lease, "until": _later(seconds)})
            elif not _lapsed(lease):
                raise NewstraceError("NT208", url=self.url, holder=lease["holder"], since=lease["since"],
                                     until=lease["until"])
            with self.engine.begin() as c:  # compare and swap: only if the lease is still the one we read
                if c.execute(update(m).where(m.c.key == "writer", m.c.value == row[0]).values(value=me)).rowcount:
                    return
        raise NewstraceError("NT204", url=self.url, detail="the writer's lease kept changing hands")

    def release_writer(self, holder: str) -> None:
        """Give the lease back if this holder has it."""
        m = schema.meta
        with self.engine.begin() as c:
            row = c.execute(select(m.c.value).where(m.c.key == "writer")).first()
            if row is not None and json.loads(row[0])["holder"] == holder:
                c.execute(delete(m).where(m.c.key == "writer", m.c.value == row[0]))

    # ---- stories --------------------------------------------------------------------------------------------

    def save_stories(self, items: Iterable[Story], scores: dict[str, float] | None = None) -> None:
        """Replace the stories and their memberships with these. Stories that stay keep their stored analyses
        (which know when they are stale); stories that are gone take theirs with them."""
        items = list(items)
        st = schema.stories
        with self.engine.begin() as c:
            c.execute(delete(schema.story_articles))
            old = {r[0] for r in c.execute(select(st.c.id))}
            new = {s.id for s in items}
            for chunk in _chunks(sorted(old - new), 500):
                c.execute(delete(st).where(st.c.id.in_(chunk)))
            _write_stories(c, items, scores or {}, old)

    def update_stories(self, items: Iterable[Story], scores: dict[str, float] | None = None) -> None:
        """Write these stories and their memberships (new ones added, stored ones replaced), leaving every other
        story as it is: how a stream adds to the stored grouping. An article moves to the story that names it."""
        items = list(items)
        if not items:
            return
        scores = dict(scores or {})
        st, sa = schema.stories, schema.story_articles
        ids = [s.id for s in items]
        members = [a for s in items for a in s.articles]
        with self.engine.begin() as c:
            for chunk in _chunks(members, 500):  # an article's score stands unless a new one is given
                for r in c.execute(select(sa.c.article_id, sa.c.score).where(sa.c.article_id.in_(chunk))):
                    scores.setdefault(r.article_id, r.score)
            for chunk in _chunks(ids, 500):
                c.execute(delete(sa).where(sa.c.story_id.in_(chunk)))
            for chunk in _chunks(members, 500):
                c.execute(delete(sa).where(sa.c.article_id.in_(chunk)))
            old = {r[0] for chunk in _chunks(ids, 500) for r in c.execute(select(st.c.id).where(st.c.id.in_(chunk)))}
            _write_stories(c, items, scores, old)

    def stories(self, last_seen: tuple[str, str] | None = None) -> list[Story]:
        """Every story, or those last seen within (first, last) inclusive, ISO dates (an indexed query)."""
        st, sa, ar = schema.stories, schema.story_articles, schema.articles
        with self.engine.connect() as c:
            query = select(st).order_by(st.c.first_seen, st.c.id)
            wanted = select(sa.c.story_id, sa.c.article_id).join(ar, ar.c.id == sa.c.article_id)
            if last_seen is not None:
                within = st.c.last_seen.between(last_seen[0], last_seen[1] + "\uffff")
                query = query.where(within)
                wanted = wanted.join(st, st.c.id == sa.c.story_id).where(within)
            members: dict[str, list[str]] = {}
            for r in c.execute(wanted.order_by(ar.c.seq)):
                members.setdefault(r.story_id, []).append(r.article_id)
            rows = c.execute(query)
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
        """Store a story's analysis, and index its claims and who said them for the pages and search."""
        sid = analysis.story
        conflicted: dict[str, int] = {}
        for k in analysis.conflicts:
            for cid in k.claims:
                conflicted[cid] = conflicted.get(cid, 0) + 1
        names = {x.id: x.name for x in analysis.sources}
        claims = [{"story_id": sid, "claim_id": c.id, "text": c.text, "credibility": c.credibility,
                   "independent": c.independent_sources, "outlets": c.outlets, "sources": c.sources,
                   "conflicts": conflicted.get(c.id, 0), "first_published": c.first.published if c.first else None}
                  for c in analysis.claims]
        voices = []
        for c in analysis.claims:
            put: dict[tuple, str] = {}  # (source, outlet) -> the weakest certainty of its mentions
            for m in c.mentions:  # each source a list names with it speaks there too ("Norway, Sweden, ...")
                for src in m.named_together or [m.source]:
                    key = (src, m.outlet or m.article)
                    put[key] = max(put.get(key, m.certainty), m.certainty, key=CERTAINTY_RANK.__getitem__)
            voices += [{"story_id": sid, "claim_id": c.id, "source_id": src,
                        "source_name": names.get(src, src) if src else None, "outlet": outlet,
                        "first": bool(c.first and c.first.outlet == outlet), "alone": len(c.outlets) == 1,
                        "certainty": certainty} for (src, outlet), certainty in put.items()]
        with self.engine.begin() as c:
            for table in (schema.analyses, schema.claim_index, schema.claim_voices):
                c.execute(delete(table).where(table.c.story_id == sid))
            c.execute(schema.analyses.insert().values(story_id=sid, signature=signature,
                                                      format=schema.ANALYSIS_FORMAT, data=analysis.to_dict(),
                                                      created_at=_now()))
            if claims:
                c.execute(schema.claim_index.insert(), claims)
            if voices:
                c.execute(schema.claim_voices.insert(), voices)

    def analysis(self, story_id: str, signature: str | None = None) -> StoryAnalysis | None:
        """The stored analysis of a story (only if made from the same inputs, when a signature is given). One
        stored in an older format is not read: `analyze` makes it again."""
        with self.engine.connect() as c:
            row = c.execute(select(schema.analyses).where(schema.analyses.c.story_id == story_id)).first()
        if row is None or row.format != schema.ANALYSIS_FORMAT or (signature is not None and
                                                                    row.signature != signature):
            return None
        return StoryAnalysis.from_dict(_json(row.data))


    def analysis_version(self, story_id: str) -> str | None:
        """What identifies the stored analysis of a story (it changes whenever the analysis is made again), for
        caches of what is drawn from it; None when there is none."""
        return self.analysis_versions([story_id]).get(story_id)

    def analysis_versions(self, story_ids: Iterable[str] | None = None) -> dict[str, str]:
        """`analysis_version` of these stories (all when None) in one query a chunk; stories without one are left
        out."""
        a = schema.analyses
        cols = select(a.c.story_id, a.c.signature, a.c.created_at, a.c.format)
        with self.engine.connect() as c:
            if story_ids is None:
                rows = list(c.execute(cols))
            else:
                rows = [r for chunk in _chunks(sorted(set(story_ids)), 500)
                        for r in c.execute(cols.where(a.c.story_id.in_(chunk)))]
        return {r.story_id: f"{r.signature}/{r.created_at}/{r.format}" for r in rows}

    # ---- corrections ----------------------------------------------------------------------------------------

    def corrections(self, story_id: str | None = None, undone: bool = False) -> list[Correction]:
        """Corrections of one story (or all), oldest first; undone ones only when asked."""
        t = schema.corrections
        query = select(t).order_by(t.c.id)
        if story_id is not None:
            query = query.where(t.c.story_id == story_id)
        if not undone:
            query = query.where(t.c.undone_at.is_(None))
        with self.engine.connect() as c:
            return [Correction(r.story_id, r.kind, [MentionRef.from_dict(x) for x in _json(r.mentions)], r.value,
                               r.note, r.author, r.created_at, r.id, r.undone_at) for r in c.execute(query)]

    def add_correction(self, correction: Correction) -> int:
        with self.engine.begin() as c:
            result = c.execute(schema.corrections.insert().values(
                story_id=correction.story, kind=correction.kind,
                mentions=[m.to_dict() for m in correction.mentions], value=correction.value, note=correction.note,
                author=correction.author, created_at=correction.created or _now()))
            return int(result.inserted_primary_key[0])

    def undo_correction(self, correction_id: int) -> Correction | None:
        """Mark a correction undone (it stays in the history); the undone correction, or None if there is none
        standing with that id."""
        t = schema.corrections
        with self.engine.begin() as c:
            done = c.execute(update(t).where(t.c.id == correction_id, t.c.undone_at.is_(None))
                             .values(undone_at=_now()))
            if not done.rowcount:
                return None
        return next(x for x in self.corrections(undone=True) if x.id == correction_id)

    # ---- pages and search -------------------------------------------------------------------------------------

    def story_summaries(self, offset: int = 0, limit: int = 50) -> tuple[list[dict[str, Any]], int]:
        """Stories with their counts (articles, outlets, claims, conflicts), newest first; and how many in all.
        The page's stories are chosen first, then only their claims are counted (the claim index's key)."""
        st, ci = schema.stories, schema.claim_index
        with self.engine.connect() as c:
            total = int(c.execute(select(func.count()).select_from(st)).scalar_one())
            page = c.execute(select(st).order_by(st.c.last_seen.desc().nulls_last(), st.c.id)
                             .offset(offset).limit(limit)).all()
            counts = {r.story_id: r for r in c.execute(
                select(ci.c.story_id, func.count().label("claims"), func.sum(ci.c.conflicts).label("conflicts"),
                       func.sum(case((ci.c.credibility == 1, 1), else_=0)).label("confirmed"))
                .where(ci.c.story_id.in_([r.id for r in page])).group_by(ci.c.story_id))}
        rows = []
        for r in page:
            n = counts.get(r.id)
            rows.append({"id": r.id, "title": r.title, "articles": r.size, "outlets": list(_json(r.outlets)),
                         "first_seen": r.first_seen, "last_seen": r.last_seen,
                         "claims": int(n.claims or 0) if n else 0, "conflicts": int(n.conflicts or 0) if n else 0,
                         "confirmed": int(n.confirmed or 0) if n else 0})
        return rows, total

    def voices(self, source_id: str | None = None, outlet: str | None = None, offset: int = 0, limit: int = 50
               ) -> tuple[list[dict[str, Any]], int]:
        """The claims one source made, or one outlet carried, across stories (with story title and grade);
        and how many in all."""
        v, ci, st = schema.claim_voices, schema.claim_index, schema.stories
        where = [v.c.source_id == source_id] if source_id is not None else [v.c.outlet == outlet]
        # how the source (or the outlet's sources) put it: the weakest certainty of its voices, a denial first
        rank = case(*((v.c.certainty == name, CERTAINTY_RANK[name]) for name in CERTAINTY_RANK), else_=-1)
        keys = select(v.c.story_id, v.c.claim_id, func.max(case((v.c.first, 1), else_=0)).label("first"),
                      func.max(case((v.c.alone, 1), else_=0)).label("alone"), func.max(rank).label("put")
                      ).where(*where).group_by(v.c.story_id, v.c.claim_id).subquery()
        query = (select(ci, st.c.title.label("story_title"), keys.c.first, keys.c.alone, keys.c.put)
                 .join(keys, (keys.c.story_id == ci.c.story_id) & (keys.c.claim_id == ci.c.claim_id))
                 .join(st, st.c.id == ci.c.story_id)
                 .order_by(ci.c.first_published.desc().nulls_last(), ci.c.story_id, ci.c.claim_id)
                 .offset(offset).limit(limit))
        put_as = {n: name for name, n in CERTAINTY_RANK.items()}
        with self.engine.connect() as c:
            total = int(c.execute(select(func.count()).select_from(keys)).scalar_one())
            rows = [{"story": r.story_id, "story_title": r.story_title, "claim": r.claim_id, "text": r.text,
                     "credibility": r.credibility, "independent": r.independent, "outlets": list(_json(r.outlets)),
                     "sources": list(_json(r.sources)), "conflicts": r.conflicts, "first": bool(r.first),
                     "alone": bool(r.alone), "first_published": r.first_published,
                     "certainty": put_as.get(r.put)}
                    for r in c.execute(query)]
        return rows, total

    def outlet_counts(self, outlet: str) -> dict[str, int]:
        """How many claims an outlet carried, carried alone, and reported first."""
        v = schema.claim_voices
        per_claim = (select(v.c.story_id, v.c.claim_id, func.max(case((v.c.first, 1), else_=0)).label("first"),
                            func.max(case((v.c.alone, 1), else_=0)).label("alone"))
                     .where(v.c.outlet == outlet).group_by(v.c.story_id, v.c.claim_id).subquery())
        with self.engine.connect() as c:
            r = c.execute(select(func.count(), func.sum(per_claim.c.alone), func.sum(per_claim.c.first))).one()
        return {"carried": int(r[0] or 0), "alone": int(r[1] or 0), "first": int(r[2] or 0)}

    def source_name(self, source_id: str) -> str | None:
        v = schema.claim_voices
        with self.engine.connect() as c:
            return c.execute(select(v.c.source_name).where(v.c.source_id == source_id).limit(1)).scalar()

    def search(self, words: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
        """Stories whose title (or an article's), claims whose text, and sources and outlets whose name hold these words (each
        word, in any case)."""
        terms = [w for w in words.split() if w][:8]
        if not terms:
            return {"stories": [], "claims": [], "sources": [], "outlets": []}
        st, ci, v = schema.stories, schema.claim_index, schema.claim_voices

        def like(col):
            return [func.lower(col).contains(t.lower(), autoescape=True) for t in terms]

        with self.engine.connect() as c:
            sa, art = schema.story_articles, schema.articles
            titled = select(sa.c.story_id).join(art, art.c.id == sa.c.article_id).where(*like(art.c.title))
            stories = [{"id": r.id, "title": r.title} for r in  # its title, or one of its articles' titles
                       c.execute(select(st.c.id, st.c.title).where(or_(and_(*like(st.c.title)), st.c.id.in_(titled)))
                                 .order_by(st.c.last_seen.desc().nulls_last()).limit(limit))]
            claims = [{"story": r.story_id, "claim": r.claim_id, "text": r.text, "credibility": r.credibility}
                      for r in c.execute(select(ci.c.story_id, ci.c.claim_id, ci.c.text, ci.c.credibility)
                                         .where(*like(ci.c.text)).limit(limit))]
            sources = [{"id": r.source_id, "name": r.source_name, "claims": r.n} for r in c.execute(
                select(v.c.source_id, v.c.source_name, func.count().label("n")).where(
                    v.c.source_id.is_not(None), *like(v.c.source_name)).group_by(v.c.source_id, v.c.source_name)
                .order_by(func.count().desc()).limit(limit))]
            outlets = [{"name": r.outlet, "claims": r.n} for r in c.execute(
                select(v.c.outlet, func.count().label("n")).where(*like(v.c.outlet)).group_by(v.c.outlet)
                .order_by(func.count().desc()).limit(limit))]
        return {"stories": stories, "claims": claims, "sources": sources, "outlets": outlets}

def _later(seconds: float) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat(timespec="seconds")


def _lapsed(lease: dict[str, str]) -> bool:
    """A lease is over at its time, or when its holder ("pid@host") was a process of this machine that is gone."""
    if datetime.fromisoformat(lease["until"]) < datetime.now(UTC):
        return True
    pid, _, host = lease["holder"].partition("@")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        return False
    return False


def _write_stories(c: Connection, items: list[Story], scores: dict[str, float], old: set[str]) -> None:
    """The rows of these stories (updated where `old` holds the id, else inserted) and their memberships."""
    st, now = schema.stories, _now()
    rows = [{"id": s.id, "title": s.title, "first_seen": s.first_seen, "last_seen": s.last_seen,
             "outlets": s.outlets, "size": len(s.articles), "updated_at": now} for s in items]
    if stay := [{**{k: v for k, v in r.items() if k != "id"}, "story_id": r["id"]} for r in rows if r["id"] in old]:
        c.execute(update(st).where(st.c.id == bindparam("story_id")), stay)  # one statement, many rows
    if fresh := [r for r in rows if r["id"] not in old]:
        c.execute(st.insert(), fresh)
    if items:
        c.execute(schema.story_articles.insert(), [{"article_id": a, "story_id": s.id, "score": scores.get(a)}
                                                   for s in items for a in s.articles])


def _chunks(items: list, n: int) -> Iterator[list]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _json(value: Any) -> Any:
    # Some drivers hand JSON back as text.
    return json.loads(value) if isinstance(value, str | bytes) else value
