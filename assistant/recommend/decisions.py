"""Drafted plans in the database, and the PM's decision on each item: accepted, rejected, or edited (tables from
``retrieval/migrations/008_plan_decisions.sql``).

``save_plan`` stores every plan ``recommend`` drafts and gives each item a stable id (``plan["items"][i]["id"]``,
shown in the exports and the Plan tab), together with the exact chat messages the drafter sees for each field the
model writes (``draft.field_messages``: built the same way whether or not a model drafted this plan).
``decide(db, 17, edits={"story": "..."})`` records a decision with the final text; ``training_rows`` turns accepted
and edited items into chat examples (prompt = what the drafter saw, answer = the PM's final text) for
``finetune.sources.from_decisions``.

A decision is checked whole before anything is written (unknown item, unknown field, empty text: a ``UserError``)
and written in one statement. Deciding again replaces the decision: edits apply to the item's current text (the
last accepted or edited text, else the draft), so two edits of different fields both stay.

Not handled: several PMs disagreeing on one item (the last decision wins), decisions on the problem statement or
the RICE figures (those are computed from the data; effort is edited in the Plan tab).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from assistant.recommend import draft as drafting
from retrieval.db import Database
from retrieval.errors import UserError

# Decision fields (the CLI's names) -> plan item keys.
FIELD_KEYS = {"story": "user_story", "criteria": "acceptance_criteria", "metric": "success_metric",
              "experiment": "experiment"}
FIELDS = drafting.FIELDS
MAX_FIELD_CHARS = 4000
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def save_plan(db: Database, plan: dict) -> dict:
    """Store ``plan`` and its items; returns the plan with ``plan_id`` and each item's ``id`` set."""
    from psycopg.types.json import Jsonb

    with db.connect() as conn:
        plan_id = conn.execute("INSERT INTO plans (filters, model, plan) VALUES (%s, %s, %s) RETURNING id",
                               (plan["filters"], Jsonb(plan.get("model")), Jsonb(plan))).fetchone()[0]
        plan = {"schema": plan["schema"], "plan_id": plan_id, **plan}  # ids first: they are what a PM refers to
        for i, item in enumerate(plan["items"]):
            quotes = [(q["id"], q["text"]) for q in item["evidence"]["quotes"]]
            prompts = {name: drafting.field_messages(name, item["problem"], quotes) for name in drafting.ASKS}
            item_id = conn.execute(
                "INSERT INTO plan_items (plan_id, rank, theme_id, title, draft, draft_source, prompts) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (plan_id, item["rank"], item["theme_id"], item["title"], Jsonb(_text_of(item)),
                 Jsonb(item["draft_source"]), Jsonb(prompts))).fetchone()[0]
            plan["items"][i] = {"id": item_id, **item}
        conn.execute("UPDATE plans SET plan = %s WHERE id = %s", (Jsonb(plan), plan_id))
    return plan


def parse_edits(pairs: Iterable[str]) -> dict[str, str | list[str]]:
    """``["story=As a ...", "criteria=- A\\n- B"]`` -> ``{"story": ..., "criteria": [...]}``, every value checked.

    Criteria are one per line (a leading '- ' or '1.' is dropped) or, on one line, separated by ';'.

    Raises:
        UserError: not FIELD=TEXT, an unknown field, empty or overlong text.
    """
    out: dict[str, str | list[str]] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        name = name.strip().lower()
        if not sep:
            raise UserError(f"--edit {pair[:60]!r}: expected FIELD=TEXT.",
                            hint='Example: --edit story="As a hiker, I want ..., so that ..."')
        if name not in FIELD_KEYS:
            raise UserError(f"--edit {name}=...: unknown field '{name}'.", hint=f"Fields: {', '.join(FIELDS)}.")
        text = text.strip()
        if not text:
            raise UserError(f"--edit {name}=: the text is empty.", hint="Give the final text, or use --reject.")
        if len(text) > MAX_FIELD_CHARS:
            raise UserError(f"--edit {name}=...: {len(text)} characters; the limit is {MAX_FIELD_CHARS}.")
        if name == "criteria":
            lines = [ln for ln in text.splitlines() if ln.strip()]
            if len(lines) == 1:
                lines = lines[0].split(";")
            criteria = [" ".join(_BULLET.sub("", ln).split()) for ln in lines]
            out[name] = [c for c in criteria if c]
            if not out[name]:
                raise UserError(f"--edit criteria=...: no criterion in {text[:60]!r}.",
                                hint='One per line, or separated by ";".')
        else:
            out[name] = " ".join(text.split())
    return out


def decide(db: Database, item_id: int, *, accept: bool = False, reject: bool = False,
           edits: dict[str, str | list[str]] | None = None) -> dict:
    """Record the PM's decision on plan item ``item_id``; returns the stored decision (see ``decisions``).

    Raises:
        UserError: no decision given, --reject with edits, an unknown item id (nothing is written then).
    """
    edits = dict(edits or {})
    if not (accept or reject or edits):
        raise UserError("Say what to do with the item: --accept, --reject or --edit FIELD=TEXT.",
                        hint='Example: pma recommend decide 17 --edit story="As a hiker, I want ..."')
    if reject and (accept or edits):
        raise UserError("--reject cannot be combined with --accept or --edit.")
    from psycopg.types.json import Jsonb

    with db.connect() as conn:
        row = conn.execute("SELECT draft, final, decision FROM plan_items WHERE id = %s FOR UPDATE",
                           (item_id,)).fetchone()
        if row is None:
            raise UserError(f"No plan item with id {item_id}.",
                            hint="Item ids are in the plan's exports and the Plan tab; "
                                 "`pma recommend decisions` lists decided items.")
        draft, final, previous = row
        if reject:
            decision, text, changed = "rejected", None, []
        else:
            text = {**(final if previous in ("accepted", "edited") and final else draft), **edits}
            changed = [f for f in FIELDS if text.get(f) != draft.get(f)]
            decision = "edited" if changed else "accepted"
        conn.execute("UPDATE plan_items SET decision = %s, final = %s, edited_fields = %s, decided_at = now() "
                     "WHERE id = %s", (decision, Jsonb(text) if text is not None else None, changed, item_id))
    return decisions(db, item_id=item_id)[0]


def decisions(db: Database, *, item_id: int | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Decided items, newest decision first: id, plan, title, decision, edited fields, draft and final text."""
    where, params = "decision IS NOT NULL", []
    if item_id is not None:
        where, params = "id = %s", [item_id]
    with db.connect() as conn:
        rows = conn.execute(
            "SELECT id, plan_id, rank, theme_id, title, decision, edited_fields, decided_at, draft, final, draft_source "
            f"FROM plan_items WHERE {where} ORDER BY decided_at DESC NULLS LAST, id DESC"
            + (" LIMIT %s" if limit else ""), [*params, *([limit] if limit else [])]).fetchall()
    keys = ("id", "plan_id", "rank", "theme_id", "title", "decision", "edited_fields", "decided_at", "draft", "final",
            "draft_source")
    return [{**dict(zip(keys, r)), "decided_at": r[7].isoformat() if r[7] else None} for r in rows]


def counts(db: Database) -> dict[str, int]:
    """How many stored items are accepted, edited, rejected and not decided yet."""
    with db.connect() as conn:
        rows = conn.execute("SELECT coalesce(decision, 'undecided'), count(*) FROM plan_items GROUP BY 1").fetchall()
    return {k: 0 for k in ("accepted", "edited", "rejected", "undecided")} | dict(rows)


def training_rows(db: Database) -> Iterator[dict[str, Any]]:
    """One chat example per model-drafted field of each accepted or edited item: the messages the drafter saw for
    that field, answered with the PM's final text (written as the model is asked to write it)."""
    with db.connect() as conn:
        rows = conn.execute("SELECT id, decision, prompts, final FROM plan_items "
                            "WHERE decision IN ('accepted', 'edited') ORDER BY id").fetchall()
    for item_id, decision, prompts, final in rows:
        for name, messages in prompts.items():
            if final.get(name):
                yield {"messages": [*messages, {"role": "assistant", "content": drafting.answer_text(name, final[name])}],
                       "item_id": item_id, "field": name, "decision": decision}


def _text_of(item: dict) -> dict[str, Any]:
    return {name: item[key] for name, key in FIELD_KEYS.items()}
