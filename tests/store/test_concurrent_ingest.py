"""Two `ingest` processes writing to one store at once, on SQLite and on PostgreSQL: nothing lost, nothing
stored twice, and an article both carry is "unchanged" for the one that came second, not an error."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from newstrace.store import Store

pytestmark = pytest.mark.slow


def text(i: int) -> str:
    return f"Report {i}: the harbour office in Bergen said on Monday that {i * 7} boats had left the port."


def test_two_ingests_at_once_lose_nothing_and_duplicate_nothing(db_url, tmp_path):
    halves = {"a": range(0, 300), "b": range(150, 450)}  # 150 articles in both
    for name, ids in halves.items():
        (tmp_path / f"{name}.jsonl").write_text(
            "".join(json.dumps({"id": f"r{i}", "outlet": "Harbour Wire", "text": text(i)}) + "\n" for i in ids),
            "utf-8")
    Store(db_url).close()  # the schema exists before the race, as for any store in use
    env = {**os.environ, "NEWSTRACE_COMMIT_EVERY": "10"}  # many small transactions: they interleave
    procs = [subprocess.Popen([sys.executable, "-m", "newstrace", "ingest", str(tmp_path / f"{name}.jsonl"), "--db",
                               db_url, "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for name in halves]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
    summaries = [json.loads(out) for out, _err in results]
    assert all(s["articles"] == 300 and s["rejected"] == 0 for s in summaries)
    assert sum(s["added"] for s in summaries) == 450  # each article stored once, by one of them
    store = Store(db_url)
    stored = {a.id: a.text for a in store.articles()}
    store.close()
    assert stored == {f"r{i}": text(i) for i in range(450)}
