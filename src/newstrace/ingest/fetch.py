"""Fetching pages and feeds: one deadline, a size cap, a user agent, and no target outside the public internet.

Every hop of a redirect chain is resolved and each of its addresses checked before it is requested; the request
then goes to the address that was checked (the host name travels in the Host header and TLS SNI), so a DNS answer
that changes between check and connection (rebinding) cannot redirect the fetcher into the local network. An
address is refused unless it is globally routable (`ipaddress`'s `is_global`, with IPv4 inside 6to4, NAT64 and
IPv4-mapped IPv6 checked as IPv4, and the few special ranges Python 3.11 still calls global).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ..config import Config
from ..errors import Rejected

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# Special-purpose ranges that `is_global` reports as global in some Python versions (IANA registries).
_NOT_GLOBAL = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24",
    "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32", "2001:db8::/32", "64:ff9b:1::/48", "2001::/23",
    "fc00::/7", "fe80::/10", "::/128", "::1/128")]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str


def refused(ip: IPAddress) -> bool:
    """True unless `ip` is a globally routable address."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (
            ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None)
        if embedded is not None:
            return refused(embedded)
        if ip.teredo:
            return True
    return (not ip.is_global or ip.is_multicast or ip.is_unspecified
            or any(ip.version == net.version and ip in net for net in _NOT_GLOBAL))


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to (a literal address is itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:  # UnicodeError: a label the IDNA codec refuses ("a..b")
        raise OSError(f"cannot resolve {host}: {getattr(exc, 'strerror', None) or exc}") from exc
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos))


def fetch(url: str, config: Config, allow_private: bool = False, origin: str | None = None) -> Fetched:
    """GET `url` within `fetch_timeout` seconds in all (redirects, slow servers and every byte included)."""
    origin = origin or url
    cap = config.max_input_bytes
    deadline = time.monotonic() + config.fetch_timeout
    headers = {"User-Agent": config.fetch_user_agent, "Accept": "text/html,application/xhtml+xml,application/xml,*/*"}
    current = url
    try:
        with httpx.Client(follow_redirects=False, headers=headers, trust_env=False) as client:
            for _hop in range(config.fetch_max_redirects + 1):
                parts = urlsplit(current)
                host, port = parts.hostname, parts.port  # .port raises ValueError on "127.0.0.1:abc"
                if parts.scheme not in ("http", "https") or not host:
                    raise Rejected("NT112", origin=origin, detail=f"not an http(s) URL: {current}")
                port = port or (443 if parts.scheme == "https" else 80)
                addresses = resolve(host, port)
                bad = next((ip for ip in addresses if refused(ip)), None)
                if bad is not None and not allow_private:
                    raise Rejected("NT113", origin=origin, host=host, ip=str(bad))
                ip = addresses[0]
                literal = f"[{ip}]" if ip.version == 6 else str(ip)
                pinned = urlunsplit((parts.scheme, f"{literal}:{port}", parts.path or "/", parts.query, ""))
                left = deadline - time.monotonic()
                if left <= 0:
                    raise Rejected("NT112", origin=origin, detail=f"no answer within {config.fetch_timeout} s")
                request = client.build_request(
                    "GET", pinned, headers={"Host": parts.netloc.rsplit("@", 1)[-1]},
                    timeout=httpx.Timeout(left), extensions={"sni_hostname": host} if parts.scheme == "https" else {})
                resp = client.send(request, stream=True)
                try:
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
                        if time.monotonic() > deadline:  # a server dripping bytes never trips a read timeout
                            raise Rejected("NT112", origin=origin,
                                           detail=f"not done within {config.fetch_timeout} s")
                    return Fetched(current, bytes(body), resp.headers.get("content-type", ""))
                finally:
                    resp.close()
            raise Rejected("NT112", origin=origin, detail=f"more than {config.fetch_max_redirects} redirects")
    except httpx.HTTPError as exc:
        raise Rejected("NT112", origin=origin, detail=f"{exc.__class__.__name__}: {exc}") from exc
    except (httpx.InvalidURL, ValueError, UnicodeError) as exc:
        raise Rejected("NT112", origin=origin, detail=f"not a valid URL: {exc}") from exc
    except OSError as exc:
        raise Rejected("NT112", origin=origin, detail=str(exc)) from exc
