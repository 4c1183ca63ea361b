"""Access: uploads and downloads cannot leave their folders; the external-database mode runs with least privilege.

The binding rule (no UI off loopback without a password) is covered by ``tests/test_ui_handlers.py``
(``test_loopback_is_allowed_without_auth_and_anything_else_is_not``, ``test_cli_refuses_a_public_host_without_auth``)
and sign-in by ``tests/test_ui_api.py::test_sign_in_is_required_when_auth_is_set``; not repeated here.
The database roles and grants tested below are the ones README.md documents (section "Hardening"): the test reads
the SQL from there, so the documentation cannot drift from what works.
"""

from __future__ import annotations

import os
import re
import secrets

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from tests.support.paths import REPO
from tests.support.ui import launched, sample_csv
from retrieval.settings import Settings
from ui.handlers.uploads import FEEDBACK_TYPES, save_upload

# ---- uploads ------------------------------------------------------------------------------------------------
_TRICKS = ["../", "..\\", "/", "\\", "..", "/etc/passwd", "C:\\Windows\\", "\\\\server\\share\\", "\x00", "%2e%2e%2f",
           "\uff0f", "\u2025", "\u2024\u2024/", "\u202e", ".", "~", "$PMA_HOME/", "\n", "con", "aux.", " "]
hostile_name = st.builds(lambda parts, ext: "".join(parts) + ext,
                         st.lists(st.one_of(st.sampled_from(_TRICKS), st.text(max_size=8)), max_size=8),
                         st.sampled_from(list(FEEDBACK_TYPES) + [".CSV", ".csv/..", ".csv\x00.exe", ""]))


@hsettings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(name=hostile_name)
def test_no_upload_name_leaves_the_uploads_folder(tmp_path_factory, name):
    tmp = tmp_path_factory.mktemp("up")
    settings = Settings(home=tmp / "home")
    src = tmp / "browser-temp-file"
    src.write_bytes(b"text\nhello\n")
    try:
        dest = save_upload(src, settings, name=name)
    except Exception as exc:
        assert type(exc).__name__ == "UserError" and "file type not supported" in str(exc), exc
        return
    root = settings.uploads_dir.resolve()
    assert dest.resolve().parent.parent == root and not dest.is_symlink()
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", dest.name) and dest.read_bytes() == b"text\nhello\n"
    assert sorted(p.name for p in tmp.iterdir()) == ["browser-temp-file", "home"]


@pytest.mark.slow
def test_the_app_reads_and_serves_no_file_outside_its_folders(tmp_path, models_cache):
    """Through the running app's HTTP API: server-side paths (absolute, traversal, symlinked) are refused both as
    "uploads" and as downloads; only the report/rejects/export folders are served."""
    import httpx

    secret = tmp_path / "outside" / "passwd.csv"
    secret.parent.mkdir()
    secret.write_text("text\nroot:x:0:0 a secret row\n", encoding="utf-8")
    settings = Settings(home=tmp_path / "pma", models_cache=models_cache)
    with launched(settings) as (_, url):
        report = settings.reports_dir / "themes.html"
        report.write_text("<p>report</p>", encoding="utf-8")
        os.symlink(secret, settings.reports_dir / "link.csv")
        os.symlink(secret.parent, settings.reports_dir / "linkdir")
        settings.pg_dir.mkdir(parents=True, exist_ok=True)
        (settings.pg_dir / "PG_VERSION").write_text("18\n")
        assert httpx.get(f"{url}gradio_api/file={report}").text == "<p>report</p>"
        refused = [secret, "/etc/passwd", settings.reports_dir / "link.csv", settings.reports_dir / "linkdir" /
                   "passwd.csv", f"{settings.reports_dir}/../../outside/passwd.csv", settings.pg_dir / "PG_VERSION"]
        for path in refused:
            response = httpx.get(f"{url}gradio_api/file={path}")
            assert response.status_code == 403 and "root:x" not in response.text, path
        for path in (secret, "/etc/passwd", settings.reports_dir / "link.csv"):
            call = httpx.post(f"{url}gradio_api/call/ingest", json={"data": [[{
                "path": str(path), "orig_name": "export.csv", "meta": {"_type": "gradio.FileData"}}], ""]})
            with httpx.stream("GET", f"{url}gradio_api/call/ingest/{call.json()['event_id']}", timeout=60) as events:
                body = "".join(events.iter_text())
            assert "event: error" in body and "not uploaded by a user" in body, body
    assert not settings.uploads_dir.exists()  # nothing was copied in, so nothing was ingested


# ---- least-privilege database roles ---------------------------------------------------------------------------
def documented_sql() -> list[str]:
    """The SQL blocks of README.md's "Least-privilege database roles" section, in order."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Least-privilege database roles", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sql\n(.*?)```", section, flags=re.DOTALL)
    assert blocks, "README.md must document the grants in ```sql blocks"
    return blocks


def run_documented(pg_server, names: dict[str, str]) -> None:
    """Run README's SQL as the superuser, with the role/database names and passwords replaced by ``names``;
    ``\\c DB`` switches the connection like psql does."""
    import psycopg

    database = None
    for block in documented_sql():
        for name, replacement in names.items():
            block = re.sub(rf"\b{name}\b", replacement, block)
        for statement in [s.strip() for s in re.sub(r"--[^\n]*", "", block).split(";")]:
            if not statement:
                continue
            if statement.startswith("\\c "):
                database, statement = statement.split(None, 2)[1], " ".join(statement.split()[2:])
                if not statement:
                    continue
            with psycopg.connect(pg_server.get_uri(database) if database else pg_server.get_uri(),
                                 autocommit=True) as conn:
                conn.execute(statement)


def role_url(pg_server, role: str, database: str) -> str:
    uri = pg_server.get_uri(database)
    assert uri.startswith("postgresql://postgres:@"), uri
    return uri.replace("postgresql://postgres:@", f"postgresql://{role}:unused-with-socket-trust@", 1)


@pytest.fixture
def least_privilege(pg_server):
    import psycopg

    n = secrets.token_hex(3)
    names = {"pma_owner": f"pma_owner_{n}", "pma_app": f"pma_app_{n}", "pma_feedback": f"pma_feedback_{n}",
             "CHANGE_ME_OWNER": "x", "CHANGE_ME_APP": "y"}
    run_documented(pg_server, names)
    yield {k: role_url(pg_server, names[k], names["pma_feedback"]) for k in ("pma_owner", "pma_app")}
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{names["pma_feedback"]}" WITH (FORCE)')
        conn.execute(f'DROP ROLE IF EXISTS "{names["pma_app"]}"')
        conn.execute(f'DROP ROLE IF EXISTS "{names["pma_owner"]}"')


@pytest.mark.slow
def test_external_database_with_least_privilege_roles(least_privilege, tmp_path, models_cache, monkeypatch, capsys):
    import json

    import psycopg

    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(tmp_path / "pma"))
    monkeypatch.setenv("PMA_MODELS_CACHE", str(models_cache))
    owner, app = least_privilege["pma_owner"], least_privilege["pma_app"]
    first, second = sample_csv(tmp_path / "first.csv", 20), sample_csv(tmp_path / "second.csv", 60)

    def pma(url: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("PMA_DATABASE_URL", url)
        code = run(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    # The app role can change no schema: before the owner has run, it is told exactly that.
    code, _, err = pma(app, "ingest", str(first))
    assert code == 1 and "needs migration" in err and "schema owner" in err, err
    assert pma(owner, "stats")[0] == 0  # migrations, as the owner
    code, _, err = pma(app, "ingest", str(first))
    assert code == 1 and "only the owner of the feedback table" in err and "pma ingest" in err, err
    assert pma(owner, "ingest", str(first))[0] == 0  # sizes the embedding column, builds the index

    # Day to day, everything runs as the app role.
    code, out, err = pma(app, "ingest", str(second), "--json")
    assert code == 0, err
    assert json.loads(out)["added"] == 40 and json.loads(out)["duplicates"] == 20
    code, out, err = pma(app, "search", "battery drains while tracking", "--json", "--k", "3")
    assert code == 0 and "battery" in out.lower(), err
    code, _, err = pma(app, "summarize", "--no-llm", "--out", str(tmp_path / "report.md"))
    assert code == 0, err
    code, out, _ = pma(app, "stats", "--json")
    assert json.loads(out)["total"] == 60
    code, out, err = pma(app, "remove", str(second), "--yes", "--json")  # a file loaded by mistake, and again
    assert code == 0 and json.loads(out)["items"] == 40, err
    assert json.loads(pma(app, "stats", "--json")[1])["total"] == 20
    code, out, err = pma(app, "ingest", str(second), "--json")
    assert code == 0 and json.loads(out)["added"] == 40, err

    # ... and it cannot alter or drop anything.
    from retrieval.embed import bundled_embedder_path

    monkeypatch.setenv("PMA_EMBEDDING_MODEL", str(bundled_embedder_path()))  # another model id: must re-embed
    code, _, err = pma(app, "reindex")
    assert code == 1 and "only the owner" in err and "pma reindex" in err, err
    monkeypatch.delenv("PMA_EMBEDDING_MODEL")
    with psycopg.connect(app, autocommit=True) as conn:
        for ddl in ("CREATE TABLE sneaky (i int)", "DROP TABLE feedback", "ALTER TABLE feedback ADD COLUMN x int",
                    "TRUNCATE feedback"):
            with pytest.raises(psycopg.Error, match="permission denied|must be owner|not available"):
                conn.execute(ddl)
        assert conn.execute("SELECT count(*) FROM feedback WHERE embedding IS NOT NULL").fetchone()[0] == 60
