"""Wording shared by the Markdown and HTML renderers (numbers are formatted here, never computed)."""

from __future__ import annotations

from assistant.report.document import Theme, ThemesReport, Trend
from assistant.themes.stats import count_note, p_text, turn_text
from retrieval.customers import revenue_text
from retrieval.stats import distinct_users_text


def fmt_pct(share: float | None) -> str:
    return "-" if share is None else f"{100 * share:.0f}%"


def users_text(n: int) -> str:
    """Distinct users as a report shows them: "-" when no item has a user id (the export had no user column), not
    a count of zero people."""
    return str(n) if n else "-"


def mix_text(mix: dict, total: int, limit: int = 4) -> str:
    if not mix or not total:
        return "-"
    return ", ".join(f"{k.replace('_', ' ')} {fmt_pct(v / total)}" for k, v in list(mix.items())[:limit])


def arrow(trend: Trend) -> str:
    """``▲ 14 vs 3, q=0.002`` style text for a trend (q: the p-value adjusted across the themes tested)."""
    if trend.note == "no feedback in one of the periods":
        return "n/a"
    sign = {"up": "▲", "down": "▼"}.get(trend.direction, "→")
    p = (f", q={trend.q_value:.3f}" if trend.q_value is not None else
         f", p={trend.p_value:.3f}" if trend.p_value is not None else "")
    tag = " emerging" if trend.emerging else ""
    return f"{sign} {trend.current} vs {trend.previous}{p}{months_text(trend, short=True)}{tag}"


def months_text(trend: Trend, *, short: bool = False) -> str:
    """"; rising over 5 months (p<0.001)" when the monthly share moves beyond chance ("" otherwise, or with
    ``short`` False: "; by month 7, 13, 22, 34, 47 (2026-07 to 2026-11), no clear trend (p = 0.412)")."""
    if trend.monthly_direction is None:
        return ""
    shown_p = (p_text(trend.monthly_q_value).replace("p", "q", 1) if trend.monthly_q_value is not None else
               p_text(trend.monthly_p_value))
    shown_p = shown_p.replace(" ", "") if short else shown_p  # "p<0.001" in a table cell
    how = {"up": "rising", "down": "falling"}.get(trend.monthly_direction, "no clear trend")
    months = trend.months
    if turn := trend.monthly_turn:  # a spike that is over: "peaked in 2026-09 (...) and fell since (...)"
        index = next(i for i, m in enumerate(months) if m.month == turn.month)
        text = turn_text({"kind": turn.kind, "index": index, "p_value": turn.p_value}, [m.month for m in months],
                         [m.count for m in months], [m.total for m in months], short=short)
        if short:
            return f"; {text}"
        counts = ", ".join(str(m.count) for m in months)
        return f"; by month {counts} ({months[0].month} to {months[-1].month}), {text}"
    note = count_note(trend.monthly_direction, [m.count for m in months], [m.month for m in months],
                      [m.total for m in months])
    if short:
        if trend.monthly_direction == "flat":  # a count that climbed while all feedback grew is said, share aside
            return f"; count rose month after month ({', '.join(str(m.count) for m in months)})" if note else ""
        return f"; {how} over {len(months)} months ({shown_p})" + (f", but {note}" if note else "")
    counts = ", ".join(str(m.count) for m in months)
    over = f" over {len(months)} months" if trend.monthly_direction != "flat" else ""
    return f"; by month {counts} ({months[0].month} to {months[-1].month}), {how}{over} ({shown_p})" + (
        f"; {note}" if note else "")


def describe_window(r: ThemesReport) -> str:
    w = r.window
    if not w.start:
        return "no dates"
    cur, prev = w.current, w.previous
    text = f"{w.start[:10]} to {_day_before(w.end)}"
    if cur and prev:
        text += (f"; trend compares the last {w.period_days} days ({cur[0][:10]} to {_day_before(cur[1])}) with "
                 f"the {w.period_days} days before, and each theme's monthly share of all feedback over the newest "
                 f"months (Cochran-Armitage test for trend)")
    return text


def _day_before(iso_end: str) -> str:
    from datetime import datetime, timedelta

    return (datetime.fromisoformat(iso_end) - timedelta(seconds=1)).date().isoformat()


def theme_numbers(th: Theme, r: ThemesReport) -> list[str]:
    """Bullet lines with a theme's figures."""
    size = th.size
    rating = (f"average rating {th.avg_rating:.1f} from {th.rated} ratings" if th.avg_rating is not None
              else "no ratings")
    trend = th.trend
    change = f"{trend.current} in the last {r.window.period_days or '-'} days vs {trend.previous} before"
    if trend.p_value is not None:
        change += f" ({'significant' if trend.significant else 'not significant'}, p={trend.p_value:.3f}" + (
            f", q={trend.q_value:.3f} across the themes tested)" if trend.q_value is not None else ")")
    if trend.note:
        change += f"; {trend.note}"
    change += months_text(trend)
    if not r.window.start:
        change = "none: the items have no dates"
    lines = [f"{size} items ({fmt_pct(th.share)}), {distinct_users_text(th.distinct_users)}, {rating}",
             f"Sentiment: {mix_text(th.sentiment, size)}",
             f"Types: {mix_text(th.types, size)}",
             f"Trend: {change}",
             f"Keywords: {', '.join(th.keywords[:8]) or '-'}"]
    if th.customers is not None:  # after `pma customers import`
        c = th.customers
        unmatched = c.authors_not_in_customer_file
        lines.append(f"Customers: {c.accounts} account{'s' if c.accounts != 1 else ''}, monthly revenue "
                     f"{money_text(c)}" + (f" ({unmatched} author{'s' if unmatched != 1 else ''} not in "
                                                    "the customer file)" if unmatched else ""))
    for title, top in (("Top sources", th.top_sources), ("Top segments", th.top_segments),
                       ("Top versions", th.top_versions)):
        if top:
            lines.append(f"{title}: " + ", ".join(f"{x.name} ({x.count})" for x in top))
    return lines


def release_text(r: ThemesReport) -> str:
    """``Releases (first feedback from each version): 4.3 on 2026-09-14, 4.4 on 2026-10-28``; "(release dates from
    the release notes ...)" when some are dated by them."""
    dated = ("release dates from the release notes" + ("" if all(rel.released for rel in r.releases) else
                                                       ", else the first feedback from each version")
             if any(rel.released for rel in r.releases) else "first feedback from each version")
    return f"Releases ({dated}): " + ", ".join(f"{rel.label} on {rel.at[:10]}" for rel in r.releases)


def money_text(customers, digits: int = 2) -> str:
    """A theme's accounts' MRR, per currency when the customer file names them ("12,000.00 USD + 3,400.00 EUR")."""
    return revenue_text(customers.revenue_by_currency or {None: customers.monthly_revenue}, digits)
