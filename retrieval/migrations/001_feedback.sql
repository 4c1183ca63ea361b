-- Feedback items, ingest runs and installation metadata.
-- The embedding column is sized when the first embedding model is chosen (see retrieval/db.py: ensure_embedding_space).
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE IF NOT EXISTS pma_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE IF NOT EXISTS ingest_runs (
    id              bigserial PRIMARY KEY,
    file            text NOT NULL,
    source          text,
    status          text NOT NULL DEFAULT 'running',   -- running | done | failed | interrupted
    pid             integer,                           -- the process doing the run (to spot killed runs)
    host            text,
    read            integer NOT NULL DEFAULT 0,
    added           integer NOT NULL DEFAULT 0,
    duplicates      integer NOT NULL DEFAULT 0,
    near_duplicates integer NOT NULL DEFAULT 0,
    redacted        integer NOT NULL DEFAULT 0,
    rejected        integer NOT NULL DEFAULT 0,
    rejects_path    text,
    error           text,
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz
);

CREATE TABLE IF NOT EXISTS feedback (
    id              bigserial PRIMARY KEY,
    content_hash    text NOT NULL UNIQUE,              -- HMAC of source + normalised raw text + external id
    source          text NOT NULL,
    external_id     text,
    text            text NOT NULL,                     -- redacted unless ingested with --keep-pii
    redacted        boolean NOT NULL DEFAULT false,
    created_at      timestamptz,
    rating          real,
    author_hash     text,                              -- HMAC of the user id / e-mail, never the raw value
    segment         text,
    app_version     text,
    language        text,
    duplicate_of    bigint REFERENCES feedback(id) ON DELETE SET NULL,
    metadata        jsonb NOT NULL DEFAULT '{}'::jsonb,
    embedding       vector,
    embedding_model text,
    lexical         tsvector,
    ingest_run      bigint REFERENCES ingest_runs(id) ON DELETE SET NULL,
    ingested_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS feedback_created_at_idx ON feedback (created_at);
CREATE INDEX IF NOT EXISTS feedback_source_idx ON feedback (source);
CREATE INDEX IF NOT EXISTS feedback_lexical_idx ON feedback USING gin (lexical);
CREATE INDEX IF NOT EXISTS feedback_metadata_idx ON feedback USING gin (metadata jsonb_path_ops);
