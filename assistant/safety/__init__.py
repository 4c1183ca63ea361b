"""Shared rules for untrusted text: what feedback may not make a model do, and what model text may not carry.

``untrusted`` (input side: ``sanitize`` feedback before a model reads it, ``complies`` to spot an answer that
obeyed it), ``output`` (checks on model text every surface shares: ``leaks``, ``usable``, numbers, markup) and
``escape`` (showing customer text as text in Markdown and HTML). Chat, themes and plans all call these; none keeps
its own copy. Importing this package loads no model.
"""
