"""Stored annotations and analyses are reused while their stage's VERSION stands (pipeline cache keys). This
test makes bumping it a decision rather than something to remember: when a stage's sources change, it fails until
the digest below is updated, and the message asks whether what the stage makes changed (then bump VERSION)."""

from __future__ import annotations

import hashlib

import pytest

import newstrace.claims
import newstrace.nlp
import newstrace.provenance
from support import ROOT

# stage -> (VERSION, digest of its sources, and the lexicon and language identification they read) as last reviewed
REVIEWED = {
    "nlp": (206, "4d289c737563"),
    "claims": (205, "8b3289c22368"),
    "provenance": (209, "e1d397348b55"),
}
STAGES = {"nlp": newstrace.nlp, "claims": newstrace.claims, "provenance": newstrace.provenance}


def digest(stage: str) -> str:
    package = ROOT / "src" / "newstrace"
    h = hashlib.sha256()
    for path in [*sorted((package / stage).glob("*.py")), package / "lexicon.py", package / "language.py"]:
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()[:12]


@pytest.mark.parametrize("stage", sorted(REVIEWED))
def test_a_changed_stage_was_reviewed_for_a_version_bump(stage):
    version, reviewed = REVIEWED[stage]
    now = (STAGES[stage].VERSION, digest(stage))
    assert now == (version, reviewed), (
        f"src/newstrace/{stage}/ (or lexicon.py) changed since it was reviewed. If what the stage makes changed, "
        f"bump newstrace.{stage}.VERSION so stored results are made again; then set REVIEWED[{stage!r}] = "
        f"({STAGES[stage].VERSION}, {now[1]!r}) in {__file__}.")


if __name__ == "__main__":  # python tests/test_stage_versions.py: the table as it would be now
    for name in sorted(REVIEWED):
        print(f'    "{name}": ({STAGES[name].VERSION}, "{digest(name)}"),')
