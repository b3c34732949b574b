"""Stable ids, outlets and dates for ingested records."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from functools import lru_cache
from urllib.parse import urlsplit

_SPACE = re.compile(r"\s+")


def normalized(text: str) -> str:
    """The text that decides 'same text': NFKC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def text_hash(text: str) -> str:
    return hashlib.sha256(normalized(text).encode("utf-8")).hexdigest()


def content_id(text: str, url: str | None, outlet: str | None) -> str:
    """Id for an input that gave none: the normalised text, plus URL and outlet so that one wire story run by
    two outlets stays two articles (the second is then marked a duplicate of the first)."""
    key = "\x00".join((normalized(text), url or "", (outlet or "").casefold()))
    return "a" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def _tld_extractor():
    import tldextract

    # suffix_list_urls=() keeps tldextract on its bundled Public Suffix List snapshot: no network at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    result = _tld_extractor()(host)
    return result.top_domain_under_public_suffix or host.removeprefix("www.")


def normalize_date(value: object) -> str | None:
    """An ISO 8601 date or datetime from what an input gave (ISO text, RFC 822, a struct_time, a datetime)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _iso(value)
    if hasattr(value, "tm_year"):  # time.struct_time from feedparser, always UTC
        return _iso(datetime(*value[:6], tzinfo=UTC))  # type: ignore[index, misc]
    text = str(value).strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return text
    try:
        return _iso(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return _iso(parsed) if parsed else None


def _iso(dt: datetime) -> str:
    if dt.hour == dt.minute == dt.second == 0 and dt.tzinfo is None:
        return dt.date().isoformat()
    return dt.isoformat(timespec="seconds")
