"""EmbeddingCache (embeddings/): each text embedded once, expected texts in the same call."""

from __future__ import annotations

import numpy as np

import newstrace.embeddings as embed_module
from newstrace.embeddings import EmbeddingCache


def test_expected_texts_are_embedded_in_one_call_and_never_twice(monkeypatch):
    calls: list[list[str]] = []

    def fake_embed(texts: list[str], name: str) -> np.ndarray:
        calls.append(list(texts))
        return np.stack([np.full(4, float(len(t)), dtype=np.float32) for t in texts])

    monkeypatch.setattr(embed_module, "embed", fake_embed)
    cache = EmbeddingCache("model")
    cache.expect(["a", "bb", "ccc"])
    first = cache(["bb"])
    assert calls == [["a", "bb", "ccc"]] and first.shape == (1, 4) and first[0, 0] == 2.0
    again = cache(["ccc", "a", "ccc"])
    assert len(calls) == 1 and [v[0] for v in again] == [3.0, 1.0, 3.0]
    cache(["dddd"])
    assert calls[-1] == ["dddd"]
    cache.clear()
    cache(["a"])
    assert calls[-1] == ["a"] and cache([]).shape[0] == 0


def test_an_engine_given_embeds_what_the_cache_misses():
    seen: list[tuple[tuple[str, ...], str]] = []

    def engine_embed(texts: list[str], name: str) -> np.ndarray:
        seen.append((tuple(texts), name))
        return np.ones((len(texts), 3), dtype=np.float32)

    cache = EmbeddingCache("model", engine_embed)
    assert cache(["x", "y"]).shape == (2, 3) and seen == [(("x", "y"), "model")]
    assert cache([]).shape == (0, 3) and len(seen) == 1
