"""Customer revenue in several currencies: read per account, summed per currency, never added across currencies.

A travel tester's business accounts had ARR in USD or EUR (a "Currency" column beside "ARR"); every sum added them."""

from __future__ import annotations

import pytest

from retrieval.customers import import_customers
from retrieval.db import Database
from tests.support.chat import code_only_answer, ingest_lines
from tests.support.paths import write

ACCOUNTS = ("Account ID,Company Name,Billing Country,ARR,Currency,Plan,Contact Email\n"
            "A1,Kessler Maschinenbau GmbH,Germany,24000,EUR,Business,k@kessler.example\n"
            "A2,Brightwater Consulting Ltd,United Kingdom,36000,USD,Enterprise,b@brightwater.example\n"
            "A3,Nordlicht Reisen AG,Germany,12000,eur,Business,n@nordlicht.example\n"
            "A4,Harbor & Pine LLC,United States,6000,USD,Team,h@harborpine.example\n")


@pytest.fixture
def accounts(db_settings, tmp_path):
    ingest_lines(db_settings, tmp_path / "cases.csv", [
        "Contact Email,Description,Date/Time Opened",
        "k@kessler.example,The expense report export drops the VAT column,2026-10-01",
        "b@brightwater.example,Expense report export times out for our finance team,2026-10-02",
        "n@nordlicht.example,The expense report export is missing German invoices,2026-10-03",
        "h@harborpine.example,Love the hotel map view,2026-10-04"])
    return db_settings, import_customers(Database(db_settings), write(tmp_path / "business_accounts.csv", ACCOUNTS))


def test_each_account_keeps_its_currency_and_the_import_says_there_are_two(accounts):
    settings, result = accounts
    with Database(settings).connect() as conn:
        stored = dict(conn.execute("SELECT account, currency FROM customers").fetchall())
    assert stored == {"Kessler Maschinenbau GmbH": "EUR", "Brightwater Consulting Ltd": "USD",
                      "Nordlicht Reisen AG": "EUR", "Harbor & Pine LLC": "USD"}
    assert "Revenue is in 2 currencies (EUR 2, USD 2 accounts): sums are made per currency, never converted." \
        in result.notes, result.notes


def test_the_revenue_of_the_accounts_with_feedback_is_summed_per_currency(accounts):
    settings, _ = accounts
    answer = code_only_answer(settings, "How much ARR is affected by the expense report export problems?")
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers["accounts_with_feedback_arr:EUR"] == 36000 and numbers["accounts_with_feedback_arr:USD"] == 36000, \
        numbers
    assert "accounts_with_feedback_arr" not in numbers  # no sum of both
    assert "(ARR 36,000.00 EUR + 36,000.00 USD) together (amounts in different currencies are not added)" \
        in answer.text, answer.text


def test_an_account_is_listed_with_its_currency(accounts):
    settings, _ = accounts
    answer = code_only_answer(settings, "Which customers wrote about the expense report export?")
    assert "Brightwater Consulting Ltd (Enterprise; MRR 3,000.00 USD, ARR 36,000.00 USD)" in answer.text, answer.text
    assert "Kessler Maschinenbau GmbH (Business; MRR 2,000.00 EUR, ARR 24,000.00 EUR)" in answer.text


@pytest.mark.parametrize("header, row, currency", [
    ("email,MRR (GBP)", "ana@example.com,100", "GBP"),
    ("email,ARR", "ana@example.com,€1200", "EUR"),
    ("email,ARR", 'ana@example.com,"R$ 9,000"', "BRL"),
    ("email,ARR,Billing Currency", "ana@example.com,1200,Euro", "EUR"),
    ("email,ARR", "ana@example.com,1200", None),
])
def test_the_currency_is_read_from_a_column_the_amount_or_its_column(db_settings, tmp_path, header, row, currency):
    import_customers(Database(db_settings), write(tmp_path / "accounts.csv", f"{header}\n{row}\n"))
    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT currency FROM customers").fetchone()[0] == currency


def test_a_currency_cell_that_names_none_is_a_one_line_error_that_stores_nothing(db_settings, tmp_path):
    from retrieval.errors import UserError

    bad = write(tmp_path / "accounts.csv", "email,ARR,Currency\nana@example.com,1200,EUR\nbo@example.com,900,lots\n")
    with pytest.raises(UserError, match=r"accounts.csv, row 3, field 'Currency': 'lots' is not a currency"):
        import_customers(Database(db_settings), bad)
    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 0


def test_revenue_reach_refuses_two_currencies(accounts):
    from assistant.recommend.evidence import ThemeEvidence
    from assistant.recommend.rice import reach_of
    from retrieval.errors import UserError

    ev = ThemeEvidence(theme_id=1, label="Expense report export", keywords=[], summary="", items=3, distinct_users=3,
                       share=0.75, avg_rating=None, rated=0, sentiment={}, types={}, sources={}, segments=[],
                       versions=[], trend={})
    ev.accounts, ev.revenue, ev.currencies = 3, 6000.0, ["EUR", "USD"]
    with pytest.raises(UserError, match="Reach by revenue needs the accounts' revenue in one currency"):
        reach_of(ev, "revenue")
    ev.currencies = ["EUR"]
    assert reach_of(ev, "revenue")[0] == 6000.0


def test_a_themes_revenue_is_shown_per_currency(accounts):
    from assistant.report.document import ThemeCustomers
    from assistant.report.text import money_text
    from assistant.themes.stats import customers_by_theme

    settings, _ = accounts
    with Database(settings).connect() as conn:  # every item in one theme, as a summary would store it
        theme = conn.execute("INSERT INTO themes (label, status) VALUES ('Expense report export', 'active') "
                             "RETURNING id").fetchone()[0]
        conn.execute("INSERT INTO feedback_themes (feedback_id, theme_id, method) SELECT id, %s, 'cluster' "
                     "FROM feedback", (theme,))
        per = customers_by_theme(conn, "TRUE", [])[theme]
    assert per["revenue_by_currency"] == {"EUR": 3000.0, "USD": 3500.0} and per["accounts"] == 4, per
    shown = ThemeCustomers(accounts=4, monthly_revenue=per["monthly_revenue"], authors_not_in_customer_file=0,
                           revenue_by_currency=per["revenue_by_currency"])
    assert money_text(shown) == "3,500.00 USD + 3,000.00 EUR" and money_text(shown, 0) == "3,500 USD + 3,000 EUR"
    assert money_text(ThemeCustomers(accounts=1, monthly_revenue=99.5, authors_not_in_customer_file=0)) == "99.50"


def test_an_ads_business_accounts_and_annual_spend_are_read(db_settings, tmp_path):
    """A streaming tester's advertiser accounts ("advertiser_name", "annual_spend_usd") were imported with no account
    name and no revenue ("No revenue column (MRR or ARR) was found")."""
    path = write(tmp_path / "advertiser_accounts.csv", "account_id,advertiser_name,country,annual_spend_usd,tier,"
                                                       "contact_email\nADV-1001,Brightway Foods,CA,1200000,Platinum,"
                                                       "ads@brightway.example\n")
    result = import_customers(Database(db_settings), path)
    assert (result.columns["account"], result.columns["arr"]) == ("advertiser_name", "annual_spend_usd"), result.columns
    assert not any("No revenue column" in n for n in result.notes), result.notes
    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT account, arr::float, currency FROM customers").fetchall() == [
            ("Brightway Foods", 1200000.0, "USD")]


def test_the_currencies_note_counts_accounts_not_the_contacts_of_one(db_settings, tmp_path):
    """A CRM report of contacts repeats its account's ARR on each contact's row: an HR tester's 42 accounts (123
    contacts) were reported as "GBP 50, EUR 49, USD 24 accounts"."""
    rows = ["Account Name,Contact Email,ARR,Currency"]
    for account, currency, contacts in (("Fernhill Bakeries", "GBP", 3), ("Zeeland Zorg", "EUR", 4),
                                        ("Lone Star Staffing", "USD", 2), ("Harbour Finch", "GBP", 1)):
        rows += [f"{account},c{k}@{account.split()[0].lower()}.example,48000,{currency}" for k in range(contacts)]
    result = import_customers(Database(db_settings), write(tmp_path / "contacts_accounts.csv", "\n".join(rows) + "\n"))
    assert "Revenue is in 3 currencies (GBP 2, EUR 1, USD 1 accounts): sums are made per currency, never converted." \
        in result.notes, result.notes
