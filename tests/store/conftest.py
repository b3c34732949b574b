"""The store tests run on SQLite and on a real PostgreSQL server: `db_url` is each in turn."""

from __future__ import annotations

import pytest

from newstrace.store import Store


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "s.db")
    return request.getfixturevalue("postgres").database()


@pytest.fixture
def store(db_url: str):
    s = Store(db_url)
    yield s
    s.close()
