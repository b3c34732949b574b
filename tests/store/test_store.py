"""The store: schema versions and migrations, WAL, concurrent reading during a write, round trips, the queries
pages and search make. Tests taking `store` or `db_url` run on SQLite and on a real PostgreSQL server."""

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
    Entity,
    Mention,
    MentionRef,
    Quantity,
    Source,
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


def _sql(url: str, *statements: str) -> None:
    from sqlalchemy import create_engine, text

    from newstrace.store import store_url

    engine = create_engine(store_url(url))
    with engine.begin() as c:
        for statement in statements:
            c.execute(text(statement))
    engine.dispose()


def test_newer_schema_is_refused(db_url):
    Store(db_url).close()
    _sql(db_url, "UPDATE meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(NewstraceError) as err:
        Store(db_url)
    assert err.value.code == "NT202"


def test_migrations_run_in_order_from_an_older_version(db_url, monkeypatch):
    from newstrace.store import migrations

    Store(db_url).close()
    _sql(db_url, "UPDATE meta SET value='0' WHERE key='schema_version'")
    ran = []
    monkeypatch.setattr(migrations, "MIGRATIONS", [(1, lambda c: ran.append(1))])
    store = Store(db_url)
    assert ran == [1]
    with store.engine.connect() as c:
        from sqlalchemy import text

        assert c.execute(text("SELECT value FROM meta")).scalar_one() == "1"
    store.close()


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


def test_a_stream_writes_only_its_stories_and_finds_stories_by_when_they_were_last_seen(store):
    for i in range(4):
        add(store, Article(f"a{i}", f"text {i}"))
    store.save_stories([Story("s1", "March", ["a0"], [], "2026-03-01", "2026-03-02"),
                        Story("s2", "May", ["a1"], [], "2026-05-01", "2026-05-14")], {"a0": 0.5, "a1": 1.0})
    assert store.unassigned_article_ids() == ["a2", "a3"]
    store.update_stories([Story("s2", "May, later", ["a1", "a2"], ["Ledger"], "2026-05-01", "2026-05-15"),
                          Story("s3", "New", ["a3"], [], None, None)], {"a2": 0.4})
    assert {s.id: s.articles for s in store.stories()} == {"s1": ["a0"], "s2": ["a1", "a2"], "s3": ["a3"]}
    assert store.story("s2").title == "May, later" and store.story("s2").outlets == ["Ledger"]
    assert store.unassigned_article_ids() == []
    assert [s.id for s in store.stories(last_seen=("2026-03-01", "2026-03-02"))] == ["s1"]
    assert [s.id for s in store.stories(last_seen=("2026-03-03", "2026-05-15"))] == ["s2"]
    assert store.stories(last_seen=("2026-03-03", "2026-05-14")) == []


def test_a_stream_merges_entities_into_the_stored_ones(store):
    store.save_entities([Entity("person:ingrid-solberg", "Ingrid Solberg", "PERSON", ["Ingrid Solberg", "Solberg"])])
    store.update_entities([Entity("person:ingrid-solberg", "Solberg", "PERSON", ["Solberg", "Ms Solberg"]),
                           Entity("org:halvorsen", "Halvorsen Shipping", "ORG", ["Halvorsen"])])
    assert store.entities() == {
        "person:ingrid-solberg": Entity("person:ingrid-solberg", "Ingrid Solberg", "PERSON",
                                        ["Ingrid Solberg", "Solberg", "Ms Solberg"]),  # the name stands
        "org:halvorsen": Entity("org:halvorsen", "Halvorsen Shipping", "ORG", ["Halvorsen"])}


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


def test_a_store_of_schema_version_3_gains_corrections_and_the_claim_index(db_url):
    from newstrace.model import Correction

    store = Store(db_url)
    add(store, Article("a1", "It happened."))
    store.save_stories([Story("s1", "A story", ["a1"], ["Outlet"])])
    store.close()
    _sql(db_url, "DROP TABLE corrections", "DROP TABLE claim_voices", "DROP TABLE claim_index",
         "DROP INDEX ix_stories_last_seen", "UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    store = Store(db_url)
    assert store.story("s1").title == "A story"
    fix = store.add_correction(Correction("s1", "split", [MentionRef("a1", 0, 5)], author="kari"))
    assert [c.id for c in store.corrections("s1")] == [fix]
    store.save_analysis("sig", StoryAnalysis("s1", claims=[Claim("c1", "It happened.", [], credibility=3)]))
    assert store.story_summaries()[0][0]["claims"] == 1
    store.close()


def test_a_store_of_schema_version_5_gains_how_each_source_put_a_claim(db_url):
    store = Store(db_url)
    add(store, Article("a1", "The port denied the leak.", outlet="Fjord Post"))
    store.save_stories([Story("s1", "A story", ["a1"], ["Fjord Post"])])
    store.close()
    _sql(db_url, "ALTER TABLE claim_voices DROP COLUMN certainty",
         "UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    store = Store(db_url)
    denied = Mention("a1", "Fjord Post", 0, 24, "The port denied the leak", (0, 25), None, "denied", False)
    denied.source = "org:port"
    stated = Mention("a1", "Fjord Post", 0, 24, "The port denied the leak", (0, 25), None, "reported", False)
    stated.source = "org:port"
    store.save_analysis("sig", StoryAnalysis("s1", claims=[Claim("c1", "The leak.", [stated, denied])]))
    [row], total = store.voices(source_id="org:port")
    assert total == 1 and row["certainty"] == "denied"  # the weakest way it put the claim
    store.close()


def _analysed(store: Store) -> StoryAnalysis:
    for i in range(3):
        add(store, Article(f"a{i}", f"text {i}", outlet=["Fjord Post", "Coast Daily", "Fjord Post"][i]))
    store.save_stories([Story("s1", "Tram line approved", ["a0", "a1"], ["Fjord Post", "Coast Daily"],
                              "2024-01-01", "2024-01-02"),
                        Story("s2", "Storm closes passes", ["a2"], ["Fjord Post"], "2024-02-01", "2024-02-01")])

    def mention(article: str, outlet: str, source: str) -> Mention:
        return Mention(article, outlet, 0, 6, "text x", (0, 6), None, "reported", False, source=source)

    analysis = StoryAnalysis("s1", claims=[
        Claim("c1", "The council approved the tram.", [mention("a0", "Fjord Post", "org:council"),
                                                       mention("a1", "Coast Daily", "org:council")],
              ["Fjord Post", "Coast Daily"], sources=["org:council"], independent_sources=1, credibility=2),
        Claim("c2", "The tram will cost 3 billion.", [mention("a0", "Fjord Post", "person:ola nordmann")],
              ["Fjord Post"], sources=["person:ola nordmann"], independent_sources=1, credibility=3)],
        sources=[Source("org:council", "Bergen City Council", "organisation"),
                 Source("person:ola nordmann", "Ola Nordmann", "person")],
        conflicts=[Conflict("quantity", ["c2"], [MentionRef("a0", 0, 6)], "different numbers")],
        unique={"Fjord Post": ["c2"]})
    store.save_analysis("sig", analysis)
    return analysis


def test_pages_and_search_read_the_claim_index(store):
    _analysed(store)
    rows, total = store.story_summaries()
    assert total == 2 and [r["id"] for r in rows] == ["s2", "s1"]  # newest first
    s1 = rows[1]
    assert (s1["claims"], s1["conflicts"], s1["confirmed"], s1["articles"]) == (2, 1, 0, 2)
    said, n = store.voices(source_id="org:council")
    assert n == 1 and said[0]["claim"] == "c1" and said[0]["story_title"] == "Tram line approved"
    carried, n = store.voices(outlet="Fjord Post")
    assert n == 2 and {r["claim"] for r in carried} == {"c1", "c2"}
    assert store.outlet_counts("Fjord Post")["alone"] == 1
    assert store.source_name("person:ola nordmann") == "Ola Nordmann"
    found = store.search("TRAM")
    assert {c["claim"] for c in found["claims"]} == {"c1", "c2"} and [s["id"] for s in found["stories"]] == ["s1"]
    assert store.search("100%_") == {"stories": [], "claims": [], "sources": [], "outlets": []}  # no wildcards


def test_each_source_a_list_names_speaks_on_its_own_page(store):
    add(store, Article("a1", "Norway and Sweden said the ferry sank.", outlet="Fjord Post"))
    store.save_stories([Story("s1", "A story", ["a1"], ["Fjord Post"])])
    listed = Mention("a1", "Fjord Post", 0, 38, "the ferry sank", (0, 38), None, "reported", False,
                     source="country:norway", named_together=["country:norway", "country:sweden"])
    store.save_analysis("sig", StoryAnalysis("s1", claims=[Claim("c1", "The ferry sank.", [listed])], sources=[
        Source("country:norway", "Norway", "organisation"), Source("country:sweden", "Sweden", "organisation")]))
    for source in ("country:norway", "country:sweden"):
        said, n = store.voices(source_id=source)
        assert n == 1 and said[0]["claim"] == "c1", source
    assert store.source_name("country:sweden") == "Sweden"
    assert store.outlet_counts("Fjord Post")["carried"] == 1  # one claim, however many it names


def test_corrections_are_kept_with_who_and_when_and_undone_into_the_history(store):
    from newstrace.model import Correction

    _analysed(store)
    first = store.add_correction(Correction("s1", "verdict", [MentionRef("a0", 0, 6)], "false", "checked",
                                            "kari"))
    store.add_correction(Correction("s1", "split", [MentionRef("a1", 0, 6)], author="ola"))
    assert [(c.kind, c.author) for c in store.corrections("s1")] == [("verdict", "kari"), ("split", "ola")]
    version = store.analysis_version("s1")
    undone = store.undo_correction(first)
    assert undone is not None and undone.undone and store.undo_correction(first) is None
    assert [c.kind for c in store.corrections("s1")] == ["split"]
    assert [c.kind for c in store.corrections("s1", undone=True)] == ["verdict", "split"]
    store.save_analysis("sig2", store.analysis("s1"))
    assert store.analysis_version("s1") != version and store.analysis_version("nope") is None


def test_articles_added_in_one_batch_and_found_by_id_and_text(store):
    store.add_articles([(Article("a1", "one", outlet="X"), "h1", None), (Article("a2", "two"), "h2", b"sig")])
    assert store.article_hashes(["a1", "a2", "a3"]) == {"a1": ("h1", ""), "a2": ("h2", "")}
    assert store.first_with_hashes(["h2", "h9"]) == {"h2": "a2"}
    with pytest.raises(NewstraceError) as err:  # the same id again: refused, nothing of the batch written
        store.add_articles([(Article("a3", "three"), "h3", None), (Article("a1", "again"), "h4", None)])
    assert err.value.code == "NT204" and store.article_ids() == ["a1", "a2"]


def test_one_writer_of_stories_at_a_time(store):
    import socket
    import subprocess
    import sys

    host = socket.gethostname()
    me, other = f"1@{host}-elsewhere", f"2@{host}-elsewhere"  # processes of other machines: only time frees them
    store.claim_writer(me, 60)
    store.claim_writer(me, 60)  # renewing is fine
    with pytest.raises(NewstraceError) as err:
        store.claim_writer(other, 60)
    assert err.value.code == "NT208" and me in str(err.value)
    store.release_writer(other)  # not its lease: nothing happens
    with pytest.raises(NewstraceError):
        store.claim_writer(other, 60)
    store.release_writer(me)
    store.claim_writer(other, -1)  # a lease that has already lapsed...
    store.claim_writer(me, 60)  # ...is taken
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    store.release_writer(me)
    store.claim_writer(f"{gone.stdout.strip()}@{host}", 3600)  # a process of this machine that is gone...
    store.claim_writer(other, 60)  # ...frees it at once
