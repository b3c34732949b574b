"""The analyst's workbench and its JSON API, over one store.

Pages for people: the story index (with counts), a story (claims filtered and sorted on the server, each with
its grade, why and its evidence), one claim (with the correction forms), a source across stories, an outlet
across stories, search, sign-in. `/api/...` gives programs the same data, paginated, and takes corrections with a
bearer token. `/docs` describes the API from its OpenAPI spec, without scripts. Every answer carries the
security headers of `security.py`; pages answer errors as HTML, the API as JSON.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Form, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..config import Config
from ..errors import NewstraceError
from ..model import Correction, MentionRef
from ..pipeline import Pipeline
from ..report.annotations_jsonl import annotation_record
from ..report.html import story_context, stylesheet
from ..report.json_report import article_entry, claim_entry, story_entry
from ..report.svg import graph_svg, timeline_svg
from ..report.views import CERTAINTY_MARKS, GRADES, SORTS, entity_names, filter_claims, plural
from .security import COOKIE, HEADERS, Guard

PAGE = 50  # rows of a list page
CLAIMS_PAGE = 100  # claims of a story page
API_LIMIT = 500  # the most an API list gives at once
BRIEF = 1.0  # seconds the index and story list are served as drawn, to readers not signed in


def create_app(config: Config | None = None, token: str | None = None, bind: str = "127.0.0.1",
               allow_hosts: set[str] | None = None) -> FastAPI:
    pipe = Pipeline(config or Config())
    guard = Guard(token, bind, set(allow_hosts or ()))
    env = Environment(loader=ChoiceLoader([PackageLoader("newstrace.web", "templates"),
                                           PackageLoader("newstrace.report", "templates")]),
                      autoescape=select_autoescape(["j2", "html"]))
    app = FastAPI(title="newstrace", version=__version__, docs_url=None, redoc_url=None,
                  description="Stories, claims, sources, grades and corrections from a newstrace store.")

    # ---- plumbing ----------------------------------------------------------------------------------------------

    app.add_middleware(Guarded, guard=guard)

    def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        who = guard.who(request)
        html = env.get_template(name).render(who=who, writable=guard.writable, csrf=guard.csrf(request),
                                             here=request.url.path + (f"?{request.url.query}" if request.url.query
                                                                      else ""),
                                             grades=GRADES, **context)
        return HTMLResponse(html, status_code=status)

    def error_page(request: Request, status: int, detail: str) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"error": detail}, status_code=status)
        titles = {400: "Bad request", 401: "Sign in needed", 403: "Not allowed", 404: "Not found",
                  405: "Not allowed", 422: "Bad request"}
        return render(request, "error.html.j2", status=status, status_code=status, title=titles.get(status, "Error"),
                      detail=detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        wrong = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        return error_page(request, 400, f"the request is malformed ({wrong})")

    @app.exception_handler(NewstraceError)
    async def newstrace_error(request: Request, exc: NewstraceError):
        return error_page(request, 404 if exc.code in ("NT203", "NT207") else 400, str(exc))

    reports = Cache(64)  # (story, analysis version) -> (report, page context): drawn once per analysis
    pages_seen = Cache(512)  # (path, query, analysis version) -> the page as anyone not signed in sees it
    # The index and the story list change with every batch another process stores, and no cheap version says
    # when: for readers not signed in they are drawn at most once per BRIEF seconds (the heaviest pages under
    # load; an analyst who is signed in, and so may have just corrected something, always gets them fresh).
    brief = Cache(64)  # (path, query, second) -> the answer

    def briefly(request: Request, make, media_type: str = "text/html; charset=utf-8") -> Response:
        if guard.who(request) is not None:
            return make()
        key = (request.url.path, request.url.query, int(time.monotonic() / BRIEF))
        body = brief.get(key)
        if body is None:
            response = make()
            if response.status_code != 200:
                return response
            body = bytes(response.body)
            brief.put(key, body)
        return Response(body, media_type=media_type)

    def story_or_404(story_id: str) -> tuple[dict[str, Any], dict[str, Any], str | None]:
        """The story's report and page context, and its analysis version (NT203 -> 404)."""
        version = pipe.store.analysis_version(story_id)
        hit = reports.get((story_id, version)) if version else None
        if hit is None:
            report = pipe.story_report(story_id)
            hit = (report, _context(pipe, report))
            if version:
                reports.put((story_id, version), hit)
        return hit[0], hit[1], version

    def cached_page(request: Request, version: str | None, make) -> HTMLResponse:
        """A story's page, from the cache for readers who are not signed in (their page is the same for all)."""
        if version is None or guard.who(request) is not None:
            return make()
        key = (request.url.path, request.url.query, version)
        page = pages_seen.get(key)
        if page is None:
            response = make()
            if response.status_code == 200:
                pages_seen.put(key, bytes(response.body))
            return response
        return HTMLResponse(page)

    def pages(total: int, size: int) -> int:
        return max(1, math.ceil(total / size))

    def link_to(request: Request):
        def link(page: int) -> str:
            params = dict(request.query_params) | {"page": str(page)}
            return request.url.path + "?" + urlencode(params)
        return link

    def source_url(source_id: str) -> str:
        return "/sources/" + quote(source_id, safe="")

    def claim_url(story_id: str) -> Callable[[str], str]:
        return lambda claim_id: f"/stories/{quote(story_id, safe='')}/claims/{quote(claim_id, safe='')}"

    # ---- pages -------------------------------------------------------------------------------------------------

    @app.get("/static/style.css", include_in_schema=False)
    def style() -> Response:
        return Response(stylesheet(), media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request, page: int = Query(1, ge=1)) -> Response:
        def make() -> HTMLResponse:
            rows, total = pipe.store.story_summaries((page - 1) * PAGE, PAGE)
            counts = f"{plural(pipe.store.count_articles(), 'article')}, {plural(total, 'story')}"
            return render(request, "index.html.j2", stories=rows, counts=counts, page=page,
                          pages=pages(total, PAGE), link=link_to(request))
        return briefly(request, make)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str, grade: str = "", outlet: str = "", source: str = "",
                   conflict: str = "", alone: str = "", sort: str = "grade", page: int = Query(1, ge=1)
                   ) -> HTMLResponse:
        report, s, version = story_or_404(story_id)
        return cached_page(request, version, lambda: story_view(request, report, s, grade, outlet, source, conflict,
                                                                alone, sort, page))

    def story_view(request: Request, report: dict[str, Any], s: dict[str, Any], grade: str, outlet: str,
                   source: str, conflict: str, alone: str, sort: str, page: int) -> HTMLResponse:
        story = s["story"]
        articles = {a["id"]: a for a in report["articles"]}
        f = {"grade": int(grade) if grade.isdigit() else None, "outlet": outlet or None, "source": source or None,
             "conflict": bool(conflict), "alone": bool(alone), "sort": sort if sort in SORTS else "grade"}
        found = filter_claims(story, articles, **f)
        shown = found[(page - 1) * CLAIMS_PAGE: page * CLAIMS_PAGE]
        counts: dict[int, int] = {}
        for c in story["claims"]:
            counts[c["credibility"]] = counts.get(c["credibility"], 0) + 1
        sorts = [("grade", "grade"), ("sources", "independent sources"), ("outlets", "outlets"),
                 ("first", "first reported"), ("conflicts", "conflicts")]
        return render(request, "story.html.j2", s=s, claims=shown, f=f, sorts=sorts, source_url=source_url,
                      claim_url=claim_url(story["id"]),
                      grade_counts=sorted(counts.items()), shown=f"{plural(len(found), 'claim')} of "
                      f"{len(story['claims'])}", page=page, pages=pages(len(found), CLAIMS_PAGE),
                      link=link_to(request))

    @app.get("/stories/{story_id}/claims/{claim_id}", response_class=HTMLResponse, include_in_schema=False)
    def claim_page(request: Request, story_id: str, claim_id: str) -> HTMLResponse:
        _report, s, version = story_or_404(story_id)
        claim = next((c for c in s["story"]["claims"] if c["id"] == claim_id), None)
        if claim is None:
            raise HTTPException(404, f"no claim {claim_id!r} in story {story_id!r}: a new analysis may have "
                                     "renumbered it; the story lists its claims")
        # the claims it may be first, for the merge an analyst most likely makes
        near = {o["id"]: o["match"] for o in s["similar"](claim)}
        others = sorted((c for c in s["story"]["claims"] if c["id"] != claim_id),
                        key=lambda c: -near.get(c["id"], -1.0))
        return cached_page(request, version, lambda: render(
            request, "claim.html.j2", s=s, c=claim, evidence=s["evidence"](claim),
            conflicts=s["conflicts"].get(claim_id, []), others=others, near=near, source_url=source_url,
            claim_url=claim_url(story_id)))

    @app.get("/sources/{source_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def source_page(request: Request, source_id: str, page: int = Query(1, ge=1)) -> HTMLResponse:
        rows, total = pipe.store.voices(source_id=source_id, offset=(page - 1) * PAGE, limit=PAGE)
        name = pipe.store.source_name(source_id)
        if name is None:
            raise HTTPException(404, f"no source {source_id!r} in any analysed story")
        return render(request, "voices.html.j2", heading=name, kind=f"source {source_id}", rows=rows,
                      counts=f"{plural(total, 'claim')} in {plural(len({r['story'] for r in rows}), 'story')}"
                      + (" on this page" if total > PAGE else ""), stats=None, show_first=False, page=page,
                      pages=pages(total, PAGE), link=link_to(request), marks=CERTAINTY_MARKS)

    @app.get("/outlets/{outlet:path}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(request: Request, outlet: str, page: int = Query(1, ge=1)) -> HTMLResponse:
        rows, total = pipe.store.voices(outlet=outlet, offset=(page - 1) * PAGE, limit=PAGE)
        if not total:
            raise HTTPException(404, f"no outlet {outlet!r} carries a claim of any analysed story")
        n = pipe.store.outlet_counts(outlet)
        stats = [("claims carried", n["carried"]), ("carried alone", n["alone"]), ("reported first", n["first"])]
        return render(request, "voices.html.j2", heading=outlet, kind="outlet", rows=rows, stats=stats,
                      counts=plural(total, "claim"), show_first=True, page=page, pages=pages(total, PAGE),
                      link=link_to(request), marks=CERTAINTY_MARKS)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "") -> HTMLResponse:
        return render(request, "search.html.j2", q=q, found=pipe.store.search(q[:200]) if q.strip() else None)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return render(request, "docs.html.j2", spec=app.openapi())

    # ---- signing in and corrections ------------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, next: str = "/") -> HTMLResponse:
        if not guard.writable:
            raise HTTPException(404, "this server is read-only: start it with --token to allow corrections")
        return render(request, "login.html.j2", next=_local(next), failed=False)

    @app.post("/login", include_in_schema=False)
    def login(request: Request, token: str = Form(...), who: str = Form(...), next: str = Form("/")) -> Response:
        if not guard.token_ok(token):
            return render(request, "login.html.j2", status=403, next=_local(next), failed=True)
        response = RedirectResponse(_local(next), status_code=303)
        response.set_cookie(COOKIE, guard.session_cookie(who), httponly=True, samesite="strict", path="/")
        return response

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request, csrf: str = Form("")) -> Response:
        if not guard.csrf_ok(request, csrf):
            raise HTTPException(403, "this form is not from this server, or the session ended: sign in again")
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response

    def writer(request: Request, csrf: str | None) -> str:
        """Who writes; 403 without the token (bearer) or a session and a form from this server."""
        if guard.bearer_ok(request):
            return guard.who(request) or "api"
        if guard.session(request) is None:
            raise HTTPException(403, "corrections need the server's token: sign in" if guard.writable else
                                     "this server is read-only: start it with --token to allow corrections")
        if csrf is None or not guard.csrf_ok(request, csrf):
            raise HTTPException(403, "this form is not from this server, or the session ended: sign in again")
        return guard.who(request) or "analyst"

    @app.post("/stories/{story_id}/corrections", include_in_schema=False)
    def correct_form(request: Request, story_id: str, kind: str = Form(...), csrf: str = Form(""),
                     claim: str = Form(""), other: str = Form(""), article: str = Form(""), start: int = Form(-1),
                     end: int = Form(-1), value: str = Form(""), note: str = Form("")) -> Response:
        who = writer(request, csrf)
        analysis = pipe.store.analysis(story_id)
        if analysis is None:
            raise HTTPException(404, f"story {story_id!r} has no analysis yet")
        by_id = {c.id: c for c in analysis.claims}
        if kind == "merge":
            if claim not in by_id or other not in by_id:
                raise HTTPException(400, "merge needs two claims of this story")
            refs = [by_id[claim].mentions[0].ref, by_id[other].mentions[0].ref]
        elif kind == "verdict":
            if claim not in by_id:
                raise HTTPException(400, "a verdict needs a claim of this story")
            refs = [m.ref for m in by_id[claim].mentions]
        else:
            refs = [MentionRef(article, start, end)]
        fixed = pipe.correct(Correction(story_id, kind, refs, value.strip() or None, note.strip()[:500], who))
        target = next((c.id for c in fixed.claims if any(m.ref in refs for m in c.mentions)), None)
        page = f"/stories/{quote(story_id, safe='')}" + (f"/claims/{target}" if target else "")
        return RedirectResponse(page, status_code=303)

    @app.post("/corrections/{correction_id}/undo", include_in_schema=False)
    def undo_form(request: Request, correction_id: int, csrf: str = Form(""), next: str = Form("/")) -> Response:
        writer(request, csrf)
        pipe.undo(correction_id)
        return RedirectResponse(_local(next), status_code=303)

    # ---- API ---------------------------------------------------------------------------------------------------

    @app.get("/api/stories", summary="Stories with their counts, newest first")
    def api_stories(request: Request, offset: int = Query(0, ge=0),
                    limit: int = Query(PAGE, ge=1, le=API_LIMIT)) -> Response:
        def make() -> JSONResponse:
            rows, total = pipe.store.story_summaries(offset, limit)
            return JSONResponse({"total": total, "offset": offset, "stories": rows})
        return briefly(request, make, "application/json")

    @app.get("/api/stories/{story_id}", summary="One story: claims with grades, reasons and evidence, conflicts, "
                                                "timeline, actors, corrections")
    def api_story(story_id: str, offset: int = Query(0, ge=0),
                  limit: int = Query(API_LIMIT, ge=1, le=API_LIMIT)) -> dict[str, Any]:
        story = story_or_404(story_id)[0]["stories"][0]
        total = len(story["claims"])
        return {**story, "claims": story["claims"][offset: offset + limit], "claims_total": total,
                "claims_offset": offset}

    @app.get("/api/stories/{story_id}/claims/{claim_id}", summary="One claim with its evidence")
    def api_claim(story_id: str, claim_id: str) -> dict[str, Any]:
        analysis = pipe.store.analysis(story_id)
        claim = next((c for c in (analysis.claims if analysis else []) if c.id == claim_id), None)
        if claim is None:
            raise HTTPException(404, f"no claim {claim_id!r} in story {story_id!r}")
        return claim_entry(claim)

    @app.get("/api/articles/{article_id:path}", summary="One article with its annotations")
    def api_article(article_id: str) -> dict[str, Any]:
        found = pipe.store.articles([article_id])
        if not found:
            raise HTTPException(404, f"no article {article_id!r}")
        article = found[0]
        anns = pipe.fresh_annotations([article_id])
        return {**article_entry(article, pipe.store.story_of(article_id)), "text": article.text,
                "annotations": annotation_record(anns[article_id]) if article_id in anns else None}

    @app.get("/api/sources/{source_id:path}", summary="Everything one source said, across stories")
    def api_source(source_id: str, offset: int = Query(0, ge=0),
                   limit: int = Query(PAGE, ge=1, le=API_LIMIT)) -> dict[str, Any]:
        rows, total = pipe.store.voices(source_id=source_id, offset=offset, limit=limit)
        if not total:
            raise HTTPException(404, f"no source {source_id!r}")
        return {"id": source_id, "name": pipe.store.source_name(source_id), "total": total, "claims": rows}

    @app.get("/api/outlets/{outlet:path}", summary="What one outlet carried, alone and first")
    def api_outlet(outlet: str, offset: int = Query(0, ge=0),
                   limit: int = Query(PAGE, ge=1, le=API_LIMIT)) -> dict[str, Any]:
        rows, total = pipe.store.voices(outlet=outlet, offset=offset, limit=limit)
        if not total:
            raise HTTPException(404, f"no outlet {outlet!r}")
        return {"name": outlet, **pipe.store.outlet_counts(outlet), "total": total, "claims": rows}

    @app.get("/api/search", summary="Stories, claims, sources and outlets whose words match")
    def api_search(q: str = Query(..., min_length=1, max_length=200)) -> dict[str, Any]:
        return pipe.store.search(q)

    @app.post("/api/stories/{story_id}/corrections", summary="Make a correction (bearer token)",
              description="Body: {kind: merge|split|source|verdict, mentions: [{article, start, end}], value, note}. "
                          "Answers the story's new analysis.")
    def api_correct(request: Request, story_id: str, body: dict[str, Any]) -> dict[str, Any]:
        if not guard.bearer_ok(request):
            raise HTTPException(403, "corrections need the server's token as Authorization: Bearer TOKEN")
        try:
            refs = [MentionRef(str(m["article"]), int(m["start"]), int(m["end"])) for m in body.get("mentions", [])]
        except (KeyError, TypeError, ValueError) as exc:
            raise HTTPException(400, "mentions must be [{article, start, end}, ...]") from exc
        fixed = pipe.correct(Correction(story_id, str(body.get("kind", "")), refs, body.get("value"),
                                        str(body.get("note", ""))[:500], guard.who(request) or "api"))
        return story_entry(pipe.store.story(story_id), fixed)

    @app.post("/api/corrections/{correction_id}/undo", summary="Undo a correction (bearer token)")
    def api_undo(request: Request, correction_id: int) -> dict[str, Any]:
        if not guard.bearer_ok(request):
            raise HTTPException(403, "undoing needs the server's token as Authorization: Bearer TOKEN")
        fixed = pipe.undo(correction_id)
        return {"undone": correction_id, "story": fixed.story if fixed else None}

    return app


def app_from_environment() -> FastAPI:
    """The app each process of `serve --workers N` runs (uvicorn starts it by name): what to serve comes from
    NEWSTRACE_SERVE (JSON: db, config, bind, hosts) and the token from NEWSTRACE_TOKEN, both set by `serve`."""
    spec = json.loads(os.environ["NEWSTRACE_SERVE"])
    return create_app(Config({"db": spec["db"]}, file=spec.get("config")), token=os.environ.get("NEWSTRACE_TOKEN"),
                      bind=spec.get("bind", "127.0.0.1"), allow_hosts=set(spec.get("hosts", ())))


class Cache:
    """A small least-recently-used map, safe across the server's threads."""

    def __init__(self, size: int) -> None:
        self.size, self.items, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key: Any) -> Any:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        return None

    def put(self, key: Any, value: Any) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


def _context(pipe: Pipeline, report: dict[str, Any]) -> dict[str, Any]:
    """A story's template context, with the texts of its articles for the evidence."""
    story = report["stories"][0]
    articles = {a["id"]: a for a in report["articles"]}
    texts = {a.id: a.text for a in pipe.store.articles(story["articles"])}
    s = story_context(story, articles, texts)
    s["timeline_svg"] = timeline_svg(story["timeline"])
    s["graph_svg"] = graph_svg(story["relations"], entity_names(story))
    s["article_rows"] = [{**a, "url": a["url"] if (a.get("url") or "").startswith(("http://", "https://")) else None}
                         for a in report["articles"]]
    return s


def _local(target: str) -> str:
    """A redirect target on this server only (no "//evil.example", no scheme)."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


class Guarded:
    """Every request passes here first: an unknown Host is refused, a reader without the token is sent to sign
    in (where serve needs one for reading), and every answer gets the security headers its handler did not set.
    A plain ASGI middleware: Starlette's `@app.middleware("http")` costs each request a task and a stream, a
    good part of a cached page's time under load."""

    def __init__(self, app: ASGIApp, guard: Guard) -> None:
        self.app, self.guard = app, guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refusal: Response | None = None
        if not self.guard.host_ok(request):
            refusal = _plain(400, "unknown Host: this server answers only to its own names (see serve --allow-host)")
        elif not self.guard.may_read(request) and request.url.path not in ("/login", "/static/style.css"):
            refusal = (JSONResponse({"error": "a token is needed"}, status_code=401)
                       if request.url.path.startswith("/api/")
                       else RedirectResponse("/login?next=" + quote(request.url.path), status_code=303))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for k, v in HEADERS.items():
                    if k not in headers:
                        headers.append(k, v)
            await send(message)

        await (refusal or self.app)(scope, receive, with_headers)


def _plain(status: int, text: str) -> Response:
    response = Response(text + "\n", status_code=status, media_type="text/plain")
    for k, v in HEADERS.items():
        response.headers[k] = v
    return response
