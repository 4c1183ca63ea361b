"""Numbers for "which issues hurt enterprise customers most?": problem feedback per stored theme, weighed by the
customer accounts behind it (``pma customers import``), computed in SQL (``assistant.themes.stats
.customers_by_theme``, the rule the themes report and the plan's RICE reach use).

The customers asked about are found by value, not by a fixed list: a segment, plan, region or account name stored in
the customer file that the question names ("enterprise" -> segment 'Enterprise', "Team plan" -> plan 'Team'); a
question that names none is about every imported customer. Themes are ranked by the monthly revenue of the accounts
that reported a problem in them, then by accounts and items; an account counts once however many of its people
wrote.

Amounts in different currencies are summed apart (``retrieval.customers.revenue_text``); with several, themes are
ranked by the amounts as written (no exchange rates offline).

Not handled: several segments in one question (the first one named is used).
"""

from __future__ import annotations

import re

from assistant.chat.aggregate import Facts, topic_condition
from assistant.chat.router import Route, partner_words
from assistant.themes import kinds
from assistant.themes.stats import customers_by_theme
from retrieval.customers import JOINS_CUSTOMER, NOT_GIVEN, revenue_text
from retrieval.filters import Filters

LISTED = 5
_COLUMNS = ("segment", "plan", "region", "account")  # the order a word is looked up in


def customer_facts(conn, filters: Filters, route: Route, question: str, vector, themes, embed=None) -> Facts:
    """Themes by the customer accounts and revenue behind their problem feedback (see the module docstring)."""
    from retrieval.customers import has_customers

    facts = Facts()
    if not has_customers(conn):
        facts.matched = 0
        facts.lines.append("No customer file is imported, so which accounts and how much revenue each issue touches "
                           "is not known. Import one with `pma customers import accounts.csv` (user id or e-mail, "
                           "account, plan, segment, MRR).")
        return facts
    column, value = _named(conn, question)
    who = f"accounts in the {column} '{value}'" if value else "customer accounts"
    chosen = (f"lower(c.{column}) = lower(%s)", [value]) if value else ("TRUE", [])
    where, params = filters.sql(conn)
    renewing = _RENEWAL_ASKED.search(question) is not None  # "Which accounts renew soonest?": no topic words
    topic = " ".join(w for w in route.topic.split() if w.lower() not in (value or "").lower().split()
                     and not (renewing and _RENEWAL_WORD.fullmatch(w)))
    if topic:  # the segment named is who, not what: the topic without it is matched by its own meaning too (by
        # its words alone, a thermostat tester's "What do Family plan customers say about sharing access?" found 5
        # accounts of the 13 that wrote about it)
        if topic != route.topic:
            vector = embed(topic) if embed is not None else None
        cond, cparams = topic_condition(conn, topic, vector)
        where, params = f"{where} AND {cond}", [*params, *cparams]
    total, wrote, problems = conn.execute(
        f"SELECT (SELECT count(DISTINCT coalesce(c.account, c.author_hash)) FROM customers c WHERE {chosen[0]}), "
        f"count(DISTINCT coalesce(c.account, c.author_hash)), "
        f"count(DISTINCT coalesce(c.account, c.author_hash)) FILTER (WHERE {kinds.problem_sql()}) "
        f"FROM feedback f JOIN customers c ON {JOINS_CUSTOMER} "
        f"LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id WHERE {where} AND {chosen[0]}",
        [*chosen[1], *params, *chosen[1]]).fetchone()
    scope = filters.describe() + (f"; about '{topic}'" if topic else "")
    facts.add("accounts", f"{who} (customer file)", total, scope)
    facts.add("accounts_with_feedback", f"{who} with feedback in scope", wrote, scope)
    facts.add("accounts_with_problems", f"{who} that reported a problem", problems, scope)
    counted = (f"{total} account{'s' if total != 1 else ''} in the {column} '{value}'" if value else
               f"{total} customer account{'s' if total != 1 else ''}")
    # what those accounts are worth together ("How much ARR is at risk from customers who say they might switch?":
    # a developer-platform tester got the themes and no sum): each account once, as the themes' figures count it
    # ... per currency: a travel tester's accounts were in USD and EUR, and one sum added them
    sums = conn.execute(
        f"SELECT currency, coalesce(sum(mrr), 0)::float, coalesce(sum(arr), 0)::float FROM (SELECT coalesce(c.account, "
        f"c.author_hash) AS a, max(c.currency) AS currency, max(c.mrr) AS mrr, max(c.arr) AS arr FROM feedback f "
        f"JOIN customers c ON {JOINS_CUSTOMER} LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id "
        f"WHERE {where} AND {chosen[0]} GROUP BY 1) a GROUP BY 1", [*params, *chosen[1]]).fetchall()
    worth = ""
    if wrote and any(mrr or arr for _, mrr, arr in sums):
        for currency, mrr, arr in sums:
            each = f":{currency or NOT_GIVEN}" if len(sums) > 1 else ""
            money = f" in {currency}" if currency else ""
            facts.add(f"accounts_with_feedback_mrr{each}", f"MRR{money} of the {who} with feedback in scope (each "
                      "account once)", mrr, scope)
            facts.add(f"accounts_with_feedback_arr{each}", f"ARR{money} of the {who} with feedback in scope (each "
                      "account once)", arr, scope)
        mrr, arr = ({c: m for c, m, _ in sums}, {c: a for c, _, a in sums})
        worth = f", worth MRR {revenue_text(mrr)} (ARR {revenue_text(arr)}) together"
        if len(sums) > 1:
            worth += " (amounts in different currencies are not added)"
    facts.lines.append(f"The customer file has {counted}; {wrote} wrote feedback in scope ({scope}){worth}, {problems} "
                       "about a problem.")
    facts.matched = problems
    renewal = _renewal_key(conn) if renewing else None
    if asks_which_accounts(question) or route.reason == ACCOUNTS_ASKED or renewal:
        _accounts(conn, where, params, chosen, who, scope, facts, topic, route.focus, renewal)
    if themes is None:
        facts.note = "Per-theme figures need a theme summary: run `pma summarize`."
        return facts
    per = customers_by_theme(conn, f"{where} AND {kinds.problem_sql()}", params, customer_where=chosen[0],
                             customer_params=chosen[1]) or {}
    ranked = sorted(((tid, c) for tid, c in per.items() if c["accounts"]),
                    key=lambda tc: (-tc[1]["monthly_revenue"], -tc[1]["accounts"], -tc[1]["items"], tc[0]))[:LISTED]
    if not ranked:
        return facts
    labels = dict(conn.execute("SELECT id, label FROM themes WHERE id = ANY(%s)", ([t for t, _ in ranked],)).fetchall())
    facts.lines.append("Themes by the monthly revenue (MRR) of those accounts that reported a problem in them:")
    for rank, (tid, c) in enumerate(ranked, start=1):
        label = labels.get(tid, f"theme {tid}")
        facts.add(f"theme:{tid}:accounts", f"{who} with a problem in theme '{label}'", c["accounts"], scope)
        by_currency = c.get("revenue_by_currency") or {None: c["monthly_revenue"]}
        for currency, mrr in by_currency.items():
            each = f":{currency}" if len(by_currency) > 1 else ""
            facts.add(f"theme:{tid}:mrr{each}", f"MRR{f' in {currency}' if currency else ''} of those accounts in "
                      f"theme '{label}'", mrr, scope)
        facts.add(f"theme:{tid}:items", f"problem items from them in theme '{label}'", c["items"], scope)
        ref = _example(conn, where, params, chosen, tid)
        facts.lines.append(f"{rank}. {label}: {c['accounts']} account{'s' if c['accounts'] != 1 else ''}, MRR "
                           f"{revenue_text(by_currency)}, {c['items']} problem item{'s' if c['items'] != 1 else ''}"
                           + (f" [F{ref}]" if ref else "") + ".")
        if ref:
            facts.example_ids.append(ref)
    return facts


# "Which accounts with the highest ARR reported problems?", "Which customers are most affected?", "Who are our most
# affected customers?", "List the accounts that reported the bank feed issue": the accounts themselves are the answer
# (an invoicing tester got themes by revenue and no account). Not "Which issues hurt customers most?" (themes).
_NOT_WHO = (r"(?!(?:issues?|problems?|themes?|topics?|features?|requests?|complaints?|bugs?|things?|areas?|pain|"
            r"do|does|did|are|is|was|were|should|would|can|could|hurts?|affects?|matters?|of)\b)")
# ... not what they wrote: "Show me quotes from customers who love the instant transfers" (a neobank tester got the
# accounts that praised it, one, and no quote)
_SAID = r"(?!(?:quotes?|quotations?|examples?|feedback|reviews?|comments?|items?|messages?|tickets?|what)\b)"
# ... and the partner companies a product sells through ("Which brokers asked for a quotes API?": an insurance
# tester's brokers are its customer file's accounts)
_PARTNERS = partner_words() + "|firms?"
_WHICH_ACCOUNTS = re.compile(
    rf"\bwhich\s+(?:{_NOT_WHO}[\w-]+\s+){{0,2}}(?:accounts?|customers?|compan(?:y|ies)|clients?|"
    rf"organi[sz]ations?|{_PARTNERS})\b(?![\s-]+(?:features?|requests?|ideas?|issues?|problems?|complaints?|themes?|"
    rf"portal|app|feedback|tickets?)\b)|\bwho\s+are\s+(?:the|our)\s+(?:[\w-]+\s+){{0,3}}(?:accounts|customers|"
    rf"companies|clients)\b|\b(?:list|name|show)\s+(?:me\s+)?(?:the\s+|all\s+|our\s+)?(?:{_SAID}[\w-]+\s+){{0,2}}?"
    rf"(?:accounts|customers|companies|clients)\b", re.IGNORECASE)


def asks_which_accounts(question: str) -> bool:
    """Does the question ask which customer accounts (not which issues)?

        >>> [asks_which_accounts(q) for q in ("Which customers are most affected?", "Which issues hurt customers most?",
        ...  "What do Enterprise customers complain about?", "Who are our biggest customers complaining?",
        ...  "What customers say about pricing", "Show me quotes from customers who love the app")]
        [True, False, False, True, False, False]
    """
    return bool(_WHICH_ACCOUNTS.search(question))


# The reason of a route the chat turned into this one because the question asks which accounts (its words may be
# gone by then: "Which accounts are threatening to leave us?" is read as the items saying they may leave).
ACCOUNTS_ASKED = "asks which customer accounts"
_SAID = {"issues": ("reported a problem{about}", "problem item", kinds.problem_sql),
         "requests": ("asked for {topic}", "request", kinds.request_sql),
         "praise": ("praised {topic}", "positive item", kinds.praise_sql)}


# "Which accounts renew soonest and are unhappy?", "accounts up for renewal": ordered by the customer file's renewal
# date (a telehealth tester's "renew soonest" was searched as a topic; its file had a "Renewal date" column)
_RENEWAL_ASKED = re.compile(r"\brenew(?:s|ing|al|als)?\b(?:\s+\w+){0,2}?\s+(?:soon\w*|next|first|coming)\b|"
                            r"\b(?:up|due|coming\s+up)\s+for\s+renewal\b|\brenewals?\s+(?:soon|coming|next|due)\b",
                            re.IGNORECASE)
_RENEWAL_WORD = re.compile(r"renew\w*|soon\w*|next|first|coming|due|up", re.IGNORECASE)
_ISO_DAY = r"^\d{4}-\d{2}-\d{2}"


def _renewal_key(conn) -> str | None:
    """The customer file's metadata key of each account's renewal date (named for renewal, ISO dates), or None."""
    for (key,) in conn.execute("SELECT DISTINCT jsonb_object_keys(metadata) FROM customers"):
        if re.search(r"renew", key, re.IGNORECASE) and conn.execute(
                "SELECT bool_and(metadata ->> %s ~ %s) FROM customers WHERE metadata ? %s",
                [key, _ISO_DAY, key]).fetchone()[0]:
            return key
    return None


def _accounts(conn, where: str, params: list, chosen: tuple[str, list], who: str, scope: str, facts: Facts,
              topic: str, focus: str = "all", renewal: str | None = None) -> None:
    """"Customer accounts that reported a problem, largest revenue first (5 of 30): 1. Ironclad Logistics
    (Enterprise; MRR 6,050.00, ARR 72,600.00): 7 problem items, most about 'Bank feed' (3) [F12].": the ``LISTED``
    accounts with most revenue (then most items) among those whose people wrote in scope: items of the ``focus``
    kind when the question says one ("Which customers complain about X?", "... asked for X?", "... love X?"), else
    any item about the ``topic`` it names ("Which customers mention Twilio?"), else problems. Revenue from the
    customer file (MRR and ARR, one computed from the other when it gives one); each account is quoted by its newest
    item in the theme it is most about. People without an account name are not listed (a user id is no name)."""
    ways = []  # what the question says they did (complained, asked, praised), then any item about its topic
    if focus in _SAID:
        did, noun, sql = _SAID[focus]
        ways.append((did.format(about=f" about '{topic}'" if topic else "", topic=f"'{topic}'" if topic else "it"),
                     noun, sql()))
    if topic:  # "Which companies asked for multi-currency?" over items typed as problems ("FX rates are wrong")
        ways.append((f"wrote about '{topic}'", "item", "TRUE"))
    elif focus not in _SAID:
        ways.append(("reported a problem", "problem item", kinds.problem_sql()))
    for did, noun, said in ways:
        joined = (f"FROM feedback f JOIN customers c ON {JOINS_CUSTOMER} LEFT JOIN "
                  f"feedback_classification fc ON fc.feedback_id = f.id WHERE {where} AND {chosen[0]} AND {said} "
                  f"AND c.account IS NOT NULL")
        total = conn.execute(f"SELECT count(DISTINCT c.account) {joined}", [*params, *chosen[1]]).fetchone()[0]
        if total:
            break
    else:
        return
    # ... the soonest renewal first when the question asks so, else the largest revenue
    order = ("7 ASC NULLS LAST, coalesce(max(c.arr), 12 * max(c.mrr)) DESC NULLS LAST" if renewal else
             "coalesce(max(c.arr), 12 * max(c.mrr)) DESC NULLS LAST, 5 DESC")
    rows = conn.execute(
        f"SELECT c.account, max(coalesce(c.segment, c.plan)), max(c.arr)::float, max(c.mrr)::float, "
        f"count(DISTINCT f.id), max(f.id), min(c.metadata ->> %s), max(c.currency) {joined} GROUP BY 1 "
        f"ORDER BY {order}, 1 LIMIT {LISTED}", [renewal or "", *params, *chosen[1]]).fetchall()
    facts.add("accounts_listed_of", f"{who} that {did} (named in the customer file)", total, scope)
    first = f"soonest '{renewal}' first" if renewal else "largest revenue first"
    facts.lines.append(f"{who[0].upper()}{who[1:]} that {did}, {first} ({len(rows)} of {total}):")
    for rank, (account, segment, arr, mrr, items, newest, renews, currency) in enumerate(rows, start=1):
        if renewal and renews:
            segment = f"{segment}; " if segment else ""
            segment = f"{segment}renews {renews[:10]}"
        revenue = ", ".join(f"{name} {revenue_text({currency: amount})}" for name, amount in
                            (("MRR", mrr), ("ARR", arr)) if amount is not None) or "revenue not given"
        top = conn.execute(
            f"SELECT t.label, count(*), max(f.id) FROM feedback f JOIN customers c ON {JOINS_CUSTOMER} "
            f"JOIN feedback_themes ft ON ft.feedback_id = f.id JOIN themes t ON t.id = ft.theme_id AND t.status = "
            f"'active' LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id WHERE {where} AND {said} "
            f"AND c.account = %s GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1", [*params, account]).fetchone()
        facts.add(f"account:{account}:items", f"{noun}s from account '{account}'", items, scope)
        if mrr is not None:
            facts.add(f"account:{account}:mrr", f"MRR of account '{account}' (customer file)", mrr, scope)
        if arr is not None:
            facts.add(f"account:{account}:arr", f"ARR of account '{account}' (customer file)", arr, scope)
        about = f", most about '{top[0]}' ({top[1]})" if top else ""
        example = top[2] if top else newest  # quoted for what the line says the account is most about
        facts.lines.append(f"{rank}. {account}" + (f" ({segment}; {revenue})" if segment else f" ({revenue})")
                           + f": {items} {noun}{'s' if items != 1 else ''}{about} [F{example}].")
        facts.example_ids.append(example)


def _named(conn, question: str) -> tuple[str | None, str | None]:
    """The first customer column whose stored value the question names as whole words ("enterprise")."""
    from retrieval.first_names import is_english_word

    text = " " + " ".join(re.findall(r"[^\W_]+", question.lower())) + " "
    for column in _COLUMNS:
        values = [v for (v,) in conn.execute(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
        for value in sorted(values, key=lambda v: -len(v)):  # "Mid-Market" before "Market"
            words = re.findall(r"[^\W_]+", value.lower())
            # also without the product's name before it: "Voltora Business customers" reaches here as "Business
            # customers" (the product's name is taken out of questions: an EV-charging tester's got 'Business' as a
            # topic word)
            said = [words, words[1:] if len(words) > 1 and not is_english_word(words[0]) and column != "account"
                    else []]
            if any(w and f" {' '.join(w)} " in text for w in said):
                return column, value
    return None, None


def _example(conn, where: str, params: list, chosen: tuple[str, list], theme_id: int) -> int | None:
    row = conn.execute(
        f"SELECT f.id FROM feedback f JOIN feedback_themes ft ON ft.feedback_id = f.id JOIN themes t ON t.id = "
        f"ft.theme_id JOIN customers c ON {JOINS_CUSTOMER} LEFT JOIN feedback_classification fc "
        f"ON fc.feedback_id = f.id WHERE {where} AND {chosen[0]} AND {kinds.problem_sql()} AND ft.theme_id = %s "
        f"AND f.duplicate_of IS NULL ORDER BY f.embedding <=> t.centroid NULLS LAST, f.id LIMIT 1",
        [*params, *chosen[1], theme_id]).fetchone()
    return row[0] if row else None
