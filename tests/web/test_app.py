"""The web app in-process over a store analysed from the example corpus."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newstrace.config import Config
from newstrace.pipeline import Pipeline
from newstrace.web.app import create_app
from support import EXAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    config = Config(file=None).with_(db=str(tmp_path_factory.mktemp("web") / "w.db"))
    pipe = Pipeline(config)
    pipe.ingest([str(EXAMPLES)])
    pipe.run()
    return TestClient(create_app(config))


def test_api_lists_stories_and_serves_one(client):
    stories = client.get("/api/stories").json()
    assert stories and all({"id", "title", "articles", "outlets"} <= set(s) for s in stories)
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert story["id"] == stories[0]["id"] and story["claims"]
    assert client.get("/api/stories/nope").status_code == 404


def test_api_article_with_annotations(client):
    art = client.get("/api/articles/coastline-0514-cable").json()
    assert art["outlet"] == "Coastline Daily" and art["annotations"]["timexes"]
    assert client.get("/api/articles/nope").status_code == 404


def test_pages(client):
    index = client.get("/")
    assert index.status_code == 200 and "/stories/" in index.text
    sid = client.get("/api/stories").json()[0]["id"]
    page = client.get(f"/stories/{sid}")
    assert page.status_code == 200 and "<table>" in page.text and 'id="m-' in page.text
    assert client.get("/openapi.json").json()["info"]["title"] == "newstrace"
