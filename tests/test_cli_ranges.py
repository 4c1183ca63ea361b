"""Numbers a person types are range-checked with one line naming the option, in the CLI and the UI alike; a mistyped
command line is one line too; `pma ui` on a busy port or an address that is not this machine's stops at once with
an exit-1 line naming --port / --host. Nothing is written when an option is refused."""

from __future__ import annotations

import socket

import pytest

from retrieval.errors import UserError
from retrieval.ranges import check_order, check_range, describe
from tests.support.cli import Pma, one_line_error
from tests.support.ports import free_port
from ui.cli import run

REFUSED = [
    (["search", "crash", "--k", "-3"], "--k -3: must be a whole number from 1 to 1000"),
    (["search", "crash", "--k", "1001"], "--k 1001: must be a whole number from 1 to 1000"),
    (["search", "crash", "--k", "2.5"], "--k"),
    (["search", "crash", "--min-rating", "4", "--max-rating", "2"], "--min-rating 4 is above --max-rating 2"),
    (["search", "crash", "--min-rating", "nan"], "--min-rating nan: must be a number"),
    (["search", "crash", "--min-rating", "6"], "--min-rating 6: must be a number from 1 to 5"),
    (["stats", "--max-rating", "0"], "--max-rating 0: must be a number from 1 to 5"),
    (["search", "crash", "--since", "2026-10-20", "--until", "2026-10-01"], "--since 2026-10-20 is after --until"),
    (["stats", "--max-rating", "inf"], "--max-rating inf: must be a number"),
    (["ask", "why?", "--k", "0"], "--k 0: must be a whole number from 1 to 100"),
    (["ask", "why?", "--max-new-tokens", "-1"], "--max-new-tokens -1: must be a whole number from 1 to 8192"),
    (["ask", "why?", "--conversation", "0"], "--conversation 0: must be a whole number, at least 1"),
    (["conversations", "list", "--limit", "-5"], "--limit -5: must be a whole number, at least 1"),
    (["conversations", "rate", "-4", "--up"], "No such option: -4. See `pma conversations rate --help`"),
    (["recommend", "--draft-budget", "-5"], "--draft-budget -5: must be a number, at least 0"),
    (["themes", "split", "3", "--into", "1"], "--into 1: must be a whole number from 2 to 20"),
    (["ui", "--port", "0"], "--port 0: must be a whole number from 1 to 65535"),
    (["ui", "--port", "70000"], "--port 70000: must be a whole number from 1 to 65535"),
    (["finetune", "train", "--data", "d", "--out", "o", "--max-steps", "0"], "--max-steps 0"),
    (["finetune", "eval", "--adapter", "a", "--samples", "-1"], "--samples -1: must be a whole number, at least 0"),
    (["eval", "questions.csv", "--limit", "0"], "--limit 0: must be a whole number, at least 1"),
    (["search", "crash", "--k", "ten"], "Invalid value for '--k' / '-k' / '--limit': Input should be a valid integer"),
    (["search"], "Missing argument"),
]


@pytest.mark.parametrize("argv, message", REFUSED, ids=[" ".join(a) for a, _ in REFUSED])
def test_a_number_out_of_range_is_one_line_and_nothing_is_written(tmp_path, monkeypatch, capsys, argv, message):
    home = tmp_path / "pma"
    monkeypatch.setenv("PMA_HOME", str(home))
    monkeypatch.delenv("PMA_DATABASE_URL", raising=False)
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert one_line_error(err), err
    assert message in err
    assert not home.exists()  # refused before any database, model or file was touched


def test_check_range_reads_what_a_person_types():
    assert check_range("--top", "5", low=1, whole=True) == 5
    assert check_range("--budget", 0.5, low=0, low_open=True) == 0.5
    assert check_range("--k", None, low=1) is None
    for value in ("x", float("nan"), float("inf"), True, 1.5, 0):
        with pytest.raises(UserError, match=r"^--k .*: must be a whole number from 1 to 10\.$"):
            check_range("--k", value, low=1, high=10, whole=True)
    with pytest.raises(UserError, match="must be a number, more than 0"):
        check_range("--rate", 0, low=0, low_open=True)
    with pytest.raises(UserError, match="--min 3 is above --max 1"):
        check_order("--min", 3, "--max", 1)
    check_order("--min", 1, "--max", None)
    assert describe(None, 5) == "a number, at most 5" and describe(None, None, whole=True) == "a whole number"


def test_the_ui_refuses_the_same_numbers(tmp_path):
    from retrieval.settings import Settings
    from ui.handlers import feedback as feedback_h
    from ui.handlers.finetune_jobs import FinetuneJobs, JobRequest

    jobs = FinetuneJobs(Settings(home=tmp_path / "pma"))
    for field, value in (("learning_rate", 0), ("lora_alpha", -1), ("max_steps", 0), ("lora_r", 0)):
        with pytest.raises(UserError, match=f"field '{field}'"):
            jobs.start(JobRequest(name="x", files=["a.jsonl"], **{field: value}))
    with pytest.raises(UserError, match="--min-rating nan: must be a number"):
        feedback_h.make_filters(min_rating="nan")
    assert not (tmp_path / "pma").exists()


@pytest.fixture
def listening():
    """A port something else is already listening on."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", free_port()))
    sock.listen()
    yield sock.getsockname()[1]
    sock.close()


@pytest.mark.parametrize("args, message", [
    ("busy", "--port {port}: already in use on 127.0.0.1"),
    (["--host", "192.0.2.123", "--auth", "pm:secret"], "--host 192.0.2.123: not an address of this machine"),
    (["--host", "no-such-host.invalid", "--auth", "pm:secret"], "--host no-such-host.invalid: cannot be resolved"),
], ids=["busy-port", "foreign-address", "unresolvable-host"])
def test_pma_ui_that_cannot_listen_is_a_one_line_exit_1(tmp_path, listening, args, message):
    from tests.support.cli import cli_env
    from retrieval.settings import Settings

    env = cli_env(Settings(home=tmp_path / "pma"))
    argv = ["--port", str(listening)] if args == "busy" else [*args, "--port", str(free_port())]
    pma = Pma(env, "ui", "--no-warm-up", *argv)
    try:
        code = pma.wait(timeout=120)
    finally:
        if pma.proc.poll() is None:
            pma.kill()  # it started serving: the check let it through
    assert code == 1, pma.err
    assert one_line_error(pma.err) and message.format(port=listening) in pma.err
