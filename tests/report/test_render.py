"""Markdown and HTML rendering: untrusted article text is escaped everywhere."""

from __future__ import annotations

import re

from newstrace.report.html import render_html
from newstrace.report.markdown import render_markdown

EVIL = '<script>alert("x")</script> | **bold** [link](http://e.example)'


def report() -> dict:
    mention = {"article": "a1", "outlet": "<b>Outlet</b>", "start": 0, "end": len(EVIL), "text": EVIL,
               "attribution": {"source": "person:x", "via": None, "via_text": None}, "certainty": "reported",
               "quantities": [], "times": []}
    claim = {"id": "c1", "text": EVIL, "mentions": [mention], "outlets": ["<b>Outlet</b>"], "sources": ["person:x"],
             "independent_sources": 1, "credibility": 3}
    story = {"id": "s1", "title": EVIL, "articles": ["a1"], "entities": [
        {"id": "person:x", "name": "<img src=x onerror=alert(1)>", "type": "PERSON", "aliases": []}],
        "claims": [claim], "timeline": [{"date": "2024-05", "text": EVIL, "claims": ["c1"]}],
        "relations": [{"agent": "person:x", "action": "supply", "object": EVIL, "recipient": "person:x",
                       "claims": ["c1"]}],
        "conflicts": [{"kind": "quantity", "claims": ["c1"], "description": EVIL}], "unique": {"<b>Outlet</b>": ["c1"]},
        "events": [{"id": "e1", "key": "strike", "text": EVIL, "claims": ["c1"], "outlets": ["<b>Outlet</b>", "b"],
                    "mentions": []}]}
    article = {"id": "a1", "outlet": "<b>Outlet</b>", "published": "2024-05-01", "title": EVIL, "story": "s1",
               "duplicate_of": None, "url": None}
    return {"schema": "newstrace.report/1", "generated_at": "now", "articles": [article], "stories": [story]}


def test_html_escapes_article_text_everywhere():
    html = render_html(report(), {"a1": EVIL})
    assert "<script>" not in html and "<img src=x" not in html and "<b>Outlet" not in html
    assert "&lt;script&gt;" in html
    assert 'id="m-a1-0"' in html and 'href="#m-a1-0"' in html  # the matrix cell links to the sentence
    assert "<svg" in html and "timeline" in html and "graph" in html


def test_markdown_escapes_tables_and_links():
    md = render_markdown(report())
    row = next(line for line in md.splitlines() if line.startswith("| 3 "))
    assert "\\|" in row and len(re.split(r"(?<!\\)\|", row)) == 7  # the text's pipe opens no column
    assert "\\<script\\>" in md and "\\[link\\]" in md and "<script>" not in md
    assert "### Events reported by several outlets" in md and "2 outlets, 1 claim" in md and "1 claims" not in md
