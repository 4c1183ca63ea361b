-- Themes (a taxonomy with stable ids), item -> theme assignments, per-item classification, summary runs.
-- Written by assistant/themes and assistant/classify; numbers in reports are computed from these tables in SQL.

CREATE TABLE IF NOT EXISTS summary_runs (
    id           bigserial PRIMARY KEY,
    mode         text NOT NULL,                        -- cluster | update
    status       text NOT NULL DEFAULT 'running',      -- running | done | failed
    filters      text NOT NULL DEFAULT 'all feedback', -- Filters.describe()
    items        integer,
    themes       integer,
    unassigned   integer,
    params       jsonb NOT NULL DEFAULT '{}'::jsonb,   -- method, k, thresholds, models (round-tripped settings)
    timings      jsonb NOT NULL DEFAULT '{}'::jsonb,   -- seconds per stage
    report_path  text,
    error        text,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);

CREATE TABLE IF NOT EXISTS themes (
    id             serial PRIMARY KEY,
    label          text NOT NULL,
    label_source   text NOT NULL DEFAULT 'keywords',   -- keywords | llm | user
    summary        text,
    summary_source text,                               -- llm | keywords
    summary_size   integer,                            -- theme size when the summary was written (stale check)
    keywords       text[] NOT NULL DEFAULT '{}',
    centroid       vector,                             -- unit mean of the members' embeddings
    status         text NOT NULL DEFAULT 'active',     -- active | merged | split | retired
    candidate      boolean NOT NULL DEFAULT false,     -- new theme proposed by `--update`, not yet reviewed
    merged_into    integer REFERENCES themes(id) ON DELETE SET NULL,
    parent_id      integer REFERENCES themes(id) ON DELETE SET NULL,
    created_run    bigint REFERENCES summary_runs(id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS themes_status_idx ON themes (status);

-- One row per clustered item; theme_id NULL means "looked at, but unassigned".
CREATE TABLE IF NOT EXISTS feedback_themes (
    feedback_id  bigint PRIMARY KEY REFERENCES feedback(id) ON DELETE CASCADE,
    theme_id     integer REFERENCES themes(id) ON DELETE SET NULL,
    similarity   real,                                 -- cosine to the theme centre when assigned
    method       text NOT NULL,                        -- cluster | nearest | update | merge | split
    run_id       bigint REFERENCES summary_runs(id) ON DELETE SET NULL,
    assigned_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS feedback_themes_theme_idx ON feedback_themes (theme_id);

CREATE TABLE IF NOT EXISTS feedback_classification (
    feedback_id      bigint PRIMARY KEY REFERENCES feedback(id) ON DELETE CASCADE,
    feedback_type    text NOT NULL,                    -- bug | feature_request | performance | usability | praise | question | other (or trained labels)
    type_score       real,
    sentiment        text NOT NULL,                    -- negative | neutral | positive
    sentiment_score  real,
    method           text NOT NULL,                    -- zero-shot | trained
    model            text NOT NULL,                    -- classifier identity; a different one means "reclassify"
    classified_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS feedback_classification_model_idx ON feedback_classification (model);
