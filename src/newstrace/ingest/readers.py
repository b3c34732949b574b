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
        except Exception:  # OSError, EOFError, zlib.error ... on a corrupt stream: not a WARC we can read
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


TINY = 64  # bytes: below this, a text must be UTF-8 and free of control characters (random bytes are neither)


def _looks_binary(chunk: bytes) -> bool:
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        return False
    if b"\x00" in chunk:
        return True
    control = sum(1 for b in chunk if b < 9 or 13 < b < 32)
    if len(chunk) < TINY:
        try:
            chunk.decode("utf-8")
        except UnicodeDecodeError:
            return True
        return control > 0
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
         sidecar: dict[str, Any] | None = None, max_bytes: int = 25_000_000,
         max_html_elements: int = 100_000) -> Iterator[Item]:
    """The records of one input. Caps apply to what the input expands to as well as to its bytes: a WARC
    record's decompressed body (`max_bytes`), an HTML page's elements."""
    kind = sniff(data, name)
    if kind == "empty":
        yield Rejected("NT101", origin=origin)
    elif kind == "binary":
        yield Rejected("NT102", origin=origin)
    elif kind == "warc":
        yield from read_warc(data, origin, max_bytes, max_html_elements)
    else:
        try:
            text = decode(data, origin)
        except Rejected as exc:
            yield exc
            return
        if kind == "json":
            yield from read_json(text, origin)
        elif kind == "feed":
            yield from read_feed(data, origin, fetcher, max_html_elements)
        elif kind == "html":
            yield read_html(text, origin, max_elements=max_html_elements)
        else:
            yield read_text(text, origin, sidecar)


def read_text(text: str, origin: str, sidecar: dict[str, Any] | None = None) -> Item:
    fields: dict[str, Any] = {}
    if text.startswith("---\n") or text.startswith("---\r\n"):
        end = re.search(r"^---\s*$", text[4:], flags=re.M)
        if end:
            try:
                front = _front_matter(text[4 : 4 + end.start()])
            except Exception as exc:  # YAMLError, an impossible date (ValueError), nesting (RecursionError) ...
                detail = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
                return Rejected("NT118", origin=origin, detail=detail)
            if not isinstance(front, dict):
                return Rejected("NT118", origin=origin, detail="front matter is not a mapping of keys to values")
            fields.update({str(k): v for k, v in front.items()})
            text = text[4 + end.end() :]
    fields.update(sidecar or {})
    fields["text"] = text
    return _record(fields, origin)


def _front_matter(text: str) -> Any:
    """YAML front matter, read without aliases: an alias can repeat a node without bound (a 557-byte "billion
    laughs" fills memory), and metadata has no use for them."""
    import yaml

    class NoAliases(yaml.SafeLoader):
        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                raise yaml.YAMLError(f"YAML aliases (*name) are not read, at {self.peek_event().start_mark}")
            return super().compose_node(parent, index)

    return yaml.load(text, Loader=NoAliases) or {}  # noqa: S506 - a SafeLoader


def read_json(text: str, origin: str) -> Iterator[Item]:
    """A JSON object, a JSON array of objects, or JSON Lines."""
    stripped = text.strip()
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError:
        whole = None
    except RecursionError:
        yield Rejected("NT123", origin=origin, what="the JSON", detail="deeper than Python reads")
        return
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
        except RecursionError:
            yield Rejected("NT123", origin=f"{origin}:{n}", what="the JSON", detail="deeper than Python reads")
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


def read_html(html: str, origin: str, url: str | None = None, max_elements: int = 100_000) -> Item:
    import trafilatura

    tags = html.count("<")
    if tags > max_elements:  # 400k paragraphs of 5 MB take trafilatura half a minute and a gigabyte
        return Rejected("NT125", origin=origin, count=f"about {tags}", cap=max_elements)
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # lxml and htmldate fail in many ways on broken markup ("<iframe><html>")
        return Rejected("NT119", origin=origin, detail=f"the HTML could not be parsed: {exc.__class__.__name__}: "
                                                        f"{str(exc)[:200]}")
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


def read_feed(data: bytes, origin: str, fetcher: Fetcher | None, max_html_elements: int = 100_000
              ) -> Iterator[Item]:
    import feedparser

    if re.search(rb"<!ENTITY", data, re.I):  # feedparser's loose parser would expand them even after the XML
        yield Rejected("NT124", origin=origin)  # parser refused
        return
    parsed = feedparser.parse(_INVALID_CHARREF.sub(_replace_charref, data))
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
        try:
            yield from _feed_entry(entry, where, feed_title, fetcher, max_html_elements)
        except Exception as exc:  # one odd entry costs that entry only
            yield Rejected("NT119", origin=where, detail=f"{exc.__class__.__name__}: {exc}")
    if broken:
        yield Rejected("NT108", origin=origin, detail=f"{problem}; entries before the break were read")


_INVALID_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _replace_charref(m: re.Match) -> bytes:
    """A character reference to no character (a surrogate, zero, beyond U+10FFFF) becomes U+FFFD: XML forbids
    them, and feedparser fails on the whole feed when it meets one."""
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    return b"&#xFFFD;" if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else m.group()


def _feed_entry(entry: Any, where: str, feed_title: str | None, fetcher: Fetcher | None,
                max_html_elements: int) -> Iterator[Item]:
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
            return
        try:
            final, page, _ctype = fetcher(link, where)
        except Rejected as exc:
            yield exc
            return
        item = read_html(decode(page, where), where, url=final, max_elements=max_html_elements)
        if isinstance(item, Record):
            item.fields.update({k: v for k, v in fields.items() if v and k not in ("url",)})
            item.extra.update(extra)
        yield item
        return
    if not text.strip():
        yield Rejected("NT114", origin=where)
        return
    fields["text"] = text
    yield Record({k: v for k, v in fields.items() if v}, where, extra)


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


def read_warc(data: bytes, origin: str, max_bytes: int = 25_000_000, max_html_elements: int = 100_000
              ) -> Iterator[Item]:
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
            where = f"{origin}#record {records} ({url})"
            body = rec.content_stream().read(max_bytes + 1)  # decompressed: a small record can inflate a lot
            if len(body) > max_bytes:
                yield Rejected("NT104", origin=where, size=f"more than {max_bytes} (decompressed)", cap=max_bytes)
                continue
            if rec.raw_stream.limit > 0:  # the file ended inside this record
                raise EOFError(f"record {records} ends {rec.raw_stream.limit} bytes early")
            try:
                text = decode(body, where)
            except Rejected as exc:
                yield exc
                continue
            item = read_html(text, where, url=url, max_elements=max_html_elements)
            if isinstance(item, Record):
                item.fields["url"] = item.fields.get("url") or url
                item.extra["warc_date"] = rec.rec_headers.get_header("WARC-Date")
            yield item
    except Exception as exc:  # warcio raises ArchiveLoadFailed, EOFError, zlib errors... on a truncated file
        yield Rejected("NT109", origin=origin, records=records, detail=f"{exc.__class__.__name__}: {exc}")
        return
    if html_records == 0:
        yield Rejected("NT116", origin=origin)
