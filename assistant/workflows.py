"""Work that spans stages, composed here so the stages never import each other: an iteration plan from feedback
that has not been summarized into themes yet.

    from assistant.workflows import plan_from_feedback
    plan = plan_from_feedback(settings, filters, summarize_first=True, top=5)

Not handled: the stages themselves (``assistant.themes.summarize``, ``assistant.recommend.recommend``).
"""

from __future__ import annotations

from typing import Any

from retrieval.db import Database
from retrieval.filters import Filters
from retrieval.settings import Settings


def plan_from_feedback(settings: Settings, filters: Filters | None = None, *, summarize_first: bool = False,
                       db: Database | None = None, llm: Any = "auto", progress: bool = False, **options: Any) -> dict:
    """``assistant.recommend.recommend``, after ``assistant.themes.summarize`` when ``summarize_first`` is set and
    no theme summary is stored (``options`` go to ``recommend``: top, effort, effort_for, reach, draft_budget_s).

    Raises:
        UserError: as ``recommend`` does (no themes and ``summarize_first`` False, nothing in scope, bad effort).
    """
    from assistant.recommend import recommend
    from assistant.themes.view import has_themes

    db = db or Database(settings)
    filters = filters or Filters()
    if summarize_first:
        with db.connect() as conn:
            filters.sql(conn)  # an unknown --where key fails here, before minutes of work
            needed = not has_themes(conn)
        if needed:
            from assistant.themes import summarize

            summarize(settings, filters, progress=progress, db=db, llm=llm)
    return recommend(settings, filters, db=db, llm=llm, progress=progress, **options)
