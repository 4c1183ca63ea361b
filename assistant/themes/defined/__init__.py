"""The PM's own taxonomy: themes defined by a name, criteria and example items, kept with stable ids.

    from assistant.themes.defined import define, definition
    result = define(settings, [definition("Billing", "charged twice, refunds, price increase", ["F12"])])
    result["themes"][0]["items"], result["themes"][0]["top"][0]   # count; {"id", "confidence", "sentence"}

`pma themes define` stores the definitions and assigns every stored item at once; `pma summarize` assigns again
(``--update``: only new items) before it clusters, so the discovered themes cover only what the defined ones do
not ("not covered by your themes"). Modules: ``definitions`` (what the PM wrote, files, checks), ``model`` (the
scoring), ``assign`` (items -> themes, supporting sentences), ``store`` (tables).

Not handled: items in several defined themes at once (each item counts in one theme, the most likely), nested
themes.
"""

from __future__ import annotations

from assistant.themes.defined.definitions import Definition, definition, load_file

__all__ = ["Definition", "definition", "load_file", "define", "undefine", "list_defined", "defined_theme_ids"]


def define(settings, definitions: list[Definition], *, db=None, embedder=None) -> dict:
    """Store ``definitions`` (new names create themes, known names update theme and keep its id) and assign all
    stored feedback to the defined themes, in one transaction: a bad example id changes nothing.

    Returns:
        ``{"themes": [{"id", "name", "criteria", "created", "items", "words", "top": [...], "no_items"?}],
        "items": total, "covered": items in any defined theme, "not_covered": the rest}``.

    Raises:
        UserError: an example id no stored item has (naming the row), no feedback stored yet.
    """
    from assistant.themes.defined.assign import claim
    from assistant.themes.defined.definitions import resolve_examples
    from assistant.themes.defined.store import save_definition
    from assistant.themes.store import load_items, lock_taxonomy
    from retrieval.db import Database
    from retrieval.embed import Embedder
    from retrieval.errors import UserError
    from retrieval.filters import Filters

    db = db or Database(settings)
    embedder = embedder or Embedder(settings)
    with db.connect() as conn:
        lock_taxonomy(conn)
        if conn.execute("SELECT 1 FROM feedback WHERE embedding IS NOT NULL LIMIT 1").fetchone() is None:
            raise UserError("No feedback is stored yet, so there is nothing to assign to your themes.",
                            hint="Load feedback first: pma ingest FILE.")
        resolve_examples(conn, definitions)
        saved = [save_definition(conn, d) for d in definitions]
        items = load_items(conn, Filters())
        claimed = claim(conn, items, embedder, min_confidence=settings.themes.defined_min_confidence)
        return _result(conn, items, claimed, {tid: created for tid, created in saved}, settings)


def undefine(settings, theme_id: int, *, db=None) -> dict:
    """Remove a definition: the theme is retired, its items wait for the next `pma summarize` to group them."""
    from assistant.themes.defined.store import defined_ids, remove
    from assistant.themes.store import lock_taxonomy
    from retrieval.db import Database
    from retrieval.errors import UserError

    db = db or Database(settings)
    with db.connect() as conn:
        lock_taxonomy(conn)
        if theme_id not in defined_ids(conn):
            raise UserError(f"Theme {theme_id} is not one of your defined themes.",
                            hint="See them with `pma themes list` (marked [defined]).")
        label = conn.execute("SELECT label FROM themes WHERE id = %s", (theme_id,)).fetchone()[0]
        return {"id": theme_id, "name": label, "released_items": remove(conn, theme_id)}


def list_defined(conn, *, top: int = 3) -> list[dict]:
    """The defined themes with criteria, examples, added words, sizes and their most confident items."""
    from assistant.themes.defined.store import load, matches

    sizes = dict(conn.execute("SELECT theme_id, count(*) FROM feedback_themes WHERE method = 'defined' "
                              "GROUP BY 1").fetchall())
    return [{"id": t.id, "name": t.name, "criteria": t.criteria, "examples": [f"F{e}" for e in t.examples],
             "words": t.words, "items": sizes.get(t.id, 0), "top": matches(conn, t.id, top)} for t in load(conn)]


def defined_theme_ids(conn) -> set[int]:
    """Ids of the active defined themes (the report marks them; the clustering leaves them alone)."""
    from assistant.themes.defined.store import defined_ids

    return defined_ids(conn)


def _result(conn, items, claimed, created: dict[int, bool], settings) -> dict:
    from assistant.themes.defined.store import matches

    sizes = claimed.sizes()
    themes = []
    for t in claimed.themes:
        if t.id not in created:  # this command's themes only; the others were assigned again but not changed
            continue
        entry = {"id": t.id, "name": t.name, "criteria": t.criteria, "created": created.get(t.id, False),
                 "items": sizes.get(t.id, 0), "words": claimed.words.get(t.id, []),
                 "examples": [f"F{e}" for e in t.examples], "top": matches(conn, t.id, 3)}
        if not entry["items"]:
            i, p = claimed.best.get(t.id, (None, 0.0))
            entry["no_items"] = (
                f"No feedback matches \"{t.name}\""
                + (f" (the closest item, F{int(items.ids[i])}, has confidence {p:.2f}; "
                   f"{settings.themes.defined_min_confidence:.2f} is needed)" if i is not None and p > 0 else
                   " (no item is close enough to its definition)")
                + ". The theme is kept and will hold matching feedback that arrives later.")
        themes.append(entry)
    covered = int(claimed.mask.sum())
    return {"themes": themes, "defined_themes": len(claimed.themes), "items": len(items), "covered": covered,
            "not_covered": len(items) - covered,
            "min_confidence": settings.themes.defined_min_confidence}
