"""Theme numbers for chat answers, read from the theme summary that `pma summarize` stores.

Chat never clusters anything itself: "top issues" and "what changed" use the themes and per-item assignments and
classifications the themes stage wrote (tables from ``retrieval/migrations/002_themes.sql``), counted in SQL over
exactly the rows the question is about (filters and topic). ``ThemesView.load(db)`` returns ``None`` when no summary
is stored, and the answer then says to run `pma summarize`.

Not handled: computing themes (``assistant.themes``); significance of changes (the themes report has it).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.themes import kinds
from retrieval.columns import names_votes
from retrieval.db import Database

# Which items of a theme count for a "top ..." question (the definitions are ``assistant.themes.kinds``).
_FOCUS = {"issues": kinds.problem_sql(), "requests": kinds.request_sql(), "praise": kinds.praise_sql(),
          "bugs": kinds.bug_sql(), "all": "TRUE"}
# Which of those a quote shows first: a 1-star "this is a great game!!!" counts as a problem by its rating, but a
# problem's quote should read as one; nor is an item rated 4-5 one (a travel tester's top issue 'View freezes / load
# slowly' was quoted with a 9/10 survey answer classified as a usability report: "Thanks to your agent on the phone,
# our problem was solved the same day.").
_QUOTE_FIRST = {"issues": "fc.feedback_type IS DISTINCT FROM 'praise' AND fc.sentiment IS DISTINCT FROM 'positive' "
                          "AND coalesce(f.rating, 0) <= 3",
                "praise": "fc.feedback_type = 'praise'"}
_QUOTE_FIRST["bugs"] = _QUOTE_FIRST["issues"]


@dataclass
class ThemeCount:
    theme_id: int
    label: str
    items: int  # items of the focus kind in scope
    users: int = 0
    negative_share: float | None = None  # of the theme's items in scope (all kinds), by stored sentiment
    example_id: int | None = None
    votes: int | None = None  # the votes its items carry (a feature board's "Votes"), when asked with ``votes_key``


@dataclass
class ThemeChange:
    theme_id: int
    label: str
    current: int
    previous: int
    example_id: int | None = None


def has_themes(conn) -> bool:
    """True when a theme summary is stored (migration 002 applied and at least one active theme)."""
    if conn.execute("SELECT to_regclass('themes')").fetchone()[0] is None:
        return False
    return conn.execute("SELECT 1 FROM themes WHERE status = 'active' LIMIT 1").fetchone() is not None


MIN_CHANGE_ITEMS = 3  # a theme's count in one of the two periods for its change to be listed
# In a scope this small (one customer's feedback), two items of a kind in one theme are listed: an invoicing tester's
# "What does Summit Staffing Group complain about?" (15 items) listed its 3 approval items and none of its 2 + 2 + 1
# bank-feed tickets.
SMALL_SCOPE, SMALL_SCOPE_FLOOR = 60, 2
_FROM = ("FROM feedback f JOIN feedback_themes ft ON ft.feedback_id = f.id "
         "JOIN themes t ON t.id = ft.theme_id AND t.status = 'active' "
         "LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id ")


class ThemesView:
    """Counts per stored theme over any SQL scope of ``feedback f`` rows."""

    def __init__(self, db: Database):
        self.db = db

    @classmethod
    def load(cls, db: Database) -> "ThemesView | None":
        with db.connect() as conn:
            return cls(db) if has_themes(conn) else None

    def top(self, conn, where: str, params: list, *, focus: str = "all", limit: int = 5, votes_key: str | None = None,
            by_votes: bool = False, items: int | None = None) -> list[ThemeCount]:
        """Largest themes by items of the ``focus`` kind (issues, requests, praise, all) in scope, each with at least
        ``MIN_CHANGE_ITEMS`` of them (``SMALL_SCOPE_FLOOR`` in a scope under ``SMALL_SCOPE`` items) unless no theme
        has that many. For issues and requests, strengths (themes that
        are mostly praise) are left out, as the plan leaves them out. With ``votes_key`` (a metadata key of vote
        counts), each theme's votes too, and with ``by_votes`` the themes with most votes first. ``items``: the
        scope's item count when the caller has it (else counted here, for the floor)."""
        by_votes = by_votes and votes_key is not None
        # ranked by votes, every item counts: a board's posts are requests however their words were typed
        kind = "TRUE" if by_votes else _FOCUS.get(focus, "TRUE")
        votes, votes_params = ("0", [])
        if votes_key:
            votes = f"coalesce(sum({VOTES}) FILTER (WHERE {HAS_VOTES}), 0)"
            votes_params = [votes_key, votes_key]
        order = "6 DESC, 3 DESC, 1" if by_votes else "3 DESC, 1"
        strength = (f"AND count(*) FILTER (WHERE {kinds.praise_sql()}) < {kinds.STRENGTH_SHARE} * count(*)"
                    if focus in ("issues", "requests", "bugs") else "")
        # Of one kind, a theme with 1 or 2 such items is listed only when no theme has more (a tester's "What
        # features are users asking for?" listed "Refund request and double charged: 1 requests" fifth).
        first = MIN_CHANGE_ITEMS
        if kind != "TRUE":
            if items is None:
                items = conn.execute(f"SELECT count(*) FROM feedback f WHERE {where}", params).fetchone()[0]
            if items < SMALL_SCOPE:
                first = SMALL_SCOPE_FLOOR
        for floor in ((first, 1) if kind != "TRUE" else (1,)):
            rows = conn.execute(
                f"SELECT ft.theme_id, t.label, count(*) FILTER (WHERE {kind}), "
                f"count(DISTINCT f.author_hash) FILTER (WHERE {kind}), "
                f"avg((fc.sentiment = 'negative')::int)::float, {votes} {_FROM} WHERE {where} "
                f"GROUP BY 1, 2 HAVING count(*) FILTER (WHERE {kind}) >= {floor} {strength} ORDER BY {order} "
                f"LIMIT %s", [*votes_params, *params, limit]).fetchall()
            if rows:
                break
        examples = self._examples(conn, where, params, kind, [r[0] for r in rows], first=_QUOTE_FIRST.get(focus))
        return [ThemeCount(r[0], r[1], r[2], r[3], None if r[4] is None else round(r[4], 3), examples.get(r[0]),
                           int(r[5]) if votes_key else None) for r in rows]

    def changes(self, conn, where: str, params: list, current, previous, *, limit: int = 3) -> list[ThemeChange]:
        """Themes whose item count moved most between ``previous`` and ``current`` (``Period``s), risers first; a
        theme with fewer than ``MIN_CHANGE_ITEMS`` items in both periods is left out."""
        rows = conn.execute(
            f"SELECT ft.theme_id, t.label, "
            f"count(*) FILTER (WHERE f.created_at >= %s AND f.created_at < %s) AS now_n, "
            f"count(*) FILTER (WHERE f.created_at >= %s AND f.created_at < %s) AS before_n {_FROM} "
            f"WHERE {where} GROUP BY 1, 2 ORDER BY abs(count(*) FILTER (WHERE f.created_at >= %s AND f.created_at < %s) "
            f"- count(*) FILTER (WHERE f.created_at >= %s AND f.created_at < %s)) DESC, 1",
            [current.start, current.end, previous.start, previous.end, *params,
             current.start, current.end, previous.start, previous.end]).fetchall()
        # a theme that went from 0 to 2 is noise, and its example is what the chat then quotes: a tester's "Is the
        # login problem getting worse?" listed 'Ok / good / works': 2 versus 0 and quoted "works"
        rows = [r for r in rows if r[2] != r[3] and max(r[2], r[3]) >= MIN_CHANGE_ITEMS][:limit]
        # quoted from the window where the theme is larger: a theme that fell from 17 to 2 quoted the nearer of its 2
        # recent items to its centre, an EV-charging tester's 'Charging card' a member about switching to a rival
        examples = {}
        for window, ids in ((current, [r[0] for r in rows if r[2] >= r[3]]),
                            (previous, [r[0] for r in rows if r[2] < r[3]])):
            examples |= self._examples(conn, where, params, "f.created_at >= %s AND f.created_at < %s", ids,
                                       [window.start, window.end])
        if missing := [r[0] for r in rows if r[0] not in examples]:  # none there that is no repeat: the newest ones
            examples |= self._examples(conn, where, params, "f.created_at >= %s", missing, [current.start])
        return [ThemeChange(r[0], r[1], r[2], r[3], examples.get(r[0])) for r in rows]

    @staticmethod
    def _examples(conn, where: str, params: list, kind: str, theme_ids: list[int], kind_params=(), *,
                  first: str | None = None) -> dict[int, int]:
        """The item nearest each theme's centre among the rows in scope (what a quote should show); those meeting
        ``first`` (SQL) before the others; not one that gives orders to a model (``gives_orders``), of the three
        nearest."""
        from assistant.safety.untrusted import gives_orders

        if not theme_ids:
            return {}
        rows = conn.execute(
            f"SELECT theme_id, id, text FROM (SELECT ft.theme_id, f.id, f.text, row_number() OVER (PARTITION BY "
            f"ft.theme_id ORDER BY ({first or 'TRUE'}) IS NOT TRUE, f.embedding <=> t.centroid NULLS LAST, f.id) AS n "
            f"{_FROM} WHERE {where} AND {kind} AND f.duplicate_of IS NULL AND ft.theme_id = ANY(%s)) r "
            f"WHERE n <= 3 ORDER BY theme_id, n",
            [*params, *kind_params, theme_ids]).fetchall()
        out: dict[int, int] = {}
        for theme_id, item, text in rows:
            if theme_id not in out and not gives_orders(text):
                out[theme_id] = item
        return out


# A feature board's vote count (Canny, Productboard, UserVoice, Aha!): "Votes", "Upvotes", "Vote count", "Supporters"
_VOTE_COUNT = "'^[0-9]{1,9}$'"  # a whole number of votes (a SQL string)
VOTES = "(f.metadata ->> %s)::bigint"
"""SQL: an item's votes, the key of ``votes_key`` as its parameter; only where ``HAS_VOTES``."""
HAS_VOTES = f"f.metadata ->> %s ~ {_VOTE_COUNT}"
"""SQL: the item carries a vote count under the key given as its parameter."""


def votes_key(conn, where: str, params: list) -> str | None:
    """The metadata key holding vote counts among the items ``where`` selects (named as votes, whole numbers), or
    None."""
    rows = conn.execute(f"SELECT e.key, count(*) FROM (SELECT f.metadata FROM feedback f WHERE {where} "
                        "ORDER BY f.id DESC LIMIT 2000) f, jsonb_each_text(f.metadata) e "
                        f"WHERE e.value ~ {_VOTE_COUNT} GROUP BY 1 ORDER BY 2 DESC, 1", params).fetchall()
    return next((key for key, _ in rows if names_votes(key)), None)
