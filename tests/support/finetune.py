"""Helpers for the fine-tuning tests: a small real training set and a tiny random model with the real tokenizer.

The training set is built at test time from the public CLAP app-review set in ../shared/data (review -> category),
never copied into the repository; tests that need it skip when it is absent.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

from tests.support.paths import shared_data

CLAP_SYSTEM = ("Classify the app review into one category: BUG, FEATURE, PERFORMANCE, USABILITY, ENERGY, SECURITY "
               "or OTHER. Answer with the category only.")


def clap_chat_jsonl(path: Path, n: int, *, seed: int = 0, max_chars: int = 160) -> Path:
    """Write ``n`` chat examples (short reviews -> their CLAP label) as JSONL and return the path."""
    source = shared_data("clap_rq1", "clap_rq1_reviews.csv")
    with source.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if 20 <= len(r["text"]) <= max_chars]
    random.Random(seed).shuffle(rows)
    with path.open("w", encoding="utf-8") as f:
        for r in rows[:n]:
            messages = [{"role": "system", "content": CLAP_SYSTEM}, {"role": "user", "content": r["text"]},
                        {"role": "assistant", "content": r["label"]}]
            f.write(json.dumps({"messages": messages}) + "\n")
    return path


def tiny_llama(folder: Path, tokenizer_dir: Path, *, init: float = 0.2) -> Path:
    """A 2-layer random Llama with the bundled tokenizer: real shapes and masking, instant training."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    if (folder / "config.json").exists():
        return folder
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=1024,
                         tie_word_embeddings=True, initializer_range=init,
                         bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id)
    LlamaForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
