"""FastAPI app: `/api/...` for programs, `/` and `/stories/{id}` for people. It only reads the store, so it can
serve while `newstrace ingest` or `analyze` writes (SQLite in WAL mode lets readers see the last commit)."""

from __future__ import annotations

from html import escape
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse

from .. import __version__
from ..config import Config
from ..errors import NewstraceError
from ..pipeline import Pipeline
from ..report.annotations_jsonl import annotation_record
from ..report.html import render_html
from ..report.json_report import article_entry


def create_app(config: Config | None = None) -> FastAPI:
    pipe = Pipeline(config or Config())
    app = FastAPI(title="newstrace", version=__version__,
                  description="Stories, claims, sources and grades from a newstrace store (read-only).")

    def story_or_404(story_id: str) -> dict[str, Any]:
        try:
            return pipe.story_report(story_id)
        except NewstraceError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc

    @app.get("/api/stories", summary="Every story, newest last")
    def list_stories() -> list[dict[str, Any]]:
        return [{"id": s.id, "title": s.title, "articles": len(s.articles), "outlets": s.outlets,
                 "first_seen": s.first_seen, "last_seen": s.last_seen} for s in pipe.store.stories()]

    @app.get("/api/stories/{story_id}", summary="One story: claims, sources, grades, conflicts, timeline, actors")
    def get_story(story_id: str) -> dict[str, Any]:
        return story_or_404(story_id)["stories"][0]

    @app.get("/api/articles/{article_id}", summary="One article with its annotations")
    def get_article(article_id: str) -> dict[str, Any]:
        found = pipe.store.articles([article_id])
        if not found:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        article = found[0]
        story = pipe.store.story_of(article_id)
        anns = pipe.fresh_annotations([article_id])
        return {**article_entry(article, story), "text": article.text,
                "annotations": annotation_record(anns[article_id]) if article_id in anns else None}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> str:
        rows = "".join(
            f'<tr><td><a href="/stories/{escape(s.id)}">{escape(s.title)}</a></td><td>{len(s.articles)}</td>'
            f'<td>{escape(", ".join(s.outlets))}</td><td>{escape(s.first_seen or "")}</td></tr>'
            for s in pipe.store.stories())
        return (f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>newstrace</title>"
                f"<style>body{{font:14px system-ui;max-width:1100px;margin:auto;padding:1em}}td,th{{padding:4px 8px;"
                f"border-bottom:1px solid #ddd;text-align:left}}</style></head><body><h1>newstrace</h1>"
                f"<p>{pipe.store.count_articles()} articles · <a href=/docs>API</a></p><table><tr><th>story</th>"
                f"<th>articles</th><th>outlets</th><th>first seen</th></tr>{rows}</table></body></html>")

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> str:
        report = story_or_404(story_id)
        texts = {a.id: a.text for a in pipe.store.articles(report["stories"][0]["articles"])}
        return render_html(report, texts)

    return app
