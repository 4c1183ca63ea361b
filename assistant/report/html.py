"""The themes report as one self-contained HTML page: inline CSS and SVG charts, no script, no external files.

Every piece of text from the data (labels, quotes, filters) is HTML-escaped; feedback is untrusted input.
"""

from __future__ import annotations

from assistant.safety.escape import html_text as escape

from assistant.report import charts
from assistant.report.document import Theme, ThemesReport
from assistant.report.text import (arrow, describe_window, fmt_pct, mix_text, money_text, release_text,
                                   theme_numbers, users_text)

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f9fafb;color:#111827}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px} h2{font-size:19px;margin:28px 0 8px} h3{font-size:17px;margin:0 0 6px}
.sub{color:#4b5563;margin:0 0 16px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:10px 14px;min-width:120px}
.card b{display:block;font-size:22px}
.card span{color:#6b7280;font-size:13px}
.alert{background:#fef3c7;border:1px solid #f59e0b;border-radius:8px;padding:10px 14px;margin:12px 0}
.panel{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:14px;margin:12px 0;overflow-x:auto}
.theme{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:16px;margin:14px 0}
.tag{display:inline-block;font-size:12px;border-radius:10px;padding:1px 8px;margin-left:6px;vertical-align:middle}
.emerging{background:#fee2e2;color:#991b1b}.candidate{background:#e0e7ff;color:#3730a3}
.id{color:#6b7280;font-weight:normal;font-size:14px}
.fallback{color:#6b7280;font-size:12px}
ul.nums{margin:8px 0;padding-left:18px;color:#374151;font-size:14px}
blockquote{margin:8px 0;padding:6px 12px;border-left:3px solid #93c5fd;background:#f8fafc;font-size:14px}
blockquote cite{color:#6b7280;font-style:normal;font-size:12px;margin-left:6px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e5e7eb} td.n{text-align:right}
footer{color:#6b7280;font-size:12px;margin-top:32px}
@media print{body{background:#fff}.theme,.panel{break-inside:avoid}}
"""


def render_html(r: ThemesReport) -> str:
    t = r.totals
    themes = r.themes
    e = escape
    parts = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
             f"content=\"width=device-width,initial-scale=1\"><title>{e(r.title)}</title><style>{CSS}</style>"
             f"</head><body><main>",
             f"<h1>{e(r.title)}</h1><p class=\"sub\">{e(r.filters)}; {e(describe_window(r))}.</p>",
             "<div class=\"cards\">"]
    rating = f"{t.avg_rating:.1f}" if t.avg_rating is not None else "-"
    for value, label in ((t.items, "feedback items"), (t.themes, "themes"),
                         (f"{t.unassigned} ({fmt_pct(t.unassigned_share)})", "unassigned"),
                         (users_text(t.distinct_users), "distinct users"), (rating, "average rating")):
        parts.append(f"<div class=\"card\"><b>{e(str(value))}</b><span>{e(label)}</span></div>")
    parts.append("</div>")
    emerging = [th for th in themes if th.emerging]
    if emerging:
        names = ", ".join(f"<b>{e(th.label)}</b> ({e(arrow(th.trend))})" for th in emerging)
        parts.append(f"<div class=\"alert\">Emerging: {names}</div>")
    parts.append(f"<p>Sentiment: {e(mix_text(t.sentiment, t.items))}. Types: {e(mix_text(t.types, t.items))}.</p>")

    parts.append("<h2>Theme sizes</h2><div class=\"panel\">")
    parts.append(charts.hbars([(f"#{th.id} {th.label}", th.size, f"{th.size} ({fmt_pct(th.share)})")
                               for th in themes], title="Items per theme"))
    parts.append("</div><h2>Sentiment by theme</h2><div class=\"panel\">")
    parts.append(charts.stacked([(f"#{th.id} {th.label}", th.sentiment) for th in themes],
                                title="Sentiment share per theme"))
    parts.append("</div>")
    if r.weeks:
        top = themes[:6]
        parts.append("<h2>Weekly trend (largest themes)</h2><div class=\"panel\">")
        partial = charts.partial_weeks(r.weeks, r.window)
        parts.append(charts.lines([(f"#{th.id} {th.label}", [w.count for w in th.weekly]) for th in top],
                                  r.weeks, title="Items per week for the largest themes",
                                  markers=charts.release_markers(r.releases), partial=partial))
        if partial:
            parts.append(f"<p class=\"sub\">{e(charts.partial_note(r.weeks, partial))}</p>")
        if r.releases:
            parts.append(f"<p class=\"sub\">Dashed lines: {e(release_text(r))}.</p>")
        parts.append("</div>")

    customers = any(th.customers is not None for th in themes)  # after `pma customers import`
    parts.append("<h2>Overview</h2><div class=\"panel\"><table><tr><th>#</th><th>Theme</th><th>Items</th><th>Share</th>"
                 "<th>Users</th><th>Avg rating</th><th>Trend</th>"
                 + ("<th>Accounts</th><th>MRR</th>" if customers else "") + "</tr>")
    for th in themes:
        rating = f"{th.avg_rating:.1f}" if th.avg_rating is not None else "-"
        c = th.customers
        money = (f"<td class=\"n\">{c.accounts}</td><td class=\"n\">{e(money_text(c, 0))}</td>" if c else
                 "<td></td><td></td>" if customers else "")
        parts.append(f"<tr><td>{th.id}</td><td><a href=\"#theme-{th.id}\">{e(th.label)}</a>{_tags(th)}</td>"
                     f"<td class=\"n\">{th.size}</td><td class=\"n\">{fmt_pct(th.share)}</td>"
                     f"<td class=\"n\">{users_text(th.distinct_users)}</td><td class=\"n\">{rating}</td>"
                     f"<td>{e(arrow(th.trend))}</td>{money}</tr>")
    parts.append("</table></div><h2>Themes</h2>")
    for i, th in enumerate(themes):
        colour = charts.PALETTE[i % len(charts.PALETTE)] if i < 6 else charts.PALETTE[0]
        parts.append(f"<section class=\"theme\" id=\"theme-{th.id}\"><h3>{e(th.label)} "
                     f"<span class=\"id\">#{th.id}</span>{_tags(th)}</h3>")
        note = "" if th.summary_source == "llm" else " <span class=\"fallback\">(keyword summary)</span>"
        parts.append(f"<p>{e(th.summary)}{note}</p>")
        if th.weekly:
            parts.append(charts.week_bars([w.count for w in th.weekly], r.weeks,
                                          title=f"Items per week: {th.label}", colour=colour))
        parts.append("<ul class=\"nums\">" + "".join(f"<li>{e(x)}</li>" for x in theme_numbers(th, r)) + "</ul>")
        for q in th.quotes:
            parts.append(f"<blockquote>{e(q.text)}<cite>{e(q.id)}</cite></blockquote>")
        parts.append("</section>")
    u = r.unassigned
    parts.append(f"<h2>Unassigned</h2><p>{u.size} items ({fmt_pct(u.share)}) are not similar enough to any theme.</p>")
    for q in u.examples:
        parts.append(f"<blockquote>{e(q.text)}<cite>{e(q.id)}</cite></blockquote>")
    from assistant.report.markdown import _method

    parts.append("<h2>Method</h2><ul class=\"nums\">" + "".join(f"<li>{e(x)}</li>" for x in _method(r)) + "</ul>")
    if r.notes:
        parts.append("<h2>Notes</h2><ul class=\"nums\">" + "".join(f"<li>{e(n)}</li>" for n in r.notes) + "</ul>")
    parts.append(f"<footer>Generated {e(r.generated_at)} by PM Assistant (run {r.run_id}). Quote ids (F123) are "
                 "feedback ids: <code>pma search</code> and the chat cite the same ids.</footer></main></body></html>")
    return "\n".join(parts) + "\n"


def _tags(th: Theme) -> str:
    out = ""
    if th.emerging:
        out += "<span class=\"tag emerging\">emerging</span>"
    if th.candidate:
        out += "<span class=\"tag candidate\">new candidate</span>"
    return out
