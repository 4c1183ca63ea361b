"""Themes: what customers are telling us, how much, and whether it is getting worse.

    from assistant.themes import summarize
    report = summarize(settings, Filters.from_cli(since="2026-09-01"))   # ThemesReport (typed)
    from assistant.report import write_report
    write_report(report, Path("themes.html"))                               # + themes.json beside it

Sub-modules, one stage each: ``cluster`` (k-means, silhouette-chosen k, nearest-theme assignment), ``keywords``
(c-TF-IDF, Chinese via jieba), ``writer`` (LLM labels/summaries from quotes, validated, keyword fallback),
``stats`` (every number, in SQL), ``store`` (tables), ``taxonomy`` (list/rename/merge/split), ``summarize``
(the pipeline). Importing this package loads no model and no scikit-learn.
"""

from assistant.themes.summarize import summarize

__all__ = ["summarize"]
