"""Fine-tuning on company data: LoRA training, evaluation and merging for the assistant's model.

Stages, one module each: ``sources`` (read and validate inputs) -> ``prepare`` (redact, dedupe, split, save) ->
``encode``/``collate``/``loss`` (assistant-only labels, length-grouped or packed batches, token-summed loss) ->
``train`` (the loop, checkpoints, early stopping) -> ``evaluate`` (base vs adapter) -> ``merge`` (standalone model).
``config`` holds the run's knobs; ``card`` writes the model card and loss curve. Importing this package is cheap:
torch, transformers and peft load inside the functions that need them.
"""
