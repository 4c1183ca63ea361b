"""`summarize` end to end on real PostgreSQL with the bundled embedder: themes, numbers, stable ids, update mode,
taxonomy edits, bad input and LLM fallbacks. LLM-free except for one slow test with the bundled SmolLM2."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from tests.support.fake_llm import FakeLLM
from tests.support.themes import LOGIN, ingest_rows, sensible_theme_reply

from assistant.themes import summarize
from assistant.themes.store import vec
from assistant.themes.taxonomy import list_themes, merge, rename, split, theme_items
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.filters import Filters


def _settings(settings, **themes):
    return settings.model_copy(update={"themes": settings.themes.model_copy(update=themes)})


def _by_keyword(report, word):
    return next(t for t in report.themes if any(word in k for k in t.keywords))


def test_summarize_finds_the_topics_and_every_number_matches_the_database(loaded):
    r = summarize(loaded, llm=None)
    assert r.totals.items == 24 and r.totals.themes == 3
    assert r.totals.unassigned == 0 and r.unassigned.share == 0
    battery, offline, dark = (_by_keyword(r, w) for w in ("battery", "offline", "dark"))
    assert battery.size == offline.size == dark.size == 8
    assert sum(t.share for t in r.themes) == pytest.approx(1.0, abs=1e-3)
    assert offline.avg_rating == 1.0 and dark.avg_rating == 4.0
    assert [(c.name, c.count) for c in offline.top_sources] == [("app_store", 8)]
    assert [(c.name, c.count) for c in offline.top_segments] == [("Plus", 8)]
    assert all(sum(w.count for w in t.weekly) == t.size for t in r.themes)
    assert all(sum(t.sentiment.values()) == 8 == sum(t.types.values()) for t in r.themes)
    # Offline maps only appear in the last three weeks: the one emerging theme.
    assert offline.emerging and r.emerging == [offline.id]
    assert not battery.emerging and not dark.emerging
    assert offline.trend.current == 8 and offline.trend.previous == 0 and offline.trend.p_value < 0.05
    with Database(loaded).connect() as conn:
        n_users = conn.execute("SELECT count(DISTINCT author_hash) FROM feedback f JOIN feedback_themes ft "
                               "ON ft.feedback_id = f.id WHERE ft.theme_id = %s", (battery.id,)).fetchone()[0]
        quoted = [int(q.id[1:]) for t in r.themes for q in t.quotes]
        quote_themes = dict(conn.execute("SELECT feedback_id, theme_id FROM feedback_themes WHERE feedback_id = ANY(%s)",
                                         (quoted,)).fetchall())
        classified = conn.execute("SELECT count(*) FROM feedback_classification").fetchone()[0]
        run = conn.execute("SELECT status, items, themes FROM summary_runs ORDER BY id DESC LIMIT 1").fetchone()
    assert battery.distinct_users == n_users
    assert all(len(t.quotes) == 3 for t in r.themes)
    assert all(quote_themes[int(q.id[1:])] == t.id for t in r.themes for q in t.quotes)
    assert classified == 24 and run == ("done", 24, 3)
    assert battery.label_source == "keywords" and "battery" in battery.label.lower()
    assert battery.summary_source == "keywords" and "battery" in battery.summary
    assert set(r.timings) >= {"load", "classify", "cluster", "keywords", "stats"}


def test_filters_requested_theme_count_and_bad_input(loaded):
    r = summarize(loaded, Filters.from_cli(source="survey"), n_themes=1, llm=None)
    assert r.totals.items == 8 and len(r.themes) == 1 and "dark" in " ".join(r.themes[0].keywords)
    with pytest.raises(UserError, match="unknown field 'colour'"):
        summarize(loaded, Filters.from_cli(where=["colour=red"]), llm=None)
    with pytest.raises(UserError, match="No feedback matches"):
        summarize(loaded, Filters.from_cli(since="2030-01-01"), llm=None)
    with pytest.raises(UserError, match="--themes 30 but 24 item"):
        summarize(loaded, n_themes=30, llm=None)


def test_theme_ids_and_pm_names_survive_a_new_clustering(loaded):
    first = summarize(loaded, llm=None)
    offline = _by_keyword(first, "offline")
    with Database(loaded).connect() as conn:
        rename(conn, offline.id, "Offline maps broken")
    second = summarize(loaded, llm=FakeLLM(sensible_theme_reply))
    assert sorted(t.id for t in second.themes) == sorted(t.id for t in first.themes)
    again = next(t for t in second.themes if t.id == offline.id)
    assert again.label == "Offline maps broken" and again.label_source == "user"
    battery = _by_keyword(second, "battery")
    assert battery.label == "Battery drain" and battery.label_source == "llm"
    assert battery.summary_source == "llm" and second.method.llm.labels == 2


def test_update_assigns_new_feedback_and_proposes_a_candidate_theme(loaded, tmp_path):
    first = summarize(loaded, llm=None)
    start = date(2026, 11, 2)
    battery_new = {"text": "Battery drains so fast while tracking my hike today.", "date": start, "rating": 2,
                   "source": "play_store", "plan": "Free", "user": "new@example.com", "version": "4.4.0"}
    login = [{"text": t, "date": start + timedelta(days=i), "rating": 1, "source": "support", "plan": "Team",
              "user": f"team{i}@example.com", "version": "4.4.0"} for i, t in enumerate(LOGIN)]
    ingest_rows(loaded, tmp_path, [battery_new] + login, name="more.csv")
    r = summarize(loaded, update=True, llm=None)
    assert r.mode == "update" and r.method.new_items == 7
    old_ids = {t.id for t in first.themes}
    assert _by_keyword(r, "battery").size == 9 and _by_keyword(r, "battery").id in old_ids
    candidates = [t for t in r.themes if t.candidate]
    assert len(candidates) == 1 and candidates[0].id not in old_ids and candidates[0].size == 6
    assert r.candidates == [candidates[0].id]
    assert any(w in " ".join(candidates[0].keywords) for w in ("sso", "login", "team", "sign"))


STRAVA = ["Strava sync keeps disconnecting every day, please fix the Strava connection.",
          "My hikes no longer upload to Strava since the weekend.", "The Strava connection drops and I reconnect daily.",
          "Strava upload fails with a sync error after every hike.", "Please fix Strava syncing, activities are missing.",
          "Hikes are not syncing to my Strava account anymore."]


def test_update_proposes_a_new_topic_whose_items_are_each_near_a_stored_theme(loaded, tmp_path):
    """A tester's 15 complaints about a new QuickBooks sync were each nearest to a stored theme (export, support,
    one-offs) and went there: no candidate. A group of new items unlike every stored theme is proposed."""
    import importlib

    from assistant.themes import cluster as clustering

    first = summarize(loaded, llm=None)
    rows = [{"text": t, "date": date(2026, 11, 2) + timedelta(days=i), "rating": 2, "source": "play_store",
             "plan": "Free", "user": f"s{i}@example.com", "version": "4.4.0"} for i, t in enumerate(STRAVA)]
    ingest_rows(loaded, tmp_path, rows, name="strava.csv")
    with Database(loaded).connect() as conn:
        x = np.array([v.to_numpy() for (v,) in conn.execute(
            "SELECT embedding FROM feedback WHERE text = ANY(%s)", (STRAVA,))], dtype=np.float32)
        stored = np.array([v.to_numpy() for (v,) in conn.execute(
            "SELECT centroid FROM themes WHERE status = 'active'")], dtype=np.float32)
    # most are near enough a stored theme to join it (the rest, too few to cluster, would stay unassigned); their
    # centre is unlike every stored theme's
    assert (clustering.nearest(x, stored, loaded.themes.min_similarity)[0] >= 0).sum() >= 4
    centre = x.mean(0) / np.linalg.norm(x.mean(0))
    summarizer = importlib.import_module("assistant.themes.summarize")
    assert (stored @ centre / np.linalg.norm(stored, axis=1)).max() < summarizer.NEW_THEME_SIMILARITY
    r = summarize(loaded, update=True, llm=None)
    candidates = [t for t in r.themes if t.candidate]
    assert len(candidates) == 1 and candidates[0].size == 6 and "strava" in " ".join(candidates[0].keywords).split()
    assert {t.id: t.size for t in r.themes if not t.candidate} == {t.id: t.size for t in first.themes}


def test_update_needs_stored_themes(loaded):
    with pytest.raises(UserError, match="no stored themes"):
        summarize(loaded, update=True, llm=None)


def test_rename_merge_split_keep_ids_meaningful(loaded):
    r = summarize(loaded, llm=None)
    battery, offline, dark = (_by_keyword(r, w).id for w in ("battery", "offline", "dark"))
    with Database(loaded).connect() as conn:
        merged = merge(conn, battery, [offline], label="Reliability")
        assert merged["size"] == 16
        listed = {t["id"]: t for t in list_themes(conn)}
        assert offline not in listed and listed[battery]["label"] == "Reliability" and listed[battery]["size"] == 16
        assert conn.execute("SELECT status, merged_into FROM themes WHERE id = %s", (offline,)).fetchone() == ("merged", battery)
        parts = split(conn, battery, into=2)
        assert sorted(p["size"] for p in parts["into"]) == [8, 8]
        listed = {t["id"]: t for t in list_themes(conn)}
        assert battery not in listed and all(p["id"] in listed for p in parts["into"])
        with pytest.raises(UserError, match="No active theme with id"):
            rename(conn, battery, "gone")
        with pytest.raises(UserError, match="too few to split"):
            split(conn, dark, into=5)
        with pytest.raises(UserError, match="at least two different"):
            merge(conn, dark, [dark])
    after = summarize(loaded, update=True, llm=None)
    assert {p["id"] for p in parts["into"]} <= {t.id for t in after.themes}
    assert after.totals.unassigned == 0


def test_a_slow_monthly_climb_is_reported_where_two_windows_see_none(db_settings, tmp_path):
    """A tester's price complaints went 7, 13, 22, 34, 47 a month; the report compared two 28-day windows only,
    said "flat" and listed nothing as emerging. Battery here goes 1, 2, 3, 5, 8 a month beside four dark-mode
    requests a month: each theme's monthly share is tested for trend (Cochran-Armitage)."""
    from assistant.report.markdown import render_markdown
    from tests.support.themes import BATTERY, DARK

    rows, n = [], 0
    for month, (battery, dark) in enumerate([(1, 4), (2, 4), (3, 4), (5, 4), (8, 4)], start=7):
        for j in range(battery + dark):
            text = (BATTERY if j < battery else DARK)[n % 8] + f" Noted in week {n}."
            rows.append({"text": text, "date": date(2026, month, 1 + 27 * j // (battery + dark)), "rating": 3,
                         "source": "play_store", "plan": "Free", "user": f"u{n}@example.com", "version": "4.2.0"})
            n += 1
    ingest_rows(db_settings, tmp_path, rows)
    r = summarize(db_settings, n_themes=2, llm=None)
    battery, dark = _by_keyword(r, "battery"), _by_keyword(r, "dark")
    assert [m.count for m in battery.trend.months] == [1, 2, 3, 5, 8]
    assert [m.total for m in battery.trend.months] == [5, 6, 7, 9, 12]
    assert battery.trend.direction == "flat" and not battery.trend.significant  # the two windows alone
    assert battery.trend.monthly_direction == "up" and battery.trend.monthly_p_value < 0.05
    assert battery.emerging and r.emerging == [battery.id]
    assert dark.trend.monthly_direction == "down" and not dark.emerging  # steady, so a falling share
    assert "rising over 5 months" in render_markdown(r)


def test_a_themes_items_are_listed_most_typical_first_with_filters(loaded, monkeypatch, capsys):
    from tests.support.cli import run_in_process

    r = summarize(loaded, llm=None)
    battery, offline = _by_keyword(r, "battery"), _by_keyword(r, "offline")
    with Database(loaded).connect() as conn:
        shown = theme_items(conn, battery.id, limit=None)
        ids = [it["id"] for it in shown["items"]]
        members = {row[0] for row in conn.execute("SELECT feedback_id FROM feedback_themes WHERE theme_id = %s",
                                                  (battery.id,))}
        centre = vec(conn.execute("SELECT centroid FROM themes WHERE id = %s", (battery.id,)).fetchone()[0])
        vectors = {i: vec(v) for i, v in
                   conn.execute("SELECT id, embedding FROM feedback WHERE id = ANY(%s)", (ids,))}
        cosines = [float(vectors[i] @ centre / np.linalg.norm(vectors[i]) / np.linalg.norm(centre)) for i in ids]
        assert shown["total"] == battery.size == len(ids) and set(ids) == members
        assert all(a >= b - 1e-6 for a, b in zip(cosines, cosines[1:])) and shown["order"] == "most typical first"
        two = theme_items(conn, battery.id, limit=2)
        assert [it["id"] for it in two["items"]] == ids[:2] and two["total"] == battery.size
        by_source = theme_items(conn, offline.id, Filters.from_cli(source="survey"))
        assert by_source["total"] == 0 and by_source["items"] == []  # offline items are all app-store reviews
        with pytest.raises(UserError, match="No active theme with id 99999"):
            theme_items(conn, 99999)
    code, out = run_in_process(loaded, monkeypatch, capsys, "themes", "show", str(battery.id), "--limit", "3")
    assert code == 0, out.err
    lines = out.out.splitlines()
    assert lines[0].startswith(f"#{battery.id} {battery.label}: {battery.size} items; keywords: ")
    assert [ln.split("]")[0] for ln in lines if ln.startswith("[F")] == [f"[F{i}" for i in ids[:3]]
    assert lines[-1] == f"... {battery.size - 3} more: --limit 0 prints all, --json for scripts."
    code, out = run_in_process(loaded, monkeypatch, capsys, "themes", "show", "99999")
    assert code == 1 and "No active theme with id 99999" in out.err


@pytest.mark.parametrize("llm", [FakeLLM.garbage(), FakeLLM(fail=ConnectionError("connection refused")), FakeLLM("word " * 1000, delay=0.5)], ids=["garbage", "broken", "slow"])
def test_unusable_llm_means_keyword_labels_not_a_broken_report(loaded, llm):
    settings = _settings(loaded, llm_call_timeout_s=1.0, llm_budget_s=4.0)
    r = summarize(settings, llm=llm)
    assert len(r.themes) == 3
    assert all(t.label_source == "keywords" and t.summary_source == "keywords" for t in r.themes)
    info = r.method.llm
    assert info.labels == 0 and info.fallbacks == 6 and info.problems


@pytest.mark.slow
def test_bundled_llm_writes_or_falls_back_within_budget(loaded, models_cache):
    budget = 4.0  # less than two labels and two summaries take with the bundled model: the budget must bind
    settings = _settings(loaded, llm_budget_s=budget, llm_call_timeout_s=30.0)
    r = summarize(settings.model_copy(update={"models_cache": models_cache}), n_themes=2, llm="auto")
    info = r.method.llm
    assert info.backend["backend"] == "local" and info.calls >= 1
    # Generation stopped at the budget. The slack covers giving up on the last call and writing the fallbacks, on a
    # 2-core machine that other jobs may load (2 s was exceeded at load average 10); unbounded, four generations of
    # up to 64 tokens take longer, and the check below fails whatever the timings when the budget did not bind.
    assert r.timings["llm"] <= budget + 4.0
    cut = [p for p in info.problems if "budget" in p or "took longer" in p]
    assert cut, info.problems  # the budget cut a call or stopped the next one
    for t in r.themes:  # whatever the tiny model wrote, what reached the report passed validation
        assert t.label and len(t.label) <= 48 and t.summary
        assert t.label_source in {"llm", "keywords"} and t.summary_source in {"llm", "keywords"}


def test_a_misconfigured_llm_backend_means_keyword_labels(loaded):
    settings = loaded.model_copy(update={"llm": loaded.llm.model_copy(update={"backend": "nonexistent"})})
    r = summarize(settings, llm="auto")
    assert len(r.themes) == 3 and all(t.label_source == "keywords" for t in r.themes)
    assert "Unknown LLM backend" in r.method.llm.backend


def test_a_theme_that_is_a_language_is_named_as_one_and_the_report_says_why(example):
    """The example export has Chinese feedback; the bundled English-only model groups it by language."""
    from assistant.themes.language import language_of_theme, script_of

    llm = FakeLLM(sensible_theme_reply)
    report = summarize(example, llm=llm)
    with Database(example).connect() as conn:
        rows = conn.execute("SELECT ft.theme_id, f.text FROM feedback_themes ft JOIN feedback f ON f.id = ft.feedback_id "
                            "JOIN themes t ON t.id = ft.theme_id AND t.status = 'active'").fetchall()
    by_theme: dict[int, list[str]] = {}
    for tid, text in rows:
        by_theme.setdefault(tid, []).append(text)
    chinese = {tid for tid, texts in by_theme.items()
               if sum(script_of(t) == "Chinese" for t in texts) >= 0.8 * len(texts)}
    assert chinese, "the example export is expected to hold a group of Chinese feedback"
    for th in report.themes:
        assert th.label.startswith("Feedback in Chinese: ") == (th.id in chinese), th.label
        assert (language_of_theme(by_theme[th.id], "English") == "Chinese") == (th.id in chinese)
    note = next(n for n in report.notes if "feedback written in Chinese" in n)
    assert all(f"#{tid}" in note for tid in chinese) and "PMA_EMBEDDING_MODEL" in note
    asked = [m[-1]["content"] for m in llm.calls]
    assert asked and not any("地图" in c and "label" in c.lower() for c in asked[:len(report.themes)])
    # the chat's largest themes name a language theme apart, unranked (a tester's "Why do people give 1 star?" led
    # with 'Feedback in Spanish, Portuguese and French')
    from assistant.chat.aggregate import top_facts
    from assistant.themes.view import ThemesView
    from retrieval.filters import Filters

    with Database(example).connect() as conn:
        facts = top_facts(conn, Filters(), "", None, ThemesView.load(Database(example)), limit=len(report.themes))
    ranked = [line for line in facts.lines if line[:1].isdigit()]
    assert len(ranked) == len(report.themes) - len(chinese) and not any("Feedback in" in line for line in ranked)
    assert sum(line.startswith("Not ranked: 'Feedback in Chinese: ") for line in facts.lines) == len(chinese)


def test_review_site_answers_are_grouped_by_what_they_say_not_by_their_question(db_settings, tmp_path):
    """A video-call tester's G2 "What do you dislike about Relay?" answers about audio, billing and memory made one
    theme, 'Considering switching / dislike', by the six words they shared: an answer is embedded without its
    column head (the stored text keeps it), so it joins the tickets about the same thing."""
    from retrieval.ingest import ingest_paths
    from tests.support.paths import write

    audio = ["my voice sounds robotic on calls", "people cannot hear me in meetings", "the audio cuts out every minute",
             "sound crackles and hisses on calls", "colleagues say my voice breaks up", "the microphone drops mid call"]
    billing = ["we were charged twice this month", "the invoice shows the wrong seat count", "refund never arrived",
               "billed for users we removed", "the card was charged after we cancelled", "prices went up without notice"]
    head = "What do you dislike about Relay?"
    liked = ["Threads keep the team tidy", "Huddles start in one click", "Search finds old messages fast",
             "Setup took five minutes", "Guest channels are easy", "The mobile app is clean"]
    g2 = "Review ID,What do you like best about Relay?,What do you dislike about Relay?\n" + "".join(
        f"g{k},{like},{t}\n" for k, (like, t) in enumerate(zip(liked, audio[:3] + billing[:3])))
    tickets = "text\n" + "".join(f"{t.capitalize()}.\n" for t in audio[3:] + billing[3:])
    ingest_paths([write(tmp_path / "g2.csv", g2), write(tmp_path / "tickets.csv", tickets)], db_settings)
    summarize(db_settings, n_themes=3, llm=None)
    with Database(db_settings).connect() as conn:
        theme_of = dict(conn.execute("SELECT f.text, ft.theme_id FROM feedback f JOIN feedback_themes ft "
                                     "ON ft.feedback_id = f.id").fetchall())
    def themes(texts):
        return {theme_of.get(f"{head} {t}", theme_of.get(f"{t.capitalize()}.")) for t in texts}
    assert len(themes(audio)) == 1 and len(themes(billing)) == 1 and themes(audio) != themes(billing), theme_of
