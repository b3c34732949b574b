"""Where the heavy stages run: in this process (and spaCy's worker processes), or spread over a Ray cluster.

An engine does the work that is the same for every article and needs nothing of the others: the parse and the
annotation of an article, and the embedding of a text. `Pipeline` asks its engine for those and does everything
else itself, in one process: it is the store's one writer, and the steps that need the whole corpus (story
grouping, claim matching across a story, provenance) stay where the whole corpus is. docs/scale.md says what
goes over the wire.

- `local` (the default): spaCy's `nlp.pipe(n_process=...)` and the embedding model, in this machine's processes.
- `ray`: the articles go to Ray tasks in chunks (`setting ray_chunk`); each Ray worker process loads the spaCy
  model and the embedding model once and keeps them for every later chunk. `ray_address` names a running
  cluster ("ray://head:10001", "auto"); empty starts a local one for the run, with one worker per core. The
  results are the same as the local engine's: the same model on the same text gives the same parse.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from .config import Config
from .errors import NewstraceError
from .model import Annotations, Article

ENGINES = ("local", "ray")


class LocalEngine:
    name = "local"

    def __init__(self, config: Config) -> None:
        self.config = config

    def annotate(self, articles: list[Article], n_process: int | None = None) -> Iterator[Annotations]:
        from .nlp.annotate import Annotator

        return Annotator(self.config).annotate(articles, n_process=n_process)

    def embed(self, texts: list[str], model: str) -> np.ndarray:
        from .embeddings import embed

        return embed(texts, model)

    def close(self) -> None:
        pass


class RayEngine:
    """Annotation and embedding as Ray tasks; results come back in input order."""

    name = "ray"

    def __init__(self, config: Config) -> None:
        try:
            import ray
        except ImportError as exc:
            raise NewstraceError("NT305") from exc
        self.config, self.ray = config, ray
        self.started = not ray.is_initialized()
        if self.started:
            import logging

            logging.getLogger("ray").setLevel(logging.ERROR)  # its start-up notices are not newstrace's output
            try:
                local = {} if config.ray_address or not config.ray_workers else {"num_cpus": config.ray_workers}
                ray.init(address=config.ray_address or None, include_dashboard=False, log_to_driver=False,
                         configure_logging=False, **local)
            except Exception as exc:  # a cluster that cannot be reached, or a local one that cannot start
                raise NewstraceError("NT306", address=config.ray_address or "a local cluster",
                                     detail=f"{exc.__class__.__name__}: {exc}"[:300]) from exc
        self._annotate = ray.remote(_annotate_chunk)
        self._embed = ray.remote(_embed_chunk)

    def annotate(self, articles: list[Article], n_process: int | None = None) -> Iterator[Annotations]:
        # the workers parse; they never see the store (its URL may hold a password) nor where the cluster is
        settings = {k: v for k, v in self.config.as_dict().items() if k != "db" and not k.startswith(("ray_", "engine"))}
        chunk = max(1, self.config.ray_chunk)
        pending = [self._annotate.remote(settings, [a.to_dict() for a in articles[i:i + chunk]])
                   for i in range(0, len(articles), chunk)]
        for ref in pending:  # in order; later chunks keep running meanwhile
            for data in self.ray.get(ref):
                yield Annotations.from_dict(data)

    def embed(self, texts: list[str], model: str) -> np.ndarray:
        chunk = max(1, self.config.ray_chunk) * 4  # an embedding costs far less than a parse
        parts = self.ray.get([self._embed.remote(texts[i:i + chunk], model) for i in range(0, len(texts), chunk)])
        from .embeddings import embed

        return np.vstack(parts) if parts else embed([], model)

    def close(self) -> None:
        if self.started:
            self.ray.shutdown()


_ANNOTATORS: dict[str, Any] = {}  # in a Ray worker: one Annotator per settings, kept for later chunks


def _annotate_chunk(settings: dict[str, Any], articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    import json

    from .nlp.annotate import Annotator

    key = json.dumps(settings, sort_keys=True, default=str)
    if key not in _ANNOTATORS:
        _ANNOTATORS[key] = Annotator(Config(settings, file=None))
    # one process per worker: Ray gives the parallelism, spaCy's own processes would compete with it
    return [a.to_dict() for a in _ANNOTATORS[key].annotate([Article.from_dict(x) for x in articles], n_process=1)]


def _embed_chunk(texts: list[str], model: str) -> np.ndarray:
    from .embeddings import embed

    return embed(texts, model)


def engine(config: Config) -> LocalEngine | RayEngine:
    if config.engine not in ENGINES:
        raise NewstraceError("NT302", name="engine", value=config.engine, kind=" or ".join(ENGINES))
    return RayEngine(config) if config.engine == "ray" else LocalEngine(config)
