"""Customer text escaped for Markdown reads back as exactly the characters typed, rendered by a real CommonMark
renderer (markdown-it-py, which Gradio installs): no element is made from it and no escape character is left over."""

from __future__ import annotations

import html
import re

import pytest

from assistant.safety.escape import markdown_quote, markdown_text

markdown_it = pytest.importorskip("markdown_it")

CASES = ["4.1.1 is out", "12) twelve", "2026-10-28 release", "![x](http://h.example/p.gif) <img src=x onerror=y>",
         "# heading", "- item", "+ item", "> quote", "= line", "**bold** _it_ `code` ~~s~~", "a | b | c",
         "www.evil.example and http://evil.example/a?b=1", "[link](javascript:alert(1))", "back\\slash",
         "<script>alert(1)</script>"]


def _rendered(markdown: str) -> str:
    return markdown_it.MarkdownIt("commonmark").render(markdown)


@pytest.mark.parametrize("text", CASES)
def test_escaped_text_renders_as_the_same_characters(text):
    out = _rendered(markdown_text(text))
    assert out.startswith("<p>") and out.endswith("</p>\n"), out  # one paragraph: no heading, list, quote
    inner = out[len("<p>"):-len("</p>\n")]
    assert not re.search(r"<(?!/?p>)", inner), out  # no element made from the text
    assert html.unescape(inner) == text, out  # every escape consumed, nothing added


def test_a_quote_keeps_its_lines_as_text():
    out = _rendered(markdown_quote("1. first\n![x](http://h.example/p.gif)"))
    assert out.count("<blockquote>") == 1 and "<ol" not in out and "<img" not in out
    assert "1. first" in out and "![x](http://h.example/p.gif)" in out
