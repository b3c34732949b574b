"""Matching claim mentions across articles: one claim = one cluster of mentions that state the same thing.

Similarity = cosine of sentence embeddings, plus agreement of entities and numbers, minus a little when both
mentions come from the same article (an article rarely states one claim twice). Clusters: average-linkage
agglomerative clustering (scikit-learn) cut at `claim_threshold`.
"""

from __future__ import annotations

import numpy as np

from ..model import Mention

W_ENTITIES = 0.15  # Jaccard of the entities named in the two mentions
W_NUMBERS = 0.05  # the two mentions share a number
SAME_ARTICLE = 0.15


def _incidence(sets: list[set]) -> np.ndarray:
    """A mentions × items 0/1 matrix (items: entity ids or numbers)."""
    items = {x: k for k, x in enumerate(sorted({x for s in sets for x in s}, key=str))}
    mat = np.zeros((len(sets), max(1, len(items))), dtype=np.float32)
    for i, s in enumerate(sets):
        for x in s:
            mat[i, items[x]] = 1.0
    return mat


def similarity(mentions: list[Mention], vectors: np.ndarray) -> np.ndarray:
    """Pairwise similarity, all in matrix form (a 100-article story has thousands of mentions)."""
    sim = (vectors @ vectors.T).astype(np.float32)
    ents = _incidence([m.entities for m in mentions])
    inter = ents @ ents.T
    sizes = ents.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - inter
    sim += W_ENTITIES * np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    nums = _incidence([{q.value for q in m.quantities} for m in mentions])
    sim += W_NUMBERS * ((nums @ nums.T) > 0)
    arts = np.array([m.article for m in mentions])
    sim -= SAME_ARTICLE * (arts[:, None] == arts[None, :])
    return sim


def cluster_mentions(mentions: list[Mention], vectors: np.ndarray, threshold: float) -> list[list[int]]:
    """Groups of mention indices, each group one claim; groups in order of their first mention."""
    n = len(mentions)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    from sklearn.cluster import AgglomerativeClustering

    dist = np.clip(1.0 - similarity(mentions, vectors), 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=1.0 - threshold).fit_predict(dist)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])
