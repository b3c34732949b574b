"""The command line: exit codes, messages without tracebacks, and the report contract."""

from __future__ import annotations

import json
import subprocess
import sys

from support import EXAMPLES, needs_contracts, validate, write_jsonl


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newstrace", *args], capture_output=True, text=True, cwd=cwd)


def test_ingest_exit_codes(tmp_path):
    db = str(tmp_path / "c.db")
    good = tmp_path / "good.txt"
    good.write_text("The bridge reopened on Monday after two weeks of repairs, the city said.", "utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine line."}\n{oops\n', "utf-8")
    ok = run("ingest", str(good), "--db", db)
    assert ok.returncode == 0 and "1 added" in ok.stderr
    partial = run("ingest", str(bad), "--db", db)
    assert partial.returncode == 1
    assert "NT106" in partial.stderr and "bad.jsonl:2" in partial.stderr and "Traceback" not in partial.stderr
    usage = run("ingest", "--no-such-flag")
    assert usage.returncode == 2
    meta = run("ingest", str(good), "--db", db, "--meta", "oops")
    assert meta.returncode == 2 and "NT303" in meta.stderr


def test_stdin_ingest(tmp_path):
    db = str(tmp_path / "c.db")
    proc = subprocess.run([sys.executable, "-m", "newstrace", "ingest", "-", "--db", db, "--json"],
                          input='{"id": "s1", "text": "From standard input."}\n', capture_output=True, text=True)
    assert proc.returncode == 0 and json.loads(proc.stdout)["added"] == 1


@needs_contracts
def test_analyze_writes_contract_json_with_input_ids(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "keep-me-1", "text": "The museum reopened on Saturday after a year of renovation, its director said.",
         "outlet": "City Paper", "published": "2025-06-01"},
        {"id": "keep-me-2", "text": "A storm closed three mountain passes overnight, the road authority said.",
         "outlet": "Valley News"},
        {"id": "keep-me-3", "text": "The chess club elected a new chair on Tuesday, its secretary said."},
    ]), "utf-8")
    out = tmp_path / "report.json"
    proc = run("analyze", str(src), "--db", str(tmp_path / "a.db"), "--json", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out.read_text("utf-8"))
    validate(report, "report.schema.json")
    assert [a["id"] for a in report["articles"]] == ["keep-me-1", "keep-me-2", "keep-me-3"]
    assert report["articles"][0]["outlet"] == "City Paper" and report["articles"][0]["published"] == "2025-06-01"
    listing = run("stories", "--db", str(tmp_path / "a.db")).stdout
    assert "1 article · 1 outlet ·" in listing and "1 article · no outlet named ·" in listing  # not "0 outlets"


def test_an_article_in_a_language_the_model_does_not_read_is_kept_and_said_so(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "en1", "outlet": "Harbour Gazette", "published": "2026-03-02",
         "text": "The ferry Kestrel ran aground off Brenmouth on Sunday with 212 passengers on board, the harbour "
                 "authority said. No one was hurt, said Mara Linde, a spokeswoman for the authority."},
        {"id": "en2", "outlet": "Evening Ledger", "published": "2026-03-02",
         "text": "The Kestrel, a ferry carrying 212 passengers, ran aground off Brenmouth on Sunday, according to the "
                 "harbour authority. Mara Linde, the authority's spokeswoman, said nobody was injured."},
        {"id": "de1", "outlet": "Nordkurier Blatt",  # undated: it borrows no date, as nothing is read from it
         "text": "Die Fähre Kestrel ist am Sonntag vor Brenmouth mit 212 Passagieren an Bord auf Grund gelaufen, "
                 "teilte die Hafenbehörde mit. Verletzt wurde niemand, sagte eine Sprecherin der Behörde, Mara Linde."},
    ])
    out, md = tmp_path / "report.json", tmp_path / "report.md"
    proc = run("analyze", str(src), "--db", str(tmp_path / "a.db"), "--json", str(out), "--md", str(md))
    assert proc.returncode == 0, proc.stderr
    assert "not read: 1 article in a language the nlp model does not read (de)" in " ".join(proc.stderr.split())
    report = json.loads(out.read_text("utf-8"))
    validate(report, "report.schema.json")
    assert [a["language"] for a in report["articles"]] == ["en", "en", "de"]  # stored, nothing lost
    [story] = [s for s in report["stories"] if "de1" in s["articles"]]
    assert story["unread"] == {"de1": "de"} and not story["borrowed_dates"]
    mentioned = {m["article"] for s in report["stories"] for c in s["claims"] for m in c["mentions"]}
    assert mentioned == {"en1", "en2"}
    assert "Nordkurier Blatt is in another language (de) than the nlp model reads" in md.read_text("utf-8")


def test_read_commands_refuse_a_store_that_is_not_there_and_create_none(tmp_path):
    for args in (["stories"], ["show", "s1"], ["export", "--all"], ["serve"]):
        proc = run(*args, "--db", str(tmp_path / "typo.db"))
        assert proc.returncode == 2 and "NT205" in proc.stderr and "Traceback" not in proc.stderr, args
    assert not list(tmp_path.iterdir())
    assert run("stories", cwd=tmp_path).returncode == 2 and not list(tmp_path.iterdir())  # the default store too


def test_empty_or_missing_inputs_are_an_error_and_write_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "blob.bin").write_bytes(bytes(range(256)) * 4)
    db, md = tmp_path / "out.db", tmp_path / "r.md"
    for inputs, code in (([str(tmp_path / "empty")], "NT126"), ([str(tmp_path / "tpyo")], "NT126"),
                         ([str(tmp_path / "junk")], "NT127")):
        proc = run("analyze", *inputs, "--db", str(db), "--md", str(md))
        assert proc.returncode == 1 and code in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert not db.exists() and not md.exists() and not (tmp_path / "out.db-wal").exists()
    assert "junk/blob.bin" in proc.stderr and "NT102" in proc.stderr  # each rejection still named


def test_unknown_story_is_a_clear_error(tmp_path):
    db = str(tmp_path / "x.db")
    run("ingest", str(EXAMPLES / "nordic-wire.rss"), "--db", db)
    proc = run("show", "nope", "--db", db)
    assert proc.returncode == 2 and "NT203" in proc.stderr and "Traceback" not in proc.stderr


def test_evaluating_without_the_data_names_the_folder_it_looked_in(tmp_path):
    proc = run("evaluate", "timex", "--data", str(tmp_path / "nowhere"))
    assert proc.returncode == 2 and "NT307" in proc.stderr and "nowhere" in proc.stderr
    assert "This is a bug" not in proc.stderr and "Traceback" not in proc.stderr


def test_examples_ingest_cleanly(tmp_path):
    proc = run("ingest", str(EXAMPLES), "--db", str(tmp_path / "e.db"), "--json")
    summary = json.loads(proc.stdout)
    assert proc.returncode == 0 and summary["articles"] == 8 and summary["duplicates"] == 1


@needs_contracts
def test_annotate_writes_contract_lines_in_input_order(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"id": "z-last", "text": "  Officials said on Friday that 40 containers were lost.", "published": "2026-03-10"},
            {"id": "a-first", "text": ""},
            {"id": "m-mid", "text": "The Kremlin said nothing."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = tmp_path / "ann.jsonl"
    proc = run("annotate", str(src), "--out", str(out), "--db", str(tmp_path / "a.db"), "--quiet")
    assert proc.returncode == 1 and "NT107" in proc.stderr  # the empty one is named, the rest written
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["z-last", "m-mid"]
    for line in lines:
        validate(line, "annotations.schema.json")
    friday = [t for t in lines[0]["timexes"] if t["value"] == "2026-03-06"]
    assert friday and rows[0]["text"][friday[0]["start"]:friday[0]["end"]] == "Friday"  # offsets into the input


def test_analyzed_store_lists_shows_and_exports(tmp_path):
    import csv

    db = str(tmp_path / "e.db")
    proc = run("analyze", str(EXAMPLES), "--db", db, "--quiet")
    assert proc.returncode == 0, proc.stderr
    listing = run("stories", "--db", db).stdout
    assert "Kestrel Bay" in listing and "5 articles · 4 outlets" in listing and "conflict" in listing
    sid = next(s["id"] for s in json.loads(run("stories", "--db", db, "--json").stdout) if "Kestrel" in s["title"])
    shown = run("show", sid, "--db", db).stdout
    assert "Halvorsen Shipping" in shown and "why:" in shown and "conflict (quantity)" in shown
    out = tmp_path / "claims.csv"
    done = run("export", sid, "--db", db, "--out", str(out))
    assert done.returncode == 0 and "claims rows" in done.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and {"claim", "text", "grade", "sources", "reasons"} <= set(rows[0])
    mentions = [json.loads(line) for line in run("export", "--all", "--db", db, "--table", "mentions",
                                                  "--format", "jsonl").stdout.splitlines()]
    assert {m["story"] for m in mentions} == {s["id"] for s in json.loads(run("stories", "--db", db,
                                                                              "--json").stdout)}
    assert all(m["sentence"] and m["text"] in m["sentence"] or m["text"] for m in mentions)
    sources = run("export", sid, "--db", db, "--table", "sources", "--format", "csv").stdout
    assert sources.startswith("story,source,name,kind,claims,mentions,outlets") and "Blue Coast Watch" in sources
    bad = run("export", sid, "--all", "--db", db)
    assert bad.returncode == 2 and "STORY or --all" in bad.stderr


def test_a_second_writer_of_stories_is_refused_while_ingest_still_runs(tmp_path):
    """A `watch` holds the store's lease on its stories: `analyze` and another `watch` are refused with the
    holder named (exit 2), `ingest` goes on, and the lease is free again when the holder lets go."""
    from newstrace.config import Config
    from newstrace.pipeline import Pipeline

    db = str(tmp_path / "w.db")
    good = tmp_path / "a.txt"
    good.write_text("The bridge reopened on Monday after two weeks of repairs, the city said.", "utf-8")
    pipe = Pipeline(Config(file=None).with_(db=db))
    with pipe.writing(3600):
        for command in (("analyze", str(good)), ("watch", str(good), "--once")):
            refused = run(*command, "--db", db, "-q")
            assert refused.returncode == 2 and "NT208" in refused.stderr and "Traceback" not in refused.stderr
        assert run("ingest", str(good), "--db", db).returncode == 0
    pipe.close()
    assert run("watch", str(good), "--once", "--db", db, "-q").returncode == 0
