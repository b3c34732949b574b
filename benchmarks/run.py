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


def bench_stream(args: argparse.Namespace) -> None:
    """Days of news through the streaming story index as `watch` runs it: each simulated day, `--per-day`
    articles (three a story, synthetic vectors) join the index in bulk, the index lets go of what the new date
    leaves out of reach (`forget_before`, a `--window`-day window), and `--probe` more articles of that day are
    added one by one and timed. Per-article cost and memory should stay flat after the first windows."""
    from collections import Counter

    import numpy as np

    from newstrace.stories.cluster import StoryIndex, StoryState
    from newstrace.stories.features import ArticleFeatures

    dim, rng, per_day = args.dim, np.random.default_rng(7), args.per_day
    words = [f"w{i}" for i in range(5000)]
    index = StoryIndex(dim, threshold=0.36, window_days=args.window, candidates=20)
    print(f"{'day':>4} {'ms/article':>11} {'rows held':>10} {'stories held':>13} {'RSS MiB':>8}")
    base = None
    for day in range(args.days):
        stories = per_day // 3
        centres = rng.normal(0, 1, (stories, dim)).astype(np.float32)
        centres /= np.linalg.norm(centres, axis=1, keepdims=True)
        members = np.repeat(np.arange(stories), 3)
        vecs = centres[members] + rng.normal(0, 0.15, (len(members), dim)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        ids = [f"d{day}s{s}" for s in range(stories)]
        index.bucket(day).add_many(vecs, [ids[m] for m in members.tolist()])
        for s in range(stories):
            recent = [ArticleFeatures(f"{ids[s]}a{k}", vecs[3 * s + k], Counter(), Counter(), day, order=(day, k))
                      for k in range(3)]
            index.stories[ids[s]] = StoryState(ids[s], [f.id for f in recent], centres[s] * 3, Counter(), Counter(),
                                               day, day, recent)
        index.forget_before(day)
        probe = []
        for i in range(args.probe):
            v = centres[i % stories] + rng.normal(0, 0.15, dim).astype(np.float32)
            probe.append(ArticleFeatures(f"p{day}-{i}", (v / np.linalg.norm(v)).astype(np.float32),
                                         Counter(rng.choice(words, 20).tolist()), Counter(), day, order=(day, i)))
        t0 = time.perf_counter()
        for f in probe:
            index.add(f)
        ms = (time.perf_counter() - t0) * 1000 / len(probe)
        base = base or ms
        rows = sum(b.index.ntotal for b in index.buckets.values())
        rss = int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        print(f"{day:>4} {ms:>11.3f} {rows:>10} {len(index.stories):>13} {rss:>8.0f}")


def _store_with(rows: list[dict], tmp: str):
    from newstrace.config import Config
    from newstrace.pipeline import Pipeline

    src = Path(tmp) / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    pipe = Pipeline(Config(file=None).with_(db=str(Path(tmp) / "bench.db")))
    return pipe, src


def bench_analyze(args: argparse.Namespace) -> None:
    """End-to-end `analyze` (ingest, annotate, stories, claims, report) against bare nlp.pipe on the same texts.
    Texts: the stories dev set (many multi-article stories, so claim matching runs), else --data."""
    import tempfile

    from newstrace.config import Config
    from newstrace.nlp.annotate import load_model, processes

    path = Path(args.data) if args.data else Path(os.environ.get("NEWSTRACE_EVAL_DATA", ROOT.parent / "shared" / "data")) \
        / "stories" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()][: args.articles]
    words = sum(len(r["text"].split()) for r in rows)
    nlp = load_model(Config(file=None).spacy_model)
    list(nlp.pipe([r["text"] for r in rows[:20]]))
    t0 = time.perf_counter()
    for _ in nlp.pipe([r["text"] for r in rows], batch_size=64):
        pass
    bare = time.perf_counter() - t0
    procs = processes(Config(file=None).nlp_processes, len(rows))
    bare_parallel = None
    if procs > 1:  # analyze parses with every core on large batches: the same for bare spaCy, model start included
        t0 = time.perf_counter()
        for _ in nlp.pipe([r["text"] for r in rows], batch_size=64, n_process=procs):
            pass
        bare_parallel = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        pipe, src = _store_with(rows, tmp)
        pipe.config = pipe.config.with_(engine=args.engine, ray_workers=args.ray_workers)
        from newstrace.embeddings import load_embedder

        load_embedder(pipe.config.embedding_model)  # model loading is start-up, not throughput
        start_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # models loaded: the fixed part
        t0 = time.perf_counter()
        pipe.ingest([str(src)])
        t1 = time.perf_counter()
        pipe.annotate()
        t2 = time.perf_counter()
        pipe.cluster()
        t3 = time.perf_counter()
        pipe.analyze_stories()
        t4 = time.perf_counter()
        pipe.report()
        t5 = time.perf_counter()
        pipe.stop_engine()
        pipe.store.close()  # checkpoints the write-ahead log into the file
        db_bytes = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
    total = t5 - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"articles               {len(rows)}   words {words}")
    print(f"bare nlp.pipe          {bare:7.2f} s")
    if bare_parallel is not None:
        print(f"bare nlp.pipe, {procs} proc  {bare_parallel:7.2f} s")
    for name, sec in (("ingest", t1 - t0), ("annotate", t2 - t1), ("stories", t3 - t2), ("claims+provenance", t4 - t3),
                      ("report", t5 - t4)):
        print(f"  {name:<20} {sec:7.2f} s")
    print(f"analyze end to end     {total:7.2f} s   (engine {args.engine}"
          + (f", {args.ray_workers or 'all'} Ray workers, cluster start included)" if args.engine == "ray" else ")"))
    print(f"peak RSS               {peak / 1024:7.0f} MiB in this process ({start_rss / 1024:.0f} MiB with the models "
          f"loaded, so {(peak - start_rss) / len(rows):.0f} KiB more per article); largest worker {children / 1024:.0f} MiB")
    print(f"store (SQLite)         {db_bytes / 2**20:7.1f} MiB, {db_bytes / len(rows) / 1024:.0f} KiB per article "
          f"(text, annotations, vectors, stories, analyses)")
    print(f"throughput ratio       {bare / total:7.2f}   (analyze / bare; target >= 0.80)")
    if bare_parallel is not None:
        print(f"  against bare, {procs} proc {bare_parallel / total:7.2f}   (analyze parses with {procs} processes too)")


def bench_report(args: argparse.Namespace) -> None:
    """Analysis and report generation (JSON, Markdown, HTML) for one 100-article story from the store."""
    import tempfile

    from newstrace.model import Story
    from newstrace.report.html import render_html
    from newstrace.report.markdown import render_markdown

    rows = load_texts(args.story_size, args.data)
    with tempfile.TemporaryDirectory() as tmp:
        pipe, src = _store_with(rows, tmp)
        pipe.ingest([str(src)])
        pipe.annotate()
        ids = pipe.store.article_ids()
        pipe.store.save_stories([Story("sbench", "benchmark story", ids, [], None, None)])
        from newstrace.embeddings import load_embedder

        load_embedder(pipe.config.embedding_model)
        load_embedder(pipe.config.claim_embedding_model)  # loading is not the analysis
        t0 = time.perf_counter()
        analysis = pipe.analyze_stories()["sbench"]
        t1 = time.perf_counter()
        report = pipe.story_report("sbench")
        t2 = time.perf_counter()
        md = render_markdown(report)
        html = render_html(report, {a.id: a.text for a in pipe.store.articles(ids)})
        t3 = time.perf_counter()
        again = pipe.analyze_stories()  # stored: reused, not recomputed
        t4 = time.perf_counter()
    mentions = sum(len(c.mentions) for c in analysis.claims)
    print(f"story articles         {len(ids)}   claim mentions {mentions}   claims {len(analysis.claims)}")
    print(f"analysis (claims, sources, grades, conflicts, timeline, graph)  {t1 - t0:7.2f} s")
    print(f"report JSON from the store                                    {t2 - t1:7.2f} s")
    print(f"Markdown + HTML ({len(md) // 1024} KiB + {len(html) // 1024} KiB)                           {t3 - t2:7.2f} s")
    print(f"second run (stored analysis reused)                           {t4 - t3:7.2f} s   ({len(again)} story)")



def bench_serve(args: argparse.Namespace) -> None:
    """Story-page latency from `newstrace serve` on the example corpus under concurrent readers (and, with
    --while-ingesting, while another process keeps ingesting articles into the same store)."""
    import socket
    import subprocess
    import tempfile
    import threading

    import httpx

    tmp = tempfile.mkdtemp()
    db = str(Path(tmp) / "serve.db")
    run = [sys.executable, "-m", "newstrace"]
    if args.articles:  # a corpus of that many articles (the stories dev data where it lies, else the example)
        data = args.data or str(Path(os.environ.get("NEWSTRACE_EVAL_DATA", ROOT.parent / "shared" / "data"))
                                / "stories" / "articles.jsonl")
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in load_texts(args.articles, data)), "utf-8")
    else:
        corpus = ROOT / "examples" / "corpus"
    started = time.perf_counter()
    subprocess.run([*run, "analyze", str(corpus), "--db", db, "-q"], check=True)
    print(f"analysed {corpus.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([*run, "serve", "--db", db, "--port", str(port), "--workers", str(args.workers)],
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    writer = None
    try:
        for _ in range(300):
            try:
                stories = httpx.get(base + "/api/stories", timeout=2).json()["stories"]
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        urls = [base + "/", base + "/api/stories", base + "/stories/" + max(stories, key=lambda s: s["claims"])["id"]]
        for url in urls:
            httpx.get(url, timeout=30)  # warm
        if args.while_ingesting:
            feed = Path(tmp) / "feed"
            feed.mkdir()
            script = (f"import json,subprocess,sys,itertools\n"
                      f"for i in itertools.count():\n"
                      f"    p='{feed}/'+str(i)+'.jsonl'\n"
                      f"    open(p,'w').write(''.join(json.dumps({{'id':f'w{{i}}-{{k}}','outlet':'Load Wire',"
                      f"'text':f'Load test article {{i}} {{k}}: the harbour office said {{k}} boats left.'}})+'\\n' "
                      f"for k in range(50)))\n"
                      f"    subprocess.run({run!r}+['ingest',p,'--db','{db}','-q'])\n")
            writer = subprocess.Popen([sys.executable, "-c", script])
        times: dict[str, list[float]] = {url: [] for url in urls}
        errors = [0]
        stop = time.monotonic() + args.seconds

        def reader(first: int) -> None:
            with httpx.Client(timeout=30) as client:
                for url in itertools.islice(itertools.cycle(urls), first, None):
                    if time.monotonic() >= stop:
                        return
                    t = time.perf_counter()
                    r = client.get(url)
                    times[url].append(time.perf_counter() - t)
                    errors[0] += r.status_code != 200

        threads = [threading.Thread(target=reader, args=(i % len(urls),)) for i in range(args.readers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        if writer:
            writer.kill()
        server.terminate()
    def pick(values: list[float], q: float) -> float:
        values = sorted(values)
        return round(values[min(len(values) - 1, int(q * len(values)))] * 1000, 1)

    every = [t for ts in times.values() for t in ts]
    print(json.dumps({"articles": args.articles or "example corpus", "readers": args.readers, "workers": args.workers,
                      "while_ingesting": args.while_ingesting, "requests": len(every), "errors": errors[0],
                      "per_second": round(len(every) / args.seconds, 1), "p50_ms": pick(every, 0.5),
                      "p99_ms": pick(every, 0.99),
                      "p99_ms_by_page": {url.removeprefix(base): pick(ts, 0.99) for url, ts in times.items()}}))


BENCHMARKS = {"annotate": bench_annotate, "stories": bench_stories, "stream": bench_stream, "analyze": bench_analyze,
              "report": bench_report, "serve": bench_serve}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("name", choices=sorted(BENCHMARKS))
    parser.add_argument("--articles", type=int, default=None, help="articles [default: 500; serve: the example corpus]")
    parser.add_argument("--data", help="a JSONL file of articles (id, text, published)")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="stories: corpus sizes")
    parser.add_argument("--dim", type=int, default=384, help="stories: vector dimension")
    parser.add_argument("--probe", type=int, default=2000, help="stories: articles timed at each size")
    parser.add_argument("--per-day", type=int, default=100, help="stories: new stories a day; stream: articles a day")
    parser.add_argument("--days", type=int, default=12, help="stream: days simulated")
    parser.add_argument("--window", type=int, default=2, help="stream: story window in days")
    parser.add_argument("--story-size", type=int, default=100, help="report: articles in the story")
    parser.add_argument("--readers", type=int, default=20, help="serve: concurrent readers")
    parser.add_argument("--seconds", type=float, default=15, help="serve: how long they read")
    parser.add_argument("--while-ingesting", action="store_true", help="serve: another process ingests meanwhile")
    parser.add_argument("--workers", type=int, default=1, help="serve: server processes")
    parser.add_argument("--engine", default="local", help="analyze: local or ray")
    parser.add_argument("--ray-workers", type=int, default=0, help="analyze: CPUs of the local Ray cluster")
    args = parser.parse_args(argv)
    if args.articles is None and args.name != "serve":
        args.articles = 500
    BENCHMARKS[args.name](args)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
