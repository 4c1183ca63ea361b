"""Per-item classification: zero-shot with the bundled MiniLM, training on labels, storage and the CLI."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from assistant.themes.classify import FeedbackClassifier, LinearClassifier, classify_feedback, normalise_label, train_from_file
from retrieval.db import Database
from retrieval.embed import Embedder
from retrieval.errors import UserError

OBVIOUS = [("The app crashes every time I open it, please fix this bug.", "bug", "negative"),
           ("Please add a dark mode option.", "feature_request", None),
           ("I love this app, it is excellent and works perfectly!", "praise", "positive"),
           ("It is terribly slow and takes forever to load.", "performance", "negative"),
           ("How do I change my password?", "question", None)]


@pytest.fixture
def zero_shot(settings):
    return FeedbackClassifier(settings.model_copy(update={"themes": settings.themes.model_copy(update={"classifier": "zero-shot"})}))


def test_zero_shot_types_and_sentiment_on_plain_cases(zero_shot):
    texts = [t for t, _, _ in OBVIOUS]
    results = zero_shot.classify(zero_shot.embedder.encode(texts), texts)
    assert [r.feedback_type for r in results] == [ty for _, ty, _ in OBVIOUS]
    for r, (_, _, sentiment) in zip(results, OBVIOUS):
        if sentiment:
            assert r.sentiment == sentiment
    assert zero_shot.method == "zero-shot" and "zero-shot" in zero_shot.identity


def test_star_rating_nudges_sentiment(zero_shot):
    text = ["It is okay, nothing special."]  # lukewarm: the text alone leans neither way by much
    x = zero_shot.embedder.encode(text)
    one, none, five = (zero_shot.classify(x, text, [r])[0] for r in (1, None, 5))
    assert one.sentiment == "negative" and five.sentiment == "positive"
    assert none.sentiment in {"negative", "positive"} and one.sentiment_score > none.sentiment_score


def test_normalise_label_maps_synonyms_and_keeps_company_labels():
    assert normalise_label("Feature Request") == "feature_request"
    assert normalise_label("BUG") == "bug" and normalise_label("enhancement") == "feature_request"
    assert normalise_label("Billing issue") == "billing_issue"


def _labelled(path, n_per=8):
    bugs = ["It crashes when I {}.", "Error message appears when I {}.", "Broken: the app freezes when I {}."]
    wishes = ["Please let me {} faster.", "It would be great to {} offline.", "Add an option to {} by date."]
    verbs = ["save a route", "open the map", "share a trip", "export a track", "log in", "search trails",
             "upload photos", "sync my watch"]
    rows = [(b.format(v), "BUG", "negative") for b in bugs for v in verbs[:n_per]]
    rows += [(w.format(v), "FEATURE", "neutral") for w in wishes for v in verbs[:n_per]]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["review", "label", "sentiment"])
        w.writerows(rows)
    return path, rows


def test_linear_classifier_round_trips_without_pickle(tmp_path, settings):
    _, rows = _labelled(tmp_path / "l.csv")
    texts, labels = [r[0] for r in rows], [normalise_label(r[1]) for r in rows]
    x = Embedder(settings).encode(texts)
    model = LinearClassifier.fit(texts, x, labels)
    model.save(tmp_path / "m.npz")
    loaded = LinearClassifier.load(tmp_path / "m.npz")  # np.load(allow_pickle=False) inside
    assert loaded.classes == ["bug", "feature_request"]
    assert np.allclose(loaded.scores(x, texts), model.scores(x, texts))
    assert model.predict(x[:1], texts[:1]) == ["bug"]
    with pytest.raises(UserError, match="at least two different labels"):
        LinearClassifier.fit(texts[:3], x[:3], ["bug"] * 3)


def test_training_replaces_zero_shot_for_stored_feedback(db_settings, tmp_path):
    from tests.support.themes import ingest_rows

    ingest_rows(db_settings, tmp_path)
    first = classify_feedback(db_settings)
    assert first["classified"] == 24 and first["method"] == "zero-shot" and sum(first["by_type"].values()) == 24
    assert classify_feedback(db_settings)["classified"] == 0  # nothing stale
    path, _ = _labelled(tmp_path / "labelled.csv")
    report = train_from_file(db_settings, path)
    assert report["tasks"]["type"]["labels"] == {"bug": 24, "feature_request": 24}
    assert report["tasks"]["sentiment"]["rows"] == 48 and report["tasks"]["type"]["cv_macro_f1"] > 0.8
    assert (db_settings.home / "classifier" / "type.npz").exists()
    again = classify_feedback(db_settings)  # the classifier identity changed: everything is relabelled
    assert again["classified"] == 24 and again["method"] == "trained"
    assert set(again["by_type"]) <= {"bug", "feature_request"}
    with Database(db_settings).connect() as conn:
        methods = {r[0] for r in conn.execute("SELECT DISTINCT method FROM feedback_classification")}
    assert methods == {"trained"}


def test_training_input_errors_are_actionable(tmp_path, settings):
    no_label = tmp_path / "x.csv"
    no_label.write_text("review,stars\nIt crashes,1\n", encoding="utf-8")
    with pytest.raises(UserError, match="no label column"):
        train_from_file(settings, no_label)
    few = tmp_path / "few.csv"
    few.write_text("text,type\n" + "".join(f"crash {i},bug\n" for i in range(5)), encoding="utf-8")
    with pytest.raises(UserError, match="need at least 10"):
        train_from_file(settings, few)
    with pytest.raises(UserError, match="no column 'nope'"):
        train_from_file(settings, few, type_col="nope")
    forced = settings.model_copy(update={"themes": settings.themes.model_copy(update={"classifier": "trained"})})
    with pytest.raises(UserError, match="no trained classifier"):
        FeedbackClassifier(forced)


def test_cli_classify_and_train(db_settings, tmp_path, monkeypatch, capsys):
    from tests.support.themes import ingest_rows

    from ui.cli import run

    ingest_rows(db_settings, tmp_path)
    monkeypatch.setenv("PMA_HOME", str(db_settings.home))
    monkeypatch.setenv("PMA_DATABASE_URL", db_settings.retrieval.database_url.get_secret_value())
    assert run(["classify", "--json", "--source", "survey"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["classified"] == 8 and out["total"] == 8
    path, _ = _labelled(tmp_path / "labelled.csv")
    assert run(["classify", "train", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tasks"]["type"]["rows"] == 48
    assert run(["classify", "train", str(tmp_path / "missing.csv")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_greetings_and_sign_offs_do_not_make_a_ticket_read_as_praise(db_settings, tmp_path):
    """A tester's help-desk tickets ("Hey,\\n\\n<complaint>\\n\\nCheers,\\n<name>\\n<company>") were typed positive by the
    zero-shot sentiment: their courtesy weighed on the embedding of a short message. Items are embedded without a
    greeting line, a leading "Hi there," or a sign-off block (``retrieval.embed.embedding_text``); the stored text
    keeps them, and praise stays praise."""
    from retrieval.embed import embedding_text
    from retrieval.ingest import ingest_paths
    from tests.support.paths import write

    tickets = [
        "Problem with trading shifts. Hey,\n\nFYI We had three double bookings this week because swaps were not "
        "reflected on the roster.\n\nCheers,\nMaria Garcia\nNorthside Clinic",
        "Payroll export wrong. Hello team,\n\nOur payroll CSV export rounds every shift to the hour, so people are "
        "underpaid.\n\nKind regards,\nLukas Schmidt\nBluebird Cafe",
        "Thank you! Hi there,\n\nThe new schedule view is lovely, our managers save an hour every week.\n\nBest,\n"
        "Grace Kim\nMetro Fitness"]
    assert embedding_text(tickets[0]) == ("Problem with trading shifts. FYI We had three double bookings this week "
                                          "because swaps were not reflected on the roster.")
    assert embedding_text("Thanks, love it!") == "Thanks, love it!" and embedding_text("hi") == "hi"
    # after a subject, with the product's name: a video-call tester's "Robotic voice. Hey Relay support, voices get
    # choppy ... 😡" was typed positive praise and quoted as counter-evidence to its own complaint
    assert embedding_text("Robotic voice. Hey Relay support, voices get choppy on calls.") == (
        "Robotic voice. voices get choppy on calls.")
    praise = "Hey this app is great!\nMaps load fast and the routes are good."
    assert embedding_text(praise) == praise  # a sentence that opens with "Hey" is no greeting line
    rows = "".join(f'T{i},2026-10-0{i + 1},"{t}"\n' for i, t in enumerate(tickets))
    ingest_paths([write(tmp_path / "zendesk_tickets.csv", "id,created_at,description\n" + rows)], db_settings)
    classify_feedback(db_settings)
    with Database(db_settings).connect() as conn:
        stored = conn.execute("SELECT f.text, f.embedding, fc.sentiment FROM feedback f JOIN feedback_classification "
                              "fc ON fc.feedback_id = f.id ORDER BY f.external_id").fetchall()
    texts = [text for text, _, _ in stored]
    assert all(f"\n\n{sign_off}\n" in t for t, sign_off in zip(texts, ("Cheers,", "Kind regards,", "Best,")))  # kept
    expected = Embedder(db_settings).encode([embedding_text(t) for t in texts])
    assert all(float(np.dot(v.to_numpy(), e)) > 0.999 for (_, v, _), e in zip(stored, expected))
    assert [s for _, _, s in stored] == ["negative", "negative", "positive"]
