"""Iteration plans from the stored themes (`pma recommend`).

    from assistant.recommend import recommend, export
    plan = recommend(settings, top=5)          # dict, valid against plan.schema.json
    export(plan, Path("plan.md"))              # or plan.json / plan.csv (Jira / Linear import)

Modules: ``evidence`` (theme figures, quotes, counter-evidence from SQL), ``rice`` (scoring rules), ``draft``
(story, criteria, metric, experiment: LLM with evidence fallbacks), ``plan`` (ranking, schema), ``export``.
Importing this package loads no model.
"""

from assistant.recommend.export import export
from assistant.recommend.plan import build_plan, recommend, schema, validate

__all__ = ["build_plan", "export", "recommend", "schema", "validate"]
