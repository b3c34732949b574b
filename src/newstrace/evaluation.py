"""Runs the product on the shared evaluation data and scores it with the shared scorers.

`newstrace evaluate TASK` reads `<data>/<TASK>/articles.jsonl`, runs the stages the task measures exactly as
`analyze`/`annotate` do (through a throw-away store), writes predictions in the scorer's format, runs
`<data>/../eval/score_<TASK>.py` and returns its metrics. The texts are third-party: they are read where they
lie and never copied into the project.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .config import Config
from .errors import NewstraceError

TASKS = ("attribution", "timex", "stories", "claims", "claimgraph")


def default_data_dir() -> Path:
    return Path(os.environ.get("NEWSTRACE_EVAL_DATA", "../shared/data"))


def _read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def score(task: str, data_dir: Path, pred: Path, gold: Path | None = None) -> dict[str, Any]:
    scorer = data_dir.resolve().parent / "eval" / f"score_{task}.py"
    gold = gold or data_dir / task / "gold.jsonl"
    cmd = [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred)]
    if task == "attribution":
        cmd += ["--articles", str(data_dir / task / "articles.jsonl")]
    if task == "claimgraph":
        cmd += ["--outlets", str(data_dir / task / "articles.jsonl")]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{scorer.name} failed ({proc.returncode}): {proc.stderr.strip()}")
    metrics = json.loads(proc.stdout[: proc.stdout.rindex("}") + 1])
    return _flat(metrics) if task == "claimgraph" else metrics


def _flat(metrics: dict[str, Any]) -> dict[str, Any]:
    """{"pairwise": {"f1": ..}} -> {"pairwise_f1": ..}: every metric one key, as the other scorers give them."""
    out: dict[str, Any] = {}
    for k, v in metrics.items():
        if isinstance(v, dict):
            out.update({f"{k}_{kk}": vv for kk, vv in v.items()})
        else:
            out[k] = v
    return out


def _subset_gold(task: str, data_dir: Path, ids: set[str], work: Path) -> Path:
    """With --limit, score against the gold lines of the articles that were run."""
    rows = [r for r in _read_jsonl(data_dir / task / "gold.jsonl") if r["id"] in ids]
    path = work / "gold.jsonl"
    _write_jsonl(path, rows)
    return path


def predict(task: str, articles_file: Path, work: Path, config: Config, limit: int | None = None,
            progress: Callable[[str, int, int], None] | None = None,
            extra: dict[str, list[dict[str, Any]]] | None = None) -> list[dict[str, Any]]:
    """The product's predictions for one task, in the scorer's format; `extra` receives secondary ones by name
    (claims: the statement-level claim clusters)."""
    from .pipeline import Pipeline

    rows = _read_jsonl(articles_file, limit)
    source = work / "articles.jsonl"
    _write_jsonl(source, rows)
    pipe = Pipeline(config.with_(db=str(work / "eval.db")))
    pipe.ingest([str(source)])
    ids = [r["id"] for r in rows]
    if task in ("attribution", "timex"):
        anns = pipe.annotate(ids, progress=progress)
        if task == "attribution":
            return [{"id": i, "attributions": [{"source": a.source, "cue": a.cue, "content": a.content}
                                               for a in anns[i].attributions]} for i in ids]
        return [{"id": i, "timexes": [{"start": t.start, "end": t.end, "type": t.type, "value": t.value}
                                      for t in anns[i].timexes]} for i in ids]
    if task == "stories":
        pipe.annotate(ids, progress=progress)
        stories = pipe.cluster(progress=progress)
        story_of = {a: s.id for s in stories for a in s.articles}
        return [{"id": i, "story": story_of.get(i)} for i in ids]
    if task == "claimgraph":  # the whole report: claims matched, sources, certainty, counts and grades
        pipe.run(progress=progress)
        return [pipe.report()]
    if task == "claims":  # ECB+ links sentences that report one event: events are scored, claims beside them
        pipe.annotate(ids, progress=progress)
        levels = pipe.claim_clusters(ids, progress=progress)
        if extra is not None:
            extra["product: claim clusters"] = [{"id": i, "claims": levels["claims"].get(i, [])} for i in ids]
        return [{"id": i, "claims": levels["events"].get(i, [])} for i in ids]
    raise ValueError(f"unknown task {task!r}; one of {', '.join(TASKS)}")


def baseline(task: str, articles_file: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Trivial baselines to read the scores against (documented in docs/evaluation.md)."""
    rows = _read_jsonl(articles_file, limit)
    out = []
    for r in rows:
        text = r["text"]
        if task == "attribution":  # every "said"/"says"/"told": cue, the sentence's rest as content
            atts = []
            for sent in re.finditer(r"[^.!?\n]+[.!?]?", text):
                m = re.search(r"\b(said|says|told)\b", sent.group())
                if m:
                    s0 = sent.start()
                    atts.append({"source": [], "cue": [[s0 + m.start(), s0 + m.end()]],
                                 "content": [[s0, s0 + m.start()]] if m.start() > 0 else [[s0 + m.end(), sent.end()]]})
            out.append({"id": r["id"], "attributions": atts})
        elif task == "timex":  # four-digit years and weekday names, the year as value, no anchor
            tx = [{"start": m.start(), "end": m.end(), "type": "DATE", "value": m.group()}
                  for m in re.finditer(r"\b(?:19|20)\d\d\b", text)]
            out.append({"id": r["id"], "timexes": tx})
        else:
            raise ValueError(f"no baseline for {task}")
    return out


def story_baselines(work: Path, config: Config) -> dict[str, list[dict[str, Any]]]:
    """TF-IDF + agglomerative, and embeddings alone (agglomerative on title+lead vectors of the transformer
    newstrace's static embedding is distilled from), average linkage on cosine distance at fixed thresholds 0.75
    and 0.45 (scikit-learn, evaluation only)."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    from .embeddings import embed, parse
    from .pipeline import Pipeline
    from .stories.features import lead_text

    pipe = Pipeline(config.with_(db=str(work / "eval.db")))
    articles = pipe.store.articles()
    ids = [a.id for a in articles]
    leads = [lead_text(a) for a in articles]
    tfidf = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(leads).toarray()
    emb = embed(leads, parse(config.embedding_model)[0])
    out = {}
    for name, X, threshold in (("tfidf+agglomerative", tfidf, 0.75), ("embeddings alone", emb, 0.45)):
        labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                         distance_threshold=threshold).fit_predict(X)
        out[name] = [{"id": i, "story": int(label)} for i, label in zip(ids, labels, strict=True)]
    return out


SPARSE_SHARE = 0.9  # share of gold stories the sparse check cuts to their first report


def story_checks(work: Path, data_dir: Path, config: Config,
                 progress: Callable[[str, int, int], None] | None = None) -> dict[str, tuple[Path, Path]]:
    """Two checks against tuning to the dev set's shape (nearly every story three reports), as
    {name: (predictions, gold)} for the stories scorer:
    - sparse: the dev articles with 90% of the stories cut to their first report (by id; which stories, by a
      hash of the story id), clustered again: a corpus where most reports stand alone;
    - big stories: the claims task's ECB+ documents as stories of their sub-topics (a topic's ECB and ECB+ halves
      are two incidents of one kind), about 12 reports each; skipped when that folder is absent."""
    import hashlib

    from .pipeline import Pipeline
    from .stories.build import build_stories

    out: dict[str, tuple[Path, Path]] = {}
    gold = _read_jsonl(data_dir / "stories" / "gold.jsonl")
    seen: set[str] = set()
    keep = []
    for g in sorted(gold, key=lambda g: g["id"]):
        cut = int(hashlib.sha1(g["story"].encode()).hexdigest(), 16) % 100 < SPARSE_SHARE * 100
        if cut and g["story"] in seen:
            continue
        seen.add(g["story"])
        keep.append(g)
    pipe = Pipeline(config.with_(db=str(work / "eval.db")))
    articles = pipe.store.articles([g["id"] for g in keep])
    stories, _ = build_stories(articles, pipe.fresh_annotations([a.id for a in articles]), pipe.embeddings(articles),
                               config)
    story_of = {a: s.id for s in stories for a in s.articles}
    pred, sub_gold = work / "check_sparse.jsonl", work / "check_sparse_gold.jsonl"
    _write_jsonl(pred, [{"id": a.id, "story": story_of[a.id]} for a in articles])
    _write_jsonl(sub_gold, keep)
    out[f"check: sparse ({SPARSE_SHARE:.0%} of stories cut to one report)"] = (pred, sub_gold)

    ecb = data_dir / "claims"
    if (ecb / "articles.jsonl").exists() and (ecb / "gold.jsonl").exists():
        sub = {}
        for g in _read_jsonl(ecb / "gold.jsonl"):
            sub[g["id"]] = f"{g['topic']}{'plus' if g['doc'].endswith('plus') else ''}"
        big = Pipeline(config.with_(db=str(work / "check_big.db")))
        big.ingest([str(ecb / "articles.jsonl")])
        big.annotate(progress=progress)
        stories = big.cluster(progress=progress)
        story_of = {a: s.id for s in stories for a in s.articles}
        pred, sub_gold = work / "check_big.jsonl", work / "check_big_gold.jsonl"
        _write_jsonl(pred, [{"id": i, "story": story_of[i]} for i in sorted(sub) if i in story_of])
        _write_jsonl(sub_gold, [{"id": i, "story": f"ecb:{t}", "dataset": "ecb+"} for i, t in sorted(sub.items())
                                if i in story_of])
        out["check: big stories (ECB+ sub-topics)"] = (pred, sub_gold)
    return out


def evaluate(task: str, data_dir: Path | None = None, limit: int | None = None, config: Config | None = None,
             out_dir: Path | None = None, with_baseline: bool = True, with_checks: bool = True,
             progress: Callable[[str, int, int], None] | None = None) -> dict[str, Any]:
    """Run, score, and return {"task", "articles", "product": metrics, "baseline...": metrics, "check...":
    metrics}. Baselines and the stories checks can be left out (`with_baseline`, `with_checks`)."""
    data_dir = data_dir or default_data_dir()
    articles = data_dir / task / "articles.jsonl"
    if not articles.exists():
        raise NewstraceError("NT307", task=task, path=str(articles))
    config = config or Config(file=None)
    with tempfile.TemporaryDirectory(prefix=f"newstrace-eval-{task}-") as tmp:
        work = Path(tmp)
        extra: dict[str, list[dict[str, Any]]] = {}
        preds = predict(task, articles, work, config, limit, progress, extra)
        if task == "claimgraph":  # one report, not one line per article
            ids = {a["id"] for a in preds[0]["articles"]}
            pred_file = (out_dir or work) / "report.json"
            pred_file.parent.mkdir(parents=True, exist_ok=True)
            pred_file.write_text(json.dumps(preds[0], ensure_ascii=False), "utf-8")
        else:
            ids = {p["id"] for p in preds}
            pred_file = (out_dir or work) / f"pred_{task}.jsonl"
            pred_file.parent.mkdir(parents=True, exist_ok=True)
            _write_jsonl(pred_file, preds)
        gold = _subset_gold(task, data_dir, ids, work) if limit else None
        result: dict[str, Any] = {"task": task, "articles": len(ids), "product": score(task, data_dir, pred_file, gold)}
        for name, rows in extra.items():
            extra_file = work / f"pred_{task}_{len(result)}.jsonl"
            _write_jsonl(extra_file, rows)
            result[name] = score(task, data_dir, extra_file, gold)
        if with_baseline and task in ("attribution", "timex"):
            base_file = work / f"baseline_{task}.jsonl"
            _write_jsonl(base_file, baseline(task, articles, limit))
            result["baseline"] = score(task, data_dir, base_file, gold)
        if with_baseline and task == "stories":
            for name, preds_b in story_baselines(work, config).items():
                base_file = work / f"baseline_{name}.jsonl"
                _write_jsonl(base_file, preds_b)
                result[f"baseline: {name}"] = score(task, data_dir, base_file, gold)
        if with_checks and task == "stories" and not limit:
            for name, (check_pred, check_gold) in story_checks(work, data_dir, config, progress).items():
                result[name] = score(task, data_dir, check_pred, check_gold)
    return result


# ---- floors ---------------------------------------------------------------------------------------------------

FLOOR_TOLERANCE = 0.005  # a run may fall this far below a floor (ties and rounding), no further


def read_floors(path: Path) -> list[tuple[str, str, str, float]]:
    """(task, system, metric, floor) from a floors file: `task | system | metric | floor` per line, '#' comments."""
    out = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 4:
            raise ValueError(f"{path}:{n}: expected 'task | system | metric | floor', got {line!r}")
        out.append((parts[0], parts[1], parts[2], float(parts[3])))
    return out


def below_floors(task: str, result: dict[str, Any], floors: list[tuple[str, str, str, float]],
                 tolerance: float = FLOOR_TOLERANCE) -> list[str]:
    """What in `result` falls more than `tolerance` below its floor (or is missing), one line each."""
    out = []
    for t, system, metric, floor in floors:
        if t != task:
            continue
        value = result.get(system, {}).get(metric)
        if value is None:
            out.append(f"{task} | {system} | {metric}: missing from the result")
        elif value < floor - tolerance:
            out.append(f"{task} | {system} | {metric}: {value:.4f} is below the floor {floor} (tolerance {tolerance})")
    return out
