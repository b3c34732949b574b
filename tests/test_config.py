"""Settings: overlays, coercion, and that docs/settings.md documents every one."""

from __future__ import annotations

import pytest

from newstrace.config import SETTINGS, Config
from newstrace.errors import NewstraceError
from support import ROOT


def test_every_setting_is_documented():
    doc = (ROOT / "docs" / "settings.md").read_text("utf-8")
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in doc]
    assert not missing, f"docs/settings.md does not document {missing}"


def test_file_env_and_overrides_in_that_order(tmp_path, monkeypatch):
    cfg = tmp_path / "n.toml"
    cfg.write_text("[newstrace]\ncommit_every = 7\nstory_threshold = 0.4\n", "utf-8")
    monkeypatch.setenv("NEWSTRACE_STORY_THRESHOLD", "0.45")
    c = Config({"db": "x.db"}, file=cfg)
    assert (c.commit_every, c.story_threshold, c.db) == (7, 0.45, "x.db")


def test_bad_settings_are_named():
    with pytest.raises(NewstraceError) as unknown:
        Config({"no_such": 1}, file=None)
    assert unknown.value.code == "NT301"
    with pytest.raises(NewstraceError) as bad:
        Config({"commit_every": "many"}, file=None)
    assert bad.value.code == "NT302" and "commit_every" in str(bad.value)
