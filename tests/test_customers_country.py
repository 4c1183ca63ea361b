"""A customer account's country (a CRM's "Billing Country") scopes the items that carry none: an HR tester's 650
support tickets were joined to accounts for revenue, while "German customers" counted app reviews and survey answers
only (and the import had not read "Billing Country" at all)."""

from __future__ import annotations

from retrieval.customers import import_customers
from retrieval.db import Database
from retrieval.filters import Filters
from tests.support.chat import code_only_answer, ingest_lines
from tests.support.paths import write

ACCOUNTS = ("Account Name,Email,ARR,Currency,Billing Country\n"
            "Kessler Bau GmbH,anna@kessler.example,24000,EUR,Germany\n"
            "Kessler Bau GmbH,jonas@kessler.example,24000,EUR,Germany\n"
            "Hansen Logistik,ole@hansen.example,12000,EUR,DE\n"
            "Harbour Finch Ltd,amy@harbour.example,30000,GBP,United Kingdom\n")


def test_items_without_a_country_take_their_customer_accounts(db_settings, tmp_path):
    ingest_lines(db_settings, tmp_path / "helpscout.csv", [
        "Customer Email,Preview,Created At",
        "anna@kessler.example,The payroll run failed with a tax code error,2026-10-01",
        "jonas@kessler.example,Payroll export to DATEV is missing,2026-10-02",
        "ole@hansen.example,Payroll totals are wrong after the update,2026-10-03",
        "amy@harbour.example,Payroll RTI submission was rejected,2026-10-04"])
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", [
        "Author,Review,Country,Date",
        "reviewer1,Payroll screen crashes on my phone,Germany,2026-10-05",
        "amy@harbour.example,Payroll page is slow in the app,United Kingdom,2026-10-06"])
    result = import_customers(Database(db_settings), write(tmp_path / "crm_report.csv", ACCOUNTS))
    assert result.columns["region"] == "Billing Country"
    with Database(db_settings).connect() as conn:
        where, params = Filters(where={"country": "Germany"}).sql(conn)
        found = {r[0] for r in conn.execute(f"SELECT f.text FROM feedback f WHERE {where}", params)}
    assert found == {"The payroll run failed with a tax code error", "Payroll export to DATEV is missing",
                     "Payroll totals are wrong after the update", "Payroll screen crashes on my phone"}
    answer = code_only_answer(db_settings, "How many German customers complain about payroll?")
    assert "- 4 feedback items about 'payroll'" in answer.text and "By source: helpscout 3, app_reviews 1." in \
        answer.text, answer.text
    assert "can be counted for country" not in answer.text  # every item in scope has a country or an account's
