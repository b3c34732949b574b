"""newstrace benchmarks: `python benchmarks/run.py NAME [options]`; each prints its figures."""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_texts(n: int, data: str | None) -> list[dict]:
    path = Path(data) if data else Path(os.environ.get("NEWSTRACE_EVAL_DATA", ROOT.parent / "shared" / "data")) \
        / "attribution" / "articles.jsonl"
    if path.exists():
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    else:  # the example corpus, repeated
        from newstrace.config import Config
        from newstrace.ingest import iter_inputs
        from newstrace.ingest.readers import Record, read

        rows = []
        for raw in iter_inputs([str(ROOT / "examples" / "corpus")], Config(file=None)):
            for item in read(raw[2], raw[1], raw[0], sidecar=raw[3]):
                if isinstance(item, Record):
                    rows.append({"id": str(len(rows)), "text": item.fields["text"], "published": "2026-03-10"})
    rows = list(itertools.islice(itertools.cycle(rows), n))
    return [{**r, "id": f"{i}-{r['id']}"} for i, r in enumerate(rows)]


def bench_annotate(args: argparse.Namespace) -> None:
    from newstrace.config import Config
    from newstrace.model import Article
    from newstrace.nlp.annotate import Annotator, load_model

    rows = load_texts(args.articles, args.data)
    words = sum(len(r["text"].split()) for r in rows)
    config = Config(file=None)
    nlp = load_model(config.spacy_model)
    texts = [r["text"] for r in rows]
    list(nlp.pipe(texts[:20]))  # warm up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=config.nlp_batch_size):
        pass
    bare = time.perf_counter() - t0
    annotator = Annotator(config)
    articles = [Article(r["id"], r["text"], published=r.get("published")) for r in rows]
    t0 = time.perf_counter()
    count = sum(1 for _ in annotator.annotate(articles))
    ours = time.perf_counter() - t0
    print(f"articles               {count}")
    print(f"words                  {words}")
    print(f"bare nlp.pipe          {bare:7.2f} s   {words / bare:8.0f} words/s")
    print(f"annotate               {ours:7.2f} s   {words / ours:8.0f} words/s")
    print(f"throughput ratio       {bare / ours:7.2f}   (annotate / bare; target >= 0.80)")
    print(f"peak RSS               {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:7.0f} MiB")


def bench_stories(args: argparse.Namespace) -> None:
    """Per-article cost of streaming clustering as the corpus grows (synthetic vectors, three articles a story,
    `--per-day` new stories a day, so a bigger corpus covers a longer period, as a growing archive does): the
    index is filled in bulk to each size, then `--probe` articles of the latest day are added and timed."""
    from collections import Counter

    import numpy as np

    from newstrace.stories.cluster import StoryIndex, StoryState
    from newstrace.stories.features import ArticleFeatures

    dim, rng = args.dim, np.random.default_rng(7)
    sizes = [int(x) for x in args.sizes.split(",")]
    words = [f"w{i}" for i in range(5000)]

    def article(i: int, day: int, centre: np.ndarray) -> ArticleFeatures:
        v = centre + rng.normal(0, 0.15, dim).astype(np.float32)
        v /= np.linalg.norm(v)
        t = Counter(rng.choice(words, 20).tolist())
        return ArticleFeatures(f"a{i}", v.astype(np.float32), t, Counter({f"e{i % 997}": 1}), day, order=(day, i))

    print(f"{'articles':>10} {'ms/article':>11} {'index MiB':>10} {'peak RSS MiB':>13}")
    base = None
    for n in sizes:
        index = StoryIndex(dim, threshold=0.36, window_days=30, candidates=20)
        stories = -(-n // 3)
        centres = rng.normal(0, 1, (stories, dim)).astype(np.float32)
        centres /= np.linalg.norm(centres, axis=1, keepdims=True)
        per_day = args.per_day
        members = np.repeat(np.arange(stories), 3)[:n]
        vecs = centres[members] + rng.normal(0, 0.15, (n, dim)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        days = members // per_day
        for key in np.unique(days // index.window):
            rows = np.nonzero(days // index.window == key)[0]
            index.bucket(int(key) * index.window).add_many(vecs[rows], [f"s{s}" for s in members[rows].tolist()])
        for s in range(stories):
            st = StoryState(f"s{s}", [f"b{s}"], centres[s].copy(), Counter(), Counter(), s // per_day, s // per_day)
            index.stories[st.id] = st
        last_day = int(days.max())
        probe = [article(i, last_day, centres[-1 - (i % 50)]) for i in range(args.probe)]
        t0 = time.perf_counter()
        for f in probe:
            index.add(f)
        ms = (time.perf_counter() - t0) * 1000 / len(probe)
        base = base or ms
        mib = sum(b.index.ntotal for b in index.buckets.values()) * (dim * 4 + 32 * 2 * 4) / 2**20
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:>10} {ms:>11.3f} {mib:>10.0f} {rss:>13.0f}   ({ms / base:.2f}x the first size)")


BENCHMARKS = {"annotate": bench_annotate, "stories": bench_stories}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("name", choices=sorted(BENCHMARKS))
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--data", help="a JSONL file of articles (id, text, published)")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="stories: corpus sizes")
    parser.add_argument("--dim", type=int, default=384, help="stories: vector dimension")
    parser.add_argument("--probe", type=int, default=2000, help="stories: articles timed at each size")
    parser.add_argument("--per-day", type=int, default=100, help="stories: new stories a day")
    args = parser.parse_args(argv)
    BENCHMARKS[args.name](args)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
