"""What counts as a problem, a request and praise: the one definition chat, themes and plans all use.

An item (``feedback f`` with its ``feedback_classification fc``, left-joined) is

- a **problem** when it is negative, or classified as a bug, a performance or a usability problem, or, when it has
  no classification at all, rated 2 or lower;
- a **request** when it is classified as a feature request;
- **praise** when it is classified as praise or positive, is not negative, is not rated 1-2 (unless classified as
  both praise and positive: a G2 review's "What do you like best?" answer carries the review's 2 stars; 2 of the
  820 CLAP reviews rated 1-2 are classified so, both praise, "it is fun loving it"), and is not classified
  as a problem or a request (a "positive" bug report, "the map said Not downloaded on the mountain", opposes nothing:
  it is not counter-evidence to a plan item).

A theme is a **strength** (listed as such, never a backlog candidate) when at least ``STRENGTH_SHARE`` of its items
are praise, and a **language theme** (``language_named``: feedback grouped by its language, not its topic, named
so by ``assistant.themes.language``) is no backlog candidate either; every other theme is a **backlog candidate**.
Chat's "top issues" ranks themes by their problem items and leaves strengths out, so it names the themes the plan
considers.

Not handled: the classification itself (``assistant.themes.classify``), or how much a problem weighs (RICE,
``assistant.recommend.rice``).
"""

from __future__ import annotations

import re

import numpy as np

LANGUAGE_THEME = "Feedback in {language}: {keywords}"  # the label of a language theme
LANGUAGE_LABEL = "^Feedback in ([^:]+): "  # ... as a regular expression, for Python and for PostgreSQL (``~``)

PROBLEM_TYPES = ("bug", "performance", "usability")
REQUEST_TYPES = ("feature_request",)
NEGATIVE_MAX_RATING = 2  # ratings 1-2 of 5 count as negative where no classification is stored
STRENGTH_SHARE = 0.5


def _types(names: tuple[str, ...]) -> str:
    return ", ".join(f"'{n}'" for n in names)


def problem_sql(f: str = "f", fc: str = "fc") -> str:
    """SQL condition: the item reports a problem (see the module docstring)."""
    return (f"({fc}.sentiment = 'negative' OR {fc}.feedback_type IN ({_types(PROBLEM_TYPES)}) "
            f"OR ({fc}.sentiment IS NULL AND {fc}.feedback_type IS NULL AND {f}.rating <= {NEGATIVE_MAX_RATING}))")


def bug_sql(f: str = "f", fc: str = "fc") -> str:
    """SQL condition: the item is classified as a bug report (what "What are the top bugs?" ranks: a price rise or a
    long wait is a problem, not a bug)."""
    return f"({fc}.feedback_type = 'bug')"


def request_sql(f: str = "f", fc: str = "fc") -> str:
    """SQL condition: the item asks for something new."""
    return f"({fc}.feedback_type IN ({_types(REQUEST_TYPES)}))"


def backlog_sql(f: str = "f", fc: str = "fc") -> str:
    """SQL condition: the item is a problem or a request (what a backlog item answers)."""
    return f"({problem_sql(f, fc)} OR {request_sql(f, fc)})"


def praise_sql(f: str = "f", fc: str = "fc") -> str:
    """SQL condition: the item praises what it is about (never a negative item, nor a 1-2 star one unless classified
    both praise and positive)."""
    return (f"(({fc}.feedback_type = 'praise' OR {fc}.sentiment = 'positive' OR "
            f"({fc}.sentiment IS NULL AND {fc}.feedback_type IS NULL AND {f}.rating >= 4)) "
            f"AND {fc}.sentiment IS DISTINCT FROM 'negative' "
            f"AND (coalesce({f}.rating, 5) > {NEGATIVE_MAX_RATING} "
            f"OR ({fc}.feedback_type = 'praise' AND {fc}.sentiment = 'positive')) "
            f"AND coalesce({fc}.feedback_type, '') NOT IN ({_types(PROBLEM_TYPES + REQUEST_TYPES)}))")


def praise_and_requests(conn, ids) -> tuple[np.ndarray, np.ndarray]:
    """Per item of ``ids`` (feedback ids), whether it is praise and whether it is a request (the stored
    classification)."""
    rows = dict((r[0], r[1:]) for r in conn.execute(
        f"SELECT f.id, {praise_sql()}, {request_sql()} FROM feedback f "
        "LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id WHERE f.id = ANY(%s)", [list(map(int, ids))]))
    kinds = np.array([rows.get(int(i), (False, False)) for i in ids], dtype=bool).reshape(len(ids), 2)
    return kinds[:, 0], kinds[:, 1]


def is_strength(items: int, praise_items: int) -> bool:
    """A theme whose items are mostly praise is a strength, not a backlog candidate."""
    return items > 0 and praise_items / items >= STRENGTH_SHARE


def sounds_like(kind: str) -> list[str]:
    """Sentences that sound like a problem (``issues``), a request (``requests``) or praise (``praise``): the
    zero-shot classifier's prototypes, for ranking items nobody has classified or rated yet."""
    from assistant.themes.classify.prototypes import SENTIMENT_PROTOTYPES, TYPE_PROTOTYPES

    return {"issues": SENTIMENT_PROTOTYPES["negative"], "praise": SENTIMENT_PROTOTYPES["positive"],
            "requests": TYPE_PROTOTYPES["feature_request"]}[kind]


def language_named(label: str) -> str | None:
    """The language(s) a language theme's label names ("Feedback in Chinese: ..." -> "Chinese"), else None."""
    m = re.match(LANGUAGE_LABEL, label or "")
    return m.group(1) if m else None


# Words that place a problem in the software ("the app crashes at checkout", "reminder emails go to the old contact")
# or in the service around it ("deliveries are late", "two items were missing from my box"): a zero-shot "bug" about
# a late courier is an operations problem, and its plan item should not ship a fix to 10% of app users (an explorer's
# meal-kit data). PostgreSQL regular expressions; \m and \M are word boundaries.
SOFTWARE_WORDS = (r"\m(apps?|application|crash\w*|freez\w*|frozen|bugs?|buggy|glitch\w*|errors?|update[ds]?|updating|"
                  r"versions?|log(ged)? ?in|login|sign(ed)? ?in|password|download\w*|upload\w*|sync\w*|"
                  r"load(s|ed|ing)?|screens?|buttons?|pages?|website|browser|notifications?|(re)?install(s|ed|ing)?|"
                  r"iphone|ipad|android|ios|devices?|click\w*|tap(s|ped|ping)?|settings?|export\w*|import\w*|api|"
                  r"integrations?|server|offline|checkout|widget|dashboard|menu|keyboard|scroll\w*|blank|spinner|"
                  r"timeout|ui|interface|emails?|pdf|scan\w*|ocr|automatic\w*|firmware|bluetooth|pair(s|ed|ing)?)\M")
SERVICE_WORDS = (r"\m(deliver\w*|driver\w*|courier\w*|parcels?|packag\w*|shipping|shipped|shipments?|box(es)?|arriv\w*|"
                 r"doorstep|porch|warehouse|missing|damaged|spoil\w*|rotten|melted|leak\w*|ingredients?|food|meals?|"
                 r"groceries|grocery|store|staff|waiters?|waitress\w*|restaurant|kitchen|late|delayed|delays?|"
                 # the goods themselves (session 36, an e-bike tester's brakes and motor got app-release stories)
                 r"brakes?|motor|frame|tyres?|tires?|saddle|wheels?|chain|pedals?|fenders?|charger|derailleur|"
                 r"handlebars?|suspension|spokes?|rotors?|squeal\w*|squeak\w*|rust\w*|assembl\w*|spare|parts|"
                 r"zipper|stitching|hinge|"
                 # people who come to the home (session 37, a thermostat tester's installer no-shows were an app
                 # fix "on the affected versions"): "installer" is no longer a software word, "install" still is
                 r"installers?|engineers?|technicians?|plumbers?|electricians?|appointments?|no.?shows?)\M")


def word_shares(conn, where: str, params: list) -> dict[int, tuple[float, float]]:
    """Per active theme, the share of its items in scope (``where`` over ``feedback f``) that name software
    (``SOFTWARE_WORDS``) and the goods or the service (``SERVICE_WORDS``)."""
    return {theme_id: (float(software), float(service)) for theme_id, software, service in conn.execute(
        "SELECT ft.theme_id, avg((f.text ~* %s)::int), avg((f.text ~* %s)::int) FROM feedback f "
        "JOIN feedback_themes ft ON ft.feedback_id = f.id JOIN themes t ON t.id = ft.theme_id "
        f"WHERE {where} AND t.status = 'active' GROUP BY 1", [SOFTWARE_WORDS, SERVICE_WORDS, *params])}
