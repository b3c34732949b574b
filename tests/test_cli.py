"""The command line: exit codes, messages without tracebacks, and the report contract."""

from __future__ import annotations

import json
import subprocess
import sys

from support import EXAMPLES, needs_contracts, validate


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
    ]), "utf-8")
    out = tmp_path / "report.json"
    proc = run("analyze", str(src), "--db", str(tmp_path / "a.db"), "--json", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out.read_text("utf-8"))
    validate(report, "report.schema.json")
    assert [a["id"] for a in report["articles"]] == ["keep-me-1", "keep-me-2"]
    assert report["articles"][0]["outlet"] == "City Paper" and report["articles"][0]["published"] == "2025-06-01"


def test_unknown_story_is_a_clear_error(tmp_path):
    proc = run("show", "nope", "--db", str(tmp_path / "x.db"))
    assert proc.returncode == 2 and "NT203" in proc.stderr and "Traceback" not in proc.stderr


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
