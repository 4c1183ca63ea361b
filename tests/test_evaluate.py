"""`pma eval`: the figures against hand-computed values, the sentence-support rule, question sets (and every way
they can be wrong: one line naming the row), runs saved and compared, and an evaluation that stores nothing.

Real embedded PostgreSQL and MiniLM throughout; the bundled SmolLM2 in the test marked slow. Answers with exact,
hand-computable content come from ``FixedAnswers`` (an ``Answerer`` a team could plug in, like the bench's plain
RAG prompt) or from ``FakeLLM`` playing a model that cites the wrong item.
"""

from __future__ import annotations

import csv
import json
import math
import re

import pytest

from assistant.evaluate import AnswerRecord, compare, load_questions, run_eval, save_run
from assistant.evaluate import metrics
from assistant.safety.support import content_words, fold, is_supported, judge_text, split_sentences
from retrieval.db import Database
from retrieval.errors import UserError
from tests.support.cli import one_line_error, use_env, cli_env
from tests.support.database import fresh_database
from tests.support.fake_llm import FakeLLM
from tests.support.paths import write
from tests.support.themes import BATTERY, DARK, LOGIN, OFFLINE
from ui.cli import run

TOPICS = {"b": BATTERY, "o": OFFLINE, "d": DARK, "l": LOGIN}


@pytest.fixture(scope="module")
def eval_settings(pg_server, tmp_path_factory, models_cache):
    """30 items in four topics, each with an external id (b1..b8, o1..o8, d1..d8, l1..l6)."""
    from retrieval.ingest import ingest_paths

    home = tmp_path_factory.mktemp("evaluate")
    settings = fresh_database(pg_server, "m_evaluate", home / "pma", models_cache, llm={"max_new_tokens": 32})
    path = home / "feedback.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "date", "source", "rating", "text"])
        for prefix, texts in TOPICS.items():
            for n, text in enumerate(texts, start=1):
                w.writerow([f"{prefix}{n}", f"2026-09-{n + 1:02d}", "app_store" if prefix != "l" else "support",
                            2, text])
    report = ingest_paths([path], settings)
    assert report.total("rejected") == 0
    return settings


def item_ids(settings) -> dict[str, int]:
    with Database(settings).connect() as conn:
        return dict(conn.execute("SELECT external_id, id FROM feedback").fetchall())


def snapshot(settings) -> dict:
    """Everything an evaluation must leave alone."""
    with Database(settings).connect() as conn:
        return {t: conn.execute(f"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                                f"FROM {t} t").fetchone()
                for t in ("feedback", "conversations", "conversation_turns", "themes", "pma_meta", "search_terms")}


def questions_csv(tmp_path, rows, header=("id", "question", "relevant", "should_abstain")):
    path = tmp_path / "questions.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


# ---- the figures, by hand ----------------------------------------------------------------------------------------
def test_ndcg_recall_and_mrr_match_hand_computed_values():
    grades = {1: 2, 2: 1, 3: 1}
    ranked = [9, 1, 8, 3]
    dcg = 2 / math.log2(3) + 1 / math.log2(5)
    ideal = 2 / math.log2(2) + 1 / math.log2(3) + 1 / math.log2(4)
    assert metrics.ndcg(ranked, grades) == pytest.approx(dcg / ideal)
    assert metrics.ndcg([1, 2, 3], grades) == pytest.approx(1.0)
    assert metrics.ndcg([7, 8], grades) == 0.0
    assert metrics.recall(ranked, grades, k=2) == pytest.approx(1 / 3)
    assert metrics.recall(ranked, grades, k=4) == pytest.approx(2 / 3)
    assert metrics.reciprocal_rank(ranked, grades, k=10) == 0.5
    assert metrics.reciprocal_rank(ranked, grades, k=1) == 0.0
    assert metrics.cited_precision([1, 9, 1, 2], grades) == (2, 3)
    assert metrics.cited_precision([], grades) == (0, 0)
    assert metrics.ndcg(list(range(20, 40)) + [1], grades) == 0.0  # beyond the 10th result counts for nothing
    assert metrics.percentile([5, 1, 3, 2, 4], 0.9) == 5 and metrics.median([4, None, 2]) == 3


def test_run_summary_pools_citations_and_sentences_and_counts_abstentions():
    def record(abstain, cited, relevant, supported, counted, ttft, ndcg=None):
        return {"should_abstain": abstain, "retrieval": None if ndcg is None else
                {"ndcg": ndcg, "recall": ndcg, "reciprocal_rank": 1.0},
                "answer": {"cited": cited, "cited_relevant": relevant, "abstained": not cited,
                           "sentences_supported": supported, "sentences_counted": counted, "ttft_ms": ttft,
                           "first_output_ms": ttft, "total_ms": 10.0, "fallback": False}}
    records = [record(False, [1, 2, 3], 2, 1, 2, 100.0, ndcg=0.5), record(False, [4], 1, 3, 3, 300.0, ndcg=1.0),
               record(False, [], 0, 0, 0, None, ndcg=0.0), record(True, [], 0, 0, 0, None),
               record(True, [7], 0, 1, 1, 200.0)]
    s = metrics.summarize(records, k=10)
    assert s["retrieval"]["ndcg@10"] == 0.5  # (0.5 + 1 + 0) / 3
    a = s["answers"]
    assert a["cited_item_precision"] == 0.75  # (2 + 1) relevant of (3 + 1) cited on answerable questions
    assert a["supported_sentence_rate"] == round(5 / 6, 4)  # pooled over every answer, off-topic ones included
    assert a["off_topic_abstained"] == 0.5 and a["answerable_answered"] == round(2 / 3, 4)
    assert a["abstention_accuracy"] == 0.6  # 2 answered + 1 abstained correctly, of 5
    assert a["ttft_ms_median"] == 200.0 and a["model_answers"] == 3


# ---- the sentence-support rule -----------------------------------------------------------------------------------
def test_content_words_fold_inflections_and_drop_function_and_attribution_words():
    assert content_words("Users say the app crashes when they open saved routes [F12].") == \
        ["app", "crash", "open", "sav", "rout"]
    assert fold("batteries") == fold("battery") and fold("downloading") == fold("downloads") == fold("download")
    assert fold("speed") == "speed" and fold("status") == "statu"
    assert content_words("用户抱怨离线地图无法下载") == ["离线", "地图", "无法", "下载"]
    assert content_words("Thanks!") == ["thank"] and content_words("It is what it is.") == []


def test_a_sentence_is_judged_against_its_own_citations_else_its_paragraphs():
    items = {1: "Offline maps fail to download since the update.", 2: "GPS tracking drains my battery by noon."}
    text = ("Offline maps fail after the update [F1]. Tracking drains the battery [F1].\n"
            "Downloads stall for many people. Battery drains during tracking [F2].\n"
            "The hotel breakfast buffet never fails to impress.")
    verdicts = judge_text(text, items)
    assert [v.supported for v in verdicts] == [True, False, False, True, False]
    assert verdicts[1].cited == [1] and verdicts[1].content_words == ["track", "drain", "batte"] and not verdicts[1].found
    assert verdicts[2].cited == [2]  # no citation of its own: its paragraph's
    assert verdicts[2].content_words == ["downl", "stall"] and verdicts[2].found == []
    assert verdicts[4].cited == [] and verdicts[4].share == 0.0
    # a paragraph that cites nothing is judged against what the whole answer cites (its evidence list)
    lone = judge_text("Offline maps fail after the update.\nEvidence below.", items, answer_cited=[2, 1])
    assert lone[0].cited == [2, 1] and lone[0].supported and not lone[1].supported
    # exactly half is not "most"; code-computed numbers count as sources
    assert not is_supported("Battery complaints doubled [F2].", [items[2]])
    assert judge_text("Battery complaints doubled to 12 [F2].", items, numbers=["matching items: 12"])[0].found \
        == ["batte", "12"]


def test_a_quote_must_be_word_for_word_in_a_source():
    """Rule 5: every word of 'Offline "maps fail to download" [F1]' is in F1, and so is the quote; a reworded quote
    is unsupported even though its words match."""
    items = {1: "Offline maps fail to download since the update.", 2: "GPS tracking drains my battery by noon."}
    verdicts = judge_text('One user: "maps fail to download" since the update [F1].\n'
                          'One user: "maps failed to download" since the update [F1].\n'
                          'Another: "tracking drains my battery" by noon [F1].', items)
    assert [v.supported for v in verdicts] == [True, False, False]
    assert is_supported('Tracking "drains my battery by noon" [F2].', [items[2]])


def test_sentences_split_at_marks_and_citations_stay_with_their_sentence():
    assert split_sentences("Maps fail. [F3] Battery too! 离线地图不行。再试也不行\n- bullet point [F1]") == \
        [["Maps fail. [F3]", "Battery too!", "离线地图不行。", "再试也不行"], ["bullet point [F1]"]]
    assert split_sentences('Kenji L. quotes: "Slow. Very slow." [F3] “很慢。真的。” [F4]; e.g. old phones.') == \
        [['Kenji L. quotes: "Slow. Very slow." [F3]', "“很慢。真的。” [F4];", "e.g. old phones."]]


def test_version_numbers_and_decimals_stay_inside_their_sentence():
    assert split_sentences("Azure AD 2.0.2 breaks login since v3.1.4. Fixed in 4.1. Rated 4.5 stars, e.g. on iOS 17.2.") \
        == [["Azure AD 2.0.2 breaks login since v3.1.4.", "Fixed in 4.1.", "Rated 4.5 stars, e.g. on iOS 17.2."]]


# ---- question sets -------------------------------------------------------------------------------------------------
BAD_SETS = [
    ("id,question,relevant\nq1,Why?,o1\nq2,  ,o2\n", "questions.csv, row 3: the question is empty"),
    ("question,relevant\nWhy?,o1:x\n", "row 2: relevance grade 'x' for 'o1' is not a number"),
    ("question,relevant\nWhy?,o1:-1\n", "row 2: relevance grade '-1'"),
    ('question,relevant\nWhy?,"[""o1"", {""a"": 1}]"\n', "row 2: relevant holds {\"a\": 1}, not an item id"),
    ("question,relevant\nWhy?,[o1\n", "row 2: relevant is not valid JSON"),
    ("question,relevant,should_abstain\nWhy?,o1,true\n", "row 2: marked should_abstain but lists relevant"),
    ("question,relevant,should_abstain\nWhy?,,no\n", "row 2: no relevant item"),
    ("question,relevant,should_abstain\nWhy?,,maybe\n", "row 2: should_abstain is 'maybe', not true or false"),
    ("id,question,relevant\na,Why?,o1\na,How?,o2\n", "row 3: question id 'a' is also used on row 2"),
    ("question,relevant,since\nWhy?,o1,yesterday-ish\n", "row 2: since 'yesterday-ish': not a date"),
    ("question,relevant,min_rating\nWhy?,o1,high\n", "row 2: min_rating 'high' is not a number"),
    ("question,relevant,min_rating,max_rating\nWhy?,o1,4,2\n", "row 2: min-rating 4 is above max-rating 2"),
    ("question,relevant\nWhy?,o1:0\n", "row 2: no relevant item"),
    ("text,relevant\nWhy?,o1\n", "no 'question' column"),
    ("question,notes\nWhy?,x\n", "no 'relevant' or 'should_abstain' column"),
    ('{"question": "Why?", "relevant": ["o1"]}\n{"question": "How?", "relevant": {"o2": "high"}}\n',
     "questions.jsonl, row 2: relevance grade 'high' for 'o2'"),
    ('{"question": "Why?", "relevant": ["o1"]}\nnot json\n', "questions.jsonl, row 2: is not valid JSON"),
]


@pytest.mark.parametrize("text, message", BAD_SETS, ids=[m[:40] for _, m in BAD_SETS])
def test_a_bad_question_set_is_one_error_naming_the_row(tmp_path, text, message):
    path = write(tmp_path / ("questions.jsonl" if text.startswith("{") else "questions.csv"), text)
    with pytest.raises(UserError) as err:
        load_questions(path)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_question_sets_in_csv_and_jsonl_read_the_same(tmp_path):
    csv_path = write(tmp_path / "q.csv", "id,question,relevant,should_abstain,where,source,min_rating\n"
                                         "maps,Why do maps fail?,F3 o1:2;o2=0,,app=x; platform=ios,a;b,2\n"
                                         "off,Pizza?,,yes,,,\n")
    jsonl_path = write(tmp_path / "q.jsonl", json.dumps(
        {"id": "maps", "question": "Why do maps fail?", "relevant": {"F3": 1, "o1": 2, "o2": 0},
         "filters": {"where": {"app": "x", "platform": "ios"}, "source": ["a", "b"], "min_rating": 2}}) + "\n"
        + json.dumps({"id": "off", "question": "Pizza?", "should_abstain": True}) + "\n")
    for path in (csv_path, jsonl_path):
        maps, off = load_questions(path)
        assert maps.judged == {"F3": 1.0, "o1": 2.0, "o2": 0.0} and not maps.should_abstain
        assert maps.filters.where == {"app": "x", "platform": "ios"} and maps.filters.sources == ["a", "b"]
        assert maps.filters.min_rating == 2.0
        assert off.should_abstain and off.judged == {} and off.qid == "off"


def test_unknown_ids_and_relevance_outside_the_filters_name_the_row(eval_settings, tmp_path):
    ids = item_ids(eval_settings)
    db = Database(eval_settings)
    from assistant.evaluate import resolve

    qs = load_questions(questions_csv(tmp_path, [("a", "Why do maps fail?", "o1 o2:2", ""),
                                                 ("b", "Battery?", f"F{ids['b1']} nope-7", "")]))
    with pytest.raises(UserError, match=r"row 3 \(question 'b'\): external id 'nope-7' matches no stored"):
        resolve(qs, db)
    qs = load_questions(questions_csv(tmp_path, [("a", "Why?", "F999999", "")]))
    with pytest.raises(UserError, match=r"row 2 .*item id 'F999999' matches no stored"):
        resolve(qs, db)
    qs = load_questions(questions_csv(tmp_path, [("a", "Login?", "l1 b1", "", "support")],
                                      header=("id", "question", "relevant", "should_abstain", "source")))
    resolve(qs, db)
    assert qs[0].grades == {ids["l1"]: 1.0} and qs[0].outside_filters == 1
    qs = load_questions(questions_csv(tmp_path, [("a", "Battery?", "b1", "", "support")],
                                      header=("id", "question", "relevant", "should_abstain", "source")))
    with pytest.raises(UserError, match="none of its relevant items passes the question's own filters"):
        resolve(qs, db)


# ---- runs ----------------------------------------------------------------------------------------------------------
class FixedAnswers:
    """An answerer with set answers per question (what a bench's baseline plugs in): exact, hand-checkable."""

    def __init__(self, settings, answers: dict[str, tuple[str, list[str]]]):
        self.ids = item_ids(settings)
        self.texts = {i: t for p, texts in TOPICS.items() for n, t in enumerate(texts, 1)
                      for i in [self.ids[f"{p}{n}"]]}
        self.answers = answers

    def describe(self):
        return {"backend": "fixed", "model": "fixed answers", "adapter": None}

    def warm_up(self):
        pass

    def answer(self, question, k):
        narrative, cited = self.answers[question.qid]
        ids = [self.ids[c] for c in cited]
        narrative = re.sub(r"\[(\w+)\]", lambda m: f"[F{self.ids[m.group(1)]}]", narrative)
        return AnswerRecord(text=narrative, narrative=narrative, cited=ids, items={i: self.texts[i] for i in ids},
                            ttft_ms=100.0 * len(ids) if ids else None)


def test_a_run_scores_fixed_answers_exactly_and_compare_counts_wins(eval_settings, tmp_path):
    path = questions_csv(tmp_path, [
        ("maps", "Why do offline maps fail to download?", "o1:2 o2 o3 o4 o5 o6 o7 o8", ""),
        ("dark", "Do people want a dark mode?", " ".join(f"d{n}" for n in range(1, 9)), ""),
        ("pizza", "What do diners say about the pizza toppings?", "", "true")])
    good = FixedAnswers(eval_settings, {
        "maps": ("Offline map downloads fail [o1]. The hotel buffet is superb [o1].", ["o1", "o2", "b1"]),
        "dark": ("Users want a dark mode for night hikes [d2].", ["d2"]),
        "pizza": ("", [])})
    run_a = run_eval(eval_settings, path, answerer=good, name="fixed")
    s = run_a["summary"]
    assert s["questions"] == 3 and s["answerable"] == 2 and s["should_abstain"] == 1
    assert s["answers"]["cited_item_precision"] == 0.75  # o1, o2, d2 relevant; b1 not: 3 of 4
    assert s["answers"]["supported_sentence_rate"] == round(2 / 3, 4)  # the buffet sentence is not supported
    assert s["answers"]["abstention_accuracy"] == 1.0 and s["answers"]["ttft_ms_median"] == 200.0
    maps = run_a["questions"][0]
    assert maps["retrieval"]["ndcg"] == pytest.approx(
        metrics.ndcg(maps["retrieval"]["ranked"], {item_ids(eval_settings)[f"o{n}"]: (2 if n == 1 else 1)
                                                   for n in range(1, 9)}), abs=1e-4)
    assert maps["retrieval"]["reciprocal_rank"] == 1.0  # every offline-maps item beats the other topics
    assert [v["supported"] for v in maps["answer"]["sentences"]] == [True, False]

    worse = FixedAnswers(eval_settings, {
        "maps": ("Offline map downloads fail [o1].", ["o1", "b1", "b2"]),
        "dark": ("Battery drains on hikes [b1].", ["b1"]),
        "pizza": ("Diners love it [b3].", ["b3"])})
    run_b = run_eval(eval_settings, path, answerer=worse, name="fixed")
    path_a, path_b = save_run(eval_settings, run_a), save_run(eval_settings, run_b)
    assert path_a != path_b and path_a.parent == eval_settings.home / "evals"
    result = compare(run_a, run_b)
    assert result["per_question"]["cited-item precision"] == {"wins": 0, "losses": 2, "ties": 0}
    assert result["per_question"]["abstention correct"] == {"wins": 0, "losses": 1, "ties": 2}
    assert result["per_question"]["supported sentences"] == {"wins": 1, "losses": 0, "ties": 1}  # maps 1/2 -> 1/1
    assert result["per_question"]["nDCG@10"] == {"wins": 0, "losses": 0, "ties": 2}
    assert {q["id"] for q in result["changed_questions"]} == {"maps", "dark", "pizza"}


def test_pma_eval_with_a_model_citing_the_wrong_item_stores_nothing(eval_settings, tmp_path, monkeypatch, capsys):
    """The real chat pipeline, with a model that always cites the context item it was given last."""
    ids = item_ids(eval_settings)
    path = questions_csv(tmp_path, [
        ("maps", "Why do offline maps fail to download?", " ".join(f"o{n}" for n in range(1, 9)), ""),
        ("pizza", "What do diners say about the pizza toppings?", "", "true")])
    from assistant.evaluate import ChatAnswerer

    def cite_last(messages):
        refs = re.findall(r'<feedback id="(F\d+)"', messages[-1]["content"])
        return f"Offline maps fail to download [{refs[0]}]. Trains are late in winter [{refs[-1]}]."
    before = snapshot(eval_settings)
    answerer = ChatAnswerer(eval_settings, llm=FakeLLM(cite_last))
    run_ = run_eval(eval_settings, path, answerer=answerer)
    assert snapshot(eval_settings) == before  # no conversation, no change to feedback, themes or settings
    maps, pizza = run_["questions"]
    answer = maps["answer"]
    cited = [int(i) for i in dict.fromkeys(re.findall(r"\[F(\d+)\]", answer["text"]))]
    offline = {ids[f"o{n}"] for n in range(1, 9)}
    assert answer["cited"] == cited and answer["cited_relevant"] == len(offline & set(cited))
    # whatever the chat keeps of the model's text, every narrative sentence is judged, and the invented one (if the
    # chat let it through) is not supported by the item it cites
    assert [s["sentence"] for s in answer["sentences"]] == [x for p in split_sentences(answer["narrative"]) for x in p]
    assert all(not s["supported"] for s in answer["sentences"] if "Trains" in s["sentence"])
    assert answer["sentences_supported"] == sum(1 for s in answer["sentences"] if s["supported"])
    assert pizza["answer"]["abstained"] and pizza["answer"]["cited"] == [] and pizza["answer"]["abstention_correct"]
    assert run_["model"]["backend"] == "fake"


def test_cli_eval_saves_a_run_lists_it_and_compares(eval_settings, tmp_path, monkeypatch, capsys):
    use_env(monkeypatch, cli_env(eval_settings))
    path = questions_csv(tmp_path, [("maps", "Why do offline maps fail to download?", "o1 o2 o3", ""),
                                    ("login", "Why can't teams log in with SSO?", "l1 l2 l3 l4 l5 l6", "")])
    before = snapshot(eval_settings)
    assert run(["eval", str(path), "--retrieval-only", "--json", "--name", "search only"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["run_id"].endswith("search-only") and first["summary"]["answers"] is None
    assert first["summary"]["retrieval"]["questions"] == 2 and first["model"] is None
    assert run(["eval", "run", str(path), "--retrieval-only", "--k", "3"]) == 0
    out = capsys.readouterr().out
    assert "recall@3" in out and "saved: " in out
    second = out.split("saved: ")[1].strip()
    assert run(["eval", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {r["run_id"] for r in listed} >= {first["run_id"], re.search(r"([^/]+)\.json$", second).group(1)}
    assert run(["eval", "compare", first["run_id"], second]) == 0
    out = capsys.readouterr().out
    assert "2 question(s) in both runs" in out and "recall@k" in out
    assert snapshot(eval_settings) == before


BAD_CLI = [
    (["--k", "-3"], "--k -3: must be a whole number from 1 to 100"),
    (["--k", "0"], "--k 0: must be a whole number from 1 to 100"),
    (["--limit", "0"], "--limit 0: must be a whole number, at least 1"),
    (["--max-new-tokens", "-1"], "--max-new-tokens -1: must be a whole number from 1 to 4096"),
    (["--adapter", "nowhere"], "--adapter nowhere: not a LoRA adapter folder"),
]


def _saved_runs(settings) -> set:
    return set((settings.home / "evals").glob("*.json"))


@pytest.mark.parametrize("args, message", BAD_CLI, ids=[a[0] for a, _ in BAD_CLI])
def test_cli_eval_bad_options_are_one_line_errors(eval_settings, tmp_path, monkeypatch, capsys, args, message):
    use_env(monkeypatch, cli_env(eval_settings))
    saved = _saved_runs(eval_settings)
    path = questions_csv(tmp_path, [("maps", "Why do offline maps fail?", "o1", "")])
    assert run(["eval", str(path), *args]) == 1
    err = capsys.readouterr().err
    assert one_line_error(err) and message in err
    assert _saved_runs(eval_settings) == saved


def test_cli_eval_bad_file_is_one_line_and_saves_no_run(eval_settings, tmp_path, monkeypatch, capsys):
    use_env(monkeypatch, cli_env(eval_settings))
    saved = _saved_runs(eval_settings)
    for text, message in [("question,relevant\nWhy?,o1\nHow?,no-such-id\n", "row 3 (question 'q3'): external id "
                                                                            "'no-such-id' matches no stored"),
                          ("question,relevant\n,o1\n", "row 2: the question is empty")]:
        path = write(tmp_path / "bad.csv", text)
        assert run(["eval", str(path)]) == 1
        err = capsys.readouterr().err
        assert one_line_error(err) and message in err and "bad.csv" in err
    assert run(["eval", "compare", "no-such-run", "other"]) == 1
    assert one_line_error(capsys.readouterr().err)
    assert _saved_runs(eval_settings) == saved


@pytest.mark.slow
def test_bundled_model_run_on_the_example_question_set(pg_server, tmp_path, models_cache, monkeypatch, capsys):
    """examples/eval_questions.csv over examples/feedback.csv, answered by the bundled SmolLM2 (first questions)."""
    from retrieval.ingest import ingest_paths
    from tests.support.paths import EXAMPLE_CSV, REPO

    settings = fresh_database(pg_server, "t_eval_example", tmp_path / "pma", models_cache)
    ingest_paths([EXAMPLE_CSV], settings)
    use_env(monkeypatch, cli_env(settings))
    monkeypatch.setenv("PMA_LLM_MAX_NEW_TOKENS", "32")
    questions = REPO / "examples" / "eval_questions.csv"
    assert run(["eval", str(questions), "--retrieval-only", "--json"]) == 0  # every id resolves, all questions
    full = json.loads(capsys.readouterr().out)
    assert full["summary"]["questions"] == 16 and full["summary"]["should_abstain"] == 4
    before = snapshot(settings)
    subset = write(tmp_path / "subset.csv", "\n".join(questions.read_text(encoding="utf-8").splitlines()[i]
                                                      for i in (0, 1, 13)) + "\n")  # header, offline maps, pizza
    assert run(["eval", str(subset), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert snapshot(settings) == before
    assert data["model"]["backend"] == "local"
    maps, pizza = data["questions"]
    assert maps["answer"]["ttft_ms"] is not None and maps["answer"]["cited"]
    assert pizza["answer"]["abstained"]


@pytest.mark.slow
def test_cli_eval_adapter_against_the_base(eval_settings, tmp_path, monkeypatch, capsys, bundled_llm_dir):
    """`--adapter`: the same questions answered by the bundled model and by it with a LoRA adapter (random non-zero
    weights; that it changes the output is tests/test_llm_backends.py's), two runs saved and compared."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    peft_model = get_peft_model(AutoModelForCausalLM.from_pretrained(bundled_llm_dir),
                                LoraConfig(r=8, target_modules=["q_proj", "v_proj"], init_lora_weights=False))
    peft_model.save_pretrained(tmp_path / "adapter")
    del peft_model
    use_env(monkeypatch, cli_env(eval_settings))
    monkeypatch.setenv("PMA_LLM_MAX_NEW_TOKENS", "16")
    path = questions_csv(tmp_path, [("maps", "Why do offline maps fail to download?", "o1 o2 o3 o4", ""),
                                    ("pizza", "What do diners say about the pizza toppings?", "", "true")])
    saved = _saved_runs(eval_settings)
    before = snapshot(eval_settings)
    assert run(["eval", str(path), "--adapter", str(tmp_path / "adapter"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["a"]["adapter"] is None and result["b"]["adapter"] == str(tmp_path / "adapter")
    assert result["questions_compared"] == 2 and "abstention correct" in result["per_question"]
    new = _saved_runs(eval_settings) - saved
    assert {json.loads(p.read_text())["role"] for p in new} == {"base", "adapter"}
    assert {json.loads(p.read_text())["model"]["adapter"] for p in new} == {None, str(tmp_path / "adapter")}
    assert snapshot(eval_settings) == before
