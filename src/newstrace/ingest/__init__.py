"""Ingest: files, directories, stdin and URLs into stored `Article`s, duplicates marked, re-runs idempotent.

Articles are committed in batches of `commit_every`; a crash loses at most the open batch, and a re-run skips
what is stored (ids are stable), so it resumes where the crash left off.
"""

from __future__ import annotations

import os
import signal
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

# Test hook: SIGKILL this process after N commits, to prove a crash keeps what was committed.
_FAULT_ENV = "NEWSTRACE_FAULT_KILL_AFTER_COMMITS"


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
    index = dedup.NearDuplicateIndex(config.near_duplicate_threshold, config.minhash_permutations)
    for aid, sig in store.minhashes():
        m = dedup.from_bytes(sig, config.minhash_permutations)
        if m is not None:
            index.add(aid, m)
    pending: list[tuple[Article, str, bytes | None]] = []
    pending_hash: dict[str, str] = {}  # id -> text hash, for the open batch
    pending_by_hash: dict[str, str] = {}  # text hash -> first id, for the open batch
    repoints: list[tuple[str, str]] = []  # (stored original, earlier copy it now duplicates), for the open batch
    commits = 0
    kill_after = int(os.environ.get(_FAULT_ENV, "0") or 0)

    def fetcher(url: str, origin: str) -> tuple[str, bytes, str]:
        got = fetch_url(url, config, allow_private=allow_private, origin=origin)
        return got.url, got.content, got.content_type

    def flush() -> None:
        nonlocal commits
        if not pending:
            return
        with store.transaction() as conn:
            for article, h, sig in pending:
                store.insert_article(conn, article, h, sig)
            for old, new in repoints:
                store.repoint_duplicates(conn, old, new)
        pending.clear()
        repoints.clear()
        pending_hash.clear()
        pending_by_hash.clear()
        commits += 1
        if kill_after and commits >= kill_after:
            os.kill(os.getpid(), signal.SIGKILL)

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
                article = to_article(item, meta)
            except Rejected as exc:
                result.rejected.append(exc)
                continue
            h = text_hash(article.text)
            stored_hash, stored_origin = (pending_hash[article.id], "this run") if article.id in pending_hash \
                else store.article_hashes([article.id]).get(article.id, ("", ""))
            if stored_hash:
                if stored_hash == h:
                    result.unchanged += 1
                    result.ids.append(article.id)
                else:
                    result.rejected.append(Rejected("NT115", origin=item.origin, id=article.id, other=stored_origin))
                continue
            sig = dedup.signature(article.text, config.minhash_permutations)
            original = pending_by_hash.get(h) or store.first_with_hash(h)
            if original is None and sig is not None:
                original = index.find(sig)
            if original is not None and _earlier(article.published, _published_of(original, pending, store)):
                # The copy we hold was published later than this one: this one is the original.
                for held, _h, _s in pending:
                    if held.id == original or held.duplicate_of == original:
                        held.duplicate_of = article.id
                repoints.append((original, article.id))
                index.demote(original, article.id)
                result.duplicates += 1
                original = None
            if original is not None:
                article.duplicate_of = original
                result.duplicates += 1
            elif sig is not None:
                index.add(article.id, sig)
            pending.append((article, h, dedup.to_bytes(sig) if sig is not None else None))
            pending_hash[article.id] = h
            pending_by_hash.setdefault(h, article.id)
            result.added += 1
            result.ids.append(article.id)
            if len(pending) >= config.commit_every:
                flush()
    flush()
    return result


def _published_of(article_id: str, pending: list[tuple[Article, str, bytes | None]], store: Store) -> str | None:
    for article, _h, _s in pending:
        if article.id == article_id:
            return article.published
    return store.published_of(article_id)


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
