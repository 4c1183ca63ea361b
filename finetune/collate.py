"""Batches without padding waste, and still exact with assistant-only loss.

Both strategies keep ``batch_size`` examples per micro-batch (so a step means the same amount of data as in a plain
trainer) and produce the same per-token loss as running the examples one by one (a test checks it):

- ``pack`` (default): batches are drawn at random, exactly as a plain trainer would, and each batch's examples are
  laid end to end in one row. ``position_ids`` restart at 0 for each example and no ``attention_mask`` is passed,
  which makes transformers build a block-diagonal causal mask (``masking_utils.find_packed_sequence_indices``),
  so examples never attend to each other with SDPA or eager attention. The label of each example's first token is
  dropped, so the last token of one example is never trained to predict the start of the next. No padding at all,
  and batch composition stays random.
- ``group``: examples are shuffled, cut into pools of ``batch_size * 64``, each pool sorted by length and sliced
  into batches, and the batches shuffled again; each batch is right-padded to its own longest example. A few
  percent of padding, but every batch holds examples of similar length, and when length correlates with the
  answer (short reviews are praise, long ones bug reports) short runs learn more noisily than with random batches.

Batch lists are a pure function of (lengths, seed, epoch): a resumed run replays exactly the same order.
"""

from __future__ import annotations

import random
from typing import Any

from finetune.encode import IGNORE

POOL_FACTOR = 64


def epoch_batches(lengths: list[int], *, batching: str, batch_size: int, seed: int, epoch: int) -> list[list[list[int]]]:
    """The micro-batches of one epoch. Each batch is a list of rows; each row a list of example indices.

    With ``group`` every row holds one example; with ``pack`` a batch is one row holding all its examples.
    """
    rng = random.Random(seed * 1_000_003 + epoch)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    if batching == "pack":
        return [[order[i:i + batch_size]] for i in range(0, len(order), batch_size)]
    batches = []
    pool = batch_size * POOL_FACTOR
    for start in range(0, len(order), pool):
        chunk = sorted(order[start:start + pool], key=lambda i: -lengths[i])
        batches += [[[i] for i in chunk[j:j + batch_size]] for j in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def collate(rows: list[list[dict[str, list[int]]]], pad_id: int) -> dict[str, Any]:
    """Tensors for one micro-batch of rows (lists of encoded examples).

    Rows of one example each give ``input_ids``, ``attention_mask`` and ``labels``, right-padded to the longest row.
    Rows with several examples are packed: ``position_ids`` restart per example and ``attention_mask`` is None.
    """
    import torch

    packed = any(len(row) > 1 for row in rows)
    ids, labels, positions, width = [], [], [], 0
    for row in rows:
        r_ids, r_labels, r_pos = [], [], []
        for ex in row:
            ex_labels = list(ex["labels"])
            if packed and ex_labels:
                ex_labels[0] = IGNORE
            r_ids += ex["input_ids"]
            r_labels += ex_labels
            r_pos += list(range(len(ex["input_ids"])))
        ids.append(r_ids)
        labels.append(r_labels)
        positions.append(r_pos)
        width = max(width, len(r_ids))
    batch_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    batch_labels = torch.full((len(rows), width), IGNORE, dtype=torch.long)
    batch_pos = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for b, (r_ids, r_labels, r_pos) in enumerate(zip(ids, labels, positions)):
        n = len(r_ids)
        batch_ids[b, :n] = torch.tensor(r_ids)
        batch_labels[b, :n] = torch.tensor(r_labels)
        batch_pos[b, :n] = torch.tensor(r_pos)
        # Padding in a packed row is one more "sequence" of its own (positions restart at 0), labelled IGNORE.
        batch_pos[b, n:] = torch.arange(width - n)
        mask[b, :n] = 1
    out: dict[str, Any] = {"input_ids": batch_ids, "labels": batch_labels, "position_ids": batch_pos,
                           "n_tokens": int(mask.sum()), "n_padded": len(rows) * width}
    out["attention_mask"] = None if packed else mask
    return out


def eval_batches(lengths: list[int], batch_size: int) -> list[list[list[int]]]:
    """Deterministic length-sorted evaluation batches (one example per row)."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    return [[[i] for i in order[j:j + batch_size]] for j in range(0, len(order), batch_size)]
