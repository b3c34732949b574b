"""ingest(): ids, outlets, duplicates, idempotent re-runs, bad inputs and crash recovery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from newstrace.ingest import ingest
from newstrace.store import Store
from support import write_jsonl

STORY = ("The ferry between Askøy and Bergen will resume service on Friday after repairs to its loading ramp, "
         "the harbour master said on Tuesday. Passengers have used a replacement bus for two weeks. ")


def test_ids_outlets_language_and_extra(tmp_path, store, config):
    src = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "given-1", "text": STORY, "url": "https://www.fjordpost.co.uk/x", "topic": "transport"},
        {"text": "A different report entirely, about a storm that closed three mountain passes overnight.",
         "outlet": "Fjord Post"},
    ])
    result = ingest([str(src)], store, config)
    assert result.ok and result.added == 2
    a, b = store.articles()
    assert a.id == "given-1" and a.outlet == "fjordpost.co.uk" and a.language == "en"
    assert a.extra == {"topic": "transport"} and a.origin.endswith("a.jsonl:1")
    assert b.id.startswith("a") and len(b.id) == 17 and b.outlet == "Fjord Post"


def test_reingest_changes_nothing(tmp_path, store, config):
    src = write_jsonl(tmp_path / "a.jsonl", [{"text": STORY}, {"id": "x", "text": STORY + " More."}])
    first = ingest([str(src)], store, config)
    before = [a.to_dict() for a in store.articles()]
    second = ingest([str(src)], store, config)
    assert (first.added, second.added, second.unchanged) == (2, 0, 2)
    assert [a.to_dict() for a in store.articles()] == before
    assert second.ids == first.ids


def test_exact_and_near_duplicates(tmp_path, store, config):
    rows = [
        {"id": "orig", "text": STORY * 3, "published": "2026-03-02"},
        {"id": "exact", "text": (STORY * 3).upper()},
        {"id": "near", "text": (STORY * 3).replace("two weeks", "fourteen days", 1), "outlet": "Other"},
        {"id": "other", "text": "Completely unrelated text about a football match that ended in a draw. " * 3},
    ]
    result = ingest([str(write_jsonl(tmp_path / "d.jsonl", rows))], store, config)
    dup = {a.id: a.duplicate_of for a in store.articles()}
    assert dup == {"orig": None, "exact": "orig", "near": "orig", "other": None}
    assert result.duplicates == 2


def test_earlier_publication_becomes_the_original(tmp_path, store, config):
    ingest([str(write_jsonl(tmp_path / "late.jsonl", [{"id": "late", "text": STORY * 3, "published": "2026-03-05"}]))],
           store, config)
    ingest([str(write_jsonl(tmp_path / "early.jsonl", [{"id": "early", "text": STORY * 3, "published": "2026-03-01"}]))],
           store, config)
    assert {a.id: a.duplicate_of for a in store.articles()} == {"late": "early", "early": None}


def test_near_duplicate_threshold_is_a_setting(tmp_path, store, config):
    rows = [{"id": "a", "text": STORY * 2}, {"id": "b", "text": STORY + "Completely new second half of the text here."}]
    ingest([str(write_jsonl(tmp_path / "d.jsonl", rows))], store, config.with_(near_duplicate_threshold=0.99))
    assert all(a.duplicate_of is None for a in store.articles())


def test_bad_inputs_are_named_and_the_rest_goes_in(tmp_path, store, config):
    (tmp_path / "in").mkdir()
    d = tmp_path / "in"
    (d / "good.txt").write_text(STORY, "utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blob.bin").write_bytes(bytes(range(256)) * 2)
    (d / "big.txt").write_text("word " * 400, "utf-8")
    (d / "lines.jsonl").write_text('{"text": "ok line one."}\n{broken\n', "utf-8")
    (d / "nav.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    (d / ".hidden.txt").write_text("never read", "utf-8")
    result = ingest([str(d), str(tmp_path / "missing.txt")], store, config.with_(max_input_bytes=1500))
    codes = sorted((r.code, Path(r.params["origin"]).name) for r in result.rejected)
    assert codes == [("NT101", "empty.txt"), ("NT102", "blob.bin"), ("NT104", "big.txt"),
                     ("NT105", "nav.html"), ("NT106", "lines.jsonl:2"), ("NT111", "missing.txt")]
    assert result.added == 2 and store.count_articles() == 2


def test_same_id_with_other_text_is_refused_not_overwritten(tmp_path, store, config):
    ingest([str(write_jsonl(tmp_path / "a.jsonl", [{"id": "k", "text": STORY}]))], store, config)
    result = ingest([str(write_jsonl(tmp_path / "b.jsonl", [{"id": "k", "text": "Other text."}]))], store, config)
    [rej] = result.rejected
    assert rej.code == "NT115" and "b.jsonl:1" in str(rej) and "a.jsonl:1" in str(rej)
    assert store.articles()[0].text == STORY


def test_meta_fills_missing_fields_only(tmp_path, store, config):
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    src = write_jsonl(tmp_path / "b.jsonl", [{"text": "Other text.", "published": "2025-01-01"}])
    ingest([str(tmp_path / "a.txt"), str(src)], store, config, meta={"published": "2024-11-22", "outlet": "Desk"})
    a, b = store.articles()
    assert (a.published, a.outlet) == ("2024-11-22", "Desk")
    assert b.published == "2025-01-01"


# `newstrace ARGS...` in a process that SIGKILLs itself right after its second commit to the store
KILL_AFTER_TWO_COMMITS = """
import os, signal, sys
from newstrace.store import Store
add, commits = Store.add_articles, []
def add_then_die(self, *args, **kwargs):
    add(self, *args, **kwargs)
    commits.append(1)
    if len(commits) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
Store.add_articles = add_then_die
from newstrace.cli import main
sys.argv = ["newstrace", *sys.argv[1:]]
main()
"""


def test_kill_mid_ingest_keeps_commits_and_rerun_resumes(tmp_path):
    db = tmp_path / "k.db"
    src = write_jsonl(tmp_path / "many.jsonl", [{"id": f"n{i}", "text": f"Report number {i}. " + STORY} for i in range(23)])
    env = {**os.environ, "NEWSTRACE_COMMIT_EVERY": "5"}
    args = ["ingest", str(src), "--db", str(db), "--quiet"]
    killed = subprocess.run([sys.executable, "-c", KILL_AFTER_TWO_COMMITS, *args], env=env, capture_output=True,
                            text=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    store = Store(str(db))
    assert store.article_ids() == [f"n{i}" for i in range(10)]  # two whole batches, nothing half-written
    resumed = subprocess.run([sys.executable, "-m", "newstrace", *args[:-1], "--json"], env=env,
                             capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert (summary["added"], summary["unchanged"]) == (13, 10)
    assert store.article_ids() == [f"n{i}" for i in range(23)]
