"""Who may do what on `newstrace serve`, and the headers every answer carries.

- **Token.** Writing (corrections) needs the token given with `serve --token` or `NEWSTRACE_TOKEN`: as a bearer
  token on the API, or by signing in on /login, which sets a session cookie (HttpOnly, SameSite=Strict) signed
  with it. Without a token, serve is read-only. Bound to anything but loopback, serve refuses to start without
  one, and every request, reads included, needs it.
- **Forms** carry a CSRF token tied to the session, and a write must come from the server's own origin.
- **Host** must be one the server answers to (loopback names, the bound address, `--allow-host`): a page on
  another site that points its own name at 127.0.0.1 (DNS rebinding) gets 400.
- **Headers**: a Content-Security-Policy without scripts or framing, nosniff, X-Frame-Options, Referrer-Policy.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from starlette.requests import Request

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
COOKIE = "newstrace_session"
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # not "no-referrer": browsers then send "Origin: null", and forms fail CSRF
    "Cross-Origin-Opener-Policy": "same-origin",
}


@dataclass
class Guard:
    token: str | None
    bind: str = "127.0.0.1"
    allowed_hosts: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.hosts = {h.lower() for h in LOOPBACK | self.allowed_hosts | {self.bind}} - {"0.0.0.0", "::", ""}

    @property
    def public(self) -> bool:
        """Bound beyond loopback: every request needs the token."""
        return self.bind not in LOOPBACK

    @property
    def writable(self) -> bool:
        return bool(self.token)

    def host_ok(self, request: Request) -> bool:
        host = (request.headers.get("host") or "").lower()
        name = host if host.endswith("]") else host.rsplit(":", 1)[0]
        return name in self.hosts

    # ---- sessions ------------------------------------------------------------------------------------------

    def _sign(self, message: str) -> str:
        return hmac.new((self.token or "").encode(), message.encode(), hashlib.sha256).hexdigest()

    def session_cookie(self, who: str) -> str:
        """A signed session for `who`: nonce|who|signature."""
        nonce = secrets.token_hex(16)
        who = "".join(ch for ch in who if ch.isprintable() and ch not in "|;,")[:80] or "analyst"
        return f"{nonce}|{who}|{self._sign(nonce + '|' + who)}"

    def session(self, request: Request) -> tuple[str, str] | None:
        """(nonce, who) of a valid session cookie, else None."""
        if not self.token:
            return None
        raw = request.cookies.get(COOKIE) or ""
        parts = raw.split("|")
        if len(parts) != 3 or not hmac.compare_digest(parts[2], self._sign(parts[0] + "|" + parts[1])):
            return None
        return parts[0], parts[1]

    def bearer_ok(self, request: Request) -> bool:
        given = request.headers.get("authorization", "")
        return bool(self.token) and given.startswith("Bearer ") and hmac.compare_digest(given[7:], self.token)

    def token_ok(self, given: str) -> bool:
        return bool(self.token) and hmac.compare_digest(given, self.token)

    def who(self, request: Request) -> str | None:
        """Who may write: the signed-in analyst, or "api" for a bearer token; None if nobody."""
        if self.bearer_ok(request):
            return request.headers.get("x-newstrace-author", "api")[:80]
        found = self.session(request)
        return found[1] if found else None

    def may_read(self, request: Request) -> bool:
        return not self.public or self.who(request) is not None

    def csrf(self, request: Request) -> str:
        found = self.session(request)
        return self._sign("csrf|" + found[0]) if found else ""

    def csrf_ok(self, request: Request, given: str) -> bool:
        """The form's token matches the session, and the request comes from this server's own pages."""
        expected = self.csrf(request)
        origin = request.headers.get("origin") or request.headers.get("referer") or ""
        host = request.headers.get("host", "")
        same = not origin or origin.split("://", 1)[-1].split("/", 1)[0] == host
        return bool(expected) and hmac.compare_digest(given, expected) and same
