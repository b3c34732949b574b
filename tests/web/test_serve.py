"""`newstrace serve` as a command: what it refuses before it starts, and its worker processes."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from support import EXAMPLES

pytestmark = pytest.mark.slow


def serve(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newstrace", "serve", *args], capture_output=True, text=True,
                          timeout=60, **kw)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("serve") / "s.db")
    done = subprocess.run([sys.executable, "-m", "newstrace", "ingest", str(EXAMPLES / "nordic-wire.rss"), "--db",
                           path, "-q"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return path


def test_serving_beyond_loopback_needs_a_token_of_some_length(db):
    public = serve("--db", db, "--host", "0.0.0.0")
    assert public.returncode == 2 and "needs --token" in public.stderr
    short = serve("--db", db, "--token", "abc")
    assert short.returncode == 2 and "at least 12 characters" in short.stderr


def test_several_worker_processes_serve_one_store(db):
    import time

    from test_browser import Server

    server = Server(db, None, "--workers", "2")
    try:
        deadline = time.monotonic() + 60
        while True:  # the port opens before the workers are ready
            try:
                answer = httpx.get(server.url + "/api/stories", timeout=2)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "serve --workers 2 did not answer"
                time.sleep(0.3)
        assert answer.status_code == 200 and answer.json()["total"] == len(answer.json()["stories"])
        assert "default-src 'none'" in httpx.get(server.url + "/").headers["content-security-policy"]
    finally:
        server.stop()
