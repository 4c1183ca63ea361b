"""What goes into the model's context for one question: the route, the items, the SQL numbers.

``ContextBuilder.gather`` decides between "not enough evidence" (nothing in scope, or nothing close enough to the
question: the model is then not called), an aggregate answer (numbers from ``aggregate`` plus example items to
quote) and a lookup answer (hybrid search, then ``relevance`` keeps the items whose meaning and words agree with the
question's topic: only those are counted, grouped and shown to the model).

Not handled here: the prompt text (``prompts``), generation and checking (``engine``, ``grounding``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

import numpy as np

from assistant.chat import aggregate, prompt, relevance
from assistant.chat.aggregate import Facts
from assistant.chat.citations import cited_ids
from assistant.chat.competitor_facts import ASKED as _COMPETITORS_ASKED, MIN_ITEMS as _COMPETITOR_MIN_ITEMS
from assistant.chat.retention_facts import ASKED as _RETENTION_ASKED
from assistant.chat.competitor_facts import competitor_column, competitor_facts, names_no_rival
from assistant.chat.router import (MONTHS, NOT_ENGLISH, ONLY_WORDS, PARTNER_NAMES, Period, Route, feels, focus_of,
                                   is_follow_up, names_customers, names_period, names_stars, names_two_months,
                                   parse_period, partner_words, ratings_in, route_question, topic_alternatives,
                                   topic_words, without_period, without_purpose)
from assistant.themes import impact
from assistant.themes.kinds import sounds_like
from retrieval.columns import LABELS_COLUMN, PRODUCT_COLUMN
from retrieval.countries import (KEY as COUNTRY_KEY, demonyms, foreign_demonyms, names_a_city, names_a_country,
                                 names_a_place, other_names, place_demonyms)
from retrieval.customers import JOINS_CUSTOMER
from retrieval.db import Database, items_stamp
from retrieval.errors import UserError
from retrieval.filters import COLUMN_KEYS, CUSTOMER_ACCOUNT, Filters
from retrieval.intents import SUBSCRIPTION
from retrieval.languages import NAMES as LANGUAGE_NAMES
from retrieval.plans import plan_families, plan_names
from retrieval.search import SearchHit, Searcher, get_items
from retrieval.settings import Settings
from retrieval.spelling import Spelling, correct
from retrieval.states import KEY as STATE_KEY, names_a_state, state_names


@dataclass
class AskOptions:
    """Knobs for one question; defaults suit the bundled model on a laptop CPU."""

    k: int | None = None  # items retrieved; default settings.retrieval.k
    max_new_tokens: int | None = None  # default settings.llm.max_new_tokens
    match_items: int = 30  # search results checked for relevance; the on-topic ones are counted and grouped
    context_items: int = 4  # items in the prompt: prompt length drives time to first token on a CPU (~300 tok/s)
    evidence_items: int = 3  # quotes in the code-built evidence list
    history_turns: int = 2  # earlier turns shown to the model
    item_chars: int = 240  # longer feedback is cut in the prompt (the full text stays in citations)
    save: bool = True  # store the turn in the conversation tables


@dataclass
class Context:
    """Everything gathered before the model is called."""

    route: Route
    items: list[SearchHit]  # in the prompt, best first
    facts: Facts | None = None
    matching: list[SearchHit] = field(default_factory=list)  # every retrieved item judged on topic, best first
    checked: int = 0  # search results judged
    relevance: dict = field(default_factory=dict)  # item id -> relevance.Relevance of every judged result
    scope: str = ""
    no_evidence: str | None = None
    filters: Filters | None = None  # the filters used: the caller's, narrowed by ratings or a window in the question
    spelling: Spelling | None = None  # the question with misspelt words read as stored ones, when any were
    about: int | None = None  # a lookup's items in scope about its topic by the count rule (``aggregate.topic_match``)


class ContextBuilder:
    """Gathers context for questions; shares the searcher (and its loaded embedder) with the caller."""

    def __init__(self, settings: Settings, db: Database, searcher: Searcher, *, themes=None):
        self.settings = settings
        self.db = db
        self.searcher = searcher
        self._themes = themes
        self._groups_at: tuple | None = None  # db.items_stamp when the groups below were read
        self._group_values: list[tuple[str, str]] = []
        self._company_values: list[tuple[str, str]] = []  # (key, value) of the company columns, read with the groups
        self._accounts_at: tuple | None = None  # (items_stamp..., customers, last import) when the accounts were read
        self._account_values: list[tuple[str, str]] = []  # ``_customer_accounts``
        self._scales_at: tuple | None = None  # (items_stamp..., max scores id) when the scale questions were read
        self._scale_keys: list[tuple[str, frozenset[str]]] = []  # ``_scale_question``

    def gather(self, question: str, history: list[dict], filters: Filters, opts: AskOptions) -> Context:
        """Route the question, then retrieve items or compute the numbers (see the module docstring). Ratings and
        a time window the question names ("1-star reviews", "last week") narrow ``filters`` (``Context.filters``)
        and are not searched for."""
        previous = history[-1]["question"] if history else None
        follow_up = bool(history) and is_follow_up(question)
        asked = question
        with self.db.connect() as conn:
            filters.sql(conn)  # validates --where keys before anything else
            if conn.execute("SELECT 1 FROM feedback LIMIT 1").fetchone() is None:
                raise UserError(f"No feedback is stored yet ({self.db.describe()}).",
                                hint="Load an export first: pma ingest FILE (or set PMA_DATABASE_URL / PMA_HOME to "
                                     "the database that has your feedback).")
            spelling = correct(conn, question)  # "batery drain": no item has 'batery', many have 'battery'
            question = spelling.text
            groups = self._groups(conn)
            if history:  # "And on Android?" after "What about in September?": the subject is the count before those
                # (so is that of "Which months were worst?" after "What about in Spain?": a food-delivery tester's
                # counted items about 'Spain' by month)
                previous = next((t["question"] for t in reversed(history)
                                 if not (is_follow_up(t["question"]) and self._scope_only(conn, t["question"], groups))),
                                previous)
            if follow_up:
                question = _customers_again(conn, question, previous) or question
            # sources compare as groups do: "Compare Trustpilot and Google Play ratings" (a tester's abstained)
            choice = _choice_named(question, groups)  # read before the question's churn words are taken out
            # a plan spelt several ways is compared once, by its name ("Compare Family and Carely Plus users" over
            # "Family", "family" and "family (monthly)": a telehealth tester's compared nothing)
            spelt = plan_names(conn)
            by_plan = list(dict.fromkeys((k, spelt.get(v.lower(), v) if k == "plan" else v) for k, v in groups))
            compared = _groups_compared(question, by_plan + [("source", v) for v in self._sources(conn)])
            compared = compared or _group_only(question, by_plan) or _versions_compared(conn, question)
            question, compared_values = compared if compared else (question, ())
            # "And for Enterprise customers?" after "What are the top 3 requests?" narrows those requests to the plan,
            # not the customers route's revenue ranking (a tester lost the "requests" and the "top 3")
            narrows = follow_up and previous is not None and route_question(previous).kind != "customers"
            asked_q, asked_f = question, filters
            filters, question = self._scope_named(conn, question, filters, groups, customers=not narrows)
            if (kept := _groups_out_of_scope(conn, asked_f, filters, groups)) is not None:
                filters, question = self._scope_named(conn, asked_q, asked_f, kept, customers=not narrows)
            scoping = kept if kept is not None else groups
            # the subject before, without the scope it named: "And on iOS?" after "What do Android users complain
            # about?" is that top list on iOS (an e-bike tester's abstained, a lookup for the words "on iOS")
            earlier = self._scope_named(conn, previous, Filters(), groups)[1] if follow_up and previous else previous
            route = route_question(question, earlier)
            if not narrows and (scoped := self._scope_named(conn, asked_q, asked_f, scoping, customers=False))[0] \
                    != filters:
                # a group named as customers ("Enterprise customers") is left to the customers route; asked of
                # anything else, it is a scope: "What is the NPS of Enterprise customers?", "Are Enterprise customers
                # happy?", "Why do Business plan customers cancel?" are the plan's score, feeling and cancellation
                # reasons, not the customer file's accounts (an analytics tester's NPS was everyone's, +1 of 420
                # answers, for the plan's -11 of 76; "Why do customers on the Business plan cancel?" gave every plan's
                # reasons)
                if (out := _groups_out_of_scope(conn, asked_f, replace(scoped[0], says=None), scoping)) is not None:
                    scoped = self._scope_named(conn, asked_q, asked_f, out, customers=False)  # (a group no item of
                    # the scope carries stays a word of the subject: "DLT registration for India" over tickets; the
                    # cancellations of a plan are its rows whatever their comments say)
                rated = route_question(scoped[1], earlier)
                if scoped[0] != filters and (route.kind != "customers" or rated.kind in ("nps", "rating") or (
                        rated.kind == "top" and not rated.topic and (rated.focus == "praise" or _SAID_ASKED.search(
                            asked_q))) or (
                        scoped[0].says == "leaving" and re.match(r"\s*why\b", asked_q, re.IGNORECASE))):
                    (filters, question), route = scoped, rated
            if filters.says == "leaving" and route.kind == "impact" and not asked_f.says:
                from assistant.chat.release_facts import CANCELLATIONS

                if CANCELLATIONS.match((first := route_question(asked_q, earlier)).topic.strip()):
                    # "Did cancellations rise after the price increase?": the cancellation export's rows, not the
                    # items that say they may leave (``release_facts._cancellations``)
                    filters, route = replace(filters, says=None), replace(route, topic=first.topic)
            if route.kind == "lookup" and not route.topic and not follow_up and (
                    filters.sources != asked_f.sources or filters.where != asked_f.where):
                # "What do the customer call notes say?": nothing but its scope, so what that scope says most (a
                # neobank tester's was answered with the notes file's intro line, then abstained)
                route = Route("top", reason="asks what the feedback in scope says", focus=focus_of(question))
            if route.kind in ("lookup", "count") and (surveyed := _satisfaction_of(route, question,
                                                                                  self._sources(conn), filters)):
                # "What is our CSAT for consultations?" over a "Post-consultation survey": that survey's ratings (a
                # telehealth tester's answer searched 'CSAT consultations')
                filters, route = replace(filters, sources=surveyed), Route("rating", reason="asks a survey's CSAT")
            route = _accounts_asked(conn, question, route, asked_q)
            if route.instead is not None:  # "Which phones have sync problems?": split where the feedback has phones
                split = aggregate.group_column(conn, route.breakdown)
                route = route.instead if isinstance(split, str) else replace(
                    route, compared=aggregate.few_values(conn, split, _ONLY_ZEROS_MAX))  # "band 3 0" said
            if route.breakdown and compared_values:
                route.compared = compared_values
            unknown = _unknown_plan(conn, question, filters, groups)
            if unknown and not unknown[1]:
                return Context(route, [], scope=filters.describe(), no_evidence=unknown[0], filters=filters,
                               spelling=spelling if spelling.fixes else None)
            # (a scale question's name is its column's: "the average Value for Money rating", where no item says
            # 'Value')
            scale = self._scale_question(conn, asked) if route.kind in _SCALE_KINDS else None
            absent = None if unknown or scale else _absent_name(conn, question, route, groups)
            if absent:  # "the Korean course" where no item says Korean: nothing here is about it
                return Context(route, [], scope=filters.describe(), no_evidence=absent, filters=filters,
                               spelling=spelling if spelling.fixes else None)
            filters, text = _narrowed_by_question(conn, question, route, filters)
            text = without_purpose(text)
            if follow_up:
                filters = _inherited_scope(filters, history[-1].get("filters"), question,
                                           period=route.kind != "change")  # a trend sets its own windows
            where, params = filters.sql(conn)
            in_scope = conn.execute(f"SELECT count(*) FROM feedback f WHERE {where}", params).fetchone()[0]
        query = f"{previous} {text}" if previous and is_follow_up(question) else text
        if _ORDERS_ASKED.search(asked):  # "Are there feedback items that try to give instructions to an AI?"
            return self._with_orders(route, filters)
        if _DUPLICATES_ASKED.search(asked):  # "How many duplicate entries are there?"
            return self._with_duplicates(route, filters)
        ctx = self._context(route, question, query, filters, in_scope, opts)
        if follow_up and previous and not choice and not route.topic and route.kind in ("lookup", "top"):
            # "And on the Business plan?" after "Why do customers cancel?": that plan's reasons (an analytics tester's
            # abstained over the items of that plan saying they may leave: none)
            choice = (_choice_named(previous, groups) or _reasons_asked(previous, filters, groups)
                      or self._leaving_reasons(previous, groups))
        if _RETENTION_ASKED.search(asked) and (retention := self._with_retention(ctx, filters)) is not None:
            ctx = retention  # "How many cancellations were saved by an offer?" over a cancel-flow export
        elif _COMPETITORS_ASKED.search(asked) and choice:
            # "Which competitors are cancelling subscribers moving to?": the names in the cancellation export that
            # asks the closed question, not its reasons (a wearable tester's got the reasons)
            ctx = self._with_competitors(ctx, replace(filters, sources=filters.sources or self._holding(choice)),
                                         by_money=bool(_MONEY_ASKED.search(asked)))
        elif (choice := choice or _reasons_asked(asked, filters, groups) or self._leaving_reasons(asked, groups)) \
                and route.kind in ("lookup", "top"):
            ctx = self._with_choice(ctx, choice, filters, lost=_money_lost(asked))
        elif choice and route.kind == "customers" and _MONEY_ASKED.search(asked):
            # "How much MRR did we lose to cancellations, by reason?" over a cancellation export with an MRR column:
            # what those who chose each reason paid, not the customer file's accounts
            ctx = self._with_choice(ctx, choice, filters, money_only=True, lost=_money_lost(asked))
        elif _COMPETITORS_ASKED.search(asked):
            ctx = self._with_competitors(ctx, filters, by_money=bool(_MONEY_ASKED.search(asked)))
        elif scale:
            # "How fair do couriers find the pay?" over a form's "How fair is the pay?" (1-5)
            ctx = self._with_scale(ctx, scale, filters)
        ctx.filters = filters
        ctx.spelling = spelling if spelling.fixes else None
        if filters.where and ctx.route.kind not in ("nps", "rating") and (
                ctx.no_evidence or ctx.facts is not None and ctx.facts.matched):
            with self.db.connect() as conn:
                if coverage := aggregate.scope_coverage(conn, filters):  # "plan=Family" over items that mostly
                    if ctx.no_evidence:  # carry no plan: said beside the numbers, or beside finding none
                        ctx.no_evidence += "\n" + "\n".join(coverage)
                    else:
                        ctx.facts.lines += coverage
        if unknown and ctx.no_evidence and not ctx.items:  # "Pro users" over items that mention only an iPhone Pro
            ctx.no_evidence = f"{unknown[0]}\n\n{ctx.no_evidence}"
        if m := _ACTUAL_LOSS.search(asked):  # said beside the numbers, or beside finding none
            caveat = _LOSS_CAVEAT["money" if m.group("money") else "rate" if m.group("rate") else "people"]
            if (not m.group("money") and not m.group("rate") and filters.sources
                    and all(_of_kind(s, "cancel") for s in filters.sources)):
                # a cancellation export records who left: "who says they may leave, not who left" was said of it (a
                # shift-scheduling tester's "How many customers churned after the price rise?")
                caveat = _CANCELLED_SAID
            if ctx.facts is not None and ctx.facts.money_key and m.group("money"):
                ctx.facts.lines.append(f"'{ctx.facts.money_key}' is the export's own column, summed as it gives it "
                                       f"for the answers counted (no currency conversion).")
            elif ctx.facts is not None and ctx.facts.matched:
                ctx.facts.lines.append(caveat)
            elif ctx.no_evidence:
                ctx.no_evidence += "\n" + caveat
        return ctx

    def _with_choice(self, ctx: Context, key: str, filters: Filters, money_only: bool = False,
                     lost: bool = False) -> Context:
        """``ctx`` with the options chosen for the closed question ``key`` first: "Why do customers cancel?" over a
        cancellation survey's "What's the main reason you're cancelling?" (a tester's answer ranked the themes of the
        items that say they may leave, price fifth with 9 items, where 42 respondents chose "It's too expensive";
        "What are the main reasons people give in the cancellation survey?" abstained). Counted over the question's
        scope without its churn words (every respondent of such a survey is leaving, whatever the comment says).
        ``money_only``: the options answer alone, when they carry what each respondent pays (else ``ctx``).
        ``lost``: the money lost is asked, so a cancel flow's sessions that kept the customer are left out."""
        from assistant.chat.retention_facts import retention_keys

        with self.db.connect() as conn:
            stayed = (keys[0] if (keys := retention_keys(conn)) else None) if lost else None
            choice = aggregate.choice_facts(conn, replace(filters, says=None), key, by_money=money_only,
                                            stayed=stayed)
        if not choice.matched or (money_only and not choice.money_key):
            return ctx
        if money_only:
            examples = get_items(self.db, choice.example_ids)
            items = [examples[i] for i in choice.example_ids if i in examples]
            return replace(ctx, items=items, facts=choice, no_evidence=None, relevance={})
        return self._facts_first(ctx, choice)

    def _facts_first(self, ctx: Context, first: Facts) -> Context:
        """``ctx`` with the numbers ``first`` before its own (or instead of them, when it has none) and their
        examples first among its items."""
        examples = get_items(self.db, first.example_ids)
        items = [examples[i] for i in first.example_ids if i in examples]
        if ctx.facts is not None and ctx.facts.matched:
            facts = ctx.facts
            facts.lines[:0] = first.lines
            facts.numbers[:0] = first.numbers
            facts.example_ids[:0] = first.example_ids
        else:
            facts = first
        kept = _dedupe([*items, *ctx.items])
        return replace(ctx, items=kept[:max(len(ctx.items), len(items) + 3)], facts=facts, no_evidence=None)

    def _leaving_reasons(self, question: str, groups: list[tuple[str, str]]) -> str | None:
        """The closed question named for a reason ("reason_code", "Reason") that only cancellation exports hold, when
        ``question`` asks why people leave, or what their leaving cost: a food-delivery tester's "Why do customers
        cancel Forkful+?" shared no word with its billing export's "reason_code" and quoted 5 tickets, over 220 reasons
        chosen."""
        from assistant.chat.competitor_facts import names_competitors
        from retrieval.columns import names_a_reason

        if not _LEAVING.search(question) or not (_REASONS.search(question) or _MONEY_ASKED.search(question)):
            return None
        for key in _closed_questions(groups):
            if not names_competitors(key) and names_a_reason(key):
                held = self._holding(key)
                if held and all(_of_kind(s, "cancel") for s in held):
                    return key
        return None

    def _scale_question(self, conn, question: str) -> str | None:
        """The survey's scale question ``question`` asks about (``scale_facts.scale_question``); the scale questions
        are read again only when answers were added (finding them reads every stored answer's metadata)."""
        from assistant.chat.scale_facts import scale_keys, scale_question

        stamp = items_stamp(conn) + conn.execute("SELECT max(id) FROM scores").fetchone()
        if stamp != self._scales_at:
            self._scales_at, self._scale_keys = stamp, scale_keys(conn)
        return scale_question(question, self._scale_keys)

    def _with_scale(self, ctx: Context, key: str, filters: Filters) -> Context:
        """``ctx`` with the answers to the survey's scale question ``key`` first (``scale_facts``)."""
        from assistant.chat.scale_facts import scale_facts

        with self.db.connect() as conn:
            scale = scale_facts(conn, replace(filters, says=None), key)
            if not scale.matched and filters.where:  # "couriers" of a help desk's requester type, over the couriers'
                # own form, which has no such column: its answers are the couriers'
                scale = scale_facts(conn, replace(filters, says=None, where={}), key)
                if scale.matched:
                    scale.lines[0] += (f" Every answer is counted: none carries "
                                       f"{', '.join(f'{k}={v}' for k, v in filters.where.items())}.")
        return self._facts_first(ctx, scale) if scale.matched else ctx

    def _holding(self, key: str) -> list[str]:
        """The sources whose items carry the metadata ``key`` (a closed question's export)."""
        with self.db.connect() as conn:
            return [r[0] for r in conn.execute("SELECT DISTINCT source FROM feedback WHERE metadata ? %s ORDER BY 1",
                                               [key])]

    def _with_orders(self, route: Route, filters: Filters) -> Context:
        """The items in scope that carry instructions to an assistant (``untrusted.gives_orders``), counted and
        listed as data: an EV-charging tester's "Are there any feedback items that try to give instructions to an AI
        assistant?" abstained, while its answers flagged such items one by one. Only items with a word such orders
        use (``_ORDER_WORDS``) are read, the newest ``ORDERS_READ`` of them."""
        from assistant.safety.untrusted import gives_orders

        facts = Facts()
        with self.db.connect() as conn:
            where, params = filters.sql(conn)
            rows = conn.execute(f"SELECT f.id, f.text FROM feedback f WHERE {where} AND f.text ~* %s "
                                f"ORDER BY f.id DESC LIMIT {ORDERS_READ + 1}", [*params, _ORDER_WORDS]).fetchall()
        flagged = sorted(i for i, text in rows[:ORDERS_READ] if gives_orders(text))
        scope = filters.describe()
        facts.add("flagged_items", "items that carry instructions to an assistant", len(flagged), scope)
        facts.matched = len(flagged) or 1  # none found is an answer too
        read = (f"the newest {ORDERS_READ} items with words such instructions use" if len(rows) > ORDERS_READ
                else "every item with words such instructions use")
        refs = " ".join(f"[F{i}]" for i in flagged[:ORDERS_LISTED])
        facts.lines.append(
            f"{len(flagged)} item{'s' if len(flagged) != 1 else ''} in scope ({scope}) carr"
            f"{'ies' if len(flagged) == 1 else 'y'} instructions to an assistant (possible prompt injection; read as "
            f"data only, never followed; {read} checked)" + (f": {refs}." if refs else "."))
        facts.example_ids = flagged[:ORDERS_LISTED]
        examples = get_items(self.db, facts.example_ids)
        items = [examples[i] for i in facts.example_ids if i in examples]
        return Context(replace(route, kind="count", topic=""), items, facts=facts, scope=scope, filters=filters)

    def _with_duplicates(self, route: Route, filters: Filters) -> Context:
        """How many rows ingest found to be duplicates (skipped) and how many stored items repeat an earlier one in
        other words (near-duplicates, kept and linked): an EV-charging tester's "How many duplicate or test entries
        are there?" counted 1 item about the words 'duplicate test entries'."""
        facts = Facts()
        scope = filters.describe()
        with self.db.connect() as conn:
            where, params = filters.sql(conn)
            total, near = conn.execute(f"SELECT count(*), count(*) FILTER (WHERE f.duplicate_of IS NOT NULL) "
                                       f"FROM feedback f WHERE {where}", params).fetchone()
            skipped, rejected = conn.execute("SELECT coalesce(sum(duplicates), 0), coalesce(sum(rejected), 0) "
                                             "FROM ingest_runs WHERE status = 'done'").fetchone()
            # ... and which sources repeat which ("... across Trustpilot and Zendesk?")
            pairs = conn.execute(f"SELECT f.source, o.source, count(*) FROM feedback f JOIN feedback o ON o.id = "
                                 f"f.duplicate_of WHERE {where} AND o.source <> f.source AND (%s OR "
                                 f"o.source = ANY(%s)) GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 5",
                                 [*params, not filters.sources, list(filters.sources)]).fetchall()
        facts.add("near_duplicates", "stored items that repeat an earlier item (near-duplicates, linked)", near, scope)
        facts.add("duplicates_skipped", "rows skipped at ingest as exact duplicates of stored items", int(skipped))
        facts.add("rows_rejected", "rows rejected at ingest (empty, unreadable or invalid)", int(rejected))
        facts.matched = total
        facts.lines.append(f"{int(skipped)} rows were skipped at ingest as exact duplicates of items already stored "
                           f"(every export loaded), and {int(rejected)} rows were rejected (empty or invalid; "
                           f"`pma ingest` names them and writes them to a rejects file).")
        facts.lines.append(f"{near} of the {total} stored items in scope ({scope}) repeat an earlier item in other "
                           f"words or from another export (near-duplicates: kept, linked to the first, and counted "
                           f"once where the numbers say 'distinct').")
        for source, first, n in pairs:
            facts.add(f"near_duplicates_of:{source}:{first}", f"items of {source} that repeat an item of {first}", n,
                      scope)
        if pairs:
            facts.lines.append("Across sources (most first): " + "; ".join(
                f"{n} item(s) of {source} repeat an earlier item of {first}" for source, first, n in pairs) + ".")
        facts.lines.append("Test or internal entries are not told apart by code: search for them in their own words "
                           "('test', 'asdf').")
        return Context(replace(route, kind="count", topic=""), [], facts=facts, scope=scope, filters=filters)

    def _with_retention(self, ctx: Context, filters: Filters) -> Context | None:
        """``ctx`` answered with the cancel flow's saved sessions and offers (``retention_facts``), when a
        cancel-flow export is stored; else None. A streaming tester's "How many cancellations were saved by an
        offer?" searched for 'saved offer' and found nothing beside Churnkey's saved and offer_shown columns."""
        from assistant.chat.retention_facts import retention_facts, retention_keys

        with self.db.connect() as conn:
            keys = retention_keys(conn)
            found = retention_facts(conn, replace(filters, says=None), keys) if keys else None
        if found is None or not found.matched:
            return None
        return replace(ctx, route=replace(ctx.route, kind="count", topic=""), items=[], facts=found, no_evidence=None,
                       relevance={})

    def _with_competitors(self, ctx: Context, filters: Filters, by_money: bool = False) -> Context:
        """``ctx`` answered with the competitors the feedback names (``competitor_facts``), when it names any:
        "Which competitors come up most?" was searched for the word 'competitors' (two testers: "No feedback
        items")."""
        with self.db.connect() as conn:
            products = self._product_names(conn)
            column = competitor_column(conn, filters)
            # a plan called 'Business' is no rival; the rivals a cancellation survey lists are (a neobank tester's
            # Revolut and N26, values of "Which bank are you moving to?", were left out of the text's names)
            known = [*products, *(v for k, v in self._groups(conn) if k != column),
                     *(v for _, v in self._company_values)]
            rivals = [v for k, v in self._groups(conn) if k == column] if column else []
            found = competitor_facts(conn, filters, known, products=products, rivals=rivals)
            if column:  # where they went, as the export's own column says
                named = aggregate.choice_facts(conn, replace(filters, says=None), column, by_money=by_money,
                                               left_out=names_no_rival, left_out_as="answers that name no competitor")
                if named.matched:
                    what = "considered" if "consider" in column.lower() else "left for"
                    named.lines[0] = (f"Competitors customers {what}, from the export's column '{column}': "
                                      + named.lines[0])
                    named.numbers += found.numbers
                    named.lines += found.lines  # and those the text names beside switching words
                    named.example_ids += [i for i in found.example_ids if i not in named.example_ids]
                    found = named
        if not found.matched:
            return ctx if ctx.items else replace(ctx, no_evidence=(
                "No competitor is named in this feedback: no name is mentioned beside switching or comparing words "
                f"('switching to', 'cheaper', 'better than') in {_COMPETITOR_MIN_ITEMS} items or more."))
        examples = get_items(self.db, found.example_ids)
        items = [examples[i] for i in found.example_ids if i in examples]
        return replace(ctx, items=items, facts=found, no_evidence=None, relevance={})

    def _scope_named(self, conn, question: str, filters: Filters, groups, *,
                     customers: bool = True) -> tuple[Filters, str]:
        """``filters`` cut to the group, source kind, version, metadata value and language ``question`` names, and
        the question without those words (``customers=False``: also a group named as customers, "Enterprise
        customers", which is otherwise left to the customers route)."""
        sources = self._sources(conn)
        # a hardware model named with a number inside ("AC-22 wallbox") is compared and split by, not a scope: the
        # reviews that name it have no model column ("What problems do AC-22 wallbox users report?" reads them all)
        groups = [g for g in groups if _MODEL_VALUE.fullmatch(g[1]) or not _MODEL_NAME.fullmatch(g[1])]
        question = _product_named(question, groups, self._product_names(conn))
        # a source by its own name before a group's value ("How many Amazon reviews mention assembly?" is the amazon
        # source, not the survey's Purchase channel=Amazon: an e-bike tester's count found nothing under both)
        filters, question = _source_named(question, filters, sources,
                                          lambda word, named: _said_elsewhere(conn, word, named),
                                          products=self._product_names(conn))
        # a model with its number ("Band 3") scopes a question with no subject of its own ("What do Band 2 owners
        # complain about?"); with one, it stays words of the search: "How do Band 3 owners feel about battery
        # life?" is also every review that says "Band 3", where only a survey has a model column
        models = [g for g in groups if _MODEL_VALUE.fullmatch(g[1])]
        # an account of the imported customer file, by its users or the company its items name, before a group's
        # value inside its name ("What does Casa Lola Ltd complain about?" is no Restaurant name=Casa Lola and 'Ltd')
        filters, question = _company_named(question, filters, self._customer_accounts(conn))
        filters, question = _tag_named(conn, question, filters)
        filters, question = _status_named(conn, question, filters)
        filters, question = _version_named(conn, question, filters)  # before a group's value: "on SDK version 5.2.0"
        named, rest = _group_named(conn, question, filters, [g for g in groups if g not in models], customers=customers)
        if named == filters and models:
            by_model, without = _group_named(conn, question, filters, models, customers=customers)
            if by_model != filters and not route_question(without).topic:
                named, rest = by_model, without
        if named != filters:  # and a second group ("What do parents in Texas complain about?": User type=parent and
            # state=TX; an edtech tester's kept the first it read)
            named, rest = _group_named(conn, rest, named, [g for g in groups if g not in models], customers=customers)
        filters, question = named, rest
        filters, question = _source_kind_named(question, filters, sources,
                                               lambda: self._interview_sources(conn),
                                               lambda word, named: _said_elsewhere(conn, word, named),
                                               lambda phrase: _phrase_said(conn, phrase))
        filters, question = _partners_named(question, filters, sources)
        filters, question = _version_named(conn, question, filters)
        chose, (filters, question) = filters, _option_named(question, filters, groups)
        chose = filters.where != chose.where  # an option of a closed question was named
        filters, question = _value_named(conn, question, filters)
        filters, question = _company_named(question, filters, self._company_values)
        filters, question = _leaving_named(question, filters)
        filters, question = _satisfaction_named(conn, question, filters)
        if filters.says == "leaving" and (chose or filters.sources and all(
                _of_kind(s, "cancel") for s in filters.sources)):
            # "How many cancellations were because of missing features?": who chose a cancellation reason is leaving,
            # whatever the comment says (a project-tool tester's count of 8 found the 1 of them whose text says so,
            # then none: the reason's words were searched instead); so is every row of a cancellation export
            filters = replace(filters, says=None)
        return _language_named(conn, question, filters)

    def _scope_only(self, conn, question: str, groups) -> bool:
        """Does ``question`` only change the scope ("What about in September?", "And on Android?", "Same for 1-star
        reviews?"): no words of its own once its period, ratings, named groups, sources and values are taken out?"""
        _, text = self._scope_named(conn, without_period(ratings_in(question)[1]), Filters(), groups)
        return not [w for w in topic_words(text).split() if w.lower() not in ONLY_WORDS]

    def _context(self, route: Route, question: str, query: str, filters: Filters, in_scope: int,
                 opts: AskOptions) -> Context:
        k = opts.k or self.settings.retrieval.k
        scope = filters.describe()
        if not in_scope:
            return Context(route, [], scope=scope, no_evidence=prompt.NO_EVIDENCE.format(
                scope=f" (no feedback matches the filters: {scope})"))
        sides = topic_alternatives(question, route.topic) if route.topic and not route.aggregate else []
        if len(sides) >= 2:
            return self._either(route, question, sides, filters, opts, k)
        hits = self.searcher.search(query, k=max(k, opts.match_items), filters=filters)
        with self.db.connect() as conn:
            judged = relevance.judge(conn, query, hits, self.searcher.embedder, filters)
        on_topic = _dedupe([h for h in hits if judged[h.id].on_topic])
        if route.aggregate:
            facts = self._facts(route, question, filters)
            if not facts.matched:
                return Context(route, [], facts=facts, scope=scope, no_evidence="\n".join(facts.lines))
            examples = get_items(self.db, facts.example_ids)
            items = [examples[i] for i in facts.example_ids if i in examples]
            items += [h for h in on_topic if route.topic and h.id not in examples]
            # Items the numbers lines cite (one per theme) stay in the context whatever the size limit: an answer
            # may only cite what the context holds.
            cited = len(set(cited_ids("\n".join(facts.lines))))
            return Context(route, _dedupe(items)[: max(opts.context_items, cited)], facts=facts, scope=scope)
        if not on_topic:
            return self._nothing_close(route, question, filters, len(hits))
        about = None
        if route.topic and len(on_topic) < len(hits):
            # "19 items match" read as the total where 128 items are about late deliveries (a tester's lookups
            # understated 3-16 times): the closest results are read, the items about the topic are counted
            vector = self.searcher.embedder.encode([route.topic])[0]
            with self.db.connect() as conn:
                about = aggregate.topic_total(conn, filters, route.topic, vector)
                if about >= FEW_MATCHING * 2 and len(on_topic) < FEW_MATCHING and feels(question):
                    more = self._about_topic(conn, route.topic, vector, query, filters, opts.match_items)
                    added = [h for h in more if h.id not in {x.id for x in on_topic}]
                    if added:
                        judged.update(relevance.judge(conn, query, added, self.searcher.embedder, filters))
                        on_topic = _dedupe(on_topic + added)
        return Context(route, on_topic[: opts.context_items], scope=scope, matching=on_topic, checked=len(hits),
                       relevance=judged, about=about)

    def _nothing_close(self, route: Route, question: str, filters: Filters, checked: int) -> Context:
        """The abstention when none of the ``checked`` search results is about the question, with why an English
        model may have found nothing in another language."""
        scope = filters.describe()
        where_txt = f" within {scope}" if scope != "all feedback" else ""
        return Context(route, [], scope=scope, checked=checked, no_evidence=prompt.NO_EVIDENCE.format(
            scope=where_txt) + (self._language_hint(question) or self._scope_languages(filters)))

    def _either(self, route: Route, question: str, sides: list[str], filters: Filters, opts: AskOptions,
                k: int) -> Context:
        """The items about any of the subjects of "A or B" (``topic_alternatives``), each searched and judged on its
        own and taken in turn: a food-delivery tester's "Are there complaints about couriers or payments?" found one
        item, the search having read both words as one subject, over hundreds about either."""
        from itertools import zip_longest

        scope = filters.describe()
        hits, judged, found = [], {}, []
        for side in sides:
            side_hits = self.searcher.search(side, k=max(k, opts.match_items), filters=filters)
            with self.db.connect() as conn:
                side_judged = relevance.judge(conn, side, side_hits, self.searcher.embedder, filters)
            for item_id, verdict in side_judged.items():  # on the subject of either side is on it
                if item_id not in judged or verdict.on_topic:
                    judged[item_id] = verdict
            hits += side_hits
            found.append(_dedupe([h for h in side_hits if side_judged[h.id].on_topic]))
        on_topic = _dedupe([h for group in zip_longest(*found) for h in group if h is not None])
        if not on_topic:
            return self._nothing_close(route, question, filters, len(hits))
        return Context(route, on_topic[: opts.context_items], scope=scope, matching=on_topic, checked=len(hits),
                       relevance=judged)

    def _about_topic(self, conn, topic: str, vector, query: str, filters: Filters, limit: int) -> list[SearchHit]:
        """The items about ``topic`` by the count's rule, closest to ``query`` first: what a question answers from
        when few search results pass the relevance rule over many items about its subject ("Why are customers
        unhappy with verification?": 1 of a neobank tester's 154 items about verification did, and the answer
        quoted that one)."""
        where, params = filters.sql(conn)
        cond, cparams = aggregate.topic_condition(conn, topic, vector)
        asked = self.searcher.embedder.encode([query])[0]
        ids = [r[0] for r in conn.execute(
            f"SELECT f.id FROM feedback f WHERE {where} AND {cond} AND f.duplicate_of IS NULL "
            f"ORDER BY f.embedding <=> %s LIMIT %s", [*params, *cparams, asked, limit])]
        found = get_items(self.db, ids)
        return [found[i] for i in ids if i in found]

    def _scope_languages(self, filters: Filters) -> str:
        """Why an English question may find nothing in a scope written mostly in another language: "What do Dutch
        customers say about the energy tariff integration?" abstained over 28 Dutch complaints (a thermostat
        tester's), where the English-only embedding model cannot tell them close. "" with a multilingual model, or
        when fewer than ``OTHER_LANGUAGE_MIN`` items or ``SCOPE_OTHER_LANGUAGE_SHARE`` of the scope are not in
        English."""
        from retrieval.languages import NAMES

        with self.db.connect() as conn:
            rows = aggregate.languages_in(conn, *filters.sql(conn))
        if rows is None:
            return ""
        other = [(lang, n) for lang, n in rows if lang != "en"]
        n_other = sum(n for _, n in other)
        if n_other < aggregate.OTHER_LANGUAGE_MIN or n_other < SCOPE_OTHER_LANGUAGE_SHARE * sum(n for _, n in rows):
            return ""
        named = ", ".join(f"{NAMES.get(lang, lang)} {n}" for lang, n in other[:3])
        return (f" {n_other} of the {sum(n for _, n in rows)} items in scope are not in English ({named}), and the "
                "embedding model reads English only: search them with their own words, or set a multilingual "
                "PMA_EMBEDDING_MODEL and run `pma reindex`.")

    def _language_hint(self, question: str) -> str:
        """Why a question in another language may find nothing: the bundled embedding model reads English only (a
        tester's "Was sagen Nutzer über den Akkuverbrauch?" abstained over ~40 battery reviews, with no word why)."""
        from retrieval.columns import detect_language
        from retrieval.embed import BUNDLED_EMBEDDER_ID
        from retrieval.settings import BUNDLED

        language = detect_language(question)
        if language in ("en", "und") or self.settings.retrieval.embedding_model not in (BUNDLED, BUNDLED_EMBEDDER_ID):
            return ""
        name = LANGUAGE_NAMES.get(language, f"'{language}'")
        return (f" The question is in {name}, and the embedding model (all-MiniLM-L6-v2) reads English only: ask in "
                "English, or set PMA_EMBEDDING_MODEL to a multilingual model (such as "
                "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2) and run `pma reindex`.")

    def _facts(self, route: Route, question: str, filters: Filters) -> Facts:
        vector = self.searcher.embedder.encode([route.topic])[0] if route.topic else None
        if vector is None and route.kind == "top" and route.focus in ("issues", "requests", "praise"):
            # "What do people complain about?" with no themes yet: quote the items closest to what a complaint (a
            # request, praise) sounds like, not the most recent ones.
            mean = self.searcher.embedder.encode(sounds_like(route.focus)).mean(axis=0)
            vector = mean / max(float(np.linalg.norm(mean)), 1e-9)
        themes = self._themes_view()
        with self.db.connect() as conn:
            if route.kind == "count":
                sides = topic_alternatives(question, route.topic) if not route.breakdown else []
                alternatives = list(zip(sides, self.searcher.embedder.encode(sides))) if sides else []
                return aggregate.count_facts(conn, filters, route.topic, vector, route.focus, route.breakdown,
                                             route.breakdown_order, themes, route.compared, alternatives)
            if route.kind == "top":
                return aggregate.top_facts(conn, filters, route.topic, vector, themes, route.focus, route.limit or 5,
                                           by_votes=route.by_votes,
                                           fading_days=self.settings.themes.period_days if route.priority else None)
            if route.kind == "impact":
                from assistant.chat.release_facts import impact_facts

                return impact_facts(conn, filters, route, vector)
            if route.kind == "nps":
                from assistant.chat.nps_facts import nps_facts

                split = None
                if route.release:
                    from assistant.chat.release_facts import _release

                    split = _release(conn, filters, route.release)[0]
                periods = None
                if names_two_months(question) and (last := aggregate.data_range(conn, filters)[1]):
                    # "How did NPS change between June and November?": each month's NPS
                    period = parse_period(question, last)
                    periods = (period.previous(), period) if period is not None else None
                return nps_facts(conn, filters, route.breakdown, split=split, periods=periods)
            if route.kind == "rating":
                from assistant.chat.rating_facts import rating_facts

                return rating_facts(conn, filters, route.breakdown, sentiment=route.focus == "sentiment")
            if route.kind == "customers":
                from assistant.chat.customer_facts import customer_facts

                return customer_facts(conn, filters, route, question, vector, themes,
                                      embed=lambda text: self.searcher.embedder.encode([text])[0])
            first, last = aggregate.data_range(conn, filters)
            period = self._period(conn, question, route, first, last)
            return aggregate.change_facts(conn, filters, route.topic, vector, period, themes, focus=focus_of(question),
                                          onset=route.onset, days=route.peak_days)

    def _period(self, conn, question: str, route: Route, first, last) -> Period:
        if route.since_version and (start := _version_start(conn, route.since_version)):
            return Period(start, last + timedelta(seconds=1), f"since version {route.since_version}")
        period = parse_period(question, last, first)
        if period is None:  # "what changed?" with no window: the last 30 days of data
            period = Period(last + timedelta(seconds=1) - timedelta(days=30), last + timedelta(seconds=1),
                            "the last 30 days", implied=True)
        return period

    def _customer_accounts(self, conn) -> list[tuple[str, str]]:
        """``(CUSTOMER_ACCOUNT, account)`` of the imported customer file's accounts that wrote feedback (a telehealth
        tester's "What does Lagan Foods complain about?" said no item mentions Lagan, over the 15 items of its
        users), read again only when items were added or removed or a customer file imported (the join reads every
        item: no index on the author)."""
        stamp = items_stamp(conn) + conn.execute("SELECT count(*), max(imported_at) FROM customers").fetchone()
        if stamp != self._accounts_at:
            self._accounts_at = stamp
            self._account_values = [(CUSTOMER_ACCOUNT, a) for (a,) in conn.execute(
                f"SELECT DISTINCT c.account FROM customers c JOIN feedback f ON {JOINS_CUSTOMER} "
                "WHERE c.account IS NOT NULL AND length(c.account) BETWEEN 4 AND 80 LIMIT 5000")] if stamp[2] else []
        return self._account_values

    def _groups(self, conn) -> list[tuple[str, str]]:
        """``(key, value)`` a question may name a group of users by: the plan column's values and those of metadata
        keys with few values (platform, country), found on the newest ``_GROUP_SAMPLE`` items and read again only
        when items were added or removed (neither has an index)."""
        newest = items_stamp(conn)
        if self._groups_at != newest or newest[0] is None:
            self._groups_at = newest
            rows = conn.execute(
                f"SELECT 'plan', segment FROM (SELECT segment FROM feedback WHERE segment IS NOT NULL ORDER BY id DESC "
                f"LIMIT {_GROUP_SAMPLE}) f GROUP BY 2 UNION ALL "
                # and the customer file's plans and segments, which an item without a plan is scoped by
                # (``Filters.sql``: "Gold brokers" of a CRM's tier)
                f"SELECT 'plan', p FROM (SELECT plan AS p FROM customers UNION SELECT segment FROM customers) c "
                f"WHERE p IS NOT NULL AND length(p) BETWEEN 2 AND 30 GROUP BY 2 UNION ALL "
                # and the closed questions' answers that left no comment (a cancellation export's "Other", chosen
                # only without one, was no third option: an EV-charging tester's "Why do customers cancel?")
                f"SELECT e.key, e.value FROM ((SELECT metadata FROM feedback ORDER BY id DESC LIMIT {_GROUP_SAMPLE}) "
                f"UNION ALL (SELECT metadata FROM scores ORDER BY id DESC LIMIT {_GROUP_SAMPLE})) f, "
                # an option written in two languages is one option ("Gebühren für Fremdwährungen / FX fees": a neobank
                # tester's cancellation reasons were no closed question, and "Why do people cancel?" abstained)
                f"jsonb_each_text(f.metadata) e WHERE (length(e.value) BETWEEN 2 AND 30 OR length(e.value) <= 90 "
                f"AND e.value ~ '^[^0-9<>@/]+ / [^0-9<>@/]+$') AND (e.value !~ '[0-9<>@]|/(?! )' "
                # a model named by a word and its number ("Band 2", "Pixel 7": a wearable tester's "Compare Band 2
                # and Band 3 owners" compared nothing)
                f"OR e.key ~* '(model|product|device|hardware|variant|edition|generation)' "
                f"AND (e.value ~ '^{_MODEL_VALUE.pattern}$' OR e.value ~ '^{_MODEL_NAME.pattern}$')) "
                f"GROUP BY 1, 2").fetchall()
            rows = _options_alone(rows)
            counts = Counter(key for key, _ in rows)
            self._group_values = [(k, v) for k, v in rows
                                 if k == "plan" or (counts[k] <= (_STATE_VALUES if names_a_state(k) else _GROUP_VALUES)
                                                    and v.lower() not in _NOT_GROUPS
                                                    # a column of labels is no group of users: Zendesk's "Tags"
                                                    # ("installer no_show") took a thermostat tester's "How many
                                                    # installer no-shows in Germany?" to the tickets so tagged
                                                    and not LABELS_COLUMN.search(k)
                                                    # nor is a category: a subject ("What do freelancers want from
                                                    # invoicing?" read a neobank tester's feature board's posts in
                                                    # Category=Invoicing alone, and abstained)
                                                    and not _CATEGORY_KEY.search(k)
                                                    # nor the export's own sentiment label: Sprout Social's
                                                    # "Sentiment" took a streaming tester's "Which source has the
                                                    # most negative feedback?" to its 169 posts labelled Negative
                                                    and not _SENTIMENT_KEY.search(k)
                                                    and v.lower() not in _SENTIMENT_VALUES)]
            # a plan written in two cases is one group ("Free" and "free": a neobank tester's "What do Free users
            # complain about compared to Pro users?" found four plans named and compared none); the filter on a plan
            # reads every spelling
            plans = sorted((v for k, v in self._group_values if k == "plan"), key=lambda v: (v.lower(), v == v.lower()))
            kept = {v.lower(): v for v in reversed(plans)}
            self._group_values = [(k, v) for k, v in self._group_values if k != "plan" or kept[v.lower()] == v]
            # a plan spelt several ways is also named by its plan's name ("Plus" for "Voltora Plus" and "Plus
            # (monthly)": ``retrieval.plans``), which the filter on it reads as every spelling, and a plan sold by
            # several billing periods by its name alone ("Premium" for "Premium monthly" and "Premium annual")
            stored = {v.lower() for k, v in self._group_values if k == "plan"}
            named = set(plan_names(conn).values()) | set(plan_families(conn))
            self._group_values += [("plan", n) for n in sorted(named) if n.lower() not in stored]
            self._company_values = _company_values(conn)
        return self._group_values

    def _interview_sources(self, conn) -> list[str]:
        """Sources whose items came from interview notes, by the files they were loaded from: Markdown notes
        (``retrieval.notes``), a file whose name says interview, or a text transcript in a folder that does (a
        tester's data/interviews/p1_hannah.md is the source 'p1_hannah', so "What did the interviews say?" named no
        source and answered from tickets)."""
        from pathlib import PurePath

        from retrieval.ingest import default_source, stamped_source

        out = set()
        for file, source in conn.execute("SELECT DISTINCT file, source FROM ingest_runs WHERE status = 'done'"):
            path = PurePath(file)
            suffix = path.suffix.lower()
            if suffix in (".md", ".markdown") or "interview" in path.name.lower() or (
                    suffix in (".txt", ".vtt", ".srt") and ("interview" in path.parent.name.lower()
                                                            or _CALL_FILE.search(path.stem))):  # transcripts in their
                # folder, or named as a call ("call_kessler_2026-11-12.txt": an EV-charging tester's)
                # the name this version gives the file, and the one an earlier version gave it (still stored)
                out.update([source] if source else filter(None, (default_source(path), stamped_source(path))))
        return sorted(out)

    def _sources(self, conn) -> list[str]:
        """The stored sources (``feedback.source`` values), read again only when items were added or removed."""
        newest = items_stamp(conn)
        if getattr(self, "_sources_at", None) != newest or newest[0] is None:
            self._sources_at = newest
            self._source_names = [r[0] for r in conn.execute(
                "WITH RECURSIVE s AS (SELECT min(source) AS v FROM feedback UNION ALL "
                "SELECT (SELECT min(source) FROM feedback WHERE source > s.v) FROM s WHERE s.v IS NOT NULL) "
                "SELECT v FROM s WHERE v IS NOT NULL LIMIT 200")]
        return self._source_names

    def _product_names(self, conn) -> list[str]:
        """The product's own name as the exports' file names carry it ("g2_reviews_ledgerly", "Ledgerly_NPS_Q3Q4_2026",
        "appstore_reviews_lingora_ios"): a word of a source's name that is no ordinary English word nor an export's
        own vocabulary, and that the items of ``PRODUCT_SOURCES`` sources or more mention (all of them, when there
        are fewer). Read again only when items were added or removed."""
        sources = self._sources(conn)
        if getattr(self, "_products_at", None) == self._sources_at:
            return self._products
        from retrieval.first_names import is_english_word

        words = {w for source in sources for w in re.split(r"[^a-z]+", source.lower())
                 if len(w) >= 4 and w not in _EXPORT_WORDS and not is_english_word(w)}
        need = min(PRODUCT_SOURCES, len(sources))
        self._products = [w for w in sorted(words) if need >= 2 and conn.execute(
            "SELECT count(DISTINCT source) FROM feedback WHERE lexical @@ plainto_tsquery('english', %s)",
            (w,)).fetchone()[0] >= need]
        # ... and as a review site's questions name it: G2's "What do you like best about Taskloom?" stands before
        # each answer (a project-tool tester's "What do people love about Taskloom?" quoted 1 item of 96 about the
        # word, where 65 praise the product)
        asked = conn.execute(f"SELECT substring(text from '{_REVIEW_PROMPT}'), count(*) FROM feedback WHERE text ~ "
                             f"'{_REVIEW_PROMPT}' GROUP BY 1 ORDER BY 2 DESC LIMIT 1").fetchone()
        if asked and asked[0] and asked[0].strip().lower() not in self._products:
            self._products.append(asked[0].strip())
        self._products_at = self._sources_at
        return self._products

    def _themes_view(self):
        if self._themes is None:
            from assistant.themes.view import ThemesView

            self._themes = ThemesView.load(self.db)
        return self._themes or None


# A review site's own questions before each answer (``retrieval.columns.text_part_names``), naming the product.
_REVIEW_PROMPT = (r"^What (?:do you like best|do you dislike|problems is) (?:about )?"
                  r"([A-Z][^?\s]*(?: [A-Z][^?\s]*){0,2})(?: solving)?\?")


# "Plus users", "Team plan customers", "the Free tier", "iOS users": a value of the plan column or of a metadata key
# with few values, named before who its users are.
_CATEGORY_KEY = re.compile(r"(?:^|[\s_.-])(?:sub)?categor(?:y|ies)$", re.IGNORECASE)
_SENTIMENT_KEY = re.compile(r"sentiment|polarity|(?:^|[\s_.-])tone$", re.IGNORECASE)
_SENTIMENT_VALUES = frozenset({"positive", "negative", "neutral", "mixed"})
# Fewer search results than this on topic, over twice as many items about the question's subject: the answer reads
# the items about the subject closest to the question instead (``ContextBuilder._about_topic``), when the question
# says how people feel about it ("unhappy", "frustrated"): its search then weighs the feeling, which the items about
# the subject rarely write. Not for other questions: over bench/answer_trust.py's questions, 7 answers changed, all
# without such a word ("What do users say about the setting?"), and 5 of the 6 items they gained were not relevant.
FEW_MATCHING = 5
_GROUP_SAMPLE = 5000  # newest items the groups are found on
_SCALE_KINDS = ("lookup", "top", "count", "rating", "change")  # questions a survey's scale question may answer
_GROUP_VALUES = 12  # a metadata key with more values (a comment, a city) names no group of users
_STATE_VALUES = 70  # ... but a state or province column names one by each (``retrieval.states``)
# Ticket states and flags: "new users" are not the tickets whose status is "new".
_NOT_GROUPS = frozenset("""new open closed solved resolved pending hold true false yes no none other all any active
inactive unknown null finished started anonymous""".split())
# Customers and users in French, German, Dutch, Spanish and Italian
_AUDIENCE_ABROAD = (r"clients?|clientes?|utilisateurs?|utilisatrices?|kunden|nutzer(?:innen)?|klanten|gebruikers|"
                    r"usuarios|clienti|utenti")
_GROUP_AUDIENCE = (r"(?:(?:plan|tier)\s+)?(?:users?|customers?|accounts?|members?|subscribers?|clients?|players?|"
                   r"reviewers?|respondents?|compan(?:y|ies)|organi[sz]ations?|orgs?|owners?|riders?|buyers?|"
                   r"shoppers?|drivers?|guests?|patients?|students?|travell?ers?|merchants?|sellers?|hosts?|"
                   r"tenants?|parents?|diners?|teachers?|admins?|administrators?|educators?|instructors?|"
                   r"learners?|employees?|staff|agents?|developers?|clinicians?|schools?|districts?|clinics?|"
                   r"practices?|businesses?|firms?|restaurants?|hotels?|shops?|policyholders?|"
                   rf"{partner_words()})|plans?|tiers?")
# ("Cargo owners": the bike model, an e-bike tester's; "Teacher Pro teachers": the plan's users, not a role of their
# own, and "Quebec schools" the state's customers, an edtech tester's)


# What a plan has rather than who is on it: "complaints about the Business plan price increase" are about the price of
# that plan, from anyone (a tester's count kept the 35 of Business customers, 43% of those 110 complaints).
_PLAN_THING = (r"(?<=plan|tier)\s+(?:price|prices|pricing|cost|costs|fee|fees|rates?|increase|hike|change|changes|"
               r"renewal|upgrade|downgrade|limits?|features?|billing|discount)\b")


# A ticket type that is a kind of feedback: "What are the top feature requests?" asks for every request, not for the
# help desk's Type=Feature Request (an e-bike tester's 7 tickets for 68 requests).
_KIND_VALUE = re.compile(r"(?:feature\s+|product\s+|bug\s+)?(?:requests?|bugs?|issues?|problems?|questions?|"
                         r"complaints?|incidents?|praise|ideas?|suggestions?|feedback|compliments?|enhancements?)",
                         re.IGNORECASE)


def _value_pattern(value: str, plural: bool = False) -> str | None:
    """A regex for a group's value as people write it: "Small-Business" is also "small business" and "small
    businesses", "Mid-Market" "mid market" (a G2 export's company sizes; the value itself always matches). With
    ``plural``, only a value of several words said in the plural ("small businesses": a group by itself), None for
    a value that has no such form."""
    words = [w for w in re.split(r"[\s_-]+", value) if w]
    if value.isalpha() and value.isupper() and len(value) <= 4:  # a code ("CAN", "DEU", "EU"): as written, never
        return None if plural else f"(?-i:{re.escape(value)})"  # the word "can" (a tester's "How can customers ...")
    if len(words) < 2 or not re.search(r"[^\W\d_]$", value):
        return None if plural else re.escape(value)
    return r"[\s_-]+".join(map(re.escape, words)) + (r"e?s" if plural else r"(?:e?s)?")


def _without(question: str, m: re.Match, said: str = "") -> str:
    """``question`` with the words ``m`` matched replaced by ``said`` ("" drops them), spaces tidied."""
    return _tidy(f"{question[:m.start()]} {said} {question[m.end():]}")


def _tidy(question: str) -> str:
    """``question`` with single spaces and none before its end mark."""
    return re.sub(r"\s+([?.!])", r"\1", " ".join(question.split()))


# A role named so is everyone: "What do customers say about grocery delivery?" is no Requester type=customer (a
# food-delivery tester's help desk marks its customers, couriers and restaurants)
_ANYONE = frozenset({"customer", "user", "client", "consumer", "person", "people", "member"})
# A column that says what kind of user wrote the item: Intercom's "User type", a "Role", a "Persona"
_ROLE_KEY = re.compile(r"(?:^|[\s_.])(?:(?:user|customer|contact|member|account|reviewer|respondent|requester|"
                       r"submitter|participant)[\s_]*(?:type|role|kind)|roles?|personas?|user[\s_]*groups?)"
                       r"(?:\s*\[[^\]]*\])?$", re.IGNORECASE)  # Zendesk's "Requester type [list]"


def _group_named(conn, question: str, filters: Filters, groups: list[tuple[str, str]], *,
                 customers: bool = True) -> tuple[Filters, str]:
    """``filters`` cut to the group of users the question names ("What do Plus users complain about?" -> plan=Plus,
    "iOS users", "on iOS", "from iOS", "for iOS", "iOS reviews" -> platform=ios (not "on Android 15", a version); asked as "What
    do users complain about?"), when ``groups`` (``(key, value)`` of the
    plan column and of metadata keys with few values) hold it and no filter on that key is set; else both unchanged.
    A question about accounts or revenue stays the customers route's when a customer file is imported and holds the
    group it names (its plan, segment or region): "Enterprise customers" are then the file's; "Family plan customers"
    where the file has no such plan are the feedback's plan (a telehealth tester's "What is the NPS for Family plan
    customers?" gave the NPS of everyone once it had imported its Corporate accounts)."""
    from assistant.safety.support import STOP_WORDS
    from retrieval.customers import has_customers

    filed = customers and names_customers(question) and has_customers(conn)
    set_keys = _filtered_keys(filters)
    # a survey's closed question holds answers, not groups of users: "How many price complaints did we get in
    # October?" was cut to the 8 who chose "Price" as what almost stopped them buying (an e-bike tester's; 43 such)
    answers = set(_closed_questions(groups)) - {COUNTRY_KEY}
    # the plan first, then the country every export's column is stored under (``retrieval.countries``) before the
    # columns it was read from ("Germany" is also a value of a survey's "Which country do you live in?")
    # ... and a value as written before another value's other name: "Northern Ireland", a Region of the NPS and
    # cancellation exports, is not the United Kingdom of the reviews' Country (a telehealth tester's question about
    # Northern Ireland got the whole UK's complaints, and its Northern Ireland-only delivery problem was not among them)
    # (the longer value first: "Northern Ireland customers" are not the Irish)
    ordered = sorted(groups, key=lambda g: (g[0] != "plan", g[0] != COUNTRY_KEY, -len(g[1])))
    longest = sorted(groups, key=lambda g: (g[0] != "plan", -len(g[1]), g[0] != COUNTRY_KEY))
    for literal, (key, value) in [(True, g) for g in longest] + [(False, g) for g in ordered]:
        if COLUMN_KEYS.get(key.lower(), key.lower()) in set_keys or key in answers and not names_a_country(key) \
                or _KIND_VALUE.fullmatch(value.strip()) or value.lower() in STOP_WORDS and not value.isupper():
            # (a language code that is an English word is no group: "Which platform is worst for it?" was cut to
            # Google Play's Reviewer Language=it, an insurance tester's follow-up)
            continue
        place = key == COUNTRY_KEY or names_a_state(key) or names_a_place(key) or names_a_city(key)
        names = "|".join([_value_pattern(value), *map(re.escape, sorted(
            _PLATFORM_WORDS.get(value.lower(), ()) if _field_name(key) == "platform" else (), key=len, reverse=True)),
            *(map(_value_pattern, other_names(value)) if key == COUNTRY_KEY and not literal else ()),  # "in the UK"
            *(map(_value_pattern, state_names(value)) if names_a_state(key) else ())])  # "CA": "in California"
        if not literal and names == _value_pattern(value):
            continue  # read as written in the first pass
        people = "|".join([names, *map(_value_pattern, demonyms(value) if key == COUNTRY_KEY else  # "Brazilian"
                                       place_demonyms(value) if place else ())])  # "Scottish" for Region=Scotland
        # ("web portal users", "iOS app users": the platform's; an insurance tester's searched for 'web portal')
        m = re.search(rf"(?<![\w-])(?:(?:the|our|a)\s+)?(?:{people})\s+(?:(?:app|portal|site|website)\s+)?"
                      rf"(?:{_GROUP_AUDIENCE})\b(?!{_PLAN_THING})", question, re.IGNORECASE)
        said = "users"
        if not m and key == COUNTRY_KEY and (foreign := foreign_demonyms(value)):  # "nos clients français",
            # "deutsche Kunden" (a question asked in another language)
            people_abroad = "|".join(map(re.escape, foreign))
            m = re.search(rf"\b(?:{_AUDIENCE_ABROAD})\s+(?:{people_abroad})\b|\b(?:{people_abroad})\s+"
                          rf"(?:{_AUDIENCE_ABROAD})\b", question, re.IGNORECASE)
        if not m and key == "plan" and (m := re.search(
                rf"(?<![\w-])(?:(?:the|our)\s+)?(?:{names})\s+(?P<did>cancell?ations?|churn|renewals?|downgrades?|"
                rf"upgrades?|refunds?|subscriptions?|memberships?)\b", question, re.IGNORECASE)):
            # "How many Forkful+ cancellations were there?": the plan's cancellations (a food-delivery tester's
            # counted 1 item about 'Forkful' among them); "How many Plus subscriptions were cancelled in September?"
            # (a travel tester's counted 12 items about 'Plus')
            said = m.group("did")
        # "What do small businesses complain about?"; and a role's one word in the plural ("What do admins say?",
        # "parents" of Intercom's "User type": an edtech tester's answers were about everyone)
        if not m and (plural := _value_pattern(value, plural=True) or (
                _ROLE_KEY.search(key) and value.isalpha() and len(value) > 2 and value.lower() not in _ANYONE
                and rf"{re.escape(value)}e?s")):
            # ("Teacher Pro teachers" are the plan's users, read first: the role word is no second group)
            # (not what the feedback is about: "complaints about couriers" are no couriers' complaints)
            m = re.search(rf"(?<![\w-])(?<!\busers\s)(?<!\babout\s)(?<!\bregarding\s)(?<!\bmention\s)"
                          rf"(?<!\bmentions\s)(?<!\bmentioning\s)(?:(?:the|our)\s+)?{plural}(?![\w-])", question,
                          re.IGNORECASE)
        if not m and key != "plan":  # "complaints on Android", "feedback from iOS", "same for iOS?", "Android reviews"
            # "late deliveries in Germany"; not "webhook delays in the EU region", where the region is where the
            # problem is (a developer-platform tester's count of 75 over every source would be 27 tickets)
            # ... and asked in French, Spanish, German or Dutch ("des clients en France", "aus Deutschland"), or
            # Portuguese and Italian ("no Brasil", "em Portugal", "do México", "in der Schweiz", "nel Regno Unito": a
            # streaming tester's question in Portuguese ranked every country's complaints)
            # ... and "specific to Ireland" (a neobank tester's abstained: a search for 'specific Ireland')
            where = (r"on|from|for|in|en|au|aux|dans|aus|uit|no|na|nos|nas|em|do|da|dos|das|de|del|in\s+der|im|nel|"
                     r"nella|(?:specific|unique|particular|peculiar|limited|exclusive)\s+to"
                     if key == COUNTRY_KEY or names_a_state(key) else "on|from|for")
            # (a city after the people in it: "customers in Valencia"; "the tracking problem in Valencia" is where
            # the problem is, and most feedback carries no city: a food-delivery tester's "Did 7.8 fix the live
            # tracking problem in Valencia?" would read its 1,323 items with a city, not the reviews that say so)
            if place and key != COUNTRY_KEY and not names_a_state(key):
                # a region column's value after the people in it ("What do customers in Northern Ireland
                # complain about?": a telehealth tester's); "webhook retries in the APAC region" stays where the
                # problem is
                where += rf"|(?P<who>{_GROUP_AUDIENCE}|{_AUDIENCE_ABROAD})\s+(?:in|en|aus|uit|dans)"  # "clientes en"
            # "from the APAC region": the word "region" goes with its value (a developer-platform tester's count
            # was of items about the word 'region')
            m = re.search(rf"(?<![\w-])(?:(?:{where})\s+(?:the\s+)?(?:{names})(?:\s+regions?)?(?![\w-])(?!\s+\d)|"
                          rf"(?:{names})\s+(?P<what>reviews?|feedback|tickets?|complaints?|responses?|comments?)"
                          rf"\b)", question, re.IGNORECASE)
            said = (m.group("what") or (m.group("who") if "who" in m.groupdict() else None) or "") if m else said
            if m and m.group("what") and _topic_too(conn, key, value):
                continue  # "therapy feedback" is what everyone says about therapy, not the survey's Service=Therapy
        if not m and key != "plan" and not place and (word := _key_name(key).strip()) \
                and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)?", word):
            # the value before its own column's name: "in the Payroll Support mailbox", "from the Billing queue"
            # (an HR tester's count of payroll tickets "in the Payroll Support mailbox" read every mailbox: 1 item);
            # not a place's ("webhook retries in the APAC region" is where the problem is)
            m = re.search(rf"(?<![\w-])(?:(?:in|from|on|for|to|via|through)\s+)?(?:the\s+)?(?:{names})\s+"
                          rf"{re.escape(word)}(?:e?s)?(?![\w-])", question, re.IGNORECASE)
            said = ""
        if not m and (alone := re.match(rf"\s*(?:and|what about|how about|same)\s+(?:(?:for|on|from|in|with)\s+)?"
                                        rf"(?:the\s+)?({names})\s*[?.!]*\s*$", question, re.IGNORECASE)):
            # a follow-up that names only the group ("What about Enterprise?" after a count: a project-tool tester's
            # lost the plan and searched for the word)
            return _scoped(conn, filters, key, value, groups), \
                _tidy(f"{question[:alone.start(1)]} {question[alone.end(1):]}")
        if m and filed and (_in_customer_file(conn, value) or _ROLE_KEY.search(key)):
            # ("Which restaurant accounts are most affected?": accounts of that kind, not the tickets whose requester
            # type is restaurant; a food-delivery tester's found none of its 36 accounts' items)
            return filters, question
        if m:
            return _scoped(conn, filters, key, value, groups), _without(question, m, said)
    return filters, question


def _scoped(conn, filters: Filters, key: str, value: str, groups: list[tuple[str, str]]) -> Filters:
    """``filters`` cut to the group ``key`` = ``value`` (every key holding that field, ``_same_field``); a plan by its
    plan's name ("Teacher Pro" for "teacher_pro": the filter reads every spelling, and an edtech tester's answers
    said "plan=teacher_pro")."""
    named = plan_names(conn).get(value.lower(), value) if key == "plan" and conn is not None else value
    keys = _same_field(key, value, groups)
    if _field_name(key) == "role" and conn is not None:
        keys = "|".join([keys, *_naming_role(conn, value)])
    return replace(filters, where={**filters.where, keys: named})


def _naming_role(conn, value: str) -> list[str]:
    """The names that hold a role ``value`` for items with no role column (``retrieval.filters.NAMES``): ``source~``
    when a source's name says it ("Courier feedback form (Responses)", "courier_focus_groups"), an app column's key
    when one of its apps is named for it ("App Name": 'Forkful Courier'). A food-delivery tester's "How many couriers
    complain about the pay cut?" read only the tickets and notes with a requester or participant type: 23 of 113."""
    from retrieval.columns import PRODUCT_COLUMN
    from retrieval.filters import NAMES, names_sql

    if not value.isalpha() or len(value) < 3 or value.lower() in _ANYONE:
        return []
    keys = [k for k in _recent_keys(conn) if PRODUCT_COLUMN.match(k.strip())]
    out = []
    for key in ["source", *sorted(keys)]:
        cond, params = names_sql([key + NAMES], value)
        if conn.execute(f"SELECT EXISTS (SELECT 1 FROM feedback f WHERE {cond})", params).fetchone()[0]:
            out.append(key + NAMES)
    return out


def _in_customer_file(conn, value: str) -> bool:
    """Does the imported customer file hold ``value`` as a plan, segment or region?"""
    return conn.execute("SELECT EXISTS (SELECT 1 FROM customers WHERE lower(%s) IN (lower(plan), lower(segment), "
                        "lower(region)))", [value]).fetchone()[0]


def _topic_too(conn, key: str, value: str) -> bool:
    """Is a one-word group ``value`` of a metadata ``key`` (not the plan, country, platform or version) also what
    items without it talk about (``TOPIC_MIN_ITEMS`` and ``TOPIC_SHARE`` of them)? Then "<value> feedback" asks about
    the subject: "When did therapy feedback start?" was cut to a telehealth tester's NPS answers with Service=Therapy
    (one source of seven), and the question left was about 'start'."""
    from retrieval import bm25

    if conn is None or key in ("plan", COUNTRY_KEY) or len(value.split()) != 1 \
            or _field_name(key) in ("platform", "version") or names_a_state(key) or names_a_place(key) \
            or names_a_city(key):
        return False
    found = bm25.query_words(conn, value)
    if len(found.dfs) != 1:
        return False
    holding = conn.execute("SELECT count(*) FROM feedback f WHERE lower(f.metadata ->> %s) = lower(%s)",
                           [key, value]).fetchone()[0]
    return found.dfs[0] - holding >= max(TOPIC_MIN_ITEMS, TOPIC_SHARE * (found.docs - holding))


def _options_alone(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(key, value)`` rows without the answers that tick several options of a question each of whose options is
    also an answer alone ("Prices and fees,Customer support" of Qualtrics' "select all that apply"): its options are
    its groups (a travel tester's 'What could we improve? - Selected Choice' had too many combinations to be one,
    and "What could we improve according to the survey?" counted the 'Other' free text instead)."""
    by_key: dict[str, dict[str, int]] = {}
    for key, value in rows:
        by_key.setdefault(key, {})[value] = 1
    multi = {key for key, values in by_key.items() if aggregate.takes_several(values)}
    return [(k, v) for k, v in rows if k not in multi or not re.search(r"[,;|]", v)]


def _groups_out_of_scope(conn, asked: Filters, named: Filters, groups: list[tuple[str, str]]
                         ) -> list[tuple[str, str]] | None:
    """The groups to read the question with again when a value it names is carried by no item of the rest of its
    scope ("How many tickets mention DLT registration for India?": the country is a review site's column, no ticket
    has one; a developer-platform tester got "no feedback matches the filters: source tickets, country=India" over
    38 tickets that say India): the groups without that key, so the value is a word of the subject; else None (the
    scope is not empty, or is empty without the group too)."""
    added = [key for key in named.where if key not in asked.where]
    if not added:
        return None
    where, params = named.sql(conn)
    if conn.execute(f"SELECT EXISTS (SELECT 1 FROM feedback f WHERE {where})", params).fetchone()[0]:
        return None
    rest = replace(named, where={k: v for k, v in named.where.items() if k not in added})
    where, params = rest.sql(conn)
    if not conn.execute(f"SELECT EXISTS (SELECT 1 FROM feedback f WHERE {where})", params).fetchone()[0]:
        return None
    keys = {part for key in added for part in key.split("|")}
    return [(key, value) for key, value in groups if key not in keys]


SCOPE_OTHER_LANGUAGE_SHARE = 0.1  # share of a scope in other languages before an abstention says so


# What people call a platform value an export holds: "Mac users" for Platform=macOS (a tester's question found the
# 7 items with the word "mac", not the export's 87 macOS tickets).
_PLATFORM_WORDS = {"macos": ("mac", "macs", "macbook", "macbooks", "mac os", "os x"),
                   "ios": ("iphone", "iphones", "ipad", "ipads"), "ipados": ("ipad", "ipads"),
                   "windows": ("pc", "pcs", "windows pc"), "web": ("browser", "web app"),
                   "android": ("android phone", "android phones")}


def _same_field(key: str, value: str, groups: list[tuple[str, str]]) -> str:
    """``key`` and the other metadata keys in ``groups`` that hold ``value`` for the same field, joined by "|" (any of
    them matches: ``Filters.sql``): "And on Android?" over app reviews with a platform column and Intercom
    conversations with a custom attribute counted the conversations alone (a tester: 5 of 17)."""
    if key == "plan":
        return key
    field_ = _field_name(key)
    same = {k for k, v in groups if k != "plan" and v.lower() == value.lower() and _field_name(k) == field_}
    return "|".join(sorted(same | {key}))


# a help desk's device field ("cf_device", "Device Type": Roku, iOS, Android) holds what a store's platform does: "Roku
# users" are both (a streaming tester's read the tickets' field alone and left out 135 Roku Channel Store reviews)
_DEVICE_KEY = re.compile(r"(?:^|[\s_])device(?:[\s_](?:type|platform|family|os))?$", re.IGNORECASE)


def _key_name(key: str) -> str:
    """A metadata key's own name: its last dotted part, without a help desk's kind of field (Zendesk's "City [list]"
    is "City")."""
    return re.sub(r"\s*\[[^\]]*\]$", "", key.rsplit(".", 1)[-1])


def _field_name(key: str) -> str:
    """What a metadata key is about: its last dotted part ("custom_attributes.platform" -> "platform", "City [list]"
    -> "city"), every word for a platform being "platform", every name of a company column "company" (Zendesk's
    "Organization", a board's "Company") and of a town's column "city" ("Which city do you deliver in?")."""
    from retrieval.columns import names_an_organization
    from retrieval.rows import PLATFORM_KEYS

    # without a help desk's kind of field: Zendesk's "City [list]" is the survey's "city"
    last = _key_name(key).lower()
    # Zendesk's "organization.name" is the company as a transcript's "Company" is (a shift-scheduling tester's "What
    # does Harbor Grill complain about?" read the call and left out the company's tickets)
    return ("platform" if last in PLATFORM_KEYS or _DEVICE_KEY.search(last) else
            "company" if names_an_organization(last) or names_an_organization(key) else
            "state" if names_a_state(last) else "city" if names_a_city(key) else
            "role" if _ROLE_KEY.search(key) else last)  # Intercom's "User type", G2's "Reviewer Role"


# "from the interviews", "in support tickets", "survey answers": a kind of source named in the question, when some
# stored sources are of that kind by name ("interview-p4", "support_ticket", "survey_nps") and others are not.
_SOURCE_KINDS = {"nps": r"nps\s+(?:surveys?|answers?|responses?|comments?)",  # before "survey": a rental tester's "in
                 # our NPS survey" was narrowed to its host survey, not 'Tidestay Guest NPS 2026'
                 "interview": r"(?:(?:customer|user|host|guest|client|partner|discovery|exit|churn|stakeholder|seller|"
                              r"buyer|merchant|driver|rider|patient|teacher|student)s?\s+)?interviews?",
                 # "in the focus groups" (a food-delivery tester's courier_focus_groups notes were searched for it)
                 "focus": r"focus[\s_-]*groups?(?:\s+(?:notes|sessions?))?",
                 "ticket": r"(?:support\s+)?tickets?",
                 "survey": r"surveys?|survey\s+(?:answers?|responses?)|nps\s+(?:answers?|responses?|comments?)",
                 # "the customer call notes" (a neobank tester's searched for 'notes' inside them and abstained)
                 "call": r"(?:sales\s+|support\s+|customer\s+|cs\s+)?calls?(?:\s+(?:notes|transcripts?|recordings?|logs?))?",
                 "chat": r"(?:live\s+|support\s+)?chats?",
                 "conversation": r"(?:support\s+|customer\s+|intercom\s+)?conversations?",
                 # a developer-platform tester's "How many GitHub issues mention async?" searched for "GitHub async"
                 # over its 'relaywire-python-issues' sources; "How many forum posts ..." for "forum posts"
                 "github": r"git(?:hub|lab)(?:\s+issues?)?",
                 "forum": r"(?:community\s+)?forums?(?:\s+(?:posts?|threads?|topics?))?|discourse(?:\s+posts?)?",
                 # "How many votes does the bulk edit request have on the feature board?" (a marketplace tester's
                 # searched for 'bulk edit board' over every source)
                 "board": r"(?:feature|ideas?|roadmap|feedback|voting)\s+(?:boards?|portals?)|"
                          r"(?:canny|productboard|uservoice)(?:\s+(?:boards?|posts?|ideas?))?",
                 # research notes by their method: "the diary study", "the usability tests" (a streaming tester's
                 # 'diary_study_2026' was not read as a source, and a show called "Night Shift Diaries" was quoted)
                 "diary": r"diary\s+stud(?:y|ies)|diary\s+(?:entries|notes)",
                 "usability": r"(?:tv\s+|app\s+|mobile\s+|web\s+)?usability\s+(?:tests?|testing|sessions?|"
                              r"stud(?:y|ies))|user\s+test(?:s|ing)?",
                 # a streaming tester's "What are people saying on social media?" looked for the words in the texts
                 # beside its 400 Sprout Social posts
                 "social": r"social(?:\s+media|\s+networks?)?(?:\s+(?:posts?|mentions?|comments?|listening))?|tweets",
                 # a wearable tester's "How many subscriptions were cancelled in September?" counted 13 items about
                 # 'subscriptions cancelled' over every source, beside a cancellation export of 17 that month
                 "cancel": r"cancell?ations?|cancell?ed\s+(?:subscriptions?|accounts?|memberships?|plans?)|"
                           r"(?:subscriptions?|accounts?|memberships?|plans?)\s+(?:were\s+|was\s+|got\s+|(?:have|has)\s+"
                           r"been\s+)?cancell?ed|churned\s+(?:subscriptions?|subscribers?|customers?|accounts?|users?|people|members?|clients?)|"
                           # a shift-scheduling tester's "How many customers cancelled in total?" counted 3 items
                           # about 'cancelled' beside a cancellation export of 40
                           r"(?:customers?|users?|people|accounts?|subscribers?|members?|companies)\s+(?:have\s+|has\s+|"
                           r"who\s+)?(?:cancell?ed|churned)(?!\s+(?:their|an?|the|my|our)\s+(?!subscriptions?|plans?|"
                           r"accounts?|memberships?)\w)|"
                           # "How many customers left because of the Pro price increase?" (a neobank tester's counted
                           # 22 items of every source close to 'left because Pro price')
                           r"(?:customers?|users?|people|accounts?|subscribers?|members?|clients?)\s+(?:who\s+|have\s+)?"
                           r"left(?:\s+us)?(?=\s+(?:because|due\s+to|over|after|for)\b|\s*[?.!]*\s*$)|"
                           # "Which plan has the most churn?" (a streaming tester's counted 43 items saying they may
                           # leave, beside a cancel-flow export of 270 sessions)
                           # ... but not "threatening to churn", "at risk of churn": who may leave (an HR tester's
                           # question was cut to a call note named 'churn-risk', where nothing was close enough)
                           r"(?<=\s)(?<!to\s)(?<!of\s)(?:churn|cancell?ations)(?=\s*(?:by\s+\w+\s*)?[?.!]*\s*$)"}
# Source names of each kind besides the kind itself: help desks' tickets and conversations are one kind to a PM (a
# tester's "How many support conversations mention refunds?" searched for "support conversations refunds" over an
# 'intercom_conversations' source)
_SOURCE_NAMES = {"ticket": ("zendesk", "freshdesk", "helpdesk", "help_desk", "intercom", "conversation", "support",
                            "jira", "service_desk", "servicedesk",  # Jira Service Management's requests
                            # Salesforce Service Cloud's cases (an EV-charging tester's "How many tickets mention the
                            # 80% charging stop?" left out its 22 'salesforce_cases')
                            "cases", "salesforce", "service_cloud", "gorgias", "kustomer", "helpscout", "help_scout"),
                 "chat": ("intercom", "conversation", "messenger", "livechat"),
                 "conversation": ("intercom", "chat", "ticket", "zendesk", "freshdesk", "helpdesk", "support"),
                 "github": ("gitlab", "issues"), "forum": ("discourse", "community", "posts"),
                 "board": ("canny", "productboard", "uservoice", "feature_requests", "feature_board", "ideas_portal",
                           "roadmap"),
                 "diary": ("diaries", "dscout"), "usability": ("usability", "user_test", "ux_test", "playtest"),
                 # call recorders' exports (an analytics tester's "What did Enterprise customers say in sales calls?"
                 # over its 'gong' source counted 0 accounts writing about 'sales calls')
                 "call": ("gong", "chorus", "zoom", "fathom", "fireflies", "otter", "meeting"),
                 "social": ("sprout", "brandwatch", "hootsuite", "talkwalker", "meltwater", "twitter", "tweets",
                            "reddit", "instagram", "facebook", "tiktok", "listening", "mentions"),
                 # in other languages too: a neobank tester's 'kontoschliessung_umfrage' (account closure survey)
                 "cancel": ("churn", "exit_survey", "offboarding", "closure", "kuendigung", "kündigung", "schliessung",
                            "schließung", "resiliation", "résiliation", "cancelacion", "cancelación", "opzegging")}


# A transcript's file named as a call or meeting with a customer
_CALL_FILE = re.compile(r"(?:^|[\W_])(?:calls?|transcripts?|zoom|meeting|gong|discovery)(?:$|[\W_\d])", re.IGNORECASE)


# "Are there any feedback items that try to give instructions to an AI assistant?", "Which items contain prompt
# injection?": the items that do, listed as data (``ContextBuilder._with_orders``)
_ORDERS_ASKED = re.compile(r"\bprompt[- ]injections?\b|\bjailbreak\w*\b|\binjection\s+attempts?\b|"
                           r"\binstructions?\s+(?:to|for|at|aimed\s+at)\s+(?:an?\s+|the\s+|our\s+)?(?:ai|a\.i\.|"
                           r"assistants?|bots?|chatbots?|models?|llms?|gpt|chatgpt)\b", re.IGNORECASE)
# "How many duplicate entries are there?", "Are there duplicates?": what ingest found (``_with_duplicates``), not
# items about the word
_DUPLICATES_ASKED = re.compile(r"^\s*(?:how\s+many|are\s+there|do\s+we\s+have|any)\s+(?:any\s+)?duplicat(?:e|es|ed)"
                               r"(?:\s+(?:or\s+\w+\s+)?(?:entries|items|rows|records|reviews|tickets|feedback|"
                               r"responses|complaints|reports|posts))?(?:\s+(?:are\s+there|do\s+we\s+have|(?:are\s+)?"
                               r"in\s+(?:the|our)\s+(?:data|feedback|store|exports?)|"
                               # "... across Trustpilot and Zendesk?" (an insurance tester's abstained)
                               r"(?:across|between|in|from)\s+[^?]{2,80}))?\s*[?.!]*\s*$", re.IGNORECASE)
# Words such instructions use (a PostgreSQL regular expression): the items read for them
_ORDER_WORDS = (r"ignor|disregard|instruction|assistant|\mai\M|chatgpt|\mgpt|\mllm|prompt|system|summar|"
                r"\myou (are|must|will|should)\M|override|\msay (that|the)\M|respond|reply with|pretend|forget|"
                # ... and in the other languages ``untrusted`` reads (a telehealth tester's two Spanish "Olvida las
                # instrucciones anteriores ..." tickets were not among those read)
                r"instruc|instruç|istruz|anweisung|consigne|olvid|vergiss|oubli|negeer|vergeet|zignoruj|zapomnij|"
                r"responde|rispondi|antworte|réponds|répondez|игнор|забуд|ответ|指示|命令|無視|忽略|无视|忘记")
ORDERS_READ = 5000  # items with such words read for instructions, newest first
ORDERS_LISTED = 10  # of them cited


def _of_kind(source: str, kind: str) -> bool:
    """Is ``source`` named as a source of ``kind`` (``_SOURCE_KINDS``): by the kind or a name of it (``_SOURCE_NAMES``)?"""
    return any(n in source.lower() for n in (kind, *_SOURCE_NAMES.get(kind, ())))


# "How many reviews mention multi-currency?", "What do G2 reviews say about pricing?": the sources named as reviews
# ('g2_reviews') when others are stored too (a tester's count was over every source and read as reviews); only as
# what is counted or asked about, so "the worst reviews" and "1-star reviews" stay ratings.
_REVIEWS_ASKED = re.compile(r"^(?P<lead>\s*(?:how\s+many|what\s+do(?:\s+the)?|what\s+did(?:\s+the)?))\s+"
                            r"(?:(?:g2|online|capterra|our)\s+)?(?P<app>(?:app|play|app\s+store|play\s+store)\s+)?"
                            r"reviews\b", re.IGNORECASE)
_STORE_RATING = re.compile(r"\b(?:app\s+stores?|(?<!play\s)stores?|app)\s+(?:star\s+)?ratings?\b")  # lower case
# (Appfigures names the stores "apple" and "google_play": a rental tester's "How many reviews mention Booking.com?"
# left out its 105 App Store reviews)
_APP_STORE_NAMES = ("app store", "app_store", "appstore", "play", "itunes", "apple", "ios_reviews", "android_reviews",
                    # a TV's and other makers' stores (a streaming tester's "average app store rating" left out its
                    # 135 Roku Channel Store reviews)
                    "channel store", "channel_store", "roku", "galaxy store", "appgallery",
                    "microsoft store")
# "What about in the app reviews?", "from the G2 reviews": reviews named as where the feedback came from (a tester's
# follow-up after two counts over tickets kept the tickets and their plan: 20 tickets, no review)
_REVIEWS_FROM = re.compile(r"\b(?:from|in|among)\s+(?:the\s+|our\s+)?(?:(?:app|play|store|g2|online|capterra|"
                           r"customer|user)\s+){0,2}reviews\b", re.IGNORECASE)
_REVIEW_SOURCE_NAMES = ("review", "app store", "app_store", "appstore", "play", "apple", "itunes", "g2", "capterra",
                        "trustpilot", "channel store", "channel_store", "galaxy store", "appgallery")


_METRIC_WORDS = frozenset({"csat", "nps", "ces", "kpi", "kpis", "okr", "okrs"})


# Words a closed question's name and a PM's question share that name no subject ("What's the main reason ...?").
_CHOICE_GENERIC = frozenset("""main reason reasons why what which whats your you give gave given people customers users
respondents anything else tell us most top biggest other others please choose chose chosen option options answer
answers question survey say said service services product products tool tools platform""".split())
# (the product in general is no subject shared with a closed question: "Should we cancel the therapy service?" got a
# telehealth tester's answers to "Which service will you use instead?")


def _plain_words(text: str) -> list[str]:
    """Lower-case words of ``text`` that are no function words, as written (the support rule's folding cuts words
    to five letters, and "compare" met "company")."""
    from assistant.safety.support import STOP_WORDS

    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in STOP_WORDS]


# Words of leaving: a closed question about them ("Why are you closing your account?", "Warum kündigst du?")
_LEAVING = re.compile(r"\b(?:cancel\w*|clos(?:e|es|ed|ing|ure)|leav\w*|left|churn\w*|quit\w*|switch\w*|mov(?:e|es|ed|ing)\s+"
                      r"to|exit\w*|downgrad\w*|unsubscrib\w*|stop(?:ped|ping)?\s+(?:using|paying)|lost|losing|wechsel\w*|"
                      r"kündig\w*|schlie(?:ß|ss)\w*|résili\w*|cancela\w*|baja)\b", re.IGNORECASE)


_REASONS = re.compile(r"\b(?:why|reasons?|because|warum|gründe|grund|pourquoi|raisons?|por\s+qu[ée]|motivos?|"
                      r"redenen|waarom)\b", re.IGNORECASE)


def _reasons_asked(question: str, filters: Filters, groups: list[tuple[str, str]]) -> str | None:
    """The closed question that asks why people leave, when ``question`` asks for reasons over cancellation sources
    only: "What are the main cancellation reasons?" over a neobank's closure survey, whose reason column ("Warum
    schließt du dein Konto? / Why are you closing your account?") shares no word with it, ranked the themes of the 16
    comments that say they may leave over 190 reasons chosen."""
    from assistant.chat.competitor_facts import names_competitors

    if not (filters.sources and all(_of_kind(s, "cancel") for s in filters.sources) and _REASONS.search(question)):
        return None
    return next((key for key in _closed_questions(groups) if (_LEAVING.search(key) or _REASONS.search(key))
                 and not names_competitors(key)), None)


# A closed question that sorts the answers by what they are about ("What type of claim was it?", "Which product do
# you use?"), not why or how people feel
_DESCRIBES = re.compile(r"\b(?:type|kind|category|categories|sort)\b|^\s*(?:which|what)\s+(?:product|plan|device|"
                        r"platform|service|model|app|channel|store|department)s?\b", re.IGNORECASE)
# "Should we cancel the therapy service?": what the company may do, not why customers cancel
_WE_DECIDE = re.compile(r"\b(?:should|shall|can|could|must)\s+we\s+(?:\w+\s+)?(?:cancel|stop|drop|discontinue|kill|end|"
                        r"remove|close|sunset|shut)\b", re.IGNORECASE)


def _choice_named(question: str, groups: list[tuple[str, str]]) -> str | None:
    """The metadata key of a closed question (several options, ``groups`` holds its values) whose subject the question
    names: "Why do customers cancel?" and "What's the main reason you're cancelling?" share "cancel" (words compared
    by their first six letters: "compare" met "company" at five); None when none does."""
    from retrieval.first_names import is_english_word

    asked = {w[:6] for w in _plain_words(question) if w not in _CHOICE_GENERIC and len(w) >= 4}
    if not asked or _WE_DECIDE.search(question):
        return None
    for key in _closed_questions(groups):
        if names_a_city(key) or names_a_country(key) or names_a_state(key):
            continue  # "Which city do you deliver in?" holds where people are, not what they say about delivery
        if _DESCRIBES.search(key) and not _DESCRIBES.search(question):
            # what kind of thing an answer is about says nothing of why: "Why are customers unhappy with the claim
            # process?" is no count of "What type of claim was it?" (an insurance tester's answer listed claim types)
            continue
        if _LEAVING.search(key) and not _LEAVING.search(question):
            # why people leave answers a question about leaving only: "Why do people love the business account?"
            # shares 'account' with a neobank's "Why are you closing your account?" and got the reasons to close it
            continue
        # the product's name is no subject: "What's the main reason you're cancelling Lingora Max?" is not what
        # "What do users love about Lingora?" asks (a language-app tester got the cancellation reasons)
        names = {w.lower() for w in re.findall(r"(?<!^)\b[A-Z][a-z]+\b", key) if not is_english_word(w.lower())}
        if asked & {w[:6] for w in _plain_words(key) if w not in _CHOICE_GENERIC and len(w) >= 4 and w not in names}:
            return key
    return None


PRODUCT_SOURCES = 3  # sources whose items mention a word of a source's name for it to be the product's name


def _product_named(question: str, groups: list[tuple[str, str]], names: list[str] = ()) -> str:
    """``question`` without the product's own name, read from a column that holds one value for every item
    (``retrieval.columns.PRODUCT_COLUMN``): "What do people love about Pantry & Co?" is what they love overall (a
    tester's answer quoted three items that greet "Hello Pantry team", none of them praise, over 114 praise items); or
    one of ``names``, the
    product's name as the export files carry it (``ContextBuilder._product_names``: an invoicing tester's "What do
    people love about Ledgerly?" quoted eight complaints that open "Love how Ledgerly handles invoices, but ...")."""
    for name in names:
        if m := re.search(rf"\b(?:about|with|of|for|in|on|using|use)\s+(?:the\s+)?({re.escape(name)}(?:['’]s)?)"
                          rf"(?:\s+(?:app|product|platform|tool|service))?\s*([?.!]*)\s*$", question, re.IGNORECASE):
            return _tidy(question[:m.start()] + m.group(2))
    for key, vals in _by_key(groups).items():
        if len(vals) != 1 or not PRODUCT_COLUMN.match(key.strip()):
            continue
        words = [w for w in re.split(r"\s+", vals[0].strip()) if w]
        if not words:
            continue
        name = r"\s+".join("(?:&|and)" if w in ("&", "and") else re.escape(w) for w in words)
        # not inside a longer name: "Basketly+" is a plan, not the product "Basketly" (a grocery tester's "What do
        # Basketly+ users complain about?" lost its plan)
        if m := re.search(rf"(?<![\w&])(?:the\s+)?{name}(?:['’]s)?(?![\w&+])", question, re.IGNORECASE):
            return _without(question, m)
    return question


# ... or gave as the reason ("How many cancellations were because of missing features?": a project-tool tester's
# count searched the words 'because missing' and found 1 of the 8 who chose "Missing features")
# (not "say about": "What do users say about the Roamly Plus price increase?" asks about it, and a travel tester's was
# cut to the 7 cases whose "Case Reason" is Roamly Plus)
_CHOSE = re.compile(r"\b(?:chose|chosen|choose|picked|selected|(?:said|say|says)(?!\s+about\b)|answered|gave|give|"
                    r"cited|ticked|because|due\s+to)\b", re.I)
_GONE = re.compile(r"\b(?:went|gone|going|go|moved|moving|move|switched|switching|switch|left|leaving|churned|"
                   r"migrated|migrating|back)\s+(?:back\s+)?(?:to|for)\b", re.I)  # where a customer went
_GONE_WORD = re.compile(r"went|gone|going|go|goes|mov(?:e|ed|es|ing)|switch(?:ed|es|ing)?|left|leav(?:e|es|ing)|"
                        r"migrat(?:e|ed|es|ing)|back|cancel\w*|churn\w*|quit")
_OPTION_LEAD = re.compile(r"^(?:it's|it is|i'm|i am|i|we|we're|we are)\s+", re.IGNORECASE)


def _option_named(question: str, filters: Filters, groups: list[tuple[str, str]]) -> tuple[Filters, str]:
    """``filters`` cut to the option of a survey's closed question that a question says people chose ("How many
    survey respondents said it is too expensive?" -> the reason "It's too expensive"; a tester's count searched the
    words and found 9 of the 32 who chose it), and the question without it; only with a word of choosing or saying
    and an option of two words or more."""
    from assistant.chat.competitor_facts import names_competitors

    chose, gone = _CHOSE.search(question), _GONE.search(question)
    if not chose and not gone:
        return filters, question
    set_keys = _filtered_keys(filters)
    # ... and a competitor column not named as a question (Stripe's "Switching to": an edtech tester's "How many
    # Teacher Pro teachers switched to Google Classroom?" counted the items about the words)
    competitors = {key for key, _ in groups if gone and names_competitors(key)}
    closed = {key for key in [*_closed_questions(groups), *competitors] if key.lower() not in set_keys
              and (chose or names_competitors(key))}
    # an option written in two languages is named by either ("chose Too expensive" for "Zu teuer / Too expensive": a
    # neobank tester's count abstained over 'Too', read as a name)
    options = [(key, value, part) for key, value in groups if key in closed
               for part in dict.fromkeys([value, *(p for p in value.split(" / ") if " / " in value)])]
    for key, value, part in sorted(options, key=lambda g: -len(g[2])):
        said = _OPTION_LEAD.sub("", part.strip())
        # an option written as a code is said in words ("too_expensive": an edtech tester's "How many said too
        # expensive?" counted 86 items with the words, not the 57 who chose it)
        words = [w for w in re.split(r"[\s_]+", said) if w]
        pattern = r"[\s_]+".join(map(re.escape, words))
        if names_competitors(key) and (m := re.search(rf"\b(?:to|for|with)\s+(?:the\s+|an?\s+)?['\"“]?{pattern}['\"”]?"
                                                      rf"(?![\w-])", question, re.I)):
            # where cancelled customers went, by the survey's column ("How many cancelled customers went back to the
            # NHS GP?": a telehealth tester's count searched the words and found 386 items, not the 71 who said so)
            asked = {w[:5] for w in _plain_words(key) if w not in _CHOICE_GENERIC}
            rest = " ".join(w for w in _without(question, m).split() if re.sub(r"\W", "", w.lower())[:5] not in asked
                            and not _GONE_WORD.fullmatch(re.sub(r"\W", "", w.lower())))  # nor the going it says
            return replace(filters, where={**filters.where, key: value}), _tidy(rest)
        if not chose:
            continue
        if len(words) < 2:  # one word only right after the choosing ("said price almost stopped them": an
            # e-bike tester's count took the 68 items of a 'Price hike' theme for the 42 who chose "Price"), with the
            # closed question's own words after it ("almost stopped them from buying")
            if (m := re.search(rf"\b(?:said|chose|picked|selected|cited|answered|ticked)\s+['\"“]?{pattern}['\"”]?"
                               rf"(?![\w-])(?P<rest>[^?.!]*)", question, re.I)):
                asked = {w[:5] for w in _plain_words(key)}
                rest = [w for w in _plain_words(m.group("rest")) if w not in _CHOICE_GENERIC]
                keep = m.start("rest") if rest and sum(w[:5] in asked for w in rest) * 2 < len(rest) else m.end()
                return (replace(filters, where={**filters.where, key: value}),
                        _tidy(f"{question[:m.start()]} said {question[keep:]}"))
            continue
        if m := re.search(rf"(?<![\w-])(?:(?:because(?:\s+of)?|due\s+to)\s+)?(?:(?:it's|it\s+is|i'm|i\s+am)\s+)?"
                          rf"['\"“]?{pattern}['\"”]?(?![\w-])", question, re.I):
            # and the closed question's own words ("How many customers cancelled due to technical issues?" over a
            # "Cancellation Reason": 'cancelled' is no subject)
            asked = {w[:5] for w in _plain_words(key) if w not in _CHOICE_GENERIC}
            rest = " ".join(w for w in _without(question, m).split() if re.sub(r"\W", "", w.lower())[:5] not in asked)
            return replace(filters, where={**filters.where, key: value}), _tidy(rest)
    return filters, question


def _closed_questions(groups: list[tuple[str, str]]) -> list[str]:
    """The keys in ``groups`` that are a survey's closed question: named as a question ("What's the main reason
    you're cancelling?", "Reason for leaving") or for its reason (a billing tool's "Cancellation Reason": a
    project-tool tester's "Why do customers cancel?" got 11 items that say they may leave, not the 45 reasons
    chosen), not the plan, with three options or more; most options first."""
    from retrieval.columns import names_a_closed_question

    return [key for key, n in Counter(key for key, _ in groups).most_common()
            if n >= 3 and key != "plan" and names_a_closed_question(key)]


def _source_names(sources: list[str]) -> dict[str, list[str]]:
    """How a question may name stored sources: a source by its whole name ("google_play" as "Google Play") and the
    sources that start with one word by that word ("zendesk" for zendesk_tickets_2025 and zendesk_tickets_2026,
    "typeform" for typeform_cancellation_survey) when it is no English word ("email", "chat", "interview" are
    subjects as often as sources; a one-word name that is an English word, "intercom", when written capitalised:
    ``_names_pattern``) -> the sources it names."""
    from retrieval.first_names import is_english_word

    names: dict[str, list[str]] = {}
    for source in sources:
        words = [w for w in re.split(r"[\s_-]+", source.lower()) if w]
        if not words or words[0] in _METRIC_WORDS:  # "What is our average CSAT?" over a source named csat
            continue
        # ("How many refund complaints came through Intercom?" over a source named intercom: an insurance tester's
        # said that no stored item mentions 'Intercom')
        if len(words) > 1 or (len(words[0]) >= 4 and (not is_english_word(words[0]) or
                                                      words[0] not in _SOURCE_GENERIC)):
            names.setdefault(" ".join(words), []).append(source)
        if len(words) > 3 and words[0] in _EXPORT_WORDS - _SOURCE_GENERIC:  # "the post-claim survey" for
            # typeform_post_claim_survey (an insurance tester's average CSAT searched for 'post')
            names.setdefault(" ".join(words[1:]), []).append(source)
        if len(words) > 1 and (len(words[0]) >= 4 and words[0].isalpha() or words[0] in _SHORT_SITES) \
                and words[0] not in _SOURCE_GENERIC:  # "G2" for g2_reviews_ledgerly (an invoicing tester's)
            names.setdefault(words[0], []).append(source)  # an English word only capitalised (``_names_pattern``:
    return names  # "Amazon" for amazon_reviews; an e-bike tester's "Compare Amazon and Judge.me ratings" abstained)


_SHORT_SITES = frozenset(("g2",))  # review sites whose names are short: "What do G2 reviewers dislike most?"

# Words after a name that make it the name of a source ("installer notes", "Amazon reviews").
_SOURCE_WORDS = (r"notes?|reviews?|tickets?|surveys?|responses?|calls?|interviews?|exports?|files?|data|comments?|"
                 r"posts?|answers?|feedback")
# Where in a source people wrote, after its name: "in the Slack community" (a shift-scheduling tester's was searched
# for 'community' in the Slack export: "No feedback items in scope")
_SOURCE_PLACES = r"community|communities|channels?|workspace|server|group|forum|board"

# First words of a source's name that are kinds of feedback or channels, not the product or tool it came from.
_SOURCE_GENERIC = frozenset("""app apps store play review reviews ticket tickets support survey surveys email mail chat
feedback interview interviews call calls note notes user users customer customers export exports data comments
response responses answer answers nps csat form forms post posts web site social public""".split())

# Words of export file names that name no product ("reviews_reviews_com.x.app_202611", "hubspot-tickets-export"): the
# generic words above and the tools and formats exports come from (English words are left out by being English).
_EXPORT_WORDS = _SOURCE_GENERIC | frozenset("""appstore playstore googleplay iphone json jsonl tsv xlsx hubspot zendesk
freshdesk typeform qualtrics surveymonkey trustpilot reddit""".split())


def _names_pattern(name: str) -> str:
    """A regex for a source's name in a question: any case for a name with a word no dictionary holds ("zendesk",
    "trustpilot"); a name of English words only ("google play", "app store") written capitalised ("Google Play"):
    "the app store listing" is a subject."""
    from retrieval.first_names import is_english_word

    def capitalised(parts: list[str]) -> str:
        return r"[\s_-]+".join(f"(?-i:{re.escape(w[0].upper())}){re.escape(w[1:])}" for w in parts)

    words = name.split()
    if all(is_english_word(w) for w in words) and len(words) < 3:  # three words are a name however written ("the
        return capitalised(words)  # post-claim survey")
    if len(words) == 1:  # "appstore" also as "App Store", "googleplay" as "Google Play": two English words, capitalised
        halves = [(name[:i], name[i:]) for i in range(3, len(name) - 1)
                  if is_english_word(name[:i]) and is_english_word(name[i:])]
        if halves:  # "judgeme" also as "Judge.me"
            return "|".join([re.escape(name), *(capitalised(list(h)) for h in halves),
                             *(f"{capitalised([a])}\\.{re.escape(b)}" for a, b in halves)])
    return r"[\s_-]+".join(map(re.escape, words))


def _source_named(question: str, filters: Filters, sources: list[str],
                  said_elsewhere=lambda word, named: False, products: list[str] = ()) -> tuple[Filters, str]:
    """``filters`` cut to the sources ``question`` names by their own names ("How many Trustpilot reviews mention
    late deliveries?" -> source trustpilot; a tester's counted 111 items of every source about 'Trustpilot late
    deliveries'), and the question without those names; unchanged when a source filter is set.

    A one-word name the other sources' feedback talks about (``said_elsewhere(word, named)``) names the source only
    as "from / in the X" or "X notes / reviews / tickets ...": a thermostat tester's notes file
    installer_partner_notes_2026 took "How many installer no-shows did we get in Germany?" to that file alone.

    The product's own name (``products``) names no source: "Tidestay Guest NPS 2026" and "tidestay-host-survey" are
    not what "Which version of the Tidestay Host app broke notifications?" asks about (a rental tester's question was
    narrowed to those two files, which hold no version)."""
    if filters.sources:  # the sources set keep their names out of the subject: "Summarize the Trustpilot reviews
        # from May." with --source trustpilot_reviews_kontor (a neobank tester's: "No stored item mentions
        # 'Trustpilot'")
        for name, its in sorted(_source_names(filters.sources).items(), key=lambda kv: -len(kv[0])):
            m = re.search(rf"(?<![\w-])(?:on\s+|from\s+|in\s+)?(?:the\s+)?(?:{_names_pattern(name)})(?![\w-])", question,
                          re.I)
            if m and name not in {p.lower() for p in products}:
                question = _without(question, m)
        return filters, question
    named: list[str] = []
    products = {p.lower() for p in products}
    for name, its in sorted(_source_names(sources).items(), key=lambda kv: -len(kv[0])):
        if name in products:
            continue
        pattern = _names_pattern(name)
        # a one-word name before another capitalised word is part of another name: "Google Pay" is not the source
        # Google Play (a neobank tester's "How many items are about Apple Pay or Google Pay?" counted Google Play's
        # reviews about 'Apple Pay Pay')
        other_name = "" if " " in name else rf"(?!\s+(?!(?:{_SOURCE_WORDS}|{_SOURCE_PLACES})\b)(?-i:[A-Z][a-z]))"
        m = re.search(rf"(?<![\w-])(?:(?:came\s+|come\s+|coming\s+)?(?:in\s+)?(?:through|via)\s+|on\s+|from\s+|in\s+)?"
                      rf"(?:the\s+)?(?:{pattern}){other_name}"
                      # ... and the kind of feedback it holds: "in Gong calls" (an analytics tester's searched 'calls')
                      rf"(?:\s+(?:{_SOURCE_PLACES}|{_SOURCE_WORDS}))?(?![\w-])", question, re.I)
        if m and " " not in name and said_elsewhere(name, its):
            m = re.search(rf"(?<![\w-])(?:(?:from|in)\s+(?:the\s+)?(?:{pattern})|(?:the\s+)?(?:{pattern})\s+(?:partner\s+)?"
                          rf"(?:{_SOURCE_WORDS}))(?![\w-])", question, re.I)
        if m:
            named += [s for s in its if s not in named]
            question = _without(question, m)
    if not named or len(named) == len(sources):
        return filters, question
    return replace(filters, sources=named), question


_COUNTED = re.compile(r"\s*how\s+(?:many|much|often)\b", re.IGNORECASE)
_PARTNER_WORDS = re.compile(rf"(?<![\w-])(?:(?:the|our)\s+)?(?P<who>{partner_words(plural_only=True)}|landlords|"
                            r"suppliers)(?![\w-])", re.IGNORECASE)


def _partners_named(question: str, filters: Filters, sources: list[str]) -> tuple[Filters, str]:
    """``filters`` cut to the sources named for the partner companies a question asks about ("What do brokers
    complain about?" over a broker_calls source), and the question with "customers" for them; else both unchanged.
    A partner's word is who writes (``router._WHO``), not a subject, but the partners are not everyone: an insurance
    tester's brokers' complaints were answered with its consumers' claim-status theme. A group column that holds
    them ("Requester type: broker") is read as any group (``_group_named``); "Which brokers ...?" and "our
    highest-paying brokers" ask for the customer file's accounts, whatever source their items came from, and a count
    counts every source."""
    from assistant.chat.customer_facts import asks_which_accounts

    m = _PARTNER_WORDS.search(question)
    if not m or filters.sources or names_customers(question) or asks_which_accounts(question) \
            or _COUNTED.match(question):
        # the customer file's accounts are asked for: every source's items are theirs; and a count is of every
        # source's items about its subject (the same tester's "How many brokers complained that the commission report
        # is wrong?" counted 17 call-note items of the 82 its brokers wrote, in tickets and board notes too)
        return filters, question
    word = m.group("who").lower()
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    holders = [s for s in sources if re.search(rf"(?<![a-z]){re.escape(stem)}", s.lower())]
    if not holders or len(holders) == len(sources):
        return filters, question
    return replace(filters, sources=holders), _without(question, m, "customers")


def _source_kind_named(question: str, filters: Filters, sources: list[str], interview_sources=lambda: [],
                       said_elsewhere=lambda word, named: False, phrase_said=lambda phrase: False
                       ) -> tuple[Filters, str]:
    """``filters`` cut to the sources of the kind the question names ("What are the main pain points from the
    interviews?" -> the sources with "interview" in their name, else those loaded from interview notes:
    ``interview_sources()``; it searched for the word "interviews" before), and the question without those words
    (also when every source is of that kind); the filters stay when a source filter is set.

    When the kind's word is also a subject of the feedback outside those sources (``said_elsewhere(kind, named)``:
    "calls" in a video-call product's tickets), only "from / in / during / of the [sales] calls" names the
    sources: a tester's "Why are customers unhappy with call quality?" was narrowed to two call transcripts and
    found no evidence, over 181 tickets and reviews about audio on calls. Nor does the kind's word name them after a
    word it makes a phrase with that the feedback says (``phrase_said``: "train tickets" in a travel company's
    reviews; a travel tester's "Is the feedback on train tickets positive or negative?" was narrowed to its cases).
    """
    if (m := _REVIEWS_ASKED.search(question)) and not filters.sources:
        # reviews by a source's name, and the app stores' own: an AppFollow export's sources are "App Store" and
        # "Google Play" (a thermostat tester's "How many app reviews mention Wi-Fi pairing?" counted every source)
        named = [s for s in sources if any(n in s.lower() for n in _REVIEW_SOURCE_NAMES)]
        if m.group("app"):
            named = [s for s in named if any(n in s.lower() for n in _APP_STORE_NAMES)] or named
        if named and len(named) < len(sources):
            return replace(filters, sources=named), _without(question, m, m.group("lead") + " users")
    if (m := _STORE_RATING.search(question)) and not filters.sources:
        # "What is our average app store rating?": the app stores' reviews together (a shift-scheduling tester's
        # averaged every source, survey scores included); "App Store" capitalised is Apple's store (``_source_named``)
        named = [s for s in sources if any(n in s.lower() for n in _APP_STORE_NAMES)]
        if named and len(named) < len(sources):
            return replace(filters, sources=named), _without(question, m, "rating")
    if (m := _REVIEWS_FROM.search(question)) and not filters.sources:
        named = [s for s in sources if any(n in s.lower() for n in _REVIEW_SOURCE_NAMES)]
        if named:
            return (replace(filters, sources=named) if len(named) < len(sources) else filters), _without(question, m)
    for kind, words in _SOURCE_KINDS.items():
        m = re.search(rf"\b((?:from|in|during|of|on)\s+)?(the\s+|our\s+|these\s+)?(?:{words})\b", question, re.I)
        named = [s for s in sources if kind in s.lower()] or [s for s in sources if _of_kind(s, kind)]
        if m and kind == "interview":  # and the transcripts in an interviews folder ("call_p3", "zoom_call" beside
            # "interview_p5": a wearable tester's three calls were left out of "the customer interviews")
            named += [s for s in interview_sources() if s in sources and s not in named]
        if m and named and not m.group(1) and not m.group(2) and (before := _WORD_BEFORE.search(question[:m.start()])) \
                and before.group(1).lower() not in _KIND_MODIFIERS and phrase_said(f"{before.group(1)} {m.group(0)}"):
            continue  # "train tickets": what the feedback is about
        if m and named and not (m.group(1) and m.group(2)) and said_elsewhere(kind, named):
            m = re.search(rf"\b((?:from|in|during|of)\s+)(?:the|our|these|those)\s+(?:[a-z]+\s+)?(?:{words})\b",
                          question, re.I)  # "in the sales calls", "from the renewal call"
        if m and named and (which := _named_before(question, m, words, named)):
            m, named = which  # "from the partner calls": the sources named 'partner' among those of that kind
        if m and named:  # the words name where the feedback came from, not what it is about
            # "from the interviews" goes; "What do support tickets say" keeps a subject: "What do users say"
            text = _without(question, m, "" if m.group(1) else "users")
            narrow = not filters.sources and len(named) < len(sources)
            if narrow and (one := _one_of_them(text, named)):
                named, text = one
            return (replace(filters, sources=named) if narrow else filters), text
    return filters, question


def _named_before(question: str, m: re.Match, words: str, named: list[str]) -> tuple[re.Match, list[str]] | None:
    """The words naming sources of a kind (``m``), with the word before them when it is a part of the names of some of
    those sources and not of the others ("from the partner calls" over 'partner_calls_2026' and the interview notes
    read as calls; "the user interviews" beside partner calls read as interviews): that match and those sources; else
    None. A travel tester's "What did we learn from the partner calls?" ranked the themes of 5 items about 'partner'
    within them."""
    inside = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", m.group(0))]
    before = _WORD_BEFORE.search(question[:m.start()])
    for word in [*inside, *([before.group(1).lower()] if before else [])]:
        if word in _KIND_MODIFIERS:
            continue
        holders = [s for s in named if word in {p for p in re.split(r"[\W_]+", s.lower()) if p}]
        if not holders or len(holders) == len(named) and word in inside:
            continue
        if word in inside:
            return m, holders
        wider = re.search(rf"\b((?:from|in|during|of)\s+)?(the\s+|our\s+|these\s+)?{re.escape(word)}\s+(?:{words})\b",
                          question, re.IGNORECASE)
        return (wider, holders) if wider else None
    return None


def _one_of_them(question: str, named: list[str]) -> tuple[list[str], str] | None:
    """The source among ``named`` (several of one kind) that a word of the question names by a part of its name
    no other of them has, with "SDK", "repo" or "app" after it: "How many GitHub issues were filed against the Go
    SDK?" over 'relaywire-go-issues', '-python-issues', ... (a developer-platform tester's counted all five for the
    words 'filed against SDK'); the question without those words. None when no such word."""
    parts = {s: {p for p in re.split(r"[\W_]+", s.lower()) if p} for s in named}
    for m in re.finditer(r"\b(?:the\s+|our\s+)?([\w#+.-]+)\s+(?:sdk|library|client|repo(?:sitory)?|package|app)s?\b",
                         question, re.IGNORECASE):
        word = m.group(1).lower()
        holders = [s for s in named if word in parts[s]]
        if len(holders) == 1 and not all(word in p for p in parts.values()):
            return holders, _without(question, m)
    return None


# A kind of source's word is a subject of the feedback when this share of the items of the other sources (and at
# least TOPIC_MIN_ITEMS) hold it.
TOPIC_SHARE, TOPIC_MIN_ITEMS = 0.01, 5


_WORD_BEFORE = re.compile(r"([^\W\d_]{3,})\s+$")
# Words before a kind of source that say which of them, not what the feedback is about ("support tickets", "our
# interviews", "recent calls")
_KIND_MODIFIERS = frozenset("""the our these those all any some support help desk helpdesk customer customers user
users open closed new recent latest last old urgent escalated many much what which from during about with their
your my zendesk intercom jira freshdesk salesforce hubspot sales discovery exit churn nps app store play""".split())
PHRASE_MIN_ITEMS = 5  # items that hold a phrase for the feedback to be about it


def _phrase_said(conn, phrase: str) -> bool:
    """Do at least ``PHRASE_MIN_ITEMS`` stored items hold ``phrase`` (its words in order, stemmed as search indexes
    them)?"""
    return conn.execute("SELECT count(*) >= %s FROM (SELECT 1 FROM feedback f WHERE f.lexical @@ "
                        "phraseto_tsquery('english', %s) LIMIT %s) s",
                        (PHRASE_MIN_ITEMS, phrase, PHRASE_MIN_ITEMS)).fetchone()[0]


def _said_elsewhere(conn, word: str, named: list[str]) -> bool:
    """Do the items outside the ``named`` sources talk about ``word`` (stemmed as search indexes it): at least
    ``TOPIC_SHARE`` of them, from the search index's document frequency less every item of the named sources."""
    from retrieval import bm25

    found = bm25.query_words(conn, word)
    if not found.dfs:
        return False
    in_named = conn.execute("SELECT count(*) FROM feedback WHERE source = ANY(%s)", (named,)).fetchone()[0]
    return found.dfs[0] - in_named >= max(TOPIC_MIN_ITEMS, TOPIC_SHARE * (found.docs - in_named))


# "users on version 4.4.2", "feedback from release 4.4", "v4.3 reviews": the app version the question is about.
# ("users on SDK version 5.2.0", "tickets about the SDK 5.2.0": what a customer installed of the product, an analytics
# tester's 'SDK' read as a help desk group's value and 'version 5.2.0' as a release to compare before and after)
_VERSION_NAMED = re.compile(r"\b(?:(?:on|from|in|of|for|with|about)\s+)?(?:the\s+)?(?:(?:app|sdk|library|client|agent|"
                            r"plugin|extension|firmware)\s+)?(?:version|release|build)\s+v?(\d+(?:\.\d+){1,3})\b|"
                            r"\bv(\d+(?:\.\d+){1,3})\b|\b(?:sdk|library|client|agent|plugin|extension|firmware)\s+v?"
                            r"(\d+(?:\.\d+){1,3})\b", re.IGNORECASE)


# ... or after a product line, or with two dots or more ("filed against web 2026.10.1", "from iOS 6.4", "on 4.4.2":
# a project-tool tester's count searched for the word 'web')
_LINE_VERSION_NAMED = re.compile(r"\b(?:against|on|from|in|for|of|with)\s+(?:the\s+)?(?:(?P<line>[A-Za-z][\w+#-]*)\s+)?"
                                 r"v?(?P<n>\d+\.\d+(?:\.\d+){0,2})(?![\w.]*\d)", re.IGNORECASE)


def _version_named(conn, question: str, filters: Filters) -> tuple[Filters, str]:
    """``filters`` cut to the app version a question is about ("What do users on version 4.4.2 say?" -> version
    4.4.2; "version 4.4" is every 4.4.x), and the question without those words; unchanged for questions about what a
    release fixed or changed (the impact and change routes compare versions), when a version filter is set, or when
    no stored item has that version."""
    m = _VERSION_NAMED.search(question) or _LINE_VERSION_NAMED.search(question)
    if not m or route_question(question).kind in ("impact", "change") or "version" in {
            COLUMN_KEYS.get(k.lower(), k.lower()) for k in filters.where} | {k.lower() for k in filters.where}:
        return filters, question
    version = m.group(1) or m.group(2) or (m.group(3) if m.re is _VERSION_NAMED else None)
    if m.re is _LINE_VERSION_NAMED:  # the version as stored, with its product line ("web 2026.10.1")
        from assistant.themes.impact import version_line, version_pattern

        where, params = filters.sql(conn)
        lines = {version_line(v) for (v,) in conn.execute(
            f"SELECT DISTINCT f.app_version FROM feedback f WHERE {where} AND f.app_version ~* %s",
            [*params, version_pattern(" ".join(filter(None, (m.group("line"), m.group("n")))))])}
        if len(lines) != 1:
            return filters, question
        version = " ".join(filter(None, (lines.pop(), m.group("n"))))
    narrowed = replace(filters, where={**filters.where, "version": version})
    where, params = narrowed.sql(conn)
    if conn.execute(f"SELECT 1 FROM feedback f WHERE {where} LIMIT 1", params).fetchone() is None:
        # a column named for versions that is not the app's ("SDK Version", "Firmware version": a developer-platform
        # tester's "What do users on version 4.2.0 say?" searched for the word "version")
        from assistant.themes.impact import version_field

        where, params = filters.sql(conn)
        if (key := version_field(conn, where, params, version)) is None:
            return filters, question
        narrowed = replace(filters, where={**filters.where, key: version})
        where, params = narrowed.sql(conn)
        if conn.execute(f"SELECT 1 FROM feedback f WHERE {where} LIMIT 1", params).fetchone() is None:
            return filters, question
    return narrowed, _without(question, m)


# An identifier a question names verbatim: an app's package id or a product's code name with dots
# ("com.google.android.keep"), as an export's metadata holds it.
_IDENTIFIER = re.compile(r"(?<![\w.])(?:(?:of|from|for|in|on|about|using)\s+)?(?:the\s+)?(?:app\s+)?"
                         r"([A-Za-z][\w-]*(?:\.[\w-]+){1,6})(?:\s+app)?(?![\w.]*\w)", re.IGNORECASE)


_LANGUAGE_AUDIENCE = (r"customers?|users?|people|clients?|reviews?|reviewers?|feedback|tickets?|comments?|answers?|"
                      r"responses?|speakers?|accounts?|items?|patients?|messages?|entries|posts?")
_LANGUAGE_NAMED = re.compile(  # "Spanish-language items" too (a telehealth tester's count said no item mentions it)
    rf"\b(?:(?P<adj>{'|'.join(LANGUAGE_NAMES.values())})(?:[- ]speaking|[- ]language)?\s+(?P<noun>{_LANGUAGE_AUDIENCE})\b|"
    rf"\b(?:in|written in)\s+(?P<lang>{'|'.join(LANGUAGE_NAMES.values())})\b)", re.IGNORECASE)


# Questions about customers who may leave: "What do churn threats say?", "Which customers are at risk of churning?",
# "How many customers threaten to cancel?", "Who is thinking about switching to a competitor?" (a tester's store
# held 25 such items and every one of these questions abstained or counted 1: nobody writes "churn").
_RIVAL = (r"(?:a\s+|an\s+|another\s+|other\s+|a\s+different\s+)?(?:competitors?|alternatives?|rivals?|providers?|"
          r"vendors?|apps?|tools?|products?|services?|platforms?)\b")
# Switching or moving to a rival, or to a product named in capitals or digits ("7shifts", "Teladoc": the name stays in
# the question, what is asked about those items); switching alone; not "switch to dark mode" or "moving to the new
# version" (lower case: a setting or a release, not a rival).
# ... not "cancelled" before the thing cancelled ("refund complaints about cancelled flights": a travel tester's count
# was cut to the items that say they may leave, and found none)
_CANCELLED_THING = (r"cancell?ed\s+(?!(?:because|after|before|in|on|at|last|this|that|these|their|his|her|my|our|"
                    r"the|it|them|us|and|or|but|due|over|for|when|since|within|during|recently|already|subscriptions?|"
                    r"plans?|accounts?|memberships?)\b)(?-i:[a-z])")
_LEAVE_VERB = rf"""
    (?:(?!{_CANCELLED_THING})cancel\w*(?:\s+(?:their|his|her|my|our|the)\s+{SUBSCRIPTION})?|leav(?:e|ing)
     |quit\w*|churn\w*|(?:not|won't|wont|will\s+not|not\s+going\s+to)\s+renew\w*
     |stop\s+(?:using|paying)(?:\s+(?:for\s+)?(?:the\s+app|it|us|this))?
     |(?:mov(?:e|ing)|switch\w*)\s+(?:over\s+)?to(?:\s+{_RIVAL}|(?=\s+(?-i:[A-Z0-9])))
     |switch\w*(?:\s+(?:providers?|vendors?|suppliers?|tools?|apps?|platforms?|services?|products?))?
      (?!\s+(?:over\s+)?to\b)\b
     |return(?:ing)?(?:\s+(?:it|them|the\s+\w+|their\s+\w+))?|send(?:ing)?\s+(?:it|them|the\s+\w+)\s+back
     |(?:ask\w*\s+for|want\w*|demand\w*|request\w*)\s+(?:a\s+|their\s+)?(?:full\s+)?refunds?
     |(?:want\w*|ask\w*\s+for)\s+(?:their|the)\s+money\s+back|(?:fil\w+\s+)?(?:a\s+)?chargebacks?)"""
_LEAVING_ASKED = re.compile(
    rf"""(?ix)
    \b(?:are\s+|is\s+)?(?:at\s+)?(?:risk|danger)\s+of\s+(?:churn\w*|leaving|cancel\w*|switching|not\s+renewing)\b
    | \b(?:churn(?:ed|ing|s)?|attrition|cancell?ations?)
      (?:\s+(?:risks?|threats?|signals?|reasons?|drivers?|warnings?|candidates?|feedback|intent))?\b
      # (a thing of cancelling is no one leaving: "How long do customers wait for their cancellation refund?", an
      # insurance tester's, was read among the items saying they may leave)
      (?!\s+(?:refunds?|fees?|polic(?:y|ies)|confirmations?|e-?mails?|letters?|process|flow|button|page|forms?|
         periods?|dates?|terms|charges?|requests?))
    | \b(?:threat(?:en(?:s|ed|ing)?)?|(?:say(?:s|ing)?|said)\s+they(?:'ll|\s+will|\s+might|\s+may|\s+would|'d)?
         |want(?:s|ing)?|plan(?:s|ning)?|going|about|consider(?:s|ing)?|thinking\s+(?:about|of)
         |(?:who|that)\s+(?:will|may|might|could|would|want\s+to)|(?:are|is)(?=\s+(?:switch|mov|leav)))
      \s+(?:to\s+)?{_LEAVE_VERB}
    | \b(?:or|and)\s+(?:to\s+)?{_LEAVE_VERB}
    | \b(?:won't|wont|will\s+not|(?:are|is)(?:\s+not|n't)\s+going\s+to|not\s+going\s+to|(?:are|is)\s+not)\s+renew\w*\b
    | \b(?:are\s+|is\s+)?at[- ]risk\b(?!\s+(?:from|because\s+of|due\s+to|by)\b)
    """)  # "How much revenue is at risk from the 80% charging problem?" is the revenue of the accounts affected
_WHY_LEAVE = re.compile(r"^(?P<why>why\s+(?:do|did|are|would|might)\s+(?:\w+\s+){0,2}?)(?:leav(?:e|ing)|cancel\w*|churn\w*|"
                        r"quit\w*)\s*\?*$", re.IGNORECASE)


# "What did Enterprise customers say in sales calls?": what they said, not the accounts (an analytics tester's counted 0
# accounts writing about 'sales calls')
_SAID_ASKED = re.compile(r"^\s*what\s+(?:do|did|does)\s+.*\b(?:say|said|tell|told|write|wrote|mention)\b",
                         re.IGNORECASE)
_HOW_MANY_ACCOUNTS = re.compile(r"^\s*how\s+many\s+(?:(?:distinct|different|unique|separate|individual|of\s+our|"
                                r"customer|client)\s+)*(?:accounts|companies|organi[sz]ations|customer\s+accounts)\b",
                                re.IGNORECASE)


def _accounts_asked(conn, question: str, route: Route, asked: str) -> Route:
    """"Which customers reported the bank feed issue?", "Which accounts complained about QuickBooks?": with a customer
    file imported, the accounts are what is asked (the customers route lists them, largest revenue first), not the
    items that hold the words "accounts QuickBooks" (an invoicing tester's); without one, the items as before."""
    from assistant.chat.customer_facts import ACCOUNTS_ASKED, asks_which_accounts
    from retrieval.customers import has_customers

    # also "Which accounts are threatening to leave us?" (the items saying they may leave, ranked as themes) and
    # "Which customers complain most about billing?" (a count split by a column named 'customers')
    by_account = route.kind == "count" and (route.breakdown or "").lower() in _AUDIENCE_WORDS
    # and "How many accounts reported the funnel bug?", "How many distinct accounts gave feedback?": how many of the
    # customer file's accounts (an analytics tester's counted items, 164, and users)
    counted = route.kind == "count" and not route.breakdown and bool(_HOW_MANY_ACCOUNTS.match(asked))
    if not (route.kind in ("lookup", "top") or by_account or counted) or not (
            counted or asks_which_accounts(question) or asks_which_accounts(asked)) or not has_customers(conn):
        return route
    topic = " ".join(w for w in route.topic.split() if w.lower() not in _AUDIENCE_WORDS)
    # what the accounts said: "Which customers love the product?" lists praise, "Which companies asked for X?" any
    # item about X that is a request
    return replace(route, kind="customers", topic=topic, reason=ACCOUNTS_ASKED, breakdown=None, focus=focus_of(asked))


_AUDIENCE_WORDS = {"accounts", "account", "customers", "customer", "users", "user", "people", "clients", "companies",
                   "patients", "patient", "members", "subscribers", "firms"} | PARTNER_NAMES
# "is leaving" said of a thing is no customer leaving: "upset that The Midnight Ward is leaving" (a streaming tester's
# show leaving the catalogue counted 0 items saying they may leave); said of people it is ("customers are leaving")
_THING_LEAVING = re.compile(r"(?:are|is)\s", re.IGNORECASE)
_LEAVERS = _AUDIENCE_WORDS | {"they", "who", "that", "many", "which", "we", "it", "he", "she", "you", "hosts",
                              "guests", "buyers", "sellers", "drivers", "riders", "merchants", "partners", "teams"}


def _said_of_people(m: re.Match) -> bool:
    """Does a phrase of leaving (``_LEAVING_ASKED``) say people may leave: not "is leaving" said of a thing?"""
    before = m.string[:m.start()].split()[-1:]
    return not _THING_LEAVING.match(m.group(0)) or bool(before) and before[0].lower() in _LEAVERS


def _leaving_named(question: str, filters: Filters) -> tuple[Filters, str]:
    """``filters`` cut to the feedback that says its writer may leave (``retrieval.intents``) when the question
    asks about churn in any of its words, and the question without them ("How many customers threaten to cancel?"
    -> "How many customers?" over those items); else both unchanged."""
    if filters.says:
        return filters, question
    if m := _WHY_LEAVE.match(question.strip()):  # "Why do customers leave?"
        return replace(filters, says="leaving"), m.group("why").strip() + "?"
    if any(map(_said_of_people, _LEAVING_ASKED.finditer(question))):
        # every such phrase goes: "... switch to another provider or stop using it"
        rest = _tidy(_LEAVING_ASKED.sub(lambda m: " " if _said_of_people(m) else m.group(0), question))
        route = route_question(rest)
        if not set(route.topic.lower().split()) - _AUDIENCE_WORDS:  # "What are the?", "How many patients?"
            rest = ("What do these customers say?" if route.kind == "lookup" else
                    "How many customers?" if route.kind == "count" and route.topic else rest)
        return replace(filters, says="leaving"), rest
    return filters, question


def _language_named(conn, question: str, filters: Filters) -> tuple[Filters, str]:
    """``filters`` cut to the language a question names ("What do German customers complain about?", "feedback in
    Spanish" -> language=de / es, asked as "What do customers complain about?"; a tester's question searched for
    the word 'German' and found three tickets about German receipts), when stored items are in it and no language
    filter is set; else both unchanged. The language of an item is ingest's tag (``retrieval.languages``)."""
    m = _LANGUAGE_NAMED.search(question)
    if not m or "language" in {k.lower() for k in filters.where} or NOT_ENGLISH.search(question):
        return filters, question
    name = (m.group("adj") or m.group("lang")).lower()
    code = next(c for c, n in LANGUAGE_NAMES.items() if n.lower() == name)
    if not conn.execute("SELECT 1 FROM feedback WHERE language = %s LIMIT 1", [code]).fetchone():
        return filters, question
    said = m.group("noun") or ""
    return replace(filters, where={**filters.where, "language": code}), _without(question, m, said)


def _value_named(conn, question: str, filters: Filters) -> tuple[Filters, str]:
    """``filters`` cut to the metadata value a question names verbatim ("What do users of com.google.android.keep
    want added?" -> app=com.google.android.keep, asked as "What do users want added?"; it searched for the word
    "keep"), found on the newest ``_GROUP_SAMPLE`` items whatever the number of values of its key; unchanged when
    no stored item holds it or that key is filtered already."""
    for m in _IDENTIFIER.finditer(question):
        token = m.group(1).rstrip(".")
        if len(token) < 6:  # "e.g.", "v2.1"
            continue
        row = conn.execute(
            f"SELECT e.key, e.value FROM (SELECT metadata FROM feedback ORDER BY id DESC LIMIT {_GROUP_SAMPLE}) f, "
            "jsonb_each_text(f.metadata) e WHERE lower(e.value) = lower(%s) LIMIT 1", [token]).fetchone()
        if not row or row[0].lower() in {k.lower() for k in filters.where}:
            continue
        return replace(filters, where={**filters.where, row[0]: row[1]}), _without(question, m)
    return filters, question


def _filtered_keys(filters: Filters) -> set[str]:
    """The metadata keys (and columns, by ``COLUMN_KEYS``) ``filters.where`` sets, lower-cased; "A|B" sets both."""
    return {COLUMN_KEYS.get(k.lower(), k.lower()) for key in filters.where for k in key.split("|")}


_TAGGED = re.compile(r"\b(?:tagged|labell?ed|with\s+(?:the\s+)?(?:tag|label))\s+(?:as\s+)?[\"'“‘]?"
                     r"(?P<tag>[\w][\w-]*)[\"'”’]?", re.IGNORECASE)


def _tag_named(conn, question: str, filters: Filters) -> tuple[Filters, str]:
    """``filters`` cut to the items a tags column marks with the tag the question names ("tickets tagged sso", "with
    the label billing"), and the question without those words, when a tags column (``LABELS_COLUMN``: Zendesk's and
    Help Scout's "Tags") holds it; else both unchanged. Tags name no group of users (``_groups``), but "tagged X"
    asks for them: an HR tester's "What do Help Scout tickets tagged sso say?" got two German items of every tag."""
    m = _TAGGED.search(question)
    if not m:
        return filters, question
    for key in sorted(k for k in _recent_keys(conn) if LABELS_COLUMN.search(k) and k not in filters.where):
        scoped = replace(filters, where={**filters.where, key: m.group("tag")})
        where, params = scoped.sql(conn)
        if conn.execute(f"SELECT EXISTS (SELECT 1 FROM feedback f WHERE {where})", params).fetchone()[0]:
            return scoped, _without(question, m)
    return filters, question


# A column that says where an idea or a ticket stands: Productboard's "Feature status", UserVoice's "Status", a
# deal's "Deal stage"; and the words that say an item stands there ("are planned", "has been shipped", "marked as
# done", "planned features", "with status Planned")
_STATUS_KEY = re.compile(r"(?:^|[\s_.])(?:status|state|stage)$", re.IGNORECASE)
_STATUS_IS = (r"(?:(?:is|are|was|were|has|have|had|will|would|been|be|being|got|get|gets|now|currently|already|still|"
              r"marked|set\s+to|moved\s+to|as)\s+)+|(?:with|has|have|had)\s+(?:the\s+|a\s+)?(?:status|state|stage)"
              r"(?:\s+of)?\s+")
_STATUS_THINGS = (r"(?:(?:feature\s+)?(?:ideas?|requests?|features?|items?|tickets?|posts?|insights?|notes?|"
                  r"suggestions?|deals?|conversations?|cases?|feedback|complaints?|issues?|bugs?|problems?|reports?))")
_STATUS_NOT = frozenset({"new", "other", "none", "all", "any", "yes", "no", "true", "false", "null", "unknown"})
# "What is the status of the custom workout builder request?", "Where does dark mode stand?" (a fitness tester's
# quoted the requests and never said where the board had it)
_STATUS_OF = re.compile(rf"^\s*(?:what(?:'s|’s|\s+is)\s+the\s+(?:current\s+)?(?:status|state|stage)\s+of|"
                        rf"where\s+(?:does|do))\s+(?:the\s+|our\s+)?(?P<what>.{{2,60}}?)(?:\s+{_STATUS_THINGS})?"
                        rf"(?:\s+stands?)?\s*[?.!]*\s*$", re.IGNORECASE)


def _status_named(conn, question: str, filters: Filters) -> tuple[Filters, str]:
    """``filters`` cut to the items a status column (``_STATUS_KEY``) marks with the value the question says they
    stand at ("How many ideas are planned?", "Which requests are in progress?", "planned features", "with status
    Shipped" -> Status=Planned ...), and the question without those words; else both unchanged. A status is no
    group of users (``_groups`` leaves "open" and "closed" out), and a feature board's "Planned" was counted as the
    items that say the word 'planned' (an HR tester's "How many ideas are planned?")."""
    set_keys = _filtered_keys(filters)
    keys = [k for k in _recent_keys(conn) if _STATUS_KEY.search(k) and not names_a_state(k)
            and k.lower() not in set_keys]
    if not keys:
        return filters, question
    if m := _STATUS_OF.match(question):  # the items about it by their status, as "Is dark mode planned?" below
        return filters, _tidy(f"How many items are about {m.group('what')} by {keys[0]}?")
    rows = conn.execute(
        f"SELECT e.key, e.value FROM (SELECT metadata FROM feedback ORDER BY id DESC LIMIT {_GROUP_SAMPLE}) f, "
        "jsonb_each_text(f.metadata) e WHERE e.key = ANY(%s) AND length(e.value) BETWEEN 2 AND 30 "
        "GROUP BY 1, 2", [keys]).fetchall()
    counts = Counter(k for k, _ in rows)
    values = sorted(((k, v) for k, v in rows if counts[k] <= _GROUP_VALUES and v.lower() not in _STATUS_NOT
                     and re.fullmatch(r"[^\W\d_]+(?:[\s_-]+[^\W\d_]+){0,3}", v)), key=lambda g: -len(g[1]))
    for key, value in values:
        said = _value_pattern(value)
        stands = rf"(?:{_STATUS_IS})[\"'“‘]?(?:{said})(?![\w-])[\"'”’]?"
        # said of the items asked about ("ideas are planned", "What has been shipped?"), not of anything ("What do
        # users say when the app is closed?" is no ticket's Status=closed); or "Is dark mode planned?"
        m = re.search(rf"\b(?P<things>{_STATUS_THINGS})\s+(?:(?:that|which)\s+)?{stands}|"
                      rf"^\s*(?P<asks>(?:what|which|how\s+many|anything)(?:\s+\w+)??)\s+{stands}|"
                      rf"(?<![\w-])(?<!\bnot\s)(?:{said})\s+{_STATUS_THINGS}\b|"
                      rf"^\s*(?P<is>is|are)\s+(?P<what>.{{2,60}}?)\s+(?:already\s+|still\s+)?(?:{said})\s*[?.!]*\s*$",
                      question, re.IGNORECASE)
        if m:
            scoped = replace(filters, where={**filters.where, key: value})
            if m.group("is"):  # "Is dark mode planned?": the items about dark mode by their status, which says
                # whether (a fitness tester's board post stood "in progress": "No feedback items about 'dark mode'
                # (Status=planned)")
                return filters, _tidy(f"How many items are about {m.group('what')} by {key}?")
            return scoped, _without(question, m, m.group("things") or m.group("asks") or "")
    return filters, question


def _recent_keys(conn) -> list[str]:
    """The metadata keys of the newest ``_GROUP_SAMPLE`` items."""
    return [k for (k,) in conn.execute(f"SELECT DISTINCT jsonb_object_keys(f.metadata) FROM (SELECT metadata FROM "
                                       f"feedback ORDER BY id DESC LIMIT {_GROUP_SAMPLE}) f")]


def _company_values(conn) -> list[tuple[str, str]]:
    """``(key, value)`` of the columns named for a company (``retrieval.columns.names_an_organization``) among the
    newest ``_GROUP_SAMPLE`` items."""
    from retrieval.columns import names_an_organization

    keys = [k for k in _recent_keys(conn) if names_an_organization(k)]  # a note's "Account:" too
    if not keys:
        return []
    return conn.execute(
        f"SELECT DISTINCT e.key, e.value FROM (SELECT metadata FROM feedback ORDER BY id DESC LIMIT {_GROUP_SAMPLE}) "
        "f, jsonb_each_text(f.metadata) e WHERE e.key = ANY(%s) AND length(e.value) BETWEEN 4 AND 80", [keys]).fetchall()


# "tickets with a bad satisfaction rating", "rated good", "bad CSAT": a help desk's own satisfaction answer
# ... and Freshdesk's words ("How many tickets were rated Not happy in the satisfaction survey?": a streaming
# tester's counted the items about 'rated Not satisfaction' and found none of 84)
_SATISFACTION_WORD = r"bad|good|negative|positive|(?:extremely\s+|very\s+|not\s+)?(?:happy|unhappy)|neutral"
_SATISFACTION_NAMED = re.compile(rf"\b(?:(?:an?\s+)?(?P<side>{_SATISFACTION_WORD})\s+(?:satisfaction|csat)"
                                 r"(?:\s+(?:ratings?|scores?|survey|answers?))?|rated\s+(?:as\s+)?"
                                 rf"(?P<rated>{_SATISFACTION_WORD})(?:\s+(?:in|on|by)\s+(?:the\s+|their\s+)?"
                                 r"(?:satisfaction|csat)(?:\s+(?:ratings?|scores?|surveys?))?)?)\b", re.IGNORECASE)


def _satisfaction_named(conn, question: str, filters: Filters) -> tuple[Filters, str]:
    """``filters`` cut to the help desk's satisfaction answer a question names ("How many Zendesk tickets had a bad
    satisfaction rating?" -> satisfaction_rating.score=bad: a telehealth tester's count searched the words and found
    none of the 136), when the store has such a column (``rating_facts.satisfaction_key``) and no filter on it."""
    from assistant.chat.rating_facts import BAD, GOOD, NEUTRAL, satisfaction_key

    if not (m := _SATISFACTION_NAMED.search(question)):
        return filters, question
    where, params = filters.sql(conn)
    key = satisfaction_key(conn, where, params)
    if key is None or key.lower() in _filtered_keys(filters):
        return filters, question
    side = " ".join((m.group("side") or m.group("rated")).lower().split())
    words = ((side,) if side in (*GOOD, *BAD, *NEUTRAL) and side not in ("good", "bad", "positive", "negative") else
             GOOD if side in ("good", "positive") else NEUTRAL if side == "neutral" else BAD)
    value = next((v for v, _ in conn.execute(
        f"SELECT lower(f.metadata ->> %s), count(*) FROM feedback f WHERE {where} AND lower(f.metadata ->> %s) = "
        f"ANY(%s) GROUP BY 1 ORDER BY 2 DESC LIMIT 1", [key, *params, key, list(words)])), None)
    if value is None:
        return filters, question
    return replace(filters, where={**filters.where, key: value}), _without(question, m)


_PEOPLE = set("""customer user person people client patient student teacher parent member subscriber shopper driver
rider host guest buyer seller merchant employee admin player learner""".split())


def _satisfaction_of(route: Route, question: str, sources: list[str], filters: Filters) -> list[str] | None:
    """The sources a CSAT question names by its subject ("What is our CSAT for consultations?": the source
    'Post-consultation survey ...'): those whose name holds every word of the topic left (stemmed by its first five
    letters), when the question asks for CSAT or satisfaction and no source is set; else None."""
    from assistant.chat.router import asks_csat

    if filters.sources or not asks_csat(question):
        return None
    # "What share of patients were satisfied with their consultation?": the people asked about are no subject
    words = {w.lower()[:5] for w in re.findall(r"[^\W\d_]{3,}", route.topic)
             if w.lower() not in {"csat", "satisfaction", "score", "rating", "our", "their"}
             and w.lower().rstrip("s") not in _PEOPLE}
    if not words:
        return None
    named = [s for s in sources if words <= {w.lower()[:5] for w in re.findall(r"[^\W\d_]{3,}", s)}]
    return named or None


def _company_named(question: str, filters: Filters, companies: list[tuple[str, str]]) -> tuple[Filters, str]:
    """``filters`` cut to the company a question names ("What does Casa Verde Cantina complain about?" ->
    Organization=Casa Verde Cantina, asked as "What does customers complain about?"): one of ``companies``
    (``_company_values``) written whole in the question; the longest such value wins. Unchanged when none is, or
    that column is filtered already. A tester's question about one restaurant chain searched its name and abstained
    over its 17 tickets."""
    set_keys = _filtered_keys(filters)
    values = [(k, v) for k, v in companies if k.lower() not in set_keys]
    for key, value in sorted(values, key=lambda kv: (-len(kv[1]), kv)):
        # written as the export writes it, and a one-word name not the start of a longer one: "Apple" is no company
        # in "the Apple Watch app", nor "Monday" in "every monday"; the legal form may go ("What did Kessler
        # Haustechnik say?" for Kessler Haustechnik GmbH: a thermostat tester's abstained)
        short = _LEGAL_FORM.sub("", value)
        name = "|".join(map(re.escape, [value] + ([short] if short != value and len(short) >= 4 else [])))
        longer = r"(?!\s+[A-Z])" if len(value.split()) == 1 or " " not in short else ""
        if m := re.search(rf"(?<![\w-])(?:{name})(?![\w-]){longer}", question):
            # "Organization" and "Company" alike
            return replace(filters, where={**filters.where, _same_field(key, value, values): value}), \
                _without(question, m, "customers")
    # ... or by the first word of its name, when no other company's name starts with it and it is no common word
    # ("What does Lindqvist complain about?" for Lindqvist Logistik: an insurance broker's call notes, whose
    # company was said to be mentioned by no stored item)
    from assistant.safety.support import STOP_WORDS

    firsts = Counter(v.split()[0].lower() for _, v in values)
    for key, value in values:
        first = value.split()[0]
        if len(value.split()) < 2 or len(first) < 5 or not first.isalpha() or firsts[first.lower()] > 1 \
                or first.lower() in STOP_WORDS or first.lower() in _ANYONE:
            continue
        if m := re.search(rf"(?<![\w-]){re.escape(first)}(?:['’]s(?:\s+(?:team|staff|people|users|employees))?)?"
                          rf"(?![\w-])(?!\s+[A-Z])", question[1:]):
            return replace(filters, where={**filters.where, _same_field(key, value, values): value}), \
                _tidy(f"{question[:m.start() + 1]} customers {question[m.end() + 1:]}")
    return filters, question


def _customers_again(conn, question: str, previous: str | None) -> str | None:
    """A follow-up that names other customers after a question about customers, asked as that question about them:
    "And for Basic customers?" after "What do Family plan customers complain about?" is "What do Basic plan
    customers complain about?" (a thermostat tester's follow-up searched for 'Basic customers' and abstained).
    None when the earlier question was not about customers or the follow-up names none of the customer file."""
    from assistant.chat.customer_facts import _named
    from assistant.chat.router import route_question

    if not previous or route_question(previous).kind != "customers":
        return None
    column, before = _named(conn, previous)
    again, now = _named(conn, question)
    if not before or not now or column != again or before.lower() == now.lower():
        return None
    asked = re.sub(rf"(?<![\w-]){re.escape(before)}(?![\w-])", now, previous, count=1, flags=re.IGNORECASE)
    return asked if asked != previous else None


# Who actually left, or the revenue lost: what feedback cannot show ("How many customers churned after the price
# rise?" was answered with the items that say they may leave, and "How much revenue did we lose ...?" with the
# monthly revenue of the accounts that complained, neither saying so: a thermostat tester's).
_ACTUAL_LOSS = re.compile(
    r"\b(?:churned|(?:have|has|had)\s+(?:actually\s+)?(?:cancell?ed|left|quit|unsubscribed)|actually\s+(?:cancell?ed|"
    r"left|churned)|(?:did|have)\s+we\s+lose|we\s+(?:have\s+)?lost|lost\s+(?:customers|users|subscribers|accounts)|"
    r"(?P<rate>(?:churn|retention|cancell?ation|attrition)\s+rates?)|"
    r"(?P<money>(?:revenue|money|mrr|arr|income|sales)\s+(?:did\s+we\s+|have\s+we\s+|we\s+)?(?:lose|lost)|"
    r"(?:lose|lost)\s+(?:in\s+)?(?:revenue|money|mrr|arr|income|sales)))\b", re.IGNORECASE)
_MONEY_ASKED = re.compile(r"\b(?:mrr|arr|revenue|money|income)\b", re.IGNORECASE)


def _money_lost(question: str) -> bool:
    """Does ``question`` ask for the revenue lost ("How much MRR did we lose to cancellations?")?"""
    return bool((m := _ACTUAL_LOSS.search(question)) and m.group("money"))
_CANCELLED_SAID = ("These are the cancellations the export records (the customers who left and what they wrote); a "
                   "reason given is what they said, not proof of cause.")
_LOSS_CAVEAT = {
    "people": "Feedback shows who says they may leave, not who left: the count is of those items; who cancelled is "
              "in your billing or subscription data.",
    "money": "Feedback cannot show revenue lost: any revenue here is the monthly revenue of the accounts that wrote "
             "this feedback (revenue at risk), not what cancelled; revenue lost is in your billing data.",
    "rate": "Feedback cannot show a churn or retention rate: it holds what people wrote, not who cancelled or stayed; "
            "the rate is in your billing or subscription data (ask what the people who say they may leave say).",
}


# A company's legal form at the end of its name, which people leave out when they name it.
_LEGAL_FORM = re.compile(r",?\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|Corp\.?|Co\.|PLC|plc|"
                         r"AG|KG|B\.V\.|BV|N\.V\.|NV|S\.A\.|SA|SAS|SARL|S\.L\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|"
                         r"Pty\.?\s+Ltd\.?|Oy|AB|A/S|ApS|AS|LLP|LP)$")


# "Compare iOS and Android ratings", "iOS vs Android crashes", "How do Free and Plus users differ on sync?"
_COMPARED = r"(?:and|vs\.?|versus|or|&|/|compared?\s+(?:to|with))"  # "How does Roku compare to iOS?"
_COMPARING = re.compile(r"\b(?:compar\w*|vs|versus|differ\w*|between|better|worse|more|fewer|less|higher|lower|"
                        r"than)\b", re.IGNORECASE)
# "Are iOS users happier than Android users?": how content people are, which the ratings say
_FEELING = re.compile(r"^(?:(?:are|is|do|does|were|was|the|more|less|most|least|generally|overall|really)\s+)*"
                      r"(?:happ\w*|unhapp\w*|satisf\w*|dissatisf\w*|content|pleased|annoyed|frustrated|angr\w*|"
                      r"upset|sad\w*)$", re.IGNORECASE)


_RATED = re.compile(r"^(?:how\s+)?(?:do|does|did)\s+(?:\w+\s+)?rat(?:e|es|ed)\b", re.IGNORECASE)


def _group_pattern(key: str, value: str) -> str:
    """A regex for a group's value in a question; a source also by the names ``_source_names`` gives it ("App Store"
    for appstore_reviews_taskwell: a tester's "Compare App Store and Google Play ratings" compared nothing)."""
    if key == COUNTRY_KEY:  # "Germany compared to the UK", "French customers ... than Spanish customers" (an
        # insurance tester's comparison answered that no group is called 'Spanish')
        people = [rf"(?:{_value_pattern(d)})\s+(?:{_GROUP_AUDIENCE})" for d in demonyms(value)]
        return "|".join([*(f"(?:{p})" for p in map(_value_pattern, (value, *other_names(value)))), *people])
    if names_a_state(key):  # "only in California" over a column of "CA"
        return "|".join(f"(?:{p})" for p in map(_value_pattern, (value, *state_names(value))))
    if key != "source":
        return _value_pattern(value)
    return "|".join(f"(?:{p})" for p in [*map(_names_pattern, _source_names([value])), re.escape(value)])


_MODEL_VALUE = re.compile(r"[A-Za-z][A-Za-z ]*[A-Za-z] [0-9]{1,2}")  # "Band 2", "Pixel 7": ``ContextBuilder._groups``
# a hardware model's name with a number inside ("AC-22 wallbox", "VX-150 DC": an EV-charging tester's "Is the cable
# lock problem only on the AC-22 wallbox?" named no group)
_MODEL_NAME = re.compile(r"[A-Za-z]{2,}[ -]?[0-9]{1,4}(?:[ -][A-Za-z]{2,})?")
# A key a split can be asked by in words ("How many ... by band model?": ``router._GROUP``)
_SPLIT_KEY = re.compile(r"[A-Za-z_]+(?:\s+(?:version|tiers?|levels?|segments?|models?|types?|sizes?|categor(?:y|ies)|lines?|"
                        r"channels?|regions?|groups?))?", re.IGNORECASE)


def _by_key(groups: list[tuple[str, str]]) -> dict[str, list[str]]:
    """The values of ``groups`` (``(key, value)``) per key, in their order."""
    out: dict[str, list[str]] = {}
    for key, value in groups:
        out.setdefault(key, []).append(value)
    return out


def _groups_compared(question: str, groups: list[tuple[str, str]]) -> tuple[str, tuple[str, ...]] | None:
    """A question that compares two groups of one key, asked again as a split by that key ("Compare iOS and Android
    ratings" -> "How many ratings by platform?": the counts and average rating of every value), with the two values
    as stored; or None."""
    from assistant.chat.router import breakdown_of

    if breakdown_of(question) or not _COMPARING.search(question):  # "Which platform has more crashes, iOS or
        return None  # Android?" splits already; "What do users say about iOS and Android widgets?" compares nothing
    for key, values in _by_key(groups).items():
        if len(values) < 2 or not _SPLIT_KEY.fullmatch(key):
            continue
        names = "|".join(_group_pattern(key, v) for v in sorted(values, key=len, reverse=True))
        m = re.search(rf"(?<![\w-])(?:between\s+)?(?:the\s+)?(?:{names})\s*{_COMPARED}\s*(?:the\s+)?(?:{names})"
                      rf"(?:\s+(?:{_GROUP_AUDIENCE}))?(?![\w-])", question, re.IGNORECASE)
        than = None if m else re.search(  # "iOS users ... than Android users": the words between are the question's
            # ("a bigger problem in Spain than in Italy": none)
            rf"(?<![\w-])(?:the\s+)?(?:{names})(?:\s+(?:{_GROUP_AUDIENCE}))?\s+(?P<what>(?:[\w-]+\s+){{0,6}}?)"
            rf"(?:than|compared?\s+(?:to|with)|versus|vs\.?)\s+(?:(?:in|on|for|from|among)\s+)?"
            rf"(?:the\s+)?(?:{names})(?:\s+(?:{_GROUP_AUDIENCE}))?(?![\w-])", question, re.IGNORECASE)
        def named(text: str) -> tuple[str, ...]:  # in the question's order ("Compare Enterprise and Free": Enterprise
            # first; they came in the store's order, which changed from run to run)
            found = {v: m.start() for v in values
                     if (m := re.search(rf"(?<![\w-])(?:{_group_pattern(key, v)})(?![\w-])", text, re.I))}
            return tuple(sorted(found, key=found.get))

        if than and len(named(than.group(0))) == 2:
            before = re.sub(r"\s+(?:in|on|for|from|among)\s*$", "", question[:than.start()], flags=re.IGNORECASE)
            rest = " ".join(f"{before} {than.group('what')} {question[than.end():]}".split())
            rest = re.sub(r"\b(?:bigger|larger|greater|worse|smaller)\s+(?=problems?|issues?|pain)", "", rest)
            rest = rest.rstrip("?.! ")
            feeling = _FEELING.match(rest) or _RATED.search(rest)  # "How do small businesses rate us compared with
            return (f"Average rating by {key}?" if feeling else f"How many {rest} by {key}?",  # enterprise?"
                    named(than.group(0)))
        if m and len(named(m.group(0))) == 2:
            rest = " ".join(f"{question[:m.start()]} {question[m.end():]}".split()).rstrip("?.! ")
            return f"How many {rest} by {key}?", named(m.group(0))
    return None


# "Is the checkout crash only happening on iOS?", "Is it an Android-only problem?", "Does the sync bug happen on
# Android too?": a yes/no question about one value of a group (a rental tester's was narrowed to iOS, which cannot
# say whether Android has it too).
_ONLY_ASKED = re.compile(r"^\s*(?:is|are|was|were|does|do|did|has|have|can)\b", re.IGNORECASE)
_ONLY_BEFORE = (r"\b(?:(?:only|just|exclusively|solely)\s+(?:[\w-]+\s+){0,2}?(?:on|in|for|with|among|to|from|by)|"
                # "Is the PowerSchool export problem specific to Canada?" (an edtech tester's was narrowed to Canada)
                r"(?:specific|unique|limited|confined|restricted|exclusive|particular|peculiar)\s+to)\s+"
                r"(?:the\s+)?")  # "only happening on", "only a problem for", "only broken on"
_ONLY_ZEROS_MAX = 6  # values a key may have for those with no item to be listed as 0
_WORSE_ON = r"(?:worse|better|bigger|more\s+common|more\s+frequent|more\s+of\s+a\s+problem|more)"


_VERSION_SAID = r"(?:(?:the\s+)?(?:app\s+|portal\s+)?(?:version|release|build|v)\s*)?(\d+\.\d+(?:\.\d+)?)"
_VERSIONS_COMPARED = re.compile(rf"(?:\bbetween\s+)?(?:(?:the\s+)?app\s+)?{_VERSION_SAID}\s+(?:and|vs\.?|versus|or|"
                                rf"compared\s+(?:to|with))\s+(?:(?:the\s+)?app\s+)?{_VERSION_SAID}(?!\w|\.\d)",
                                re.IGNORECASE)


def _versions_compared(conn, question: str) -> tuple[str, tuple[str, ...]] | None:
    """A question that compares two app versions ("Compare photo upload complaints between app 5.2 and 5.3"),
    asked again as a split by version with the two versions as written (every 5.2.x release is 5.2:
    ``aggregate._breakdown``), when stored items carry versions; else None. An insurance tester's comparison listed
    the items about photo upload and compared nothing (119 on 5.2.x, 5 on 5.3.x)."""
    m = _VERSIONS_COMPARED.search(question)
    if not m or not _COMPARING.search(question) and not re.search(r"\b(?:vs\.?|versus)\b", m.group(0), re.I):
        return None
    if not conn.execute("SELECT 1 FROM feedback WHERE app_version IS NOT NULL LIMIT 1").fetchone():
        return None
    rest = " ".join(f"{question[:m.start()]} {question[m.end():]}".split()).rstrip("?.! ")
    rest = re.sub(r"^\s*(?:compare|how\s+many)\s+", "", rest, flags=re.IGNORECASE)
    return f"How many {rest} by version?", (m.group(1), m.group(2))


def _group_only(question: str, groups: list[tuple[str, str]]) -> tuple[str, tuple[str, ...]] | None:
    """A yes/no question whether something is limited to one value of a group ("only on iOS?", "Android-only?",
    "on Android too?"), asked again as a split by that key with every value of it, the named one first; or None."""
    if not _ONLY_ASKED.match(question):
        return None
    # the country every export's own column was read into first ("Spain" is also a value of a ticket's "Market"), a
    # value as written before another's other name ("only in Northern Ireland" is a Region, not the United Kingdom)
    keyed = sorted(_by_key(groups).items(), key=lambda kv: kv[0] != COUNTRY_KEY)
    for literal, (key, values) in [(True, kv) for kv in keyed] + [(False, kv) for kv in keyed]:
        # a help desk's ticket type ("problem", "question") is no group: "Is the clock-in problem only happening on
        # Android?" was split by the type 'problem' (read from "problem only") in a shift-scheduling tester's store
        values = [v for v in values if not _KIND_VALUE.fullmatch(v.strip())]
        if len(values) < 2 or not _SPLIT_KEY.fullmatch(key) or names_a_state(key) and key != STATE_KEY:
            continue  # a state by the key every export's state column is stored under ("only in California?")
        def pattern(v: str) -> str:  # "iPhone users" for platform ios
            return "|".join([_value_pattern(v) if literal else _group_pattern(key, v),
                             *(re.escape(w) for w in _PLATFORM_WORDS.get(v.lower(), ()))])

        names = "|".join(pattern(v) for v in sorted(values, key=len, reverse=True))
        audience = rf"(?:\s+(?:{_GROUP_AUDIENCE}))?"
        m = (re.search(rf"{_ONLY_BEFORE}(?P<v>{names}){audience}(?![\w-])(?!\s*\d)", question, re.IGNORECASE)
             or re.search(rf"(?<![\w-])(?P<v>{names})[\s-]+only(?![\w-])", question, re.IGNORECASE)
             or re.search(rf"\b(?:on|in|for|among|with)\s+(?:the\s+)?(?P<v>{names}){audience}\s+(?:too|as\s+well)\b",
                          question, re.IGNORECASE)
             or re.search(rf"\balso\s+(?:(?:happen\w*|occur\w*|seen|reported)\s+)?(?:on|in|for|among|with)\s+"
                          rf"(?:the\s+)?(?P<v>{names}){audience}(?![\w-])", question, re.IGNORECASE)
             # "Do iPhone users have sync problems too?"
             or re.search(rf"(?<![\w-])(?P<v>{names}){audience}(?![\w-])(?=.*\b(?:too|as\s+well)\s*[?.!]*\s*$)",
                          question, re.IGNORECASE)
             # "Is the green card problem worse on iOS?" (an insurance tester's listed the iOS items and compared
             # nothing)
             or re.search(rf"\b{_WORSE_ON}\s+(?:on|in|for|among|with)\s+(?:the\s+)?(?P<v>{names}){audience}"
                          rf"(?![\w-])(?!\s*\d)", question, re.IGNORECASE))
        if not m:
            continue
        named = next((v for v in values if re.fullmatch(pattern(v), m.group("v"), re.I)), None)
        if named is None:
            continue
        rest = " ".join(f"{question[:m.start()]} {question[m.end():]}".split()).rstrip("?.! ")
        rest = re.sub(rf"\s+(?:too|as\s+well|{_WORSE_ON})$", "", rest, flags=re.IGNORECASE)
        rest = re.sub(r"\b(?:an?|the)\s+(?:problem|issue|bug)$", "", _ONLY_ASKED.sub("", rest)).strip()
        others = [v for v in values if v != named] if len(values) <= _ONLY_ZEROS_MAX else []
        return f"How many {rest} by {key}?", (named, *others)
    return None


# "Pro users", "the Enterprise plan": a capitalised name before plan words, not at the start of the question.
# "the Carely Kids plan": all its capitalised words (a telehealth tester's question about a plan it does not have
# was answered from the Family items that mention kids)
_PLAN_NAMED = re.compile(r"(?<=\w\s)(?:(?:the|our|a)\s+)?((?:[A-Z][\w+-]*\s+)*[A-Z][\w+-]*)\s+(?P<plan>plan|tier|"
                         r"subscribers?|(?:plan\s+|tier\s+)?(?:users?|customers?|accounts?|members?))\b")


def _unknown_plan(conn, question: str, filters: Filters, groups: list[tuple[str, str]]) -> tuple[str, bool] | None:
    """For a question about a plan the feedback does not have ("What do Enterprise users want?" over plans Free,
    Plus and Team): the line that says so and names the plans, and whether any item mentions the name (then the
    question is still searched, "Android users" being what items write about, and the line is shown only when
    nothing answers it). None when the export has no plan column, a plan filter is set, or the name is a group's."""
    from retrieval.bm25 import query_words
    from retrieval.customers import has_customers

    spelt = plan_names(conn)  # a plan spelt several ways is listed once, by its name ("Plus")
    plans = sorted({spelt.get(v.lower(), v) for k, v in groups if k == "plan"})
    if names_customers(question) and has_customers(conn):  # "Enterprise customers": a segment of the customer file
        return None
    if not plans or "segment" in {COLUMN_KEYS.get(k.lower(), k.lower()) for k in filters.where}:
        return None
    known = {v.lower() for _, v in groups}

    def is_known(name: str) -> bool:  # "Plus" of a plan "Carely Plus", "Carely Family" of a plan "Family"
        return any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b) for v in known if len(v) >= 3
                   for a, b in ((name, v), (v, name)))

    for m in _PLAN_NAMED.finditer(question):
        if (name := m.group(1)).lower() in _METRIC_WORDS:  # "our NPS survey", asked as "our NPS users" once the
            continue  # survey is its scope (a food-delivery tester's "What drives detractors in our NPS survey?")
        if name.lower() not in known and not is_known(name.lower()):
            # (a name of several words is mentioned as a phrase: "Tradewind Plus" is not said by items that say
            # "Tradewind" and "plus" apart, and a marketplace tester's question about that made-up plan was answered
            # with 4 tracking and support items)
            mentioned = not query_words(conn, name).empty and (len(name.split()) < 2 or _phrase_said(conn, name))
            # named as a plan ("the Carely Kids plan"), it is no word of the items: said whatever they mention
            return (f"No plan or group called '{name}' is in this feedback{'' if mentioned else ', and no item mentions it'}"
                    f" (plans: {', '.join(plans)}). Ask about one of those plans, or without the plan.",
                    mentioned and m.group("plan").split()[0].lower() not in ("plan", "tier"))
    return None


# A name in a question's subject, capitalised inside the sentence ("the Korean course", "Alexa integration").
# ... or written in mixed case, a product's way ("iOS", "macOS", "eBay": an invoicing tester's "What do users say
# about the iOS app?" over Google Play reviews alone was answered with Android crash reviews, close in meaning)
_NAME_IN_QUESTION = re.compile(r"(?<=[\w,;:)]\s)(?<![.!?]\s)([A-Z][a-z]{2,}(?:['’]s)?|[a-z]{1,3}[A-Z][A-Za-z]+)\b")
_NOT_NAMES = frozenset("""i the a an and or but what which who how why when where is are do does did can could would
should will please any our my your their this that these those""".split())


def _absent_name(conn, question: str, route, groups: list[tuple[str, str]]) -> str | None:
    """The line that says so when the subject of a question names something no stored item mentions: a name, in
    capitals inside the sentence, that no item holds ("How many users complain about the Korean course?" over an app
    with no Korean course counted 23 items about its French and Japanese courses, close in meaning; "What do users
    say about our Chinese course?" quoted them). A name is not paraphrased, so nothing here is about it. None when the
    question's subject names nothing absent, or the name is a group, source or company the store knows."""
    from assistant.safety.support import STOP_WORDS
    from retrieval.bm25 import query_words
    from retrieval.columns import detect_language
    from retrieval.countries import known_country

    if route.kind not in ("count", "lookup", "top", "change") or not route.topic:
        return None
    if detect_language(question) not in ("en", "und"):  # German capitalises every noun; other languages' names
        return None
    topic_words_ = {w.lower().strip("'’") for w in route.topic.split()}
    known = {v.lower() for _, v in groups}
    for m in _NAME_IN_QUESTION.finditer(question):
        name = re.sub(r"['’]s$", "", m.group(1))
        if name.lower() not in topic_words_ or name.lower() in _NOT_NAMES or name.lower() in known \
                or name.lower() in STOP_WORDS \
                or name.lower() in MONTHS or known_country(name) or not query_words(conn, name).empty:
            continue
        return (f"No stored item mentions '{name}', so nothing in this feedback is about '{route.topic}' (a name is "
                "searched as written; ask without it, or check the spelling).")
    return None


# Detractors, passives and promoters are people who answered the NPS question, not 1-2 star app reviews: a
# tester's "What do detractors say?" ranked crashes first from the app stores (4th among the survey's detractors).
_NPS_GROUP = re.compile(r"\b(?:detractors?|promoters?|passives)\b", re.IGNORECASE)


def _nps_sources(conn, filters: Filters, stars: bool = False) -> Filters:
    """``filters`` cut to the sources whose items carry the NPS question's 0-10 score, when there is one; with
    ``stars``, to the rated sources whose items do not."""
    from assistant.chat.nps_facts import score_column
    from retrieval.stats import answer_rows

    where, params = filters.sql(conn)
    key = score_column(conn, where, params)
    if key is None:
        return filters
    sources = [s for (s,) in conn.execute(
        f"SELECT DISTINCT f.source FROM {answer_rows(where)} f WHERE {where} AND f.rating IS NOT NULL AND "
        f"{'NOT ' if stars else ''}(f.metadata ? %s) ORDER BY 1", [*params, key])]
    return replace(filters, sources=sources) if sources else filters


def _narrowed_by_question(conn, question: str, route: Route, filters: Filters) -> tuple[Filters, str]:
    """``filters`` cut to the ratings the question names (only when items in scope have ratings: without any,
    "negative reviews" stays words to search for) and, for lookup/count/top questions, to the window it names
    (counted back from the newest item; a "change" question compares that window with the one before instead);
    and the question without the words that became filters."""
    text = question
    ratings, without_ratings = ratings_in(question)
    if ratings:
        where, params = filters.sql(conn)
        if conn.execute(f"SELECT 1 FROM feedback f WHERE {where} AND f.rating IS NOT NULL LIMIT 1",
                        params).fetchone():
            filters, text = narrowed(filters, min_rating=ratings[0], max_rating=ratings[1]), without_ratings
        if _NPS_GROUP.search(question) and not filters.sources:
            filters = _nps_sources(conn, filters)
        elif names_stars(question) and not filters.sources:
            # stars are the reviews' ratings, not 0-10 answers read in NPS bands: an analytics tester's "How many
            # 1-star or 2-star reviews do we have?" counted 145 NPS answers of 0-6 beside the 40 reviews
            filters = _nps_sources(conn, filters, stars=True)
    if route.since_version and route.kind in ("lookup", "count", "top") and (
            start := _version_start(conn, route.since_version)):  # "How many since 4.6.0?": from its release
        filters = narrowed(filters, since=start)
    if names_period(question) and route.kind in ("lookup", "count", "top", "nps", "rating") and not (
            route.kind == "nps" and names_two_months(question)):  # "NPS in June vs November": each month's
        first, last = aggregate.data_range(conn, filters)
        period = parse_period(question, last, first) if last else None
        if period:
            filters, text = narrowed(filters, since=period.start, until=period.end), without_period(text)
    return filters, text


def _version_start(conn, version: str):
    """When ``version`` (or a patch of it) came out: its date in the imported release notes, else its first feedback
    (``impact.version_firsts``); None when no item carries it."""
    firsts = impact.version_firsts(conn, "(f.app_version = %s OR f.app_version LIKE %s)", [version, version + ".%"])
    return min(firsts.values()) if firsts else None


FOLLOW_UP_TURNS = 6
"""Earlier turns read to find what a follow-up leans on (the model is shown only ``AskOptions.history_turns``)."""


def _inherited_scope(filters: Filters, earlier: dict | None, question: str, *, period: bool = True) -> Filters:
    """A follow-up keeps the previous answer's scope: "And on Android?" after a count for September counts
    September's Android items, and "What about in September?" after one for Android keeps Android. What the caller
    set and what the follow-up names itself (a period, ratings, a source, a value of the same key) win; ``period``
    False keeps the earlier dates out ("Is it getting worse?" compares windows of its own)."""
    if not earlier:
        return filters
    changes: dict = {}
    if period and filters.since is None and filters.until is None and not names_period(question):
        changes.update({k: datetime.fromisoformat(earlier[k]) for k in ("since", "until") if earlier.get(k)})
    if filters.min_rating is None and filters.max_rating is None and not ratings_in(question)[0]:
        changes.update({k: earlier[k] for k in ("min_rating", "max_rating") if earlier.get(k) is not None})
    if not filters.sources and earlier.get("sources"):
        changes["sources"] = list(earlier["sources"])
    # Metadata values belong to their sources: "What about the interviews?" after a count on Android drops the platform
    switched = bool(filters.sources) and set(filters.sources) != set(earlier.get("sources") or [])
    named = {part.lower() for key in filters.where for part in key.split("|")}  # "a|b": any of keys a and b
    inherited = {} if switched else {k: v for k, v in (earlier.get("where") or {}).items()
                                     if not {part.lower() for part in k.split("|")} & named}
    if inherited:
        changes["where"] = {**inherited, **filters.where}
    if earlier.get("include_duplicates") is False:
        changes["include_duplicates"] = False
    if filters.says is None and earlier.get("says"):  # "And on Android?" after "Who is at risk of churning?"
        changes["says"] = earlier["says"]
    return replace(filters, **changes) if changes else filters


def narrowed(filters: Filters, **bounds) -> Filters:
    """``filters`` with each named bound (``min_rating``/``max_rating``, ``since``/``until``) cut to the narrower of
    the two: an empty range leaves no feedback in scope."""
    from dataclasses import replace

    changes = {}
    for name, bound in bounds.items():
        values = [v for v in (getattr(filters, name), bound) if v is not None]
        changes[name] = (max if name in ("min_rating", "since") else min)(values, default=None)
    return replace(filters, **changes)


def _dedupe(items: list[SearchHit]) -> list[SearchHit]:
    """One item per near-duplicate group (the same ticket filed twice adds nothing to the context)."""
    seen: set[int] = set()
    out = []
    for h in items:
        group = h.duplicate_of or h.id
        if group in seen or h.id in seen:
            continue
        seen.update({group, h.id})
        out.append(h)
    return out


