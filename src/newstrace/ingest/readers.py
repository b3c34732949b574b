"""Format readers: bytes in, records (a dict of article fields plus where it came from) out.

Each reader is a generator that yields `Record`s and, for a part it cannot read, `Rejected` errors, so that
one malformed line or WARC record costs that part only. Formats are sniffed from the content; the file
extension is only a hint for content that could be several things.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import Rejected
from .normalize import normalize_date


@dataclass
class Record:
    fields: dict[str, Any]
    origin: str
    extra: dict[str, Any] = field(default_factory=dict)


Item = Record | Rejected
Fetcher = Callable[[str, str], tuple[str, bytes, str]]  # (url, origin) -> (final url, bytes, content type)

# JSON keys we map onto article fields; every other key is kept in `extra`.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "guid", "uuid"),
    "text": ("text", "body", "content", "article", "maintext"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "publisher", "sitename", "source_domain"),
    "url": ("url", "link", "canonical_url"),
    "byline": ("byline", "author", "authors"),
    "published": ("published", "date", "published_at", "date_publish", "pubdate", "publication_date"),
    "language": ("language", "lang"),
}


# ---- sniffing -----------------------------------------------------------------------------------------------

def sniff(data: bytes, name: str = "") -> str:
    """One of: warc, feed, html, json, text, binary, empty."""
    if not data.strip():
        return "empty"
    if data[:2] == b"\x1f\x8b":
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(data[:65536])).read(16)
        except (OSError, EOFError):
            head = b""
        return "warc" if head.startswith(b"WARC/") else "binary"
    if data.startswith(b"WARC/"):
        return "warc"
    if _looks_binary(data[:8192]):
        return "binary"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return "json"
    if re.search(rb"<(rss|feed|rdf:rdf)[\s>]", head) and not re.search(rb"<html[\s>]", head):
        return "feed"
    if re.search(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]", head):
        return "html"
    if head.startswith(b"<?xml") and name.lower().endswith((".rss", ".atom", ".xml")):
        return "feed"
    return "text"


def _looks_binary(chunk: bytes) -> bool:
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        return False
    if b"\x00" in chunk:
        return True
    control = sum(1 for b in chunk if b < 9 or 13 < b < 32)
    return control > len(chunk) * 0.05


def decode(data: bytes, origin: str) -> str:
    """Bytes to str: UTF-8 (with or without BOM) first, then the charset charset-normalizer detects."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise Rejected("NT103", origin=origin, detail="no character set fits")
    return str(best)


# ---- readers ------------------------------------------------------------------------------------------------

def read(data: bytes, origin: str, name: str = "", fetcher: Fetcher | None = None,
         sidecar: dict[str, Any] | None = None) -> Iterator[Item]:
    kind = sniff(data, name)
    if kind == "empty":
        yield Rejected("NT101", origin=origin)
    elif kind == "binary":
        yield Rejected("NT102", origin=origin)
    elif kind == "warc":
        yield from read_warc(data, origin)
    else:
        try:
            text = decode(data, origin)
        except Rejected as exc:
            yield exc
            return
        if kind == "json":
            yield from read_json(text, origin)
        elif kind == "feed":
            yield from read_feed(data, origin, fetcher)
        elif kind == "html":
            yield read_html(text, origin)
        else:
            yield read_text(text, origin, sidecar)


def read_text(text: str, origin: str, sidecar: dict[str, Any] | None = None) -> Item:
    fields: dict[str, Any] = {}
    if text.startswith("---\n") or text.startswith("---\r\n"):
        end = re.search(r"^---\s*$", text[4:], flags=re.M)
        if end:
            import yaml

            try:
                front = yaml.safe_load(text[4 : 4 + end.start()]) or {}
            except yaml.YAMLError as exc:
                return Rejected("NT118", origin=origin, detail=str(exc).splitlines()[0])
            if not isinstance(front, dict):
                return Rejected("NT118", origin=origin, detail="front matter is not a mapping of keys to values")
            fields.update(front)
            text = text[4 + end.end() :]
    fields.update(sidecar or {})
    fields["text"] = text
    return _record(fields, origin)


def read_json(text: str, origin: str) -> Iterator[Item]:
    """A JSON object, a JSON array of objects, or JSON Lines."""
    stripped = text.strip()
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, list):
        for i, obj in enumerate(whole):
            yield _json_record(obj, f"{origin}[{i}]")
        return
    if isinstance(whole, dict):
        yield _json_record(whole, origin if "\n" in stripped else f"{origin}:1")
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected("NT106", origin=f"{origin}:{n}", detail=exc.msg + f" at column {exc.colno}")
            continue
        yield _json_record(obj, f"{origin}:{n}")


def _json_record(obj: Any, origin: str) -> Item:
    if not isinstance(obj, dict):
        return Rejected("NT117", origin=origin)
    return _record(dict(obj), origin)


def _record(raw: dict[str, Any], origin: str) -> Item:
    """Map aliases onto article fields; the rest goes to extra. Text must be non-empty."""
    fields: dict[str, Any] = {}
    taken: set[str] = set()
    lower = {k.lower(): k for k in raw}
    for name, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            key = lower.get(alias)
            if key is not None and raw[key] not in (None, "", []):
                value = raw[key]
                if name == "byline" and isinstance(value, list):
                    value = ", ".join(map(str, value))
                elif name not in ("text", "published"):
                    value = str(value)
                fields[name] = value
                taken.add(key)
                break
        else:
            for alias in aliases:  # an explicit null is still "given"
                if alias in lower:
                    taken.add(lower[alias])
    if not isinstance(fields.get("text"), str) or not fields["text"].strip():
        return Rejected("NT107", origin=origin)
    if "published" in fields:
        given = fields["published"]
        fields["published"] = normalize_date(given) or None
        if fields["published"] is None:
            fields.setdefault("_published_raw", str(given))
    extra = {k: v for k, v in raw.items() if k not in taken}
    return Record(fields, origin, extra)


def read_html(html: str, origin: str, url: str | None = None) -> Item:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text.split()) < 8 and not re.search(r"\w[.!?]", text):  # "Home", "Menu": navigation, not an article
        return Rejected("NT105", origin=origin)
    fields = {
        "text": doc.text,
        "title": doc.title,
        "byline": doc.author,
        "published": normalize_date(doc.date),
        "url": doc.url or url,
        # og:site_name is the outlet's own name; trafilatura falls back to the host name, which we leave to
        # the registrable-domain rule so that www.x.com and x.com stay one outlet.
        "outlet": doc.sitename if doc.sitename and "." not in doc.sitename else None,
        "language": doc.language,
    }
    extra = {"sitename": doc.sitename} if doc.sitename else {}
    return Record({k: v for k, v in fields.items() if v}, origin, extra)


def read_feed(data: bytes, origin: str, fetcher: Fetcher | None) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    problem = parsed.get("bozo_exception")
    # A wrong declared encoding is repaired by feedparser; anything else means the XML broke off somewhere.
    broken = bool(parsed.bozo) and not isinstance(problem, feedparser.CharacterEncodingOverride)
    if not parsed.entries:
        yield Rejected("NT108", origin=origin, detail=str(problem or "no entries"))
        return
    feed_title = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries):
        where = f"{origin}#entry {i + 1}"
        if broken and not (entry.get("link") or entry.get("content") or entry.get("summary")):
            continue  # the fragment after the break
        link = entry.get("link")
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        fields = {
            "id": entry.get("id") or None,
            "title": entry.get("title"),
            "url": link,
            "byline": entry.get("author"),
            "published": normalize_date(entry.get("published_parsed") or entry.get("updated_parsed")),
            "outlet": feed_title,
        }
        extra = {"feed_title": feed_title} if feed_title else {}
        text = _html_to_text(body) if body else ""
        if len(text) < 40 and link:  # a link-only entry: the article is on the page
            if fetcher is None:
                yield Rejected("NT110", origin=where)
                continue
            try:
                final, page, _ctype = fetcher(link, where)
            except Rejected as exc:
                yield exc
                continue
            item = read_html(decode(page, where), where, url=final)
            if isinstance(item, Record):
                item.fields.update({k: v for k, v in fields.items() if v and k not in ("url",)})
                item.extra.update(extra)
            yield item
            continue
        if not text.strip():
            yield Rejected("NT114", origin=where)
            continue
        fields["text"] = text
        yield Record({k: v for k, v in fields.items() if v}, where, extra)
    if broken:
        yield Rejected("NT108", origin=origin, detail=f"{problem}; entries before the break were read")


def _html_to_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on junk; the entry then has no usable text
        return ""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    parts = []
    for block in root.iter("p", "li", "h1", "h2", "h3", "blockquote"):
        parts.append(block.text_content().strip())
    text = "\n".join(p for p in parts if p)
    return text or root.text_content().strip()


def read_warc(data: bytes, origin: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    records = 0
    html_records = 0
    try:
        for rec in ArchiveIterator(io.BytesIO(data)):
            records += 1
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
            status = rec.http_headers.get_statuscode()
            if "html" not in ctype or not str(status).startswith("2"):
                continue
            html_records += 1
            url = rec.rec_headers.get_header("WARC-Target-URI")
            body = rec.content_stream().read()
            if rec.raw_stream.limit > 0:  # the file ended inside this record
                raise EOFError(f"record {records} ends {rec.raw_stream.limit} bytes early")
            where = f"{origin}#record {records} ({url})"
            try:
                text = decode(body, where)
            except Rejected as exc:
                yield exc
                continue
            item = read_html(text, where, url=url)
            if isinstance(item, Record):
                item.fields["url"] = item.fields.get("url") or url
                item.extra["warc_date"] = rec.rec_headers.get_header("WARC-Date")
            yield item
    except Exception as exc:  # warcio raises ArchiveLoadFailed, EOFError, zlib errors... on a truncated file
        yield Rejected("NT109", origin=origin, records=records, detail=f"{exc.__class__.__name__}: {exc}")
        return
    if html_records == 0:
        yield Rejected("NT116", origin=origin)
