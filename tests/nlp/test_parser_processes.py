"""How many parser processes annotation starts (nlp/annotate.py `processes`)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from newstrace.nlp.annotate import AUTO_PROCESSES_FROM, processes


def test_a_set_number_is_kept_and_auto_uses_every_core_only_for_large_batches(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2}, raising=False)
    assert processes(1, 10_000) == 1 and processes(4, 3) == 4
    assert processes(0, AUTO_PROCESSES_FROM - 1) == 1
    assert processes(0, AUTO_PROCESSES_FROM) == 3


SCRIPT = """
from newstrace.config import Config
from newstrace.model import Article
from newstrace.nlp.annotate import Annotator

texts = [Article(f"a{i}", f"The harbour office said on Monday that {i} boats had left.") for i in range(60000)]
print("started", flush=True)
for _ann in Annotator(Config(file=None)).annotate(texts, n_process=2):
    pass
"""


def _children(pid: int) -> set[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return {int(x) for x in fh.read().split()}
    except OSError:
        return set()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"  # a zombie has exited
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="reads /proc (Linux)")
def test_parser_workers_die_when_their_parent_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline:  # two parser processes (and the queue feeder)
            workers = {c for c in _children(parent.pid) if _alive(c)}
            time.sleep(0.5)
        assert len(workers) >= 2, "the parser processes did not start"
        time.sleep(6)  # let them load the model and take their first texts (the guard arms on the first)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 15
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers), "parser processes outlived their killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
