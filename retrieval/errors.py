"""Errors a person can act on.

``UserError`` carries a one-line message that names what was wrong (file, row, field or setting) and what to do.
The CLI prints it and exits with code 1; the UI shows it as a notice. Anything else is an internal error.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem with input or configuration that the user can fix. ``str(err)`` is the one-line message."""

    def __init__(self, message: str, *, hint: str | None = None):
        self.message = message
        self.hint = hint
        super().__init__(f"{message} {hint}".strip() if hint else message)
