"""The one way PM Assistant writes a file: whole or not at all, and a full disk is the user's to fix.

``write_atomic(path, content)`` writes to a temporary file with a unique name in the same folder, flushes it to disk
(``fsync``), then renames it over ``path``; a reader sees the old file or the new one, never a part, and a crash or
a kill leaves at most a hidden ``.NAME.*.tmp`` that the next write does not collide with. The file gets the usual
permissions (not ``mkstemp``'s owner-only mode) so a report can be shared.

``disk_error`` turns the errors a person can act on (disk full, quota, file size limit, permissions, read-only
disk) into a one-line ``UserError``; reports, exports, rejected-row files, classifiers, conversations and
fine-tuning checkpoints all use it.

Not handled: folders written as a unit (checkpoints, merged models): their writers stage a folder and rename it,
and use ``disk_error`` for the same messages.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from retrieval.errors import UserError

DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
NOT_WRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)


def write_atomic(path: str | Path, content: str | bytes, *, encoding: str = "utf-8",
                 hint: str = "Free some disk space, or write to another folder.") -> Path:
    """Replace ``path`` with ``content`` atomically (see the module docstring); returns ``path``.

    Raises:
        UserError: the disk is full or the folder is not writable (``hint`` says what to do); ``path`` is unchanged.

    Example:
        >>> write_atomic(Path("report.md"), "# Themes\\n")  # doctest: +SKIP
    """
    path = Path(path)
    data = content.encode(encoding) if isinstance(content, str) else content
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise disk_error(exc, path, hint=hint) from exc
        raise
    return path


def disk_error(exc: OSError, path: str | Path, *, hint: str | None = None) -> Exception:
    """A ``UserError`` for a full disk or a folder that cannot be written; any other ``OSError`` unchanged."""
    if exc.errno in DISK_FULL:
        return UserError(f"Cannot write {path}: the disk is full ({exc.strerror}); the previous file is unchanged.",
                         hint=hint or "Free some disk space, or write to another folder.")
    if exc.errno in NOT_WRITABLE:
        return UserError(f"Cannot write {path}: {exc.strerror}.", hint=hint or "Choose a folder you can write to.")
    return exc
