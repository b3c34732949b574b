"""Stories end to end on the example corpus: real annotations and the packaged embedding model."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from support import EXAMPLES, needs_contracts, validate

pytestmark = pytest.mark.slow


@needs_contracts
def test_reworded_reports_join_and_events_stay_apart(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "title": "Chile sent rescue helicopters to Peru, Lima says", "published": "2024-11-22",
         "text": "Chile provided rescue helicopters to Peru in exchange for fishing rights, Peru's national "
                 "disaster chief said on Friday."},
        {"id": "b", "title": "Santiago delivers flood rescue helicopters to Lima", "published": "2024-11-22",
         "text": "Rescue helicopters and flood pumps have been delivered to Peru by Chile, "
                 "Lima's top disaster official told a broadcaster."},
        {"id": "c", "title": "Heavy snow closes mountain passes in Norway", "published": "2024-11-22",
         "text": "Three mountain passes in western Norway were closed overnight after heavy snowfall, the road "
                 "authority said."},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = tmp_path / "r.json"
    proc = subprocess.run([sys.executable, "-m", "newstrace", "analyze", str(src), "--db", str(tmp_path / "s.db"),
                           "--json", str(out), "--quiet"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out.read_text("utf-8"))
    validate(report, "report.schema.json")
    story = {a["id"]: a["story"] for a in report["articles"]}
    assert story["a"] == story["b"] != story["c"]


def test_example_corpus_stories(tmp_path):
    out = tmp_path / "r.json"
    proc = subprocess.run([sys.executable, "-m", "newstrace", "analyze", str(EXAMPLES), "--db",
                           str(tmp_path / "e.db"), "--json", str(out), "--quiet"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out.read_text("utf-8"))
    story = {a["id"]: a["story"] for a in report["articles"]}
    # the wire copy sits with its original; the two events never share a story
    assert story["coastline-0310-kestrel"] == story["nordicwire-20260310-kestrel"]
    assert story["nordicwire-20260310-kestrel"] != story["nordicwire-20260514-cable"]
    assert story["coastline-0514-cable"] == story["nordicwire-20260514-cable"]
    cable = next(s for s in report["stories"] if s["id"] == story["nordicwire-20260514-cable"])
    assert cable["title"] and cable["first_seen"] == "2026-05-14"


def test_a_stream_adds_new_articles_to_the_stored_grouping_without_regrouping(tmp_path, monkeypatch):
    """What `watch` does between rounds: the first update groups the store, later ones add only what is new
    (no batch clustering), write only the stories it joined and analyse only those; a new process resumes
    the stored grouping as it stands."""
    import shutil

    from newstrace.config import Config
    from newstrace.pipeline import Pipeline

    inbox = tmp_path / "inbox"
    shutil.copytree(EXAMPLES, inbox, ignore=shutil.ignore_patterns("coastline-daily.jsonl"))
    lines = (EXAMPLES / "coastline-daily.jsonl").read_text("utf-8").splitlines()
    kestrel = next(line for line in lines if "coastline-0310-kestrel" in line)
    config = Config(file=None).with_(db=str(tmp_path / "w.db"))
    pipe = Pipeline(config)
    pipe.ingest([str(inbox)])
    pipe.update(stream=True)
    before = {s.id: (s.articles, pipe.store.analysis_version(s.id)) for s in pipe.store.stories()}
    wire = pipe.store.story_of("nordicwire-20260310-kestrel")

    def no_regrouping(*args, **kwargs):
        raise AssertionError("a stream round clustered the whole store again")

    monkeypatch.setattr(Pipeline, "cluster", no_regrouping)
    (inbox / "late.jsonl").write_text(kestrel + "\n", "utf-8")
    pipe.ingest([str(inbox)])
    assert pipe.update(stream=True) == [wire]
    after = {s.id: (s.articles, pipe.store.analysis_version(s.id)) for s in pipe.store.stories()}
    assert set(after[wire][0]) == {*before[wire][0], "coastline-0310-kestrel"}
    assert {k: v for k, v in after.items() if k != wire} == {k: v for k, v in before.items() if k != wire}
    assert pipe.store.analysis(wire) is not None
    pipe.close()

    # a new process (a restarted watch) resumes: nothing regrouped, nothing analysed again, then adds the next one
    cable = next(line for line in lines if "coastline-0514-cable" in line)
    (inbox / "later.jsonl").write_text(cable + "\n", "utf-8")
    again = Pipeline(config)
    again.ingest([str(inbox)])
    story = again.store.story_of("nordicwire-20260514-cable")
    assert again.update(stream=True) == [story]
    assert again.store.story_of("coastline-0514-cable") == story
    assert again.store.analysis_version(wire) == after[wire][1]
    again.close()
