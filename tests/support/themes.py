"""Helpers for the themes and classification tests: a small feedback export with clear topics and trends, the
example ingested once per module (``template_db``) and copied per test (``loaded``), and the reply a good model
would give the theme writer."""

from __future__ import annotations

import csv
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.support.database import copy_database, fresh_database

BATTERY = ["The app drains my battery in two hours while tracking a hike.",
           "Battery drain is terrible when GPS tracking is on.",
           "My phone battery dies fast when recording a route.",
           "Tracking a long hike empties the battery by noon.",
           "Huge battery drain with the screen off during tracking.",
           "GPS recording uses way too much battery on my phone.",
           "Battery goes from full to empty on a day hike with tracking.",
           "Please fix the battery drain when the route is being recorded."]
OFFLINE = ["Offline maps fail to download, stuck at 95 percent.",
           "Downloading offline maps fails with an error every time.",
           "Offline map download never finishes since the update.",
           "I cannot download offline maps for my region anymore.",
           "Offline maps download error again, I need them in the mountains.",
           "The offline map download keeps failing on wifi.",
           "Offline maps will not download, please fix.",
           "Region download for offline maps fails halfway."]
DARK = ["Please add a dark mode, the white map is too bright at night.",
        "Dark mode would be great for early morning hikes.",
        "I would love a dark theme for the app.",
        "Can you add a night mode with a dark map style?",
        "A dark mode option please, my eyes hurt at night.",
        "Dark theme request: the bright screen ruins night vision.",
        "Add dark mode like every other app has.",
        "Night mode or dark mode would be very welcome."]
LOGIN = ["Single sign-on login fails for our team workspace.",
         "SSO login loops back to the sign-in page.",
         "Our team cannot log in with SAML since Monday.",
         "Login with company SSO is broken for the whole team.",
         "The SSO sign-in page shows an error for our workspace.",
         "Team members cannot sign in through single sign-on."]


def feedback_rows(start: date = date(2026, 9, 7)) -> list[dict]:
    """24 items in three topics over eight weeks: battery and dark mode in the first four and a half weeks, offline
    maps only in the last week and a bit (an emerging problem that a two-period test can detect even at this size,
    with the three themes' tests read together)."""
    rows = []
    for i, text in enumerate(BATTERY):
        rows.append({"text": text, "date": start + timedelta(days=4 * i), "rating": 2, "source": "play_store",
                     "plan": "Free"})
    for i, text in enumerate(OFFLINE):
        rows.append({"text": text, "date": start + timedelta(days=42 + i), "rating": 1, "source": "app_store",
                     "plan": "Plus"})
    for i, text in enumerate(DARK):
        rows.append({"text": text, "date": start + timedelta(days=4 * i + 2), "rating": 4, "source": "survey",
                     "plan": "Plus" if i % 2 else "Free"})
    for n, row in enumerate(rows):
        row["user"] = f"user{n % 17}@example.com"
        row["version"] = "4.3.0" if row["date"] >= start + timedelta(days=35) else "4.2.0"
    return rows


def write_feedback_csv(path: Path, rows: list[dict] | None = None) -> Path:
    rows = feedback_rows() if rows is None else rows
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["date", "text", "rating", "source", "plan", "user", "app_version"])
        for r in rows:
            writer.writerow([r["date"].isoformat(), r["text"], r["rating"], r["source"], r["plan"], r["user"], r["version"]])
    return path


def ingest_rows(settings, tmp_path: Path, rows: list[dict] | None = None, name: str = "feedback.csv"):
    from retrieval.ingest import ingest_paths

    report = ingest_paths([write_feedback_csv(tmp_path / name, rows)], settings)
    assert report.total("rejected") == 0
    return report


def ingest_release_story(settings, tmp_path: Path, versions: list[str], problem: str) -> None:
    """Twelve weeks of app-store feedback from 2026-06-01 over three releases (each four weeks): dark-mode requests
    and battery complaints throughout, and ``problem`` (rated 1) every day of the second release only, so it rose
    after the second version and fell after the third."""
    start = date(2026, 6, 1)

    def version(day: int) -> str:
        return versions[min(day // 28, 2)]

    rows = [(f"{DARK[d % 8]} Note {d}.", d) for d in range(0, 84, 2)]
    rows += [(f"{problem}, try {d}.", d) for d in range(29, 56)]  # from the second version until the third
    rows += [(f"{BATTERY[d % 8]} Day {d}.", d) for d in range(1, 84, 7)]
    ingest_rows(settings, tmp_path, [
        {"text": t, "date": start + timedelta(days=d), "rating": 1 if t.startswith(problem) else 4,
         "source": "app_store", "plan": "Free", "user": f"u{n}@example.com", "version": version(d)}
        for n, (t, d) in enumerate(rows)])


def store_themes(conn, themes: list[tuple[str, list[str], list[str]]]) -> tuple[dict[str, int], list[int]]:
    """Stored themes made by hand over the stored feedback, for tests of the rules that read themes: each of
    ``themes`` is (label, keywords, member texts), its centre the mean of its members' embeddings. Returns the items'
    ids by text and the themes' ids, in order."""
    import numpy as np

    from assistant.themes.store import create_theme, save_assignments

    ids = {t: i for i, t in conn.execute("SELECT id, text FROM feedback")}
    vectors = {i: np.asarray(v.to_list(), dtype=np.float32) for i, v in conn.execute("SELECT id, embedding FROM feedback")}
    made = []
    for label, keywords, texts in themes:
        members = [ids[t] for t in texts]
        tid = create_theme(conn, label=label, keywords=keywords, run_id=None,
                           centroid=np.mean([vectors[i] for i in members], axis=0))
        save_assignments(conn, members, [tid] * len(members), [1.0] * len(members), "test", None)
        made.append(tid)
    conn.commit()
    return ids, made


@pytest.fixture(scope="module")
def template_db(pg_server, tmp_path_factory, models_cache):
    """The example feedback ingested once; each test gets a copy (CREATE DATABASE ... TEMPLATE is instant)."""
    name = f"themes_template_{os.getpid()}"
    tmp = tmp_path_factory.mktemp("themes-template")
    ingest_rows(fresh_database(pg_server, name, tmp / "pma", models_cache), tmp)
    return name


@pytest.fixture
def loaded(pg_server, template_db, tmp_path, models_cache):
    """Settings for a fresh copy of the ingested example."""
    settings = copy_database(pg_server, template_db, f"themes_{os.getpid()}_{abs(hash(str(tmp_path))) % 10**8}",
                             tmp_path / "pma", models_cache)
    return settings.model_copy(update={"themes": settings.themes.model_copy(update={"min_themes": 2, "max_themes": 6})})


def sensible_theme_reply(messages: list[dict]) -> str:
    """What a good model would write for the theme writer's prompts about these topics (a ``FakeLLM`` reply): a
    label naming the topic, and a summary in the words of the reviews it was shown (the first one, lightly
    reworded), which the writer's sentence check must keep."""
    prompt = messages[-1]["content"]
    low = prompt.lower()
    topic = "battery drain" if "battery" in low else "offline maps" if "offline" in low else \
        "dark mode" if "dark" in low else "single sign-on"
    if "topic of these reviews" in low:
        return f"The topic of these reviews is {topic}."
    first = next((ln[2:].strip().rstrip(".!? ") for ln in prompt.splitlines() if ln.startswith("- ")), topic)
    first = first.split(": ", 1)[-1] if first.startswith("Customers describe") else first  # a note it wrote
    return f"Customers describe {topic}: {first[:1].lower()}{first[1:]}."
