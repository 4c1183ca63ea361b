-- A survey answer that chose an option of a closed question and left the comment empty (a cancellation survey's
-- "Cancellation Reason: Too expensive" with no "Additional Comments") is kept with the score-only answers: no text to
-- search, theme or cite, but "Why do customers cancel?" counts its choice (retrieval/rows.py:
-- RowConverter.score_only). Such an answer may have no score.
ALTER TABLE scores ALTER COLUMN rating DROP NOT NULL;
