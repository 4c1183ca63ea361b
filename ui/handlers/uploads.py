"""Files uploaded through the browser: size limit, allowed types, a clean name, and a home under $PMA_HOME.

Every upload is copied to ``$PMA_HOME/uploads/<timestamp>-<random>/<clean name>``: the folder keeps two uploads of
the same name apart, the clean name keeps the file's stem (ingestion uses it as the default source label). Names
are reduced to letters, digits, '.', '-' and '_', so no name can climb out of the uploads folder or hide as a dot
file; the resolved destination is checked to be inside it anyway.

Not handled: virus scanning, quotas across uploads, cleaning old uploads.
"""

from __future__ import annotations

import re
import secrets
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path

from retrieval.errors import UserError
from retrieval.loaders import SUPPORTED
from retrieval.settings import Settings

FEEDBACK_TYPES = tuple(SUPPORTED)  # every format `pma ingest` reads (a hand copy had missed .ndjson)
TRAINING_TYPES = (".jsonl", ".json", ".csv", ".md", ".txt")
MAX_NAME = 100


def sanitize_filename(name: str) -> str:
    """A safe file name from whatever the browser sent: no folders, no leading dots, ASCII letters/digits/.-_ only.

    Example:
        >>> sanitize_filename("../../etc/Ümlaut feedback (1).CSV")
        'Umlaut_feedback_1.csv'
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._-") or "upload"
    ext = re.sub(r"[^A-Za-z0-9]+", "", ext).lower()
    stem = stem[: MAX_NAME - len(ext) - 1]
    return f"{stem}.{ext}" if ext else stem


def save_upload(src: str | Path, settings: Settings, *, allowed: tuple[str, ...] = FEEDBACK_TYPES,
                name: str | None = None) -> Path:
    """Copy an uploaded file into ``settings.uploads_dir``; return the stored path.

    Args:
        src: the temporary file the web server wrote.
        allowed: accepted extensions (lower case, with the dot).
        name: the name the user gave the file (default: ``src``'s name).

    Raises:
        UserError: the file is missing, too large (``settings.ui.max_upload_mb``) or of a type not in ``allowed``.
    """
    src = Path(src)
    clean = sanitize_filename(name or src.name)
    if not src.is_file():
        raise UserError(f"Upload {clean!r} was not received completely.", hint="Upload the file again.")
    limit_mb = settings.ui.max_upload_mb
    size = src.stat().st_size
    if size > limit_mb * 1024 * 1024:
        raise UserError(f"{clean} is {size / 1024 / 1024:.1f} MB; the upload limit is {limit_mb:g} MB.",
                        hint="Split the export, or raise the limit with PMA_UI_MAX_UPLOAD_MB (or ingest it with "
                             "`pma ingest FILE`).")
    if Path(clean).suffix.lower() not in allowed:
        raise UserError(f"{clean}: file type not supported here.", hint="Upload one of: " + ", ".join(allowed) + ".")
    root = settings.uploads_dir.resolve()
    folder = root / f"{datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(4)}"
    dest = (folder / clean).resolve()
    if not dest.is_relative_to(root):  # cannot happen with a sanitized name; checked because it must never happen
        raise UserError(f"Refusing to store upload {clean!r} outside {root}.")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    return dest
