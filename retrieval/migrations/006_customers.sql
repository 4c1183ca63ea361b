-- Customer accounts joined to feedback through the same keyed hash ingestion stores for the author
-- (feedback.author_hash): no raw user id or e-mail is stored here either.
CREATE TABLE IF NOT EXISTS customers (
    author_hash  text PRIMARY KEY,
    account      text,
    plan         text,
    segment      text,
    mrr          numeric(14, 2),
    arr          numeric(14, 2),
    region       text,
    metadata     jsonb NOT NULL DEFAULT '{}'::jsonb,
    source_file  text,
    imported_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS customers_account ON customers (account);
CREATE INDEX IF NOT EXISTS customers_segment ON customers (lower(segment));
