"""Customer accounts joined by the company an export names: a CRM's accounts report (one row per account, no person)
and feedback whose author is in no customer file (Intercom's "Company name", a merchant dashboard's "Restaurant")."""

from __future__ import annotations

import json

import pytest

from retrieval.customers import account_name_key, import_customers
from retrieval.db import Database
from tests.support.chat import code_only_answer, ingest_lines
from tests.support.cli import run_in_process
from tests.support.paths import write

pytestmark = pytest.mark.slow

ACCOUNTS = ("Account ID,Account Name,City,GMV last 90 days (GBP),Account Manager,Churn Risk\n"
            "ACC-001,Casa Lola Ltd,Madrid,48200,Priya Shah,High\n"
            "ACC-002,The Curry Leaf,Leeds,12900,Tom Reid,Low\n"
            "ACC-003,Pho Real,London,30500,Priya Shah,Medium\n")
PARTNER_FEEDBACK = ["Date,Restaurant name,Cuisine,Feedback"] + [
    f"2026-10-{1 + k:02d},{name},{cuisine},{text} ({k})" for k, (name, cuisine, text) in enumerate([
        ("Casa Lola", "Spanish", "The merchant tablet crashes during the lunch rush"),
        ("CASA LOLA LTD.", "Spanish", "The tablet crashes and we miss orders"),
        ("The Curry Leaf (Leeds)", "Indian", "The tablet crashes every evening"),
        ("Pho Real", "Vietnamese", "Commission is too high for a small kitchen"),
        ("Burger Barn", "American", "The tablet crashes when a courier arrives"),
    ])]


def _linked(settings) -> dict[str, int]:
    with Database(settings).connect() as conn:
        return dict(conn.execute("SELECT c.account, count(*) FROM feedback f JOIN customers c "
                                 "ON c.author_hash = f.account_hash GROUP BY 1").fetchall())


def test_an_account_name_is_compared_without_case_punctuation_suffix_or_legal_form():
    assert account_name_key("Northgate Charter School (AZ)") == account_name_key("northgate charter school")
    assert account_name_key("Acme Ltd.") == account_name_key("ACME") == "acme"
    assert account_name_key("Cafe Olé S.L.") == "cafe olé"
    assert account_name_key("Acme Foods") != account_name_key("Acme")


def test_an_accounts_report_joins_the_feedback_that_names_its_restaurants(db_settings, monkeypatch, capsys,
                                                                          tmp_path):
    """A food-delivery tester's restaurant accounts file ("Account ID, Account Name, GMV ...") named no person, and
    its partner feedback named the restaurant: no item joined an account, so "Which accounts complain about tablet
    crashes?" had no account to name."""
    ingest_lines(db_settings, tmp_path / "partner_feedback.csv", PARTNER_FEEDBACK)
    result = import_customers(Database(db_settings), write(tmp_path / "restaurant_accounts.csv", ACCOUNTS))
    assert result.accounts == 3 and result.linked_by_account == 4, result
    assert result.account_columns == ["Restaurant name"]
    assert any("4 feedback item(s) whose author is in no customer file are joined" in n for n in result.notes), \
        result.notes
    assert _linked(db_settings) == {"Casa Lola Ltd": 2, "The Curry Leaf": 1, "Pho Real": 1}  # Burger Barn: none
    code, out = run_in_process(db_settings, monkeypatch, capsys, "customers", "list", "--json")
    items = {r["account"]: r["feedback_items"] for r in json.loads(out.out)}
    assert code == 0 and items == {"Casa Lola Ltd": 2, "The Curry Leaf": 1, "Pho Real": 1}, items
    answer = code_only_answer(db_settings, "Which accounts complain about tablet crashes?")
    assert answer.route == "customers", answer.route
    assert "Casa Lola Ltd" in answer.text and "The Curry Leaf" in answer.text, answer.text[:1200]
    assert "Pho Real" not in answer.text.split("Casa Lola Ltd", 1)[1][:400], answer.text[:1200]


def test_feedback_ingested_after_the_accounts_report_joins_its_account(db_settings, tmp_path):
    import_customers(Database(db_settings), write(tmp_path / "restaurant_accounts.csv", ACCOUNTS))
    assert _linked(db_settings) == {}
    ingest_lines(db_settings, tmp_path / "partner_feedback.csv", PARTNER_FEEDBACK)
    assert _linked(db_settings) == {"Casa Lola Ltd": 2, "The Curry Leaf": 1, "Pho Real": 1}


def test_an_author_in_the_customer_file_keeps_the_account_the_file_gives_them(db_settings, tmp_path):
    """Only an author in no customer file is joined by the company their item names: a contact of one account who
    writes from another company's conversation stays with the account of their own row."""
    ingest_lines(db_settings, tmp_path / "intercom.csv", [
        "Created at,User email,Company name,First message",
        "2026-10-01,ana@lolagroup.es,Pho Real,Our tablet crashes at lunch",
        "2026-10-02,ben@other.co.uk,Pho Real,Refunds take two weeks",
        "2026-10-03,cleo@other.co.uk,Burger Barn,Refunds take two weeks too"])
    write(tmp_path / "contacts.csv", "email,account,mrr\nana@lolagroup.es,Casa Lola Ltd,900\n"
                                     "dan@phoreal.co.uk,Pho Real,400\n")
    result = import_customers(Database(db_settings), tmp_path / "contacts.csv")
    assert (result.matched_feedback_authors, result.linked_by_account) == (1, 1), result
    with Database(db_settings).connect() as conn:
        joined = dict(conn.execute("SELECT f.text, c.account FROM feedback f JOIN customers c "
                                   "ON c.author_hash = coalesce(f.account_hash, f.author_hash)").fetchall())
    assert sorted(joined.values()) == ["Casa Lola Ltd", "Pho Real"] and len(joined) == 2, joined


def test_a_column_is_read_as_accounts_only_when_it_names_a_company_or_mostly_holds_account_names(db_settings,
                                                                                                 tmp_path):
    """A city that shares its name with an account is no account: "London" in a City column joins nothing."""
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,City,Venue code,Review"] + [
        f"2026-10-{1 + k:02d},London,{code},The courier was late again ({k})"
        for k, code in enumerate(["Casa Lola", "Pho Real", "Pho Real", "Unknown place"])])
    write(tmp_path / "accounts.csv", "Account Name,GMV\nLondon,100\nCasa Lola,200\nPho Real,300\n")
    result = import_customers(Database(db_settings), tmp_path / "accounts.csv")
    assert result.account_columns == ["Venue code"] and result.linked_by_account == 3, result
    assert _linked(db_settings) == {"Casa Lola": 1, "Pho Real": 2}


def test_a_file_with_no_person_and_no_account_is_still_a_one_line_error(db_settings, tmp_path):
    from retrieval.errors import UserError

    with pytest.raises(UserError, match="no user id, e-mail or account name column"):
        import_customers(Database(db_settings), write(tmp_path / "plans.csv", "plan,mrr\nTeam,1200\n"))


def test_the_account_column_is_found_by_the_kind_of_company_it_names(db_settings, tmp_path):
    """A food-delivery tester's "Account ID,Restaurant name,..." joined by the account id, and every account was
    listed as "(no account)": "Restaurant name" was not read as the account's name."""
    ingest_lines(db_settings, tmp_path / "merchant_dashboard_feedback.csv", [
        "Submitted,Account ID,Restaurant,Feedback", "2026-10-01,RST-1003,The Chippy,The tablet crashes at lunch",
        "2026-10-02,RST-1018,Temple Bar Burgers,Commission eats our margin"])
    path = write(tmp_path / "restaurant_accounts.csv", "Account ID,Restaurant name,City,Churn risk\n"
                                                       "RST-1003,The Chippy,London,High\nRST-1018,Temple Bar Burgers,"
                                                       "Dublin,Low\n")
    result = import_customers(Database(db_settings), path)
    assert result.columns["user"] == "Account ID" and result.columns["account"] == "Restaurant name", result.columns
    assert (result.matched_feedback_authors, result.linked_by_account) == (2, 0), result
    with Database(db_settings).connect() as conn:
        accounts = sorted(r[0] for r in conn.execute("SELECT account FROM customers"))
    assert accounts == ["Temple Bar Burgers", "The Chippy"], accounts
