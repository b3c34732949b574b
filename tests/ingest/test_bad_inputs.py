"""Every input that once crashed ingest (#16), in a batch beside good articles: each becomes one named
rejection, the good articles are all stored, and nothing escapes as a traceback."""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from newstrace.errors import NewstraceError, Rejected
from newstrace.ingest import ingest
from newstrace.store import Store
from support import ROOT

GOOD = ["The harbour authority said on Monday that the ferry service would resume after repairs to the pier.",
        "Snow closed the mountain pass for a second night, and the road agency said crews were clearing it.",
        "The city council voted to extend the night bus routes to the new hospital from the first of June."]


def batch_with(tmp_path: Path, store: Store, config, name: str, data: bytes | str, **kw):
    """Ingest a folder holding three good articles and one bad input; return (result, stored texts)."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for i, text in enumerate(GOOD):
        (folder / f"good{i}.txt").write_text(text, "utf-8")
    target = folder / name
    target.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    result = ingest([str(folder)], store, config, **kw)
    return result, [a.text for a in store.articles()]


def only_rejection(result) -> Rejected:
    [rej] = result.rejected
    return rej


CAUSES = {
    "deep.json": ("[" * 100_000 + "]" * 100_000, "NT123"),
    "deep-extra.jsonl": (json.dumps({"text": "A report with a deep field in it.", "x": 1})[:-1]
                         + ', "nest": ' + "[" * 60 + "]" * 60 + "}\n", "NT123"),
    "corrupt.gz": (b"\x1f\x8b" + bytes(random.Random(1).randrange(256) for _ in range(300)), "NT102"),
    "surrogate-text.jsonl": ('{"text": "A report \\udfff with a lone surrogate in it."}\n', "NT120"),
    "surrogate-title.jsonl": ('{"text": "A report with a bad title.", "title": "t\\ud800"}\n', "NT120"),
    "surrogate-key.jsonl": ('{"text": "A report with a bad key.", "k\\udfff": 1}\n', "NT120"),
    "surrogate-extra.jsonl": ('{"text": "A report with a bad extra field.", "note": ["ok", "\\udfff"]}\n', "NT120"),
    "impossible-date.txt": ("---\npublished: 2024-13-45\n---\nA report with an impossible date.", "NT118"),
    "deep-yaml.txt": ("---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\nA report with deep front matter.", "NT118"),
    "alias-bomb.txt": ("---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                       "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n"
                       "A report whose front matter would expand without bound.", "NT118"),
    "iframe.html": ("<iframe><html><p>A page that once broke the date finder.</p>", "NT119"),
    "entities.rss": ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                     '<rss><channel><title>T</title><item><title>x</title><description>&b;&b;&b;&b; and a '
                     'long enough entry body to be an article on its own.</description></item></channel></rss>',
                     "NT124"),
    "tiny.bin": (bytes(random.Random(2).randrange(256) for _ in range(11)), "NT102"),
    "many-elements.html": ("<html><body>" + "<p>x</p>" * 60_000 + "</body></html>", "NT125"),
}


@pytest.mark.parametrize("name", sorted(CAUSES))
def test_a_bad_input_is_one_named_rejection_and_the_good_ones_are_stored(name, tmp_path, store, config):
    data, code = CAUSES[name]
    result, texts = batch_with(tmp_path, store, config, name, data)
    rej = only_rejection(result)
    assert rej.code == code and name in str(rej), str(rej)
    assert sorted(texts) == sorted(GOOD)


def test_front_matter_dates_sets_and_number_keys_are_kept_as_json_can_hold_them(tmp_path, store, config):
    text = "---\n1: one\nwhen: 2024-11-22\nat: 2024-11-22T10:00:00\ntags: !!set {a, b}\n---\nA report with odd " \
           "but readable front matter."
    result, _ = batch_with(tmp_path, store, config, "odd.txt", text)
    assert result.ok
    [odd] = [a for a in store.articles() if a.text.strip().startswith("A report")]
    assert odd.extra == {"1": "one", "when": "2024-11-22", "at": "2024-11-22T10:00:00", "tags": ["a", "b"]}


def test_an_rss_title_with_a_charref_to_a_surrogate_keeps_the_feed(tmp_path, store, config):
    feed = ('<?xml version="1.0"?><rss><channel><title>Wire &#xD800;</title><item><title>a&#55296;</title>'
            '<description>The ferry returned to service on Friday after repairs, its operator said.</description>'
            '</item></channel></rss>')
    result, texts = batch_with(tmp_path, store, config, "odd.rss", feed)
    assert result.ok and len(texts) == 4
    assert any(a.title == "a\ufffd" and a.outlet == "Wire \ufffd" for a in store.articles())


def test_a_file_whose_name_is_not_utf8_is_read_and_named_printably(tmp_path, store, config):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(GOOD[0], "utf-8")
    (folder / "bad\x1b[31m.json").write_text("{not json", "utf-8")
    result = ingest([str(folder)], store, config)
    assert [a.origin for a in store.articles()] == [str(folder / "caf\\xe9.txt")]
    [rej] = result.rejected
    assert "\x1b" not in str(rej) and "bad\\x1b[31m.json" in str(rej)


def test_symlinks_out_of_the_folder_are_not_followed(tmp_path, store, config):
    outside = tmp_path / "secret.txt"
    outside.write_text("A private file outside the folder being read, with words enough.", "utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD[0], "utf-8")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "secret.txt").symlink_to(outside)
    (folder / "mem.txt").symlink_to("/proc/self/mem")
    (folder / "inside.txt").symlink_to(folder / "a.txt")  # inside the tree: fine (a duplicate of a.txt)
    result = ingest([str(folder)], store, config)
    assert sorted(r.code for r in result.rejected) == ["NT122"] * 3
    assert [a.text for a in store.articles()] == [GOOD[0]] and result.unchanged == 1


def test_an_unreadable_file_named_directly_is_rejected(tmp_path, store, config):
    link = tmp_path / "mem.txt"
    link.symlink_to("/proc/self/mem")
    result = ingest([str(link), str(ROOT / "examples" / "corpus" / "evening-ledger-sheen.txt")], store, config)
    assert [r.code for r in result.rejected] == ["NT121"] and len(store.articles()) == 1


def test_a_warc_record_that_inflates_past_the_cap_is_rejected_alone(tmp_path, store, config):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    page = f"<html><body><article><p>{GOOD[1]}</p></article></body></html>"
    for url, html in (("https://a.example/huge", "<html><body>" + " " * 3_000_000 + "</body></html>"),
                      ("https://a.example/ok", page)):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    assert len(out.getvalue()) < 100_000
    result, texts = batch_with(tmp_path, store, config.with_(max_input_bytes=1_000_000), "c.warc.gz", out.getvalue())
    rej = only_rejection(result)
    assert rej.code == "NT104" and "huge" in str(rej) and "decompressed" in str(rej)
    assert GOOD[1] in texts


def test_when_the_store_refuses_a_batch_only_the_refused_article_is_lost(tmp_path, store, config, monkeypatch):
    real = Store.add_articles

    def picky(self, items, repoints=()):
        if any("refuse me" in a.text for a, _h, _s in items):
            raise NewstraceError("NT204", url="test", detail="refused")
        return real(self, items, repoints)

    monkeypatch.setattr(Store, "add_articles", picky)
    rows = [{"id": f"r{i}", "text": GOOD[i % 3] + f" ({i})"} for i in range(5)]
    rows.insert(2, {"id": "bad", "text": "Please refuse me, store."})
    src = tmp_path / "rows.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    result = ingest([str(src)], store, config.with_(commit_every=10))
    assert [r.code for r in result.rejected] == ["NT119"] and "rows.jsonl:3" in str(result.rejected[0])
    assert store.article_ids() == ["r0", "r1", "r2", "r3", "r4"] and result.added == 5


def test_cli_exit_codes_say_rejected_wrong_command_or_failed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD[0], "utf-8")
    (folder / "deep.json").write_text("[" * 100_000, "utf-8")
    run = lambda *args, **kw: subprocess.run([sys.executable, "-m", "newstrace", *args], capture_output=True,  # noqa: E731
                                             text=True, **kw)
    mixed = run("ingest", str(folder), "--db", str(tmp_path / "x.db"))
    assert mixed.returncode == 1 and "NT123" in mixed.stderr and "Traceback" not in mixed.stderr
    assert run("settings", "--nope").returncode == 2
    env = {**os.environ, "NEWSTRACE_CACHE_DIR": str(tmp_path / "cache")}
    crash = run("ingest", str(folder), "--db", str(tmp_path / "x.db"), env={**env, "NEWSTRACE_COMMIT_EVERY": "x"})
    assert crash.returncode == 2 and "NT302" in crash.stderr  # a bad setting is the user's to fix
    broken = subprocess.run(
        [sys.executable, "-c", "import sys; sys.argv = ['newstrace', 'stories', '--db', sys.argv[1]]\n"
         "import newstrace.store as s\n"
         "def boom(self, *args): raise RuntimeError('a bug')\n"
         "s.Store.story_summaries = boom\n"
         "from newstrace.cli import main; main()", str(tmp_path / "x.db")], capture_output=True, text=True, env=env)
    assert broken.returncode == 3 and "a bug" in broken.stderr and "Traceback" not in broken.stderr
    [log] = (tmp_path / "cache" / "crashes").glob("crash-*.log")
    assert "RuntimeError: a bug" in log.read_text("utf-8")
