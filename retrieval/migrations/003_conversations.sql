-- Conversations with the assistant (`pma ask`): one row per conversation, one per question/answer turn.
-- A turn keeps what is needed to audit an answer (retrieved ids, numbers from SQL, the model used, citations kept
-- and dropped) and to reuse it as fine-tuning data (the exact messages sent, and the PM's "marked good" flag).
-- Feedback ids are stored as plain arrays, not foreign keys: deleting feedback must not rewrite past answers.

CREATE TABLE IF NOT EXISTS conversations (
    id          bigserial PRIMARY KEY,
    title       text NOT NULL,                            -- the first question, shortened
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS conversation_turns (
    id                  bigserial PRIMARY KEY,
    conversation_id     bigint NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    position            integer NOT NULL,                 -- 1, 2, ... within the conversation
    question            text NOT NULL,
    route               text NOT NULL,                    -- lookup | count | top | change | no_evidence
    filters             jsonb NOT NULL DEFAULT '{}'::jsonb,
    retrieved_ids       bigint[] NOT NULL DEFAULT '{}',   -- items put in the model's context, in rank order
    flagged_ids         bigint[] NOT NULL DEFAULT '{}',   -- retrieved items that contained instruction-like text
    numbers_used        jsonb NOT NULL DEFAULT '[]'::jsonb,
    messages            jsonb NOT NULL DEFAULT '[]'::jsonb, -- the exact chat messages sent to the model
    model_output        text,                             -- the model's raw text (NULL when no model was called)
    narrative           text NOT NULL DEFAULT '',         -- the checked prose part (the fine-tuning target)
    answer              text NOT NULL,                    -- the final answer shown: numbers + prose + evidence
    citations           bigint[] NOT NULL DEFAULT '{}',   -- ids cited in the final answer
    dropped_citations   text[] NOT NULL DEFAULT '{}',     -- citations removed because they were not in the context
    fallback            boolean NOT NULL DEFAULT false,   -- the model's text was replaced by text built from evidence
    injection_blocked   boolean NOT NULL DEFAULT false,   -- the model's text followed an instruction found in feedback
    model               jsonb NOT NULL DEFAULT '{}'::jsonb, -- llm.describe(): backend, model, adapter, device
    ttft_ms             real,
    total_ms            real,
    rating              smallint CHECK (rating IN (-1, 1)), -- thumbs down / up from the PM
    rating_note         text,
    marked_good         boolean NOT NULL DEFAULT false,   -- usable as fine-tuning data
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (conversation_id, position)
);

CREATE INDEX IF NOT EXISTS conversation_turns_good_idx ON conversation_turns (marked_good) WHERE marked_good;
