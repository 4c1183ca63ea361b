"""The embedding runtime: the ONNX export agrees with sentence-transformers, is made again when damaged, and
sentence-transformers takes over when chosen or when a model cannot be exported."""

from __future__ import annotations

import csv
import json
import logging
import shutil
import threading

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.paths import REPO
from retrieval.embed import Embedder, _exporter_versions, bundled_embedder_path
from retrieval.embed_onnx import MAX_WORKERS, MIN_COSINE, token_batches


def example_texts(n: int) -> list[str]:
    with open(REPO / "examples" / "feedback.csv", newline="", encoding="utf-8") as fh:
        return [row["text"] for row in csv.DictReader(fh)][:n]


@pytest.fixture(scope="module")
def sentence_transformer():
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(bundled_embedder_path()), device="cpu")


def test_onnx_vectors_agree_with_sentence_transformers(settings, sentence_transformer):
    embedder = Embedder(settings)
    texts = example_texts(120) + ["", "离线地图无法下载", "Great app. " * 80]
    ours = embedder.encode(texts)
    assert embedder.runtime == "onnxruntime"
    meta = json.loads((embedder.export_path / "export.json").read_text())
    assert meta["check"]["min_cosine"] >= MIN_COSINE and meta["check"]["same_token_ids"]
    reference = sentence_transformer.encode(texts, batch_size=16, normalize_embeddings=True)
    cosine = (ours * reference).sum(axis=1)
    assert cosine.min() >= MIN_COSINE, cosine.min()
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    # The same text alone and inside a padded batch gives the same vector.
    assert float(embedder.encode([texts[0]])[0] @ ours[0]) >= 0.99999


@pytest.mark.parametrize("runtime", ["auto", "sentence-transformers"])
def test_batches_handed_on_as_done_cover_every_text_once_longest_first(settings, runtime):
    """What ingest stores while the rest is encoded: every text once, the same vectors as one ``encode`` call."""
    embedder = Embedder(settings.model_copy(update={"retrieval": settings.retrieval.model_copy(
        update={"embedding_runtime": runtime})}))
    texts = example_texts(90) + ["Great app. " * 60, "ok"]
    whole = embedder.encode(texts)
    seen, widths = [], []
    for picked, vectors in embedder.encode_batches(texts):
        assert vectors.shape == (len(picked), whole.shape[1])
        assert np.allclose(vectors, whole[picked], atol=1e-5)
        seen += picked
        widths.append(max(len(texts[i]) for i in picked))
    assert sorted(seen) == list(range(len(texts))) and len(widths) > 1
    assert widths[0] == len(texts[-2]) and widths[-1] < widths[0]  # longest first
    assert list(embedder.encode_batches([])) == []


@given(st.lists(st.integers(1, 512), max_size=300), st.integers(1, 80), st.one_of(st.none(), st.integers(1, 4096)))
def test_token_batches_cover_every_text_once_within_both_limits(lengths, max_rows, max_tokens):
    batches = token_batches(lengths, max_rows, max_tokens)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    order = [lengths[i] for b in batches for i in b]
    assert order == sorted(lengths, reverse=True)  # longest first: each batch is as wide as its first text
    for batch in batches:
        assert 1 <= len(batch) <= max_rows
        if max_tokens and len(batch) > 1:
            assert len(batch) * lengths[batch[0]] <= max_tokens


def test_long_texts_are_encoded_in_smaller_batches_than_short_ones(settings, monkeypatch):
    embedder = Embedder(settings)
    encoder = embedder.warm_up()
    seen = []  # (texts, width) of each batch the model really runs
    run = encoder._run
    monkeypatch.setattr(encoder, "_run", lambda encodings: seen.append(
        (len(encodings), max(len(e.ids) for e in encodings))) or run(encodings))
    texts = ["Sync fails after the update"] * 200 + ["word " * 300] * 20
    vectors = embedder.encode(texts)
    rows = {width: count for count, width in seen}
    assert rows[max(rows)] < rows[min(rows)] <= embedder.batch_size
    assert all(count == 1 or count * width <= embedder.batch_tokens for count, width in seen)
    assert np.allclose(vectors[0], vectors[199], atol=1e-5) and np.allclose(vectors[200], vectors[219], atol=1e-5)


def test_batches_run_in_parallel_give_each_text_its_own_vector(settings):
    from retrieval.embed_onnx import OnnxEncoder

    embedder = Embedder(settings)
    embedder.warm_up()
    texts = example_texts(150) + ["word " * 300, "ok", "Great app. " * 40]
    serial = OnnxEncoder(embedder.export_path, threads=1).encode(texts, batch_size=8, max_tokens=256)
    parallel = OnnxEncoder(embedder.export_path, threads=3)
    threads = set()
    run = parallel._run
    parallel._run = lambda encodings: threads.add(threading.get_ident()) or run(encodings)
    vectors = parallel.encode(texts, batch_size=8, max_tokens=256)
    assert len(threads) > 1  # the batches really ran on several threads
    assert np.allclose(vectors, serial, atol=1e-6)
    # A large machine runs at most MAX_WORKERS batches at once and gives each batch the remaining CPUs.
    large = OnnxEncoder(embedder.export_path, threads=4 * MAX_WORKERS)
    assert large.workers == MAX_WORKERS and large.session.get_session_options().intra_op_num_threads == 4


def test_sentence_transformers_runtime_batched_by_tokens_keeps_each_text_in_its_row(settings, sentence_transformer):
    chosen = Embedder(settings.model_copy(update={
        "retrieval": settings.retrieval.model_copy(update={"embedding_runtime": "sentence-transformers"})}))
    texts = example_texts(60) + ["word " * 300, "ok", "Great app. " * 40]
    vectors = chosen.encode(texts)
    assert chosen.runtime == "sentence-transformers" and chosen.batch_tokens
    reference = sentence_transformer.encode(texts, batch_size=8, normalize_embeddings=True)
    assert (vectors * reference).sum(axis=1).min() >= 0.99999


@pytest.mark.slow
def test_sentence_transformers_runtime_when_chosen_or_export_failed(settings, tmp_path, sentence_transformer):
    chosen = Embedder(settings.model_copy(update={
        "retrieval": settings.retrieval.model_copy(update={"embedding_runtime": "sentence-transformers"})}))
    assert chosen.runtime == "sentence-transformers"
    # A model whose export was refused once is not exported again; it keeps working with sentence-transformers.
    fresh = Embedder(settings.model_copy(update={"models_cache": tmp_path / "models"}))
    fresh.export_path.parent.mkdir(parents=True)
    marker = fresh.export_path.with_name(fresh.export_path.name + ".failed.json")
    marker.write_text(json.dumps({"reason": "test", "versions": _exporter_versions()}))
    texts = example_texts(8)
    assert fresh.runtime == "sentence-transformers" and not fresh.export_path.exists()
    assert np.allclose(fresh.encode(texts), chosen.encode(texts), atol=1e-6)
    # ... until another torch, onnx or onnxruntime is installed (e.g. a missing one): then it is tried again.
    marker.write_text(json.dumps({"reason": "Module onnx is not installed!", "versions": {"onnx": None}}))
    again = Embedder(settings.model_copy(update={"models_cache": tmp_path / "models"}))
    assert again.runtime == "onnxruntime" and (again.export_path / "export.json").exists()


@pytest.mark.slow
def test_a_damaged_export_is_made_again(settings, tmp_path, caplog):
    cached = Embedder(settings)
    cached.warm_up()
    models = tmp_path / "models"
    damaged = Embedder(settings.model_copy(update={"models_cache": models}))
    shutil.copytree(cached.export_path, damaged.export_path)
    (damaged.export_path / "model.onnx").write_bytes(b"\x08\x07 half a file")
    with caplog.at_level(logging.WARNING, logger="retrieval.embed"):
        vectors = damaged.encode(example_texts(4))
    assert "making it again" in caplog.text
    assert damaged.runtime == "onnxruntime"
    assert (damaged.export_path / "model.onnx").stat().st_size > 1_000_000
    assert np.allclose(vectors, cached.encode(example_texts(4)), atol=1e-5)
