"""Shared fixtures: a temporary store and config, paths to the shared contracts and evaluation data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newstrace.config import Config
from newstrace.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSTRACE_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config({"db": str(tmp_path / "test.db")}, file=None).with_(commit_every=3)


@pytest.fixture
def store(config: Config) -> Store:
    s = Store(config.db)
    yield s
    s.close()


def contract(name: str) -> dict:
    path = SHARED / "contracts" / name
    if not path.exists():
        pytest.skip(f"{path} not found (set NEWSTRACE_SHARED)")
    return json.loads(path.read_text("utf-8"))


def validate(instance: dict, schema_name: str) -> None:
    import jsonschema

    jsonschema.Draft202012Validator(contract(schema_name)).validate(instance)
