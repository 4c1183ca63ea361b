"""Fine-tuning with real components on CPU: masks, batching equivalence, training, resume, eval, merge.

Kept tiny: short sequences, a handful of optimizer steps. The bundled SmolLM2-135M is the base for the run that
must lower eval loss; a 2-layer random Llama with the same tokenizer stands in where only shapes and masking
matter (batching equivalence, resume determinism, a "different base").
"""

from __future__ import annotations

import json

import pytest

from tests.support.paths import REPO
from tests.support.finetune import clap_chat_jsonl, tiny_llama
from finetune.config import FinetuneConfig
from retrieval.errors import UserError
from retrieval.settings import Settings

pytestmark = pytest.mark.slow

EXAMPLES = REPO / "examples" / "finetune_chat.jsonl"


@pytest.fixture(scope="module")
def tokenizer(bundled_llm_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(bundled_llm_dir)


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory, bundled_llm_dir):
    return tiny_llama(tmp_path_factory.mktemp("tiny") / "tiny-llama", bundled_llm_dir)


@pytest.fixture(scope="module")
def module_settings(tmp_path_factory, models_cache):
    return Settings(home=tmp_path_factory.mktemp("pma"), models_cache=models_cache)


def labelled_text(tokenizer, enc):
    """The labelled tokens as decoded runs (one string per contiguous run)."""
    runs, cur = [], []
    for tok, lab in zip(enc["input_ids"], enc["labels"]):
        if lab != -100:
            cur.append(tok)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return [tokenizer.decode(r) for r in runs]


# ---- labels ---------------------------------------------------------------------------------------------------
def test_multi_turn_mask_covers_exactly_the_assistant_answers(tokenizer):
    from assistant.llm.chat_template import render_prompt
    from finetune.encode import encode_example

    messages = [{"role": "system", "content": "You are Trailmix's product assistant."},
                {"role": "user", "content": "Top complaint?"}, {"role": "assistant", "content": "Offline downloads fail."},
                {"role": "user", "content": "And the fix?"}, {"role": "assistant", "content": "Resumable downloads."}]
    enc = encode_example(tokenizer, {"messages": messages}, 512)
    assert labelled_text(tokenizer, enc) == ["Offline downloads fail.<|im_end|>\n", "Resumable downloads.<|im_end|>\n"]
    # The tokens are those of the serving prompt, byte for byte.
    assert tokenizer.decode(enc["input_ids"]) == render_prompt(tokenizer, messages, add_generation_prompt=False)
    # Cut inside the first answer: the part of it that fits is still learned, the rest is gone.
    cut = encode_example(tokenizer, {"messages": messages}, 30)
    assert len(cut["input_ids"]) == 30 and labelled_text(tokenizer, cut)[0].startswith("Offline")


def test_answer_beyond_max_length_is_dropped_and_documents_learn_every_token(tokenizer):
    from finetune.encode import encode_example

    long_q = [{"role": "user", "content": "word " * 200}, {"role": "assistant", "content": "ok"}]
    assert encode_example(tokenizer, {"messages": long_q}, 64) is None
    doc = encode_example(tokenizer, {"text": "Trailmix roadmap: resumable downloads."}, 64)
    assert doc["labels"] == doc["input_ids"] and doc["input_ids"][-1] == tokenizer.eos_token_id


# ---- prepare --------------------------------------------------------------------------------------------------
def test_prepare_redacts_dedupes_splits_and_saves(tmp_path, settings):
    from finetune.prepare import load_prepared, prepare

    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    rows.append(rows[0])  # an exact duplicate
    rows.append({"messages": [{"role": "user", "content": "Who reported the crash?"},
                              {"role": "assistant", "content": "ana@example.com, phone +44 20 7946 0958."}]})
    src = tmp_path / "chat.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    doc = tmp_path / "notes.md"
    doc.write_text("\n\n".join(f"Paragraph {i}: " + "trail " * 40 for i in range(6)), encoding="utf-8")

    report = prepare([src, doc], tmp_path / "data", settings=settings, chunk_tokens=100, seed=1)
    assert report.duplicates_removed == 1
    assert report.redactions == {"email": 1, "phone": 1}
    assert report.documents_chunks >= 3 and report.chats == 41
    assert report.train + report.eval == report.examples and report.eval == round(report.examples * 0.1)
    data, manifest = load_prepared(tmp_path / "data")
    assert manifest["data_hash"] == report.data_hash and manifest["token_stats"]["max"] >= 40
    texts = [m["content"] for split in ("train", "eval") for r in data[split] for m in r["messages"]]
    assert "<EMAIL>, phone <PHONE>." in texts and not any("ana@example.com" in t for t in texts)
    # Same seed, same split; the folder is not replaced without --force.
    with pytest.raises(UserError, match="already exists"):
        prepare([src, doc], tmp_path / "data", settings=settings, chunk_tokens=100, seed=1)
    again = prepare([src, doc], tmp_path / "data", settings=settings, chunk_tokens=100, seed=1, force=True)
    assert again.data_hash == report.data_hash


# ---- batching is exact --------------------------------------------------------------------------------------
def test_grouped_and_packed_batches_give_the_one_by_one_loss(tokenizer, tiny_base):
    import torch
    from transformers import AutoModelForCausalLM

    from finetune.collate import collate
    from finetune.encode import encode_example
    from finetune.loss import TokenLoss

    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    examples = [rows[0], rows[-1], rows[5], {"text": "Trailmix roadmap: offline maps, battery mode, GPX export."}, rows[-2]]
    encs = [encode_example(tokenizer, ex, 256) for ex in examples]
    assert len({len(e["input_ids"]) for e in encs}) == len(encs)  # really different lengths
    model = TokenLoss(AutoModelForCausalLM.from_pretrained(tiny_base).eval())
    pad = tokenizer.pad_token_id
    with torch.no_grad():
        single = [model(**collate([[e]], pad)) for e in encs]
        expected, n_expected = sum(float(s) for s, _ in single), sum(int(n) for _, n in single)
        grouped, n_grouped = model(**collate([[e] for e in encs], pad))
        packed, n_packed = model(**collate([encs[:3], encs[3:]], pad))
        # Negative control: the same packed rows without restarting positions leak attention across examples.
        leaky = collate([encs[:3], encs[3:]], pad)
        width = leaky["input_ids"].shape[1]
        leaky["position_ids"] = torch.arange(width).expand(2, -1)
        leaky["attention_mask"] = torch.ones_like(leaky["input_ids"])
        leaked, _ = model(**leaky)
    assert n_grouped == n_packed == n_expected
    assert float(grouped) == pytest.approx(expected, rel=1e-5)
    assert float(packed) == pytest.approx(expected, rel=1e-5)
    assert abs(float(leaked) - expected) > 1e-3 * expected


# ---- resume -------------------------------------------------------------------------------------------------
def test_interrupted_run_resumes_from_its_last_checkpoint(tmp_path, settings, tiny_base):
    import torch
    from safetensors.torch import load_file

    from finetune.prepare import prepare
    from finetune.train import TrainingInterrupted, train

    prepare([EXAMPLES], tmp_path / "data", settings=settings, base=str(tiny_base))
    cfg = FinetuneConfig(base_model=str(tiny_base), max_steps=4, batch_size=4, max_length=128, save_every=2,
                         eval_every=2, learning_rate=1e-2, lora_dropout=0.1, lora_r=4, early_stopping_patience=0)
    full = train(tmp_path / "data", tmp_path / "full", settings=settings, config=cfg, progress=False)

    def stop_at_3(step, _record):
        if step == 3:
            raise KeyboardInterrupt

    with pytest.raises(TrainingInterrupted, match="last checkpoint: step 2") as err:
        train(tmp_path / "data", tmp_path / "cut", settings=settings, config=cfg, progress=False, on_step=stop_at_3)
    assert "--resume" in str(err.value)
    assert (tmp_path / "cut" / "checkpoints" / "step-000002" / "state.json").exists()
    assert not (tmp_path / "cut" / "adapter_config.json").exists()
    with pytest.raises(UserError, match="interrupted run"):
        train(tmp_path / "data", tmp_path / "cut", settings=settings, config=cfg, progress=False)

    steps = []
    resumed = train(tmp_path / "data", tmp_path / "cut", settings=settings, resume=True, progress=False,
                    on_step=lambda step, _r: steps.append(step))
    assert steps == [3, 4]
    assert [h["step"] for h in resumed.run["history"] if "loss" in h] == [1, 2, 3, 4]
    losses = lambda run: [h["loss"] for h in run["history"] if "loss" in h]  # noqa: E731
    assert losses(resumed.run) == pytest.approx(losses(full.run), rel=1e-5)
    a = load_file(str(tmp_path / "full" / "adapter_model.safetensors"))
    b = load_file(str(tmp_path / "cut" / "adapter_model.safetensors"))
    assert a.keys() == b.keys() and all(torch.allclose(a[k], b[k], atol=1e-6) for k in a)
    assert not (tmp_path / "cut" / "checkpoints").exists()


def test_early_stopping_keeps_the_best_weights(tmp_path, settings, tiny_base):
    from finetune.evaluate import compare
    from finetune.prepare import prepare
    from finetune.train import train

    prepare([EXAMPLES], tmp_path / "data", settings=settings, base=str(tiny_base))
    # A learning rate far too high: eval loss gets worse, so training must stop and keep the best evaluated weights.
    cfg = FinetuneConfig(base_model=str(tiny_base), max_steps=12, batch_size=4, max_length=128, eval_every=1,
                         learning_rate=3.0, lr_scheduler="constant", warmup_ratio=0, early_stopping_patience=2)
    result = train(tmp_path / "data", tmp_path / "ad", settings=settings, config=cfg, progress=False)
    evals = [h["eval_loss"] for h in result.run["history"] if "eval_loss" in h]
    m = result.run["metrics"]
    assert m["stopped_early"] and m["steps"] < 12
    assert m["eval_loss_after"] == min(evals) and not evals[-1] <= min(evals)  # worse, or NaN (diverged)
    # What was saved is the best model, not the last one.
    report = compare(tmp_path / "ad", settings=settings, samples=0)
    assert report["adapter_loss"] == pytest.approx(m["eval_loss_after"], abs=1e-4)


# ---- a real run on the bundled base -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def trained(tmp_path_factory, module_settings, bundled_llm_dir):
    """Six optimizer steps of LoRA on 64 real app reviews (review -> category), bundled SmolLM2 base."""
    from finetune.prepare import prepare
    from finetune.train import train

    root = tmp_path_factory.mktemp("ft")
    src = clap_chat_jsonl(root / "clap.jsonl", 80, seed=0)
    prepare([src], root / "data", settings=module_settings, eval_fraction=0.2, seed=0)
    cfg = FinetuneConfig(max_steps=6, batch_size=4, max_length=96, learning_rate=1e-3, lora_r=8, warmup_ratio=0,
                         lr_scheduler="constant", eval_every=0, save_every=100, sample_generations=1, max_new_tokens=6)
    result = train(root / "data", root / "adapters" / "clap", settings=module_settings, config=cfg, progress=False)
    return root, result, cfg


def test_short_run_lowers_eval_loss_and_documents_itself(trained):
    root, result, cfg = trained
    m = result.run["metrics"]
    assert m["eval_loss_after"] < m["eval_loss_before"] - 0.5, m
    out = root / "adapters" / "clap"
    assert FinetuneConfig.load(out) == cfg.model_copy(update={"base_model": "bundled", "seed": 42})
    card = (out / "README.md").read_text(encoding="utf-8")
    assert result.run["data"]["hash"] in card and "base_model:" in card and f"{m['eval_loss_after']:.4f}" in card
    assert (out / "loss_curve.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not (out / "checkpoints").exists()


def test_only_lora_weights_changed(trained, bundled_llm_dir):
    import torch
    from transformers import AutoModelForCausalLM

    _, result, _ = trained
    base = dict(AutoModelForCausalLM.from_pretrained(bundled_llm_dir).named_parameters())
    lora, frozen = 0, 0
    for name, param in result.model.named_parameters():
        if "lora_" in name:
            lora += 1
            assert param.requires_grad
            if "lora_B" in name:  # initialised to zero: training must have moved it
                assert param.abs().max() > 0, name
        else:
            frozen += 1
            assert not param.requires_grad, name
            key = name.removeprefix("base_model.model.").replace(".base_layer", "")
            assert torch.equal(param, base[key]), name
    assert lora > 0 and frozen >= len(base) - 1  # tied embeddings share one tensor


def test_peft_loads_the_folder_and_reproduces_the_trained_model(trained, bundled_llm_dir):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    root, result, _ = trained
    loaded = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(bundled_llm_dir), root / "adapters" / "clap")
    ids = torch.tensor([[1, 9690, 198, 23030, 314, 260, 1345, 30, 2]])
    with torch.no_grad():
        assert torch.allclose(loaded.eval()(ids).logits, result.model.eval()(ids).logits, atol=1e-5)
        with loaded.disable_adapter():
            assert not torch.allclose(loaded(ids).logits, result.model(ids).logits, atol=1e-3)


def test_eval_compares_base_and_adapter_side_by_side(trained, module_settings):
    from finetune.evaluate import compare

    root, result, _ = trained
    report = compare(root / "adapters" / "clap", settings=module_settings, max_examples=8, answers=2)
    assert report["adapter_loss"] < report["base_loss"]
    assert 6 <= report["eval_examples"] <= 8 and len(report["samples"]) == 1  # answers past max_length are dropped
    sample = report["samples"][0]
    assert sample["reference"] in {"BUG", "FEATURE", "PERFORMANCE", "USABILITY", "ENERGY", "SECURITY", "OTHER"}
    assert isinstance(sample["base"], str) and isinstance(sample["adapter"], str)
    assert report["similarity"]["examples"] == 2 and 0 <= report["similarity"]["adapter"] <= 1


def test_merged_model_matches_base_plus_adapter(trained, module_settings, bundled_llm_dir):
    import torch
    from transformers import AutoModelForCausalLM

    from finetune.merge import merge

    root, result, _ = trained
    check = merge(root / "adapters" / "clap", root / "merged", settings=module_settings)
    assert check["max_abs_logit_diff_reloaded"] <= 1e-3
    merged = AutoModelForCausalLM.from_pretrained(root / "merged")  # plain transformers, no peft
    assert not any("lora" in n for n, _ in merged.named_parameters())
    ids = torch.tensor([[1, 9690, 198, 23030, 314, 260, 1345, 30, 2, 198]])
    with torch.no_grad():
        assert torch.allclose(merged(ids).logits, result.model.eval()(ids).logits, atol=1e-3)
    with pytest.raises(UserError, match="already exists"):
        merge(root / "adapters" / "clap", root / "merged", settings=module_settings)


def test_adapter_for_another_base_is_refused(trained, module_settings, tiny_base):
    from finetune.evaluate import load_adapter

    root, _, _ = trained
    with pytest.raises(UserError, match="was trained for base 'bundled'"):
        load_adapter(root / "adapters" / "clap", settings=module_settings, base=str(tiny_base))


def test_finished_adapter_is_not_overwritten(trained, module_settings):
    from finetune.train import train

    root, _, _ = trained
    with pytest.raises(UserError, match="already holds an adapter"):
        train(root / "data", root / "adapters" / "clap", settings=module_settings, progress=False)
    assert (root / "adapters" / "clap" / "adapter_model.safetensors").exists()
