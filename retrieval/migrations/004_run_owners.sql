-- Record which process runs a summary, so a killed run can be told apart from one still going (as ingest_runs does).
ALTER TABLE summary_runs ADD COLUMN IF NOT EXISTS pid integer;
ALTER TABLE summary_runs ADD COLUMN IF NOT EXISTS host text;
