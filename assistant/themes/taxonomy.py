"""Seeing and editing the stored themes: list, show, rename, merge, split (``pma themes ...``).

Ids never change meaning: a merged theme keeps its row (status ``merged``, ``merged_into`` the target) and a split
one keeps its row (status ``split``) with the new themes pointing to it through ``parent_id``. A renamed theme's
label is the PM's (``label_source = 'user'``) and later runs keep it. Summaries of changed themes are cleared so
the next ``pma summarize --update`` writes them again.
"""

from __future__ import annotations

import numpy as np

from assistant.themes import cluster as clustering
from assistant.themes.keywords import LABEL_CANDIDATES, by_meaning, keyword_label, theme_terms, well_said
from assistant.themes.store import (active_themes, create_theme, get_theme, lock_taxonomy, member_rows, save_assignments,
                                    theme_texts, update_theme)
from retrieval.errors import UserError


def keep_edits(where: str = "cli") -> str:
    """What keeps a merge or split: a tester's merge was undone by the next full summary, which groups all feedback
    again. ``where``: 'cli' names the commands, 'ui' the Themes tab's buttons."""
    if where == "ui":
        return ("**Refresh with new feedback** keeps this grouping; **Run summary** groups all feedback again and may "
                "undo it: to keep a theme for good, define it under **Your themes**.")
    return ("`pma summarize --update` keeps this grouping; a full `pma summarize` groups all feedback again and may "
            "undo it: to keep a theme for good, define it (`pma themes define NAME --criteria ...`).")


def list_themes(conn) -> list[dict]:
    """Active themes with their sizes (all stored items, no filters), largest first."""
    sizes = dict(conn.execute("SELECT theme_id, count(*) FROM feedback_themes WHERE theme_id IS NOT NULL GROUP BY 1"))
    defined = _defined(conn)
    out = [{"id": t.id, "label": t.label, "label_source": t.label_source, "size": sizes.get(t.id, 0),
            "keywords": t.keywords[:6], "candidate": t.candidate, "defined": t.id in defined}
           for t in active_themes(conn)]
    return sorted(out, key=lambda t: (-t["size"], t["id"]))


def theme_items(conn, theme_id: int, filters=None, *, limit: int | None = 20) -> dict:
    """One theme and its items matching ``filters``, most typical first (closest to the theme's centre; newest first
    when the theme has no centre), at most ``limit`` of them (``None``: all); ``total`` counts every match."""
    from retrieval.filters import Filters

    theme = get_theme(conn, theme_id)
    if theme is None:
        raise UserError(f"No active theme with id {theme_id}.", hint="See the ids with `pma themes list`.")
    filters = filters or Filters()
    where, params = filters.sql(conn)
    scope = f"FROM feedback_themes ft JOIN feedback f ON f.id = ft.feedback_id WHERE ft.theme_id = %s AND {where}"
    total = conn.execute(f"SELECT count(*) {scope}", [theme_id, *params]).fetchone()[0]
    centre = theme.centroid
    stored_dims = conn.execute(f"SELECT vector_dims(f.embedding) {scope} AND f.embedding IS NOT NULL LIMIT 1",
                               [theme_id, *params]).fetchone()
    typical = centre is not None and stored_dims is not None and stored_dims[0] == len(centre)
    order = ("f.embedding <=> %s NULLS LAST, f.id" if typical
             else "f.created_at DESC NULLS LAST, f.id")
    centre_param = [np.asarray(centre, dtype=np.float32)] if typical else []
    rows = conn.execute(f"SELECT f.id, f.external_id, f.source, f.created_at, f.rating, f.metadata, f.text, "
                        f"f.duplicate_of {scope} ORDER BY {order} LIMIT %s",
                        [theme_id, *params, *centre_param, limit]).fetchall()
    items = [{"id": r[0], "ref": f"F{r[0]}", "external_id": r[1], "source": r[2], "created_at": r[3], "rating": r[4],
              "metadata": r[5] or {}, "text": r[6], "duplicate_of": r[7]} for r in rows]
    return {"id": theme.id, "label": theme.label, "keywords": theme.keywords[:6], "summary": theme.summary,
            "candidate": theme.candidate, "defined": theme.id in _defined(conn), "total": total,
            "filters": filters.describe(), "order": "most typical first" if typical else "newest first",
            "items": items}


def _require(conn, theme_id: int):
    lock_taxonomy(conn)
    theme = get_theme(conn, theme_id)
    if theme is None:
        raise UserError(f"No active theme with id {theme_id}.", hint="See the ids with `pma themes list`.")
    return theme


def rename(conn, theme_id: int, label: str) -> dict:
    label = " ".join((label or "").split())
    if not label or len(label) > 80:
        raise UserError("A theme label must be 1 to 80 characters.", hint='Example: pma themes rename 3 "Offline maps"')
    _require(conn, theme_id)
    update_theme(conn, theme_id, label=label, label_source="user", candidate=False)
    return {"id": theme_id, "label": label}


def merge(conn, target: int, others: list[int], label: str | None = None, *, embedder=None) -> dict:
    """Move every item of ``others`` into ``target``; the others become ``merged``. With ``embedder`` (the
    store's), keyword labels are chosen by meaning as ``pma summarize`` chooses them (``keywords.by_meaning``)."""
    others = [o for o in dict.fromkeys(others) if o != target]
    if not others:
        raise UserError("Name at least two different themes to merge.", hint="Example: pma themes merge 3 7")
    _not_defined(conn, others + [target], "merged")
    _require(conn, target)
    for other in others:
        _require(conn, other)
    conn.execute("UPDATE feedback_themes SET theme_id = %s, method = 'merge', assigned_at = now() WHERE theme_id = ANY(%s)",
                 (target, others))
    for other in others:
        update_theme(conn, other, status="merged", merged_into=target)
    ids, x, _ = member_rows(conn, target)
    fields = {"centroid": clustering.unit(x.mean(0)) if len(x) else None, "summary": None, "summary_source": None,
              "summary_size": None, "candidate": False}
    if label:
        fields.update(label=" ".join(label.split()), label_source="user")
    update_theme(conn, target, **fields)
    _refresh_keywords(conn, embedder=embedder)
    return {"id": target, "merged": others, "size": len(ids)}


def split(conn, theme_id: int, into: int = 2, *, embedder=None) -> dict:
    """Divide one theme's items into ``into`` new themes (k-means); the original becomes ``split``. ``embedder``:
    as for ``merge``."""
    _require(conn, theme_id)
    _not_defined(conn, [theme_id], "split")
    if into < 2:
        raise UserError("--into must be at least 2.")
    ids, x, _ = member_rows(conn, theme_id)
    if len(ids) < 2 * into:
        raise UserError(f"Theme {theme_id} has {len(ids)} item(s), too few to split into {into}.",
                        hint="Split into fewer parts, or merge it into another theme instead.")
    labels = clustering.split(x, into)
    new = []
    for j in range(into):
        part = labels == j
        centre = clustering.unit(x[part].mean(0))
        tid = create_theme(conn, label=f"Part {j + 1} of theme {theme_id}", keywords=[], centroid=centre, run_id=None,
                           parent_id=theme_id)
        save_assignments(conn, ids[part], [tid] * int(part.sum()), x[part] @ centre, "split", None)
        new.append({"id": tid, "size": int(part.sum())})
    update_theme(conn, theme_id, status="split")
    _refresh_keywords(conn, relabel={n["id"] for n in new}, embedder=embedder)
    return {"id": theme_id, "into": new}


def _defined(conn) -> set[int]:
    from assistant.themes.defined import defined_theme_ids

    return defined_theme_ids(conn)


def _not_defined(conn, ids: list[int], what: str) -> None:
    """Your defined themes are changed through their definitions, not merged or split by hand."""
    hit = [i for i in ids if i in _defined(conn)]
    if hit:
        raise UserError(f"Theme {hit[0]} is one of your defined themes and cannot be {what}.",
                        hint="Change its definition (`pma themes define NAME --criteria ...`) or remove it "
                             "(`pma themes undefine ID`) first.")


def _refresh_keywords(conn, relabel: set[int] = frozenset(), embedder=None) -> None:
    """Recompute c-TF-IDF keywords across all active themes (they are relative to each other), and the keyword
    labels: chosen by meaning with an embedder, else the keywords' first."""
    docs = theme_texts(conn)
    themes = {t.id: t for t in active_themes(conn)}
    keywords, candidates = theme_terms(docs, (8, LABEL_CANDIDATES))
    label_terms = keywords if embedder is None else by_meaning(
        candidates, {t.id: t.centroid for t in themes.values() if t.centroid is not None}, embedder)
    label_terms = {t: well_said(terms, docs.get(t, [])) for t, terms in label_terms.items()}
    for tid, kws in keywords.items():
        fields = {"keywords": kws}
        if tid in relabel or themes[tid].label_source == "keywords":
            fields.update(label=keyword_label(label_terms[tid]), label_source="keywords")
        update_theme(conn, tid, **fields)
