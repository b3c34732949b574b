"""The workbench and its API in-process, over a store analysed from the example corpus: pages and their links,
filters, errors for people and for programs, who may write, and the headers every answer carries."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from newstrace.config import Config
from newstrace.pipeline import Pipeline
from newstrace.web.app import create_app
from support import EXAMPLES

pytestmark = pytest.mark.slow

TOKEN = "correct-horse-battery"
BASE = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    config = Config(file=None).with_(db=str(tmp_path_factory.mktemp("web") / "w.db"))
    pipe = Pipeline(config)
    pipe.ingest([str(EXAMPLES)])
    pipe.run()
    return config


@pytest.fixture(scope="module")
def client(config):
    return TestClient(create_app(config), base_url=BASE)


@pytest.fixture
def writer(config):
    return TestClient(create_app(config, token=TOKEN), base_url=BASE)


def kestrel(client) -> dict:
    rows = client.get("/api/stories").json()["stories"]
    sid = next(s["id"] for s in rows if "Kestrel" in s["title"])
    return client.get(f"/api/stories/{sid}").json()


def test_api_lists_stories_with_counts_and_serves_one_paginated(client):
    listing = client.get("/api/stories").json()
    assert listing["total"] == 2 and all({"id", "title", "articles", "outlets", "claims", "conflicts", "confirmed"}
                                         <= set(s) for s in listing["stories"])
    story = kestrel(client)
    assert story["claims"] and story["claims_total"] == len(story["claims"])
    page = client.get(f"/api/stories/{story['id']}?offset=2&limit=3").json()
    assert [c["id"] for c in page["claims"]] == [c["id"] for c in story["claims"][2:5]]
    assert page["claims_total"] == story["claims_total"]
    assert client.get("/api/stories?limit=100000").status_code == 400  # bounded


def test_api_errors_are_json_and_pages_errors_are_html(client):
    missing = client.get("/api/stories/nope")
    assert missing.status_code == 404 and "NT203" in missing.json()["error"]
    page = client.get("/stories/nope")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "404 · Not found" in page.text and 'href="/"' in page.text
    bad = client.get("/?page=zero")
    assert bad.status_code == 400 and "<h1>400" in bad.text
    assert client.get("/api/articles/nope").status_code == 404


def test_an_article_with_its_annotations(client):
    art = client.get("/api/articles/coastline-0514-cable").json()
    assert art["outlet"] == "Coastline Daily" and art["annotations"]["timexes"] and art["text"]


def test_index_story_claim_source_and_outlet_pages_link_to_each_other(client):
    index = client.get("/")
    assert index.status_code == 200 and "8 articles, 2 stories" in index.text
    story = kestrel(client)
    link = f'/stories/{story["id"]}'
    assert f'href="{link}"' in index.text
    page = client.get(link).text
    assert 'href="/"' in page and "Why:" in page and "Evidence:" in page
    assert 'href="https://eveningledger.example/shipping/oil-sheen-kestrel-bay"' in page  # the original article
    claim = story["claims"][0]
    assert f'href="{link}/claims/{claim["id"]}"' in page
    one = client.get(f"{link}/claims/{claim['id']}").text
    assert f'href="{link}"' in one and claim["text"].split()[0] in one
    source = re.search(r'href="(/sources/[^"]+)"', page).group(1)
    who = client.get(source)
    assert who.status_code == 200 and f'href="{link}/claims/' in who.text
    outlet = client.get("/outlets/" + quote("Nordic Wire"))
    assert outlet.status_code == 200 and "carried alone" in outlet.text and "reported first" in outlet.text
    assert client.get("/outlets/" + quote("No Such Paper")).status_code == 404


def test_a_sources_page_says_how_it_put_each_claim(client):
    # Halvorsen Shipping denied the leak that Blue Coast Watch reported: its page must not list it as its word
    rows = client.get("/api/sources/org:halvorsenshipping").json()["claims"]
    leak = next(r for r in rows if "leaked" in r["text"])
    assert leak["certainty"] == "denied" and leak["text"] == "Fuel had leaked from the hull."
    assert {r["certainty"] for r in client.get("/api/sources/org:bluecoastwatch").json()["claims"]
            if "leaked" in r["text"]} == {"reported"}
    page = client.get("/sources/org:halvorsenshipping").text
    assert '<span class="mark" title="denied there">✕</span> <a href=' in page and "✕ denied" in page


def test_story_claims_filter_and_sort_on_the_server(client):
    story = kestrel(client)
    link = f'/stories/{story["id"]}'
    grade = story["claims"][0]["credibility"]
    shown = client.get(f"{link}?grade={grade}").text
    expected = sum(c["credibility"] == grade for c in story["claims"])
    assert f"{expected} claim{'s' if expected != 1 else ''} of {len(story['claims'])}" in shown
    conflicted = {cid for k in story["conflicts"] for cid in k["claims"]}
    only = client.get(f"{link}?conflict=1").text
    assert f"{len(conflicted)} claim{'s' if len(conflicted) != 1 else ''} of" in only and " conflict</b>:" in only
    alone = client.get(f"{link}?alone=1&outlet=" + quote("Coastline Daily")).text
    assert "claim" in alone
    by_sources = client.get(f"{link}?sort=sources").text
    assert by_sources.count('class="claim') >= len(story["claims"])


def test_search_finds_stories_claims_and_sources(client):
    found = client.get("/api/search?q=sheen").json()
    assert found["stories"] and found["claims"]
    page = client.get("/search?q=Blue+Coast")
    assert page.status_code == 200 and "Blue Coast Watch" in page.text
    assert client.get("/api/search?q=").status_code == 400


def test_docs_describe_the_api_without_scripts(client):
    docs = client.get("/docs").text
    assert "/api/stories/{story_id}" in docs and "<script" not in docs
    assert client.get("/openapi.json").json()["info"]["title"] == "newstrace"


def test_every_answer_carries_the_security_headers_and_unknown_hosts_are_refused(client):
    for url in ("/", "/api/stories", "/stories/nope", "/static/style.css"):
        headers = client.get(url).headers
        assert "default-src 'none'" in headers["content-security-policy"] and headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"
    rebound = client.get("/", headers={"host": "attacker.example"})
    assert rebound.status_code == 400 and "unknown Host" in rebound.text


def test_without_a_token_the_server_is_read_only(client):
    story = kestrel(client)
    refs = [{k: m[k] for k in ("article", "start", "end")} for m in story["claims"][0]["mentions"]]
    api = client.post(f"/api/stories/{story['id']}/corrections", json={"kind": "verdict", "mentions": refs,
                                                                      "value": "false"})
    assert api.status_code == 403
    form = client.post(f"/stories/{story['id']}/corrections", data={"kind": "verdict", "claim": story["claims"][0]["id"],
                                                                   "value": "false"})
    assert form.status_code == 403 and "read-only" in form.text
    assert client.get("/login").status_code == 404


def test_api_corrections_need_the_bearer_token_and_can_be_undone(writer):
    story = kestrel(writer)
    claim = story["claims"][0]
    refs = [{k: m[k] for k in ("article", "start", "end")} for m in claim["mentions"]]
    body = {"kind": "verdict", "mentions": refs, "value": "false", "note": "checked with the harbour master"}
    url = f"/api/stories/{story['id']}/corrections"
    assert writer.post(url, json=body, headers={"authorization": "Bearer wrong-token-000"}).status_code == 403
    fixed = writer.post(url, json=body, headers={"authorization": f"Bearer {TOKEN}", "x-newstrace-author": "ola"})
    assert fixed.status_code == 200
    after = next(c for c in fixed.json()["claims"] if c["verdict"])
    assert after["credibility"] == 5 and after["verdict"]["author"] == "ola" and after["machine_grade"]
    [fix] = [c for c in fixed.json()["corrections"] if c["kind"] == "verdict"]
    bad = writer.post(url, json={"kind": "verdict", "mentions": refs, "value": "maybe"},
                      headers={"authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 400 and "NT206" in bad.json()["error"]
    undone = writer.post(f"/api/corrections/{fix['id']}/undo", headers={"authorization": f"Bearer {TOKEN}"})
    assert undone.status_code == 200
    assert not any(c["verdict"] for c in kestrel(writer)["claims"])
    assert writer.post(f"/api/corrections/{fix['id']}/undo",
                       headers={"authorization": f"Bearer {TOKEN}"}).status_code == 404


def test_form_corrections_need_a_session_and_a_form_from_this_server(writer):
    story = kestrel(writer)
    claim = story["claims"][0]
    form = {"kind": "verdict", "claim": claim["id"], "value": "verified", "note": "seen the manifest"}
    assert writer.post(f"/stories/{story['id']}/corrections", data=form).status_code == 403
    wrong = writer.post("/login", data={"token": "not-the-token-1", "who": "kari", "next": "/"})
    assert wrong.status_code == 403 and "not the one" in wrong.text
    signed = writer.post("/login", data={"token": TOKEN, "who": "kari", "next": "//evil.example/"},
                         follow_redirects=False)
    assert signed.status_code == 303 and signed.headers["location"] == "/"  # no redirect off the server
    page = writer.get(f"/stories/{story['id']}/claims/{claim['id']}").text
    assert "signed in as kari" in page
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    forged = writer.post(f"/stories/{story['id']}/corrections", data=form | {"csrf": "0" * 64})
    assert forged.status_code == 403
    cross = writer.post(f"/stories/{story['id']}/corrections", data=form | {"csrf": csrf},
                        headers={"origin": "https://evil.example"})
    assert cross.status_code == 403
    done = writer.post(f"/stories/{story['id']}/corrections", data=form | {"csrf": csrf}, follow_redirects=False)
    assert done.status_code == 303
    shown = writer.get(done.headers["location"]).text
    assert "verified by kari: seen the manifest" in shown and "1 confirmed" in shown
    fix_id = re.search(r'action="/corrections/(\d+)/undo"', shown).group(1)
    writer.post(f"/corrections/{fix_id}/undo", data={"csrf": csrf, "next": "/"})
    assert not any(c["verdict"] for c in kestrel(writer)["claims"])


def test_bound_beyond_loopback_every_request_needs_the_token(config):
    public = TestClient(create_app(config, token=TOKEN, bind="0.0.0.0", allow_hosts={"newsroom.example"}),
                        base_url="http://newsroom.example")
    assert public.get("/api/stories").status_code == 401
    assert public.get("/", follow_redirects=False).headers["location"].startswith("/login")
    assert public.get("/api/stories", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_only_copied_mentions_are_marked_as_copies(client):
    story = kestrel(client)
    crew = next(c for c in story["claims"] if "crew" in c["text"])
    copies = sum(1 for m in crew["mentions"] if m["echo_of"])
    assert 0 < copies < len(crew["mentions"])
    card = client.get(f"/stories/{story['id']}").text.split(f'id="{crew["id"]}"')[1].split("</article>")[0]
    assert card.count('<span class="cert">copy</span>') == copies


def test_a_claim_links_the_claims_it_may_be_and_offers_them_first_to_merge(writer):
    story = kestrel(writer)
    claim = next(c for c in story["claims"] if c["similar"])
    near = claim["similar"][0]["claim"]
    link = f"/stories/{story['id']}/claims"
    assert f'href="{link}/{near}"' in writer.get(f"/stories/{story['id']}").text
    writer.post("/login", data={"token": TOKEN, "who": "kari", "next": "/"})
    page = writer.get(f"{link}/{claim['id']}").text
    first = re.search(r'<select name="other"><option value="([^"]+)">may be the same \(', page)
    assert first is not None and first.group(1) == near
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    done = writer.post(f"/stories/{story['id']}/corrections", follow_redirects=False,
                       data={"kind": "merge", "claim": claim["id"], "other": near, "csrf": csrf})
    merged = next(c for c in kestrel(writer)["claims"] if c["id"] == done.headers["location"].rsplit("/", 1)[1])
    assert len(merged["mentions"]) == len(claim["mentions"]) + len(
        next(c for c in story["claims"] if c["id"] == near)["mentions"])
    assert merged["id"] not in {s["claim"] for s in merged["similar"]}  # never itself
    fix_id = re.search(r'action="/corrections/(\d+)/undo"', writer.get(done.headers["location"]).text).group(1)
    writer.post(f"/corrections/{fix_id}/undo", data={"csrf": csrf, "next": "/"})
    assert claim["id"] in {c["id"] for c in kestrel(writer)["claims"]}


def test_the_story_list_is_drawn_once_a_second_for_readers_and_fresh_for_analysts(config, monkeypatch):
    import newstrace.web.app as web

    monkeypatch.setattr(web, "BRIEF", 3600.0)  # one drawing for the whole test
    reader, analyst = TestClient(create_app(config), base_url=BASE), TestClient(create_app(config, token=TOKEN),
                                                                               base_url=BASE)
    first, index = reader.get("/api/stories").json(), reader.get("/").text
    renamed = "Kestrel Bay: a title an analyst just set"
    pipe = Pipeline(config)
    story = next(s for s in pipe.store.stories() if "Kestrel" in s.title)
    pipe.store.update_stories([type(story)(**{**story.__dict__, "title": renamed})])
    try:
        assert reader.get("/api/stories").json() == first and reader.get("/").text == index
        fresh = analyst.get("/api/stories", headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert renamed in {s["title"] for s in fresh["stories"]}
        assert reader.get("/api/stories").headers["x-content-type-options"] == "nosniff"  # headers still on
    finally:
        pipe.store.update_stories([story])
        pipe.close()
