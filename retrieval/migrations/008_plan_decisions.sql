-- Drafted iteration plans (`pma recommend`, the Plan tab) and the PM's decision on each item
-- (`pma recommend decide ID --accept|--reject|--edit FIELD=TEXT`). An item keeps what the drafter saw for each field
-- (the exact chat messages), the draft and the PM's final text, so accepted and edited items become fine-tuning
-- examples (`pma finetune prepare --from-decisions`). A newer plan never deletes older items: their ids stay valid.

CREATE TABLE IF NOT EXISTS plans (
    id          bigserial PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now(),
    filters     text NOT NULL,                       -- the feedback in scope, in words
    model       jsonb,                               -- the LLM that drafted text (NULL: written from the evidence)
    plan        jsonb NOT NULL                       -- the plan as drafted (schema pma.iteration_plan/1)
);

CREATE TABLE IF NOT EXISTS plan_items (
    id             bigserial PRIMARY KEY,            -- the item id shown in exports, the Plan tab and `decide ID`
    plan_id        bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    rank           integer NOT NULL,
    theme_id       bigint,                           -- not a foreign key: a retired theme must not erase decisions
    title          text NOT NULL,
    draft          jsonb NOT NULL,                   -- {story, criteria, metric, experiment} as drafted
    draft_source   jsonb NOT NULL,                   -- field -> llm | evidence
    prompts        jsonb NOT NULL,                   -- field -> the chat messages the drafter sees for that field
    decision       text CHECK (decision IN ('accepted', 'edited', 'rejected')),
    final          jsonb,                            -- {story, criteria, metric, experiment} after the decision
    edited_fields  text[] NOT NULL DEFAULT '{}',
    decided_at     timestamptz
);

CREATE INDEX IF NOT EXISTS plan_items_plan ON plan_items (plan_id);
CREATE INDEX IF NOT EXISTS plan_items_decided ON plan_items (decided_at) WHERE decision IS NOT NULL;
