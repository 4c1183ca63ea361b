"""Session 54: themes of a fitness app tester's feedback (requests said in the same breath as praise)."""

from __future__ import annotations

from tests.support.chat import code_only_answer, ingest_lines

PRAISE = ["The audio coach is fantastic, the pace cues are spot on", "Love the audio coach during my long runs",
          "The voice coach keeps me motivated on every run", "Audio coach cues are perfect for interval runs",
          "The coach voice is clear and the pace cues help a lot", "Best audio coaching of any running app",
          "I love the audio coach, it feels like a real trainer", "The audio cues make my runs so much better"]
REQUESTS = ["The audio coach is amazing, please let me build my own custom workouts with it",
            "Love the audio coach, only missing custom workouts with my own intervals"]
OTHER = ["GPS distance is off by half a km on a 5k", "The GPS track jumps around in the city",
         "I was charged twice for my annual renewal", "Billing took my money twice this month"]


def test_requests_said_with_praise_are_a_theme_of_their_own(db_settings, tmp_path):
    """A fitness tester's most requested feature, custom workouts, was said with praise of the audio coach ("The
    audio coach is amazing, please let me build my own workouts with it"): embeddings put those requests with the
    coach's praise, a theme mostly praise is a strength, and "What are the most requested features?" never named
    them."""
    from assistant.themes import summarize

    lines = ["Review,Date,Rating"]
    day = 0
    for i in range(6):
        for text in PRAISE:
            day += 1
            lines.append(f"\"{text} ({i})\",2026-{1 + day % 10:02d}-{1 + day % 27:02d},5")
        for text in REQUESTS:
            day += 1
            lines.append(f"\"{text} ({i})\",2026-{1 + day % 10:02d}-{1 + day % 27:02d},4")
        for text in OTHER * 3:
            day += 1
            lines.append(f"\"{text} ({i} {day})\",2026-{1 + day % 10:02d}-{1 + day % 27:02d},1")
    ingest_lines(db_settings, tmp_path / "app_store_reviews.csv", lines)
    # three themes at most, as a collection this size would have (the tester's 1,931 items had 19)
    settings = db_settings.model_copy(update={"themes": db_settings.themes.model_copy(update={"max_themes": 3})})
    report = summarize(settings, llm=None)
    assert report.method.requests_apart == 1, report.method
    asked = code_only_answer(settings, "What are the most requested features?")
    assert "\n1. " in asked.text, asked.text
    first = asked.text.split("\n1. ", 1)[1].split("\n")[0]
    assert first.split(": ", 1)[1].startswith(f"{len(REQUESTS) * 6} requests"), asked.text
    assert {c.text.split(" (")[0] for c in asked.citations} & set(REQUESTS), asked.text
