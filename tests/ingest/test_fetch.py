"""The fetcher against a server on loopback: private targets refused, redirects checked, caps enforced."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newstrace.errors import Rejected
from newstrace.ingest import fetch as fetch_mod
from newstrace.ingest import ingest
from newstrace.ingest.fetch import fetch

PAGE = ("<html><head><title>Local page</title></head><body><article><p>"
        + "The council approved the new cycle lanes on Tuesday, the mayor said. " * 5
        + "</p></article></body></html>").encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        port = self.server.server_address[1]
        routes = {
            "/page.html": (200, PAGE, "text/html"),
            "/big.html": (200, PAGE * 50, "text/html"),
            "/feed.rss": (200, (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>'
                f'<item><title>Linked</title><link>http://127.0.0.1:{port}/page.html</link></item>'
                "</channel></rss>").encode(), "application/rss+xml"),
        }
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/drip":  # one byte at a time, each well inside a read timeout
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)
            return
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{port}/page.html")
            self.end_headers()
            return
        status, body, ctype = routes.get(self.path, (404, b"missing", "text/plain"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def test_loopback_is_refused_by_default(server, config):
    with pytest.raises(Rejected) as err:
        fetch(server + "/page.html", config)
    assert err.value.code == "NT113" and "127.0.0.1" in str(err.value) and "--allow-private" in str(err.value)


def test_redirect_into_private_network_is_refused(server, config, monkeypatch):
    # Pretend the first hop's address is public: it passes, the redirect to 127.0.0.1 must not.
    real, first = fetch_mod.refused, []
    monkeypatch.setattr(fetch_mod, "resolve", lambda host, port: [ipaddress.ip_address("127.0.0.1")])
    monkeypatch.setattr(fetch_mod, "refused", lambda ip: real(ip) if first else bool(first.append(ip)))
    with pytest.raises(Rejected) as err:
        fetch(server.replace("127.0.0.1", "localhost") + "/redirect", config)
    assert err.value.code == "NT113" and "refusing to fetch 127.0.0.1" in str(err.value)


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                                     "100.64.0.1", "100.100.100.200", "192.0.0.8", "0.0.0.0", "::1", "fc00::1",
                                     "fe80::1", "::ffff:127.0.0.1", "2002:7f00:1::", "2002:a00:1::",
                                     "64:ff9b::7f00:1", "2001::1", "224.0.0.1", "198.18.0.1"])
def test_every_address_outside_the_public_internet_is_refused(address):
    assert fetch_mod.refused(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["8.8.8.8", "2606:4700::1111", "2002:808:808::1", "64:ff9b::808:808"])
def test_public_addresses_pass(address):
    assert not fetch_mod.refused(ipaddress.ip_address(address))


def test_the_connection_goes_to_the_address_that_was_checked(server, config, monkeypatch):
    """One name lookup per hop: a second answer (DNS rebinding) is never asked for."""
    lookups = []
    real = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: lookups.append(host) or real(host, *a, **k))
    got = fetch(server.replace("127.0.0.1", "localhost") + "/page.html", config, allow_private=True)
    assert got.content == PAGE and lookups.count("localhost") == 1


@pytest.mark.parametrize("url", ["http://[::1/", "http://[notanip]/", "http://a..b/", "http://" + "a" * 64 + ".com/",
                                 "http://127.0.0.1:abc/", "ftp://example.com/x"])
def test_malformed_urls_are_named_rejections(url, config):
    with pytest.raises(Rejected) as err:
        fetch(url, config)
    assert err.value.code == "NT112" and url[:12] in str(err.value)


def test_one_deadline_for_the_whole_fetch(server, config):
    start = time.monotonic()
    with pytest.raises(Rejected) as err:
        fetch(server + "/drip", config.with_(fetch_timeout=0.8), allow_private=True)
    assert err.value.code == "NT112" and "0.8 s" in str(err.value)
    assert time.monotonic() - start < 2.5  # the drip would take 4 s


def test_allowed_private_fetch_follows_redirects(server, config):
    got = fetch(server + "/redirect", config, allow_private=True)
    assert got.url.endswith("/page.html") and got.content == PAGE


def test_size_cap_and_timeout_and_http_errors(server, config):
    with pytest.raises(Rejected) as big:
        fetch(server + "/big.html", config.with_(max_input_bytes=2000), allow_private=True)
    assert big.value.code == "NT104"
    with pytest.raises(Rejected) as slow:
        fetch(server + "/slow", config.with_(fetch_timeout=0.5), allow_private=True)
    assert slow.value.code == "NT112"
    with pytest.raises(Rejected) as missing:
        fetch(server + "/nothing", config, allow_private=True)
    assert "HTTP 404" in str(missing.value)


def test_ingest_url_and_feed_with_fetch(server, store, config):
    result = ingest([server + "/page.html"], store, config, allow_private=True)
    assert result.ok and store.articles()[0].url == server + "/page.html"
    no_fetch = ingest([server + "/feed.rss"], store, config, allow_private=True)
    assert [r.code for r in no_fetch.rejected] == ["NT110"]
    fetched = ingest([server + "/feed.rss"], store, config, allow_private=True, fetch=True)
    assert fetched.ok and fetched.unchanged + fetched.added == 1
