"""Format readers and sniffing, on small hand-written inputs."""

from __future__ import annotations

import gzip
import io
import json

from newstrace.errors import Rejected
from newstrace.ingest.readers import Record, read, sniff

LONG = "The harbour master said the ferry would resume service on Friday after repairs to the ramp. " * 3
HTML = f"""<!doctype html><html><head><title>Ferry back on Friday | Fjord Post</title>
<meta name="author" content="Kari Holm"><meta property="og:site_name" content="Fjord Post">
<meta property="article:published_time" content="2026-02-03T08:00:00Z">
<link rel="canonical" href="https://fjordpost.example/ferry"></head>
<body><nav>Home | Sport</nav><article><h1>Ferry back on Friday</h1><p>{LONG}</p><p>{LONG}</p></article>
<footer>Cookie policy</footer></body></html>"""


def items(data: bytes | str, name: str = "x", **kw) -> list:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return list(read(data, name, name, **kw))


def test_sniff_by_content_not_extension():
    assert sniff(HTML.encode(), "story.txt") == "html"
    assert sniff(b'{"text": "a"}\n', "feed.xml") == "json"
    assert sniff(b"<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>", "a.txt") == "feed"
    assert sniff(b"WARC/1.0\r\n", "a.html") == "warc"
    assert sniff(b"\x00\x01\x02binary", "a.txt") == "binary"
    assert sniff(b"  \n", "a.txt") == "empty"
    assert sniff(b"Plain words here.", "a.json") == "text"


def test_text_with_front_matter():
    [rec] = items("---\ntitle: A title\noutlet: Fjord Post\npublished: 2026-02-03\n---\nBody text here.\n")
    assert isinstance(rec, Record)
    assert rec.fields["title"] == "A title" and rec.fields["outlet"] == "Fjord Post"
    assert rec.fields["text"].strip() == "Body text here."
    assert str(rec.fields["published"]).startswith("2026-02-03")


def test_text_sidecar_metadata():
    [rec] = items("Body.", sidecar={"outlet": "Fjord Post", "title": "T"})
    assert rec.fields["outlet"] == "Fjord Post" and rec.fields["text"] == "Body."


def test_broken_front_matter_is_rejected_with_reason():
    [rej] = items("---\ntitle: [unclosed\n---\nBody")
    assert isinstance(rej, Rejected) and rej.code == "NT118"


def test_html_main_text_and_metadata():
    [rec] = items(HTML)
    assert "ferry would resume" in rec.fields["text"]
    assert "Cookie policy" not in rec.fields["text"] and "Sport" not in rec.fields["text"]
    assert rec.fields["byline"] == "Kari Holm"
    assert rec.fields["url"] == "https://fjordpost.example/ferry"
    assert rec.fields["outlet"] == "Fjord Post"
    assert rec.fields["published"].startswith("2026-02-03")


def test_html_without_main_text_is_rejected():
    [rej] = items("<html><body><nav>Home</nav></body></html>", "empty.html")
    assert isinstance(rej, Rejected) and rej.code == "NT105" and "empty.html" in str(rej)


def test_jsonl_keeps_ids_and_extra_fields_and_reports_bad_lines():
    lines = [
        json.dumps({"id": "k1", "text": "First.", "outlet": "A", "section": "World", "published": "2026-01-02"}),
        "{not json",
        json.dumps({"id": "k2", "body": "Second.", "headline": "H"}),
        json.dumps({"id": "k3", "text": ""}),
        json.dumps(["not", "an", "object"]),
    ]
    got = items("\n".join(lines), "in.jsonl")
    assert [type(g).__name__ for g in got] == ["Record", "Rejected", "Record", "Rejected", "Rejected"]
    assert got[0].fields["id"] == "k1" and got[0].extra == {"section": "World"}
    assert got[2].fields["title"] == "H" and got[2].fields["text"] == "Second."
    assert str(got[1]).startswith("NT106: in.jsonl:2:")
    assert got[3].code == "NT107" and got[4].code == "NT117"


def test_json_array_and_single_object():
    got = items(json.dumps([{"text": "a"}, {"text": "b"}]))
    assert [g.fields["text"] for g in got] == ["a", "b"]
    [one] = items(json.dumps({"text": "c", "id": 5}))
    assert one.fields["id"] == "5"


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Fjord Post</title>
<item><title>One</title><link>https://fjordpost.example/1</link><guid>g1</guid>
<pubDate>Tue, 03 Feb 2026 08:00:00 GMT</pubDate><description>&lt;p&gt;The ferry is back.&lt;/p&gt;&lt;p&gt;Repairs took a week, the harbour master said.&lt;/p&gt;</description></item>
<item><title>Link only</title><link>https://fjordpost.example/2</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fjord Post</title>
<entry><title>Atom one</title><id>urn:a1</id><link href="https://fjordpost.example/a1"/><updated>2026-02-04T10:00:00Z</updated>
<content type="html">&lt;p&gt;A long enough body for an Atom entry to count as content here.&lt;/p&gt;</content></entry></feed>"""


def test_rss_entries_and_link_only_entries_need_fetch():
    got = items(RSS, "f.rss")
    assert isinstance(got[0], Record)
    assert got[0].fields["text"] == "The ferry is back.\nRepairs took a week, the harbour master said."
    assert got[0].fields["id"] == "g1" and got[0].fields["outlet"] == "Fjord Post"
    assert got[0].fields["published"] == "2026-02-03T08:00:00+00:00"
    assert isinstance(got[1], Rejected) and got[1].code == "NT110" and "#entry 2" in str(got[1])


def test_rss_link_only_entry_is_fetched_when_asked():
    def fetcher(url, origin):
        assert url == "https://fjordpost.example/2"
        return url, HTML.encode(), "text/html"

    got = items(RSS, "f.rss", fetcher=fetcher)
    assert isinstance(got[1], Record) and "ferry would resume" in got[1].fields["text"]
    assert got[1].fields["title"] == "Link only"


def test_atom_feed():
    [rec] = items(ATOM, "f.atom")
    assert rec.fields["text"].startswith("A long enough body") and rec.fields["id"] == "urn:a1"


def test_broken_feed_is_rejected():
    [rej] = items('<?xml version="1.0"?><rss version="2.0"><channel><item><title>x', "bad.rss")
    assert isinstance(rej, Rejected) and rej.code == "NT108"


def _warc(pages: list[tuple[str, str]], compress: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return buf.getvalue()


def test_warc_html_responses_with_target_uri():
    data = _warc([("https://fjordpost.example/w1", HTML), ("https://fjordpost.example/w2", HTML.replace("ferry would", "bus would"))])
    got = items(data, "c.warc.gz")
    assert [g.fields["url"] for g in got] == ["https://fjordpost.example/ferry"] * 2  # canonical wins
    assert "bus would resume" in got[1].fields["text"]
    assert got[0].extra["warc_date"]


def test_truncated_warc_keeps_records_before_the_break():
    data = _warc([("https://a.example/1", HTML), ("https://a.example/2", HTML)], compress=False)
    cut = data[: len(data) - 400]
    got = items(cut, "cut.warc")
    assert isinstance(got[0], Record)
    assert isinstance(got[-1], Rejected) and got[-1].code == "NT109" and "cut.warc" in str(got[-1])


def test_undecodable_bytes_are_detected_not_lost():
    text = "Le ministre a déclaré que la décision était prise. Les négociations reprendront à Genève."
    [rec] = items(text.encode("latin-1"))
    assert rec.fields["text"] == text


def test_gzip_that_is_not_warc_is_binary():
    [rej] = items(gzip.compress(b"hello"), "x.gz")
    assert rej.code == "NT102"
