"""Numbers for "did 4.4 fix the login bug?" and "what got worse after the October release?": the before/after
comparison of ``assistant.themes.impact`` (items per week, share of all feedback, exact test), as code-written lines
the model may only narrate.

The release comes from the question (``router.release_of``): a version ("4.4" means 4.4.0 and later), a month
("the October release": the first version whose feedback starts that month; the first of the month when the export
has no versions), a date, or "the last update" (the first version of the newest x.y in the feedback). With a topic ("the login bug"), the answer gives the items about it (words or meaning,
as ``aggregate.topic_match`` decides) and the stored themes it names, with a one-line verdict; without one, the
themes that moved most in the direction asked about ("worse": more feedback, "better"/"fix": less).

"Which release introduced the receipt scanner crash?" (``_which_release``) compares every stored version the same way
and names the one after which the topic rose most clearly.

Not handled: several releases in one question (the first one named is used), releases outside the data (the answer
says so and the model is not called).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from assistant.chat.aggregate import Facts, topic_match
from assistant.chat.router import MONTHS, WHICH_RELEASE, Route
from assistant.themes import impact
from retrieval.errors import UserError
from retrieval.filters import Filters

LISTED = 3  # theme rows listed when the question names no topic
LATEST_MIN_DAYS = 14  # days of feedback after a version before "the last update" may be it
_ANSWER = {"fewer": "Yes, by this measure: fewer", "more": "No: more", "no clear change": "No clear change"}


def impact_facts(conn, filters: Filters, route: Route, vector) -> Facts:
    """Before/after numbers around the release ``route.release`` (see the module docstring)."""
    facts = Facts()
    if route.release == WHICH_RELEASE:
        return _which_release(conn, filters, route, vector)
    try:
        release, note = _release(conn, filters, route.release or "", route.release_kind)
        for line in {impact.version_line(v) for v in release.versions_after} - {""}:  # "Did web 2026.11.2 fix
            # the CSV export?": "web" names the release's product line, not the topic
            route = replace(route, topic=" ".join(re.sub(rf"(?<!\w){re.escape(line)}(?!\w)", " ", route.topic,
                                                         flags=re.IGNORECASE).split()))
        result = impact.release_impact(conn, filters, release) if _themes(conn) else None
        topic = _topic_row(conn, filters, release, route.topic, vector) if route.topic else None
        sides = result or impact.sides(conn, filters, release)
    except UserError as exc:  # a version nobody has, a date outside the data: said, not raised
        facts.matched = 0
        facts.lines.append(re.sub(r"^--(version|date) ", lambda m: m.group(1).capitalize() + " ", str(exc)))
        return facts
    b, a = sides["before"], sides["after"]
    facts.add("release", "release compared", release.label)
    facts.add("items_before", f"feedback items in the {b['days']:g} days before {release.label}", b["items"])
    facts.add("items_after", f"feedback items in the {a['days']:g} days after {release.label}", a["items"])
    facts.lines.append(f"Release {release.label}{release.dated()}: {b['items']} feedback items "
                       f"in the {b['days']:g} days before and {a['items']} in the {a['days']:g} days after; items "
                       f"placed by {sides['placed_by']}.")
    if release.notes:
        facts.lines.append(f"Release notes for {release.label}: {release.notes}")
    if note:
        facts.lines.append(note)
    if route.topic and CANCELLATIONS.match(route.topic.strip()) and (line := _cancellations(conn, filters, release,
                                                                                             facts)):
        facts.lines.append(line)
        facts.matched = b["items"] + a["items"]
        return facts
    if route.topic:
        named = _named_themes(conn, route.topic)
        best = max(named.values(), default=0)  # a theme sharing one word of five ("route") is not the one asked about
        named = {t: n for t, n in named.items() if 2 * n >= best}
        themes = sorted((r for r in (result or {}).get("themes", []) if int(r["key"]) in named),
                        key=lambda r: (-named[int(r["key"])], -(r["before"] + r["after"])))
    else:
        themes = _movers((result or {}).get("themes", []), route.question_direction)
    rows = themes[:LISTED]
    # The items about the topic lead when their one test is clear and the theme's is not only because it was adjusted
    # across every theme of the table: a grocery tester's "Did 5.3.1 fix the checkout crash?" led with "No clear
    # change ... p = 0.010 (q = 0.097)" over a line saying "fewer" (the crash split over two themes).
    topic_first = bool(topic and topic[0]["before"] + topic[0]["after"] and rows
                       and rows[0]["direction"] == "no clear change" and topic[0]["direction"] != "no clear change")

    def topic_line(row: dict, ids: list[int], answered: bool) -> None:
        head = f"{_answer(row, route)} after {release.label}: " if answered else ""
        facts.lines.append(f"{head}{row['verdict']} (items with the words or close in meaning){_refs(ids)}.")
        facts.example_ids += [i for i in ids if i not in facts.example_ids]

    if topic_first:
        topic_line(*topic, answered=True)
    for i, r in enumerate(rows):
        ref = _example(conn, filters, release, int(r["key"]))
        refs = [ref] if ref else []
        head = (f"{_answer(r, route)} after {release.label}: theme " if route.topic and i == 0 and not topic_first
                else "Theme ")
        facts.lines.append(f"{head}{r['verdict']}{_refs(refs)}.")
        facts.example_ids += refs
    if topic is not None:
        row, ids = topic
        rows.append(row)
        facts.matched = row["before"] + row["after"] + sum(r["before"] + r["after"] for r in themes)
        if row["before"] + row["after"]:
            if not topic_first:  # else it leads, above the themes
                topic_line(row, ids, answered=not themes)
        else:
            facts.lines.append(f"No feedback item about '{route.topic}' within {sides['window_days']} days of "
                               f"{release.label}.")
    else:
        facts.matched = b["items"] + a["items"]
        if result is not None and not themes:
            wanted = {"worse": "more", "better": "less"}.get(route.question_direction, "more or less")
            facts.lines.append(f"No theme has significantly {wanted} feedback after {release.label} "
                               f"(as a share of all feedback; q < {impact.SIGNIFICANCE}, the p-value adjusted across "
                               "the themes tested).")
    if result is None:
        facts.note = "Per-theme changes need a theme summary: run `pma summarize`."
    for r in rows:
        key = f"{r['kind']}:{r['key']}"
        facts.add(f"{key}:per_week_before", f"{r['label']}: items per week before {release.label}",
                  r["per_week_before"])
        facts.add(f"{key}:per_week_after", f"{r['label']}: items per week after {release.label}", r["per_week_after"])
        if r["p_value"] is not None:
            facts.add(f"{key}:p_value", f"{r['label']}: p-value of the change", r["p_value"])
        if r.get("q_value") is not None:
            facts.add(f"{key}:q_value", f"{r['label']}: p-value of the change adjusted across the themes", r["q_value"])
    return facts


# "Did cancellations rise after the price increase?", "Did churn go up after 5.2?": the cancellation export's rows
CANCELLATIONS = re.compile(r"^(?:(?:subscription|plan|membership)\s+)?(?:cancell?ations?|churn(?:ed)?|cancell?ed\s+"
                            r"(?:subscriptions?|accounts?|memberships?|plans?|subscribers?|customers?))$", re.IGNORECASE)


def _cancellations(conn, filters: Filters, release, facts: Facts) -> str | None:
    """The rows of the cancellation exports (``context._of_kind``: "stripe_subscriptions_canceled"), comment or not,
    in the ``impact.DEFAULT_WINDOW_DAYS`` before ``release`` and after it (to the newest row), tested against the
    days each side spans (exact binomial test); None without such an export. A travel tester's "Did cancellations rise
    after the price increase on 2026-08-15?" counted the items saying they may leave (5 and 11) and ranked themes,
    beside a Stripe export of 39 cancellations before and 171 after."""
    from scipy.stats import binomtest

    from assistant.chat.context import _of_kind
    from assistant.themes.stats import SIGNIFICANCE, p_text
    from retrieval.stats import ANSWER_ROWS

    sources = [s for (s,) in conn.execute(f"SELECT DISTINCT source FROM {ANSWER_ROWS} f") if _of_kind(s, "cancel")]
    if not sources:
        return None
    where, params = replace(filters, sources=sources, says=None).sql(conn)
    days = impact.DEFAULT_WINDOW_DAYS
    start, end = release.at - timedelta(days=days), release.at + timedelta(days=days)
    before, after = conn.execute(
        f"SELECT count(*) FILTER (WHERE f.created_at >= %s AND f.created_at < %s), count(*) FILTER (WHERE "
        f"f.created_at >= %s AND f.created_at < %s) FROM {ANSWER_ROWS} f WHERE {where}",
        [start, release.at, release.at, end, *params]).fetchone()
    # (the days after run to the newest feedback of any source: a week with no cancellation is a week of none)
    every, every_params = replace(filters, sources=[], says=None).sql(conn)
    last = conn.execute(f"SELECT max(f.created_at) FROM {ANSWER_ROWS} f WHERE {every}", every_params).fetchone()[0]
    if last is None or last < release.at:
        return None
    days_after = min(days, (last - release.at).days + 1)
    named = ", ".join(sources)
    facts.add("cancellations_before", f"cancellations ({named}) in the {days} days before {release.label}", before)
    facts.add("cancellations_after", f"cancellations ({named}) in the {days_after} days after {release.label}", after)
    if not before + after:
        return f"No cancellation ({named}) within {days} days of {release.label}."
    p = float(binomtest(after, before + after, days_after / (days + days_after)).pvalue)
    facts.add("cancellations_p_value", "p-value of the change in cancellations per day", round(p, 4))
    rate_before, rate_after = before / days, after / days_after
    verdict = ("more" if rate_after > rate_before else "fewer") if p < SIGNIFICANCE else "no clear change"
    change = f" ({(rate_after / rate_before - 1) * 100:+.0f}% per day)" if rate_before else ""
    return (f"Cancellations (every row of {named}, comment or not): {before} in the {days} days before "
            f"{release.label} and {after} in the {days_after} days after{change}; {p_text(p)} (exact binomial test "
            f"against the days each side spans): {verdict}.")


def _which_release(conn, filters: Filters, route: Route, vector) -> Facts:
    """"Which release introduced X?": the items about X before and after each stored version (the comparison of
    ``pma impact``), and the release after which they rose with the smallest p-value, when it stays below
    ``impact.SIGNIFICANCE`` adjusted across the releases compared (Benjamini-Hochberg); else that none did."""
    from assistant.themes.stats import adjusted

    facts = Facts()
    topic = route.topic or "feedback"
    fixed = route.question_direction == "better"  # "Which release fixed X?": after which X fell most clearly
    # what a release introduced (or fixed) is a problem: no praise theme is its topic
    cond, params = topic_match(conn, route.topic, vector, focus="issues").sql() if route.topic else ("TRUE", [])
    rows = []
    # the app's versions, else a column named for versions ("Which Python SDK release broke the async client?" over
    # tickets with an "SDK Version": a developer-platform tester's was told no version is stored)
    # "Which firmware version caused the battery drain?" reads the column named for firmware, not the app's
    # versions (a wearable tester's was answered with app 5.2.0)
    named = impact.versions_field(conn, filters, named=route.release_kind) if route.release_kind else None
    app = None if named or not route.topic else _topic_app(conn, filters, cond, params, topic)
    markers = [] if named else impact.release_markers(conn, app[0] if app else filters, parts=3)
    other = None  # a column of other versions beside the app's ("Firmware Version"), said so it can be asked
    field_ = None
    if not markers and (field_ := named or impact.versions_field(conn, filters)):
        markers = impact.release_markers(conn, filters, parts=3, field_=field_)
    elif markers and not named:
        other = impact.versions_field(conn, filters)
    for marker in markers:
        try:
            release = impact.find_release(conn, filters, version=marker["version"], field_=field_ or "")
        except UserError:
            continue
        rows.append((release, impact.subset_impact(conn, filters, release, cond, params, f"Items about '{topic}'")))
    if not rows:
        facts.matched = 0
        facts.lines.append("No app version is stored with this feedback (or only one), so no release can be named: "
                           "ingest an export with a version column, or ask when it started.")
        return facts
    if app:
        facts.lines.append(app[1])
    if not route.topic and _themes(conn) and (found := _problem_moves(conn, filters, [r for r, _ in rows],
                                                                      "fewer" if fixed else "more")):
        # ("Which release fixed the most complaints?": the clearest fall, a fitness tester's counted every item
        # around each release and found none, where 3.3.1 took its Garmin sync theme from 9.9 to 0.5 a week)
        facts.matched = sum(r["before"] + r["after"] for _, r in found)
        (release, first), rest = found[0], found[1:]
        ref = _example(conn, filters, release, int(first["key"]))
        move, did = ("fall", "fixed") if fixed else ("rise", "caused")
        facts.lines.append(f"Release {release.label}{release.dated()} is followed by the clearest "
                           f"{move} of a problem theme: {first['verdict']} (a {move} after a release does not by "
                           f"itself show the release {did} it){_refs([ref] if ref else [])}.")
        facts.example_ids += [ref] if ref else []
        if rest:
            facts.lines.append(f"Other clear {move}s after a release: " + "; ".join(
                f"{r['verdict']} (after {rel.label})" for rel, r in rest[:LISTED - 1]) + ".")
        for rel, r in found:
            facts.add(f"release:{rel.label}:theme:{r['key']}:after", f"items of '{r['label']}' after {rel.label}",
                      r["after"])
        return facts
    moved, verb = ("fewer", "fell") if fixed else ("more", "rose")
    q = adjusted({i: row["p_value"] for i, (_, row) in enumerate(rows) if row["direction"] == moved})
    rose = [(q[i], i) for i in q if q[i] is not None and q[i] < impact.SIGNIFICANCE]
    facts.matched = max(row["before"] + row["after"] for _, row in rows)
    if rose:
        _, first = min(rose)
        release, row = rows[first]
        refs = impact.examples(conn, filters, release, cond, params, vector=vector)
        facts.lines.append(f"Release {release.label}{release.dated()} is the one after which "
                           f"items about '{topic}' {verb} most clearly: {row['verdict']} (q = {q[first]:g} across the "
                           f"{len(rows)} releases compared; a {'fall' if fixed else 'rise'} after a release does not by "
                           f"itself show the release {'fixed' if fixed else 'caused'} it){_refs(refs)}.")
        facts.example_ids += refs[:2]
    elif fixed:
        facts.lines.append(f"No release is followed by a clear fall of items about '{topic}' (q < "
                           f"{impact.SIGNIFICANCE} across the {len(rows)} releases compared); ask whether it is still "
                           "happening to see it by month.")
    else:
        started = _started_near(conn, filters, cond, params, topic, rows)
        facts.lines.append(f"No release is followed by a clear rise of items about '{topic}' (q < "
                           f"{impact.SIGNIFICANCE} across the {len(rows)} releases compared)"
                           + ("." if started else "; ask when it started to see it by month."))
        if started:
            facts.lines.append(started)
    for release, row in rows:
        facts.add(f"release:{release.label}:per_week_before", f"items about '{topic}' per week before {release.label}",
                  row["per_week_before"])
        facts.add(f"release:{release.label}:per_week_after", f"items about '{topic}' per week after {release.label}",
                  row["per_week_after"])
    facts.lines.append("Each release: " + "; ".join(f"{release.label} {row['per_week_before']:g} -> "
                                                     f"{row['per_week_after']:g} per week, {row['direction']}"
                                                     for release, row in rows) + ".")
    if other:
        facts.lines.append(f"These are the app's versions; the feedback also carries '{other}': ask which of those "
                           f"introduced it (\"Which {other.lower()} caused ...?\") to compare them.")
    return facts


APP_SHARE = 2 / 3  # share of a topic's items with a version that one app must hold for its versions alone to count


def _topic_app(conn, filters: Filters, cond: str, params: list, topic: str) -> tuple[Filters, str] | None:
    """The scope cut to the app whose versions hold most (``APP_SHARE``) of the topic's items with a version, where
    the feedback holds several apps' versions, with the line that says so; None otherwise. An app is named by an
    export's app column (an app review export's "App name": a customer app's 7.x and a courier app's 4.x), else told
    by its major version where another major's versions were in use at the same time (a help desk's "App version"
    of three apps). A food-delivery tester's "Which release broke Apple Pay checkout?" named the courier app's 4.1.0."""
    from retrieval.columns import PRODUCT_COLUMN

    where, wparams = filters.sql(conn)
    keys = [k for (k,) in conn.execute(f"SELECT DISTINCT jsonb_object_keys(f.metadata) FROM feedback f WHERE {where} "
                                       f"AND f.app_version IS NOT NULL", wparams) if PRODUCT_COLUMN.match(k.strip())]
    for key in sorted(keys):
        # (the topic's items with a version and no app named count against each app: a help desk's tickets of a
        # third app, "merchant tablet" 3.x, are no customer app's)
        rows = conn.execute(f"SELECT f.metadata ->> %s, count(*), count(*) FILTER (WHERE {cond}) FROM feedback f "
                            f"WHERE {where} AND f.app_version IS NOT NULL GROUP BY 1 ORDER BY 3 DESC, 1",
                            [key, *params, *wparams]).fetchall()
        about = sum(r[2] for r in rows)
        apps = [r for r in rows if r[0]]
        if len(apps) < 2 or not about or apps[0][2] < APP_SHARE * about:
            continue
        name, _, held = apps[0]
        return (replace(filters, where={**filters.where, key: name}),
                f"The releases compared are those of {name} ('{key}'), which holds {held} of the {about} items about "
                f"'{topic}' that carry a version; the other apps' versions are left out.")
    # each major version's items about the topic, its first item and the first item of its newest version
    lines = impact.version_lines(conn, where, wparams, cond, params)
    about = sum(r[1] for r in lines)
    if len(lines) < 2 or not about or lines[0][1] < APP_SHARE * about:
        return None
    first, held, *_ = lines[0]
    if not impact.concurrent_lines(lines, lines[0]):  # one app's versions, one major after another: 7.0.0 is
        return None  # compared with the 6.x before it
    return (replace(filters, where={**filters.where, "version": first}),
            f"The releases compared are the {first}.x versions, which hold {held} of the {about} items about '{topic}' "
            f"that carry a version; the other versions ({', '.join(f'{m}.x' for m, *_ in lines[1:])}), in use at the "
            f"same time, are taken for another app's and left out.")


def _problem_moves(conn, filters: Filters, releases: list, direction: str) -> list[tuple]:
    """``(release, theme row)`` of each problem theme that rose (``direction`` "more"; not already fallen before) or
    fell ("fewer") clearly after a release (``pma impact``'s test, its q below ``impact.SIGNIFICANCE``), clearest
    first: "Which release caused the most complaints?" (a neobank tester's counted every item around each release and
    named none, where 3.3.0 took the receipt-upload theme from 0.2 to 13 a week)."""
    from assistant.chat.aggregate import _one_sided

    found = []
    for release in releases:
        for r in impact.release_impact(conn, filters, release)["themes"]:
            if r["direction"] == direction and not (direction == "more" and r.get("fallen_before")) \
                    and r.get("q_value") is not None and r["q_value"] < impact.SIGNIFICANCE:
                found.append((release, r))
    problems = {t for t, _ in _one_sided(conn, [(int(r["key"]), r["label"]) for _, r in found], "issues")}
    if direction == "fewer" and problems:  # what a release fixed is a theme of problems, not one of requests that
        # quietened (a fitness tester's "Workout builder / strength routines" was listed among the fixes)
        from assistant.themes.kinds import problem_sql

        problems = {t for (t,) in conn.execute(
            "SELECT ft.theme_id FROM feedback_themes ft JOIN feedback f ON f.id = ft.feedback_id LEFT JOIN "
            f"feedback_classification fc ON fc.feedback_id = f.id WHERE ft.theme_id = ANY(%s) GROUP BY 1 "
            f"HAVING avg(coalesce(({problem_sql()})::int, 0)) >= 0.5", [sorted(problems)])}
    found = [(rel, r) for rel, r in found if int(r["key"]) in problems]
    return sorted(found, key=lambda f: (f[1]["q_value"], -(f[1]["after"] - f[1]["before"])))


NEAR_RELEASE_DAYS = 45  # days before a topic's first items a release is named as near them


def _started_near(conn, filters: Filters, cond: str, params: list, topic: str, rows: list) -> str:
    """"By month, items about 'Android login loop' started in 2026-09 (...), the first of them dated 2026-09-02; the
    release first seen in the 45 days before it: 3.5.1": when no release's window shows a clear rise (an EV-charging
    tester's login loop, 0.5 -> 2.2 a week after 3.5.1, q = 0.12 across four releases), the month it started
    (``stats.onset``) and the releases just before it, said as timing, not cause; "" when no month stands out."""
    from assistant.chat.aggregate import monthly_counts, started_month
    from assistant.themes.stats import monthly_trend, p_text

    where, wparams = filters.sql(conn)
    about, about_params = f"{where} AND {cond}", [*wparams, *params]
    months, x, n = monthly_counts(conn, filters, about, about_params)
    test = monthly_trend(x, n) if len(months) >= 3 else None
    found = started_month(conn, about, about_params, months, x, n, test)[0] if test is not None else None
    if found is None:  # no standout month, or a climb from the first month
        return ""
    i, first = found["index"], found["first"]
    near = [release.label for release, _ in rows
            if first - timedelta(days=NEAR_RELEASE_DAYS) <= release.at <= first + timedelta(days=1)]
    line = (f"By month, items about '{topic}' started in {months[i]:%Y-%m} ({x[i]} items, against {found['before']} "
            f"in the {i} month{'s' if i != 1 else ''} before; {p_text(found['p_value'])}), the first of them dated "
            f"{first:%Y-%m-%d}")
    if near:
        return line + (f"; the release{'s' if len(near) != 1 else ''} first seen in the {NEAR_RELEASE_DAYS} days "
                       f"before: {', '.join(near)} (timing, not proof of cause).")
    return line + f"; no release was first seen in the {NEAR_RELEASE_DAYS} days before."


def _release(conn, filters: Filters, release: str, kind_words: str = "") -> tuple[impact.Release, str | None]:
    """The release named in the question, and a note when the choice was not the only one; ``kind_words``: the words
    naming which versions ("firmware")."""
    kind, _, value = release.partition(":")
    if kind == "version":  # "Did firmware 2.8.0 fix it?": the firmware column's 2.8.0
        field_ = impact.versions_field(conn, filters, named=kind_words) if kind_words else None
        return impact.find_release(conn, filters, version=value, field_=field_ or ""), None
    if kind == "date":
        return impact.find_release(conn, filters, date=value), None
    where, params = filters.sql(conn)
    if kind == "latest":
        markers = impact.release_markers(conn, filters)
        if not markers:
            raise UserError("No app version is stored with this feedback, or none started after its first item, so "
                            "'the last update' cannot be placed: ask about its date instead ('what changed after "
                            "2026-10-28?').")
        # the newest version, a patch included, with LATEST_MIN_DAYS of feedback after it: a thermostat tester's
        # "What changed after the last update?" read 4.8.0 and said sync complaints rose, where 4.8.2, five weeks
        # before the export ended, had fixed them; a patch out for days has too little after it (then the newest
        # x.y, as the themes report marks releases)
        last = conn.execute(f"SELECT max(f.created_at) FROM feedback f WHERE {where}", params).fetchone()[0]
        versions = impact.release_markers(conn, filters, parts=3)
        settled = [m for m in versions if last is not None
                   and (last - datetime.fromisoformat(m["at"])).total_seconds() >= LATEST_MIN_DAYS * 86400]
        newest = markers[-1]
        if settled and datetime.fromisoformat(settled[-1]["at"]) > datetime.fromisoformat(newest["at"]):
            pick = settled[-1]
            later = [m["version"] for m in versions if datetime.fromisoformat(m["at"]) > datetime.fromisoformat(pick["at"])]
            return impact.find_release(conn, filters, version=pick["version"]), (
                f"The last update is taken to be {pick['version']}, the newest version with {LATEST_MIN_DAYS} days of "
                f"feedback after it or more" + (f" ({', '.join(later)} came later, with less)" if later else "") + ".")
        return impact.find_release(conn, filters, version=newest["version"]), (
            f"The last update is taken to be {newest['version']}, the first version of the newest release in this "
            f"feedback ({newest['label']}).")
    last = conn.execute(f"SELECT max(f.created_at) FROM feedback f WHERE {where}", params).fetchone()[0]
    if last is None:
        raise UserError(f"No feedback matches ({filters.describe()}).")
    if kind == "day":  # "the release on November 10": that day, in the year of the newest feedback that has it
        month, day, *year = value.split(":")
        number = MONTHS[month]
        year_n = int(year[0]) if year else last.year - ((number, int(day)) > (last.month, last.day))
        return impact.find_release(conn, filters, date=f"{year_n}-{number:02d}-{int(day):02d}"), None
    month, _, year = value.partition(":")
    number = MONTHS[month]
    year_n = int(year) if year else (last.year if number <= last.month else last.year - 1)
    start = datetime(year_n, number, 1, tzinfo=timezone.utc)
    end = datetime(year_n + (number == 12), number % 12 + 1, 1, tzinfo=timezone.utc)
    first_seen = impact.dated_versions(conn, where, params)  # "the October release": a web release in the notes too
    keyed = sorted((impact.version_key(v), v, at) for v, at in first_seen if impact.version_key(v) is not None)
    started = [(k, v) for k, v, at in keyed if start <= at < end
               and not any(k2[:2] == k[:2] and k2 < k for k2, _, _ in keyed)]  # a new x.y, not a patch of one
    name = f"{start:%B %Y}"
    if not started:
        return impact.find_release(conn, filters, date=f"{start:%Y-%m-%d}"), (
            f"No new app version starts in {name}: feedback is compared before and after {start:%Y-%m-%d}.")
    chosen = started[0][1]
    others = [v for _, v in started[1:]]
    release = impact.find_release(conn, filters, version=chosen)
    note = (f"The {name} release is taken to be {chosen}, the first new version "
            + ("released that month" if release.released else "whose feedback starts that month")
            + (f" ({', '.join(others)} also started in {name}; ask about it by number)." if others else "."))
    return release, note


def _topic_row(conn, filters: Filters, release: impact.Release, topic: str, vector) -> tuple[dict, list[int]]:
    cond, params = topic_match(conn, topic, vector).sql()
    row = impact.subset_impact(conn, filters, release, cond, params, f"Items about '{topic}'")
    return row, impact.examples(conn, filters, release, cond, params, vector=vector)


def _answer(row: dict, route: Route) -> str:
    """The answer to the question asked, from one row's direction: "did it fix …?" / "did it get worse …?"."""
    if route.question_direction == "worse":
        return {"more": "Yes: more", "fewer": "No: fewer"}.get(row["direction"], "No clear change")
    if row.get("fallen_before"):  # fewer after it, but already before it came out: not the release's doing
        return "Not shown by this release: fewer, but already before it"
    return _ANSWER[row["direction"]]


def _refs(ids: list[int]) -> str:
    return "".join(f" [F{i}]" for i in ids[:2])


def _named_themes(conn, topic: str) -> dict[int, int]:
    """Stored themes the topic names (``aggregate.topic_match``), each with how many of the topic's words its label
    and keywords hold: the theme that shares most words with the question leads the answer, and the caller leaves out
    themes sharing fewer than half as many."""
    from assistant.safety.support import fold

    words = {fold(w) for w in re.findall(r"[^\W_]+", topic.lower()) if len(w) > 2}
    out = {}
    for theme_id, _ in topic_match(conn, topic, None).themes:
        label, keywords = conn.execute("SELECT label, keywords FROM themes WHERE id = %s", (theme_id,)).fetchone()
        named = {fold(w) for text in [label, *(keywords or [])[:10]]
                 for w in re.findall(r"[^\W_]+", (text or "").lower())}
        out[theme_id] = len(words & named)
    return out


def _movers(rows: list[dict], direction: str) -> list[dict]:
    wanted = {"worse": ("more",), "better": ("fewer",)}.get(direction, ("more", "fewer"))
    return [r for r in rows if r["direction"] in wanted]  # rows come sorted by p-value


def _themes(conn) -> bool:
    from assistant.themes.view import has_themes

    return has_themes(conn)


def _example(conn, filters: Filters, release: impact.Release, theme_id: int) -> int | None:
    ids = impact.examples(conn, filters, release,
                          "f.id IN (SELECT feedback_id FROM feedback_themes WHERE theme_id = %s)",
                          [theme_id], limit=1)
    return ids[0] if ids else None
