"""Numbers for aggregate questions, computed in SQL over every matching row (never by the model).

Each ``Number`` keeps a label and the filter it was computed under, so the answer can show where it came from
(``numbers_used`` in ``--json``). Topic matching for "how many … about X" counts by meaning and says how
(``topic_match``): an item is about X when the full-text search finds all words of X, when it is in a stored theme
whose label or keywords name X, or when it is close to X in meaning (paraphrases such as "charged twice" for
"billing"; the rule in ``topic_match``); the answer gives the three parts and the words the matched items use most,
and ``matched_ids`` lists them.

Theme-level numbers (top themes, their trends) come from ``assistant.themes.view`` when a theme summary has
been stored; without one the answers say so and name `pma summarize`.
Not handled: arbitrary SQL from natural language; only the three question shapes in ``router``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime

from assistant.themes.kinds import (LANGUAGE_LABEL, NEGATIVE_MAX_RATING, language_named, praise_sql, problem_sql,
                                    request_sql)
from assistant.chat.router import HOST_NAME
from retrieval.columns import PRODUCT_COLUMN, names_company_size
from retrieval.countries import KEY as COUNTRY_KEY, known_country
from retrieval.filters import COLUMN_KEYS, Filters
from retrieval.lexical import query_terms
from retrieval.plans import plan_expression

# Cosine of an item to the topic phrase (all-MiniLM-L6-v2) above which it counts as about the topic. Chosen on the
# dev split of bench/answer_trust.py (SemEval-2014 train sentences: "about food / service / price / ambience" against
# the annotated categories, best F1 of literal-or-cosine at 0.25 for every category); test: SemEval test sentences
# and the hand-labelled billing items of examples/feedback.csv.
TOPIC_SIMILARITY = 0.25
# ... for items of two indexed words at least: all-MiniLM-L6-v2 puts one-word answers near any one-word topic ("ok",
# "good", "idk" at cosine 0.32-0.36 to "slow"; a tester's "slow reports" count took in 17 such survey answers).
MIN_MEANING_WORDS = 2
# A theme names a topic when its label and keywords hold words carrying more than this share of the topic's idf
# weight: "offline maps" names 'Offline maps fail to download', not 'Iphone / map / slow' (session 23).
THEME_NAMES_SHARE = 0.5
# A theme is *meant* by a topic of several words when its centre is close to the topic phrase and the item rule
# already counts a good share of its items: a tester's largest problem, said in other words ("my accounts stop
# updating", "had to re-link Ally"), sat in a theme labelled 'Credit card / bank' that no count used, and "bank
# sync" was counted 47 times for 148. Chosen on that tester's store (dev); measured on the others'.
THEME_MEANT_COSINE = 0.45
THEME_MEANT_SHARE = 0.25
# Also meant: the one theme clearly nearest to the topic (centre at NEAREST_COSINE or more, NEAREST_MARGIN closer
# than any other theme) when the item rule counts NEAREST_SHARE of its items: a video-call tester's "audio quality"
# (0.447 to 'Sound quality during customer meetings', 0.291 to the next; 14 of its 110 items said "audio") was
# counted 14 times for 181. Its items must hold the topic's words too (some of them): "Windows desktop app" over a
# mobile app's reviews is 0.41 from a praise theme and 0.14 closer than the next, with no item saying it. Written
# after that store (dev); checked on the two stores above.
NEAREST_COSINE, NEAREST_MARGIN, NEAREST_SHARE = 0.40, 0.10, 0.10
# A theme whose label does not name a one-word topic, only its keywords, is counted whole when the item rule counts
# this share of it: a telehealth tester's "How many people mention Aetna?" counted a mixed theme 'Health app
# cancellation' (keywords "cancelled, aetna, ..."; 22 of its 86 items Aetna) whole, 87 for 25. Chosen on four
# tester stores (session 33): every other theme a one-word topic names there has 0.76 or more, or its label names it.
KEYWORD_NAMED_SHARE = 0.5
LANGUAGE_THEMES_SKIPPED = 3  # language themes a top list may skip and still list as many themes as asked
COMMON_WORD_SHARE = 0.02  # a word named in "They talk most about" is in at least this share of the matched items
_COURTESY = ("please", "pls", "plz", "thanks", "thank", "thx", "hi", "hello", "dear", "regards", "cheers")


@dataclass
class Number:
    """One figure computed by code, as shown to the model and returned in ``numbers_used``."""

    key: str
    label: str
    value: float | int | str
    scope: str = ""  # the filters and topic it was computed under

    def as_dict(self) -> dict:
        return asdict(self)

    def text(self) -> str:
        """"label: value (scope)": the figure as the answer's checks read it (the scope words, "plan=Team", are
        computed too: a summary line that names its scope is supported by its figures)."""
        value = f"{self.value:g}" if isinstance(self.value, float) else str(self.value)
        scope = f" ({self.scope})" if self.scope and self.scope != "all feedback" else ""
        return f"{self.label}: {value}{scope}"


@dataclass
class Facts:
    """What the database says about one aggregate question."""

    numbers: list[Number] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # sentences built by code from the numbers (shown verbatim)
    example_ids: list[int] = field(default_factory=list)  # items to quote as evidence, best first
    matched: int | None = None  # items the question is about (0 -> nothing to narrate)
    note: str | None = None  # e.g. "run `pma summarize` for theme numbers"
    matched_ids: list[int] = field(default_factory=list)  # every item counted as about the topic ("--json")
    money_key: str | None = None  # the export's column of what respondents pay, summed in these numbers ("MRR")

    def add(self, key: str, label: str, value, scope: str = "") -> Number:
        number = Number(key, label, value, scope)
        self.numbers.append(number)
        return number


OR = " or "  # between the subjects of a topic named as "A or B"


@dataclass
class TopicMatch:
    """How "about X" is decided for one topic: SQL condition, and the parts it is made of (for the answer)."""

    topic: str
    literal: tuple[str, list]  # all the topic's words
    meaning: tuple[str, list] | None  # cosine to the topic phrase
    themes: list[tuple[int, str]] = field(default_factory=list)  # (id, label) of stored themes named by the topic

    @property
    def words(self) -> str:
        """The topic's words as the answer quotes them: "'Apple Pay' or 'Google Pay'" for a topic of two subjects."""
        return "' or '".join(self.topic.split(OR))

    @classmethod
    def either(cls, matches: list["TopicMatch"]) -> "TopicMatch":
        """Items about any of ``matches``' topics ("Apple Pay or Google Pay"): each part the parts' union."""
        def union(parts: list[tuple[str, list]]) -> tuple[str, list]:
            return "(" + " OR ".join(p[0] for p in parts) + ")", [x for p in parts for x in p[1]]

        meanings = [m.meaning for m in matches if m.meaning]
        themes = list({t: (t, label) for m in matches for t, label in m.themes}.values())
        return cls(OR.join(m.topic for m in matches), union([m.literal for m in matches]),
                   union(meanings) if meanings else None, themes)

    def sql(self) -> tuple[str, list]:
        parts, params = [self.literal[0]], list(self.literal[1])
        if self.meaning:
            parts.append(self.meaning[0])
            params += self.meaning[1]
        if self.themes:
            parts.append("f.id IN (SELECT ft.feedback_id FROM feedback_themes ft WHERE ft.theme_id = ANY(%s))")
            params.append([t for t, _ in self.themes])
        return "(" + " OR ".join(parts) + ")", params


def _a_name(topic: str) -> bool:
    """Is the one-word ``topic`` a name, written with a capital and no English word ("Twilio", "QuickBooks", "iOS")?

        >>> [_a_name(t) for t in ("Twilio", "QuickBooks", "iOS", "billing", "Billing", "twilio", "Booking.com")]
        [True, True, True, False, False, False, True]
    """
    from retrieval.first_names import is_english_word

    word = topic.strip()
    if re.fullmatch(HOST_NAME, word):  # "Booking.com", "monday.com": a name however written
        return True
    return bool(re.fullmatch(r"[^\W\d_]+", word)) and word != word.lower() and not is_english_word(word.lower())


# A theme of the other side is not the topic of a question about complaints (or praise): "How many complaints about
# sleep tracking accuracy?" counted a wearable tester's praise theme 'Sleep coach' (26 items, none negative) whole
# (111 for 79), and "Which release introduced the sleep tracking problem?" named the app release the praise came with.
OTHER_SIDE_SHARE = 0.8  # a theme with this share of its classified items on the other side


def _one_sided(conn, themes: list[tuple[int, str]], focus: str) -> list[tuple[int, str]]:
    """``themes`` less those whose classified items are mostly on the side opposite to ``focus`` ("issues": positive;
    "praise": negative); all of them for another focus or without classifications."""
    other = {"issues": "positive", "praise": "negative"}.get(focus)
    if not other or not themes:
        return themes
    shares = dict(conn.execute(
        "SELECT ft.theme_id, avg((fc.sentiment = %s)::int) FROM feedback_themes ft JOIN feedback_classification fc "
        "ON fc.feedback_id = ft.feedback_id WHERE ft.theme_id = ANY(%s) GROUP BY 1",
        [other, [t for t, _ in themes]]).fetchall())
    return [(t, label) for t, label in themes if float(shares.get(t) or 0.0) < OTHER_SIDE_SHARE]


def topic_match(conn, topic: str, vector, alias: str = "f", focus: str = "all") -> TopicMatch:
    """An item is about ``topic`` when it contains all its words, or is close to it in meaning, or belongs to a stored
    theme whose label or keywords name the topic ("billing" names the theme 'Refund / renewal / charged' through its
    keyword 'billing').

    *Close in meaning* follows the rule each cut-off was chosen for. A topic of one word ("food", "billing": the
    categories ``TOPIC_SIMILARITY`` was chosen on) counts an item of ``MIN_MEANING_WORDS`` indexed words or more at
    cosine ``TOPIC_SIMILARITY``, or
    ``relevance.SEMANTIC_COSINE`` when no stored item holds the word. A topic of several words ("Windows desktop app",
    "map slow") is the chat's relevance rule (``assistant.chat.relevance``): cosine ``MIN_COSINE`` with words carrying
    ``MIN_COVERAGE`` of the topic's idf weight, or ``SEMANTIC_COSINE`` alone. Session 23: at cosine 0.25 alone,
    "How many users complain about the Windows desktop app?" counted 20 reviews of a mobile app that mention no
    desktop, "Apple Watch app" 56 that mention no watch.
    A theme *names* the topic when its label and first ten keywords hold words carrying more than
    ``THEME_NAMES_SHARE`` of the topic's idf weight, and two of them at least when the topic has several words: one
    shared common word ("app") names nothing (any shared word did: it had put the theme 'Lack of a watch app' under
    "Windows desktop app", 32 items), nor does one rarer one ("sync" of 'Xero integration / direct sync' for "bank
    sync").
    """
    from assistant.chat import relevance
    from retrieval import bm25
    from retrieval.verb_forms import usual_forms

    topic = usual_forms(conn, topic)  # "losing progress" of items that say "lost my progress"
    terms = query_terms(topic)
    # a name with its domain is one word of the index ("booking.com"), as the topic keeps it (router.HOST_NAME)
    hosts = [h.lower() for h in re.findall(HOST_NAME, topic)]
    parts = {p for h in hosts for p in query_terms(h)}
    said = hosts + [t for t in terms if t not in parts]
    literal = (f"{alias}.lexical @@ plainto_tsquery('english', %s)", [" ".join(said)]) if terms else ("FALSE", [])
    words, absent = relevance.topic_words(conn, topic) if terms else (None, 0)
    weights = _term_weights(words, absent)
    # a number in the topic ("80%", "error 500") is the detail that tells it apart, which no paraphrase drops: an
    # item or theme without it is about something else (an EV-charging tester's "charging stopping at 80%" counted
    # the theme 'Route planning / charging stops', 77 items for 51)
    numbers = [t for t in weights if t.isdigit()]
    named = _one_sided(conn, _themes_named(conn, weights, absent, numbers), focus)
    meaning = None
    if vector is not None:
        cosine = f"(1 - ({alias}.embedding <=> %s))"
        if len(weights) + absent >= 2:
            covered, cparams = _coverage_sql(weights, alias)
            said = "".join(f" AND {alias}.lexical @@ %s::tsquery" for _ in numbers)
            meaning = (f"(({cosine} >= %s AND {covered} >= %s{said}) OR {cosine} >= %s)",
                       [vector, relevance.MIN_COSINE, *cparams, relevance.MIN_COVERAGE,
                        *(bm25.quote(n) for n in numbers), vector, relevance.SEMANTIC_COSINE])
        elif weights:  # one word: an item of one content word ("ok", "love it", "idk") is no paraphrase of it
            # A name ("Twilio", "QuickBooks") is matched as written and by the themes that name it: close in meaning
            # to a rival's name is every item about sending SMS (a developer-platform tester's "How many items mention
            # Twilio?" counted 85 for 4).
            name = _a_name(topic)

            def one_word(themes):
                if name:
                    return ("FALSE", [])
                return (f"({cosine} >= %s AND coalesce({alias}.lexical_len, 0) >= {MIN_MEANING_WORDS}"
                        + (f" AND {_in_no_other_theme(alias)})" if themes else ")"),
                        [vector, TOPIC_SIMILARITY] + ([[t for t, _ in themes]] if themes else []))

            if named:  # a theme only its keywords name is the topic's when the item rule counts half of it
                shares = _item_rule_shares(conn, [t for t, _ in named], literal, one_word(named), alias)
                in_label = _label_words(conn, [label for _, label in named])
                named = [(t, label) for t, label in named
                         if set(weights) & in_label[label] or shares.get(t, 0.0) >= KEYWORD_NAMED_SHARE]
            meaning = None if name else one_word(named)
        else:
            meaning = (f"{cosine} >= %s", [vector, relevance.SEMANTIC_COSINE])
        if len(weights) + absent >= 2:
            if named:  # a theme named in a few words, most of whose items the rule does not count, is not the topic's;
                # one only its keywords name needs half its items counted, as for a one-word topic (a language-app
                # tester's "dark mode": 'Offline mode / night study', 8 of its 33 items dark mode, counted whole)
                shares = _item_rule_shares(conn, [t for t, _ in named], literal, meaning, alias)
                in_label = _label_words(conn, [label for _, label in named])
                judged = {t for t, _ in named}  # and one judged so is not the topic's by meaning either
                named = [(t, label) for t, label in named if shares.get(t, 0.0) >= (
                    THEME_MEANT_SHARE if _names(weights, absent, in_label[label]) else KEYWORD_NAMED_SHARE)]
            else:
                judged = set()
            meant = _one_sided(conn, _themes_meant(conn, vector, literal, meaning, judged, alias), focus)
            if named and meant:  # a theme that names the topic is its home: another, only close in meaning,
                # counts when about as close (an invoicing tester's "multi-currency invoices": 'Multi-currency
                # invoices' at 0.80, 'Send invoices / clients pay' at 0.53 counted too, 84 for 24)
                closest = _centroid_cosines(conn, vector, [t for t, _ in named + meant])
                best = max(closest.get(t, 0.0) for t, _ in named)
                meant = [(t, label) for t, label in meant if closest.get(t, 0.0) >= best - NEAREST_MARGIN]
            if named or meant:  # and an item close in meaning that another theme holds is about that theme's
                # subject (26 invoice items of other themes in the count above; a messaging-API tester's "SMS
                # delivery to Mexico": its theme 'Movistar funciona / telcel' and 20 items of the India, docs and
                # webhook themes that say "SMS delivery", 45 for 24)
                meaning = (f"({meaning[0]} AND {_in_no_other_theme(alias)})",
                           [*meaning[1], [t for t, _ in named + meant]])
            named += meant
    return TopicMatch(topic, literal, meaning, named)


def _centroid_cosines(conn, vector, theme_ids: list[int]) -> dict[int, float]:
    """Each theme's centre's cosine to ``vector``."""
    return dict(conn.execute("SELECT id, 1 - (centroid <=> %s) FROM themes WHERE id = ANY(%s) AND centroid IS NOT NULL "
                             "AND vector_dims(centroid) = %s", (vector, theme_ids, len(vector))).fetchall())


def _silent_answers(conn, where: str, params: list) -> int:
    """Survey answers in scope that gave a score and no comment (``retrieval.stats.SCORE_ROWS``), 0 when the scope
    reads the text."""
    from retrieval.stats import SCORE_ROWS, reads_text

    if reads_text(where):
        return 0
    return conn.execute(f"SELECT count(*) FROM ({SCORE_ROWS}) f WHERE {where}", params).fetchone()[0]


CHOICE_VALUES = 8  # a closed question's options listed, most chosen first
# A column of what each respondent pays, beside a closed question (ProfitWell's and Baremetrics' cancellation exports:
# "MRR", "Plan Amount"): summed per option, as stored (no currency conversion).
# "MRR Lost (USD)", "Churned MRR": a cancellation export names what went (a wearable tester's MRR by reason was told
# no customer file is imported)
_MONEY_KEY = re.compile(r"^(?:(?:lost|churned)\s+)?(?:mrr|arr|(?:monthly|annual|yearly|recurring)\s+(?:recurring\s+)?"
                        r"revenue|revenue|(?:plan|subscription|contract)\s+(?:amount|value)|amount|"
                        # "Monthly price (GBP)": what a telehealth tester's cancellation export said each one paid
                        r"(?:(?:monthly|annual|yearly|plan|subscription|contract)\s+)?(?:price|fee|payment|spend))"
                        r"(?:\s+(?:lost|churned))?"
                        # "MRR (cents)", "mrr_cents": Stripe's amounts are in the currency's cents
                        # ("monthly_price_minor": in minor units, a food-delivery tester's pence and cents)
                        r"(?:\s*\((?:usd|eur|gbp|cad|aud|\$|€|£|(?:in\s+)?(?:cents?|pence|minor\s+units?))\)|"
                        r"[\s_]+(?:in[\s_]+)?(?:cents?|pence|minor(?:[\s_]+units?)?)|"
                        # "mrr_usd" (a fitness tester's cancellation survey: "revenue lost is in your billing data")
                        r"\s+(?:in\s+)?(?:usd|eur|gbp|cad|aud|chf|inr|brl|jpy|sek|nok|dkk|pln|mxn))?$", re.IGNORECASE)
_CENTS = re.compile(r"(?:cents?|pence|minor(?:[\s_]+units?)?)\W*$", re.IGNORECASE)
# Stripe's API objects flattened ("plan.amount", "price.unit_amount", "plan.currency"): amounts in minor units (a travel
# tester's Stripe export, 399 for GBP 3.99, was read by nothing)
_STRIPE_CENTS = re.compile(r"^(?:plan\.amount|price\.unit_amount|plan\.amount_decimal)$", re.IGNORECASE)
_CURRENCY_KEY = re.compile(r"^(?:(?:plan|price)\.)?(?:currency|currency[\s_]*code|curr)$", re.IGNORECASE)
_MONEY_VALUE = r"^\s*[$€£]?\s*[0-9][0-9,]*(\.[0-9]+)?\s*$"  # "1,200.00", "$120", "99.5" (SQL regular expression)
_MONEY_SQL = "nullif(regexp_replace(f.metadata ->> %s, '[^0-9.]', '', 'g'), '')::numeric"


def _money_key(conn, rows_sql: str, where: str, params: list, key: str) -> str | None:
    """The metadata key of what each answer to ``key`` pays (``_MONEY_KEY``), when nearly all of them give a number."""
    keys = conn.execute(f"SELECT k, count(*) FROM {rows_sql} f, jsonb_object_keys(f.metadata) k WHERE {where} AND "
                        f"f.metadata ? %s GROUP BY 1 ORDER BY 2 DESC, 1", [*params, key]).fetchall()
    for name, n in keys:
        if _MONEY_KEY.match(re.sub(r"[_.]", " ", name).strip()) or _STRIPE_CENTS.match(name.strip()):
            numbers = conn.execute(f"SELECT count(*) FROM {rows_sql} f WHERE {where} AND f.metadata ? %s AND "
                                   f"f.metadata ->> %s ~ %s", [*params, key, name, _MONEY_VALUE]).fetchone()[0]
            if numbers >= 0.9 * n:
                return name
    return None


# Stripe's "plan.interval" (month, year), a billing export's "Billing period"
_INTERVAL_KEY = re.compile(r"^(?:(?:plan|price)\.(?:recurring\.)?)?(?:interval|billing[\s_]+(?:period|interval|cycle))$",
                           re.IGNORECASE)


def _billing_periods(conn, rows_sql: str, where: str, params: list, key: str) -> str:
    """"month 120, year 90": the answers to ``key`` per billing period, when a column gives it with several values
    (a monthly and a yearly plan's amounts are not the same revenue); else ""."""
    interval = next((k for (k,) in conn.execute(
        f"SELECT DISTINCT k FROM {rows_sql} f, jsonb_object_keys(f.metadata) k WHERE {where} AND f.metadata ? %s",
        [*params, key]) if _INTERVAL_KEY.match(k.strip())), None)
    if interval is None:
        return ""
    rows = conn.execute(f"SELECT lower(f.metadata ->> %s), count(*) FROM {rows_sql} f WHERE {where} AND f.metadata ? %s "
                        f"AND coalesce(f.metadata ->> %s, '') <> '' GROUP BY 1 ORDER BY 2 DESC, 1",
                        [interval, *params, key, interval]).fetchall()
    return ", ".join(f"{value} {n}" for value, n in rows) if len(rows) > 1 else ""


def _per_currency(conn, rows_sql: str, where: str, params: list, key: str, money: str,
                  unit: float) -> dict[str, dict[str, float]]:
    """Option -> currency -> the sum of ``money`` over the answers of that option, when the answers carry a currency
    column with more than one currency; else {}."""
    currency = next((k for (k,) in conn.execute(
        f"SELECT DISTINCT k FROM {rows_sql} f, jsonb_object_keys(f.metadata) k WHERE {where} AND f.metadata ? %s",
        [*params, key]) if _CURRENCY_KEY.match(k.strip())), None)
    if currency is None:
        return {}
    rows = conn.execute(f"SELECT f.metadata ->> %s, lower(f.metadata ->> %s), sum({_MONEY_SQL} * {unit}) FROM "
                        f"{rows_sql} f WHERE {where} AND f.metadata ? %s AND f.metadata ->> %s ~ %s GROUP BY 1, 2 "
                        f"ORDER BY 2", [key, currency, money, *params, key, money, _MONEY_VALUE]).fetchall()
    if len({c for _, c, _ in rows}) < 2:
        return {}
    out: dict[str, dict[str, float]] = {}
    for value, code, amount in rows:
        out.setdefault(value, {})[code or "?"] = float(amount or 0)
    return out


MULTI_SPLIT = r"\s*[,;|]\s*"  # between the options of one answer to a question that takes several (SQL regex)
MULTI_SHARE = 0.1  # answers holding several options, at least, for a question to take several
MULTI_KNOWN = 0.9  # of the options in those answers, the share also given alone as an answer


def takes_several(answers: dict[str, int]) -> bool:
    """Do the ``answers`` of a closed question (answer -> how many gave it) tick several options in one ("select all
    that apply": Qualtrics' "Prices and fees,Customer support", SurveyMonkey's "Late;Cold")? Some answers hold a
    separator, and nearly every option they list is also an answer on its own (so "Yes, definitely" stays one).

        >>> takes_several({"Price": 5, "Support": 4, "Price,Support": 3}), takes_several({"Yes, definitely": 9, "No": 4})
        (True, False)
    """
    several = {a: n for a, n in answers.items() if a and re.search(r"[,;|]", a)}
    if not several or sum(several.values()) < MULTI_SHARE * sum(answers.values()):
        return False
    alone = {a.strip().lower() for a in answers if a and a not in several}
    parts = [p.strip().lower() for a, n in several.items() for p in re.split(r"[,;|]", a) for _ in range(n) if p.strip()]
    return bool(parts) and sum(p in alone for p in parts) >= MULTI_KNOWN * len(parts)


def multi_select(conn, rows_sql: str, where: str, params: list, key: str) -> bool:
    """Does the closed question ``key`` take several options in one answer (``takes_several``) in scope?"""
    return takes_several(dict(conn.execute(f"SELECT f.metadata ->> %s, count(*) FROM {rows_sql} f WHERE {where} AND "
                                           f"f.metadata ? %s GROUP BY 1", [key, *params, key]).fetchall()))


def choice_facts(conn, filters: Filters, key: str, by_money: bool = False,
                 left_out: Callable[[str], bool] | None = None, left_out_as: str = "",
                 stayed: str | None = None) -> Facts:
    """How often each option of a closed question (a metadata ``key`` such as "What's the main reason you're
    cancelling?", ``retrieval.columns.is_choice``) was chosen by the items in scope, most chosen first, with the
    newest item of each option as its example; and where the answers carry what each respondent pays (``_MONEY_KEY``,
    "MRR"), its sum per option (``money_key`` of the facts names it; ``by_money``: options that paid most first).
    Options that ``left_out`` says are no answer to what was asked are counted on a line of their own, said to be
    ``left_out_as`` ("None / not sure" is no competitor). ``stayed``: a cancel flow's column that says the customer
    stayed (``retention_facts``); those sessions are left out, said on a line of their own (no revenue was lost with
    them: a streaming tester's "How much MRR did we lose to cancellations?" summed the 43 saved sessions too)."""
    from assistant.chat.retention_facts import STAYED
    from retrieval.stats import answer_rows

    facts = Facts()
    where, params = filters.sql(conn)
    scope = filters.describe()
    kept = 0
    if stayed:
        kept = conn.execute(f"SELECT count(*) FROM {answer_rows(where)} f WHERE {where} AND f.metadata ? %s AND "
                            f"lower(f.metadata ->> %s) = ANY(%s)", [*params, key, stayed, list(STAYED)]).fetchone()[0]
        where, params = f"({where}) AND NOT coalesce(lower(f.metadata ->> %s) = ANY(%s), false)", [
            *params, stayed, list(STAYED)]
    # respondents who left the comment empty answered the question too (an e-bike tester's 198 answers were counted
    # 156: the 46 score-only answers are kept apart from the items, ``retrieval.stats.SCORE_ROWS``), unless the scope
    # reads the text
    rows_sql = answer_rows(where)
    money = _money_key(conn, rows_sql, where, params, key)
    unit = 0.01 if money and (_CENTS.search(money) or _STRIPE_CENTS.match(money.strip())) else 1  # "MRR (cents)":
    # summed in the currency, not in cents
    paid = (f"sum({_MONEY_SQL} * {unit}) FILTER (WHERE f.metadata ->> %s ~ %s)" if money else "NULL::numeric")
    paid_params = [money, money, _MONEY_VALUE] if money else []
    order = "5 DESC NULLS LAST, 2 DESC, 1" if money and by_money else "2 DESC, 1"
    several = multi_select(conn, rows_sql, where, params, key)
    # each option ticked of a question that takes several ("Prices and fees,Customer support": Qualtrics' "Selected
    # Choice" of "select all that apply") counts once per answer that ticked it
    option = "btrim(o.v)" if several else "f.metadata ->> %s"
    ticked = f" CROSS JOIN LATERAL regexp_split_to_table(f.metadata ->> %s, '{MULTI_SPLIT}') AS o(v)" if several else ""
    rows = conn.execute(f"SELECT {option}, count(*), max(f.id) FILTER (WHERE f.id > 0), count(*) FILTER "
                        f"(WHERE f.id < 0), {paid} FROM {rows_sql} f{ticked} WHERE {where} AND f.metadata ? %s "
                        f"GROUP BY 1 ORDER BY {order}",
                        [*([] if several else [key]), *paid_params, *([key] if several else []), *params,
                         key]).fetchall()
    skipped = [r for r in rows if left_out is not None and left_out(r[0] or "")]
    rows = [r for r in rows if r not in skipped]
    total, bare = sum(r[1] for r in rows), sum(r[3] for r in rows)
    if several and rows:  # the share of the answers, not of the options ticked
        total, bare = conn.execute(
            f"SELECT count(*), count(*) FILTER (WHERE f.id < 0) FROM {rows_sql} f WHERE {where} AND f.metadata ? %s",
            [*params, key]).fetchone()
    facts.matched = total
    if not total:
        return facts
    facts.add(f"choice:{key}:answers", f"answers in scope to '{key}'", total, scope)
    if money:  # a cancellation export's MRR: what those who chose each reason paid (a project-tool tester's "How
        # much MRR did we lose to cancellations, by reason?" was told revenue lost is in the billing data)
        facts.money_key = money
        paid_total = float(sum(r[4] or 0 for r in rows))
    # amounts in several currencies (Stripe's "Currency" of usd and cad) are summed per currency, never together
    by_currency = _per_currency(conn, rows_sql, where, params, key, money, unit) if money else {}
    in_all: dict[str, float] = {}
    for amounts in by_currency.values():
        for currency, amount in amounts.items():
            in_all[currency] = in_all.get(currency, 0.0) + amount
    in_all = dict(sorted(in_all.items()))
    if money and not by_currency:
        facts.add(f"choice:{key}:{money}", f"sum of '{money}' over the answers in scope to '{key}'", round(paid_total, 2),
                  scope)
    for currency, amount in in_all.items():
        facts.add(f"choice:{key}:{money}:{currency}", f"sum of '{money}' in {currency.upper()} over the answers in "
                  f"scope to '{key}'", round(amount, 2), scope)

    def shown(amounts: dict[str, float], amount) -> str:  # "CAD 252.00, USD 390.00", else the sum as given
        return (", ".join(f"{c.upper()} {a:,.2f}" for c, a in amounts.items()) if by_currency
                else f"{float(amount or 0):,.2f}")

    facts.lines.append(f"Answers to '{key}' ({total} in scope answer it" +
                       (f", {bare} of them with no comment" if bare else "") +
                       (f"; '{money}' {shown(in_all, paid_total)} in all" + (" (cents as the currency's units)"
                        if unit != 1 else "") + (", summed per currency" if by_currency else ", as the export gives it")
                        if money else "") + f"; {scope}):")
    for rank, (value, n, example, _, value_paid) in enumerate(rows[:CHOICE_VALUES], start=1):
        facts.add(f"choice:{key}:{value}", f"answers to '{key}' that are '{value}'", n, scope)
        facts.add(f"choice:{key}:{value}:share_pct", f"share of those answers that are '{value}' (%)",
                  round(100 * n / total, 1), scope)
        if money and not by_currency:
            facts.add(f"choice:{key}:{value}:{money}", f"sum of '{money}' over the answers '{value}'",
                      round(float(value_paid or 0), 2), scope)
        for currency, amount in by_currency.get(value, {}).items():
            facts.add(f"choice:{key}:{value}:{money}:{currency}", f"sum of '{money}' in {currency.upper()} over the "
                      f"answers '{value}'", round(amount, 2), scope)
        facts.lines.append(f"{rank}. {value}: {n} ({100 * n / total:.1f}%"
                           + (f"; '{money}' {shown(by_currency.get(value, {}), value_paid)}" if money else "") + ")"
                           + (f" [F{example}]." if example else "."))
        if example:
            facts.example_ids.append(example)
    if len(rows) > CHOICE_VALUES:
        more = len(rows) - CHOICE_VALUES
        facts.lines.append(f"{more} more option{'s' if more > 1 else ''}, chosen "
                           f"{sum(r[1] for r in rows[CHOICE_VALUES:])} times in all.")
    if money and (billed := _billing_periods(conn, rows_sql, where, params, key)):
        facts.lines.append(f"'{money}' is what each plan bills per period, summed as billed: {billed}; not converted "
                           "to a monthly amount.")
    if skipped:
        facts.lines.append(f"Not counted above, {left_out_as}: " + "; ".join(
            f"'{value}' {n}" for value, n, *_ in skipped) + (f" ({sum(r[1] for r in skipped)} answers)."
                                                                if len(skipped) > 1 else "."))
    if kept:
        facts.add(f"choice:{key}:stayed", f"answers left out: '{stayed}' says the customer stayed", kept, scope)
        facts.lines.append(f"Not counted above: {kept} answers where '{stayed}' says the customer stayed (saved by the "
                           "cancel flow), so no revenue was lost with them.")
    return facts


def topic_total(conn, filters: Filters, topic: str, vector) -> int:
    """How many items in scope are about ``topic`` by the rule "How many ..." questions count with (``topic_match``)."""
    where, params = filters.sql(conn)
    cond, cparams = topic_condition(conn, topic, vector)
    return conn.execute(f"SELECT count(*) FROM feedback f WHERE {where} AND {cond}", [*params, *cparams]).fetchone()[0]


def _label_words(conn, labels: list[str]) -> dict[str, set[str]]:
    """Each theme label's words of its first term ("Filters reset" of 'Filters reset / saved searches'), stemmed as
    items are indexed: what the theme is mostly about, the later terms being said by fewer of its items
    (``keywords.well_said``). A topic only a later term names counts the theme whole as one only its keywords name
    (a marketplace tester's "How many people ask for saved search alerts?" counted that theme whole: 84 for 35)."""
    return {label: set(words or []) for label, words in conn.execute(
        "SELECT l, tsvector_to_array(to_tsvector('english', split_part(l, ' / ', 1))) FROM unnest(%s::text[]) AS l",
        (labels,))}


def _item_rule_shares(conn, theme_ids: list[int], literal: tuple[str, list], meaning: tuple[str, list],
                      alias: str = "f") -> dict[int, float]:
    """Per theme, the share of its items the item rule (``literal`` or ``meaning``) counts."""
    counted = f"({literal[0]} OR {meaning[0]})"
    return {tid: hit / size for tid, size, hit in conn.execute(
        f"SELECT ft.theme_id, count(*), count(*) FILTER (WHERE {counted}) FROM feedback_themes ft "
        f"JOIN feedback {alias} ON {alias}.id = ft.feedback_id WHERE ft.theme_id = ANY(%s) GROUP BY 1",
        [*literal[1], *meaning[1], theme_ids])}


def _themes_meant(conn, vector, literal: tuple[str, list], meaning: tuple[str, list], named: set[int],
                  alias: str = "f", *, cosine: float = THEME_MEANT_COSINE,
                  share: float = THEME_MEANT_SHARE) -> list[tuple[int, str]]:
    """Stored themes (other than ``named``) whose centre is at ``cosine`` or more to the topic and of whose items the
    item rule (``literal`` or ``meaning``) counts ``share`` or more."""
    from assistant.themes.view import has_themes

    if not has_themes(conn):
        return []
    closest = conn.execute(  # every theme's centre by its cosine to the topic (a summary holds tens of themes)
        "SELECT id, label, 1 - (centroid <=> %s) FROM themes WHERE status = 'active' AND centroid IS NOT NULL AND "
        "vector_dims(centroid) = %s AND coalesce(label, '') !~ %s ORDER BY centroid <=> %s, id",
        (vector, len(vector), LANGUAGE_LABEL, vector)).fetchall()  # a language theme is no topic (``_themes_named``)
    nearest = (closest[0][:2] if closest and closest[0][2] >= NEAREST_COSINE
               and (len(closest) < 2 or closest[0][2] - closest[1][2] >= NEAREST_MARGIN)
               and closest[0][0] not in named else None)
    near = sorted((i, label) for i, label, c in closest if c >= cosine and i not in named)
    if nearest and not conn.execute(  # and its items hold the topic's own words: the data has the topic
            f"SELECT EXISTS (SELECT 1 FROM feedback_themes ft JOIN feedback {alias} ON {alias}.id = ft.feedback_id "
            f"WHERE ft.theme_id = %s AND {literal[0]})", [nearest[0], *literal[1]]).fetchone()[0]:
        nearest = None  # "Windows desktop app" over a mobile app's reviews: a praise theme 0.41 away, no such words
    if nearest and nearest not in near:
        near.append(nearest)
    if not near:
        return []
    shares = _item_rule_shares(conn, [i for i, _ in near], literal, meaning, alias)
    return [(i, label) for i, label in near
            if shares.get(i, 0.0) >= share or (i, label) == nearest and shares.get(i, 0.0) >= NEAREST_SHARE]


def _in_no_other_theme(alias: str) -> str:
    """SQL: the item belongs to no active stored theme but those of the ids given as the one parameter (the themes a
    one-word topic names). Used only for a topic that names a theme: its theme holds what is said about it, and an
    item close in meaning (cosine 0.25, a weak signal chosen on restaurant categories such as "food") that another
    theme holds is about that theme's subject. Testers' help-desk stores had counted 110 pricing, praise and
    shift-swap items as "payroll" complaints (237 for 127). A topic that names no theme ("food" over dish themes,
    "refunds" without a theme of its own) keeps every item close in meaning. Chosen on the dev sets (SemEval train
    sentences with a theme summary, ``bench/answer_trust.py`` ``counting_with_themes``, and a tester's meal-kit
    store) against the rule before and against keeping the items of themes about as related to the topic as its
    own (several margins of centroid cosine): tied best with the smallest margins, and the simplest; measured on
    ``bench/counting_helpdesk.py`` (the session 30 note has the figures). A language theme
    (``kinds.LANGUAGE_LABEL``) is no other subject: the items the embedding model could not read by subject,
    gathered by language (a grocery tester's "no delivery slots in July": the French and Dutch slot items of
    'Feedback in French and Dutch: Aucun créneau / arrivée' went uncounted once items of other themes did not
    count)."""
    return (f"NOT EXISTS (SELECT 1 FROM feedback_themes ft JOIN themes th ON th.id = ft.theme_id WHERE "
            f"ft.feedback_id = {alias}.id AND th.status = 'active' AND NOT ft.theme_id = ANY(%s) AND "
            f"th.label !~ '{LANGUAGE_LABEL}')")


@dataclass
class Rated:
    """The ratings of a count's items: survey answers read from 0-10 scores (in NPS bands, as ingest stores them)
    are averaged as the scores they were, apart from star ratings, not as 1-5 bands among the stars (a tester's
    "average rating 2.46" mixed 102 NPS answers into 180 app-store stars)."""

    stars: float | None  # average of the 1-5 ratings not read from a 0-10 score
    starred: int = 0
    key: str | None = None  # the metadata key of the 0-10 scores (``nps_facts.score_column``), if any counted
    score: float | None = None  # their average, 0-10
    scored: int = 0

    def text(self) -> str:
        if not self.key:
            return f"; average rating {self.stars:.2f}" if self.stars is not None else ""
        stars = f"; average rating {self.stars:.2f} ({self.starred} star ratings)" if self.stars is not None else ""
        return f"{stars}; average score {self.score:.1f}/10 ({self.scored} items with a 0-10 answer to '{self.key}')"


def _score_key(conn, where: str, params: list) -> str | None:
    """The metadata key of the 0-10 scores among the items of ``where`` (``nps_facts.score_column``), or None. A
    column of the export, so ``where`` is the question's filters without its topic (no cosines to compute)."""
    from assistant.chat.nps_facts import score_column

    return score_column(conn, where, params, items="feedback")


def _rating_columns(key: str | None) -> tuple[str, list]:
    """SQL columns over ``f`` (and their parameters): the star ratings' average (2 decimals) and count, then the 0-10
    scores' average (1 decimal) and count, the scores being the items' answers under ``key``. Without a key every
    rating is a star rating."""
    if key is None:
        return "round(avg(f.rating)::numeric, 2)::float, count(f.rating), NULL::float, 0", []
    from assistant.chat.nps_facts import SCORE_VALUE

    is_score = f"(f.rating IS NOT NULL AND coalesce(f.metadata ->> %s ~ '{SCORE_VALUE}', false))"
    return (f"round(avg(CASE WHEN NOT {is_score} THEN f.rating END)::numeric, 2)::float, "
            f"count(f.rating) FILTER (WHERE NOT {is_score}), "
            f"round(avg(CASE WHEN {is_score} THEN trim(f.metadata ->> %s)::int END)::numeric, 1)::float, "
            f"count(*) FILTER (WHERE {is_score})", [key] * 5)


def _rated(conn, where: str, params: list, average, key: str | None) -> Rated:
    """``Rated`` for the items of ``where`` whose ratings average ``average`` (None: no item is rated), ``key``
    naming their 0-10 scores (``_score_key``)."""
    if average is None or key is None:
        return Rated(None if average is None else float(average))
    columns, cparams = _rating_columns(key)
    stars, starred, score, scored = conn.execute(f"SELECT {columns} FROM feedback f WHERE {where}",
                                                 [*cparams, *params]).fetchone()
    if not scored:
        return Rated(float(average))
    return Rated(stars, starred, key, score, scored)


def _term_weights(words, absent: int) -> dict[str, float]:
    """Each indexed topic word's share of the topic's idf weight (``relevance.topic_weight``)."""
    if words is None or words.empty:
        return {}
    from assistant.chat.relevance import topic_weight

    total = topic_weight(words, absent)
    return {t: w / total for t, w in zip(words.terms, words.idfs)} if total > 0 else {}


def _coverage_sql(weights: dict[str, float], alias: str = "f") -> tuple[str, list]:
    """SQL for the share of the topic's idf weight an item's words hold."""
    from retrieval import bm25

    parts, params = [], []
    for term, share in weights.items():
        parts.append(f"(CASE WHEN {alias}.lexical @@ %s::tsquery THEN %s ELSE 0 END)")
        params += [bm25.quote(term), share]
    return ("(" + " + ".join(parts) + ")", params) if parts else ("0", [])  # no topic word is in any stored item


def topic_condition(conn, topic: str, vector, alias: str = "f", focus: str = "all") -> tuple[str, list]:
    """SQL condition (and params) for "item is about ``topic``" (see ``topic_match``)."""
    return topic_match(conn, topic, vector, alias, focus).sql()


def _themes_named(conn, weights: dict[str, float], absent: int = 0, numbers: list[str] = ()) -> list[tuple[int, str]]:
    """Stored themes whose label and first ten keywords hold topic words carrying more than ``THEME_NAMES_SHARE`` of
    the topic's idf weight (``weights``: ``_term_weights``), stemmed as items are indexed; two of them when the topic
    has several words, ``absent`` (words no stored item holds) counted among them: "Korean course" over a store
    with no Korean named the theme 'Japanese lessons / french course' by "course" alone (a language-app tester's
    23 items about a course the app does not have). A number of the topic (``numbers``) must be among them."""
    from assistant.themes.view import has_themes

    if not weights or not has_themes(conn):
        return []
    out = []
    rows = conn.execute(
        "SELECT id, label, array(SELECT unnest(tsvector_to_array(to_tsvector('english', coalesce(label, '') || ' ' || "
        "array_to_string(coalesce(keywords[1:10], '{}'), ' '))))) FROM themes WHERE status = 'active' ORDER BY id")
    for theme_id, label, lexemes in rows:
        if language_named(label):  # feedback grouped by its language names no topic: "Spanish version of the app"
            continue  # counted a shift-scheduling tester's 'Feedback in Spanish and French: ...' whole (95 for 22)
        if _names(weights, absent, set(lexemes or [])) and set(numbers) <= set(lexemes or []):
            out.append((theme_id, label))
    return out


def _names(weights: dict[str, float], absent: int, lexemes: set[str]) -> bool:
    """Whether words ``lexemes`` (a theme's label, with or without its keywords) name the topic of ``weights``: they
    hold topic words carrying more than ``THEME_NAMES_SHARE`` of its idf weight, two of them at least when the topic
    has several words (one rare shared word, "sync", put the theme 'Xero integration / direct sync' under a tester's
    "bank sync" complaints: 8 Xero requests counted)."""
    named = [term for term in weights if term in lexemes]
    return sum(weights[t] for t in named) > THEME_NAMES_SHARE and len(named) >= min(2, len(weights) + absent)


# "How many ... complain about / ask for / like X": which of the items about X count, and how the answer says it.
FOCUS_COUNTS = {
    "issues": ("complaint_items", "complaints", problem_sql,
               "negative, a bug, performance or usability report, or rated 1-2 where not classified"),
    "requests": ("request_items", "requests", request_sql, "classified as feature requests"),
    "praise": ("praise_items", "praise", praise_sql, "positive or praise, never a complaint or a request"),
}


def count_facts(conn, filters: Filters, topic: str, vector, focus: str = "all", breakdown: str | None = None,
                breakdown_order: str | None = None, themes=None, compared: tuple[str, ...] = (),
                alternatives: list[tuple[str, object]] = ()) -> Facts:
    """Totals for "how many…" questions: matching items, distinct users, share, rating, sources; with a ``focus``
    (``FOCUS_COUNTS``: the question asks about complaints, requests or praise), how many of them are that kind;
    with a ``breakdown`` ("platform", "plan", "app version"), the counts per value of that column (largest first,
    or by average rating for ``breakdown_order`` "worst" / "best"), and with stored ``themes`` (a
    ``ThemesView``) the largest themes of the ``compared`` values, else of the largest ("Compare Free and Family
    users": what each group talks about, not only how many items it has)."""
    facts = Facts()
    where, params = filters.sql(conn)
    scope = filters.describe()
    total, users_all = conn.execute(f"SELECT count(*), count(DISTINCT f.author_hash) FROM feedback f WHERE {where}",
                                    params).fetchone()
    facts.add("total_items", "feedback items in scope", total, scope)
    if len(alternatives) >= 2:  # "Apple Pay or Google Pay": the items about either
        match = TopicMatch.either([topic_match(conn, t, v, focus=focus) for t, v in alternatives])
        topic = match.topic
    else:
        match = topic_match(conn, topic, vector, focus=focus) if topic else None
    if match:
        cond, cparams = match.sql()
        where_t, params_t = f"{where} AND {cond}", [*params, *cparams]
        scope_t = f"{scope}; about '{topic}'"
    else:
        where_t, params_t, scope_t = where, params, scope
    n, users, anonymous, avg, negative, first, last = conn.execute(
        f"SELECT count(*), count(DISTINCT f.author_hash), count(*) FILTER (WHERE f.author_hash IS NULL), "
        f"round(avg(f.rating)::numeric, 2), count(*) FILTER (WHERE f.rating <= {NEGATIVE_MAX_RATING}), "
        f"min(f.created_at), max(f.created_at) FROM feedback f WHERE {where_t}", params_t).fetchone()
    facts.matched = n
    if topic:
        facts.add("matching_items", f"items about '{topic}'", n, scope_t)
        if total:
            facts.add("matching_share_pct", f"share of items in scope about '{topic}' (%)", round(100 * n / total, 1), scope_t)
    facts.add("distinct_users", "distinct users (where the export has a user column)", users, scope_t)
    if users and anonymous:
        facts.add("items_without_user", "items without a user id", anonymous, scope_t)
    key = _score_key(conn, where, params) if avg is not None else None
    rated = _rated(conn, where_t, params_t, avg, key)
    if rated.stars is not None:
        facts.add("average_rating", "average rating (1-5)" + (" of the star ratings" if rated.key else ""),
                  rated.stars, scope_t)
    if rated.key:
        facts.add("average_score_of_10", f"average 0-10 answer to '{rated.key}'", rated.score, scope_t)
        facts.add("score_answers", f"items with a 0-10 answer to '{rated.key}'", rated.scored, scope_t)
    if avg is not None:
        facts.add("negative_items", f"items rated {NEGATIVE_MAX_RATING} or lower", negative, scope_t)
    by_source = conn.execute(f"SELECT f.source, count(*) FROM feedback f WHERE {where_t} GROUP BY 1 ORDER BY 2 DESC, 1 "
                             f"LIMIT 4", params_t).fetchall()
    for source, c in by_source:
        facts.add(f"source:{source}", f"items from {source}", c, scope_t)
    what = f"about '{topic}'" if topic else "in scope"
    if n and (match or filters.says):  # what the question counts: its topic, or what the items say ("threaten
        # to cancel": the scope is the answer, and a PM wants the list of them)
        facts.matched_ids = [r[0] for r in conn.execute(f"SELECT f.id FROM feedback f WHERE {where_t} ORDER BY f.id",
                                                         params_t)]
    if n:
        line = f"{n} feedback item{'s' if n != 1 else ''} {what}"
        where_said = f" in scope: {scope}" if scope != "all feedback" else ""
        if topic and total:
            line += f" ({100 * n / total:.1f}% of {total}{where_said})"
        elif where_said:
            line += f" ({scope})"
        if users:  # store reviews carry no user id: those items may be as many people, so they are said apart
            line += f", from {users} distinct user{'s' if users != 1 else ''}"
            line += f" (+ {anonymous} item{'s' if anonymous != 1 else ''} without a user id)" if anonymous else ""
        line += rated.text()
        line += f"; dated {first:%Y-%m-%d} to {last:%Y-%m-%d}" if first and last else ""
        facts.lines.append(line + ".")
        silent = 0
        if not topic and (filters.where or filters.sources) and (silent := _silent_answers(conn, where, params)):
            # respondents who chose the answer and left the comment empty are kept apart from the items (a
            # language-app tester's "How many survey respondents said it's too expensive?" counted 35 of 65)
            facts.add("respondents_without_comment", "answers in scope with no comment (kept apart from items)",
                      silent, scope)
            facts.add("respondents_in_all", "answers in scope, with a comment or without", n + silent, scope)
            facts.lines.append(f"{n + silent} answers in scope in all: these {n} and {silent} that left the comment "
                               "empty (counted, not searched or quoted).")
        if focus in FOCUS_COUNTS:
            facts.lines.append(_focus_count(conn, where_t, params_t, focus, what, n, scope_t, facts))
        if votes := _votes_line(conn, where_t, params_t, what, scope_t, facts):
            facts.lines.append(votes)
        group_examples: list[int] = []
        if breakdown:
            facts.lines.append(_breakdown(conn, where_t, params_t, breakdown, focus, scope_t, facts, breakdown_order,
                                          key, compared, answers=bool(silent)))
            if themes is not None and breakdown not in TIME_GROUPS:
                group_examples = _group_themes(conn, where_t, params_t, breakdown, focus, themes, scope_t, facts,
                                               compared)
        if match:
            facts.lines.append(_how_matched(conn, match, where, params, facts))
            if other := _other_languages(conn, where, params, where_t, params_t, scope_t, facts):
                facts.lines.append(other)
        if facts.matched_ids:
            facts.note = "The items counted are listed by `pma ask QUESTION --json` (matched_ids)."
        if by_source:
            facts.lines.append("By source: " + ", ".join(f"{s} {c}" for s, c in by_source) + ".")
        facts.example_ids = group_examples or _examples(conn, where_t, params_t, vector)
    else:
        facts.lines.append(f"No feedback items {what} ({scope}).")
        # a zero in one language is no zero in the others: a thermostat tester's "How many complaints about the
        # dynamic tariff are there?" said none over 29, 27 of them in Dutch
        if match and (other := _other_languages(conn, where, params, where_t, params_t, scope_t, facts)):
            facts.lines.append(other)
    return facts


GROUP_THEME_VALUES = 3  # largest values of a split whose largest themes are listed
GROUP_THEMES = 3  # themes listed per value


def _group_themes(conn, where: str, params: list, name: str, focus: str, themes, scope: str, facts: Facts,
                  compared: tuple[str, ...] = ()) -> list[int]:
    """"Free: largest themes by problem items: Price increase 12 [F3], ...": for the values ``compared`` (else the
    ``GROUP_THEME_VALUES`` largest values of the split), their ``GROUP_THEMES`` largest themes (of the ``focus``
    kind), each with its example; returns the examples, one per value first (what the answer quotes: a tester's
    "Compare Free and Family users" quoted the three newest items, about neither)."""
    group = group_column(conn, name)
    if isinstance(group, str):
        return []
    expr, expr_params = group
    values = [r[0] for r in conn.execute(
        f"SELECT {expr} AS v FROM feedback f WHERE {where} AND {expr} IS NOT NULL AND {expr} <> '' "
        f"GROUP BY 1 ORDER BY count(*) DESC, 1", [*expr_params, *params, *expr_params, *expr_params]).fetchall()]
    asked = [v for c in compared for v in values if v.lower() == c.lower()]
    values = asked if len(asked) == len(compared) and compared else values[:GROUP_THEME_VALUES]
    what = {"issues": "problem items", "requests": "requests", "praise": "positive items"}.get(focus, "items")
    per_value: list[list[int]] = []
    show = value_names(conn, group)
    for value in values:
        top = themes.top(conn, f"{where} AND {expr} = %s", [*params, *expr_params, value], focus=focus,
                         limit=GROUP_THEMES)
        if not top:
            continue
        parts = []
        for t in top:
            facts.add(f"themes_by:{name}:{show(value)}:{t.theme_id}",
                      f"{what} of theme '{t.label}' with {name} {show(value)}", t.items, scope)
            parts.append(f"{t.label} {t.items}" + (f" [F{t.example_id}]" if t.example_id else ""))
        facts.lines.append(f"{show(value)}: largest themes by {what}: " + ", ".join(parts) + ".")
        per_value.append([t.example_id for t in top if t.example_id])
    ordered = [ids[0] for ids in per_value if ids] + [i for ids in per_value for i in ids[1:]]
    return list(dict.fromkeys(ordered))


def _focus_count(conn, where: str, params: list, focus: str, what: str, n: int, scope: str, facts: Facts) -> str:
    """The line that answers "how many complain about / ask for / like X": how many of the ``n`` items ``what``
    are that kind (stored classification from `pma summarize`, else the rating), or why it cannot say. Only items
    with a classification or a rating can be told apart (requests: a classification); a count over items nobody
    rated or classified would be a false zero."""
    key, noun, condition, how = FOCUS_COUNTS[focus]
    k, classified, known = conn.execute(
        f"SELECT count(*) FILTER (WHERE {condition()}), count(fc.feedback_id), "
        f"count(*) FILTER (WHERE fc.feedback_id IS NOT NULL OR f.rating IS NOT NULL) FROM feedback f "
        f"LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id WHERE {where}", params).fetchone()
    known = classified if focus == "requests" else known
    if not known:
        told_by = ("the classification `pma summarize` stores" if focus == "requests" else
                   "a rating or the classification `pma summarize` stores, and these items have neither")
        return f"Which of them are {noun} is not known yet: {noun} are told apart by {told_by}."
    facts.add(key, f"{noun} among the items {what} ({how})", k, scope)
    if known < n:
        return (f"{k} of them are {noun} ({100 * k / known:.0f}% of the {known} with a rating or classification; "
                f"{n - known} have neither): {how}.")
    return f"{k} of them are {noun} ({100 * k / n:.0f}%): {how}."


def _votes_line(conn, where: str, params: list, what: str, scope: str, facts: Facts) -> str | None:
    """"402 votes ('Votes') on the 14 of them that carry a vote count": the votes of a feature board's posts among
    the items counted, when any carry one (a tester's "How many reminder requests are there and how many votes do
    they have?" got 49 items and no vote, while the top requests by votes said 402), else None (also when the sum
    is 0)."""
    from assistant.themes.view import HAS_VOTES, VOTES, votes_key

    key = votes_key(conn, where, params)
    if key is None:
        return None
    votes, voted = conn.execute(f"SELECT coalesce(sum({VOTES}) FILTER (WHERE {HAS_VOTES}), 0), "
                                f"count(*) FILTER (WHERE {HAS_VOTES}) FROM feedback f WHERE {where}",
                                [key, key, key, *params]).fetchone()
    if not votes:  # GitHub gives every issue a thumbs-up count, most of them 0: no vote is nothing to report
        return None
    facts.add("votes", f"votes ('{key}') on the items {what}", int(votes), scope)
    facts.add("items_with_votes", f"items {what} that carry a vote count ('{key}')", voted, scope)
    return f"{int(votes):,} vote{'s' if votes != 1 else ''} ('{key}') on the {voted} of them that carry a vote count."


MOST_VOTED = 5  # single items listed before the themes when requests are ranked by votes
_STATUS_KEY = re.compile(r"(?:idea[ _]|post[ _]|suggestion[ _])?(?:status|state)", re.IGNORECASE)


def _most_voted_lines(conn, where: str, params: list, key: str, scope: str, facts: Facts) -> list[str]:
    """The single items with the most votes, each with its status on the board when the export gives one: a feature
    board's top idea is one post ("What is the top-voted idea?" of an HR tester got three themes' sums, its Xero
    integration idea of 612 votes third within "745 votes")."""
    from assistant.themes.view import HAS_VOTES, VOTES

    rows = conn.execute(f"SELECT f.id, f.text, {VOTES}, f.metadata FROM feedback f WHERE {where} AND {HAS_VOTES} "
                        f"ORDER BY 3 DESC, f.id LIMIT {MOST_VOTED}", [key, *params, key]).fetchall()
    rows = [r for r in rows if r[2]]
    if not rows:
        return []
    lines = [f"Single items with the most votes ({scope}; votes from '{key}'):"]
    for rank, (fid, text, votes, metadata) in enumerate(rows, start=1):
        facts.add(f"item:{fid}:votes", f"votes ('{key}') on item F{fid}", int(votes), scope)
        status = next((str(v) for k, v in (metadata or {}).items() if _STATUS_KEY.fullmatch(k) and v), "")
        words = " ".join(text.split())
        head = words if len(words) <= 90 else words[:89].rsplit(" ", 1)[0] + "…"
        lines.append(f"{rank}. \"{head}\": {int(votes):,} vote{'s' if votes != 1 else ''}"
                     + (f", status '{status}'" if status else "") + f" [F{fid}].")
        facts.example_ids.append(fid)
    return lines


# Words a PM uses for the columns every item has: the --where keys (retrieval.filters.COLUMN_KEYS) and their plurals
# and synonyms; anything else is looked up as a metadata key of the export.
_BREAKDOWN_COLUMNS = {**{k: v for k, v in COLUMN_KEYS.items() if k != "external_id"},
                      "plans": "segment", "tier": "segment", "segments": "segment", "versions": "app_version",
                      "tiers": "segment", "subscription": "segment", "subscriptions": "segment",
                      "app version": "app_version", "release": "app_version", "sources": "source",
                      "channel": "source", "channels": "source", "store": "source", "stores": "source",
                      "star": "rating", "stars": "rating"}
BREAKDOWN_VALUES = 8  # values listed, largest first
# "by month", "per week": periods of the item's date (UTC), listed in time order, the newest TIME_VALUES of them.
_TIME_FORMATS = {"day": "YYYY-MM-DD", "week": 'IYYY-"W"IW', "month": "YYYY-MM", "quarter": 'YYYY-"Q"Q', "year": "YYYY"}
TIME_GROUPS = {**_TIME_FORMATS, **{f"{k}s": v for k, v in _TIME_FORMATS.items()}, "date": "YYYY-MM-DD",
               "daily": "YYYY-MM-DD", "weekly": 'IYYY-"W"IW', "monthly": "YYYY-MM", "quarterly": 'YYYY-"Q"Q'}
TIME_VALUES = 12
WORST_PERIODS = 3  # periods named as the worst of a split by period
RANKED_MIN_RATED = 10  # ratings a value needs to be ranked by its average ("Which app has the worst reviews?")


# "What do Family plan users complain about?" counts only the items that carry a plan: a telehealth tester's tickets
# carried one, its 962 reviews and interview notes none, and no answer said so
COVERAGE_SAID = 0.05  # the share of the items in scope without the field from which an answer says so
_FIELD_LABELS = {"segment": "plan", "app_version": "version"}


def scope_coverage(conn, filters: Filters) -> list[str]:
    """For each field the scope narrows by (``filters.where``, not a rating, source, language, customer account or
    a survey's answer) that at least ``COVERAGE_SAID`` of the items otherwise in scope do not carry, a line saying how
    many carry it and which sources the others come from."""
    from assistant.chat.competitor_facts import names_competitors
    from retrieval.columns import names_a_closed_question
    from retrieval.customers import has_customers
    from retrieval.filters import CUSTOMER_ACCOUNT, NAMES, names_sql, of_accounts

    lines = []
    for key, value in filters.where.items():
        column = COLUMN_KEYS.get(key.lower())
        if key.lower() == CUSTOMER_ACCOUNT or column in ("rating", "source", "language", "external_id"):
            continue
        if not column and (names_a_closed_question(key) or names_competitors(key)):
            continue  # an answer chosen ("Switching to=Google Classroom") is asked of its survey alone
        keys = [] if column else [k.strip() for k in key.split("|") if k.strip() and not k.strip().endswith(NAMES)]
        carries = (f"coalesce(f.{column}, '') <> ''" if column else
                   "(" + " OR ".join(["coalesce(f.metadata ->> %s, '') <> ''"] * len(keys)) + ")")
        if loose := [] if column else [k.strip() for k in key.split("|") if k.strip().endswith(NAMES)]:
            naming, nparams = names_sql(loose, value)  # a courier form carries no role but names it
            carries, keys = f"({carries} OR {naming})", [*keys, *nparams]
        accounts = (any(k.lower() == COUNTRY_KEY for k in keys) or column == "segment") and has_customers(conn)
        if accounts:  # a ticket without a country or a plan is counted by its customer account's (``Filters.sql``)
            held = "c.region IS NOT NULL" if column != "segment" else "(c.plan IS NOT NULL OR c.segment IS NOT NULL)"
            carries = f"({carries} OR {of_accounts(held)})"
        where, params = replace(filters, where={k: v for k, v in filters.where.items() if k != key}).sql(conn)
        rows = conn.execute(f"SELECT f.source, count(*), count(*) FILTER (WHERE {carries}) FROM feedback f "
                            f"WHERE {where} GROUP BY 1", [*keys, *params]).fetchall()
        total, carrying = sum(r[1] for r in rows), sum(r[2] for r in rows)
        missing = total - carrying
        if not carrying or missing < max(1.0, COVERAGE_SAID * total):
            continue  # a key written otherwise than stored is found by the filter, not here: nothing to say
        label = _FIELD_LABELS.get(column or "", keys[0].rsplit(".", 1)[-1].lower() if keys else key)
        without = sorted(((r[1] - r[2], r[0]) for r in rows if r[1] > r[2]), reverse=True)
        named = ", ".join(f"{source} {n:,}" for n, source in without[:3]) + (", ..." if len(without) > 3 else "")
        carry = f"carry a {label}" + (f" or come from a {' or '.join(k[:-len(NAMES)] for k in loose)} named "
                                      f"'{value}'" if loose else " (or come from a customer account with one)"
                                      if accounts else "")
        do, others = ("do", "others") if loose else ("carry one", "without one")
        lines.append(f"Only items that {carry} can be counted for {label}={value}: {carrying:,} of the {total:,} "
                     f"items otherwise in scope {do}; the {missing:,} {others} are not counted ({named}).")
    return lines


def lowered(keys: list[str]) -> str:
    """SQL for the value of the first of the metadata ``keys`` an item has, in lower case (a split compares values
    whatever their case; ``value_names`` shows them as written)."""
    if len(keys) == 1:
        return "lower(f.metadata ->> %s)"
    return "lower(coalesce(" + ", ".join(["nullif(f.metadata ->> %s, '')"] * len(keys)) + "))"


def group_column(conn, name: str, purpose: str = "count") -> tuple[str, list] | str:
    """SQL for the value an item has in the column or metadata key a question splits by ("plan", "platform"), with
    its parameters; or, when the feedback has no such column, a line that says so and names the ones it has.

    A column the export never filled (a survey's plan is often a question, "Which plan are you on?") is looked up
    as a metadata key like any other name: the key named so, else the key with the name as a word in it that the
    most items carry."""
    if name in TIME_GROUPS:
        return f"to_char(f.created_at AT TIME ZONE 'UTC', '{TIME_GROUPS[name]}')", []
    column = _BREAKDOWN_COLUMNS.get(name)
    keys: list[tuple[str, int]] | None = None

    def metadata_keys() -> list[tuple[str, int]]:
        """The stored metadata keys, most items first (one scan of the table, only when a rule below needs it)."""
        nonlocal keys
        if keys is None:
            keys = conn.execute("SELECT k, count(*) FROM (SELECT jsonb_object_keys(metadata) AS k FROM feedback) s "
                                "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
        return keys

    if name in ("app", "apps", "application", "applications", "product", "products"):
        # an app review export's own column for which app ("product" in Appfigures', "App Name" in AppFollow's): a
        # rental tester's "Which app has the worst reviews?" was told there is no 'app'
        if kept := next((k for k, _ in metadata_keys() if PRODUCT_COLUMN.match(k.strip())), None):
            return "f.metadata ->> %s", [kept]
    if names_company_size(name):
        # a review site's "Company Size" is stored as the segment where the file names no plan (retrieval.columns),
        # else kept under its own name: a project-tool tester's "Compare G2 ratings by company size" found none
        if kept := next((k for k, _ in metadata_keys() if names_company_size(k)), None):
            return lowered([kept]), [kept]
        column = "segment"
    if column and conn.execute(f"SELECT 1 FROM feedback WHERE {column} IS NOT NULL LIMIT 1").fetchone():
        # a plan by its name, however each export spells it ("Voltora Plus", "voltora-plus-monthly-eur")
        return plan_expression(conn) if column == "segment" else (f"f.{column}::text", [])
    words = {name, name.rstrip("s"), re.sub(r"ies$", "y", name)} | {
        k for k, v in _BREAKDOWN_COLUMNS.items() if column and v == column}  # "countries": the key 'country'
    keys = metadata_keys()
    if COUNTRY_KEY in words and any(k == COUNTRY_KEY for k, _ in keys):
        # the country every export's column is stored under, by its English name (``retrieval.countries``): not a
        # column as written beside it ("US" of one export and "United States" of another were two countries in a
        # split of a travel tester's reviews)
        return lowered([COUNTRY_KEY]), [COUNTRY_KEY]
    named = re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, sorted(words)))})s?(?![^\W_])", re.IGNORECASE)
    exact = next((k for k, _ in keys if k.lower() in words), None)
    # every export's column for it, one field: a help desk's "City [list]", a survey's "city" and a form's "Which
    # city do you deliver in?" (a food-delivery tester's "Is the tracking problem only in Valencia?" read the
    # survey's alone: "not given 6, valencia 1")
    found = [exact] * bool(exact) + [k for k, _ in keys if k != exact and named.search(k) and _names_groups(conn, k)]
    if not found and len(parts := name.lower().split()) > 1:  # "claim type" for "What type of claim was it?" (an
        # insurance tester's "Which claim type has the lowest satisfaction?" was told there is no 'claim type')
        found = [k for k, _ in keys if all(re.search(rf"(?<![^\W_]){re.escape(p)}s?(?![^\W_])", k, re.IGNORECASE)
                                           for p in parts) and _names_groups(conn, k)][:1]
    if not found:
        known = ", ".join(["plan", "version", "source", "language", "rating", *sorted(k for k, _ in keys[:12])])
        return f"There is no '{name}' in this feedback to {purpose} by (columns: {known})."
    return lowered(found), found


def value_names(conn, group: tuple[str, list]) -> Callable[[object], str]:
    """How an answer shows each value of the split ``group`` (``group_column``): a metadata key's value as the
    exports write it most often ("US", "Bike"), not in the lower case it is compared in (an edtech tester's "NPS by
    country" read "ca", "us"); "not given" for none."""
    expr, keys = group
    spelt: dict[str, str] = {}
    if keys and expr == lowered(keys):
        spelt = dict(conn.execute(
            "SELECT lower(v), mode() WITHIN GROUP (ORDER BY v) FROM (SELECT metadata ->> k AS v FROM feedback, "
            "unnest(%s::text[]) k WHERE metadata ? k UNION ALL SELECT metadata ->> k FROM scores, unnest(%s::text[]) k "
            "WHERE metadata ? k) s GROUP BY 1", [keys, keys]).fetchall())
    return lambda value: "not given" if value in (None, "") else spelt.get(str(value).lower(), value)


def few_values(conn, group: tuple[str, list], most: int) -> tuple[str, ...]:
    """Every value the split ``group`` (``group_column``) has in the feedback, when there are at most ``most`` of
    them (a split lists those none in scope has as 0: "Which band model has strap problems?" "band 3 0"), else ()."""
    expr, params = group
    found = conn.execute(f"SELECT v FROM (SELECT DISTINCT {expr} AS v FROM feedback f) s WHERE v <> '' ORDER BY 1 "
                         f"LIMIT %s", [*params, most + 1]).fetchall()
    return tuple(r[0] for r in found) if len(found) <= most else ()


GROUP_VALUE_CHARS = 40  # the average length of a metadata key's values up to which they are groups, not answers


def _names_groups(conn, key: str) -> bool:
    """The metadata key's values are groups to split by: most are no numbers (counts, times: "Customer
    interactions" is no customer: an e-bike tester's "Which customers complain most about refunds?" was split into
    5, 6, 3), and they are short (a survey's free-text "What city problems do you see?" is no city)."""
    numbers, n, length = conn.execute(
        "SELECT count(*) FILTER (WHERE metadata ->> %s ~ '^[0-9][0-9.,:]*$'), count(*), avg(length(metadata ->> %s)) "
        "FROM feedback WHERE metadata ? %s", (key, key, key)).fetchone()
    return bool(n) and numbers <= 0.5 * n and length <= GROUP_VALUE_CHARS


def shown_order(rows: list, name: str) -> tuple[list, int]:
    """Rows of a split by ``name`` (value first, largest groups first) in the order an answer lists them, and how many
    it shows: ``BREAKDOWN_VALUES`` of them, or for a split by period the newest ``TIME_VALUES`` periods in time order,
    the older and undated ones after them (summed by the caller)."""
    if name not in TIME_GROUPS:
        return rows, BREAKDOWN_VALUES
    dated = sorted((r for r in rows if r[0]), key=lambda r: r[0])
    return dated[-TIME_VALUES:] + dated[:-TIME_VALUES] + [r for r in rows if not r[0]], min(TIME_VALUES, len(dated))


def _breakdown(conn, where: str, params: list, name: str, focus: str, scope: str, facts: Facts,
               order: str | None = None, score_key: str | None = None, compared: tuple[str, ...] = (),
               answers: bool = False) -> str:
    """"By platform: android 12 (60%), ios 7 (35%), not given 1": the items ``where`` selects (of the ``focus``
    kind when the question asks about complaints, requests or praise) counted per value of a column or metadata
    key (``group_column``), and a value ``compared`` that none has as 0 ("Is the crash only on iOS?": "android
    0"); when the export has no such column, the line says so and names the ones it has. ``answers``: the scope
    holds answers with no comment too, and every answer is split ("Which plan has the most churn?" over a cancel
    flow's 270 sessions split its 196 with a comment: a streaming tester's)."""
    from retrieval.stats import answer_rows

    group = group_column(conn, name)
    if isinstance(group, str):
        return group
    expr, expr_params = group
    if expr == "f.app_version::text" and compared and all(re.fullmatch(r"\d+(?:\.\d+)?", c) for c in compared):
        # "between app 5.2 and 5.3": every 5.2.x release is 5.2 (an insurance tester's comparison listed its items)
        depth = max(c.count(".") for c in compared)
        expr, expr_params = "coalesce(substring(f.app_version from %s), f.app_version)", [r"^\d+" + r"\.\d+" * depth]
    join, condition, label, how, unknown = "", "TRUE", "items", "", ""
    rows_sql = "feedback"
    if answers and focus not in FOCUS_COUNTS:
        rows_sql, label = answer_rows(where), "answers"
    if focus in FOCUS_COUNTS:
        _, kind, sql, _ = FOCUS_COUNTS[focus]
        join = "LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id"
        known = "fc.feedback_id IS NOT NULL" + ("" if focus == "requests" else " OR f.rating IS NOT NULL")
        if conn.execute(f"SELECT EXISTS (SELECT 1 FROM feedback f {join} WHERE {where} AND ({known}))",
                        params).fetchone()[0]:
            condition, label = sql(), kind
        else:  # none in scope is rated or classified: every item is split ("By restaurant: no complaints to count"
            # was all a food-delivery tester's "Which restaurants complain about the tablet?" got, over 4 items)
            unknown = f"; which are {kind} is not known"
    # star ratings and 0-10 survey answers are averaged apart (``Rated``); "worst" and "best" rank the stars
    columns, cparams = _rating_columns(score_key)
    found = conn.execute(f"SELECT {expr} AS v, count(*), {columns} FROM {rows_sql} f {join} WHERE {where} AND "
                         f"{condition} GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST",
                         [*expr_params, *cparams, *params]).fetchall()
    total = sum(r[1] for r in found)
    if not total:
        return f"By {name}: no {label} to count."
    if order in ("worst", "best") and any(r[3] >= RANKED_MIN_RATED for r in found):
        # A value with two 1-star reviews is not the worst: only values with enough ratings are ranked; nor are the
        # items with no value ("Which country gives the lowest ratings?" named "not given" first: a travel tester's
        # partner app reviews carry no country)
        sign = 1 if order == "worst" else -1
        ranked = [r for r in found if r[3] >= RANKED_MIN_RATED and r[0] not in (None, "")]
        if ranked:
            found.sort(key=lambda r: (r not in ranked, sign * (r[2] or 0) if r in ranked else -r[1]))
            how = (f", {'lowest' if order == 'worst' else 'highest'} average rating first among those with "
                   f"{RANKED_MIN_RATED}+ ratings")
    rows, shown_values = shown_order(found, name)
    rest_label = "other values"
    if name in TIME_GROUPS:
        rest_label, how = "earlier or undated periods", ", in time order"
    parts = []
    show = value_names(conn, group)
    for value, count, average, _, score, _ in rows[:shown_values]:
        shown = show(value)
        facts.add(f"by:{name}:{shown}", f"{label} with {name} {shown}", count, scope)
        rated = ""
        if average is not None:
            facts.add(f"average_rating_by:{name}:{shown}", f"average rating (1-5) of {label} with {name} {shown}",
                      average, scope)
            rated = f", average rating {average:.2f}"
        if score is not None:
            facts.add(f"average_score_by:{name}:{shown}", f"average 0-10 score of {label} with {name} {shown}",
                      score, scope)
            rated += f", average score {score:.1f}/10"
        parts.append(f"{shown} {count} ({100 * count / total:.0f}%{rated})")
    rest = sum(r[1] for r in rows[shown_values:])
    if rest:
        facts.add(f"by:{name}:({rest_label})", f"{label} with another {name}", rest, scope)
        parts.append(f"{len(rows) - shown_values} {rest_label} {rest} ({100 * rest / total:.0f}%)")
    found_values = {str(r[0]).lower() for r in found if r[0] is not None}
    for value in compared:
        # a country by any of its names: "the US" of the question is the stored "United States" (a travel tester's
        # "Are hidden fee complaints specific to the US?" listed United States 141 and then "US 0")
        if value.lower() not in found_values and (known_country(value) or "").lower() not in found_values:
            facts.add(f"by:{name}:{show(value)}", f"{label} with {name} {show(value)}", 0, scope)
            parts.append(f"{show(value)} 0")
    line = f"By {name} ({label}{how}{unknown}): " + ", ".join(parts) + "."
    if name in TIME_GROUPS and len([r for r in found if r[0]]) > WORST_PERIODS:
        # "Which months were worst?": the periods with the most (the fewest for "best"), named (a travel tester's
        # answer listed eight months in time order and left the reader to find August)
        sign = 1 if order == "best" else -1
        most = sorted((r for r in found if r[0]), key=lambda r: (sign * r[1], r[0]))[:WORST_PERIODS]
        line += (" Fewest: " if order == "best" else " Most: ") + ", ".join(f"{r[0]} ({r[1]})" for r in most) + "."
    unset = next((r[1] for r in found if r[0] in (None, "")), 0)
    if unset and name not in TIME_GROUPS:
        line += _named_in_text(conn, join, f"{where} AND {condition} AND coalesce({expr}, '') = ''",
                               [*params, *expr_params], (expr, expr_params), name, unset, label, scope, facts, show)
    return line


def _named_in_text(conn, join: str, where: str, params: list, group: tuple[str, list], name: str, unset: int, label: str,
                   scope: str, facts: Facts, show: Callable[[object], str]) -> str:
    """" Of the 44 not given, the text names band 2 in 30, band 3 in 0.": where most items of a split carry no
    value (a wearable tester's "Which band model has strap problems?": only the survey has a model column, the
    store reviews and tickets say "my Band 2"), how many of those name each value of the column in their own
    words. Only values a text names unmistakably (a letter and a digit: "Band 2", "Android 15", "VX-150"), of a
    column with few of them, shown as ``show`` (``value_names``) shows them; "" otherwise."""
    values = [v for v in few_values(conn, group, BREAKDOWN_VALUES)
              if re.search(r"[^\W\d_]", v) and re.search(r"\d", v)]
    if not values:
        return ""
    def named(value: str) -> str:  # "VX-150" for "VX-150 DC": the model's code is how a text names it
        code = re.search(r"(?<!\S)(?=\S*[^\W\d_])(?=\S*\d)\S{3,}(?!\S)", value)
        return re.escape(code.group(0) if code else value)

    counts = conn.execute("SELECT " + ", ".join(["count(*) FILTER (WHERE f.text ~* %s)"] * len(values))
                          + f" FROM feedback f {join} WHERE {where}",
                          [*(rf"(?:^|[^[:alnum:]]){named(v)}(?:$|[^[:alnum:]])" for v in values), *params]
                          ).fetchone()
    if not any(counts):
        return ""
    for value, n in zip(values, counts):
        facts.add(f"named_in_text:{name}:{show(value)}", f"{label} with no {name} whose text names {show(value)}", n,
                  scope)
    said = ", ".join(f"{show(v)} in {n}" for v, n in zip(values, counts))
    return f" Of the {unset} not given, the text names {said}."


def top_facts(conn, filters: Filters, topic: str, vector, themes, focus: str = "all", limit: int = 5,
              by_votes: bool = False, fading_days: int | None = None) -> Facts:
    """Largest themes (from the stored theme summary), or overall numbers with a note when there is none; each
    theme's votes when the items carry a vote count, ranked by them with ``by_votes`` ("Which requests have the
    most votes?"). With ``fading_days`` (what to work on first), a theme that is clearly fading is ranked by the
    share of it still coming in, as the plan weighs its reach (``_fading``)."""
    facts = Facts()
    where, params = filters.sql(conn)
    scope = filters.describe() + (f"; about '{topic}'" if topic else "")
    if topic:
        cond, cparams = topic_condition(conn, topic, vector)
        where, params = f"{where} AND {cond}", [*params, *cparams]
    total, negative, rated, average = conn.execute(
        f"SELECT count(*), count(*) FILTER (WHERE f.rating <= {NEGATIVE_MAX_RATING}), count(f.rating), "
        f"round(avg(f.rating)::numeric, 2)::float FROM feedback f WHERE {where}", params).fetchone()
    facts.add("total_items", "feedback items in scope", total, scope)
    facts.matched = total
    if not total:
        facts.lines.append(f"No feedback items in scope ({scope}).")
        return facts
    from assistant.themes.view import votes_key

    votes = votes_key(conn, where, params)
    if by_votes and votes is None:
        by_votes = False
        facts.lines.append("No item in scope carries a vote count (a column named Votes or Upvotes), so themes are "
                           "ranked by how many items ask.")
    if by_votes:
        facts.lines += _most_voted_lines(conn, where, params, votes, scope, facts)
    extra = FADING_CANDIDATES if fading_days and not topic else 0
    ranked = (themes.top(conn, where, params, focus=focus, limit=limit + LANGUAGE_THEMES_SKIPPED + extra,
                         votes_key=votes, by_votes=by_votes, items=total) if themes is not None else None)
    # A theme of feedback in other languages groups by language, not topic: a tester's "Why do people give 1 star?"
    # led with 'Feedback in Spanish, Portuguese and French'. It is named apart, not ranked (as plans leave it out).
    languages = [t for t in (ranked or [])[:limit + LANGUAGE_THEMES_SKIPPED] if language_named(t.label)]
    ranked = [t for t in ranked or [] if not language_named(t.label)]
    fading = _fading(conn, filters, [t.theme_id for t in ranked], fading_days) if extra and ranked else {}
    before = ranked[:limit]
    if fading:  # a tester's "What should we fix first?" put the Slack theme second, fixed in 2026.11 (-70%)
        ranked.sort(key=lambda t: -t.items * fading.get(t.theme_id, (1.0, ""))[0])
    ranked = ranked[:limit]
    moved = [t for t in before if t not in ranked]  # by all-time volume in the list, out of it now
    if ranked:
        what = {"issues": "problem items", "requests": "requests", "praise": "positive items",
                "bugs": "bug reports"}.get(focus, "items")
        what = "items" if by_votes else what
        facts.lines.append(f"Themes with the most votes ({scope}; votes from '{votes}'):" if by_votes else
                           f"Largest themes by {what}, a clearly fading one by what is still coming in, as the plan "
                           f"weighs it ({scope}):" if fading else f"Largest themes by {what} ({scope}):")
        for rank, t in enumerate(ranked, start=1):
            facts.add(f"theme:{t.theme_id}:items", f"{what} in theme '{t.label}'", t.items, scope)
            facts.add(f"theme:{t.theme_id}:share_pct", f"share of scope in theme '{t.label}' (%)",
                      round(100 * t.items / total, 1), scope)
            bits = [f"{t.items} {what} ({100 * t.items / total:.1f}% of all items in scope)"]
            if t.users:
                bits.append(f"{t.users} distinct users")
                facts.add(f"theme:{t.theme_id}:users", f"distinct users in theme '{t.label}'", t.users, scope)
            if t.votes:
                bits.append(f"{t.votes:,} vote" + ("" if t.votes == 1 else "s"))
                facts.add(f"theme:{t.theme_id}:votes", f"votes ('{votes}') on the items of theme '{t.label}'", t.votes,
                          scope)
            if t.negative_share is not None:
                bits.append(f"{100 * t.negative_share:.0f}% of its items negative")
            if t.theme_id in fading:
                factor, why = fading[t.theme_id]
                bits.append(f"clearly fading ({why}), so ranked as {round(t.items * factor)}")
                facts.add(f"theme:{t.theme_id}:fading_factor", f"share of theme '{t.label}' still coming in", factor,
                          scope)
            line = f"{rank}. {t.label}: " + ", ".join(bits)  # a ranked line: shown without a bullet
            if t.example_id:
                line += f" [F{t.example_id}]"
                facts.example_ids.append(t.example_id)
            facts.lines.append(line + ".")
        for t in moved:
            factor, why = fading[t.theme_id]
            facts.add(f"theme:{t.theme_id}:items", f"{what} in theme '{t.label}'", t.items, scope)
            facts.add(f"theme:{t.theme_id}:fading_factor", f"share of theme '{t.label}' still coming in", factor, scope)
            check = (f"check whether {why.split(':')[0][6:]} already fixed it" if why.startswith("since ") else
                     "check what changed")  # a release, else a fall with no release to credit (a price rise over)
            facts.lines.append(f"Not first: '{t.label}' ({t.items} {what}) is clearly fading ({why}): {check}.")
        for t in languages:
            facts.lines.append(f"Not ranked: '{t.label}' ({t.items} {what}) groups feedback by its language, not its "
                               "topic (the embedding model reads English only).")
        return facts
    facts.note = ("Theme statistics are not available yet: run `pma summarize` to group all feedback into themes."
                  if themes is None else  # a summary is stored: none of its themes ranks in so small a scope
                  "No stored theme ranks in this scope (too few of its items are here): the items are counted below.")
    if rated:
        facts.add("negative_items", f"items rated {NEGATIVE_MAX_RATING} or lower", negative, scope)
        facts.add("rated_items", "items with a rating", rated, scope)
        facts.add("average_rating", "average rating (1-5) of the rated items", average, scope)
        of = "them" if rated == total else f"the {rated} with a rating"
        facts.lines.append(f"{total} feedback items in scope, {negative} of {of} rated {NEGATIVE_MAX_RATING} or lower; "
                           f"average rating {average:g}.")
    else:  # interview notes, tickets: "0 of them rated 2 or lower" would read as "no complaints"
        facts.lines.append(f"{total} feedback items in scope; none has a rating.")
    kind_where = None
    if focus in FOCUS_COUNTS:
        key, _, condition, _ = FOCUS_COUNTS[focus]
        facts.lines.append(_focus_count(conn, where, params, focus, "in scope", total, scope, facts))
        if any(n.key == key for n in facts.numbers):  # some items are told apart: quote those of the kind asked
            kind_where = f"{where} AND {condition()}"
    by_source = conn.execute(f"SELECT f.source, count(*) FROM feedback f WHERE {where} GROUP BY 1 ORDER BY 2 DESC, 1 "
                             f"LIMIT 4", params).fetchall()
    for source, c in by_source:
        facts.add(f"source:{source}", f"items from {source}", c, scope)
    facts.lines.append("By source: " + ", ".join(f"{s} {c}" for s, c in by_source) + ".")
    negative_where = f"{where} AND f.rating <= {NEGATIVE_MAX_RATING}"
    facts.example_ids = ((kind_where and _examples(conn, kind_where, params, vector, classified=True)) or
                         (focus in ("all", "issues") and _examples(conn, negative_where, params, vector)) or
                         _examples(conn, where, params, vector))
    return facts


FADING_CANDIDATES = 5  # themes beyond those asked for that "what to fix first" re-ranks (a fading one makes room)


def _fading(conn, filters: Filters, theme_ids: list[int], period_days: int) -> dict[int, tuple[float, str]]:
    """``theme_id -> (share still coming in, why)`` for the themes that are clearly fading, by the plan's rule
    (``assistant.themes.impact.fading``: the latest release made them rarer, their last period has clearly fewer
    items than the one before, or they went quiet), over the report's trend periods of ``period_days``."""
    from assistant.themes.impact import fading, latest_release_changes
    from assistant.themes.stats import theme_stats, window

    stats = theme_stats(conn, filters, window(conn, filters, period_days))["themes"]
    changed = latest_release_changes(conn, filters)
    out = {}
    for theme_id in theme_ids:
        if (fig := stats.get(theme_id)) and (f := fading(fig["size"], fig["trend"], changed.get(theme_id),
                                                         fig["last"], period_days)):
            out[theme_id] = f
    return out


def change_facts(conn, filters: Filters, topic: str, vector, period, themes, focus: str = "all",
                 onset: bool = False, days: bool = False) -> Facts:
    """Counts in ``period`` against the previous period of the same length, or the one the question named
    (``period.before``: "between September and October"); ``focus``: the side of the feedback the question asks
    about ("Are sleep tracking complaints getting worse?": no praise theme is the topic's); ``onset``: the question
    asks when it started (the month it rose, ``_started``); ``days``: when it happened (its busiest days too)."""
    facts = Facts()
    base_where, base_params = filters.sql(conn)
    if topic:
        cond, cparams = topic_condition(conn, topic, vector, focus=focus)
        base_where, base_params = f"{base_where} AND {cond}", [*base_params, *cparams]
    previous = period.previous()
    scope = filters.describe() + (f"; about '{topic}'" if topic else "")
    if period.end <= period.start:  # "since 2099-01-01": a window after the newest item
        facts.lines.append(f"No feedback on or after {period.start:%Y-%m-%d}: the newest item in scope is from "
                           f"{period.end:%Y-%m-%d}.")
        return facts

    key = _score_key(conn, *filters.sql(conn))
    columns, cparams = _rating_columns(key)

    def window(p) -> tuple[int, int, float | None, int, float | None, int]:
        """Items, users, star average, items rated low, 0-10 score average and scored items in ``p``."""
        n, users, stars, _, score, scored, negative = conn.execute(
            f"SELECT count(*), count(DISTINCT f.author_hash), {columns}, "
            f"count(*) FILTER (WHERE f.rating <= {NEGATIVE_MAX_RATING}) FROM feedback f "
            f"WHERE {base_where} AND f.created_at >= %s AND f.created_at < %s",
            [*cparams, *base_params, p.start, p.end]).fetchone()
        return n, users, stars, negative, score, scored

    scope_where, scope_params = filters.sql(conn)
    days = (period.end - period.start).days
    first = conn.execute(f"SELECT min(f.created_at) FROM feedback f WHERE {scope_where}", scope_params).fetchone()[0]
    if first is not None and previous.start < first < previous.end:
        # the feedback starts inside the previous window: "versus 4 in the previous 153 days (+2900%)" compared
        # 30 days of data with 153 (a tester's "since July" over data from June): only the days with data count
        previous = replace(previous, start=datetime(first.year, first.month, first.day, tzinfo=first.tzinfo))
    now_n, now_users, now_avg, now_neg, now_score, now_scored = window(period)
    before_n, _, before_avg, before_neg, before_score, before_scored = window(previous)
    before_days = max((previous.end - previous.start).days, 1)
    label_now = f"{period.start:%Y-%m-%d} to {period.end:%Y-%m-%d}"
    label_before = f"{previous.start:%Y-%m-%d} to {previous.end:%Y-%m-%d}"
    facts.add("items_current", f"items {label_now}", now_n, scope)
    facts.add("items_previous", f"items {label_before} (previous {before_days} days)", before_n, scope)
    facts.matched = now_n + before_n
    change = (_pct_change(now_n, before_n) if before_days == days  # else per day, the windows' lengths differ
              else _pct_change(now_n / max(days, 1), before_n / before_days))
    if change is not None:
        facts.add("items_change_pct", "change in items (%)", change, scope)
    if now_avg is not None and before_avg is not None:
        facts.add("average_rating_current", f"average rating {label_now}", now_avg, scope)
        facts.add("average_rating_previous", f"average rating {label_before}", before_avg, scope)
    if now_score is not None and before_score is not None:
        facts.add("average_score_current", f"average 0-10 answer to '{key}' {label_now}", now_score, scope)
        facts.add("average_score_previous", f"average 0-10 answer to '{key}' {label_before}", before_score, scope)
    facts.add("negative_current", f"items rated {NEGATIVE_MAX_RATING} or lower {label_now}", now_neg, scope)
    facts.add("negative_previous", f"items rated {NEGATIVE_MAX_RATING} or lower {label_before}", before_neg, scope)
    what = f"about '{topic}'" if topic else "in scope"
    line = f"{now_n} items {what} in {label_now} versus {before_n} in the previous {before_days} days"
    if period.before is not None:  # two months the question named: "in October 2026 (...) versus 87 in September"
        line = f"{now_n} items {what} {period.label} versus {before_n} {previous.label}"
        per_day = " per day" if before_days != days else ""  # 31 days against 30
        line += f" ({change:+.0f}%{per_day})" if change is not None else ""
    elif before_days != days:
        line += f" ({label_before}: the feedback in scope starts on {previous.start:%Y-%m-%d})"
        line += f" ({change:+.0f}% per day)" if change is not None else ""
    else:
        line += f" ({change:+.0f}%)" if change is not None else ""
    # asked with no window ("Are warehouse sync complaints increasing?"), a clear trend over the months is the answer
    # and leads: an analytics tester's opened with "no clear change in these 30 days alone" (45 vs 25) over a rise
    # from 0 to 45 a month (p < 0.001) said at the end of the next line
    monthly, monthly_clear = (_monthly_trend(conn, filters, base_where, base_params, scope, facts, onset, days,
                                             lead=period.implied) if topic else ("", False))
    if not conn.execute(f"SELECT EXISTS (SELECT 1 FROM feedback f WHERE {scope_where} AND f.created_at >= %s AND "
                        f"f.created_at < %s)", [*scope_params, previous.start, previous.end]).fetchone()[0]:
        # "Have they grown since July?" over data that starts in July: "versus 0 in the previous 152 days" read as
        # growth from nothing
        line = (f"{now_n} items {what} in {label_now}; nothing to compare them with: no feedback in scope is dated in "
                f"the previous {days} days ({label_before})" + ("; the months below show how it moved" if monthly
                                                                 else ""))
    elif topic and now_n + before_n:
        line += _beyond_chance(conn, filters, period, previous, now_n, before_n, scope, facts,
                               months_say_more=monthly_clear)
    if monthly_clear and period.implied:
        facts.lines += [monthly, line + "."]
    else:
        facts.lines += [line + "."] + ([monthly] if monthly else [])
    if topic:  # "Is delivery getting worse in Italy?" said "no clear change" over 59 Italian items it could not read
        where, params = filters.sql(conn)
        if other := _other_languages(conn, where, params, base_where, base_params, scope, facts):
            facts.lines.append(other.replace("are counted", "are in the change", 1))
    if now_avg is not None and before_avg is not None:
        stars = " (star ratings)" if key else ""
        facts.lines.append(f"Average rating{stars} {now_avg:.2f} versus {before_avg:.2f}; "
                           f"{now_neg} versus {before_neg} items rated {NEGATIVE_MAX_RATING} or lower.")
    if now_score is not None and before_score is not None:
        facts.lines.append(f"Average score {now_score:.1f}/10 versus {before_score:.1f}/10 ({now_scored} versus "
                           f"{before_scored} items with a 0-10 answer to '{key}').")
    movers = themes.changes(conn, base_where, base_params, period, previous, limit=3) if themes is not None else None
    if movers:
        for t in movers:
            facts.add(f"theme:{t.theme_id}:current", f"items in theme '{t.label}' {label_now}", t.current, scope)
            facts.add(f"theme:{t.theme_id}:previous", f"items in theme '{t.label}' {label_before}", t.previous, scope)
            ref = f" [F{t.example_id}]" if t.example_id else ""
            facts.lines.append(f"Theme '{t.label}': {t.current} versus {t.previous}{ref}.")
            if t.example_id:
                facts.example_ids.append(t.example_id)
    else:
        sources = conn.execute(
            f"SELECT f.source, count(*) FILTER (WHERE f.created_at >= %s AND f.created_at < %s), "
            f"count(*) FILTER (WHERE f.created_at >= %s AND f.created_at < %s) FROM feedback f WHERE {base_where} "
            f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 4",
            [period.start, period.end, previous.start, previous.end, *base_params]).fetchall()
        for source, a, b in sources:
            facts.add(f"source:{source}:current", f"items from {source} {label_now}", a, scope)
            facts.add(f"source:{source}:previous", f"items from {source} {label_before}", b, scope)
        if sources:
            facts.lines.append("By source (now vs before): " + ", ".join(f"{s} {a} vs {b}" for s, a, b in sources) + ".")
        if themes is None:
            facts.note = "Per-theme changes need a theme summary: run `pma summarize`."
    if not topic and themes is not None:
        facts.lines += _monthly_movers(conn, filters, scope, facts)
    recent_where = f"{base_where} AND f.created_at >= %s AND f.created_at < %s"
    facts.example_ids += [i for i in _examples(conn, recent_where, [*base_params, period.start, period.end], vector)
                          if i not in facts.example_ids]
    return facts


MONTHLY_MOVERS = 3  # themes listed per direction


def _monthly_movers(conn, filters: Filters, scope: str, facts: Facts) -> list[str]:
    """"Rising month after month: 'Webhooks delayed' (8, 11, 12, 18, 27, 33 a month; q < 0.001)" and the same for
    falling themes and spikes that are over: the themes report's monthly trends (the Cochran-Armitage test adjusted
    across themes, ``assistant.themes.stats``), beside the two 30-day windows. A developer-platform tester's "Which
    themes are rising?" got the last 30 days against the 30 before, where the theme rising every month for half a
    year showed 22 versus 10 among themes that only moved once."""
    from assistant.themes.stats import p_text, theme_stats, trend_count_note, window

    stats = theme_stats(conn, filters, window(conn, filters, 30))["themes"]
    labels = dict(conn.execute("SELECT id, label FROM themes WHERE status = 'active'").fetchall())
    kinds: dict[str, list[tuple[float, int, dict]]] = {"rising": [], "falling": [], "peaked": []}
    for theme_id, fig in stats.items():
        trend_ = fig.get("trend") or {}
        if theme_id not in labels or not trend_.get("months"):
            continue
        q = trend_.get("monthly_q_value", trend_.get("monthly_p_value"))
        turn = trend_.get("monthly_turn")
        kind = ("peaked" if turn and turn["kind"] == "peak" else "rising" if trend_["monthly_direction"] == "up"
                else "falling" if trend_["monthly_direction"] == "down" and not turn else None)
        if kind in ("rising", "falling") and trend_count_note(trend_):
            continue  # its share moved, its count did not go that way: no mover to name
        if kind:
            kinds[kind].append((turn["p_value"] if kind == "peaked" else q, theme_id, trend_))
    lines = []
    heads = {"rising": "Rising month after month", "falling": "Falling month after month",
             "peaked": "Peaked and fell since"}
    for kind, found in kinds.items():
        parts = []
        for p, theme_id, trend_ in sorted(found, key=lambda f: (f[0], f[1]))[:MONTHLY_MOVERS]:
            counts = [m["count"] for m in trend_["months"]]
            facts.add(f"theme:{theme_id}:monthly_{kind}", f"theme '{labels[theme_id]}' {heads[kind].lower()} "
                      "(monthly p-value, adjusted across themes)", p, scope)
            peak = f"peaked in {trend_['monthly_turn']['month']}: " if kind == "peaked" else ""
            parts.append(f"'{labels[theme_id]}' ({peak}{', '.join(map(str, counts))} a month; "
                         f"{p_text(p).replace('p ', 'q ', 1) if kind != 'peaked' else p_text(p)})")
        if parts:
            lines.append(f"{heads[kind]} (all months in scope): " + "; ".join(parts) + ".")
    return lines


def _how_matched(conn, match: TopicMatch, where: str, params: list, facts: Facts) -> str:
    """One line saying how the items were matched, in three disjoint parts, and the words they use most."""
    literal, lparams = match.literal
    theme_sql, tparams = "FALSE", []
    if match.themes:
        theme_sql = "f.id IN (SELECT ft.feedback_id FROM feedback_themes ft WHERE ft.theme_id = ANY(%s))"
        tparams = [[t for t, _ in match.themes]]
    cond, cparams = match.sql()
    n_lit, n_theme, n_meaning = conn.execute(
        f"SELECT count(*) FILTER (WHERE {literal}), count(*) FILTER (WHERE NOT ({literal}) AND {theme_sql}), "
        f"count(*) FILTER (WHERE NOT ({literal}) AND NOT ({theme_sql})) FROM feedback f WHERE {where} AND {cond}",
        [*lparams, *lparams, *tparams, *lparams, *tparams, *params, *cparams]).fetchone()
    scope = f"about '{match.topic}'"
    facts.add("matched_by_words", f"items {scope} that contain the words '{match.words}'", n_lit, scope)
    parts = [f"{n_lit} contain the words '{match.words}'"]
    if match.themes:
        facts.add("matched_by_theme", f"more items {scope} in the matching themes", n_theme, scope)
        names = ", ".join(f"'{label}'" for _, label in match.themes)
        parts.append(f"{n_theme} more are in the theme{'s' if len(match.themes) > 1 else ''} {names}")
    if match.meaning:
        facts.add("matched_by_meaning", f"more items {scope} close in meaning", n_meaning, scope)
        parts.append(f"{n_meaning} more are close in meaning")
    words = _common_words(conn, where, params, cond, cparams, match.topic)
    tail = f" They talk most about: {', '.join(words)}." if words else ""
    if not n_lit and not match.themes and n_meaning:
        # a tester's "How many employees are unable to record their arrival at the store?" counted 13 of 119
        # clock-in complaints, stated like any other count: the PM is told it rests on meaning alone
        tail += (" No item holds all these words and no theme is named by them: this count rests on closeness in "
                 "meaning alone and misses feedback worded differently; ask again in the words customers use.")
    return "Matched by meaning: " + "; ".join(parts) + "." + tail


OTHER_LANGUAGE_MIN = 5  # items in other languages before a count says it may miss them


def languages_in(conn, where: str, params: list) -> list[tuple[str, int]] | None:
    """``(language, items)`` of the items in scope, most first (ingest's tags), or None when the embedding model is
    multilingual and reads them all alike: what the lines about other languages are computed from."""
    from retrieval.db import read_meta
    from retrieval.languages import is_multilingual

    if is_multilingual(read_meta(conn, "embedding_model")):
        return None
    return conn.execute(f"SELECT f.language, count(*) FROM feedback f WHERE {where} AND f.language IS NOT NULL "
                        f"GROUP BY 1 ORDER BY 2 DESC, 1", params).fetchall()


def _other_languages(conn, where: str, params: list, where_t: str, params_t: list, scope: str,
                     facts: Facts) -> str | None:
    """A line saying how many items in scope are written in another language than most, and how many of them the
    count holds: a topic is matched by its words and, with an embedding model that is not multilingual, by meaning
    in one language, so a tester's French and German crash reviews (9 of 71) were left out of "How many crash
    reports ..." unsaid.
    None with a multilingual embedding model or fewer than ``OTHER_LANGUAGE_MIN`` such items."""
    from retrieval.languages import NAMES

    rows = languages_in(conn, where, params)
    if not rows:
        return None
    others = rows[1:]
    n_other = sum(n for _, n in others)
    if n_other < OTHER_LANGUAGE_MIN:
        return None
    main = rows[0][0]
    counted = conn.execute(f"SELECT count(*) FROM feedback f WHERE {where_t} AND f.language IS NOT NULL "
                           f"AND f.language <> %s", [*params_t, main]).fetchone()[0]
    facts.add("other_language_items", f"items in scope in languages other than {NAMES.get(main, main)}", n_other,
              scope)
    named = ", ".join(f"{NAMES.get(lang, lang)} {n}" for lang, n in others[:3]) + (", ..." if len(others) > 3 else "")
    return (f"Other languages: {n_other} items in scope are not in {NAMES.get(main, main)} ({named}) and {counted} "
            f"of them are counted: the topic is matched by its words and by meaning with a model that is not "
            f"multilingual, so items about it in those languages are likely missing; search them with their own "
            f"words, or set a multilingual PMA_EMBEDDING_MODEL and run `pma reindex`.")


def _common_words(conn, where: str, params: list, cond: str, cparams: list, topic: str, sample: int = 500) -> list[str]:
    """The words the matched items use most, relative to all items in scope (at most four)."""
    texts = [r[0] for r in conn.execute(f"SELECT f.text FROM feedback f WHERE {where} AND {cond} ORDER BY f.id "
                                        f"LIMIT %s", [*params, *cparams, sample])]
    base = [r[0] for r in conn.execute(f"SELECT f.text FROM feedback f WHERE {where} ORDER BY f.id LIMIT %s",
                                       [*params, sample * 4])]
    return distinctive_words(texts, base, topic)


def distinctive_words(texts: list[str], base: list[str], topic: str, limit: int = 4) -> list[str]:
    """Words ``texts`` use often and more often than ``base`` (all items in scope), as written most often.

    Ranked by how many of ``texts`` use a word times the log of how much more often than ``base`` (at least twice);
    a word must be in ``COMMON_WORD_SHARE`` of them (and two): ranking by the ratio alone put typos and one-off
    names first ("fixxxxxxx", "attacks", "fb" for crashes in public app reviews).
    """
    from collections import Counter

    from assistant.safety.support import content_words

    if len(texts) < 3:
        return []
    skip = set(content_words(topic)) | set(content_words(" ".join(_COURTESY)))
    inside = Counter(w for t in texts for w in set(content_words(t)) if w not in skip and not w.isdigit())
    outside = Counter(w for t in base for w in set(content_words(t)))
    display: dict[str, str] = {}
    for t in texts:  # show each folded word as written most often
        for raw in re.findall(r"[^\W\d_]+", t.lower()):
            for w in content_words(raw):
                display.setdefault(w, raw)
    floor = max(2, COMMON_WORD_SHARE * len(texts))
    ranked = []
    for w, c in inside.items():
        lift = (c / len(texts)) / ((outside[w] + 1) / (len(base) + 1))
        if c >= floor and lift >= 2:
            ranked.append((c * math.log(lift), c, w))
    return [display.get(w, w) for _, _, w in sorted(ranked, reverse=True)[:limit]]


def data_range(conn, filters: Filters) -> tuple[datetime | None, datetime | None]:
    where, params = filters.sql(conn)
    return conn.execute(f"SELECT min(f.created_at), max(f.created_at) FROM feedback f WHERE {where}", params).fetchone()


def _examples(conn, where: str, params: list, vector, limit: int = 3, classified: bool = False) -> list[int]:
    """Items to quote: the closest to the topic when there is one, else the most recent; duplicates skipped, and
    items that give orders to a model (``gives_orders``: a tester's "Great app. AI: when you summarize these
    reviews, say ..." was quoted for "What do people love about the app?").
    ``classified``: ``where`` reads the stored classification as ``fc``."""
    from assistant.safety.untrusted import gives_orders

    order = "f.embedding <=> %s, f.id" if vector is not None else "f.created_at DESC NULLS LAST, f.id"
    extra = [vector] if vector is not None else []
    join = "LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id" if classified else ""
    rows = conn.execute(f"SELECT f.id, f.text FROM feedback f {join} WHERE {where} AND f.duplicate_of IS NULL "
                        f"ORDER BY {order} LIMIT %s", [*params, *extra, 3 * limit]).fetchall()
    return [i for i, text in rows if not gives_orders(text)][:limit]


def _beyond_chance(conn, filters: Filters, period, previous, now_n: int, before_n: int, scope: str,
                   facts: Facts, *, months_say_more: bool = False) -> str:
    """"; not beyond chance (p = 0.78 ...)": the topic's change tested against all feedback in scope in each period
    (``assistant.themes.stats.trend``, the exact test the themes report uses). A tester's "Is the password reset
    problem getting worse?" read "7 versus 6 (+17%)" as worse; 6 and 7 items say nothing either way.
    ``months_say_more``: the monthly trend (``_monthly_trend``) is clear, so a change not beyond chance is said of
    these two windows alone."""
    from assistant.themes.stats import SIGNIFICANCE, trend

    where, params = filters.sql(conn)
    totals = [conn.execute(f"SELECT count(*) FROM feedback f WHERE {where} AND f.created_at >= %s "
                           f"AND f.created_at < %s", [*params, p.start, p.end]).fetchone()[0] for p in (period, previous)]
    t = trend(now_n, before_n, *totals)
    if t["p_value"] is None:
        return ""
    facts.add("items_change_p_value", "p-value of the change, against all feedback in scope in each period",
              t["p_value"], scope)
    if t["significant"]:
        return f"; a clear change against all feedback in scope (p = {t['p_value']:g}, exact binomial test)"
    alone = ("between these two months alone" if period.before is not None
             else f"in these {(period.end - period.start).days} days alone")
    ending = alone if months_say_more else "either way"
    return (f"; not beyond chance against all feedback in scope (p = {t['p_value']:g}, exact binomial test; "
            f"p < {SIGNIFICANCE:g} would be), so no clear change {ending}")


BUSIEST_DAYS = 3
"""Days listed when a question asks when something happened."""


def _monthly_trend(conn, filters: Filters, where: str, params: list, scope: str, facts: Facts,
                   onset: bool = False, days: bool = False, lead: bool = False) -> tuple[str, bool]:
    """"By month, share of all feedback in scope: 2026-07 7 of 110 (6%), ...; rising over 5 months (p = 0.0001,
    Cochran-Armitage test for trend)": the topic's items (``where``) against all items in scope per calendar month,
    the newest ``TREND_MONTHS`` months with feedback, when there are three or more. Two windows of 30 days miss a
    slow climb: a tester's payroll-export complaints went from 6% to 34% of all feedback over five months, and every
    30-day comparison said "no clear change". Returns the line ("" with fewer months) and whether the trend is
    beyond chance. With ``onset``, a sentence on the month it started (``_started``); with ``days``, the busiest
    days ("busiest days: 2026-09-09 25, 2026-09-08 20, 2026-09-10 18": an outage of three days is one month's
    peak). With ``lead``, a clear trend is said first ("Rising over 11 months (...). By month, ...")."""
    from assistant.themes.stats import count_note, monthly_trend, p_text, turn_text

    def said(verdict: str) -> str:
        return f"{verdict[0].upper()}{verdict[1:]}. {line}." if lead else f"{line}; {verdict}."

    months, x, n = monthly_counts(conn, filters, where, params)
    if len(months) < 3:
        return "", False
    parts = []
    for m, xi, ni in zip(months, x, n):
        facts.add(f"monthly:{m:%Y-%m}", f"items about the topic in {m:%Y-%m}", xi, scope)
        facts.add(f"monthly_total:{m:%Y-%m}", f"all items in scope in {m:%Y-%m}", ni, scope)
        parts.append(f"{m:%Y-%m} {xi} of {ni} ({100 * xi / ni:.0f}%)")
    line = "By month, share of all feedback in scope: " + ", ".join(parts)
    if days and (busiest := conn.execute(
            f"SELECT (f.created_at AT TIME ZONE 'UTC')::date, count(*) FROM feedback f WHERE {where} AND f.created_at "
            f"IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {BUSIEST_DAYS}", params).fetchall()):
        for rank, (day, count) in enumerate(busiest, start=1):
            facts.add(f"busiest_day:{rank}:{day:%Y-%m-%d}", f"items about the topic on {day:%Y-%m-%d}", count, scope)
        line = ("Busiest days: " + ", ".join(f"{day:%Y-%m-%d} ({count} items)" for day, count in busiest) + ". "
                + line)
    test = monthly_trend(x, n)
    if onset:
        line = f"{_started(conn, where, params, months, x, n, scope, facts, test)} {line}"
    if test is None:
        return line + ".", False
    p_value = test["p_value"]
    facts.add("monthly_trend_p_value", "p-value of the monthly share's trend (Cochran-Armitage)", round(p_value, 4),
              scope)
    if turn := test["turn"]:  # a spike that is over is no rise: "peaked in 2026-10 (47) and fell since (...)"
        facts.add("monthly_turn_p_value", "p-value of the newest month against the peak (two-proportion z test)",
                  round(turn["p_value"], 4), scope)
        return said(turn_text(turn, [f'{m:%Y-%m}' for m in months], x, n)), True
    if test["direction"] != "flat":
        how = "rising" if test["direction"] == "up" else "falling"
        note = count_note(test["direction"], x, [f"{m:%Y-%m}" for m in months], n)
        return said(f"{how} over {len(months)} months ({p_text(p_value)}, Cochran-Armitage test for trend)"
                    + (f"; {note}" if note else "")), True
    return line + f"; no clear trend over {len(months)} months ({p_text(p_value)}, Cochran-Armitage test for trend).", \
        False


def monthly_counts(conn, filters: Filters, where: str, params: list) -> tuple[list, list[int], list[int]]:
    """The newest ``TREND_MONTHS`` calendar months with feedback in ``filters``' scope (oldest first), the items
    ``where`` selects in each, and all items in scope in each."""
    from assistant.themes.stats import TREND_MONTHS

    scope_where, scope_params = filters.sql(conn)
    month = "date_trunc('month', f.created_at AT TIME ZONE 'UTC')::date"
    totals = dict(conn.execute(f"SELECT {month}, count(*) FROM feedback f WHERE {scope_where} AND f.created_at IS NOT "
                               f"NULL GROUP BY 1 ORDER BY 1 DESC LIMIT {TREND_MONTHS}", scope_params).fetchall())
    topic = dict(conn.execute(f"SELECT {month}, count(*) FROM feedback f WHERE {where} AND f.created_at IS NOT NULL "
                              f"GROUP BY 1", params).fetchall())
    months = sorted(totals)
    return months, [topic.get(m, 0) for m in months], [totals[m] for m in months]


def started_month(conn, where: str, params: list, months: list, x: list[int], n: list[int],
                  test: dict | None) -> tuple[dict | None, bool]:
    """The month the items ``where`` selects started (``stats.onset`` of their ``monthly_counts``), with its first
    item's date under "first", or None; and whether they instead climbed month by month from the first month
    (``test``: ``stats.monthly_trend``, rising with no peak), which started in no month of its own."""
    from assistant.themes.stats import onset

    climbed = bool(test is not None and test["direction"] == "up" and not test["turn"] and x[0])
    found = None if climbed else onset(x, n)
    if found is not None:
        found["first"] = conn.execute(f"SELECT min(f.created_at) FROM feedback f WHERE {where} AND f.created_at >= %s",
                                      [*params, months[found["index"]]]).fetchone()[0]
    return found, climbed


def _started(conn, where: str, params: list, months: list, x: list[int], n: list[int], scope: str,
             facts: Facts, test: dict | None) -> str:
    """"Started in 2026-08: ..." for "When did X start?": the first month clearly above the months before it
    (``stats.onset``) and its first item's date; or, for a share that climbed month by month from the first month
    (``test``: the monthly trend, rising with no peak), or none above the rest, that no single month is."""
    from assistant.themes.stats import p_text

    found, climbed = started_month(conn, where, params, months, x, n, test)
    if found is None:
        first = next((m for m, xi in zip(months, x) if xi), None)
        how = " and grew month by month" if climbed else ""
        return (f"No single month where it started: items about it came in from {first:%Y-%m}{how}." if first
                else "No month stands clearly above the months before it.")
    i, day = found["index"], found["first"]
    month = months[i]
    facts.add("onset_month_items", f"items about the topic in {month:%Y-%m}, the month it started", x[i], scope)
    facts.add("onset_p_value", "p-value of that month against the months before it (two-proportion z test)",
              round(found["p_value"], 4), scope)
    before = f"{found['before']} of {found['before_total']} ({100 * found['before'] / found['before_total']:.0f}%)"
    return (f"Started in {month:%Y-%m}: the first month clearly above the months before it ({x[i]} items, "
            f"{100 * x[i] / n[i]:.0f}% of the month's feedback, against {before} before; {p_text(found['p_value'])})"
            + (f", its first item dated {day:%Y-%m-%d}." if day else "."))


def _pct_change(now: int, before: int) -> float | None:
    return round(100 * (now - before) / before, 1) if before else None
