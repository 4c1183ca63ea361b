-- Feedback joined to a customer account by the company it names, where its author is in no customer file:
-- Intercom's "Company name", a merchant dashboard's "Restaurant", a call note's "Account" matched to the account
-- names of `pma customers import` (retrieval/customers.py: link_accounts). The customers row's key, as author_hash.
ALTER TABLE feedback ADD COLUMN IF NOT EXISTS account_hash text;
CREATE INDEX IF NOT EXISTS feedback_account_hash ON feedback (account_hash) WHERE account_hash IS NOT NULL;
