"""Untrusted feedback shown as text, never as markup: the one escaping rule for Markdown and the one for HTML.

Every place that renders customer text or model text derived from it (the themes report in Markdown and HTML,
plan exports, the UI's cards, tables and theme details) calls these, so a review holding ``![x](http://...)``,
``<img src=...>``, a heading or a table pipe shows up as the characters the customer typed.

    >>> markdown_text("![x](http://evil/?q=1) <img src=x> | # hi")
    '!\\\\[x\\\\](http:\\\\/\\\\/evil/?q=1) \\\\<img src=x\\\\> \\\\| # hi'

Not handled: deciding what is shown (that is the caller's), or sanitising text for a model's prompt
(``assistant.safety.untrusted.sanitize``).
"""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>])")
_MD_LINE_START = re.compile(r"^(\s*)([#>=+-]|\d+(?=[.)]))", re.MULTILINE)
_AUTOLINK = re.compile(r"(?i)(https?|ftp):/{2}|\b(www)\.")


def markdown_text(text: object, *, one_line: bool = True) -> str:
    """``text`` as literal Markdown: no links, images, HTML, emphasis, headings, quotes, lists or table cells.

    Args:
        text: customer text (or anything derived from it).
        one_line: fold line breaks into spaces (table cells, list items); False keeps the lines, each escaped.
    """
    value = str(text if text is not None else "")
    value = " ".join(value.split()) if one_line else "\n".join(" ".join(line.split()) for line in value.splitlines())
    value = _MD_SPECIAL.sub(r"\\\1", value)
    value = _AUTOLINK.sub(lambda m: f"{m.group(1)}:\\/\\/" if m.group(1) else f"{m.group(2)}\\.", value)
    # A list number keeps its digits and escapes its dot ("4\\.1.1": a backslash before a digit would be shown).
    return _MD_LINE_START.sub(lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit() else
                                                      "\\" + m.group(2)), value)


def markdown_quote(text: object) -> str:
    """A Markdown block quote (``> ...`` on every line) whose content is literal text."""
    lines = markdown_text(text, one_line=False).splitlines() or [""]
    return "\n".join(f"> {line}" for line in lines)


def html_text(text: object) -> str:
    """``text`` escaped for HTML element content and attribute values."""
    return html.escape(str(text if text is not None else ""), quote=True)
