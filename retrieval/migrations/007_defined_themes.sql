-- The PM's own taxonomy (assistant/themes/defined). A defined theme is a row of `themes` (its id and name, kept
-- across runs and renames) plus its definition here. Its items are in feedback_themes like any theme's (method
-- 'defined'), so every count, trend and report reads them the same way; the confidence of each assignment and the
-- sentence of the item that supports it are kept in defined_theme_matches.
CREATE TABLE IF NOT EXISTS defined_themes (
    theme_id    integer PRIMARY KEY REFERENCES themes(id) ON DELETE CASCADE,
    criteria    text NOT NULL DEFAULT '',
    examples    bigint[] NOT NULL DEFAULT '{}',          -- feedback ids the PM gave as examples
    words       text[] NOT NULL DEFAULT '{}',            -- words of the data the last assignment added to it
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS defined_theme_matches (
    feedback_id bigint PRIMARY KEY REFERENCES feedback(id) ON DELETE CASCADE,
    theme_id    integer NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    confidence  real NOT NULL,                           -- the classifier's probability, 0-1
    sentence    text NOT NULL,                           -- the item's sentence that supports the assignment
    example     boolean NOT NULL DEFAULT false,          -- one of the PM's examples
    run_id      bigint REFERENCES summary_runs(id) ON DELETE SET NULL,
    assigned_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS defined_theme_matches_theme_idx ON defined_theme_matches (theme_id, confidence DESC);
