"""`--where` on a metadata column that holds a list in one cell (Zendesk and Jira tags: "billing;refund",
'["billing", "refund"]'), and on a key typed in another case ("Tags" for "tags"), as a tester tried them."""

from __future__ import annotations

import pytest

from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.ingest import ingest_paths
from tests.support.paths import write

TICKETS = '''date,text,Tags
2026-10-01,Charged twice for the annual plan,"billing;refund"
2026-10-02,Refund still not processed after two weeks,"[""refund"", ""urgent""]"
2026-10-03,The export to GPX is missing,"feature-request, export"
2026-10-04,Invoice shows the wrong company name,billing
2026-10-05,Billing page will not load,billing-page
'''


def _texts(settings, where: list[str]) -> list[str]:
    with Database(settings).connect() as conn:
        sql, params = Filters.from_cli(where=where).sql(conn)
        return [r[0] for r in conn.execute(f"SELECT f.text FROM feedback f WHERE {sql} ORDER BY f.created_at", params)]


def test_a_tag_in_a_list_cell_matches_and_the_key_case_does_not_matter(db_settings, tmp_path):
    ingest_paths([write(tmp_path / "tickets.csv", TICKETS)], db_settings)
    assert _texts(db_settings, ["tags=billing"]) == ["Charged twice for the annual plan",
                                                     "Invoice shows the wrong company name"]
    assert _texts(db_settings, ["Tags=refund"]) == ["Charged twice for the annual plan",
                                                    "Refund still not processed after two weeks"]
    assert _texts(db_settings, ["TAGS=export"]) == ["The export to GPX is missing"]
    assert _texts(db_settings, ["tags=billing-page"]) == ["Billing page will not load"]
    with pytest.raises(UserError, match="unknown field 'labels'"):
        _texts(db_settings, ["labels=billing"])
