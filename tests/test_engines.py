"""Engines (engines.py): the Ray engine gives the same report as the local one; without Ray, a clear error."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from newstrace.config import Config
from newstrace.engines import engine
from newstrace.errors import NewstraceError
from support import EXAMPLES


def test_an_unknown_engine_or_a_missing_ray_is_a_clear_error(monkeypatch):
    with pytest.raises(NewstraceError) as bad:
        engine(Config(file=None).with_(engine="spark"))
    assert bad.value.code == "NT302"
    monkeypatch.setitem(sys.modules, "ray", None)  # as if the extra were not installed
    with pytest.raises(NewstraceError) as missing:
        engine(Config(file=None).with_(engine="ray"))
    assert missing.value.code == "NT305" and "[ray]" in str(missing.value)


def _ray_or_skip() -> None:
    try:
        import ray  # noqa: F401
    except ImportError:
        if os.environ.get("NEWSTRACE_REQUIRE_RAY"):
            pytest.fail("ray is not installed (NEWSTRACE_REQUIRE_RAY is set)")
        pytest.skip("ray is not installed (pip install -e '.[ray]')")


@pytest.mark.slow
def test_the_ray_engine_gives_the_local_engines_report(tmp_path):
    _ray_or_skip()
    reports = {}
    for name in ("local", "ray"):
        out = tmp_path / f"{name}.json"
        done = subprocess.run([sys.executable, "-m", "newstrace", "analyze", str(EXAMPLES), "--db",
                               str(tmp_path / f"{name}.db"), "--json", str(out), "--engine", name, "-q"],
                              capture_output=True, text=True, timeout=600, env={**os.environ, "NEWSTRACE_RAY_CHUNK": "2"})
        assert done.returncode == 0, done.stderr
        reports[name] = json.loads(out.read_text("utf-8"))
        reports[name].pop("generated_at")
    assert reports["ray"] == reports["local"] and reports["local"]["stories"]
