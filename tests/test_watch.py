"""`newstrace watch`: a feed on a local server and a folder that grows; each new article reaches its story, only
the stories that changed are analysed anew, Ctrl-C stops it cleanly and the same command resumes."""

from __future__ import annotations

import http.server
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newstrace.store import Store
from support import EXAMPLES

pytestmark = pytest.mark.slow

# fictional follow-ups, one per story of the example corpus
CABLE_ITEM = """  <item>
    <title>Portugal-Morocco power cable to be laid from 2027, minister says</title>
    <link>https://nordicwire.example/2026/05/15/cable-follow-up</link>
    <guid>nordicwire-20260515-cable</guid>
    <pubDate>Fri, 15 May 2026 09:10:00 GMT</pubDate>
    <description><![CDATA[<p>The undersea power cable between Portugal and Morocco will be laid from 2027, Portugal's energy
minister Rita Coelho said on Friday, a day after the two countries signed the agreement in Lisbon.</p>
<p>The 600-kilometre link will carry up to 3 gigawatts of solar power, Coelho said.</p>]]></description>
  </item>
</channel>"""
KESTREL_FILE = """---
outlet: Harbour Gazette
title: "Kestrel Bay salvage: all containers located, agency says"
published: 2026-03-13
---
Salvage crews have located all the containers lost from the grounded cargo ship Kestrel Bay off Sotra, the
Norwegian Coastal Administration said on Friday. Spokesperson Ingrid Solberg said the Kestrel Bay would be towed
to Bergen next week. Halvorsen Shipping said the ship's fuel tanks were intact.
"""


class FeedServer:
    """Serves one feed file on 127.0.0.1 (the file may change between requests)."""

    def __init__(self, path: Path) -> None:
        body = path

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                data = body.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/feed.rss"

    def stop(self) -> None:
        self.httpd.shutdown()


def wait_for(condition, proc: subprocess.Popen, log: Path, seconds: float = 180) -> None:
    """Wait until `condition` holds; fail at once, with the watch's stderr, if it exits or takes too long."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert proc.poll() is None, f"watch exited ({proc.returncode}):\n{_tail(log)}"
        assert time.monotonic() < deadline, f"watch did not get there in {seconds:.0f} s:\n{_tail(log)}"
        time.sleep(0.5)


def _tail(log: Path) -> str:
    return log.read_text("utf-8", errors="replace")[-3000:]


def versions(db: str) -> dict[str, str | None]:
    store = Store(db, create=False)
    try:
        return {s.id: store.analysis_version(s.id) for s in store.stories()}
    finally:
        store.close()


def story_of(db: str, article: str) -> str | None:
    store = Store(db, create=False)
    try:
        return store.story_of(article)
    finally:
        store.close()


def test_new_items_reach_their_stories_and_only_changed_stories_are_analysed_again(tmp_path):
    folder = tmp_path / "inbox"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("nordic-wire.rss"))
    feed = tmp_path / "feed.rss"
    shutil.copy(EXAMPLES / "nordic-wire.rss", feed)
    server = FeedServer(feed)
    db = str(tmp_path / "watch.db")
    command = [sys.executable, "-m", "newstrace", "watch", str(folder), server.url, "--db", db, "--every", "1s",
               "--allow-private"]
    # stderr to a file, not a pipe: a pipe nobody reads until the end blocks the watch once its buffer fills
    log = tmp_path / "watch.log"
    with log.open("w", encoding="utf-8") as err_file:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err_file, text=True)
    try:
        wait_for(lambda: Path(db).exists() and len(versions(db)) == 2 and all(versions(db).values()), proc, log)
        first = versions(db)
        cable = story_of(db, "nordicwire-20260514-cable")
        kestrel = story_of(db, "nordicwire-20260310-kestrel")
        assert cable != kestrel and {cable, kestrel} == set(first)

        feed.write_text(feed.read_text("utf-8").replace("</channel>", CABLE_ITEM), "utf-8")
        wait_for(lambda: story_of(db, "nordicwire-20260515-cable") is not None
                 and versions(db).get(cable) != first[cable], proc, log)
        second = versions(db)
        assert story_of(db, "nordicwire-20260515-cable") == cable  # joined its story
        assert second[kestrel] == first[kestrel]  # the untouched story was not analysed again

        (folder / "harbour-gazette-salvage.txt").write_text(KESTREL_FILE, "utf-8")
        wait_for(lambda: versions(db).get(kestrel) != first[kestrel], proc, log)
        third = versions(db)
        assert third[cable] == second[cable]
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
        server.stop()
    err = log.read_text("utf-8")
    assert proc.returncode == 0 and "the same command resumes" in err and "Traceback" not in err
    assert "round 1: 8 new articles" in err and "1 story analysed anew" in err

    again = subprocess.run([*command, "--once"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "nothing new" in again.stderr
    assert versions(db) == third  # resumed: nothing read twice, nothing analysed again
