"""Attention for continuous batching on CPU: each request attends over its own keys only.

transformers' continuous batching packs every request of a step into one sequence. Its SDPA path then computes one
attention product over the whole pack with a block-diagonal mask: for 20 answers of 500 tokens each, every query
token is scored against 10,000 keys of which 500 matter, and a prompt chunk joining the batch pays the same. On a GPU
flash attention's variable-length kernels avoid that; on CPU nothing does. ``varlen_sdpa`` uses the pack's
boundaries (``cu_seq_lens_q`` / ``cu_seq_lens_k``, the variable-length convention of flash attention) to run
``scaled_dot_product_attention`` once per request, causal within the request, so the cost is what each request
needs. Outside continuous batching (no boundaries given) it is plain SDPA.

It is registered through transformers' ``AttentionInterface`` under ``ATTENTION_NAME`` and set on one model with
``use_varlen_attention(model)`` after its continuous-batching manager is created (the manager only accepts the
built-in names when it starts).

Not handled: sliding-window or chunked attention layers, attention sinks, soft-capping (models with any of these keep
the built-in SDPA path), GPUs (use flash attention there).
"""

from __future__ import annotations

from typing import Any

ATTENTION_NAME = "pma_varlen_sdpa"


def varlen_sdpa(module: Any, query: Any, key: Any, value: Any, attention_mask: Any, dropout: float = 0.0,
                scaling: float | None = None, **kwargs: Any) -> tuple[Any, None]:
    """Attention over packed requests. Shapes: query ``[1, heads, Q, d]``, key/value ``[1, kv_heads, K, d]``;
    returns ``[1, Q, heads, d]`` like transformers' attention functions."""
    import torch
    from torch.nn.functional import scaled_dot_product_attention as sdpa
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    cu_q, cu_k = kwargs.get("cu_seq_lens_q"), kwargs.get("cu_seq_lens_k")
    if cu_q is None or cu_k is None or query.shape[0] != 1:
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling,
                                      **kwargs)
    q_bounds, k_bounds = cu_q.tolist(), cu_k.tolist()
    gqa = query.shape[1] != key.shape[1]
    parts = []
    for i in range(len(q_bounds) - 1):
        q0, q1, k0, k1 = q_bounds[i], q_bounds[i + 1], k_bounds[i], k_bounds[i + 1]
        if q1 == q0:
            continue
        n_q, n_k = q1 - q0, k1 - k0
        # The request's new tokens are the last n_q of its n_k keys: causal, aligned bottom-right.
        mask = None if n_q == 1 else torch.ones(n_q, n_k, dtype=torch.bool, device=query.device).tril(n_k - n_q)
        q, k, v = query[:, :, q0:q1], key[:, :, k0:k1], value[:, :, k0:k1]
        if n_q == 1 and q.dtype == torch.bfloat16:
            # CPU SDPA is several times slower in bf16 than in fp32 for one query token; a decode step's query and
            # keys are small enough to compute in fp32 (bench/results/llm_dtype.json).
            parts.append(sdpa(q.float(), k.float(), v.float(), scale=scaling, enable_gqa=gqa).to(q.dtype))
        else:
            parts.append(sdpa(q, k, v, attn_mask=mask, scale=scaling, enable_gqa=gqa))
    out = torch.cat(parts, dim=2) if len(parts) > 1 else parts[0]
    return out.transpose(1, 2).contiguous(), None


def supports(model: Any) -> bool:
    """Whether ``varlen_sdpa`` computes the same attention as the model's own layers (plain causal attention)."""
    config = model.config.get_text_config()
    layer_types = set(getattr(config, "layer_types", None) or ["full_attention"])
    return (
        layer_types == {"full_attention"}
        and getattr(config, "sliding_window", None) is None
        and not getattr(config, "attn_logit_softcapping", None)
        and model.config._attn_implementation in ("sdpa", "eager", "paged|eager", ATTENTION_NAME)
        and getattr(model, "_can_set_attn_implementation", lambda: False)()
    )


def use_varlen_attention(model: Any) -> bool:
    """Switch ``model`` to ``varlen_sdpa`` when ``supports(model)``; returns whether it did."""
    from transformers import AttentionInterface

    if not supports(model):
        return False
    AttentionInterface.register(ATTENTION_NAME, varlen_sdpa)
    if model.config._attn_implementation != ATTENTION_NAME:
        model.set_attn_implementation(ATTENTION_NAME)
    return True
