"""The pipeline's shape, checked on the sources: which package may import which."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from support import ROOT

PACKAGE = ROOT / "src" / "newstrace"


def imports(path: Path) -> set[str]:
    """Absolute names of the modules a file imports (relative imports resolved)."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = ".".join(parts[:-1])  # the package a relative import starts from
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.add(name)
            out.update(f"{name}.{alias.name}" for alias in node.names)
    return out


def sources(folder: str = "") -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def offenders(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [f"{f.relative_to(PACKAGE)} imports {name}" for f in files for name in sorted(imports(f))
            if any(name == x or name.startswith(x + ".") for x in forbidden)]


def test_provenance_imports_nothing_of_claims_or_report():
    assert offenders(sources("provenance"), ("newstrace.claims", "newstrace.report")) == []


@pytest.mark.parametrize("stage", ["stories", "claims"])
def test_stories_and_claims_take_shared_word_lists_from_the_lexicon_not_from_nlp(stage):
    assert offenders(sources(stage), ("newstrace.nlp",)) == []
    assert offenders(sources("provenance"), ("newstrace.nlp",)) == []


def test_only_the_store_speaks_sql():
    outside = [f for f in sources() if "store" not in f.relative_to(PACKAGE).parts[:1]]
    assert offenders(outside, ("sqlalchemy",)) == []


def test_stages_do_not_reach_into_presentation():
    stages = [f for stage in ("ingest", "nlp", "stories", "claims", "provenance", "store", "embeddings")
              for f in sources(stage)]
    assert offenders(stages, ("newstrace.report", "newstrace.web", "newstrace.cli", "newstrace.pipeline")) == []


def test_the_import_reader_sees_relative_imports():
    found = imports(PACKAGE / "provenance" / "__init__.py")
    assert "newstrace.model" in found and "newstrace.provenance.sources.SourceResolver" in found
