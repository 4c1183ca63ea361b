"""Decisions teach the model, end to end on the example data: plans stored with stable item ids and the drafter's
exact prompts, `pma recommend decide|decisions` and the Plan tab, `pma finetune prepare --from-decisions` (the
bundled model's tokenizer measures the examples), a few LoRA steps on a tiny random Llama (only shapes matter
there) and `pma finetune eval` comparing base and adapter drafts with the PM's final text (ROUGE-L beside the
loss). Bad input is a one-line error that changes nothing stored.
"""

from __future__ import annotations

import csv
import json

import pytest

from assistant.recommend import draft, export, recommend
from retrieval.db import Database
from tests.support.cli import one_line_error, run_in_process
from tests.support.fake_llm import FakeLLM
from tests.support.finetune import tiny_llama

pytestmark = pytest.mark.slow

STORY = "As a hiker on Android 15, I want saved routes to open without a crash, so that I can start my hike."
CRITERIA = "Saved routes open on Android 15; No crash report mentions saved routes for a week"
METRIC = "Crash-free sessions that open a saved route stay above 99.5% for four weeks."


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory, bundled_llm_dir):
    return tiny_llama(tmp_path_factory.mktemp("tiny") / "tiny-llama", bundled_llm_dir)


def _stored(settings) -> list[tuple]:
    with Database(settings).connect() as conn:
        return conn.execute("SELECT id, decision, final, edited_fields, decided_at, prompts FROM plan_items "
                            "ORDER BY id").fetchall()


def test_bad_input_is_a_one_line_error_that_changes_nothing(example, monkeypatch, capsys, tmp_path):
    code, out = run_in_process(example, monkeypatch, capsys, "finetune", "prepare", "--from-decisions", "--out",
                     str(tmp_path / "ds"))
    assert code == 1 and one_line_error(out.err) and "no plan item is accepted or edited" in out.err, out.err
    assert not (tmp_path / "ds").exists()
    code, out = run_in_process(example, monkeypatch, capsys, "recommend", "--no-llm", "--top", "2", "--json")
    assert code == 0, out.err
    item = str(json.loads(out.out)["items"][0]["id"])
    before = _stored(example)
    for args, expected in [
        (["999999", "--accept"], "No plan item with id 999999"),
        ([item, "--edit", "colour=red"], "unknown field 'colour'"),
        ([item, "--edit", "story=  "], "the text is empty"),
        ([item, "--edit", "story"], "expected FIELD=TEXT"),
        ([item, "--reject", "--edit", f"story={STORY}"], "--reject cannot be combined"),
        ([item], "--accept, --reject or --edit"),
        (["seventeen", "--accept"], "not a number"),
    ]:
        code, out = run_in_process(example, monkeypatch, capsys, "recommend", "decide", *args)
        assert code == 1 and one_line_error(out.err) and expected in out.err, (args, out.err)
    assert _stored(example) == before


def test_every_plan_is_stored_with_item_ids_and_the_exact_prompts_the_drafter_sees(example, tiny_base, tmp_path):
    from assistant.llm import LocalLLM

    # A real (tiny, random) model drafts: what it is sent is recorded. Its text fails the checks, which is fine:
    # the prompt is what this test is about.
    recorder = FakeLLM(delegate=LocalLLM(example.model_copy(update={"llm": example.llm.model_copy(
        update={"model": str(tiny_base), "max_new_tokens": 8})})))
    drafted = recommend(example, top=1, llm=recorder)
    plain = recommend(example, top=3, llm=None)  # --no-llm: nothing is sent, the same prompts are stored
    prompts = {row[0]: row[5] for row in _stored(example)}
    assert recorder.calls == [prompts[drafted["items"][0]["id"]][field] for field in draft.ASKS]
    for a, b in zip(drafted["items"], plain["items"]):
        assert a["theme_id"] == b["theme_id"] and a["id"] != b["id"] and prompts[a["id"]] == prompts[b["id"]]
        quotes = [(q["id"], q["text"]) for q in b["evidence"]["quotes"]]
        assert prompts[b["id"]]["story"] == draft.field_messages("story", b["problem"], quotes)
    assert drafted["plan_id"] != plain["plan_id"]
    ids = [i["id"] for i in plain["items"]]
    md = export(plain, tmp_path / "plan.md").read_text(encoding="utf-8")
    assert all(f"(item {i})" in md for i in ids) and "pma recommend decide ID" in md
    rows = list(csv.DictReader(export(plain, tmp_path / "plan.csv").open(encoding="utf-8")))
    assert [int(r["Item ID"]) for r in rows] == ids
    assert [i["id"] for i in json.loads(export(plain, tmp_path / "plan.json").read_text())["items"]] == ids


def test_decisions_become_training_examples_and_eval_compares_drafts_with_the_pms_text(
        example, monkeypatch, capsys, tmp_path, tiny_base):
    from ui.handlers import Services
    from ui.handlers import plan as plan_h

    code, out = run_in_process(example, monkeypatch, capsys, "recommend", "--no-llm", "--top", "4", "--json")
    assert code == 0, out.err
    plan = json.loads(out.out)
    a, b, c, d = [i["id"] for i in plan["items"]]
    for args in ([str(a), "--accept"], [str(b), "--edit", f"story={STORY}", "--edit", f"criteria={CRITERIA}"],
                 [str(c), "--reject"], [f"#{b}", "--edit", f"metric={METRIC}"]):
        code, out = run_in_process(example, monkeypatch, capsys, "recommend", "decide", *args)
        assert code == 0 and out.out.startswith(f"Item {args[0].lstrip('#')} "), out
    # The Plan tab: the PM edits the story in its box and accepts.
    services = Services(example)
    story, criteria, metric, experiment = plan_h.item_text(services, plan, d)
    assert story == plan["items"][3]["user_story"] and criteria.splitlines() == plan["items"][3]["acceptance_criteria"]
    said = plan_h.decide(services, plan, d, story=story.replace("I want", "I really want"), criteria=criteria,
                         metric=metric, experiment=experiment)
    assert said == f"Item {d} '{plan['items'][3]['title']}': edited (story)."
    assert f"Item {c} " in plan_h.decisions_summary(services, plan) and "**rejected**" in plan_h.decisions_summary(
        services, plan)

    code, out = run_in_process(example, monkeypatch, capsys, "recommend", "decisions", "--json")
    listed = {r["id"]: r for r in json.loads(out.out)}
    assert {k: v["decision"] for k, v in listed.items()} == {a: "accepted", b: "edited", c: "rejected", d: "edited"}
    assert listed[b]["edited_fields"] == ["story", "criteria", "metric"]  # the second edit kept the first
    assert listed[b]["final"]["story"] == STORY and listed[b]["final"]["criteria"] == CRITERIA.split("; ")
    assert listed[b]["draft"]["story"] == plan["items"][1]["user_story"]  # the draft is kept beside the final text
    assert listed[c]["final"] is None
    code, out = run_in_process(example, monkeypatch, capsys, "recommend", "decisions")
    assert out.out.startswith("1 accepted, 2 edited, 1 rejected,")

    # prompt = what the drafter saw, answer = the PM's final text; rejected items and code-written fields never
    # teach (the model is not asked for the metric or the experiment).
    data = tmp_path / "decisions"
    code, out = run_in_process(example, monkeypatch, capsys, "finetune", "prepare", "--from-decisions", "--out", str(data),
                     "--eval-fraction", "0.5", "--json")
    assert code == 0, out.err
    report = json.loads(out.out)
    assert report["examples"] == 3 * len(draft.ASKS) and report["sources"] == ["decisions"]
    from finetune.prepare import load_prepared

    prompts = {row[0]: row[5] for row in _stored(example)}
    dataset, _ = load_prepared(data)
    seen = {}
    for row in [*dataset["train"], *dataset["eval"]]:
        item, field = int(row["source"].split("item ")[1].split(" ")[0]), row["source"].split("(")[1].rstrip(")")
        assert row["messages"][:-1] == prompts[item][field]  # byte for byte
        seen[(item, field)] = row["messages"][-1]["content"]
    assert seen[(b, "story")] == STORY and seen[(b, "criteria")] == "- " + CRITERIA.replace("; ", "\n- ")
    assert seen[(a, "story")] == plan["items"][0]["user_story"] and {i for i, _ in seen} == {a, b, d}

    adapter = tmp_path / "adapter"
    code, out = run_in_process(example, monkeypatch, capsys, "finetune", "train", "--data", str(data), "--out", str(adapter),
                     "--base", str(tiny_base), "--max-steps", "2", "--set", "batch_size=2", "--set", "eval_every=0",
                     "--json")
    assert code == 0, out.err
    code, out = run_in_process(example, monkeypatch, capsys, "finetune", "eval", "--adapter", str(adapter), "--samples", "1",
                     "--max-new-tokens", "12", "--json")
    assert code == 0, out.err
    result = json.loads(out.out)
    sim = result["similarity"]
    assert sim["examples"] == len(dataset["eval"]) == result["eval_examples"]
    assert sim["adapter_closer"] + sim["base_closer"] + sim["same"] == sim["examples"]
    assert 0 <= sim["base"] <= 1 and 0 <= sim["adapter"] <= 1 and "adapter_loss" in result
    from finetune.evaluate import rouge_l

    sample = result["samples"][0]
    assert sample["reference"] in seen.values()
    assert sample["rouge_l"]["base"] == round(rouge_l(sample["reference"], sample["base"]), 4)
    code, out = run_in_process(example, monkeypatch, capsys, "finetune", "eval", "--adapter", str(adapter), "--samples", "0",
                     "--max-new-tokens", "4")
    assert code == 0 and "ROUGE-L F1 against the reference on" in out.out, out
