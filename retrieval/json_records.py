"""Where the feedback records of a JSON export are when they are not a plain array: the one list an object holds,
at its top level or below it (Discourse's ``{"topic_list": {"topics": [...]}}``), and records held inside each
record of that list (each topic's ``post_stream.posts``), which are the feedback when the outer record has no text
of its own. Each inner record keeps the outer record's plain fields under its name ("topic.title",
"topic.category", "topic.tags").

Not handled: an object with two or more lists at the level its records are found (which one is the feedback is not
guessed), inner records more than one object below their record, and records nested three deep.
"""

from __future__ import annotations

# fields that hold a record's text in the exports we know: Discourse's "cooked"/"raw", an API's "body"/"text"...
TEXT_KEYS = frozenset({"cooked", "raw", "body", "text", "content", "message", "comment", "description", "review"})
_DEPTH = 4  # objects below the top an export's list is looked for in
_NESTED_SHARE = 0.8  # of the records that must hold records of their own for those to be the feedback


def record_list(data: dict) -> tuple[str, list] | None:
    """``(key, list)`` of the one list ``data`` holds at the first level (top first, then the objects below it) that
    holds any; None when none does or one level holds several."""
    level = [data]
    for _ in range(_DEPTH):
        lists = [(k, v) for d in level for k, v in d.items() if isinstance(v, list)]
        if lists:
            return lists[0] if len(lists) == 1 else None
        level = [v for d in level for v in d.values() if isinstance(v, dict)]
    return None


def inner_records(items: list, key: str) -> list | None:
    """The records held inside ``items`` (a list's objects, named by ``key``: "topics"), each with its outer record's
    plain fields as "<name>.<field>", when most of ``items`` hold such a list and none has text of its own; else
    None.

    Example:
        >>> inner_records([{"title": "Ads", "tags": ["ads"], "post_stream": {"posts": [{"cooked": "Too many"}]}}],
        ...               "topics")
        [{'topic.title': 'Ads', 'topic.tags': ['ads'], 'cooked': 'Too many'}]
    """
    found = [(item, _held(item)) for item in items if isinstance(item, dict)]
    if not found or sum(held is not None for _, held in found) < _NESTED_SHARE * len(items):
        return None
    if any(_has_text(item) for item, _ in found):
        return None  # the records have text of their own (a conversation with its replies is one item)
    name = key[:-1] if key.endswith("s") and len(key) > 3 else key
    out = []
    for item, held in found:
        outer = {f"{name}.{k}": v for k, v in item.items() if _plain_field(v)}
        out.extend({**outer, **record} for record in held or [])
    return out


def _held(item: dict) -> list[dict] | None:
    """The list of records with text inside ``item``, at its top level or one object below ("post_stream.posts")."""
    for value in [*item.values(), *(v for d in item.values() if isinstance(d, dict) for v in d.values())]:
        if isinstance(value, list) and value and all(isinstance(r, dict) for r in value) \
                and any(isinstance(r.get(k), str) for r in value for k in TEXT_KEYS):
            return value
    return None


def _has_text(item: dict) -> bool:
    """Text of its own at its top level or one object below (Intercom's "source.body")."""
    return any(isinstance(d.get(k), str) and d[k].strip() for d in [item, *(v for v in item.values()
                                                                           if isinstance(v, dict))] for k in TEXT_KEYS)


def _plain_field(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float, bool)) or (
        isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value))
