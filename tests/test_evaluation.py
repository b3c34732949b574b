"""The evaluation glue on a tiny data folder of our own, scored by the shared scorer."""

from __future__ import annotations

import json
import shutil

import pytest

from newstrace.config import Config
from newstrace.evaluation import evaluate
from support import SHARED

pytestmark = pytest.mark.slow


def test_timex_evaluation_runs_the_product_and_the_scorer(tmp_path):
    scorer = SHARED / "eval" / "score_timex.py"
    if not scorer.exists():
        pytest.skip("../shared/eval not found")
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
