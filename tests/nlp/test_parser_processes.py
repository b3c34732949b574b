"""How many parser processes annotation starts (nlp/annotate.py `processes`)."""

from __future__ import annotations

import os

from newstrace.nlp.annotate import AUTO_PROCESSES_FROM, processes


def test_a_set_number_is_kept_and_auto_uses_every_core_only_for_large_batches(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2}, raising=False)
    assert processes(1, 10_000) == 1 and processes(4, 3) == 4
    assert processes(0, AUTO_PROCESSES_FROM - 1) == 1
    assert processes(0, AUTO_PROCESSES_FROM) == 3
