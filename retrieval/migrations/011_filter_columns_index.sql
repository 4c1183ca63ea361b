-- The columns search filters on (retrieval.filters), next to each item's id in one narrow btree. The lexical
-- search's impact plan walks BM25 postings best first and checks the filter item by item by id; with this index the
-- check reads the index alone (an index-only scan once autovacuum has marked the pages all-visible) instead of the
-- item's row in the wide feedback table. At 1M items, a search filtered by source, date range and rating walks up to
-- ~18,000 items per query: see bench/results/search_latency_1m_idle.json. About 73 MB per million items.
-- duplicate_of is left out on purpose: near-duplicate linking updates it after insert, and an indexed column would
-- turn those cheap in-page (HOT) updates into new entries in every index, the HNSW ones included. None of the
-- columns here changes after an item is stored. Filters on metadata keys, external ids or duplicates still read the
-- row.
CREATE INDEX IF NOT EXISTS feedback_filter_idx ON feedback (id)
    INCLUDE (source, created_at, rating, segment, app_version, language);
