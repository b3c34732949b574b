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
        {"id": "a", "title": "Russia sent air defense missiles to North Korea, Seoul says", "published": "2024-11-22",
         "text": "Russia provided air defense missiles to North Korea in exchange for troops, South Korea's national "
                 "security adviser said on Friday."},
        {"id": "b", "title": "Moscow delivers anti-aircraft missiles to Pyongyang", "published": "2024-11-22",
         "text": "Anti-aircraft missiles and air defence equipment have been delivered to North Korea by Russia, "
                 "Seoul's top security adviser told a broadcaster."},
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
