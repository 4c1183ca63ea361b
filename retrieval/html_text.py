"""Feedback written as HTML (help-desk and chat exports) turned into the plain text a person would read.

Zendesk, Intercom, Help Scout and many survey tools export message bodies as HTML: ``<p>Hi,</p><p>I was <b>charged
twice</b></p>`` and ``GPX &amp; KML``. Left as is, the tags are stored, embedded and shown, and entities confuse
redaction (``don&#39;t`` reads like a password). ``plain_text`` unescapes entities, drops tags, turns paragraphs and
line breaks into newlines, drops ``<script>``/``<style>`` content and keeps an image's alt text.

A value is treated as HTML only when it holds a tag of a known HTML element or an entity closed by ``;``, and only
those are touched: ``5 < 6``, ``<3``, ``R&D``, ``Q&A`` and an address in angle brackets (``<anna@example.com>``, which
redaction must still see) stay as written.

What the prompt-injection checks (``assistant.safety.untrusted``) look for stays visible to them: HTML comments and
elements styled to be invisible (``display:none``, zero size, white) are kept as written, markup included, so the
item is still flagged and its hidden text still read as a possible instruction; so is an image with a remote source
(a pixel that would report who read the item: flagged and shown as text, as before this module).

Not handled: tables laid out as text (cells are separated by newlines), whitespace inside ``<pre>`` (collapsed like
the rest), malformed markup beyond unclosed tags.
"""

from __future__ import annotations

import html
import re

_ELEMENTS = frozenset(
    "a abbr address article aside b bdi bdo big blockquote body br button caption center cite code col colgroup dd "
    "del details dfn div dl dt em figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i img "
    "input ins kbd label legend li link main mark meta nav ol p pre q s samp script section select small span strike "
    "strong style sub summary sup table tbody td textarea tfoot th thead time title tr tt u ul var wbr".split())
_BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split())
_PARAGRAPHS = frozenset("p h1 h2 h3 h4 h5 h6 blockquote pre table ul ol".split())  # a blank line around these
_DROPPED = frozenset({"script", "style", "head", "title"})  # content no reader sees

_ATTRS = r"""(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?"""
_TOKEN = re.compile(rf"<!--.*?(?:-->|\Z)|<(/?)([A-Za-z][A-Za-z0-9]*)({_ATTRS})/?>", re.DOTALL)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MAYBE = re.compile(r"[<&]")
_HIDDEN_STYLE = re.compile(
    r"""\bstyle\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[01](?:\.\d+)?\s*"""
    r"""(?:px|pt|em|rem)?\s*(?:;|["'])|opacity\s*:\s*0(?:\.0+)?\s*(?:;|["'])|"""
    r"""color\s*:\s*(?:#fff(?:fff)?|white|transparent)\s*(?:;|["']))""", re.IGNORECASE)
_BLOCK, _PARAGRAPH = "\x01", "\x02"  # where a block or paragraph starts or ends, until _tidy decides the breaks
_REMOTE_SRC = re.compile(r"""\bsrc\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


def is_html(value: str) -> bool:
    """Whether ``value`` holds markup of a known HTML element, an HTML comment or an entity like ``&amp;``."""
    if not _MAYBE.search(value):
        return False
    if _ENTITY.search(value) and any(html.unescape(m) != m for m in _ENTITY.findall(value)):
        return True
    return any(m.group(0).startswith("<!--") or m.group(2).lower() in _ELEMENTS for m in _TOKEN.finditer(value))


def plain_text(value: str) -> str:
    """``value`` as plain text when it is HTML (see the module docstring), else unchanged.

    Example:
        >>> plain_text("<p>Export to <b>GPX</b> &amp; KML</p><p>I don&#39;t see it.</p>")
        "Export to GPX & KML\\n\\nI don't see it."
        >>> plain_text("5 < 6 & R&D <anna@example.com>")
        '5 < 6 & R&D <anna@example.com>'
    """
    if not is_html(value):
        return value
    out: list[str] = []
    dropping: str | None = None  # inside <script>/<style>: skip until its end tag
    hidden: list[str] = []  # open invisible elements (their end tags are kept as written)
    pos = 0
    for m in _TOKEN.finditer(value):
        closing, name, attrs = m.group(1), (m.group(2) or "").lower(), m.group(3) or ""
        if not m.group(0).startswith("<!--") and name not in _ELEMENTS:
            continue  # "<anna@example.com>" never matches; "<Sam>" or "<foo>" is text
        if dropping is None:
            out.append(_text(value[pos:m.start()]))
        pos = m.end()
        if dropping is not None:
            if closing and name == dropping:
                dropping = None
            continue
        if m.group(0).startswith("<!--"):
            out.append(m.group(0))  # kept for the injection checks, which flag hidden text
        elif name in _DROPPED and not closing:
            dropping = name
        elif not closing and _HIDDEN_STYLE.search(attrs):
            hidden.append(name)
            out.append(m.group(0))
        elif closing and name in hidden:
            hidden.remove(name)
            out.append(m.group(0))
        elif name == "br":
            out.append("\n")
        elif name == "img" and _REMOTE_SRC.search(attrs):
            out.append(m.group(0))  # a remote image can be a pixel that reports who read it: the checks flag it
        elif name == "img" and (alt := _ALT.search(attrs)):
            out.append(f" {html.unescape(next(g for g in alt.groups() if g is not None))} ")
        elif name in _PARAGRAPHS:
            out.append(_PARAGRAPH)
        elif name in _BLOCKS:
            out.append(_BLOCK)
    if dropping is None:
        out.append(_text(value[pos:]))
    return _tidy("".join(out))


def _text(chunk: str) -> str:
    """Text between tags: entities decoded (only complete ones, so "R&D" stays), source line breaks kept."""
    chunk = chunk.replace(_BLOCK, "").replace(_PARAGRAPH, "")
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), chunk)


def _tidy(text: str) -> str:
    """Spaces collapsed; where blocks meet, one newline, or a blank line around a paragraph or after two breaks."""
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", text)

    def _break(m: re.Match) -> str:
        run = m.group(0)
        return "\n\n" if _PARAGRAPH in run or run.count("\n") >= 2 else "\n"

    text = re.sub(rf"[\s{_BLOCK}{_PARAGRAPH}]*[\n{_BLOCK}{_PARAGRAPH}][\s{_BLOCK}{_PARAGRAPH}]*", _break, text)
    return text.strip()
