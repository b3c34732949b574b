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


def test_a_claim_shows_the_claims_it_may_be_in_every_output():
    from io import StringIO

    from rich.console import Console

    from newstrace.report.terminal import print_report

    r = report()
    story = r["stories"][0]
    other = {**story["claims"][0], "id": "c2", "text": "The ferry <b>resumes</b> in June", "credibility": 2}
    story["claims"][0]["similar"] = [{"claim": "c2", "match": 0.34, "mention": {"article": "a1", "start": 0,
                                                                                  "end": 5}},
                                     {"claim": "gone", "match": 0.31, "mention": {"article": "a1", "start": 9,
                                                                                   "end": 12}}]
    story["claims"].append(other)
    md = render_markdown(r)
    line = next(x for x in md.splitlines() if x.startswith("- May be the same claim as"))
    assert "The ferry \\<b\\>resumes\\</b\\> in June” (grade 2, match 0.34)" in line and "gone" not in line
    html = render_html(r)
    assert '<a href="#c2">The ferry &lt;b&gt;resumes&lt;/b&gt; in June</a>' in html and "match 0.34" in html
    out = StringIO()
    print_report(r, Console(file=out, width=200, color_system=None))
    assert "may be the same claim as (0.34, not merged): The ferry <b>resumes</b> in June  (c2)" in out.getvalue()


def test_a_source_shows_whom_its_words_came_through_in_every_output():
    from io import StringIO

    from rich.console import Console

    from newstrace.report.terminal import print_report

    r = report()
    claim = r["stories"][0]["claims"][0]
    claim["mentions"][0].update(source="person:x", attribution={"source": "person:x", "via": None,
                                                                "via_text": "the broadcaster HTV"})
    r["stories"][0]["entities"][0]["name"] = "Ruth Okafor"
    row = next(line for line in render_markdown(r).splitlines() if line.startswith("| 3 "))
    assert "| Ruth Okafor via the broadcaster HTV |" in row
    assert "<td>Ruth Okafor via the broadcaster HTV</td>" in render_html(r)
    out = StringIO()
    print_report(r, Console(file=out, width=200, color_system=None))
    assert "sources: Ruth Okafor via the broadcaster HTV" in out.getvalue()
    # an intermediary known only by its entity is named, not shown as an id
    claim["mentions"][0]["attribution"] = {"source": "person:x", "via": "org:htv", "via_text": None}
    r["stories"][0]["entities"].append({"id": "org:htv", "name": "HTV", "type": "ORG", "aliases": []})
    assert "| Ruth Okafor via HTV |" in render_markdown(r)


def test_the_timelines_first_date_label_is_not_cut_at_the_left_edge():
    from newstrace.report.svg import timeline_svg

    svg = timeline_svg([{"date": "2026-03-09", "text": "The terminal opened.", "claims": ["c1"]},
                        {"date": "2026-03-12", "text": "The pier closed.", "claims": ["c2"]}])
    x = float(re.search(r'<text x="([\d.]+)"[^>]*text-anchor="middle">2026-03-09<', svg).group(1))
    assert x - len("2026-03-09") * 10 * 0.6 / 2 >= 0  # centred on its day, at about 0.6 em a character


def test_an_article_without_outlet_or_title_is_named_once_in_its_evidence():
    r = report()
    for m in r["stories"][0]["claims"][0]["mentions"]:
        m.pop("outlet")
    r["articles"][0].update(outlet=None, title=None)
    line = next(x for x in render_markdown(r).splitlines() if x.startswith("  - "))
    assert line.startswith("  - a1, 2024-05-01 — ")
    r["articles"][0]["title"] = "Ferry resumes"  # a title still tells the article apart from its outlet
    line = next(x for x in render_markdown(r).splitlines() if x.startswith("  - "))
    assert line.startswith("  - a1, Ferry resumes, 2024-05-01 — ")


def test_a_source_named_in_a_list_finds_its_claims_and_is_shown_with_the_list():
    from newstrace.report.views import claim_sources, filter_claims, mention_source

    listed = {"article": "a", "source": "country:norway", "named_together": ["country:norway", "country:sweden"]}
    alone = {"article": "b", "source": "person:adaberg", "named_together": []}
    claim = {"id": "c1", "credibility": 2, "independent_sources": 2, "outlets": ["A", "B"],
             "sources": ["country:norway", "person:adaberg"], "mentions": [listed, alone]}
    story = {"claims": [claim], "conflicts": []}
    names = {"country:norway": "Norway", "country:sweden": "Sweden", "person:adaberg": "Ada Berg"}
    assert filter_claims(story, {}, source="country:sweden") == [claim]
    assert filter_claims(story, {}, source="country:denmark") == []
    assert mention_source(listed, names) == "Norway and Sweden" and mention_source(alone, names) == "Ada Berg"
    assert claim_sources(claim, names) == ["Norway (with Sweden)", "Ada Berg"]
