"""``summarize``: all matching feedback -> classified, grouped into themes, worded, counted, reported.

Stages (timed, with a progress bar each): load stored embeddings -> classify type and sentiment (only items with
no label from the current classifier) -> cluster (or, with ``update``, assign new items to the stored themes and
propose candidate themes from what does not fit) -> keywords (c-TF-IDF) -> save themes and assignments in one
transaction -> labels and summaries by the LLM from representative quotes (keyword fallback) -> statistics in
SQL -> report data (a JSON-able dict; ``assistant.report`` renders and writes it atomically).

Not handled here: rendering (``assistant.report``), editing the taxonomy (``taxonomy``).
"""

from __future__ import annotations

import logging
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from assistant.themes import cluster as clustering
from assistant.themes.keywords import class_keywords, keyword_label
from assistant.themes.stats import iso, theme_stats, window
from assistant.themes.store import (active_themes, create_theme, finish_run, load_items, lock_taxonomy, retire_empty,
                                    save_assignments, start_run, update_theme)
from retrieval.errors import UserError
from retrieval.settings import Settings

log = logging.getLogger(__name__)
SCHEMA = "pma.themes-report/1"
LLM_QUOTES = 4  # quotes the LLM reads for a theme: one call for the summary
BIG_THEME, BIG_QUOTES = 50, 8  # themes this big: more quotes, summarised map-reduce (notes per 4, then one summary)
REPORT_QUOTES = 3
MATCH_THRESHOLD = 0.8  # cosine between a new and a stored theme centre for the stored id (and name) to be kept
STALE = 0.25  # --update rewrites a summary when its theme grew or shrank by more than this fraction


class _Stages:
    """Seconds per stage, an overall progress bar over the stages and per-item bars inside long ones (stderr)."""

    MAIN = ("load", "classify", "cluster", "keywords", "llm", "stats")

    def __init__(self, progress: bool):
        self.progress = progress
        self.seconds: dict[str, float] = {}
        self._overall = None
        if progress:
            from tqdm import tqdm

            self._overall = tqdm(total=len(self.MAIN), desc="summarize", file=sys.stderr, unit="stage",
                                 bar_format="{desc} {bar:20} {n_fmt}/{total_fmt} stages [{elapsed}]")

    @contextmanager
    def stage(self, name: str):
        if self._overall is not None:
            self._overall.set_description(f"summarize ({name})")
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = round(self.seconds.get(name, 0.0) + time.perf_counter() - start, 3)
            if self._overall is not None and name in self.MAIN:
                self._overall.update(1)

    def close(self) -> None:
        if self._overall is not None:
            self._overall.set_description("summarize")
            self._overall.close()

    def bar(self, iterable, name: str, total: int | None = None):
        from tqdm import tqdm

        return tqdm(iterable, desc=f"  {name}", total=total, disable=not self.progress, file=sys.stderr,
                    leave=False, unit="theme")


def summarize(settings: Settings, filters=None, *, n_themes: int | None = None, update: bool = False,
              llm="auto", progress: bool = False, db=None, embedder=None) -> dict:
    """Build the themes report data for feedback matching ``filters``.

    Args:
        settings: effective settings (``settings.themes`` holds the knobs).
        filters: ``retrieval.filters.Filters``; default everything.
        n_themes: exact number of themes (``--themes N``); default chosen automatically.
        update: assign new feedback to the stored themes instead of clustering again.
        llm: ``"auto"`` (the configured backend when ``settings.themes.use_llm``), ``None`` (keywords only) or any
            object with the ``assistant.llm.LLM`` ``generate``/``stream`` methods.
        progress: show progress bars on stderr.

    Returns:
        The report as a JSON-able dict (see ``assistant.report`` for rendering).

    Raises:
        UserError: nothing matches, an unknown --where field, more themes than items, no stored themes to update.
    """
    from retrieval.db import Database
    from retrieval.embed import Embedder
    from retrieval.filters import Filters

    stages = _Stages(progress)
    try:
        return _summarize(settings, filters or Filters(), stages, n_themes=n_themes, update=update, llm=llm,
                          db=db or Database(settings), embedder=embedder or Embedder(settings))
    finally:
        stages.close()


def _summarize(settings, filters, stages, *, n_themes, update, llm, db, embedder) -> dict:
    from assistant.themes.classify import FeedbackClassifier, classify_feedback

    opts = settings.themes
    notes: list[str] = []

    with stages.stage("load"), db.connect() as conn:
        items = load_items(conn, filters)  # an unknown --where key raises here
        stored_model = db.get_meta(conn, "embedding_model")
    if len(items) == 0:
        if items.missing_embeddings:
            raise UserError(f"{items.missing_embeddings} item(s) match ({filters.describe()}) but none has an embedding.",
                            hint="Run `pma reindex` to embed them.")
        raise UserError(f"No feedback matches ({filters.describe()}).",
                        hint="Check the filters against `pma stats`, or load feedback with `pma ingest FILE`.")
    if n_themes is not None and (n_themes < 1 or n_themes > len(items)):
        raise UserError(f"--themes {n_themes} but {len(items)} item(s) match ({filters.describe()}).",
                        hint=f"Ask for 1 to {len(items)} themes, or widen the filters.")
    if items.missing_embeddings:
        notes.append(f"{items.missing_embeddings} matching item(s) have no embedding and are left out (run `pma reindex`).")
    if stored_model and stored_model != embedder.model_id:
        with db.connect() as conn:
            db.check_embedding_model(conn, embedder.model_id)

    with stages.stage("classify"):
        classifier = FeedbackClassifier(settings, embedder=embedder)
        classified = classify_feedback(settings, filters, db=db, classifier=classifier,
                                       loaded=(items.ids, items.x, items.texts))

    params = {"n_themes": n_themes, "update": update, "themes_settings": opts.model_dump(),
              "embedding_model": embedder.model_id, "classifier": classifier.identity}
    with db.connect() as conn:
        run_id = start_run(conn, "update" if update else "cluster", filters.describe(), params)
    try:
        report = _run(settings, db, filters, items, run_id, stages, notes, n_themes=n_themes, update=update, llm=llm)
        report["classification"] = {"method": classified["method"], "model": classified["model"],
                                    "classified_now": classified["classified"]}
        report["timings"] = dict(stages.seconds)
    except BaseException as exc:
        with db.connect() as conn:
            finish_run(conn, run_id, "failed", error=f"{type(exc).__name__}: {exc}"[:500], timings=dict(stages.seconds))
        raise

    with db.connect() as conn:
        finish_run(conn, run_id, "done", items=len(items), themes=len(report["themes"]),
                   unassigned=report["totals"]["unassigned"], timings=dict(stages.seconds))
    return report


def _run(settings, db, filters, items, run_id, stages, notes, *, n_themes, update, llm) -> dict:
    opts = settings.themes
    method: dict = {"min_similarity": opts.min_similarity}
    with stages.stage("cluster"), db.connect() as conn:
        lock_taxonomy(conn)
        existing = active_themes(conn)
        if update:
            theme_of, sims, new_ids, method_info = _assign_update(conn, items, existing, run_id, opts)
        else:
            theme_of, sims, new_ids, method_info = _recluster(conn, items, existing, run_id, opts, n_themes)
        method.update(method_info)

    with stages.stage("keywords"), db.connect() as conn:
        members = {int(t): np.flatnonzero(theme_of == t) for t in np.unique(theme_of) if t}
        keywords = class_keywords({t: [items.texts[i] for i in idx] for t, idx in members.items()})
        themes = {t.id: t for t in active_themes(conn)}
        for tid, kws in keywords.items():
            fields = {"keywords": kws}
            if themes[tid].label_source == "keywords":
                fields["label"] = keyword_label(kws)
            update_theme(conn, tid, **fields)
        themes = {t.id: t for t in active_themes(conn)}

    quotes: dict[int, list[int]] = {}
    for tid, idx in members.items():
        centre = themes[tid].centroid
        n_quotes = BIG_QUOTES if len(idx) >= BIG_THEME else LLM_QUOTES
        picks = clustering.representatives(items.x[idx], centre, n_quotes, texts=[items.texts[i] for i in idx],
                                           skip=items.duplicate[idx])
        quotes[tid] = [int(idx[p]) for p in picks]

    llm_info = _write(settings, db, items, themes, members, quotes, keywords, new_ids, stages, update=update, llm=llm)

    with stages.stage("stats"), db.connect() as conn:
        win = window(conn, filters, opts.period_days)
        stats = theme_stats(conn, filters, win)
        themes = {t.id: t for t in active_themes(conn)}
    return _assemble(settings, filters, items, themes, stats, win, quotes, theme_of, sims, run_id, new_ids,
                     method, llm_info, notes, update)


def _recluster(conn, items, existing, run_id, opts, n_themes):
    c = clustering.cluster(items.x, n_themes=n_themes, min_themes=opts.min_themes, max_themes=opts.max_themes,
                           min_similarity=opts.min_similarity)
    old = [t for t in existing if t.centroid is not None and len(t.centroid) == items.x.shape[1]]
    pairs = clustering.match(c.centroids, np.vstack([t.centroid for t in old]), MATCH_THRESHOLD) if old else {}
    ids, new_ids = [], set()
    for j in range(c.k):
        if j in pairs:
            tid = old[pairs[j]].id
            update_theme(conn, tid, centroid=c.centroids[j], candidate=False)
        else:
            tid = create_theme(conn, label=f"Theme {j + 1}", keywords=[], centroid=c.centroids[j], run_id=run_id)
            new_ids.add(tid)
        ids.append(tid)
    theme_of = np.array([ids[label] if label >= 0 else 0 for label in c.labels], dtype=np.int64)
    save_assignments(conn, items.ids, theme_of, c.similarity, "cluster", run_id)
    retired = retire_empty(conn)
    info = {"mode": "cluster", "algorithm": "k-means on unit embeddings (scikit-learn)", "k": c.k,
            "chosen_by": c.chosen_by, "silhouette": {str(k): v for k, v in c.silhouette.items()},
            "kept_ids": len(pairs), "new_ids": len(new_ids), "retired_ids": retired}
    return theme_of, c.similarity, new_ids, info


def _assign_update(conn, items, existing, run_id, opts):
    usable = [t for t in existing if t.centroid is not None and len(t.centroid) == items.x.shape[1]]
    if not usable:
        raise UserError("There are no stored themes to update.", hint="Run `pma summarize` without --update first.")
    centres = np.vstack([t.centroid for t in usable])
    theme_of = items.theme.copy()
    sims = np.ones(len(items), dtype=np.float32)
    todo = np.flatnonzero(~items.has_row | (items.theme == 0))
    new_ids: set[int] = set()
    info = {"mode": "update", "algorithm": "nearest stored theme", "new_items": int(len(todo)), "candidates": 0}
    if len(todo) == 0:
        return theme_of, sims, new_ids, info
    labels, best = clustering.nearest(items.x[todo], centres, opts.min_similarity)
    theme_of[todo] = [usable[j].id if j >= 0 else 0 for j in labels]
    sims[todo] = best
    save_assignments(conn, items.ids[todo], theme_of[todo], best, "update", run_id)
    left = todo[labels == clustering.UNASSIGNED]
    min_size = max(3, int(np.ceil(0.01 * len(items))))
    if len(left) >= 2 * min_size:
        # What fits no stored theme may be something new: cluster it and propose the coherent groups.
        c = clustering.cluster(items.x[left], min_themes=1, max_themes=max(1, min(5, len(left) // min_size)),
                               min_similarity=opts.min_similarity)
        for j in range(c.k):
            idx = left[c.labels == j]
            if len(idx) < min_size:
                continue
            tid = create_theme(conn, label="New theme", keywords=[], centroid=c.centroids[j], run_id=run_id,
                               candidate=True)
            new_ids.add(tid)
            theme_of[idx] = tid
            sims[idx] = c.similarity[c.labels == j]
            save_assignments(conn, items.ids[idx], theme_of[idx], sims[idx], "cluster", run_id)
    info["candidates"] = len(new_ids)
    return theme_of, sims, new_ids, info


def _write(settings, db, items, themes, members, quotes, keywords, new_ids, stages, *, update, llm) -> dict:
    """LLM labels and summaries, largest themes first, within the time budget."""
    from assistant.themes.writer import ThemeWriter

    opts = settings.themes
    info = {"backend": None, "labels": 0, "summaries": 0, "calls": 0, "fallbacks": 0, "problems": []}
    if llm == "auto" and not opts.use_llm:
        llm = None
    if llm is None:
        info["backend"] = "none (keyword labels)"
        return info
    with stages.stage("llm_load"):
        try:
            if llm == "auto":
                from assistant.llm import get_llm

                llm = get_llm(settings)
            warm_up = getattr(llm, "warm_up", None)
            if callable(warm_up):
                warm_up()  # loading weights is not generation: it does not count against the time budget
        except Exception as exc:  # a missing or broken model means keyword labels, not a failed report
            info["backend"] = f"unavailable ({type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''})"
            info["problems"].append(info["backend"])
            return info
    describe = getattr(llm, "describe", None)
    info["backend"] = describe() if callable(describe) else type(llm).__name__
    writer = ThemeWriter(llm, budget_s=opts.llm_budget_s, call_timeout_s=opts.llm_call_timeout_s)
    order = sorted(members, key=lambda t: -len(members[t]))
    if update:  # keep what is still accurate: rewrite only new, changed or never-summarised themes
        order = [t for t in order if t in new_ids or not themes[t].summary or not themes[t].summary_size
                 or abs(len(members[t]) - themes[t].summary_size) > STALE * themes[t].summary_size]
    with stages.stage("llm"):
        # Labels first (short and the most visible), then summaries, each largest theme first, until the budget ends.
        labels: dict[int, str | None] = {}
        for tid in stages.bar(order, "labels", total=len(order)):
            if themes[tid].label_source != "user" and not (writer.out_of_time or writer.disabled):
                problems: list[str] = []
                labels[tid] = writer.label([items.texts[i] for i in quotes[tid]], keywords.get(tid, []), problems)
                info["problems"] += [f"theme {tid}: {p}" for p in problems]
        for tid in stages.bar(order, "summaries", total=len(order)):
            theme = themes[tid]
            fields: dict = {}
            if tid in labels:
                if labels[tid]:
                    fields.update(label=labels[tid], label_source="llm")
                    info["labels"] += 1
                elif theme.label_source == "llm":  # an older LLM label is not kept when today's attempt failed
                    fields.update(label=keyword_label(keywords.get(tid, [])), label_source="keywords")
            info["fallbacks"] += theme.label_source != "user" and not labels.get(tid)
            if writer.out_of_time or writer.disabled:
                info["fallbacks"] += 1
            else:
                problems = []
                summary = writer.summary([items.texts[i] for i in quotes[tid]], problems)
                info["problems"] += [f"theme {tid}: {p}" for p in problems]
                fields.update(summary=summary, summary_source="llm" if summary else None,
                              summary_size=len(members[tid]) if summary else None)
                info["summaries"] += bool(summary)
                info["fallbacks"] += not summary
            if fields:
                with db.connect() as conn:
                    update_theme(conn, tid, **fields)
    writer.close()
    info["calls"] = writer.calls
    info["problems"] = info["problems"][:30]
    if writer.disabled:
        info["problems"].insert(0, writer.disabled)
    return info


def fallback_summary(theme: dict) -> str:
    """A summary from code, used when the LLM's was unusable: keywords plus the dominant type and sentiment."""
    kws = theme.get("keywords") or []
    about = ", ".join(kws[:3]) if kws else "no common words"
    parts = [f"Items mentioning {about}"]
    if theme.get("types"):
        kind, n = next(iter(theme["types"].items()))
        parts.append(f"mostly {kind.replace('_', ' ')} ({round(100 * n / theme['size'])}%)")
    if theme.get("sentiment"):
        mood, n = max(theme["sentiment"].items(), key=lambda kv: kv[1])
        parts.append(f"{round(100 * n / theme['size'])}% {mood}")
    return "; ".join(parts) + "."


def _quote(items, i: int) -> dict:
    return {"id": f"F{int(items.ids[i])}", "text": " ".join(items.texts[i].split())[:400]}


def _assemble(settings, filters, items, themes, stats, win, quotes, theme_of, sims, run_id, new_ids, method,
              llm_info, notes, update) -> dict:
    totals = stats["totals"]
    unassigned = stats["themes"].get(0, {"size": 0, "share": 0.0})
    out_themes = []
    for tid, figures in stats["themes"].items():
        if tid == 0 or tid not in themes or figures["size"] == 0:
            continue
        t = themes[tid]
        entry = {"id": tid, "label": t.label, "label_source": t.label_source, "keywords": t.keywords,
                 "summary": t.summary, "summary_source": t.summary_source, "candidate": t.candidate,
                 "new": tid in new_ids, **figures,
                 "quotes": [_quote(items, i) for i in quotes.get(tid, [])[:REPORT_QUOTES]]}
        entry["emerging"] = bool(figures["trend"]["emerging"] or (t.candidate and figures["trend"]["direction"] == "up"))
        if not entry["summary"]:
            entry["summary"], entry["summary_source"] = fallback_summary(entry), "keywords"
        out_themes.append(entry)
    out_themes.sort(key=lambda e: (-e["size"], e["id"]))
    left = np.flatnonzero(theme_of == 0)
    examples = [_quote(items, i) for i in left[np.argsort(sims[left])][:REPORT_QUOTES]] if len(left) else []
    return {
        "schema": SCHEMA,
        "title": "What customers are telling us",
        "generated_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "run_id": run_id,
        "mode": "update" if update else "cluster",
        "filters": filters.describe(),
        "window": {"start": iso(win["start"]), "end": iso(win["end"]), "period_days": win["period_days"],
                   "current": [iso(d) for d in win["current"]] if win["current"] else None,
                   "previous": [iso(d) for d in win["previous"]] if win["previous"] else None},
        "totals": {"items": totals["size"], "themes": len(out_themes), "unassigned": unassigned["size"],
                   "unassigned_share": unassigned.get("share", 0.0), "distinct_users": totals["distinct_users"],
                   "avg_rating": totals["avg_rating"], "rated": totals["rated"], "undated": totals["undated"],
                   "current": totals["current"], "previous": totals["previous"], "sentiment": totals["sentiment"],
                   "types": totals["types"], "weekly": totals["weekly"]},
        "weeks": stats["weeks"],
        "themes": out_themes,
        "emerging": [e["id"] for e in out_themes if e["emerging"]],
        "candidates": [e["id"] for e in out_themes if e["candidate"]],
        "unassigned": {"size": unassigned["size"], "share": unassigned.get("share", 0.0), "examples": examples},
        "method": {**method, "embedding_model": settings.retrieval.embedding_model, "llm": llm_info},
        "notes": notes,
    }
