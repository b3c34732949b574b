"""Exact and near duplicates: exact by normalised-text hash, near by MinHash signatures in an LSH index."""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from .normalize import normalized

_WORD = re.compile(r"\w+")
SHINGLE = 3  # word 3-grams: robust to small edits, specific enough for news paragraphs
SCHEME = "affine32"  # datasketch hashing scheme; stored signatures are only comparable within one scheme


def signature(text: str, num_perm: int) -> MinHash | None:
    words = _WORD.findall(normalized(text))
    if len(words) < SHINGLE + 4:  # too short to call anything a near duplicate
        return None
    m = MinHash(num_perm=num_perm, scheme=SCHEME)
    m.update_batch([" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)])
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes, num_perm: int) -> MinHash | None:
    values = np.frombuffer(data, dtype=np.uint64)
    if len(values) != num_perm:  # stored with another setting: ignore rather than compare apples with pears
        return None
    return MinHash(num_perm=num_perm, hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """Articles seen so far; `find` returns the earliest one whose estimated Jaccard similarity passes the
    threshold."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        # LSH only proposes candidates (it cannot band for thresholds near 1); `find` checks the real threshold.
        self._lsh = MinHashLSH(threshold=min(threshold, 0.9), num_perm=num_perm)
        self._sigs: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self._moved: dict[str, str] = {}  # a former original -> the earlier article it now duplicates

    def add(self, article_id: str, m: MinHash) -> None:
        if article_id in self._sigs:
            return
        self._lsh.insert(article_id, m)
        self._sigs[article_id] = m
        self._order[article_id] = len(self._order)

    def demote(self, article_id: str, original: str) -> None:
        self._moved[article_id] = original

    def find(self, m: MinHash) -> str | None:
        hits = [key for key in self._lsh.query(m) if self._sigs[key].jaccard(m) >= self.threshold]
        if not hits:
            return None
        found = min(hits, key=self._order.__getitem__)
        while found in self._moved:
            found = self._moved[found]
        return found
