-- A btree index on rating, beside those on created_at and source (001): a filter on rating combined with others
-- (e.g. low ratings from one store in one quarter) is narrowed in the indexes (BitmapAnd) before rows are read.
-- At 100k items, a search filtered by source, date range and rating <= 2 read 9,500 rows to keep 2,600 before this
-- index and 2,600 with it (dense exact scan p50 22 -> 16 ms in one dev measurement; not in a results file).
CREATE INDEX IF NOT EXISTS feedback_rating_idx ON feedback (rating);
