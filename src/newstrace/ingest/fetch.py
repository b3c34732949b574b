"""Fetching pages and feeds: timeouts, a size cap, a user agent, and no private targets.

Every hop of a redirect chain is resolved and checked before it is requested, so a public URL cannot redirect
the fetcher into the local network. (A DNS answer that changes between the check and the connection is not
caught; run behind an egress proxy where that matters.)
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from ..config import Config
from ..errors import Rejected


@dataclass
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str


def _blocked_address(host: str) -> str | None:
    """The first resolved address of host that is not a public one, or None."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise OSError(f"cannot resolve {host}: {exc.strerror}") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast \
                or ip.is_unspecified:
            return str(ip)
    return None


def fetch(url: str, config: Config, allow_private: bool = False, origin: str | None = None) -> Fetched:
    origin = origin or url
    cap = config.max_input_bytes
    headers = {"User-Agent": config.fetch_user_agent, "Accept": "text/html,application/xhtml+xml,application/xml,*/*"}
    current = url
    try:
        with httpx.Client(timeout=config.fetch_timeout, follow_redirects=False, headers=headers) as client:
            for _hop in range(config.fetch_max_redirects + 1):
                parts = urlsplit(current)
                if parts.scheme not in ("http", "https") or not parts.hostname:
                    raise Rejected("NT112", origin=origin, detail=f"not an http(s) URL: {current}")
                if not allow_private:
                    ip = _blocked_address(parts.hostname)
                    if ip:
                        raise Rejected("NT113", origin=origin, host=parts.hostname, ip=ip)
                with client.stream("GET", current) as resp:
                    if resp.is_redirect and "location" in resp.headers:
                        current = urljoin(current, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        raise Rejected("NT112", origin=origin, detail=f"HTTP {resp.status_code}")
                    declared = int(resp.headers.get("content-length") or 0)
                    if declared > cap:
                        raise Rejected("NT104", origin=origin, size=declared, cap=cap)
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body.extend(chunk)
                        if len(body) > cap:
                            raise Rejected("NT104", origin=origin, size=f"more than {cap}", cap=cap)
                    return Fetched(str(resp.url), bytes(body), resp.headers.get("content-type", ""))
            raise Rejected("NT112", origin=origin, detail=f"more than {config.fetch_max_redirects} redirects")
    except httpx.HTTPError as exc:
        raise Rejected("NT112", origin=origin, detail=f"{exc.__class__.__name__}: {exc}") from exc
    except OSError as exc:
        raise Rejected("NT112", origin=origin, detail=str(exc)) from exc
