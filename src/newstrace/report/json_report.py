"""The report JSON of `../shared/contracts/report.schema.json` (schema newstrace.report/1)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..model import Article, Story

SCHEMA = "newstrace.report/1"


def article_entry(article: Article, story: str | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "outlet": article.outlet,
        "url": article.url,
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "published_estimated": article.published_estimated,
        "language": article.language,
        "story": story,
        "duplicate_of": article.duplicate_of,
    }


def story_entry(story: Story, analysis: dict[str, Any] | None) -> dict[str, Any]:
    """A story with its analysis (claims, timeline, ...); the analysis lists are empty until it exists."""
    base = {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "outlets": list(story.outlets),
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "entities": [],
        "claims": [],
        "timeline": [],
        "relations": [],
        "conflicts": [],
    }
    if analysis:
        base.update({k: v for k, v in analysis.items() if k not in ("id", "articles")})
    return base


def build_report(articles: list[Article], stories: list[Story],
                 analyses: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    analyses = analyses or {}
    story_of = {aid: s.id for s in stories for aid in s.articles}
    return {
        "schema": SCHEMA,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "articles": [article_entry(a, story_of.get(a.id)) for a in articles],
        "stories": [story_entry(s, analyses.get(s.id)) for s in stories],
    }
