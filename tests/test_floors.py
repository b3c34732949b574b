"""The score gate: every evaluation task run on the dev data in ../shared/data, each metric of eval/floors.txt
checked against its floor. Slow (about seven minutes for all five tasks on two cores); `-m "not eval"` leaves it
out while working, CI runs it."""

from __future__ import annotations

import pytest

from newstrace.config import Config
from newstrace.evaluation import FLOOR_TOLERANCE, TASKS, below_floors, evaluate, read_floors
from support import DATA, ROOT, needs_data, needs_scorers

FLOORS = ROOT / "eval" / "floors.txt"


def test_every_task_has_floors_and_the_file_reads():
    floors = read_floors(FLOORS)
    assert {t for t, *_ in floors} == set(TASKS)


def test_a_score_below_its_floor_by_more_than_the_tolerance_fails(tmp_path):
    floors = tmp_path / "floors.txt"
    floors.write_text("# comment\ntimex | product | value_f1 | 0.70\ntimex | check: x | f1 | 0.5\n")
    rows = read_floors(floors)
    ok = {"product": {"value_f1": 0.70 - FLOOR_TOLERANCE / 2}, "check: x": {"f1": 0.9}}
    assert below_floors("timex", ok, rows) == [] and below_floors("stories", {}, rows) == []
    low = {"product": {"value_f1": 0.69}, "check: x": {}}
    failed = below_floors("timex", low, rows)
    assert len(failed) == 2 and "0.6900 is below the floor 0.7" in failed[0] and "missing" in failed[1]
    floors.write_text("timex | product | 0.7\n")
    with pytest.raises(ValueError, match="floors.txt:1"):
        read_floors(floors)


@pytest.mark.eval
@pytest.mark.slow
@needs_scorers
@pytest.mark.parametrize("task", [pytest.param(t, marks=needs_data(t)) for t in TASKS])
def test_dev_scores_stay_above_their_floors(task):
    result = evaluate(task, DATA, config=Config(file=None), with_baseline=False)
    assert below_floors(task, result, read_floors(FLOORS)) == []
