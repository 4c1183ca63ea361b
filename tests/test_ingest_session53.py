"""Session 53: exports of a B2B analytics tester (G2, Capterra, Freshdesk, Canny, Delighted, Gong, Slack)."""

from __future__ import annotations

from retrieval.db import Database
from retrieval.ingest import ingest_paths
from retrieval.stats import feedback_stats
from tests.support.paths import write


def test_company_size_bands_are_each_a_segment(db_settings, tmp_path):
    """Capterra's "Company Size" bands ("11-50 employees", "201-500 employees") lost their numbers when plans
    spelt several ways were read as one, so an analytics tester's `pma stats` listed one segment "Employees 240"."""
    ingest_paths([write(tmp_path / "capterra_reviews.csv",
                        "Reviewer,Company Size,Date,Overall Rating,Pros,Cons\n"
                        "Jacob S.,1001-5000 employees,\"Mar 04, 2026\",5,Dashboards are fast.,Docs are messy.\n"
                        "Yuki W.,2-10 employees,\"Jul 20, 2026\",4,Cohort charts are great.,Too expensive now.\n"
                        "Chloe W.,51-200 employees,\"Nov 15, 2026\",2,Support is responsive.,Overpriced for us.\n"
                        "Ana P.,51-200 Employees,\"Nov 16, 2026\",3,Funnels are clear.,SSO setup was slow.\n")],
                 db_settings)
    by_segment = feedback_stats(Database(db_settings))["by_segment"]
    assert by_segment == {"51-200 Employees": 4, "1001-5000 employees": 2, "2-10 employees": 2}, by_segment
