"""A CRM that exports companies and contacts apart (HubSpot: the company's "Annual platform fee", the contact's
"Associated Company"): both imports together give each contact its account and the account's revenue. A broker
tester's contacts were stored with no account, and every account's revenue was 0."""

from __future__ import annotations

import pytest

from retrieval.customers import import_customers
from retrieval.db import Database
from tests.support.chat import code_only_answer, ingest_lines
from tests.support.paths import write

COMPANIES = ("Company name,Annual platform fee,Currency,Country,Broker tier\n"
             "Lindqvist Logistik,24000,EUR,France,Gold\n"
             "Brightwave Brokers,12000,GBP,United Kingdom,Silver\n")
CONTACTS = ("First Name,Last Name,Email,Associated Company\n"
            "Erik,Berg,erik@lindqvist.example,Lindqvist Logistik\n"
            "Jon,Doe,jon@lindqvist.example,Lindqvist Logistik\n"
            "Maya,Cole,maya@brightwave.example,Brightwave Brokers\n")


@pytest.mark.parametrize("companies_first", [True, False])
def test_contacts_take_their_companys_revenue_whichever_file_comes_first(db_settings, tmp_path, companies_first):
    ingest_lines(db_settings, tmp_path / "zendesk.csv", [
        "Ticket ID,Requester email,Subject,Description,Created at",
        "1,erik@lindqvist.example,Commission,The commission report totals are wrong again,2026-10-01",
        "2,maya@brightwave.example,Commission,The commission report is missing last month,2026-10-02",
        "3,jon@lindqvist.example,Login,The login code never arrives,2026-10-03"])
    db = Database(db_settings)
    files = [write(tmp_path / "hubspot_companies.csv", COMPANIES), write(tmp_path / "hubspot_contacts.csv", CONTACTS)]
    results = [import_customers(db, path) for path in (files if companies_first else files[::-1])]
    companies = next(r for r in results if r.file.endswith("companies.csv"))
    contacts = next(r for r in results if r.file.endswith("contacts.csv"))
    assert companies.columns["arr"] == "Annual platform fee" and contacts.columns["account"] == "Associated Company"
    answer = code_only_answer(db_settings, "Which customers wrote about the commission report?")
    assert "Lindqvist Logistik (Gold; MRR 2,000.00 EUR, ARR 24,000.00 EUR)" in answer.text, answer.text
    assert "Brightwave Brokers (Silver; MRR 1,000.00 GBP, ARR 12,000.00 GBP)" in answer.text, answer.text
    if companies_first:
        assert any("3 of its people take their account's revenue" in n for n in contacts.notes), contacts.notes


def test_a_tier_of_the_customer_file_scopes_the_items_of_its_accounts(db_settings, tmp_path):
    """An insurance tester's "What do Gold brokers care about most?" abstained and "Which Gold tier brokers are
    unhappy?" read the call notes that say Gold (its tickets carry no plan; their brokers' tier is the CRM's)."""
    ingest_lines(db_settings, tmp_path / "zendesk.csv", [
        "Ticket ID,Requester email,Subject,Description,Created at",
        *(f"{k},{'erik@lindqvist.example' if k % 3 else 'maya@brightwave.example'},Commission,"
          f"The commission report totals are wrong again ({k}),2026-10-{k:02d}" for k in range(1, 10))])
    db = Database(db_settings)
    import_customers(db, write(tmp_path / "hubspot_companies.csv", COMPANIES))
    import_customers(db, write(tmp_path / "hubspot_contacts.csv", CONTACTS))
    answer = code_only_answer(db_settings, "How many Gold brokers complain about the commission report?")
    assert answer.filters.get("where") == {"plan": "Gold"}, answer.filters
    assert "6 feedback items about 'commission" in answer.text, answer.text  # Lindqvist's; Maya's 3 are Silver
    answer = code_only_answer(db_settings, "What do Silver brokers care about most?")
    assert answer.filters.get("where") == {"plan": "Silver"} and "3 feedback items in scope" in answer.text, \
        (answer.filters, answer.text)
