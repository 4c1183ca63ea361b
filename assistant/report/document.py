"""The themes report as typed data: what ``assistant.themes.summarize`` returns and every renderer and the UI read.

One pydantic model per part (totals, a theme, its trend, a quote, the method...), so a misspelt field fails when
the report is built or read back, not as a ``KeyError`` in one branch of one renderer. The JSON form
(``ThemesReport.to_json()``, the ``.json`` file written beside every report, ``$PMA_HOME/reports/ui-latest.json``)
is the schema ``pma.themes-report/1``; ``ThemesReport.from_json`` reads it back and rejects a file of another shape.

Not handled here: computing any figure (``assistant.themes``), rendering (``assistant.report.markdown`` / ``html``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "pma.themes-report/1"


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Quote(_Part):
    id: str = Field(description="Feedback id as search and chat cite it, e.g. 'F123'")
    text: str = Field(description="The item's text, whitespace collapsed, at most 400 characters")


class Count(_Part):
    name: str
    count: int


class Week(_Part):
    week: str = Field(description="Monday of the week (ISO date)")
    count: int


class Month(_Part):
    month: str = Field(description="Calendar month (YYYY-MM)")
    count: int = Field(description="The theme's items in the month")
    total: int = Field(description="All items in scope in the month")


class MonthlyTurn(_Part):
    kind: Literal["peak", "dip"]
    month: str = Field(description="YYYY-MM of the highest (peak) or lowest (dip) monthly share")
    p_value: float = Field(description="Two-proportion z test of the newest month against that month")


class Trend(_Part):
    """A theme's change between the last period and the equal period before, tested against overall volume, and
    its share of all feedback per calendar month with a test for trend (``assistant.themes.stats``)."""

    current: int
    previous: int
    change: int
    change_pct: float | None
    share_current: float | None
    share_previous: float | None
    p_value: float | None
    significant: bool
    direction: Literal["up", "down", "flat"]
    emerging: bool
    note: str | None
    months: list[Month] = Field(default_factory=list, description="The newest calendar months, oldest first")
    monthly_p_value: float | None = Field(None, description="Cochran-Armitage test for trend in the monthly share")
    monthly_direction: Literal["up", "down", "flat"] | None = Field(
        None, description="Beyond chance up or down (q < 0.05), else flat; None with fewer than three months")
    monthly_turn: MonthlyTurn | None = Field(
        None, description="A monthly rise that has already peaked (or a fall that has bottomed out): the newest month "
                          "is below the peak month beyond chance")
    q_value: float | None = Field(None, description="p_value adjusted across the themes tested (Benjamini-Hochberg); "
                                                    "significant when below 0.05")
    monthly_q_value: float | None = Field(None, description="monthly_p_value adjusted the same way")


class ThemeCustomers(_Part):
    """The customer accounts behind a theme's feedback (``assistant.themes.stats.customers_by_theme``)."""

    accounts: int = Field(description="Distinct accounts among the authors (a person without an account: one)")
    monthly_revenue: float = Field(description="Their MRR; an account counts once however many of its people wrote "
                                               "(with several currencies, the amounts as written: it only ranks)")
    revenue_by_currency: dict[str, float] = Field(
        default_factory=dict, description="Their MRR per currency, when the customer file names one (never converted)")
    authors_not_in_customer_file: int = Field(description="Authors with a user id the customer file does not list")


class Theme(_Part):
    """One theme: its wording, its numbers (computed in SQL by ``assistant.themes.stats``) and its quotes."""

    id: int
    label: str
    label_source: str = Field(description="'llm', 'keywords' or 'user' (a PM's name, kept across runs)")
    keywords: list[str]
    summary: str
    summary_source: str | None = Field(description="'llm' or 'keywords'")
    candidate: bool = Field(description="Proposed by --update from items that fit no stored theme")
    defined: bool = Field(False, description="One of the PM's own themes (`pma themes define`), filled first")
    new: bool = Field(description="Created by this run")
    emerging: bool
    size: int
    share: float
    distinct_users: int
    avg_rating: float | None
    rated: int
    undated: int
    current: int = Field(description="Items in the last period")
    previous: int = Field(description="Items in the period before")
    last: str | None = Field(None, description="Date of its newest item (YYYY-MM-DD)")
    sentiment: dict[str, int] = Field(description="Sentiment -> items, largest first")
    types: dict[str, int] = Field(description="Feedback type -> items, largest first")
    weekly: list[Week]
    top_sources: list[Count]
    top_segments: list[Count]
    top_versions: list[Count]
    trend: Trend
    quotes: list[Quote]
    customers: ThemeCustomers | None = Field(None, description="Set once `pma customers import` has run")


class Totals(_Part):
    """All matching items together."""

    items: int
    themes: int
    unassigned: int
    unassigned_share: float
    distinct_users: int
    avg_rating: float | None
    rated: int
    undated: int
    current: int
    previous: int
    last: str | None = Field(None, description="Date of the newest item (YYYY-MM-DD)")
    sentiment: dict[str, int]
    types: dict[str, int]
    weekly: list[Week]


class Window(_Part):
    start: str | None
    end: str | None
    period_days: int | None
    current: list[str] | None = Field(description="[start, end) of the last period")
    previous: list[str] | None = Field(description="[start, end) of the period before")


class Release(_Part):
    """A release as the data shows it: a major.minor version dated by the imported release notes, else by its first
    feedback item."""

    label: str = Field(description="Major.minor version, e.g. 4.4")
    version: str = Field(description="The first full version seen, e.g. 4.4.0")
    at: str = Field(description="Its release date from the release notes, else when its first feedback item was "
                                "written (ISO)")
    week: str = Field(description="The Monday of that week, as in weeks")
    released: bool = Field(False, description="Dated by the imported release notes (pma releases import)")


class Unassigned(_Part):
    size: int
    share: float
    examples: list[Quote]


class LLMUse(_Part):
    backend: str | dict[str, Any] | None
    labels: int = 0
    summaries: int = 0
    calls: int = 0
    fallbacks: int = 0
    problems: list[str] = Field(default_factory=list)


class DefinedTheme(_Part):
    """One of the PM's defined themes as this run filled it."""

    id: int
    name: str
    items: int = Field(description="Items this run placed in it")
    words: list[str] = Field(description="Words of the data that widened its definition")


class Method(_Part):
    """How themes were made; the cluster fields are set by a full run, the update fields by ``--update``."""

    mode: Literal["cluster", "update"]
    algorithm: str
    min_similarity: float
    embedding_model: str
    llm: LLMUse
    k: int | None = None
    chosen_by: str | None = None
    silhouette: dict[str, float] | None = None
    unassigned_by_k: dict[str, float] | None = None
    kept_ids: int | None = None
    new_ids: int | None = None
    retired_ids: list[int] | None = None
    new_items: int | None = None
    candidates: int | None = None
    requests_apart: int | None = Field(None, description="Themes of requests kept apart from a theme mostly praise")
    defined_themes: list[DefinedTheme] = Field(default_factory=list,
                                               description="The PM's themes, filled before the discovered ones")
    defined_items: int = Field(0, description="Items in a defined theme; the discovered themes cover the rest")


class Classification(_Part):
    method: str
    model: str
    classified_now: int


class ThemesReport(_Part):
    """Everything one ``pma summarize`` run found, ready to render."""

    schema_: str = Field(SCHEMA, alias="schema")
    title: str = "What customers are telling us"
    generated_at: str
    run_id: int
    mode: Literal["cluster", "update"]
    filters: str
    window: Window
    totals: Totals
    weeks: list[str]
    themes: list[Theme]
    emerging: list[int]
    candidates: list[int]
    unassigned: Unassigned
    method: Method
    notes: list[str]
    classification: Classification | None = None
    releases: list[Release] = Field(default_factory=list,
                                    description="Releases whose first feedback falls in the report's weeks, oldest first")
    timings: dict[str, float] = Field(default_factory=dict)

    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=True)

    def theme(self, theme_id: int) -> Theme | None:
        return next((t for t in self.themes if t.id == int(theme_id)), None)

    def emerging_themes(self) -> list[Theme]:
        return [t for t in self.themes if t.emerging]

    def to_json(self) -> dict[str, Any]:
        """The JSON-able form (schema ``pma.themes-report/1``)."""
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ThemesReport:
        """Read a report back from its JSON form; raises ``pydantic.ValidationError`` on another shape."""
        return cls.model_validate(data)
