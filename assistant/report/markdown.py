"""The themes report as Markdown: an overview table, then one section per theme with its numbers and quotes."""

from __future__ import annotations

from assistant.report.charts import partial_note, partial_weeks
from assistant.report.document import ThemesReport
from assistant.report.text import (arrow, describe_window, fmt_pct, mix_text, money_text, release_text,
                                   theme_numbers, users_text)
from assistant.safety.escape import markdown_text


def render_markdown(r: ThemesReport) -> str:
    t = r.totals
    lines = [f"# {r.title}", "",
             f"{t.items} feedback items ({r.filters}), {describe_window(r)}. "
             f"{t.themes} themes; {t.unassigned} items ({fmt_pct(r.unassigned.share)}) fit no theme.", ""]
    if r.emerging:
        names = ", ".join(f"**{markdown_text(th.label)}** (#{th.id})" for th in r.themes if th.id in r.emerging)
        lines += [f"Emerging: {names}.", ""]
    lines += [f"Sentiment: {mix_text(t.sentiment, t.items)}. Types: {mix_text(t.types, t.items)}.", ""]
    if r.releases:
        lines += [f"{markdown_text(release_text(r))}.", ""]
    customers = any(th.customers is not None for th in r.themes)  # after `pma customers import`
    lines += ["| # | Theme | Items | Share | Users | Avg rating | Negative | Trend |"
              + (" Accounts | MRR |" if customers else ""),
              "|---|---|---:|---:|---:|---:|---:|---|" + ("---:|---:|" if customers else "")]
    for th in r.themes:
        neg = th.sentiment.get("negative", 0)
        rating = f"{th.avg_rating:.1f}" if th.avg_rating is not None else "-"
        flags = " **emerging**" if th.emerging else ""
        flags += " *new candidate*" if th.candidate else ""
        lines.append(f"| {th.id} | {markdown_text(th.label)}{flags} | {th.size} | {fmt_pct(th.share)} | "
                     f"{users_text(th.distinct_users)} | {rating} | {fmt_pct(neg / th.size if th.size else 0)} | "
                     f"{arrow(th.trend)} |" + (f" {c.accounts} | {money_text(c, 0)} |"
                                               if (c := th.customers) else ""))
    lines.append("")
    for th in r.themes:
        lines += [f"## {markdown_text(th.label)} (#{th.id})", ""]
        if th.candidate:
            lines += ["*New candidate theme from `--update`: rename it to keep it, or merge it into another.*", ""]
        source = "" if th.summary_source == "llm" else " *(keyword summary: no usable LLM text)*"
        lines += [markdown_text(th.summary) + source, ""]
        lines += [f"- {line}" for line in theme_numbers(th, r)] + [""]
        weekly = " ".join(str(w.count) for w in th.weekly)
        if weekly:
            partial = partial_weeks(r.weeks, r.window)
            note = f" ({partial_note(r.weeks, partial)})" if partial else ""
            lines += [f"Weekly counts ({r.weeks[0]} .. {r.weeks[-1]}): {weekly}{note}", ""]
        for q in th.quotes:
            lines.append(f"> {markdown_text(q.text)} — [{q.id}]")
            lines.append("")
    lines += ["## Unassigned", "",
              f"{r.unassigned.size} items ({fmt_pct(r.unassigned.share)}) are not similar enough to any theme."]
    lines += [""] + [f"> {markdown_text(q.text)} — [{q.id}]\n" for q in r.unassigned.examples]
    lines += ["## Method", "", *[f"- {line}" for line in _method(r)], ""]
    if r.notes:
        lines += ["## Notes", "", *[f"- {n}" for n in r.notes], ""]
    return "\n".join(lines).rstrip() + "\n"


def _method(r: ThemesReport) -> list[str]:
    m, llm = r.method, r.method.llm
    out = []
    if m.mode == "update":
        out.append(f"Update: {m.new_items or 0} new items assigned to the nearest stored theme; "
                   f"{m.candidates or 0} candidate theme(s) proposed.")
    else:
        out.append(f"Themes: {m.algorithm}, k = {m.k} ({_chosen_by(m.chosen_by)}); stored ids kept: "
                   f"{m.kept_ids or 0}, new: {m.new_ids or 0}.")
        if m.requests_apart:
            out.append(f"Requests kept apart: {m.requests_apart} theme(s) of the requests said in a theme mostly "
                       "praise, which stays a strength.")
    if m.mode == "update":
        out.append(f"Unassigned: cosine similarity to every stored theme's centre below {m.min_similarity}.")
    else:
        out.append(f"Unassigned: cosine similarity to the theme's centre below {m.min_similarity} and unlike the "
                   "nearest items.")
    out.append(f"Embeddings: {m.embedding_model}. Classification: {r.classification.method if r.classification else '-'}.")
    out.append(f"Labels and summaries: {llm.labels} labels and {llm.summaries} summaries by the "
               f"LLM ({_backend(llm.backend)}), {llm.fallbacks} keyword fallbacks. Every number is "
               "computed in SQL, never by the LLM.")
    out.append("Trend: last period vs the equal period before (an exact binomial test against the overall volume) and "
               "the monthly share (Cochran-Armitage); significant when the p-value, adjusted across the themes "
               "tested (Benjamini-Hochberg), is below 0.05.")
    return out


def _chosen_by(how: str | None) -> str:
    return {"coverage": "the fewest themes leaving at most 5% unassigned",
            "silhouette": "clearly separated groups, best silhouette",
            "requested": "requested"}.get(how or "", how or "-")


def _backend(backend) -> str:
    if isinstance(backend, dict):
        return f"{backend.get('backend')}: {backend.get('model')}"
    return str(backend)
