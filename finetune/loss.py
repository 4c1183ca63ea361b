"""Summed next-token loss over labelled tokens, computing the output head only where there is a label.

With assistant-only loss most positions carry no label, yet a plain causal-LM forward projects every position onto
the whole vocabulary (49k entries for SmolLM2) and keeps those logits for backward. ``TokenLoss`` runs the decoder,
gathers the hidden states of labelled positions and applies the head to those alone: same loss, less compute and
far less memory. It returns the *sum* and the token count so that gradient accumulation and multi-device training
can normalise by the true number of tokens in an optimizer step (mean-of-means is the classic accumulation bug).

Models whose head is more than a linear layer (logit soft-capping, logit scaling) use the ordinary forward pass.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from finetune.encode import IGNORE


class TokenLoss(nn.Module):
    """Wraps a (peft) causal LM; ``forward(batch) -> (loss_sum, n_label_tokens)``.

    It is an ``nn.Module`` so that ``accelerate``/DDP can wrap it: gradients then sync through its forward.
    """

    def __init__(self, model: nn.Module):
        super().__init__()
        self.model = model
        base = model.get_base_model() if hasattr(model, "get_base_model") else model
        config = base.config
        plain_head = not any(getattr(config, k, None) for k in ("final_logit_softcapping", "logit_scale", "logits_scaling"))
        # accelerate leaves quantised models where they are; it checks this flag on the module it is given.
        self.is_loaded_in_4bit = getattr(base, "is_loaded_in_4bit", False)
        # Plain attributes, not submodules: they are already registered under ``self.model``.
        object.__setattr__(self, "_decoder", base.get_decoder() if plain_head else None)
        object.__setattr__(self, "_head", base.get_output_embeddings() if plain_head else None)

    def forward(self, input_ids: torch.Tensor, labels: torch.Tensor, attention_mask: torch.Tensor | None = None,
                position_ids: torch.Tensor | None = None, **_: Any) -> tuple[torch.Tensor, torch.Tensor]:
        targets = labels[:, 1:]
        keep = targets != IGNORE
        n = keep.sum()
        if self._decoder is not None and self._head is not None:
            hidden = self._decoder(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                                   use_cache=False).last_hidden_state
            logits = self._head(hidden[:, :-1][keep])
        else:
            logits = self.model(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                                use_cache=False).logits[:, :-1][keep]
        loss = nn.functional.cross_entropy(logits.float(), targets[keep], reduction="sum")
        return loss, n


def move_batch(batch: dict[str, Any], device: torch.device | str) -> dict[str, Any]:
    return {k: (v.to(device) if isinstance(v, torch.Tensor) else v) for k, v in batch.items()}
