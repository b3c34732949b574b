"""The two seed reports (../shared/seeds) read as an analyst would, through `newstrace analyze`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from support import SHARED, needs_contracts, needs_seeds, validate

pytestmark = [pytest.mark.slow, needs_seeds, needs_contracts]


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    seeds = SHARED / "seeds"
    tmp = tmp_path_factory.mktemp("seeds")
    out = tmp / "r.json"
    proc = subprocess.run([sys.executable, "-m", "newstrace", "analyze", str(seeds / "seed-a.txt"),
                           str(seeds / "seed-b.txt"), "--db", str(tmp / "s.db"), "--meta", "published=2024-11-22",
                           "--json", str(out), "--md", str(tmp / "r.md"), "--html", str(tmp / "r.html"), "--quiet"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out.read_text("utf-8"))
    validate(report, "report.schema.json")
    [story] = report["stories"]
    return story, report


def claims_with(story, source):
    return [c for c in story["claims"] if source in c["sources"]]


def test_shin_and_nis_traced_in_both_outlets(story):
    s, _ = story
    assert any(len(c["outlets"]) == 2 for c in claims_with(s, "person:shinwonsik"))
    nis = claims_with(s, "org:nationalintelligenceservice")
    assert any(len(c["outlets"]) == 2 and c["independent_sources"] == 1 for c in nis)


def test_the_lead_claim_is_shins_and_the_officials_one_source_not_the_experts_view(story):
    s, _ = story
    [lead] = [c for c in s["claims"] if any(m["text"].startswith("South Korea has revealed") for m in c["mentions"])]
    assert len(lead["outlets"]) == 2 and lead["independent_sources"] == 1 and lead["credibility"] == 2
    # the officials South Korea's outlets cite and Shin, who speaks for them, are one source
    [source] = lead["sources"]
    assert source in ("person:shinwonsik", "group:officials@country:south-korea")
    assert not any("experts" in (m["source"] or "") for m in lead["mentions"])
    assert lead["reasons"][0].startswith("one source (") and "carried by 2 outlets" in lead["reasons"][0]


def test_shins_claims_are_reported_not_doubted_and_the_may_failure_is_asserted(story):
    s, _ = story
    aid = next(c for c in s["claims"] if "economic aid" in c["text"])
    assert aid["certainty"] == "reported" and aid["credibility"] != 4  # "claimed" is a verb of saying
    may = [m for c in s["claims"] for m in c["mentions"] if "in May" in m["text"] and "failed" in m["text"]]
    assert len(may) == 2 and all(m["certainty"] == "asserted" for m in may)
    [claim] = {c["id"]: c for c in s["claims"] for m in c["mentions"] if m in may}.values()  # matched across outlets
    assert not any("November" in m["text"] for m in claim["mentions"])  # not the launch of another month


def test_no_certainty_noise_among_the_conflicts_and_every_grade_says_why(story):
    s, _ = story
    assert all(k["kind"] in ("quantity", "time", "polarity") for k in s["conflicts"])
    assert all(c["reasons"] and c["reasons"][0] for c in s["claims"])


def test_report_dates_conflict_this_week_vs_last_month(story):
    s, _ = story
    assert any(k["kind"] == "time" and "this week" in k["description"] and "last month" in k["description"]
               for k in s["conflicts"])


def test_claims_only_seed_b_carries_are_unique_to_it(story):
    s, _ = story
    for who in ("person:volodymyrzelenskyy", "person:valeriizaluzhnyy"):
        for c in claims_with(s, who):
            assert len(c["outlets"]) == 1
    china = [c for c in s["claims"] if "China" in c["text"]]
    assert china and all(len(c["outlets"]) == 1 and c["outlets"] == china[0]["outlets"] for c in china)
    assert china[0]["id"] in s["unique"][china[0]["outlets"][0]]


def test_timeline_from_august_2023_to_november_2024(story):
    s, _ = story
    dates = [e["date"] for e in s["timeline"]]
    assert "2023-08" in dates and any(d.startswith("2024-W47") or d.startswith("2024-11") for d in dates)


def test_transfers_both_ways_in_the_actor_graph(story):
    s, _ = story
    edges = {(r["agent"], r["action"], r["recipient"]) for r in s["relations"]}
    assert ("country:russia", "supply", "country:north-korea") in edges
    assert ("country:north-korea", "supply", "country:russia") in edges
    assert ("country:north-korea", "deploy", "country:russia") in edges
