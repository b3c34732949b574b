"""Static embeddings distilled from an installed sentence-transformers model, once, into a local cache.

The recipe is model2vec's distillation: run the transformer on every token of its vocabulary alone
("[CLS] token [SEP]", mean-pooled), centre the token vectors, and weight each by SIF (a / (a + p)) with p
estimated from Zipf's law over the vocabulary order. A text's embedding is then the mean of its tokens' rows:
sentence-transformers' `StaticEmbedding` module, about fifty times faster than the transformer, and within 0.01
of its story clustering score on the dev data (docs/stories.md). A second table keeps the rows as the transformer
gave them, for single words (event words), where it equals the source model.

Written here rather than taken from model2vec because its `distill` extra pins transformers < 5.4, below the
transformers that sentence-transformers runs on here; the recipe is thirty lines of torch and numpy.
Nothing is downloaded: the source model is the one on disk.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

RECIPE = 1  # bump when the recipe changes: cached models are keyed by it
VARIANTS = ("static", "tokens")  # the two tables of one distillation (see target_path)
SIF_A = 1e-4
BATCH = 1024
_SKIP = re.compile(r"\[unused\d+\]")


def cache_dir() -> Path:
    """`NEWSTRACE_CACHE_DIR`, else `$XDG_CACHE_HOME/newstrace`, else `~/.cache/newstrace`."""
    if env := os.environ.get("NEWSTRACE_CACHE_DIR"):
        return Path(env).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newstrace"


def fingerprint(source_path: Path) -> str:
    """Changes when the source model's files change (reinstall, another version), or the recipe does."""
    h = hashlib.sha1(f"{RECIPE}|{source_path.resolve()}".encode())
    for f in sorted(p for p in source_path.rglob("*") if p.is_file()):
        st = f.stat()
        h.update(f"{f.relative_to(source_path)}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def target_path(source: str, source_path: Path) -> Path:
    """The cache folder of one source model's distillation; it holds one sentence-transformers model per
    variant: "static" (centred, SIF-weighted rows, for sentences) and "tokens" (each token's own embedding, for
    single words: for a one-token word it is exactly the source model's embedding of that word)."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", source).strip("_")[-60:] or "model"
    return cache_dir() / "static" / f"{slug}-{fingerprint(source_path)}"


def _complete(folder: Path) -> bool:
    return all((folder / v / "modules.json").is_file() for v in VARIANTS)


def is_cached(source: str, source_path: Path) -> bool:
    return _complete(target_path(source, source_path))


def static_model_path(source: str, source_path: Path, variant: str = "static",
                      progress: Callable[[int, int], None] | None = None) -> Path:
    """The distilled model's folder, distilled first when not cached (`progress(done, total)` tokens)."""
    if not source_path.is_dir():
        raise FileNotFoundError(f"{source_path} is not a directory")
    target = target_path(source, source_path)
    if not _complete(target):
        distill(source_path, target, progress)
    return target / variant


def token_outputs(source_path: Path, progress: Callable[[int, int], None] | None = None
                  ) -> tuple[np.ndarray, np.ndarray, object]:
    """Each vocabulary token's mean-pooled transformer output in isolation ("[CLS] token [SEP]"; zeros for
    [unusedN]), which rows are real tokens, and the fast tokenizer."""
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(source_path), device="cpu")
    transformer, tokenizer = model[0].auto_model.eval(), model.tokenizer
    vocab = tokenizer.get_vocab()
    ids = [i for tok, i in sorted(vocab.items(), key=lambda kv: kv[1]) if not _SKIP.fullmatch(tok)]
    out = np.zeros((len(vocab), transformer.config.hidden_size), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            x = torch.tensor([[tokenizer.cls_token_id, i, tokenizer.sep_token_id] for i in chunk])
            hidden = transformer(input_ids=x, attention_mask=torch.ones_like(x),
                                 token_type_ids=torch.zeros_like(x)).last_hidden_state
            out[chunk] = hidden.mean(dim=1).numpy()
            if progress:
                progress(min(start + BATCH, len(ids)), len(ids))
    used = np.zeros(len(vocab), dtype=bool)
    used[ids] = True
    return out, used, tokenizer


def sentence_rows(outputs: np.ndarray, used: np.ndarray) -> np.ndarray:
    """Centred (what PCA without reduction does to cosines: the raw rows share one large direction, cosine
    0.99 between any two words) and SIF-weighted, so frequent tokens weigh less in a sentence's mean."""
    rows = outputs.copy()
    rows[used] -= rows[used].mean(axis=0)
    rank = np.arange(len(rows))
    p = 1.0 / (rank + 2)
    p /= p.sum()
    return rows * (SIF_A / (SIF_A + p))[:, None]


def distill(source_path: Path, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
    """Write both variants to `target`, atomically: a half-written folder is never taken for a model, and two
    processes distilling at once both end with a whole one."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, StaticEmbedding

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    except OSError as exc:
        raise OSError(f"cannot write the distilled model under {target.parent} ({exc.strerror or exc}); "
                      "set NEWSTRACE_CACHE_DIR to a writable folder") from exc
    try:
        outputs, used, tokenizer = token_outputs(source_path, progress)
        for variant, rows in (("static", sentence_rows(outputs, used)), ("tokens", outputs)):
            model = SentenceTransformer(modules=[StaticEmbedding(tokenizer, embedding_weights=rows), Normalize()],
                                        device="cpu")
            model.save(str(tmp / variant))
        if target.is_dir() and not _complete(target):
            shutil.rmtree(target)  # left half-written by a run that was killed
        try:
            tmp.rename(target)
        except OSError:
            if not _complete(target):  # not another process's whole model: a real failure
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
