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


BENCHMARKS = {"annotate": bench_annotate}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("name", choices=sorted(BENCHMARKS))
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--data", help="a JSONL file of articles (id, text, published)")
    args = parser.parse_args(argv)
    BENCHMARKS[args.name](args)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
