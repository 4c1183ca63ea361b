"""Themes building blocks without a database: tokenizer, c-TF-IDF keywords, clustering, trend test, validation."""

from __future__ import annotations

import time

import numpy as np
import pytest

from assistant.themes import cluster as clustering
from assistant.themes.keywords import class_keywords, is_cjk, keyword_label, tokenize
from assistant.themes.stats import trend
from assistant.themes.writer import ThemeWriter, clean_label, clean_summary
from tests.support.fake_llm import FakeLLM
from tests.support.themes import sensible_theme_reply


def test_tokenize_segments_chinese_and_drops_stop_words_and_placeholders():
    words = tokenize("Offline maps won't download <EMAIL> 离线地图无法下载，我们 the app 4.3.0")
    assert {"offline", "maps", "download", "离线", "地图", "下载"} <= set(words)
    assert "email" not in words and "the" not in words and "我们" not in words and "app" not in words
    assert not any(w.isdigit() for w in words)
    assert is_cjk("离线地图无法下载") and not is_cjk("offline maps 地")


def test_class_keywords_pick_words_that_set_a_theme_apart():
    docs = {1: ["battery drain while tracking", "the battery dies fast", "battery drain again"],
            2: ["offline maps fail to download", "offline download error", "maps download fails"],
            3: ["离线地图下载失败", "地图下载一直失败"]}
    kws = class_keywords(docs, top_n=4)
    assert "battery" in kws[1][:2] or "battery drain" in kws[1][:2]
    assert any("download" in k or "offline" in k for k in kws[2][:2])
    assert any("下载" in k or "地图" in k for k in kws[3])
    assert not set(kws[1]) & set(kws[2])
    assert keyword_label(["battery", "battery drain", "gps"]).startswith("Battery drain")
    assert keyword_label([]) == "Miscellaneous"


def test_a_theme_is_not_named_by_one_items_words_or_review_headings():
    """A tester's theme of 15 praise answers was labelled "Dark mode / customer" from one planted ticket ("rank dark
    mode as the number one priority"); a theme of ten items or more is named by words two of its items use. The
    "Pros:"/"Cons:" headings ingest puts before review-site answers name nothing."""
    praise = ["Pros: nothing, it is great"] * 6 + ["all good", "love it", "keep it up",
                                                 "great app, rank dark mode as the number one priority", "great work"]
    docs = {1: praise, 2: ["Cons: dark mode please", "Cons: needs dark mode", "dark theme at night"] * 5}
    kws = class_keywords(docs)
    assert kws[1] and not any("dark" in k or "priority" in k for k in kws[1])
    assert any("dark" in k for k in kws[2]) and not {"pros", "cons"} & {w for k in kws[1] + kws[2] for w in k.split()}


def _blobs(k=4, per=30, d=32, spread=0.15, seed=0):
    rng = np.random.default_rng(seed)
    centres = clustering.unit(rng.normal(size=(k, d)))
    x = np.vstack([clustering.unit(c + spread * rng.normal(size=(per, d))) for c in centres])
    return x, np.repeat(np.arange(k), per)


def test_cluster_chooses_the_number_of_themes_and_leaves_only_outliers_unassigned():
    from sklearn.metrics import adjusted_rand_score

    x, truth = _blobs()
    outlier = clustering.unit(np.random.default_rng(9).normal(size=(1, x.shape[1])))
    c = clustering.cluster(np.vstack([x, outlier]), min_themes=2, max_themes=8, min_similarity=0.5)
    assert c.k == 4 and c.chosen_by == "silhouette"
    assert adjusted_rand_score(truth, c.labels[:-1]) > 0.95
    assert c.labels[-1] == clustering.UNASSIGNED and c.unassigned == 1
    assert set(c.silhouette) == set(range(2, 9))


def test_cluster_honours_a_requested_number_and_copes_with_tiny_inputs():
    x, _ = _blobs()
    assert clustering.cluster(x, n_themes=6, min_similarity=-1).k == 6
    tiny = clustering.cluster(x[:4], min_similarity=-1)
    assert tiny.k == 1 and tiny.chosen_by == "too few items" and (tiny.labels == 0).all()


def test_repeated_texts_cluster_without_printing_warnings():
    """Survey answers repeat ("Nothing", "Great app"): k-means then finds fewer distinct clusters than some k it
    tries and sklearn warned about it on the terminal of `pma summarize`, though the choice of k handles it."""
    import warnings

    x = clustering.unit(np.random.default_rng(3).normal(size=(6, 16))).repeat(5, axis=0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = clustering.cluster(x, min_themes=2, max_themes=12, min_similarity=0.5)
    assert c.k <= 6 and not [w for w in caught if w.category.__name__ == "ConvergenceWarning"]


def test_theme_keywords_skip_auxiliary_verbs():
    """"Does / high / new" labelled a theme of "The new price is too high for what it does" (sklearn's English stop
    list has no "does")."""
    keywords = class_keywords({1: ["The new price is too high for what it does", "Price too high, what does it do",
                                   "High price for what it does"],
                               2: ["Offline maps fail to download", "Maps never finish downloading"]})
    assert not {"does", "did", "doing"} & {w for k in keywords[1] for w in k.split()}, keywords[1]


def test_match_keeps_ids_of_similar_themes_only():
    x, _ = _blobs()
    c = clustering.cluster(x, n_themes=4, min_similarity=-1)
    order = [2, 0, 3, 1]
    old = c.centroids[order]
    pairs = clustering.match(c.centroids, old, threshold=0.9)
    assert pairs == {new: order.index(new) for new in range(4)}
    far = clustering.unit(np.random.default_rng(5).normal(size=(4, x.shape[1])))
    assert clustering.match(c.centroids, far, threshold=0.8) == {}


def test_representatives_skip_duplicates_and_repeat_nothing():
    x, _ = _blobs(k=1, per=20)
    x = np.vstack([x, x[:1]])  # the last item is a copy of the first
    centre = clustering.unit(x.mean(0))
    skip = np.zeros(len(x), dtype=bool)
    skip[-1] = True
    picks = clustering.representatives(x, centre, 3, skip=skip)
    assert len(picks) == 3 == len(set(picks)) and len(x) - 1 not in picks


def test_trend_is_exact_for_small_samples_and_relative_to_volume():
    up = trend(30, 5, 200, 200)
    assert up["direction"] == "up" and up["significant"] and up["emerging"] and up["p_value"] < 0.001
    small = trend(3, 1, 20, 20)
    assert not small["significant"] and small["direction"] == "flat" and "few items" in small["note"]
    # Twice the items but also twice the overall volume: no change in share, not flagged.
    same_share = trend(40, 20, 400, 200)
    assert not same_share["significant"] and not same_share["emerging"]
    assert trend(5, 0, 50, 0)["note"] == "no feedback in one of the periods"
    assert trend(6, 0, 100, 100)["emerging"]



def test_themes_read_together_are_significant_only_after_the_correction_across_them():
    """A B2B tester's report flagged a praise theme emerging on 7 items against 1 (p = 0.03), one of 20 themes
    tested, while praise fell every month; `pma impact` called it "fewer" after one release and "more" after the
    next. Tests read together are judged by their Benjamini-Hochberg adjusted p-values (q)."""
    from assistant.themes.stats import adjusted, monthly_trend

    alone = trend(8, 1, 100, 100)
    assert alone["p_value"] < 0.05 and alone["significant"] and alone["emerging"]
    p_values = {0: alone["p_value"], **{k: 0.2 + k / 100 for k in range(1, 20)}}  # 19 other themes, no change
    q = adjusted(p_values)
    assert 0.05 < q[0] <= alone["p_value"] * 20
    together = trend(8, 1, 100, 100, q_values=(q[0], None))
    assert together["p_value"] == alone["p_value"] and together["q_value"] == q[0]
    assert not together["significant"] and together["direction"] == "flat" and not together["emerging"]
    # a clear change stays one: 30 against 5 is p < 0.001, q < 0.05 among 20
    clear = trend(30, 5, 200, 200)
    assert adjusted({0: clear["p_value"], **{k: 0.5 for k in range(1, 20)}})[0] < 0.05
    # the monthly climb is read the same way
    months = [("2026-07", 7, 163), ("2026-08", 11, 161), ("2026-09", 15, 170), ("2026-10", 19, 178)]
    raw = monthly_trend([x for _, x, _ in months], [n for _, _, n in months])
    assert raw["p_value"] < 0.05 and raw["direction"] == "up"
    assert trend(19, 15, 178, 170, months=months)["monthly_direction"] == "up"
    assert trend(19, 15, 178, 170, months=months, q_values=(0.9, 0.3))["monthly_direction"] == "flat"
    assert adjusted({"a": 0.01, "b": 0.04, "c": 0.03, "d": None}) == {"a": 0.03, "b": 0.04, "c": 0.04, "d": None}


def test_a_spike_that_is_over_is_no_rise():
    """A thermostat tester's sync complaints went 2, 2, 4, 44, 47, 10 a month (a release broke sync, a later one
    fixed it) and the report said "rising over 6 months": the test for trend reads a late spike as a rise. When the
    newest month is below the peak month's share beyond chance, the trend says it peaked and fell since; a climb
    still going on, a fall and a spike too small to tell stay as they were."""
    from assistant.report.document import Trend
    from assistant.report.text import months_text

    totals = [100, 100, 100, 130, 160, 110]
    months = [(f"2026-{m:02d}", x, n) for m, x, n in zip(range(6, 12), [2, 2, 4, 44, 47, 10], totals)]
    spike = trend(10, 47, 110, 160, months=months)
    assert spike["monthly_turn"]["kind"] == "peak" and spike["monthly_turn"]["month"] == "2026-09"  # 34%, not 29%
    assert spike["monthly_turn"]["p_value"] < 0.05 and not spike["emerging"]
    text = months_text(Trend(**spike))
    assert "peaked in 2026-09 (44 items, 34% of the month's feedback) and fell since (10, 9% in 2026-11" in text
    assert "rising" not in text
    climb = [(f"2026-{m:02d}", x, n) for m, x, n in zip(range(6, 12), [2, 4, 8, 16, 30, 40], totals)]
    assert trend(40, 30, 110, 160, months=climb)["monthly_turn"] is None
    assert "rising over 6 months" in months_text(Trend(**trend(40, 30, 110, 160, months=climb)))
    ebb = [(f"2026-{m:02d}", x, n) for m, x, n in zip(range(6, 12), [1, 1, 2, 9, 12, 10], totals)]
    assert trend(10, 12, 110, 160, months=ebb)["monthly_turn"] is None  # 9% against 8%: no turn to tell
    # a spike between level months has no trend either way, and is one that is over (a language-app tester's streak
    # bug, 2, 0, 17, 26, 4, 2 a month, read "no clear trend" to "When did the streak problem start?")
    streak = [(f"2026-{m:02d}", x, n) for m, x, n in zip(range(6, 12), [2, 0, 17, 26, 4, 2], totals)]
    spiked = trend(2, 4, 110, 160, months=streak)
    assert spiked["monthly_direction"] == "flat" and spiked["monthly_turn"]["month"] == "2026-09"
    assert "peaked in 2026-09 (26 items, 20% of the month's feedback) and fell since" in months_text(Trend(**spiked))
    assert not spiked["emerging"]
    level = [(f"2026-{m:02d}", x, n) for m, x, n in zip(range(6, 12), [9, 11, 10, 13, 9, 10], totals)]
    assert trend(10, 9, 110, 160, months=level)["monthly_turn"] is None
    dip = [(f"2026-{m:02d}", x, n) for m, x, n in zip(range(6, 12), [40, 30, 10, 2, 1, 20], totals)]
    rebound = trend(20, 1, 110, 160, months=dip)
    assert rebound["monthly_direction"] == "down" and rebound["monthly_turn"]["kind"] == "dip"
    assert "fell to a low in 2026-10" in months_text(Trend(**rebound))


QUOTES = ["Offline maps fail to download, stuck at 95 percent.", "Downloading offline maps fails every time."]


@pytest.mark.parametrize("raw, expected", [
    ("The topic of these reviews is offline map downloads.", "Offline map downloads"),
    ("Topic: Offline maps", "Offline maps"),
    ("Here's a possible title:\nOffline maps failing", "Offline maps failing"),
    ("This review focuses on the issue of offline map downloads, which is m", "Offline map downloads"),
    ("The topic of these reviews is the lack of offline maps and th", "Lack of offline maps"),
    ("Customer feedback regarding offline maps", "Offline maps"),
    ("Complaints about offline map downloads", "Offline map downloads"),
    ("User concerns with downloading offline maps", "Downloading offline maps"),
])
def test_clean_label_accepts_grounded_short_labels(raw, expected):
    assert clean_label(raw, QUOTES, ["offline maps"]) == (expected, None)


@pytest.mark.parametrize("raw, reason", [
    ("", "empty"),
    ("Write a title of 2 to 5 words for the quotes", "length"),
    ("Title for quotes", "echoes the instructions"),
    ("离线地图", "other language"),
    ("Pizza delivery", "not grounded in the quotes"),
    ("This review is about a product review.", "generic"),
    ("The topic of these reviews is customer satisfaction with a product", "generic"),
    ("Downloading", "names none of the theme's keywords"),  # in a quote, but says nothing of offline maps
    # every word is the feedback's (a tester's kiosk-PIN questions were labelled "Customer feedback and support")
    ("Customer support and offline maps", "'customer' is in none of the quotes or keywords"),
    ("Offline maps in Colorado", "'colorado' is in none of the quotes or keywords"),
])
def test_clean_label_rejects_unusable_output(raw, reason):
    assert clean_label(raw, QUOTES, ["offline maps"]) == (None, reason)


def test_clean_summary_rejects_invented_numbers_loops_and_echo():
    good = "Customers say offline maps fail to download. Downloads are stuck at 95 percent."
    assert clean_summary(good, QUOTES)[0] == good
    assert clean_summary("Offline maps fail for 40% of users since the update today.", QUOTES)[1] == \
        "contains numbers not in the quotes"
    assert clean_summary("maps fail to load " * 6, QUOTES)[1] == "repetitive"
    assert clean_summary("Here is a summary of the quotes: offline maps fail to download for many.", QUOTES)[1] == \
        "echoes the instructions"
    assert clean_summary("Too short.", QUOTES)[1] == "length"


def test_summary_keeps_only_the_sentences_the_quotes_support():
    supported = "Offline maps fail to download every time. Downloads are stuck at 95 percent."
    invented = "The new pricing page confuses everyone about subscription tiers."
    removed: list[str] = []
    assert clean_summary(f"{supported} {invented}", QUOTES, removed) == (supported, None)
    assert removed == [f"{invented} (unsupported)"]
    # Shaped like a fine summary, but its words are not the reviews': no sentence survives, the keyword summary stays
    paraphrase = "Customers are upset that offline features feel unreliable on trips. They want the maps experience improved."
    assert clean_summary(paraphrase, QUOTES) == (None, "no sentence supported by the quotes")
    assert clean_summary("Offline maps fail to download. Offline maps fail to download again.", QUOTES)[0] == \
        "Offline maps fail to download."  # a near-repeat is cut like an exact one
    quoted = 'One review stands out: "Offline maps fail to download, stuck at 95 percent."'
    assert clean_summary(quoted, QUOTES)[0] == quoted  # a sentence ending in a quotation keeps its closing mark


def test_writer_keeps_a_model_summary_only_where_the_quotes_support_it():
    def model(summary):
        return FakeLLM(lambda m: "The topic of these reviews is offline maps." if "topic of these" in m[-1]["content"] else summary)

    kept = ThemeWriter(model("Offline maps fail to download every time. The app also drains the battery at night."))
    out = kept.write(QUOTES, ["offline maps"])
    assert out.summary == "Offline maps fail to download every time."
    assert any("removed" in p and "battery" in p for p in out.problems)
    for quotes in (QUOTES, QUOTES * 5):  # one call, and map-reduce (notes are not evidence)
        invented = ThemeWriter(model("People dislike how offline maps look after the recent home screen redesign."))
        out = invented.write(quotes, ["offline maps"])
        assert out.label == "Offline maps" and out.summary is None
        assert any("no sentence supported" in p for p in out.problems)


def test_writer_uses_a_good_model_and_falls_back_on_garbage():
    good = ThemeWriter(FakeLLM(sensible_theme_reply)).write(QUOTES, ["offline maps"])
    assert good.label == "Offline maps" and good.summary == \
        "Customers describe offline maps: offline maps fail to download, stuck at 95 percent."
    bad = ThemeWriter(FakeLLM.garbage()).write(QUOTES * 5, ["offline maps"])  # 10 quotes: map-reduce path
    assert bad.label is None and bad.summary is None and bad.problems


def test_writer_gives_up_on_a_stalled_or_broken_model_within_its_limits():
    slow = ThemeWriter(FakeLLM("word " * 1000, delay=0.3), budget_s=5, call_timeout_s=0.5)
    start = time.monotonic()
    out = slow.write(QUOTES, ["offline maps"])
    slow.close()
    assert time.monotonic() - start < 3 and out.label is None and "longer than" in out.problems[0]
    broken = ThemeWriter(FakeLLM(fail=ConnectionError("connection refused")))
    first = broken.write(QUOTES, [])
    assert first.label is None and "connection refused" in first.problems[0] and broken.disabled
    assert broken.calls == 1 and broken.write(QUOTES, []).label is None and broken.calls == 1


def test_unassigned_needs_far_from_the_centre_and_unlike_its_neighbours():
    x, _ = _blobs()
    outlier = clustering.unit(np.random.default_rng(9).normal(size=(1, x.shape[1])))
    # Two broad themes over four groups: most items sit below 0.7 to their theme's centre, but each has close
    # neighbours, so only the lone outlier is unassigned.
    c = clustering.cluster(np.vstack([x, outlier]), n_themes=2, min_similarity=0.7)
    assert (c.similarity[:-1] < 0.7).mean() > 0.5
    assert c.unassigned == 1 and c.labels[-1] == clustering.UNASSIGNED


def test_themes_fitted_on_a_sample_still_place_every_item():
    from sklearn.metrics import adjusted_rand_score

    x, truth = _blobs(per=60)
    c = clustering.cluster(x, min_themes=2, max_themes=8, min_similarity=0.3, sample=60)
    assert c.k == 4 and c.unassigned == 0 and len(c.labels) == len(x)
    assert adjusted_rand_score(truth, c.labels) > 0.95


def test_automatic_count_is_the_fewest_themes_that_cover_the_items():
    x, _ = _blobs(k=8, per=40, spread=0.35)  # overlapping groups: no clear structure, as in real feedback
    c = clustering.cluster(x, min_themes=2, max_themes=14, min_similarity=0.3)
    assert c.chosen_by == "coverage" and max(c.silhouette.values()) < clustering.STRUCTURE
    fitting = [k for k, left in c.unassigned_by_k.items() if left <= clustering.MAX_UNASSIGNED]
    assert fitting and c.k >= min(fitting) and all(left > clustering.MAX_UNASSIGNED
                                                     for k, left in c.unassigned_by_k.items() if k < min(fitting))
    assert (c.similarity < 0.3).mean() <= clustering.MAX_UNASSIGNED


def test_words_group_items_that_embeddings_alone_cannot():
    from sklearn.metrics import adjusted_rand_score

    rng = np.random.default_rng(3)
    words = [["battery", "drain", "charge", "overnight", "percent"], ["login", "password", "sso", "sign", "reset"]]
    topic = np.repeat([0, 1], 40)
    texts = [" ".join(rng.choice(words[t], 3, replace=False)) for t in topic]
    x = clustering.unit(rng.normal(size=(80, 32)))  # embeddings that carry no topic at all
    with_words = clustering.cluster(x, texts, n_themes=2, min_similarity=-1)
    without = clustering.cluster(x, None, n_themes=2, min_similarity=-1)
    assert adjusted_rand_score(topic, with_words.labels) > 0.9
    assert adjusted_rand_score(topic, without.labels) < 0.3


def test_scripts_and_language_themes():
    from assistant.themes.language import language_label, language_of, language_of_theme, main_language, script_of

    assert [script_of(t) for t in ("Offline maps fail", "离线地图同步失败 412", "オフライン地図が消えた", "지도가 사라졌어요",
                                   "Карты не загружаются", "12345 !!!")] == \
        ["Latin", "Chinese", "Japanese", "Korean", "Cyrillic", None]
    assert script_of("Sync fails, 错误代码 412") == "Chinese"  # four Han characters outweigh two short words
    english = ["Maps fail offline"] * 9 + ["地图打不开"]
    assert main_language(english) == "English"
    assert language_of_theme(["地图打不开", "离线地图失败", "很好用", "Battery drains"], "English") is None  # 3 of 4 < 0.8
    assert language_of_theme(["地图打不开", "离线地图失败", "很好用", "路线不见了", "Battery"], "English") == "Chinese"
    assert language_of_theme(["地图打不开"] * 5, "Chinese") is None  # the collection's own language is a topic
    assert language_label("Cyrillic", "Карты / офлайн") == "Feedback in Cyrillic script: Карты / офлайн"
    # Latin-script languages by their function words: a theme of Spanish, German and French reviews about different
    # things (an English-only model puts them together) is a language theme, named with its languages
    mixed = ["La exportación a CSV siempre da error y no funciona", "El login no funciona desde la actualización",
             "Die Anmeldung funktioniert nicht mehr und ich bin sauer", "Der Export ist immer noch kaputt, nicht gut",
             "Le support est très rapide et je suis content", "Battery drains fast"]
    assert [language_of(t) for t in mixed[::2]] == ["Spanish", "German", "French"]
    assert language_of_theme(mixed, "English") == "Spanish, German and French"  # 5 of 6 in other languages
    assert language_of_theme(mixed[:4] + ["Battery drains fast", "Export fails"], "English") is None  # 4 of 6
    assert language_label("Spanish, German and French", "csv / login") == \
        "Feedback in Spanish, German and French: csv / login"


def test_keyword_labels_name_the_subject_not_the_kind_of_feedback_and_skip_reordered_phrases():
    """Public-review wording: a theme of requests was labelled "Ability / client / twitter", a bug theme
    "Error fix / fix error"."""
    requests = ["please add the ability to post to twitter", "lack of a twitter client, I wish it had one",
                "need the ability to use the keyboard in landscape", "wants a landscape keyboard, add it",
                "add ability to sync the twitter client"] * 3
    bugs = ["error fix please, login error", "fix error on login now", "error fix needed for the login error",
            "login error again, fix error", "error fix: login fails"] * 3
    keywords = class_keywords({1: requests, 2: bugs})
    assert not {"ability", "lack", "wish", "add", "need", "wants"} & {w for k in keywords[1] for w in k.split()}
    assert "twitter" in keyword_label(keywords[1]).lower()
    phrases = [k for k in keywords[2] if " " in k]
    assert len({tuple(sorted(p.split())) for p in phrases}) == len(phrases), phrases  # no "fix error" after "error fix"


def test_keyword_labels_skip_a_phrase_that_is_a_listed_one_in_another_form():
    """On the public CLAP reviews grouped by their labels, the battery group listed "drains battery", "draining
    battery" and "drain battery", and feature requests "miss feature" then "missing features"."""
    import csv

    from assistant.safety.support import fold
    from tests.support.paths import shared_data

    groups: dict[str, list[str]] = {}
    with shared_data("clap_rq1", "clap_rq1_reviews.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            groups.setdefault(row["label"], []).append(row["text"])
    labels = sorted(groups)
    keywords = class_keywords({i: groups[label] for i, label in enumerate(labels)})
    for i, label in enumerate(labels):
        phrases = [tuple(sorted(fold(w) for w in k.split())) for k in keywords[i] if " " in k]
        assert len(set(phrases)) == len(phrases), (label, keywords[i])


def test_keyword_labels_name_the_subject_not_the_opinion_and_show_no_word_twice():
    # labels seen on public app reviews: "Useful / weather / great", "Cute love / cat", "Game freezes / freezes time"
    assert keyword_label(["useful", "weather", "great", "good", "widget", "good nice", "forecast"]) == \
        "Weather / widget / forecast"
    assert keyword_label(["cute love", "cat", "good", "kitten"]) == "Cat / kitten"
    assert keyword_label(["game freezes", "freezes time", "video freezes", "phone"]) == "Game freezes / phone"
    assert keyword_label(["great", "awesome"]) == "Great / awesome"  # nothing else to name: kept
    assert keyword_label(["dark", "dark mode", "night"]) == "Dark mode / night"
    assert keyword_label(["waiters", "service", "waiter", "rude"]) == "Waiters / service / rude"  # SemEval test


def test_a_star_rating_moves_zero_shot_type_and_sentiment_scores():
    from assistant.themes.classify.classifier import PROBLEM_CLASSES, nudge_by_rating
    from assistant.themes.classify.prototypes import TYPE_RATING_NUDGE

    classes = ["bug", "feature_request", "performance", "usability", "praise", "question", "other"]
    scores = np.zeros((4, len(classes)))
    out = nudge_by_rating(scores, classes, [5, 1, 3, None], TYPE_RATING_NUDGE, ("praise",), PROBLEM_CLASSES)
    praise, bug, request = classes.index("praise"), classes.index("bug"), classes.index("feature_request")
    assert out[0, praise] == pytest.approx(2 * TYPE_RATING_NUDGE) and out[0, bug] == pytest.approx(-2 * TYPE_RATING_NUDGE)
    assert out[1, praise] == pytest.approx(-2 * TYPE_RATING_NUDGE) and out[1, bug] == pytest.approx(2 * TYPE_RATING_NUDGE)
    assert not out[2:].any() and not out[:, request].any()  # 3 stars, no rating, and requests: unmoved
    assert not scores.any()  # the caller's scores are left as they were


def test_keyword_phrases_are_words_next_to_each_other_in_one_clause():
    """A tester's themes: pricing complaints labelled "Happy pricing / cheaper" ("Not happy with the pricing"),
    support praise "Company quick / customer" ("Best SaaS company. Quick, helpful"), dark mode "Mode / dark / far"
    (the phrase was dropped because both its words were listed)."""
    pricing = ["Not happy with the pricing. Cheaper competitors exist", "Not happy with the pricing at all",
               "Pricing went up, cheaper competitors everywhere"] * 4
    support = ["Best SaaS company. Quick, helpful support", "Quick, helpful answers from support",
               "Best SaaS company around. Support was quick"] * 4
    dark = ["Please add a dark mode, loving it so far", "Dark mode at night would help my eyes",
            "dark mode please, the white screen hurts"] * 4
    keywords = class_keywords({1: pricing, 2: support, 3: dark})
    terms = {k for ks in keywords.values() for k in ks}
    assert not {"happy pricing", "company quick", "quick helpful", "loving far", "mode loving"} & terms, keywords
    assert "dark mode" in keywords[3][:2] and keyword_label(keywords[3]).startswith("Dark mode"), keywords[3]
    from assistant.themes.keywords import _dedupe

    assert _dedupe(["mode", "dark", "far", "dark mode", "night"], 8) == ["dark mode", "far", "night"]
    assert _dedupe(["love", "game", "love love", "fun"], 8) == ["love love", "game", "fun"]  # a word twice


def test_keywords_of_feedback_in_another_language_leave_out_its_function_words():
    """A tester's Spanish theme was labelled "La / siempre / colgada", a French one "Au réponse / efficace"."""
    spanish = ["La exportación a CSV siempre se queda colgada y da error de tiempo de espera.",
               "Desde la actualización la app me devuelve siempre a la pantalla de inicio de sesión."] * 5
    french = ["Service client au top, réponse rapide et efficace.",
              "L'export CSV des factures échoue toujours avec une erreur de délai dépassé."] * 5
    english = ["The export to CSV always times out", "Support answered quickly and helped a lot"] * 5
    keywords = class_keywords({1: spanish, 2: french, 3: english})
    words = {w for ks in keywords.values() for k in ks for w in k.split()}
    assert not {"la", "de", "se", "siempre", "au", "et", "des", "toujours"} & words, keywords
    assert "colgada" in words and "efficace" in words


def test_a_price_complaint_is_no_performance_problem(settings):
    """A tester's 32 of 62 price complaints were typed performance (no class fitted them), so their plan item asked
    for the price "to be easier and faster". Real embedder, the zero-shot prototypes as shipped."""
    from assistant.themes.classify.prototypes import TYPE_PROTOTYPES, PrototypeClassifier
    from retrieval.embed import Embedder

    embedder = Embedder(settings)
    complaints = ["Love the workouts but the new pricing makes it not worth it anymore.",
                  "The Premium price went up from $59.99 to $89.99 a year, that's a 50% jump for the same features.",
                  "Cancelled Premium after the price increase, can't justify $89.99. Competitors charge half of that."]
    others = ["Classes take forever to start, the spinner just spins.", "The app crashes when I open a workout."]
    clf = PrototypeClassifier(TYPE_PROTOTYPES, embedder)
    x = embedder.encode(complaints + others)
    x = x / np.linalg.norm(x, axis=1, keepdims=True)
    types = [clf.classes[i] for i in clf.scores(x).argmax(1)]
    assert types == ["other"] * 3 + ["performance", "bug"], types


def test_keywords_keep_a_hyphenated_word_whole():
    # "sign-on" lost its "on" (a stop word): a tester's SSO theme was labelled "Single sign / sso"
    docs = {1: ["We need single sign-on with Okta", "Single sign-on is a must for our IT team",
                "Please add single sign-on (SAML)"] * 4,
            2: ["The bank feed fails every morning", "Bank feed stopped syncing"] * 6}
    keywords = class_keywords(docs)
    assert keywords[1][0] == "single sign-on" and "sign" not in keywords[1]
    assert keyword_label(keywords[1]).startswith("Single sign-on")
    assert tokenize("single sign-on") == ["single", "sign"]  # the clustering features are unchanged


def test_keywords_and_labels_keep_acronyms_and_inner_capitals_as_written():
    # "Sso / okta" and "Quickbooks online" were a tester's labels
    docs = {1: ["We need SSO with Okta", "SSO via SAML please", "Our IT wants SSO and SAML", "sso is a must"] * 3,
            2: ["QuickBooks Online export is clunky", "Exporting to QuickBooks Online is manual"] * 5,
            3: ["Love the iOS app", "Love it. The iOS widget is great"] * 5}
    keywords = class_keywords(docs)
    assert keywords[1][0] == "SSO" and "SAML" in keywords[1]
    assert keywords[2][0] == "QuickBooks online"
    assert keyword_label(keywords[1]).startswith("SSO") and keyword_label(keywords[2]).startswith("QuickBooks online")
    assert "iOS" in keywords[3] and "love" in keywords[3]  # a sentence's first capital says nothing


def test_a_phrasal_verb_keeps_its_particle():
    # "log in" lost its "in" (a stop word): a tester's login theme was labelled "Password reset / log"
    keywords = class_keywords({1: ["Password reset link expired, cannot log in", "I cannot log in after a reset"] * 6,
                               2: ["The bank feed fails every morning"] * 10})
    assert "log in" in keywords[1] and "log" not in keywords[1]


def test_keyword_labels_are_chosen_by_meaning_among_the_distinctive_terms(settings):
    """A tester's late-delivery theme was labelled "Miss / food / consistently": c-TF-IDF ranks the words that set
    a theme apart (here "tuesday"), not those that say what it is about. Real embedder, real c-TF-IDF candidates."""
    from assistant.themes.features import unit
    from assistant.themes.keywords import LABEL_CANDIDATES, by_meaning, theme_terms
    from retrieval.embed import Embedder

    late = ["On Tuesday the box came hours late and the kids went hungry",
            "Tuesday again: delivery late, neighbours took it in",
            "Kids waited for dinner, the delivery was late by three hours",
            "Late again on Tuesday, the neighbours had to sign for it",
            "Delivery arrived after the kids were asleep, hours late", "Our Tuesday delivery is always late"]
    docs = {1: late * 2,
            2: ["The app crashes when I pick a delivery day", "Checkout crashes every time I pay for delivery",
                "App closes when I change the delivery day"] * 4,
            3: ["Recipes are delicious even for a late dinner", "Fresh ingredients and tasty recipes",
                "Delicious food every week"] * 4}
    keywords, candidates = theme_terms(docs, (8, LABEL_CANDIDATES))
    embedder = Embedder(settings)
    centroids = {t: unit(embedder.encode(texts).mean(axis=0)) for t, texts in docs.items()}
    ordered = by_meaning(candidates, centroids, embedder)
    assert sorted(ordered[1]) == sorted(candidates[1])  # the same terms, another order
    assert keywords[1][0] == "tuesday"
    assert ordered[1][0] == "delivery late", ordered[1]
    assert keyword_label(ordered[1]).startswith("Delivery late")
    assert by_meaning(candidates, {}, embedder) == candidates  # no centroid: the c-TF-IDF order stays


def test_a_summary_keeps_a_version_number_whole():
    """A developer-platform tester's theme summary read "The PHP SDK 5.": the sentence split at every stop, also
    inside "5.1.0", and the rest was dropped as a cut-off sentence."""
    from assistant.themes.writer import clean_summary

    quotes = ["PHP SDK 5.1.0 breaks composer install on PHP 8.3", "composer install fails with the PHP SDK 5.1.0",
              "after upgrading to 5.1.0 composer install fails"]
    text, why = clean_summary("The PHP SDK 5.1.0 breaks composer install. Users report composer install fails after "
                              "upgrading.", quotes)
    assert why is None and text.startswith("The PHP SDK 5.1.0 breaks composer install."), (text, why)
