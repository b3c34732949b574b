"""Fuzzing ingest (#16): malformed inputs of every format, generated from a fixed seed for at most FUZZ_SECONDS,
in mixed batches beside good articles. Whatever the inputs, ingest raises nothing, every good article is
stored, and every rejection names its input."""

from __future__ import annotations

import gzip
import io
import json
import random
import time

from newstrace.config import Config
from newstrace.errors import Rejected
from newstrace.ingest import ingest
from newstrace.store import Store
from support import EXAMPLES

FUZZ_SECONDS = 40
SEED = 16

SPICE = [b"\\udfff", b"\\ud800", "\udfff".encode("utf-8", "surrogatepass"), b"&#xD800;", b"&#0;", b"&#x110000;",
         b"<!ENTITY a 'b'>", b"\x00", b"\x1b[2J", b"\xff\xfe", b"\xef\xbb\xbf", b"[" * 3000, b"{" * 3000,
         b"---\n", b"*a", b"&a", b"!!python/object:os.system", b"<iframe><html>", b"<![CDATA[", b"]]>", b"NaN",
         b"1e999", b'"text": null', b'"text": {}', b"\r", b"\u2028", b"http://[::1", b"<link>http://[::1</link>",
         b"2024-13-45", b"\xc3\x28", b"WARC/1.0\r\n", b"\x1f\x8b", b"<html>", b"</rss>", b"<item>"]


def templates() -> list[tuple[str, bytes]]:
    """Valid inputs of every format: the example corpus, plus a gzip WARC, a JSON array and an Atom feed."""
    out = [(f.name, f.read_bytes()) for f in sorted(EXAMPLES.iterdir()) if f.is_file()]
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    html = b"<html><body><article><p>" + b"The tram line opened on Sunday, the city said. " * 4 + b"</p></article>"
    writer.write_record(writer.create_warc_record("https://x.example/1", "response", payload=io.BytesIO(html),
                        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")))
    out.append(("w.warc.gz", buf.getvalue()))
    out.append(("arr.json", json.dumps([{"id": "j1", "text": "A body of text for the array record."}]).encode()))
    out.append(("a.atom", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>'
                          b"<entry><title>E</title><link href='http://x.example/e'/><content>A content body of the "
                          b"atom entry, long enough.</content></entry></feed>"))
    out.append(("fm.txt", b"---\ntitle: T\npublished: 2024-11-22\n---\nA body after front matter."))
    return out


def mutate(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        pos = rng.randrange(len(data) + 1)
        if op < 0.3:
            data[pos:pos] = rng.choice(SPICE)
        elif op < 0.5 and data:
            data[pos % len(data)] = rng.randrange(256)
        elif op < 0.65:
            del data[pos:]
        elif op < 0.8 and data:
            end = min(len(data), pos + rng.randint(1, 200))
            data[pos:end] = data[pos:end] * rng.randint(2, 50)
        else:
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    if rng.random() < 0.1:
        data = bytearray(gzip.compress(bytes(data)))
    return bytes(data)


def test_ingest_survives_malformed_inputs_of_every_format(tmp_path):
    rng = random.Random(SEED)
    bases = templates()
    config = Config(file=None).with_(commit_every=4)
    deadline = time.monotonic() + FUZZ_SECONDS
    batches = inputs = 0
    while time.monotonic() < deadline and batches < 400:
        folder = tmp_path / f"b{batches}"
        folder.mkdir()
        good = [f"Report {batches}-{k}: the {w} reopened on Tuesday after repairs, officials said."
                for k, w in enumerate(rng.sample(["bridge", "harbour", "library", "museum", "tunnel"], 3))]
        for k, text in enumerate(good):
            (folder / f"good{k}.txt").write_text(text, "utf-8")
        for k in range(rng.randint(3, 8)):
            name, data = rng.choice(bases)
            (folder / f"fuzz{k}-{name}").write_bytes(mutate(rng, data) if rng.random() < 0.9 else
                                                     bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))))
            inputs += 1
        store = Store(str(tmp_path / f"b{batches}.db"))
        result = ingest([str(folder)], store, config)  # must not raise
        stored = {a.text for a in store.articles()}
        assert set(good) <= stored, f"batch {batches} lost a good article"
        for rej in result.rejected:
            assert isinstance(rej, Rejected) and str(folder) in str(rej), str(rej)
        store.close()
        batches += 1
    assert batches >= 10 and inputs >= 30  # it really ran
