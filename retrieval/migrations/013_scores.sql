-- Survey answers that give a score and no comment (an NPS or CSAT question answered, the comment box left empty):
-- there is no text to search, theme or cite, but "What is our NPS?" and "What is our average rating?" count them
-- (retrieval/rows.py: RowConverter.score_only; assistant/chat/rating_facts.py: answers). Same columns as the
-- feedback rows the filters read; content_hash as for items, over the row's identity (no text).
CREATE TABLE IF NOT EXISTS scores (
    id              bigserial PRIMARY KEY,
    content_hash    text NOT NULL UNIQUE,
    source          text NOT NULL,
    external_id     text,
    created_at      timestamptz,
    rating          real NOT NULL,
    author_hash     text,
    segment         text,
    app_version     text,
    language        text,
    metadata        jsonb NOT NULL DEFAULT '{}'::jsonb,
    ingest_run_id   bigint,
    added_at        timestamptz NOT NULL DEFAULT now()
);
