"""Customer accounts joined to feedback: `pma customers import`, and RICE reach by accounts or revenue, end to end on
the example data (every figure recomputed here from the two CSV files)."""

from __future__ import annotations

import csv
import json
import re

import pytest

from retrieval.db import Database
from tests.support.cli import one_line_error, run_in_process
from tests.support.paths import EXAMPLE_CSV, write

ACCOUNTS_CSV = EXAMPLE_CSV.with_name("accounts.csv")
pytestmark = pytest.mark.slow


def _count(settings) -> int:
    with Database(settings).connect() as conn:
        return conn.execute("SELECT count(*) FROM customers").fetchone()[0]


def test_bad_customer_files_are_one_line_errors_that_store_nothing(example, monkeypatch, capsys, tmp_path):
    before = _count(example)
    no_id = write(tmp_path / "no_id.csv", "plan,mrr\nTeam,1200\n")
    code, out = run_in_process(example, monkeypatch, capsys, "customers", "import", str(no_id))
    assert code == 1 and one_line_error(out.err) and "no user id, e-mail or account name column" in out.err
    bad_money = write(tmp_path / "money.csv", "email,mrr\na@example.com,100\nb@example.com,lots\n")
    code, out = run_in_process(example, monkeypatch, capsys, "customers", "import", str(bad_money))
    assert code == 1 and one_line_error(out.err) and "row 3, field 'mrr'" in out.err, out.err
    assert _count(example) == before  # a failed import stores nothing


def test_rows_that_repeat_a_user_are_named_and_the_later_one_kept(db_settings, tmp_path):
    """A thermostat tester's customer file had 7 e-mails twice; the import said "153 user(s) imported from 160
    row(s)" and one Plus account showed the Family row's MRR, with no word of the merge."""
    from retrieval.customers import import_customers

    path = write(tmp_path / "accounts.csv", "email,plan,mrr\nben@example.com,Family,15.99\nana@example.com,Basic,0\n"
                                            "ben@example.com,Plus,6.99\n")
    result = import_customers(Database(db_settings), path)
    assert (result.rows, result.accounts) == (3, 2)
    assert any("1 row(s) repeat the email of an earlier row" in n and "row 4 (as row 2)" in n for n in result.notes), \
        result.notes
    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT plan, mrr::float FROM customers WHERE plan <> 'Basic'").fetchall() == [("Plus", 6.99)]


def test_a_crm_export_joins_by_its_only_column_of_e_mails(db_settings, tmp_path):
    """HubSpot's companies export names no user column, only "Primary contact email": a rental-marketplace tester's
    import was "no user id or e-mail column" until `--map "Primary contact email=user"`."""
    from retrieval.customers import import_customers
    from tests.support.chat import ingest_lines

    ingest_lines(db_settings, tmp_path / "tickets.csv", ["Requester email,Description,Created time",
                                                         "ana@lisboaprime.pt,Payouts arrive two weeks late,2026-10-02",
                                                         "marc@rivierakeys.fr,Calendar sync doubles bookings,2026-10-03"])
    path = write(tmp_path / "hubspot_companies_export.csv",
                 "Record ID,Company name,Host plan,Annual recurring revenue,Primary contact email\n"
                 "101,Lisboa Prime,Portfolio,\"46,800\",ana@lisboaprime.pt\n"
                 "102,Riviera Keys,Pro,\"5,400\",marc@rivierakeys.fr\n")
    result = import_customers(Database(db_settings), path)
    assert result.columns["user"] == "Primary contact email" and result.columns["account"] == "Company name"
    assert result.columns["plan"] == "Host plan"
    assert (result.accounts, result.matched_feedback_authors) == (2, 2)


def test_people_without_an_account_are_listed_one_by_one(db_settings, monkeypatch, capsys, tmp_path):
    """A file without an account column: every person was one "(no account)" row holding one person's MRR."""
    from retrieval.customers import import_customers

    path = write(tmp_path / "contacts.csv", "email,plan,mrr\nana@example.com,Pro,39\nben@example.com,Pro,39\n"
                                            "cleo@example.com,Portfolio,249\n")
    import_customers(Database(db_settings), path)
    code, out = run_in_process(db_settings, monkeypatch, capsys, "customers", "list", "--json")
    rows = json.loads(out.out)
    assert code == 0 and sorted(r["mrr"] for r in rows) == [39.0, 39.0, 249.0], rows
    assert {r["account"] for r in rows} == {"(no account)"} and all(r["people"] == 1 for r in rows)


def test_reach_by_accounts_or_revenue_needs_a_customer_file(loaded, monkeypatch, capsys):
    """``loaded``: a small export with no customers imported."""
    from assistant.themes import summarize

    summarize(loaded, llm=None)
    assert _count(loaded) == 0
    code, out = run_in_process(loaded, monkeypatch, capsys, "recommend", "--no-llm", "--reach", "revenue")
    assert code == 1 and one_line_error(out.err) and "pma customers import" in out.err
    code, out = run_in_process(loaded, monkeypatch, capsys, "recommend", "--no-llm", "--reach", "wallets")
    assert code == 1 and one_line_error(out.err) and "--reach wallets" in out.err


def test_import_joins_by_keyed_hash_and_stores_no_raw_email(example, monkeypatch, capsys):
    code, out = run_in_process(example, monkeypatch, capsys, "customers", "import", str(ACCOUNTS_CSV), "--json")
    assert code == 0, out.err
    result = json.loads(out.out)
    with ACCOUNTS_CSV.open(encoding="utf-8") as fh:
        accounts = list(csv.DictReader(fh))
    with EXAMPLE_CSV.open(encoding="utf-8") as fh:
        authors = {r["user_email"].lower() for r in csv.DictReader(fh) if r["user_email"]}
    assert result["accounts"] == len(accounts) and result["columns"]["user"] == "user_email"
    assert result["matched_feedback_authors"] == len(authors & {a["user_email"].lower() for a in accounts})
    with Database(example).connect() as conn:
        dump = json.dumps(conn.execute("SELECT to_jsonb(c) FROM customers c").fetchall())
    assert "@" not in dump  # only keyed hashes identify people
    code, out = run_in_process(example, monkeypatch, capsys, "customers", "import", str(ACCOUNTS_CSV))
    assert code == 0 and _count(example) == len(accounts)  # a re-import updates, never duplicates


def test_reach_by_revenue_is_the_monthly_revenue_of_the_accounts_affected(example, monkeypatch, capsys):
    code, out = run_in_process(example, monkeypatch, capsys, "customers", "import", str(ACCOUNTS_CSV))
    assert code == 0, out.err
    code, out = run_in_process(example, monkeypatch, capsys, "recommend", "--no-llm", "--reach", "revenue",
                               "--top", "20", "--json")
    assert code == 0, out.err
    plan = json.loads(out.out)
    assert plan["reach_mode"] == "revenue"
    expected = _accounts_by_theme(example)
    assert plan["items"]
    for item in plan["items"]:
        revenue = round(sum(expected.get(item["theme_id"], {}).values()), 2)
        if fading := re.search(r"x ([\d.]+) because it is fading", item["rice"]["reach_basis"]):
            revenue = round(revenue * float(fading.group(1)), 2)  # the share of it left (test_recommend checks it)
        assert item["rice"]["reach"] == pytest.approx(revenue, abs=0.01), item["title"]
        assert item["evidence"]["customers"]["accounts"] == len(expected.get(item["theme_id"], {}))
        assert "monthly recurring revenue" in item["rice"]["reach_basis"]
    top = max(plan["items"], key=lambda i: i["rice"]["reach"])
    assert top["rice"]["reach"] >= 1200  # an enterprise account is behind the costliest theme


def _accounts_by_theme(settings) -> dict[int, dict[str, float]]:
    """theme id -> {account: MRR} from the two CSV files and the stored theme assignments."""
    db = Database(settings)
    with ACCOUNTS_CSV.open(encoding="utf-8") as fh:
        by_hash = {db.keyed_hash(r["user_email"].strip().lower()): r for r in csv.DictReader(fh)}
    with db.connect() as conn:
        members = conn.execute("SELECT ft.theme_id, f.author_hash FROM feedback f JOIN feedback_themes ft "
                               "ON ft.feedback_id = f.id JOIN themes t ON t.id = ft.theme_id AND t.status = 'active' "
                               "WHERE f.author_hash IS NOT NULL").fetchall()
    expected: dict[int, dict[str, float]] = {}
    for theme_id, author in members:
        row = by_hash.get(author)
        if row:
            expected.setdefault(theme_id, {})[row["account"] or author] = float(row["mrr"])
    return expected


def test_themes_report_shows_the_accounts_and_revenue_behind_each_theme(example, monkeypatch, capsys, tmp_path):
    from assistant.report import render
    from assistant.themes import summarize

    code, out = run_in_process(example, monkeypatch, capsys, "customers", "import", str(ACCOUNTS_CSV))
    assert code == 0, out.err
    report = summarize(example, update=True, llm=None)
    expected = _accounts_by_theme(example)
    assert report.themes
    for theme in report.themes:
        accounts = expected.get(theme.id, {})
        assert theme.customers.accounts == len(accounts), theme.label
        assert theme.customers.monthly_revenue == pytest.approx(sum(accounts.values()), abs=0.01)
    costliest = max(report.themes, key=lambda t: t.customers.monthly_revenue)
    md = render(report, "markdown")
    assert "| Accounts | MRR |" in md and f"Customers: {costliest.customers.accounts} account" in md
    assert f"monthly revenue {costliest.customers.monthly_revenue:,.2f}" in md
    assert "<th>Accounts</th><th>MRR</th>" in render(report, "html")


def test_a_crm_report_joins_by_its_contact_email_not_its_account_id(db_settings, tmp_path):
    """A developer-platform tester's CRM report had "Account ID" and "Contact Email": the import joined by the
    account id, so no feedback author matched until `--map "Contact Email=user"`. The column whose values are the
    feedback's authors wins; with none matching yet, the e-mail column."""
    from retrieval.customers import import_customers
    from retrieval.ingest import ingest_paths

    ingest_paths([write(tmp_path / "tickets.csv", "Description,Created,Requester email\n"
                                                  "Webhooks are late in the EU,2026-10-01,ana@nordbank.example\n"
                                                  "Need a SOC 2 report,2026-10-02,bo@helvetia.example\n")], db_settings)
    crm = write(tmp_path / "accounts.csv", "Account Name,Account ID,Plan,ARR (USD),Contact Email\n"
                                           "Nordbank AG,001Rw00000,Enterprise,480000,ana@nordbank.example\n"
                                           "Helvetia,001Rw00001,Enterprise,310000,bo@helvetia.example\n"
                                           "Parcelo,001Rw00002,Scale,220000,cy@parcelo.example\n")
    result = import_customers(Database(db_settings), crm)
    assert result.columns["user"] == "Contact Email" and result.matched_feedback_authors == 2, result
    # an id column that is the feedback's own user id stays the join
    ingest_paths([write(tmp_path / "events.csv", "Comment,Date,user_id\nLove the docs,2026-10-03,U-77\n")],
                 db_settings)
    ids = write(tmp_path / "by_id.csv", "user_id,account,mrr,Billing email\nU-77,Fjord,100,billing@fjord.example\n")
    assert import_customers(Database(db_settings), ids).columns["user"] == "user_id"


def test_an_amount_column_with_its_currency_is_read_and_a_missing_one_is_said(db_settings, tmp_path):
    """A grocery tester's "MRR (EUR)" was not read: the import exited 0 and every account showed MRR 0.00."""
    from retrieval.customers import import_customers

    euros = write(tmp_path / "customers.csv", "Account Name,Plan,MRR (EUR),Contact Email\n"
                                              "Kantoor Koffie B.V.,Business,2450.00,hugo@kantoor.example\n")
    result = import_customers(Database(db_settings), euros)
    assert result.columns["mrr"] == "MRR (EUR)", result.columns
    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT mrr::float, arr::float FROM customers").fetchall() == [(2450.0, 29400.0)]
    for header in ("ARR in GBP", "Monthly revenue €"):
        named = write(tmp_path / "other.csv", f"email,{header}\nana@example.com,100\n")
        assert import_customers(Database(db_settings), named).columns["arr" if "ARR" in header else "mrr"] == header
    bare = write(tmp_path / "bare.csv", "email,account\nbo@example.com,Acme\n")
    assert any("No revenue column" in note for note in import_customers(Database(db_settings), bare).notes)
