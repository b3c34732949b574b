"""The workbench in a real browser (headless system Chromium driven by Playwright) against `newstrace serve`:
follow the links an analyst follows, filter, make each kind of correction with the token, see them survive a
re-run of `analyze` and show in every output, and see writing refused without the token.

Chromium comes from the system (`.ci/run` installs Debian's package); Playwright never downloads one. Without a
browser the tests skip, except where NEWSTRACE_REQUIRE_BROWSER is set (CI), where that is a failure."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import EXAMPLES, chromium

pytestmark = pytest.mark.slow

TOKEN = "browser-test-token"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def _missing(reason: str) -> None:
    if os.environ.get("NEWSTRACE_REQUIRE_BROWSER"):
        pytest.fail(reason + " (NEWSTRACE_REQUIRE_BROWSER is set)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[dev]')")
    path = chromium()
    if not path:
        _missing("no chromium on PATH (apt-get install chromium, or set NEWSTRACE_CHROMIUM)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=ARGS)
        yield b
        b.close()


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newstrace", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("browser") / "example.db"
    done = cli("analyze", str(EXAMPLES), "--db", str(db), "--quiet")
    assert done.returncode == 0, done.stderr
    return db


class Server:
    def __init__(self, db: Path, token: str | None, *options: str) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if k != "NEWSTRACE_TOKEN"}
        if token:
            env["NEWSTRACE_TOKEN"] = token
        self.proc = subprocess.Popen([sys.executable, "-m", "newstrace", "serve", "--db", str(db), "--port",
                                      str(self.port), *options], env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError("serve exited: " + self.proc.stderr.read().decode()) from None
                time.sleep(0.2)
        raise RuntimeError("serve did not start in a minute")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


@pytest.fixture
def server(store, request):
    running = Server(store, getattr(request, "param", None))
    yield running
    running.stop()


def story_id(page, base: str) -> str:
    page.goto(base + "/")
    page.get_by_role("link", name=re.compile("Kestrel Bay")).click()
    return page.url.rstrip("/").rsplit("/", 1)[-1].split("?")[0]


def test_an_analyst_follows_index_story_filter_and_source(browser, server):
    page = browser.new_page()
    page.goto(server.url + "/")
    assert page.get_by_role("heading", name="Stories").is_visible()
    page.get_by_role("link", name=re.compile("Kestrel Bay")).click()
    assert "Kestrel Bay" in page.locator("h1").inner_text()
    total = int(re.search(r"of (\d+)", page.locator("main p.muted", has_text="claims of").inner_text()).group(1))
    page.select_option("select[name=grade]", "4")
    page.get_by_role("button", name="Show").click()
    assert "grade=4" in page.url
    cards = page.locator("article.claim")
    assert 0 < cards.count() < total and all("4 doubtful" in cards.nth(i).inner_text() for i in range(cards.count()))
    page.get_by_label("with a conflict").check()
    page.get_by_role("button", name="Show").click()
    assert "conflict=1" in page.url and page.locator("p.conflict").count() >= 1
    page.locator("article.claim details").first.locator("summary").click()  # the evidence, opened
    page.locator("article.claim a[href^='/sources/']").first.click()
    assert "/sources/" in page.url and page.locator("table a[href*='/claims/']").count() >= 1
    page.go_back()
    page.get_by_role("link", name="← all stories").click()
    assert page.url == server.url + "/"
    page.close()


def test_without_the_token_nothing_can_be_written(browser, server):
    page = browser.new_page()
    sid = story_id(page, server.url)
    page.locator("a", has_text="this claim on its own").first.click()
    assert page.locator("form.fix").count() == 0 and page.get_by_text("Sign in").count() == 0
    answer = page.request.post(f"{server.url}/stories/{sid}/corrections",
                               form={"kind": "verdict", "claim": "x", "value": "false"})
    assert answer.status == 403
    api = page.request.post(f"{server.url}/api/stories/{sid}/corrections", data={"kind": "verdict"},
                            headers={"authorization": "Bearer guess-the-token"})
    assert api.status == 403
    page.close()


def claim_card(page, words: str):
    """The card of the claim whose statement holds `words` (another card may name it among the claims it may be)."""
    return page.locator("article.claim", has=page.locator("h4", has_text=words))


@pytest.mark.parametrize("server", [TOKEN], indirect=True)
def test_each_correction_sticks_through_a_new_analysis_and_shows_in_every_output(browser, server, store, tmp_path):
    page = browser.new_page()
    sid = story_id(page, server.url)
    page.get_by_role("link", name="Sign in to correct").click()
    page.get_by_label("your name").fill("kari")
    page.get_by_label("token").fill("not the token")
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_text("not the one this server was started with").is_visible()
    page.get_by_label("your name").fill("kari")
    page.get_by_label("token").fill(TOKEN)
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_text("signed in as kari").is_visible()

    # a verdict: the grade becomes the analyst's, the machine's is kept in the reasons
    page.goto(f"{server.url}/stories/{sid}")
    claim_card(page, "crew were rescued").locator("xpath=following::a[1]").click()
    page.select_option("select[name=value]", "verified")
    page.get_by_placeholder("what you checked, and where").fill("rescue log seen")
    page.get_by_role("button", name="Record verdict").click()
    card = page.locator("article.claim").first
    assert "1 confirmed" in card.inner_text() and "verified by kari: rescue log seen" in card.inner_text()

    # a source set on one mention
    page.goto(f"{server.url}/stories/{sid}")
    claim_card(page, "Salvage crews").locator("xpath=following::a[1]").click()
    source_form = page.locator("form.fix:has(input[name=kind][value=source])").first
    source_form.locator("input[name=value]").fill("Halvorsen Shipping")
    source_form.get_by_role("button", name="Set source").click()
    assert page.get_by_text("source set by an analyst").first.is_visible()

    # a split: one mention becomes a claim of its own
    page.goto(f"{server.url}/stories/{sid}")
    before = int(re.search(r"of (\d+)", page.locator("main p.muted", has_text="claims of").inner_text()).group(1))
    claim_card(page, "ordered an inquiry").locator("xpath=following::a[1]").click()
    page.locator("form.fix:has(input[name=kind][value=split])").first.get_by_role("button").click()
    page.goto(f"{server.url}/stories/{sid}")
    split = int(re.search(r"of (\d+)", page.locator("main p.muted", has_text="claims of").inner_text()).group(1))
    assert split == before + 1

    # a merge: two claims the analyst reads as one
    claim_card(page, "sheen was about 2 kilometres").locator("xpath=following::a[1]").click()
    merge = page.locator("form.fix:has(input[name=kind][value=merge])")
    target = merge.locator("select[name=other] option", has_text="oil sheen was visible").get_attribute("value")
    merge.locator("select[name=other]").select_option(target)
    merge.get_by_role("button", name=re.compile("Merge")).click()
    page.goto(f"{server.url}/stories/{sid}")
    merged = int(re.search(r"of (\d+)", page.locator("main p.muted", has_text="claims of").inner_text()).group(1))
    assert merged == split - 1

    # a new analysis of the same store re-applies every correction, and every output shows them
    out = tmp_path / "report.json"
    html = tmp_path / "report.html"
    again = cli("analyze", str(EXAMPLES), "--db", str(store), "--json", str(out), "--html", str(html), "--quiet")
    assert again.returncode == 0, again.stderr
    story = next(s for s in json.loads(out.read_text("utf-8"))["stories"] if s["id"] == sid)
    assert sorted(c["kind"] for c in story["corrections"]) == ["merge", "source", "split", "verdict"]
    assert all(c["status"] == "applied" for c in story["corrections"])
    verified = [c for c in story["claims"] if c["verdict"]]
    assert [(c["credibility"], c["verdict"]["author"]) for c in verified] == [(1, "kari")]
    assert "verified by kari" in html.read_text("utf-8")
    shown = cli("show", sid, "--db", str(store))
    assert "verified by kari" in shown.stdout and "corrections" in shown.stdout
    assert len(story["claims"]) == merged

    # and undone from the browser, the verdict goes
    page.goto(f"{server.url}/stories/{sid}")
    page.locator("li", has_text="verdict").locator("button", has_text="Undo").click()
    api = page.request.get(f"{server.url}/api/stories/{sid}").json()
    assert not any(c["verdict"] for c in api["claims"])
    page.close()
