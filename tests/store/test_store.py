"""The store: schema versions, WAL, concurrent reading during a write, round trips."""

from __future__ import annotations

import sqlite3

import pytest

from newstrace.errors import NewstraceError
from newstrace.model import Annotations, Article, Attribution, Story, Timex
from newstrace.store import Store, schema


def add(store: Store, article: Article) -> None:
    with store.transaction() as conn:
        store.insert_article(conn, article, "h-" + article.id, None)


def test_new_store_is_wal_and_versioned(tmp_path):
    path = tmp_path / "s.db"
    Store(str(path)).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(schema.SCHEMA_VERSION)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.db"
    Store(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    conn.commit()
    with pytest.raises(NewstraceError) as err:
        Store(str(path))
    assert err.value.code == "NT202"


def test_migrations_run_in_order_from_an_older_version(tmp_path, monkeypatch):
    from newstrace.store import migrations

    path = tmp_path / "s.db"
    Store(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value='0' WHERE key='schema_version'")
    conn.commit()
    ran = []
    monkeypatch.setattr(migrations, "MIGRATIONS", [(1, lambda c: ran.append(1))])
    Store(str(path)).close()
    assert ran == [1]
    assert sqlite3.connect(path).execute("SELECT value FROM meta").fetchone()[0] == "1"


def test_unopenable_store_names_the_url(tmp_path):
    with pytest.raises(NewstraceError) as err:
        Store(str(tmp_path / "no" / "such" / "dir" / "x.db"))
    assert err.value.code == "NT201" and "x.db" in str(err.value)


def test_reader_sees_committed_rows_while_a_writer_holds_a_transaction(tmp_path):
    path = str(tmp_path / "s.db")
    writer, reader = Store(path), Store(path)
    add(writer, Article("a1", "one"))
    with writer.transaction() as conn:
        writer.insert_article(conn, Article("a2", "two"), "h2", None)
        assert reader.article_ids() == ["a1"]  # not blocked, sees the last commit
    assert reader.article_ids() == ["a1", "a2"]


def test_annotations_are_fresh_only_for_same_text_and_version(store):
    add(store, Article("a1", "text"))
    ann = Annotations("a1", sentences=[(0, 4)], attributions=[Attribution([(0, 1)], [(1, 2)], [(2, 4)])],
                      timexes=[Timex(0, 4, "DATE", "2024")])
    store.save_annotations([ann], version="v1")
    assert store.annotations(["a1"], "v1")["a1"] == ann
    assert store.annotations(["a1"], "v2") == {}


def test_stories_and_analyses_round_trip(store):
    for i in range(3):
        add(store, Article(f"a{i}", f"text {i}"))
    store.save_stories([Story("s1", "Title", ["a0", "a2"], ["X"], "2024-01-01", "2024-01-02")])
    [s] = store.stories()
    assert (s.id, s.articles, s.outlets) == ("s1", ["a0", "a2"], ["X"])
    store.save_analysis("s1", "sig", {"claims": [1]})
    assert store.analysis("s1") == {"claims": [1]} and store.analysis("s1", "other") is None
    with pytest.raises(NewstraceError):
        store.story("nope")
