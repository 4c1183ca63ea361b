"""Classifying stored feedback: read the items that have no label (or one from another model), classify them, and
upsert the labels; counts per type and sentiment for the caller.

Not handled: the models themselves (``classifier``).
"""

from __future__ import annotations

import numpy as np

from assistant.themes.classify.classifier import Classification, FeedbackClassifier
from retrieval.settings import Settings


def classify_feedback(settings: Settings, filters=None, *, force: bool = False, db=None, classifier=None,
                      loaded=None, progress: bool = False) -> dict:
    """Classify stored feedback that has no label yet (or one from another model; all with ``force``).

    ``loaded`` may pass ``(ids, embeddings, texts)`` already read for the same filters (``summarize`` does), so
    vectors are not read twice. Returns counts: ``classified``, ``total`` matching, ``labelled``, ``by_type``,
    ``by_sentiment``, ``method``, ``model``.
    """
    from retrieval.columns import names_board_votes
    from retrieval.db import Database
    from retrieval.filters import Filters

    db = db or Database(settings)
    filters = filters or Filters()
    clf = classifier or FeedbackClassifier(settings)
    with db.connect() as conn:
        db.check_embedding_model(conn, clf.embedder.model_id)
        where, params = filters.sql(conn)
        stale = "TRUE" if force else "(fc.feedback_id IS NULL OR fc.model <> %s)"
        vector = "NULL" if loaded is not None else "f.embedding"
        # the metadata keys holding a whole number: a feature board's vote count marks its posts
        rows = conn.execute(
            f"SELECT f.id, f.text, f.rating, {vector}, ARRAY(SELECT e.key FROM jsonb_each_text(f.metadata) e "
            f"WHERE e.value ~ '^[0-9]+$') FROM feedback f "
            f"LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id "
            f"WHERE {where} AND f.embedding IS NOT NULL AND {stale} ORDER BY f.id",
            params + ([] if force else [clf.identity])).fetchall()
        if rows:
            ids = [r[0] for r in rows]
            if loaded is not None:
                position = {int(i): n for n, i in enumerate(loaded[0])}
                x = loaded[1][[position[i] for i in ids]]
            else:
                from assistant.themes.store import vec

                x = np.vstack([vec(r[3]) for r in rows])
            posts = [any(names_board_votes(k) for k in r[4]) for r in rows]
            results = clf.classify(x, [r[1] for r in rows], [r[2] for r in rows], posts)
            store_classifications(conn, ids, results, clf.method, clf.identity)
        counts = conn.execute(
            f"SELECT count(*), count(fc.feedback_id) FROM feedback f LEFT JOIN feedback_classification fc "
            f"ON fc.feedback_id = f.id WHERE {where}", params).fetchone()
        mix = {}
        for col in ("feedback_type", "sentiment"):
            mix[col] = dict(conn.execute(
                f"SELECT fc.{col}, count(*) FROM feedback f JOIN feedback_classification fc ON fc.feedback_id = f.id "
                f"WHERE {where} GROUP BY 1 ORDER BY 2 DESC, 1", params).fetchall())
    return {"classified": len(rows), "total": counts[0], "labelled": counts[1], "method": clf.method,
            "model": clf.identity, "by_type": mix["feedback_type"], "by_sentiment": mix["sentiment"]}


def store_classifications(conn, ids: list[int], results: list[Classification], method: str, model: str) -> None:
    """Upsert classifications (COPY into a temporary table, then one INSERT ... ON CONFLICT)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _fc (LIKE feedback_classification INCLUDING DEFAULTS)")
    with conn.cursor().copy("COPY _fc (feedback_id, feedback_type, type_score, sentiment, sentiment_score, method, model) "
                            "FROM STDIN") as copy:
        for fid, r in zip(ids, results):
            copy.write_row((fid, r.feedback_type, r.type_score, r.sentiment, r.sentiment_score, method, model))
    conn.execute(
        "INSERT INTO feedback_classification (feedback_id, feedback_type, type_score, sentiment, sentiment_score, "
        "method, model) SELECT feedback_id, feedback_type, type_score, sentiment, sentiment_score, method, model FROM _fc "
        "ON CONFLICT (feedback_id) DO UPDATE SET feedback_type = EXCLUDED.feedback_type, type_score = EXCLUDED.type_score, "
        "sentiment = EXCLUDED.sentiment, sentiment_score = EXCLUDED.sentiment_score, method = EXCLUDED.method, "
        "model = EXCLUDED.model, classified_at = now()")
    conn.execute("DROP TABLE _fc")

