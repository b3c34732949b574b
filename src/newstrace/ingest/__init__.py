"""Ingest: files, directories, stdin and URLs into stored `Article`s, duplicates marked, re-runs idempotent.

Articles are committed in batches of `commit_every`; a crash loses at most the open batch, and a re-run skips
what is stored (ids are stable), so it resumes where the crash left off.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import language
from ..config import Config
from ..errors import NewstraceError, Rejected
from ..model import Article
from ..store import Store
from . import dedup
from .clean import check_text, json_safe
from .fetch import fetch as fetch_url
from .normalize import content_id, normalize_date, outlet_from_url, text_hash
from .readers import Record, read

__all__ = ["IngestResult", "check_inputs", "ingest", "iter_inputs"]
log = logging.getLogger(__name__)


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
    """Expand paths (files, directories recursively, '-' for stdin, http(s) URLs) into raw inputs. Inside a
    directory, symbolic links that lead out of it are not followed (a link to /etc/passwd is not an article)."""
    for p in paths:
        if p == "-":
            yield ("stdin", "<stdin>", sys.stdin.buffer.read(), None)
        elif p.startswith(("http://", "https://")):
            yield (p, p, None, None)
        else:
            path = Path(p)
            try:
                if path.is_dir():
                    yield from _dir_inputs(path, config)
                elif path.is_file():
                    yield from _file_input(path, config)
                else:
                    yield Rejected("NT111", origin=_name(path))
            except OSError as exc:  # a folder that cannot be listed, a path the OS refuses
                yield Rejected("NT121", origin=_name(path), detail=exc.strerror or str(exc))


def check_inputs(paths: list[str]) -> None:
    """NT126 when no input can give an article (every path is missing or an empty folder), before anything is
    opened or written: a mistyped path is an error, not an empty report."""
    problems = []
    for p in paths:
        if p == "-" or p.startswith(("http://", "https://")):
            return
        path = Path(p)
        try:
            if path.is_file():
                return
            if path.is_dir():
                if any(f.is_file() and not _hidden(f.relative_to(path)) for f in path.rglob("*")):
                    return
                problems.append(f"{_name(path)} is a folder with no files")
            else:
                problems.append(f"{_name(path)}: no such file or directory")
        except OSError as exc:
            problems.append(f"{_name(path)}: {exc.strerror or exc}")
    raise NewstraceError("NT126", problems="; ".join(problems) or "no inputs were given")


def _dir_inputs(folder: Path, config: Config) -> Iterator[Input | Rejected]:
    root = folder.resolve()
    files = []
    for f in sorted(folder.rglob("*")):
        if _hidden(f.relative_to(folder)):
            continue
        if f.is_symlink() or any(parent.is_symlink() for parent in f.relative_to(folder).parents if parent.parts):
            target = f.resolve()
            if not target.is_relative_to(root):
                yield Rejected("NT122", origin=_name(f), target=_name(target))
                continue
        if f.is_file():
            files.append(f)
    sidecars = {f for f in files if f.suffix == ".json" and f.with_suffix(".txt") in files}
    for f in files:
        if f not in sidecars:
            yield from _file_input(f, config)


def _name(path: Path) -> str:
    """A path as text that can be printed and stored: bytes that are not UTF-8 shown as \\xNN."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _file_input(path: Path, config: Config) -> Iterator[Input | Rejected]:
    origin = _name(path)
    try:
        size = path.stat().st_size
        if size > config.max_input_bytes:
            yield Rejected("NT104", origin=origin, size=size, cap=config.max_input_bytes)
            return
        with path.open("rb") as fh:  # read at most one byte over the cap: /proc files report size 0
            data = fh.read(config.max_input_bytes + 1)
    except OSError as exc:
        yield Rejected("NT121", origin=origin, detail=exc.strerror or str(exc))
        return
    if len(data) > config.max_input_bytes:
        yield Rejected("NT104", origin=origin, size=f"more than {config.max_input_bytes}", cap=config.max_input_bytes)
        return
    sidecar = None
    side = path.with_suffix(".json")
    if path.suffix == ".txt" and side.is_file():
        import json

        try:
            sidecar = json.loads(side.read_text("utf-8"))
        except RecursionError:
            yield Rejected("NT123", origin=_name(side), what="the JSON", detail="deeper than Python reads")
            return
        except (OSError, ValueError) as exc:
            yield Rejected("NT106", origin=_name(side), detail=str(exc))
            return
        if not isinstance(sidecar, dict):
            yield Rejected("NT117", origin=_name(side))
            return
    yield (_name(Path(path.name)), origin, data, sidecar)


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
        where = origin  # the input, or the record of it being read, for a rejection of the unexpected
        try:
            items: Iterator[Record | Rejected]
            if data is None:  # a URL
                final, data, _ctype = fetcher(name, origin)
                items = _with_url(_read(data, origin, name, fetcher if fetch else None, None, config), final)
            else:
                items = _read(data, origin, name, fetcher if fetch else None, sidecar, config)
            for item in items:
                if isinstance(item, Rejected):
                    result.rejected.append(item)
                    continue
                where = item.origin
                try:
                    batch.add(to_article(item, meta))
                except Rejected as exc:
                    result.rejected.append(exc)
                where = origin
        except Rejected as exc:
            result.rejected.append(exc)
        except Exception as exc:  # anything else: this input is rejected, the batch goes on
            log.debug("ingest of %s failed", where, exc_info=True)
            result.rejected.append(Rejected("NT119", origin=where, detail=f"{exc.__class__.__name__}: {exc}"[:300]))
    batch.commit()
    return result


def _read(data: bytes, origin: str, name: str, fetcher, sidecar, config: Config) -> Iterator[Record | Rejected]:
    return read(data, origin, name, fetcher, sidecar, max_bytes=config.max_input_bytes,
                max_html_elements=config.max_html_elements)


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
        self._store(list(pending.values()), repoints)

    def _store(self, items: list[tuple[Article, str, bytes | None]], repoints: list[tuple[str, str]]) -> None:
        """One transaction for the batch; should the store refuse it, one per article, so that only the article
        it refuses is lost (and named)."""
        try:
            self.store.add_articles(items, repoints)
            return
        except NewstraceError as exc:
            if len(items) <= 1:
                raise
            log.debug("batch insert failed (%s); storing one by one", exc)
        for item in items:
            try:
                self.store.add_articles([item], [r for r in repoints if r[1] == item[0].id])
            except NewstraceError as exc:
                article, h = item[0], item[1]
                self.result.added -= 1
                # another process may have stored this id meanwhile (two ingests at once on one database)
                there = self.store.article_hashes([article.id]).get(article.id)
                if there is not None and there[0] == h:
                    self.result.unchanged += 1
                    continue
                self.result.ids.remove(article.id)
                self.result.rejected.append(
                    Rejected("NT115", origin=article.origin, id=article.id, other=there[1]) if there is not None
                    else Rejected("NT119", origin=article.origin or article.id, detail=str(exc)))


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
    """The article a record gives, its fields checked (valid text, extra fields JSON can hold), or a rejection."""
    f = {**(meta or {}), **{k: v for k, v in record.fields.items() if v not in (None, "")}}
    origin = record.origin
    for key in ("id", "title", "outlet", "url", "byline", "language", "published"):
        if f.get(key) is not None and not isinstance(f[key], str):
            f[key] = str(json_safe(f[key], origin, key))
        if isinstance(f.get(key), str):
            check_text(f[key], key, origin)
    # The text is stored as given, so that every offset newstrace reports indexes the input itself.
    text = check_text(str(f["text"]), "text", origin)
    if not text.strip():
        raise Rejected("NT114", origin=record.origin)
    url = f.get("url")
    outlet = f.get("outlet") or outlet_from_url(url)
    extra = json_safe(dict(record.extra), origin)
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
        language=f.get("language") or language.detect(text),
        origin=record.origin,
        extra=extra,
    )
