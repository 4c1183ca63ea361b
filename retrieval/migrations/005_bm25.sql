-- BM25 for the lexical side of search (retrieval/bm25.py), kept inside the database so that the embedded server,
-- an external server and several ingesting processes or machines all see the same statistics.
--
-- feedback.lexical (a tsvector: English stemming and stop words, Chinese segmented by jieba before it gets here)
-- stays the source of truth. Triggers derive from it, in the same transaction as the rows they describe:
--   feedback.lexical_len  document length in indexed words (BM25's |d|),
--   search_terms          one row per indexed word with its document frequency (BM25's df),
--   search_stats          number of indexed items and their total length (N and avgdl), in a few shards so that
--                         concurrent ingests rarely wait on one row,
--   search_postings       (word, item, tf, impact); impact = tf / (tf + k1 (1 - b + b |d| / avgdl)) with k1 = 1.2,
--                         b = 0.75 and avgdl as it was when the item was stored. The index on (term, impact DESC)
--                         lets a search read only the best items of each word, however large the collection.
-- Search scores its candidates exactly with current statistics (retrieval/bm25.py); impact only orders them.
-- Document frequencies are updated in word order, so two ingests never deadlock on search_terms.

ALTER TABLE feedback ADD COLUMN IF NOT EXISTS lexical_len integer;

CREATE TABLE IF NOT EXISTS search_terms (
    id    serial PRIMARY KEY,
    term  text NOT NULL UNIQUE,
    df    integer NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS search_postings (
    term_id     integer NOT NULL,
    feedback_id bigint NOT NULL,
    tf          smallint NOT NULL,
    impact      real NOT NULL
);

CREATE TABLE IF NOT EXISTS search_stats (
    shard     integer PRIMARY KEY,
    docs      bigint NOT NULL DEFAULT 0,
    total_len bigint NOT NULL DEFAULT 0
);

-- Number of indexed words in a tsvector, counting repeats (a lexeme without positions counts once).
CREATE OR REPLACE FUNCTION pma_lexical_len(doc tsvector) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(sum(coalesce(array_length(u.positions, 1), 1)), 0)::integer FROM unnest(doc) u
$$;

-- Backfill what is already stored (an upgrade), before the triggers exist.
UPDATE feedback SET lexical_len = pma_lexical_len(lexical) WHERE lexical IS NOT NULL AND lexical_len IS NULL;
INSERT INTO search_stats (shard, docs, total_len)
    SELECT 0, count(*), coalesce(sum(lexical_len), 0) FROM feedback WHERE lexical IS NOT NULL
    ON CONFLICT (shard) DO NOTHING;
INSERT INTO search_terms (term, df)
    SELECT u.lexeme, count(*) FROM feedback f, unnest(f.lexical) u GROUP BY u.lexeme ORDER BY u.lexeme
    ON CONFLICT (term) DO NOTHING;
INSERT INTO search_postings (term_id, feedback_id, tf, impact)
    SELECT t.id, f.id, u.tf, u.tf / (u.tf + 1.2 * (0.25 + 0.75 * f.lexical_len / s.avgdl))
    FROM feedback f
    CROSS JOIN (SELECT greatest(sum(total_len)::float8 / greatest(sum(docs), 1), 1) AS avgdl FROM search_stats) s
    CROSS JOIN LATERAL (SELECT x.lexeme, least(coalesce(array_length(x.positions, 1), 1), 32767) AS tf
                        FROM unnest(f.lexical) x) u
    JOIN search_terms t ON t.term = u.lexeme;

CREATE INDEX IF NOT EXISTS search_postings_impact_idx ON search_postings (term_id, impact DESC, feedback_id);

CREATE OR REPLACE FUNCTION pma_lexical_len_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.lexical_len := CASE WHEN NEW.lexical IS NULL THEN NULL ELSE pma_lexical_len(NEW.lexical) END;
    RETURN NEW;
END $$;

-- Statement-level triggers with transition tables: one pass per INSERT/UPDATE/DELETE statement, not one per row.
-- Transition tables are visible only inside the trigger function itself, hence one function per operation.
CREATE OR REPLACE FUNCTION pma_search_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    avgdl float8;
BEGIN
    INSERT INTO search_stats AS s (shard, docs, total_len)
        SELECT pg_backend_pid() % 8, count(*), sum(lexical_len) FROM new_rows WHERE lexical IS NOT NULL HAVING count(*) > 0
        ON CONFLICT (shard) DO UPDATE SET docs = s.docs + excluded.docs, total_len = s.total_len + excluded.total_len;
    INSERT INTO search_terms AS t (term, df)
        SELECT u.lexeme, count(*) FROM new_rows c, unnest(c.lexical) u GROUP BY u.lexeme ORDER BY u.lexeme
        ON CONFLICT (term) DO UPDATE SET df = t.df + excluded.df;
    SELECT greatest(sum(total_len)::float8 / greatest(sum(docs), 1), 1) INTO avgdl FROM search_stats;
    INSERT INTO search_postings (term_id, feedback_id, tf, impact)
        SELECT t.id, c.id, u.tf, u.tf / (u.tf + 1.2 * (0.25 + 0.75 * c.lexical_len / avgdl))
        FROM new_rows c
        CROSS JOIN LATERAL (SELECT x.lexeme, least(coalesce(array_length(x.positions, 1), 1), 32767) AS tf
                            FROM unnest(c.lexical) x) u
        JOIN search_terms t ON t.term = u.lexeme;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION pma_search_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_stats AS s (shard, docs, total_len)
        SELECT pg_backend_pid() % 8, -count(*), -sum(lexical_len) FROM old_rows WHERE lexical IS NOT NULL HAVING count(*) > 0
        ON CONFLICT (shard) DO UPDATE SET docs = s.docs + excluded.docs, total_len = s.total_len + excluded.total_len;
    UPDATE search_terms t SET df = t.df - d.n
        FROM (SELECT u.lexeme, count(*) AS n FROM old_rows c, unnest(c.lexical) u GROUP BY u.lexeme) d
        WHERE t.term = d.lexeme;
    DELETE FROM search_postings p USING old_rows c, unnest(c.lexical) u, search_terms t
        WHERE t.term = u.lexeme AND p.term_id = t.id AND p.feedback_id = c.id;
    RETURN NULL;
END $$;

-- An UPDATE that changes no item's words (linking near-duplicates, re-embedding) does nothing here.
CREATE OR REPLACE FUNCTION pma_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    avgdl float8;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.lexical IS DISTINCT FROM n.lexical) THEN
        RETURN NULL;
    END IF;
    CREATE TEMP TABLE IF NOT EXISTS pma_relexed ON COMMIT DROP AS
        SELECT o.id, o.lexical AS old_lexical, o.lexical_len AS old_len, n.lexical, n.lexical_len
        FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE false;
    DELETE FROM pma_relexed;
    INSERT INTO pma_relexed SELECT o.id, o.lexical, o.lexical_len, n.lexical, n.lexical_len
        FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.lexical IS DISTINCT FROM n.lexical;
    INSERT INTO search_stats AS s (shard, docs, total_len)
        SELECT pg_backend_pid() % 8,
               count(lexical) - count(old_lexical),
               coalesce(sum(lexical_len), 0) - coalesce(sum(old_len), 0) FROM pma_relexed
        ON CONFLICT (shard) DO UPDATE SET docs = s.docs + excluded.docs, total_len = s.total_len + excluded.total_len;
    DELETE FROM search_postings p USING pma_relexed c, unnest(c.old_lexical) u, search_terms t
        WHERE t.term = u.lexeme AND p.term_id = t.id AND p.feedback_id = c.id;
    INSERT INTO search_terms AS t (term, df)
        SELECT term, sum(n) FROM (
            SELECT u.lexeme AS term, 1 AS n FROM pma_relexed c, unnest(c.lexical) u
            UNION ALL SELECT u.lexeme, -1 FROM pma_relexed c, unnest(c.old_lexical) u) x
        GROUP BY term ORDER BY term
        ON CONFLICT (term) DO UPDATE SET df = t.df + excluded.df;
    SELECT greatest(sum(total_len)::float8 / greatest(sum(docs), 1), 1) INTO avgdl FROM search_stats;
    INSERT INTO search_postings (term_id, feedback_id, tf, impact)
        SELECT t.id, c.id, u.tf, u.tf / (u.tf + 1.2 * (0.25 + 0.75 * c.lexical_len / avgdl))
        FROM pma_relexed c
        CROSS JOIN LATERAL (SELECT x.lexeme, least(coalesce(array_length(x.positions, 1), 1), 32767) AS tf
                            FROM unnest(c.lexical) x) u
        JOIN search_terms t ON t.term = u.lexeme;
    DELETE FROM pma_relexed;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION pma_search_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_postings;
    DELETE FROM search_terms;
    DELETE FROM search_stats;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS feedback_lexical_len ON feedback;
CREATE TRIGGER feedback_lexical_len BEFORE INSERT OR UPDATE OF lexical ON feedback
    FOR EACH ROW EXECUTE FUNCTION pma_lexical_len_trigger();
DROP TRIGGER IF EXISTS feedback_search_insert ON feedback;
CREATE TRIGGER feedback_search_insert AFTER INSERT ON feedback REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pma_search_added();
DROP TRIGGER IF EXISTS feedback_search_update ON feedback;
CREATE TRIGGER feedback_search_update AFTER UPDATE ON feedback REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pma_search_changed();
DROP TRIGGER IF EXISTS feedback_search_delete ON feedback;
CREATE TRIGGER feedback_search_delete AFTER DELETE ON feedback REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pma_search_removed();
DROP TRIGGER IF EXISTS feedback_search_truncate ON feedback;
CREATE TRIGGER feedback_search_truncate AFTER TRUNCATE ON feedback
    FOR EACH STATEMENT EXECUTE FUNCTION pma_search_truncated();
