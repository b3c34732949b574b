"""The evaluation glue on a tiny data folder of our own, scored by the shared scorer."""

from __future__ import annotations

import json
import shutil

import pytest

from newstrace.config import Config
from newstrace.evaluation import evaluate
from support import SHARED, needs_scorers

pytestmark = [pytest.mark.slow, needs_scorers]


def test_timex_evaluation_runs_the_product_and_the_scorer(tmp_path):
    scorer = SHARED / "eval" / "score_timex.py"
    (tmp_path / "eval").mkdir()
    shutil.copy(scorer, tmp_path / "eval")
    data = tmp_path / "data" / "timex"
    data.mkdir(parents=True)
    text = "The harbour reopened on Friday after repairs that took two weeks, the port said last month."
    (data / "articles.jsonl").write_text(json.dumps({"id": "d1", "text": text, "published": "2026-03-13"}) + "\n")
    gold = [{"start": text.index("Friday"), "end": text.index("Friday") + 6, "type": "DATE", "value": "2026-03-13"},
            {"start": text.index("two weeks"), "end": text.index("two weeks") + 9, "type": "DURATION", "value": "P2W"},
            {"start": text.index("last month"), "end": text.index("last month") + 10, "type": "DATE",
             "value": "2026-02"}]
    (data / "gold.jsonl").write_text(json.dumps({"id": "d1", "timexes": gold}) + "\n")
    result = evaluate("timex", tmp_path / "data", config=Config(file=None))
    assert result["articles"] == 1
    assert result["product"]["value_f1"] == pytest.approx(1.0)
    assert result["baseline"]["value_f1"] == 0.0


def _copy_scorer(tmp_path, task: str):
    scorer = SHARED / "eval" / f"score_{task}.py"
    (tmp_path / "eval").mkdir(exist_ok=True)
    shutil.copy(scorer, tmp_path / "eval")


EVENTS = {  # fictional: four events, two reports each
    "ferry": ("Ferry {} runs aground off Kestrel Island", "The ferry {} ran aground off Kestrel Island on Monday; "
              "all 212 passengers were taken ashore by lifeboat crews, the coastguard said."),
    "bridge": ("Toll bridge {} to close for repairs", "The Alder toll bridge {} will close for six weeks of repairs "
               "to its cables from March, the regional roads agency announced."),
    "strike": ("Dock workers {} strike over pay", "Dock workers at Port Halvern {} walked out on Tuesday in a dispute "
               "over pay, halting container traffic, their union said."),
    "festival": ("Film festival {} names winner", "The Marrow Film Festival {} gave its top prize to a documentary "
                 "about river fishermen, the jury said on Sunday."),
}


def test_stories_evaluation_scores_the_product_and_its_checks(tmp_path):
    _copy_scorer(tmp_path, "stories")
    data = tmp_path / "data"
    (data / "stories").mkdir(parents=True)
    (data / "claims").mkdir(parents=True)
    articles, gold, claims_gold = [], [], []
    for n, (key, (title, text)) in enumerate(EVENTS.items()):
        for k, tag in enumerate(("(update)", "(report)")):
            aid = f"{key}-{k}"
            articles.append({"id": aid, "title": title.format(tag), "text": text.format(tag),
                             "published": f"2026-03-{10 + n:02d}", "outlet": f"outlet-{k}"})
            gold.append({"id": aid, "story": f"dev:{key}", "dataset": "dev"})
            # the claims task's layout: ECB+ topics, each with an ECB half and an ECB+ half (sub-topics)
            claims_gold.append({"id": aid, "topic": str(n // 2), "doc": f"{n}_{k}ecb" + ("plus" if n % 2 else "")})
    for folder, rows in (("stories", gold), ("claims", claims_gold)):
        (data / folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
        (data / folder / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in rows))
    result = evaluate("stories", data, config=Config(file=None))
    assert result["product"]["bcubed_f1"] == pytest.approx(1.0)
    sparse = result["check: sparse (90% of stories cut to one report)"]
    assert sparse["articles"] < result["articles"] and sparse["bcubed_f1"] == pytest.approx(1.0)
    assert result["check: big stories (ECB+ sub-topics)"]["bcubed_f1"] == pytest.approx(1.0)
