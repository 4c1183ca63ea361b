"""`pma impact` end to end on the example data: 4.4.0 fixed the Android 15 crash on saved routes, and the numbers
say so; every figure is recomputed here from the stored rows, independently of the module."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from assistant.themes.impact import version_key
from retrieval.db import Database
from tests.support.cli import one_line_error, run_in_process

pytestmark = pytest.mark.slow


def _crash_theme(conn) -> int:
    """The theme holding most of the saved-route crash reports."""
    return conn.execute(
        "SELECT ft.theme_id FROM feedback f JOIN feedback_themes ft ON ft.feedback_id = f.id JOIN themes t "
        "ON t.id = ft.theme_id AND t.status = 'active' WHERE f.text ILIKE '%saved route%' AND "
        "(f.text ILIKE '%crash%' OR f.text ILIKE '%closes%' OR f.text ILIKE '%vanishes%') "
        "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]


def test_the_fixed_crash_is_fewer_after_its_release_and_the_counts_add_up(example, monkeypatch, capsys):
    code, out = run_in_process(example, monkeypatch, capsys, "impact", "--version", "4.4.0", "--json")
    assert code == 0, out.err
    result = json.loads(out.out)
    with Database(example).connect() as conn:
        theme = _crash_theme(conn)
        release = conn.execute("SELECT min(created_at) FROM feedback WHERE app_version IN ('4.4.0', '4.4.1', "
                               "'4.4.2')").fetchone()[0]
        rows = conn.execute(
            "SELECT f.created_at, f.app_version, ft.theme_id FROM feedback f LEFT JOIN feedback_themes ft "
            "ON ft.feedback_id = f.id WHERE f.created_at >= %s AND f.created_at < %s",
            (release - timedelta(days=28), release + timedelta(days=28))).fetchall()

    def after(created_at, version) -> bool:  # by version where known, by date otherwise
        key = version_key(version)
        return key >= (4, 4, 0) if key is not None else created_at >= release

    totals = {True: 0, False: 0}
    crash = {True: 0, False: 0}
    for created_at, version, theme_id in rows:
        side = after(created_at, version)
        totals[side] += 1
        crash[side] += theme_id == theme
    assert result["release"]["at"] == release.isoformat()
    assert (result["before"]["items"], result["after"]["items"]) == (totals[False], totals[True])
    row = next(r for r in result["themes"] if r["key"] == str(theme))
    assert (row["before"], row["after"]) == (crash[False], crash[True])
    assert row["share_before"] == round(crash[False] / totals[False], 4)
    assert row["share_after"] == round(crash[True] / totals[True], 4)
    assert row["direction"] == "fewer" and row["p_value"] < 0.01 and row["change_pct"] < -50
    assert "per week after 4.4.0" in row["verdict"] and row["verdict"].endswith(": fewer")
    assert any(r["kind"] == "type" for r in result["types"])
    # every theme is tested at once: a verdict reads the p-value adjusted across the table's rows (Benjamini-Hochberg)
    from assistant.themes.stats import adjusted

    for table in (result["themes"], result["types"]):
        q = adjusted({i: r["p_value"] for i, r in enumerate(table)})
        assert [r["q_value"] for r in table] == [q[i] for i in range(len(table))]
        assert all((r["direction"] != "no clear change") == (r["q_value"] is not None and r["q_value"] < 0.05)
                   for r in table)


def test_a_release_date_and_a_report_file(example, monkeypatch, capsys, tmp_path):
    code, out = run_in_process(example, monkeypatch, capsys, "impact", "--date", "2026-10-28", "--window", "21",
                               "--out", str(tmp_path / "impact.md"))
    assert code == 0, out.err
    assert "placed by date" in out.out and ": fewer" in out.out
    report = (tmp_path / "impact.md").read_text(encoding="utf-8")
    assert report.startswith("# Impact of 2026-10-28") and "| fewer |" in report
    code, out = run_in_process(example, monkeypatch, capsys, "impact", "--date", "2026-10-28",
                               "--out", str(tmp_path / "i.html"))
    assert code == 0 and "<table>" in (tmp_path / "i.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--version", "9.9"], "no feedback in scope comes from version 9.9 or later"),
    (["--version", "banana"], "not a version number"),
    (["--version", "4.1"], "nothing to compare"),
    (["--date", "2031-01-01"], "outside the feedback in scope"),
    (["--date", "yesterday-ish"], "not a date"),
    ([], "one of them"),
    (["--version", "4.4.0", "--window", "0"], "at least 1 day"),
    (["--version", "4.4.0", "--out", "impact.pdf"], "unknown format"),
    (["--version", "4.4.0", "--source", "fax"], "No feedback matches"),
])
def test_bad_input_is_one_line_and_changes_nothing(example, monkeypatch, capsys, args, message):
    with Database(example).connect() as conn:
        before = conn.execute("SELECT count(*), (SELECT count(*) FROM themes), (SELECT count(*) FROM summary_runs) "
                              "FROM feedback").fetchone()
    code, out = run_in_process(example, monkeypatch, capsys, "impact", *args)
    assert code == 1 and one_line_error(out.err) and message in out.err, out.err
    with Database(example).connect() as conn:
        after = conn.execute("SELECT count(*), (SELECT count(*) FROM themes), (SELECT count(*) FROM summary_runs) "
                             "FROM feedback").fetchone()
    assert after == before


def test_impact_needs_themes(loaded, monkeypatch, capsys):
    """``loaded``: a small export with versions, never summarized."""
    code, out = run_in_process(loaded, monkeypatch, capsys, "impact", "--version", "4.3.0")
    assert code == 1 and "pma summarize" in out.err and one_line_error(out.err)


def test_the_downloadable_report_marks_each_release_on_the_weekly_trend(example, tmp_path):
    from assistant.report import write_report
    from assistant.themes import summarize

    report = summarize(example, llm=None)
    with Database(example).connect() as conn:  # first feedback per major.minor version, after the data's first item
        rows = conn.execute("SELECT app_version, created_at FROM feedback WHERE app_version IS NOT NULL").fetchall()
        first_item = conn.execute("SELECT min(created_at) FROM feedback").fetchone()[0]
    first: dict[tuple, object] = {}
    for version, at in rows:
        key = version_key(version)
        if key is not None and (key[:2] not in first or at < first[key[:2]]):
            first[key[:2]] = at
    expected = [(".".join(map(str, k)), at.isoformat()) for k, at in sorted(first.items()) if at > first_item]
    assert expected and [(r.label, r.at) for r in report.releases] == expected
    assert "4.4" in [r.label for r in report.releases]
    html_path, json_path = write_report(report, tmp_path / "themes.html")
    html = html_path.read_text(encoding="utf-8")
    assert html.count('class="pma-release"') == min(len(expected), 4)
    assert f"4.4 on {first[(4, 4)].isoformat()[:10]}" in html
    assert json.loads(json_path.read_text(encoding="utf-8"))["releases"][-1]["label"] == expected[-1][0]
    (md_path, _) = write_report(report, tmp_path / "themes.md")
    assert "Releases (first feedback from each version): " in md_path.read_text(encoding="utf-8")


def test_the_plan_says_when_the_latest_release_changed_a_theme(example, monkeypatch, capsys):
    from assistant.recommend import recommend

    code, out = run_in_process(example, monkeypatch, capsys, "impact", "--version", "4.4.0", "--json")
    assert code == 0, out.err
    rows = {int(r["key"]): r for r in json.loads(out.out)["themes"]}
    plan = recommend(example, llm=None, top=20)
    with Database(example).connect() as conn:
        crash = _crash_theme(conn)
    with Database(example).connect() as conn:
        from assistant.themes.kinds import word_shares

        software = {t: shares[0] for t, shares in word_shares(conn, "TRUE", []).items()}
    seen = 0
    for item in plan["items"]:
        row = rows.get(item["theme_id"])
        # a release explains a theme whose items talk about the app (a fifth of them at least)
        clear = row is not None and row["q_value"] is not None and row["q_value"] < 0.05 and \
            software.get(item["theme_id"], 0) >= 0.2
        said = "Since 4.4.0 (" in item["problem"]
        assert said == clear, (item["title"], row)
        if clear:
            seen += 1
            assert f"{row['per_week_before']:g} -> {row['per_week_after']:g} items per week ({row['direction']}" \
                in item["problem"]
    crash_item = next(i for i in plan["items"] if i["theme_id"] == crash)
    assert "check whether 4.4.0 already fixed it" in crash_item["problem"] and seen >= 1


def test_a_topics_release_examples_are_the_items_closest_to_it_on_each_side(example):
    """A tester's "Did 5.2.1 fix the crash when adding a transaction?" quoted first the newest item matched by
    meaning, a budget-categories complaint that mentions a transaction. With the topic's vector, each side's example
    is its item closest to the topic (computed here in SQL over the same sides)."""
    from assistant.chat.aggregate import topic_match
    from assistant.themes import impact
    from retrieval.embed import Embedder
    from retrieval.filters import Filters

    topic = "crash when opening saved routes"
    vector = Embedder(example).encode([topic])[0]
    with Database(example).connect() as conn:
        release = impact.find_release(conn, Filters(), version="4.4.0")
        cond, params = topic_match(conn, topic, vector).sql()
        chosen = impact.examples(conn, Filters(), release, cond, params, vector=vector)
        newest = impact.examples(conn, Filters(), release, cond, params)
        s = impact._sides(conn, Filters(), release, impact.DEFAULT_WINDOW_DAYS)
        rows = conn.execute(f"SELECT {s.side}, f.id, f.embedding <=> %s FROM feedback f WHERE {s.scope} AND {cond} "
                            f"AND f.duplicate_of IS NULL", [*s.side_params, vector, *s.scope_params, *params]).fetchall()
    best = {side: min((d, i) for sd, i, d in rows if sd == side)[1] for side in ("after", "before")}
    assert chosen == [best["after"], best["before"]]
    assert len(newest) == 2 and newest != chosen  # the order that was used before picks other items here


def test_a_device_firmware_named_as_the_release_is_read_from_its_column(db_settings, tmp_path):
    """An e-bike tester's "Did firmware 3.2.1 fix the lock problem?" was told every item is from 3.2.1 or later (the
    app's own versions are 5.x). A version no item's app version holds, held by a column named for versions
    ("Firmware version"), is read from that column; items without it are placed by date."""
    from datetime import date

    from assistant.chat import AskOptions, Chat
    from assistant.themes.impact import find_release
    from retrieval.filters import Filters
    from retrieval.ingest import ingest_paths
    from tests.support.fake_llm import FakeLLM
    from tests.support.paths import write

    start = date(2026, 9, 1)
    rows = []
    for i in range(40):
        day = start + timedelta(days=i)
        firmware = "3.2.0" if i < 20 else "3.2.1"
        text = (f"Lock error after the firmware update and the bike stays locked {i}" if i < 20 and i % 2 == 0 else
                f"Riding fine after the patch {i}" if i >= 20 and i % 5 == 0 else f"Brakes squeal in the rain {i}")
        rows.append(f"t{i},{text},{day.isoformat()},5.{i % 3}.0,{firmware}")
    write(tmp_path / "tickets.csv", "Ticket ID,Description,Created time,App version,Firmware version\n" +
          "\n".join(rows) + "\n")
    ingest_paths([tmp_path / "tickets.csv"], db_settings)
    with Database(db_settings).connect() as conn:
        release = find_release(conn, Filters(), version="3.2.1")
        assert release.version_field == "Firmware version" and release.at.date() == date(2026, 9, 21)
        assert release.versions_before == ["3.2.0"] and release.versions_after == ["3.2.1"]
        assert find_release(conn, Filters(), version="5.1").version_field is None  # the app's own version
    answer = Chat(db_settings, llm=FakeLLM("")).ask("Did firmware 3.2.1 fix the lock problem?",
                                                     options=AskOptions(max_new_tokens=16))
    assert answer.route == "impact" and "Firmware version 3.2.1" in answer.text and ": fewer" in answer.text, answer.text


def test_a_release_explains_only_the_themes_that_talk_about_the_app(db_settings, tmp_path):
    """An e-bike tester's plan said price complaints "got worse after 5.2.1" (the price went up that week) and the
    chat's "What should we fix first?" called late deliveries fading "since 5.2.0". A release is read as what changed a
    theme only when a fifth of its items at least name the app or software (``kinds.SOFTWARE_WORDS``); `pma impact`
    still shows every theme."""
    from datetime import date

    from assistant.themes import summarize
    from assistant.themes.impact import find_release, latest_release_changes, release_impact
    from retrieval.filters import Filters
    from tests.support.themes import ingest_rows

    start = date(2026, 8, 3)
    crash = ["The app crashes when I open the map screen", "App freezes on the login screen after the update",
             "Crash on start every time since the last version", "The app keeps crashing when I sync rides"]
    late = ["The courier delivered my order two weeks late", "Delivery was delayed again and nobody called",
            "My parcel arrived late and the box was damaged", "Shipping took forever, the courier lost the box"]
    rows = [(crash[i % 4] + f" ({i})", start + timedelta(days=i)) for i in range(24)]  # 2.0.0 only
    rows += [(late[i % 4] + f" ({i})", start + timedelta(days=i)) for i in range(24)]
    rows += [(f"Love the ride, smooth and quiet ({i})", start + timedelta(days=2 * i)) for i in range(30)]
    ingest_rows(db_settings, tmp_path, [
        {"text": t, "date": d, "rating": 4 if "Love" in t else 1, "source": "app_store", "plan": "Free",
         "user": f"u{n}@example.com", "version": "2.1.0" if d >= start + timedelta(days=26) else "2.0.0"}
        for n, (t, d) in enumerate(rows)])
    report = summarize(db_settings, n_themes=3, llm=None)
    crash_theme = next(t for t in report.themes if any("crash" in k or "app" in k for k in t.keywords))
    late_theme = next(t for t in report.themes if any("courier" in k or "late" in k or "deliver" in k
                                                      for k in t.keywords))
    with Database(db_settings).connect() as conn:
        table = {int(r["key"]): r for r in release_impact(conn, Filters(),
                                                          find_release(conn, Filters(), version="2.1.0"))["themes"]}
        changes = latest_release_changes(conn, Filters())
    assert table[crash_theme.id]["direction"] == table[late_theme.id]["direction"] == "fewer"
    assert crash_theme.id in changes and late_theme.id not in changes


def test_a_theme_is_fading_while_its_fall_lasts_or_when_it_falls_month_after_month():
    """A thermostat tester's "What should we fix first?" called energy-report complaints clearly fading (11 -> 4 in
    the four weeks after 4.8.0) though they had come back (9, 10 a month), and ranked Wi-Fi pairing second while it
    fell 20, 16, 13, 10, 6, 2 a month (two four-week periods, 2 against 6, are not clearly apart). A release's fall
    counts while the last period is still clearly below the weeks before it; a monthly fall beyond chance counts."""
    from assistant.themes.impact import fading
    from assistant.themes.stats import trend

    release = {"direction": "fewer", "release": "4.8.0", "before": 11, "per_week_before": 2.8, "per_week_after": 1.0}
    came_back = trend(10, 9, 120, 190)
    assert fading(48, came_back, release, "2026-11-29", 28) is None
    still_low = trend(2, 9, 120, 190)
    factor, why = fading(48, still_low, release, "2026-11-29", 28)
    assert factor == round(1.0 / 2.8, 2) and why.startswith("since 4.8.0")
    months = [(f"2026-{m:02d}", x, n) for m, x, n in zip(range(6, 12), [20, 16, 13, 10, 6, 2],
                                                         [97, 91, 100, 128, 189, 119])]
    falling = trend(2, 6, 119, 189, months=months)
    assert not falling["significant"] and falling["monthly_direction"] == "down"
    factor, why = fading(67, falling, None, "2026-11-20", 28)
    assert factor == round(2 / (65 / 5), 2) and "20, 16, 13, 10, 6, 2 a month to 2026-11" in why
    steady = trend(9, 10, 119, 189, months=[(m, 10, n) for m, _, n in months])
    assert fading(60, steady, None, "2026-11-20", 28) is None


def test_a_spike_that_is_over_is_fading():
    """An invoicing tester's QuickBooks duplicates, 3, 4, 4, 32, 4, 4 a month (one bad September), came first in
    "What should we fix first?" while the report said it peaked and fell since: a peak the newest month is clearly
    below counts as fading, by the newest month against the peak's."""
    from assistant.themes.impact import fading
    from assistant.themes.stats import trend

    months = [(f"2026-{m:02d}", x, n) for m, x, n in zip(range(6, 12), [3, 4, 4, 32, 4, 4], [73, 76, 98, 127, 95, 92])]
    over = trend(4, 5, 92, 110, months=months)
    assert over["monthly_turn"] and over["monthly_turn"]["month"] == "2026-09"
    factor, why = fading(51, over, None, "2026-11-28", 28)
    assert factor == round(4 / 32, 2) and why == "peaked in 2026-09 (32 items) and fell since (4 in 2026-11)"
    level = trend(4, 5, 92, 110, months=[(m, 4, n) for m, _, n in months])
    assert fading(24, level, None, "2026-11-28", 28) is None


def test_a_spike_is_compared_with_the_months_before_it_not_only_the_first():
    """A developer-platform tester's India SMS blocking went 2, 3, 15, 6, 3, 1 a month after a first month of 2 items
    (a Slack export's channel list, dated 2022): the spike was compared with that first month alone, and the report
    said "no clear trend". The months before the spike count together; a level theme still has no spike."""
    from assistant.themes.stats import trend

    totals = [2, 71, 73, 100, 103, 102, 87]
    months = [(m, x, n) for m, x, n in zip(["2022-04", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10",
                                            "2026-11"], [0, 2, 3, 15, 6, 3, 1], totals)]
    spike = trend(1, 3, 87, 102, months=months)
    assert spike["monthly_direction"] == "flat" and spike["monthly_turn"]["month"] == "2026-08", spike
    level = trend(5, 7, 87, 102, months=[(m, x, n) for (m, _, n), x in zip(months, [0, 5, 7, 8, 7, 7, 5])])
    assert level["monthly_turn"] is None


def test_a_version_is_placed_among_its_own_line_when_products_share_the_column(db_settings, pg_server, tmp_path):
    """A developer-platform tester's tickets held each SDK's version in one column: "Did 4.2.1 fix the async client
    bug?" placed Python SDK 4.2.1 at a PHP SDK 5.1.0 ticket from June, and every 5.x and 7.x counted as "4.2.1 or
    later". A later major already in use before the version: the versions of its own major are its line."""
    from datetime import datetime, timezone

    from assistant.themes.impact import find_release
    from retrieval.filters import Filters
    from tests.support.themes import ingest_rows

    def day(month: int, d: int) -> datetime:
        return datetime(2026, month, d, 10, tzinfo=timezone.utc)

    rows = [{"text": f"PHP SDK composer install fails ({i})", "date": day(6, 5 + i), "version": "5.1.0"}
            for i in range(5)]
    rows += [{"text": f"Node SDK typings are wrong ({i})", "date": day(7, 1 + i), "version": "7.3.0"} for i in range(4)]
    rows += [{"text": f"Python async client works fine ({i})", "date": day(8, 1 + i), "version": "4.1.0"}
             for i in range(4)]
    rows += [{"text": f"AsyncClient: event loop is closed ({i})", "date": day(9, 8 + i), "version": "4.2.0"}
             for i in range(6)]
    rows += [{"text": f"Upgraded, async works again ({i})", "date": day(10, 6 + i), "version": "4.2.1"}
             for i in range(3)]
    rows = [{"rating": 3, "source": "tickets", "plan": "Scale", "user": f"dev{i}@example.com", **r}
            for i, r in enumerate(rows)]
    ingest_rows(db_settings, tmp_path, rows)
    with Database(db_settings).connect() as conn:
        release = find_release(conn, Filters(), version="4.2.1")
        assert release.at == day(10, 6) and release.versions_after == ["4.2.1"]
        assert release.versions_before == ["4.1.0", "4.2.0"]
    # one product whose next major came later keeps one line: 5.x counts as after 4.2.1
    single = tmp_path / "single"
    single.mkdir()
    from tests.support.database import fresh_database

    later = [{**r, "date": day(11, 20 + i)} if r["version"] in ("5.1.0", "7.3.0") else r for i, r in enumerate(rows)]
    other = fresh_database(pg_server, "t_one_version_line_single", single / "pma", db_settings.models_cache)
    ingest_rows(other, single, later)
    with Database(other).connect() as conn:
        assert find_release(conn, Filters(), version="4.2.1").versions_after == ["4.2.1", "5.1.0", "7.3.0"]
