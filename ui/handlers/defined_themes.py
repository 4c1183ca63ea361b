"""Themes tab, "Your themes": list, add or change, and remove the PM's defined themes (``assistant.themes.defined``,
the same functions as `pma themes define|undefine|defined`). Customer text (supporting sentences, names) is escaped
here.

Not handled: assigning items (``assistant.themes.defined``).
"""

from __future__ import annotations

from typing import Any

from retrieval.errors import UserError
from ui.handlers.services import Services

TABLE_COLUMNS = ["id", "theme", "criteria", "items", "words from your data"]


def rows(services: Services) -> list[list[Any]]:
    from assistant.themes.defined import list_defined

    with services.db.connect() as conn:
        found = list_defined(conn)
    return [[t["id"], t["name"], t["criteria"], t["items"], ", ".join(t["words"])] for t in found]


def choices(services: Services) -> list[tuple[str, int]]:
    return [(f"#{r[0]} {r[1]}", r[0]) for r in rows(services)]


def save(services: Services, name: str, criteria: str, examples: str) -> dict:
    """Define (or redefine) one theme and assign every stored item; returns ``define``'s result."""
    from assistant.themes.defined import define, definition

    if not (name or "").strip():
        raise UserError("Give the theme a name.", hint="e.g. Billing, with criteria like: charged twice, refunds.")
    return define(services.settings, [definition(name, criteria, examples or "", where="the theme form")],
                  db=services.db, embedder=services.embedder)


def remove(services: Services, theme_id: int | None) -> str:
    from assistant.safety.escape import markdown_text as md
    from assistant.themes.defined import undefine

    if theme_id in (None, ""):
        raise UserError("Pick one of your themes to remove.")
    done = undefine(services.settings, int(theme_id), db=services.db)
    return (f"Removed **{md(done['name'])}** (#{done['id']}); its {done['released_items']} items are grouped again by "
            "the next **Run summary**.")


def result_markdown(result: dict) -> str:
    """What a save did: items per theme with the most confident matches and their supporting sentence."""
    from assistant.safety.escape import markdown_text as md

    lines = []
    for th in result["themes"]:
        if th.get("no_items"):
            lines += [f"**{md(th['name'])}** (#{th['id']}): **no items**. {md(th['no_items'])}", ""]
            continue
        words = f" Words from your data: {md(', '.join(th['words']))}." if th["words"] else ""
        lines += [f"**{md(th['name'])}** (#{th['id']}, {'new' if th['created'] else 'updated'}): {th['items']} "
                  f"items.{words}", ""]
        lines += [f"- [{m['id']}] {'example' if m['example'] else format(m['confidence'], '.2f')}: "
                  f"“{md(m['sentence'])}”" for m in th["top"]]
        lines.append("")
    lines.append(f"{result['covered']} of {result['items']} items are in your {result['defined_themes']} theme(s); "
                 f"{result['not_covered']} are not covered. **Run summary** groups those into discovered themes.")
    return "\n".join(lines)
