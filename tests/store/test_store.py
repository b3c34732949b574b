"""The store: schema versions, WAL, concurrent reading during a write, round trips."""

from __future__ import annotations

import sqlite3

import pytest

from newstrace.errors import NewstraceError
from newstrace.model import (
    Annotations,
    Article,
    Attribution,
    Claim,
    Conflict,
    Mention,
    MentionRef,
    Quantity,
    Story,
    StoryAnalysis,
    Timex,
)
from newstrace.store import Store, schema


def add(store: Store, article: Article) -> None:
    store.add_articles([(article, "h-" + article.id, None)])


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
    raw = sqlite3.connect(path, isolation_level=None)  # another writer, mid-transaction
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("INSERT INTO articles (id, text, text_hash, published_estimated, extra, ingested_at) "
                "VALUES ('a2', 'two', 'h2', 0, '{}', 'now')")
    assert reader.article_ids() == ["a1"]  # not blocked, sees the last commit
    raw.execute("COMMIT")
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
    analysis = StoryAnalysis("s1", claims=[Claim("c1", "A claim.", [Mention(
        "a0", "X", 0, 6, "text 0", (0, 6), Attribution([(0, 1)], [(1, 2)], [(2, 6)], source_text="t"), "reported",
        False, quantities=[Quantity(0, 1, 2.0, "2", "ships")], entities={"person:b", "person:a"})],
        ["X"], match=0.7, sources=["person:a"], independent_sources=1, credibility=3, reasons=["one source"])],
        conflicts=[Conflict("time", ["c1"], [MentionRef("a0", 0, 6)], "why", ["a (X)", "b (Y)"])])
    store.save_analysis("sig", analysis)
    assert store.analysis("s1") == analysis and store.analysis("s1", "other") is None
    assert store.story("s1") == s and store.story_of("a2") == "s1" and store.story_of("a1") is None
    with pytest.raises(NewstraceError) as err:
        store.story("nope")
    assert err.value.code == "NT203"


def test_a_store_of_schema_version_2_opens_and_keeps_its_articles_and_stories(tmp_path):
    """A store written before analyses were typed: it opens, keeps everything, and the old analysis (a
    report-shaped dict) is not read but made again by the next analyze."""
    path = tmp_path / "old.db"
    Store(str(path)).close()
    conn = sqlite3.connect(path)
    conn.executescript("""
        DROP TABLE analyses;
        CREATE TABLE analyses (story_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
                               signature VARCHAR(64) NOT NULL, data JSON NOT NULL, created_at VARCHAR(40) NOT NULL);
        UPDATE meta SET value = '2' WHERE key = 'schema_version';
        INSERT INTO articles (id, text, text_hash, published_estimated, extra, ingested_at)
            VALUES ('a1', 'Old text.', 'h1', 0, '{}', 'then');
        INSERT INTO stories (id, title, outlets, size, updated_at) VALUES ('s1', 'Old story', '[]', 1, 'then');
        INSERT INTO story_articles (article_id, story_id) VALUES ('a1', 's1');
        INSERT INTO analyses VALUES ('s1', 'sig', '{"claims": [{"id": "c1", "mentions": []}]}', 'then');
    """)
    conn.commit()
    conn.close()
    store = Store(str(path))
    assert sqlite3.connect(path).execute("SELECT value FROM meta").fetchone()[0] == str(schema.SCHEMA_VERSION)
    assert [a.text for a in store.articles()] == ["Old text."] and store.story("s1").articles == ["a1"]
    assert store.analysis("s1") is None  # format 1: made again
    store.save_analysis("sig", StoryAnalysis("s1"))
    assert store.analysis("s1", "sig") == StoryAnalysis("s1")


def test_a_store_of_schema_version_3_gains_corrections_and_the_claim_index(tmp_path):
    from newstrace.model import Claim, Correction, MentionRef, Story

    path = tmp_path / "v3.db"
    Store(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO articles (id, text, text_hash, published_estimated, extra, ingested_at) "
                 "VALUES ('a1', 'It happened.', 'h1', 0, '{}', 'then')")
    conn.commit()
    store = Store(str(path))
    store.save_stories([Story("s1", "A story", ["a1"], ["Outlet"])])
    store.close()
    conn.executescript("""
        DROP TABLE corrections; DROP TABLE claim_voices; DROP TABLE claim_index;
        UPDATE meta SET value = '3' WHERE key = 'schema_version';
    """)
    conn.commit()
    conn.close()
    store = Store(str(path))
    assert store.story("s1").title == "A story"
    fix = store.add_correction(Correction("s1", "split", [MentionRef("a1", 0, 5)], author="kari"))
    assert [c.id for c in store.corrections("s1")] == [fix]
    store.save_analysis("sig", StoryAnalysis("s1", claims=[Claim("c1", "It happened.", [], credibility=3)]))
    assert store.story_summaries()[0][0]["claims"] == 1
