-- An item's content id (content_hash) covers its author and date when the row has them (retrieval/rows.py:
-- content_id), so two customers writing "Love it" are two items. base_hash is the id without them (source +
-- normalised text + external id), kept only where it differs; items stored before have none, since their
-- content_hash was exactly that. A row is already stored when an item with its base has the same author and date,
-- or none where either has none (retrieval/store.py), so the index is on the base as it is for every item.
ALTER TABLE feedback ADD COLUMN IF NOT EXISTS base_hash text;
CREATE INDEX IF NOT EXISTS feedback_base_idx ON feedback ((coalesce(base_hash, content_hash)));
