"""Batches without padding waste, and still exact with assistant-only loss.

Both strategies keep ``batch_size`` examples per micro-batch (so a step means the same amount of data as in a plain
trainer) and produce the same per-token loss as running the examples one by one (a test checks it):

- ``pack`` (default): batches are drawn at random, exactly as a plain trainer would, and each batch's examples are
  laid end to end. ``position_ids`` restart at 0 for each example and no ``attention_mask`` is passed, which makes
  transformers build a block-diagonal causal mask (``masking_utils.find_packed_sequence_indices``), so examples
  never attend to each other with SDPA or eager attention. The label of each example's first token is dropped, so
  the last token of one example is never trained to predict the start of the next. Masked attention still scores
  every query against every key of its row, a cost that grows with the square of the row's length, so a batch of
  long examples is split into a few rows (``pack_rows``: one row for short examples, down to one example per row
  for long ones, whichever layout is estimated cheapest). Batch composition stays random.
- ``group``: examples are shuffled, cut into pools of ``batch_size * 64``, each pool sorted by length and sliced
  into batches, and the batches shuffled again; each batch is right-padded to its own longest example. A few
  percent of padding, but every batch holds examples of similar length, and when length correlates with the
  answer (short reviews are praise, long ones bug reports) short runs learn more noisily than with random batches.

Batch lists are a pure function of (lengths, seed, epoch, and the model's shape for ``pack``): a resumed run replays
exactly the same order.
"""

from __future__ import annotations

import random
from typing import Any

from finetune.encode import IGNORE

POOL_FACTOR = 64


def epoch_batches(lengths: list[int], *, batching: str, batch_size: int, seed: int, epoch: int,
                  crossover: int | None = None) -> list[list[list[int]]]:
    """The micro-batches of one epoch. Each batch is a list of rows; each row a list of example indices.

    With ``group`` every row holds one example; with ``pack`` a batch's examples share as few rows as
    ``pack_rows`` finds cheapest for ``crossover`` (None: always one row).
    """
    rng = random.Random(seed * 1_000_003 + epoch)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    if batching == "pack":
        return [pack_rows(order[i:i + batch_size], lengths, crossover) for i in range(0, len(order), batch_size)]
    batches = []
    pool = batch_size * POOL_FACTOR
    for start in range(0, len(order), pool):
        chunk = sorted(order[start:start + pool], key=lambda i: -lengths[i])
        batches += [[[i] for i in chunk[j:j + batch_size]] for j in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def pack_rows(batch: list[int], lengths: list[int], crossover: int | None) -> list[list[int]]:
    """Lay one batch's examples (indices into ``lengths``) in the rows that make the step cheapest.

    For each row count, examples go longest first into the currently shortest row, and rows are padded to the
    longest; the estimated cost ``rows * width * (1 + width / crossover)`` (linear layers per token, attention per
    query-key pair of a row) picks the layout, fewer rows on a tie. ``crossover`` is the row length at which a
    layer's attention costs as much as its linear layers (``attention_crossover``); None keeps one row.

    Example:
        >>> pack_rows([0, 1, 2, 3], [60, 110, 70, 80], 3000)     # short: one row, no padding
        [[1, 3, 2, 0]]
        >>> pack_rows([0, 1, 2, 3], [900, 950, 1000, 980], 3000)  # long: one example per row
        [[2], [3], [1], [0]]
    """
    if crossover is None or len(batch) < 2:
        return [list(batch)]
    best: tuple[float, list[list[int]]] | None = None
    for k in range(1, len(batch) + 1):
        rows: list[list[int]] = [[] for _ in range(k)]
        fill = [0] * k
        for i in sorted(batch, key=lambda i: -lengths[i]):
            j = fill.index(min(fill))
            rows[j].append(i)
            fill[j] += lengths[i]
        width = max(fill)
        cost = k * width * (1 + width / crossover)
        if best is None or cost < best[0]:
            best = (cost, rows)
    return best[1]


def attention_crossover(config: Any) -> int:
    """Row length at which one decoder layer's attention costs as many multiply-adds as its linear layers.

    Per token the linear layers cost ``hidden * (q + k + v + o widths) + 3 * hidden * intermediate`` (gated MLP);
    per query-key pair attention costs ``2 * heads * head_dim`` (scores and weighted sum). About 3,070 for
    SmolLM2-135M, ~6x the hidden size for most decoders.
    """
    hidden = config.hidden_size
    heads = config.num_attention_heads
    head_dim = getattr(config, "head_dim", None) or hidden // heads
    kv_heads = getattr(config, "num_key_value_heads", None) or heads
    intermediate = getattr(config, "intermediate_size", None) or 4 * hidden
    linear = hidden * (2 * heads * head_dim + 2 * kv_heads * head_dim) + 3 * hidden * intermediate
    return max(1, linear // (2 * heads * head_dim))


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
