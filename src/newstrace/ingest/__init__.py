"""Ingest: files, directories, stdin and URLs into stored `Article`s, duplicates marked, re-runs idempotent.

Articles are committed in batches of `commit_every`; a crash loses at most the open batch, and a re-run skips
what is stored (ids are stable), so it resumes where the crash left off.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import Rejected
from ..model import Article
from ..store import Store
from . import dedup
from .fetch import fetch as fetch_url
from .normalize import content_id, detect_language, normalize_date, outlet_from_url, text_hash
from .readers import Record, read

__all__ = ["IngestResult", "ingest", "iter_inputs"]


@dataclass
class IngestResult:
    ids: list[str] = field(default_factory=list)  # every article the inputs hold, stored now or before
    added: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected


Input = tuple[str, str, bytes | None, dict[str, Any] | None]  # (name, origin, data or None if a URL, sidecar)


def iter_inputs(paths: list[str], config: Config) -> Iterator[Input | Rejected]:
    """Expand paths (files, directories recursively, '-' for stdin, http(s) URLs) into raw inputs."""
    for p in paths:
        if p == "-":
            yield ("stdin", "<stdin>", sys.stdin.buffer.read(), None)
        elif p.startswith(("http://", "https://")):
            yield (p, p, None, None)
        else:
            path = Path(p)
            if path.is_dir():
                files = sorted(f for f in path.rglob("*") if f.is_file() and not _hidden(f.relative_to(path)))
                sidecars = {f for f in files if f.suffix == ".json" and f.with_suffix(".txt") in files}
                for f in files:
                    if f not in sidecars:
                        yield from _file_input(f, config)
            elif path.is_file():
                yield from _file_input(path, config)
            else:
                yield Rejected("NT111", origin=p)


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _file_input(path: Path, config: Config) -> Iterator[Input | Rejected]:
    size = path.stat().st_size
    if size > config.max_input_bytes:
        yield Rejected("NT104", origin=str(path), size=size, cap=config.max_input_bytes)
        return
    sidecar = None
    side = path.with_suffix(".json")
    if path.suffix == ".txt" and side.is_file():
        import json

        try:
            sidecar = json.loads(side.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            yield Rejected("NT106", origin=str(side), detail=str(exc))
            return
        if not isinstance(sidecar, dict):
            yield Rejected("NT117", origin=str(side))
            return
    yield (path.name, str(path), path.read_bytes(), sidecar)


def ingest(
    paths: list[str],
    store: Store,
    config: Config,
    *,
    fetch: bool = False,
    allow_private: bool = False,
    meta: dict[str, Any] | None = None,
    on_item: Callable[[str], None] | None = None,
) -> IngestResult:
    """Read every input, store new articles, mark duplicates. `meta` fills fields an input left empty."""
    result = IngestResult()
    batch = _Batch(store, config, result)

    def fetcher(url: str, origin: str) -> tuple[str, bytes, str]:
        got = fetch_url(url, config, allow_private=allow_private, origin=origin)
        return got.url, got.content, got.content_type

    for raw in iter_inputs(paths, config):
        if isinstance(raw, Rejected):
            result.rejected.append(raw)
            continue
        name, origin, data, sidecar = raw
        if on_item:
            on_item(origin)
        items: Iterator[Record | Rejected]
        if data is None:  # a URL
            try:
                final, data, _ctype = fetcher(name, origin)
            except Rejected as exc:
                result.rejected.append(exc)
                continue
            items = _with_url(read(data, origin, name, fetcher if fetch else None), final)
        else:
            items = read(data, origin, name, fetcher if fetch else None, sidecar)
        for item in items:
            if isinstance(item, Rejected):
                result.rejected.append(item)
                continue
            try:
                batch.add(to_article(item, meta))
            except Rejected as exc:
                result.rejected.append(exc)
    batch.commit()
    return result


class _Batch:
    """Articles read but not yet stored: every `commit_every` of them are checked against the store in one query
    per kind (ids, texts) and stored in one transaction, so a crash loses at most the open batch."""

    def __init__(self, store: Store, config: Config, result: IngestResult) -> None:
        self.store, self.config, self.result = store, config, result
        self.index = dedup.NearDuplicateIndex(config.near_duplicate_threshold, config.minhash_permutations)
        for aid, sig in store.minhashes():
            m = dedup.from_bytes(sig, config.minhash_permutations)
            if m is not None:
                self.index.add(aid, m)
        self.open: list[Article] = []

    def add(self, article: Article) -> None:
        self.open.append(article)
        if len(self.open) >= self.config.commit_every:
            self.commit()

    def commit(self) -> None:
        if not self.open:
            return
        articles, self.open = self.open, []
        hashes = [text_hash(a.text) for a in articles]
        stored = self.store.article_hashes([a.id for a in articles])
        stored_by_hash = self.store.first_with_hashes(hashes)
        published: dict[str, str | None] = {}  # of stored originals, looked up when a duplicate has a date
        pending: dict[str, tuple[Article, str, bytes | None]] = {}  # id -> new article, this batch
        pending_by_hash: dict[str, str] = {}  # text hash -> first id, this batch
        repoints: list[tuple[str, str]] = []  # (stored original, earlier copy it now duplicates)
        for article, h in zip(articles, hashes, strict=True):
            seen_hash, seen_origin = (pending[article.id][1], "this run") if article.id in pending \
                else stored.get(article.id, ("", ""))
            if seen_hash:
                if seen_hash == h:
                    self.result.unchanged += 1
                    self.result.ids.append(article.id)
                else:
                    self.result.rejected.append(Rejected("NT115", origin=article.origin, id=article.id,
                                                         other=seen_origin))
                continue
            sig = dedup.signature(article.text, self.config.minhash_permutations)
            original = pending_by_hash.get(h) or stored_by_hash.get(h)
            if original is None and sig is not None:
                original = self.index.find(sig)
            if original is not None and article.published:
                if original in pending:
                    original_published = pending[original][0].published
                else:
                    if original not in published:
                        published.update(self.store.published([original]))
                    original_published = published.get(original)
                if _earlier(article.published, original_published):
                    # The copy we hold was published later than this one: this one is the original.
                    for held, _h, _s in pending.values():
                        if held.id == original or held.duplicate_of == original:
                            held.duplicate_of = article.id
                    repoints.append((original, article.id))
                    self.index.demote(original, article.id)
                    self.result.duplicates += 1
                    original = None
            if original is not None:
                article.duplicate_of = original
                self.result.duplicates += 1
            elif sig is not None:
                self.index.add(article.id, sig)
            pending[article.id] = (article, h, dedup.to_bytes(sig) if sig is not None else None)
            pending_by_hash.setdefault(h, article.id)
            self.result.added += 1
            self.result.ids.append(article.id)
        self.store.add_articles(list(pending.values()), repoints)


def _earlier(a: str | None, b: str | None) -> bool:
    """a is a strictly earlier publication time than b (False when either is unknown)."""
    if not a or not b:
        return False
    try:
        da, db = datetime.fromisoformat(a), datetime.fromisoformat(b)
    except ValueError:
        return False
    if (da.tzinfo is None) != (db.tzinfo is None):
        da, db = da.replace(tzinfo=UTC), db.replace(tzinfo=UTC)
    return da < db


def _with_url(items: Iterator[Record | Rejected], url: str) -> Iterator[Record | Rejected]:
    for item in items:
        if isinstance(item, Record):
            item.fields.setdefault("url", url)
        yield item


def to_article(record: Record, meta: dict[str, Any] | None = None) -> Article:
    f = {**(meta or {}), **{k: v for k, v in record.fields.items() if v not in (None, "")}}
    # The text is stored as given, so that every offset newstrace reports indexes the input itself.
    text = str(f["text"])
    if not text.strip():
        raise Rejected("NT114", origin=record.origin)
    url = f.get("url")
    outlet = f.get("outlet") or outlet_from_url(url)
    extra = dict(record.extra)
    if "_published_raw" in f:
        extra["published_raw"] = f["_published_raw"]
    published = normalize_date(f.get("published"))
    return Article(
        id=str(f["id"]) if f.get("id") not in (None, "") else content_id(text, url, outlet),
        text=text,
        outlet=str(outlet) if outlet else None,
        url=url,
        title=f.get("title"),
        byline=f.get("byline"),
        published=published,
        language=f.get("language") or detect_language(text),
        origin=record.origin,
        extra=extra,
    )
