"""Helpers the tests share: paths to the project, the shared contracts, data and the example corpus.

Tests that need `../shared` say so with one of the marks below, so that they skip before they start (never
halfway through), with the reason in the report: `pytest -rs` lists them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSTRACE_SHARED", ROOT.parent / "shared"))
DATA = Path(os.environ.get("NEWSTRACE_EVAL_DATA", SHARED / "data"))
EXAMPLES = ROOT / "examples" / "corpus"


def _needs(path: Path, what: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not found: {what} (set NEWSTRACE_SHARED to the "
                                                        "folder that holds contracts/, data/, eval/ and seeds/)")


needs_contracts = _needs(SHARED / "contracts", "the public contract the output is checked against")
needs_seeds = _needs(SHARED / "seeds" / "seed-a.txt", "the two seed reports")
needs_scorers = _needs(SHARED / "eval", "the shared scorers")


def needs_data(task: str) -> pytest.MarkDecorator:
    return _needs(DATA / task / "gold.jsonl", f"the dev data of the {task} task")


def chromium() -> str | None:
    """The system Chromium the browser tests drive (NEWSTRACE_CHROMIUM, else `chromium` on PATH)."""
    import shutil

    return os.environ.get("NEWSTRACE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def contract(name: str) -> dict:
    return json.loads((SHARED / "contracts" / name).read_text("utf-8"))


def validate(instance: dict, schema_name: str) -> None:
    import jsonschema

    jsonschema.Draft202012Validator(contract(schema_name)).validate(instance)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    """Rows as a JSONL input file (one JSON object a line)."""
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path
