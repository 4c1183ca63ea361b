"""Numbers for "How many cancellations were saved by an offer?" and "Which retention offer saves the most
customers?": a cancel-flow export (Churnkey, ProsperStack, Chargebee Retention) records for each cancel session the
offer shown and whether the customer stayed ("saved", "offer_accepted"). Every session row counts, with a comment or
without one (``retrieval.stats.ANSWER_ROWS``).

Not handled: an export that records only the accepted offer (no column says which one was shown); save rates over
time (ask with a date range for one period).
"""

from __future__ import annotations

import re

from assistant.chat.aggregate import Facts
from retrieval.filters import Filters
from retrieval.stats import answer_rows

# "How many cancellations were saved?", "Which retention offer works best?", "What is our save rate?", "Did the
# pause offer deflect cancellations?"
ASKED = re.compile(
    r"\b(?:saved|save\s+rate|saves?|saving)\b(?=.*\b(?:offers?|cancel\w*|churn\w*|flow|sessions?|customers?|"
    r"subscribers?|users?|accounts?|members?)\b)|\b(?:retention|save|win[- ]?back|cancel(?:lation)?|downsell)\s+"
    r"offers?\b|\boffers?\s+(?:accepted|taken|worked|works?|saved?|converted?)\b|\baccepted\s+(?:an?\s+|the\s+)?"
    r"offers?\b|\bdeflect\w*\b|\bsave\s+rates?\b", re.IGNORECASE)
# the column that says whether the session kept the customer, best first; and the one naming the offer shown
_SAVED_KEYS = ("saved", "was_saved", "is_saved", "retained", "deflected", "save_status", "offer_accepted",
               "accepted_offer", "accepted")
_OFFER_KEYS = ("offer_shown", "offer_presented", "offer", "offer_type", "offer_name", "retention_offer", "save_offer",
               "offer_made")
_YES = frozenset({"true", "yes", "y", "1", "saved", "retained", "accepted", "deflected"})
STAYED = _YES  # the values of the saved column that say the customer stayed
_NO = frozenset({"false", "no", "n", "0", "canceled", "cancelled", "churned", "declined", "rejected", "not saved"})
_SAMPLE = 5000  # newest rows whose keys are read
_NO_OFFER = frozenset({"", "none", "no offer", "n/a", "-", "null"})


def _norm(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", key.lower()).strip("_")


def retention_keys(conn) -> tuple[str, str | None] | None:
    """``(saved key, offer key or None)`` of a cancel-flow export among the stored rows: a column named for a saved
    session whose values are yes/no words; None when no such column is stored."""
    keys = [k for (k,) in conn.execute(
        f"SELECT DISTINCT jsonb_object_keys(metadata) FROM ((SELECT metadata FROM feedback ORDER BY id DESC LIMIT "
        f"{_SAMPLE}) UNION ALL (SELECT metadata FROM scores ORDER BY id DESC LIMIT {_SAMPLE})) f")]
    by_norm = {_norm(k): k for k in keys}
    for name in _SAVED_KEYS:
        key = by_norm.get(name)
        if key is None:
            continue
        values = [v for (v,) in conn.execute(
            f"SELECT lower(f.metadata ->> %s) FROM {answer_rows('TRUE')} f WHERE f.metadata ? %s LIMIT {_SAMPLE}",
            (key, key))]
        if values and sum(v in _YES or v in _NO for v in values) >= 0.9 * len(values):
            return key, next((by_norm[o] for o in _OFFER_KEYS if o in by_norm), None)
    return None


def retention_facts(conn, filters: Filters, keys: tuple[str, str | None]) -> Facts:
    """How many sessions in scope were saved, and by the offer shown: saved of shown, the best save rate named."""
    saved_key, offer_key = keys
    facts = Facts()
    where, params = filters.sql(conn)
    scope = filters.describe()
    rows = conn.execute(
        f"SELECT lower(f.metadata ->> %s), coalesce(f.metadata ->> %s, '') FROM {answer_rows(where)} f "
        f"WHERE {where} AND f.metadata ? %s", [saved_key, offer_key or saved_key, *params, saved_key]).fetchall()
    sessions = [(v in _YES, offer if offer_key else "") for v, offer in rows if v in _YES or v in _NO]
    if not sessions:
        facts.matched = 0
        return facts
    saved = sum(s for s, _ in sessions)
    facts.matched = len(sessions)
    facts.add("cancel_sessions", f"cancel sessions with '{saved_key}' recorded", len(sessions), scope)
    facts.add("saved_sessions", f"sessions where '{saved_key}' is yes (the customer stayed)", saved, scope)
    facts.add("save_rate_pct", "saved of all those sessions, %", round(100 * saved / len(sessions), 1), scope)
    facts.lines.append(f"Cancel sessions in scope ({scope}) that record '{saved_key}': {len(sessions)}; saved (the "
                       f"customer stayed): {saved} ({100 * saved / len(sessions):.1f}%), cancelled: "
                       f"{len(sessions) - saved}.")
    if not offer_key:
        return facts
    shown: dict[str, list[int]] = {}
    for stayed, offer in sessions:
        name = offer.strip() or "none"
        shown.setdefault("none" if name.lower() in _NO_OFFER else name, []).append(stayed)
    ranked = sorted(shown.items(), key=lambda kv: (-sum(kv[1]), -sum(kv[1]) / len(kv[1]), kv[0]))
    parts = []
    for offer, outcomes in ranked:
        n, kept = len(outcomes), sum(outcomes)
        facts.add(f"offer:{offer}:shown", f"sessions shown the offer '{offer}'", n, scope)
        facts.add(f"offer:{offer}:saved", "of them saved", kept, scope)
        parts.append(f"{offer} {kept} of {n} ({100 * kept / n:.0f}%)")
    facts.lines.append(f"By '{offer_key}' (saved of shown, most saved first): " + "; ".join(parts) + ".")
    offers = [(o, sum(v), len(v)) for o, v in shown.items() if o != "none" and len(v) >= 5]
    if offers:
        best = max(offers, key=lambda o: (o[1] / o[2], o[1]))
        facts.lines.append(f"Best save rate: '{best[0]}', {best[1]} of {best[2]} shown ({100 * best[1] / best[2]:.0f}%)"
                           " (offers shown 5 times or more).")
    return facts
