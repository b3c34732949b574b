"""Matching claim mentions across articles: one claim = one cluster of mentions that state the same thing.

Similarity = cosine of sentence embeddings, plus agreement of entities and numbers, minus a little when both
mentions come from the same article (an article rarely states one claim twice). Clusters: average-linkage
agglomerative clustering (scikit-learn) cut at `claim_threshold`.
"""

from __future__ import annotations

import numpy as np

from .extract import Mention

W_ENTITIES = 0.15  # Jaccard of the entities named in the two mentions
W_NUMBERS = 0.05  # the two mentions share a number
SAME_ARTICLE = 0.15


def similarity(mentions: list[Mention], vectors: np.ndarray) -> np.ndarray:
    sim = vectors @ vectors.T
    n = len(mentions)
    ents = [m.entities for m in mentions]
    nums = [{q.value for q in m.quantities} for m in mentions]
    arts = [m.article for m in mentions]
    for i in range(n):
        for j in range(i + 1, n):
            union = ents[i] | ents[j]
            bonus = W_ENTITIES * (len(ents[i] & ents[j]) / len(union) if union else 0.0)
            if nums[i] & nums[j]:
                bonus += W_NUMBERS
            if arts[i] == arts[j]:
                bonus -= SAME_ARTICLE
            sim[i, j] += bonus
            sim[j, i] += bonus
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
