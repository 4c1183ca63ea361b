-- The currency of a customer account's revenue, where the customer file gives one (a "Currency" column, "MRR (EUR)",
-- "€1,200"): an ISO code such as 'EUR'. Amounts in different currencies are summed apart, never converted
-- (retrieval/customers.py: revenue_text). NULL: the file named none.
ALTER TABLE customers ADD COLUMN IF NOT EXISTS currency text;
