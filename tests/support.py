"""Helpers the tests share: paths to the project, the shared contracts and the example corpus."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSTRACE_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples" / "corpus"


def contract(name: str) -> dict:
    path = SHARED / "contracts" / name
    if not path.exists():
        pytest.skip(f"{path} not found (set NEWSTRACE_SHARED)")
    return json.loads(path.read_text("utf-8"))


def validate(instance: dict, schema_name: str) -> None:
    import jsonschema

    jsonschema.Draft202012Validator(contract(schema_name)).validate(instance)
