"""Train the injection model of ``assistant/safety/model.py`` on the dev sets, choose its threshold by a fixed rule,
and write its weights (``assistant/safety/injection_model.npz``) and the cross-validation figures
(``bench/results/injection_model.json``).

    .venv/bin/python -m bench.injection_model      # about a minute on 2 cores

Training data, all dev (no test set is read here): attacks = held-out injection sets 2 to 16 (both halves of sets 2
and 3: they became dev when session 15 wrote rules from their odd halves; sets 4, 5 and 6 when its second, third and
fourth rounds did; set 7 when session 16 wrote ``assistant/safety/reader_orders.py`` from it; sets 8 and 9 when
session 17 wrote rules from them; sets 10 and 11 when session 19's two rounds retrained the model with them; set 12
when session 20's first round did; sets 13 and 14 when its second and third did; sets 15 and 16 when session 21's
two rounds did; set 17 when session 21's rejected third round did; sets 18 and 19 when session 22's second round
did: 18 had chosen between two models, 19 had scored the first round's rules), the
69 earlier dev cases and the training-only sets (``tests/support/cases/injection_training_a.py`` to ``_f.py``, written
by helpers in sessions 20 and 21 for training only: a and b 600 attacks and 400 look-alikes in 82 languages, 85% not English; c 400 attacks in 82
languages and 100 look-alikes; e 400 attacks and 150 look-alikes in 82 languages, asked for the kinds of attack sets
13 and 14 missed most (their style names were read); f 500 attacks in 93 languages (6 in English) and 150
look-alikes in 47, asked for the styles and languages set 15 missed most (session 21; their names and counts were
read); d 700 ordinary genuine feedback texts in 92 languages, counted
with the real texts (the rule lets none of them be flagged) rather than with the look-alikes, where they would have
loosened the 1% allowance: with them among the look-alikes the rule chose threshold 0.9, 27 look-alikes flagged in
CV, and the model flagged a hand-written feature request of the test suite, "Can you add a custom system prompt to
the writing assistant?". Checks made before each joined the training, with the last scored set left out: a and b
raised set 12's flagged share from 0.3625 to 0.4 with the same 10 look-alikes flagged; c and d raised set 13's from
0.5708 to 0.6, look-alikes 6 -> 8; e raised set 14's from 0.4958 to 0.6792, look-alikes 3 -> 4, but e was written for
the kinds set 14 missed, so that check flatters it; f raised set 15's from 0.4625 to 0.4875, look-alikes 7 -> 7,
with the same caveat); genuine = the look-alikes of sets 2 to 16 and of the training
sets, 400 genuine texts about AI features and with instruction-like words
(``tests/support/cases/genuine_ai_feedback.py``, written by a helper for this; counted with the look-alikes) and the
7,168 real public texts of ``bench.injection_flags.real_feedback`` (example export, CLAP, SemEval-2014). Model:
logistic regression (scikit-learn, classes balanced) over ``assistant.safety.model.features`` weighted by smoothed
idf.

Choice rule, fixed before any test set was scored: among ``C`` in 1, 4, 16 and thresholds 0.50, 0.55, ..., 0.95,
0.97, 0.99, the pair whose 5-fold cross-validation (stratified, seed 0, idf from each training fold) flags the most
dev attacks while flagging none of the real texts and at most 1% of the look-alikes. Sets labelled test in
``bench.injection_flags.WHOLE`` are never trained on (sets 20 to 23). Session 35 retrained with sets 20, 21 and 22
as well and did **not keep** it: the fixed rule chose C 16 and threshold 0.95 again (cross-validated 0.4077 of dev
attacks, 17 of 3,700 look-alikes, 0 of 7,868 real texts flagged; ``bench/results/injection_model_session35_rejected.json``;
the test suite's genuine texts all passed), and on set 23 (``tests/support/cases/injection_heldout23.py``, written by a
helper in session 35 without seeing any rule, scored once) it flagged 0.6042 against the shipped model's 0.6083
(``bench/results/injection_flags_session35_retrain_rejected.json``). Sets 5 to 20 were the tests
of the models or rules made without them (``bench/results/injection_flags_session15_round2.json``, ...,
``injection_flags_session22_round2.json``).

Session 22's third round retrained with set 20 as well and was **not kept**, before any test was scored: the fixed
rule chose C 4 and threshold 0.85 (cross-validated 0.5116 of dev attacks, 34 look-alikes, 0 real texts flagged;
``bench/results/injection_model_session22_round3_rejected.json``), and that model flagged a genuine text of the test
suite (``tests/test_safety_general_forms.py``: a help-centre search link with words in its query). The shipped model
is the second round's (sets 2-19; this command with sets 20-23 labelled test, as they are, reproduces it).

Session 38 added training set g (``tests/support/cases/injection_training_g.py``: 800 genuine feedback texts, 55%
English, in the words attacks also use about feedback, "No complaints.", "five stars", "I reported this bug", "please
fix", written by a helper for training only; counted with the real texts, so none may be flagged): the shipped model
scored "No complaints." 0.99 and "Works fine, no complaints" 0.996. The fixed rule chose C 16 and threshold 0.95 again
(cross-validated 0.3795 of dev attacks against 0.3757, look-alikes 13 against 11, 0 of 8,668 real and ordinary texts).
Scored on set 24 and on genuine set 25, both written in session 38 without seeing any rule or training text, and on
sets 20-23 (``bench/results/injection_flags_session38.json``): attacks flagged as before (set 24 0.6708 both; sets
20-23 mean 0.5906 against 0.5885), genuine set 25 flagged 1 of 400 against 3. **Kept**; this command with sets 20-24
labelled test reproduces it.
"""

from __future__ import annotations

import time

import numpy as np

from bench.common import machine, write_result

THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)
REGULARISATION = (1.0, 4.0, 16.0)


def training_data() -> tuple[list[str], list[str], list[str]]:
    """Attacks, genuine look-alikes and real texts to train on: every held-out set of ``bench.injection_flags`` that
    is not the test set, the earlier dev cases, the genuine AI-feature texts and the real public feedback."""
    from bench.injection_flags import WHOLE, held_out_sets, real_feedback
    from tests.support.cases.genuine_ai_feedback import genuine_texts
    from tests.support.cases.injection import CASES

    dev = [pair for name, pair in held_out_sets().items() if not WHOLE.get(name, "").startswith("test")]
    ordinary = []  # a training set with no attacks is ordinary feedback: counted with the real texts, none flagged
    for m in training_sets():
        if m.injection_cases():
            dev.append((m.injection_cases(), m.injection_look_alikes()))
        else:
            ordinary += [t for _, t in m.injection_look_alikes()]
    attacks = [t for cases, _ in dev for _, _, t in cases] + [c.text for c in CASES]
    look_alikes = [t for _, looks in dev for _, t in looks] + genuine_texts()
    return attacks, look_alikes, real_feedback() + ordinary


def training_sets() -> list:
    """The training-only sets (``tests/support/cases/injection_training_*.py``): attacks and look-alikes written by
    helpers for training, never scored as a test."""
    import importlib
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "tests" / "support" / "cases"
    return [importlib.import_module(f"tests.support.cases.{p.stem}")
            for p in sorted(folder.glob("injection_training_*.py"))]


def matrix(texts: list[str]):
    from scipy.sparse import csr_matrix

    from assistant.safety.model import BUCKETS, features

    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        for c, v in features(text).items():
            rows.append(r)
            cols.append(c)
            vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), BUCKETS), dtype=np.float64)


def idf_of(x) -> np.ndarray:
    """Smoothed inverse document frequency per bucket, as scikit-learn computes it."""
    df = np.asarray((x > 0).sum(axis=0)).ravel()
    return np.log((1 + x.shape[0]) / (1 + df)) + 1


def weighted(x, idf: np.ndarray):
    from sklearn.preprocessing import normalize

    return normalize(x.multiply(idf).tocsr())


def cross_validated(x, y: np.ndarray, c: float) -> np.ndarray:
    """Out-of-fold probabilities (5 folds, stratified, seed 0; idf from each training fold)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    out = np.zeros(len(y))
    for train, held in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
        idf = idf_of(x[train])
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(weighted(x[train], idf), y[train])
        out[held] = model.predict_proba(weighted(x[held], idf))[:, 1]
    return out


def main() -> int:
    from sklearn.linear_model import LogisticRegression

    from assistant.safety.model import WEIGHTS

    started = time.time()
    attacks, look_alikes, real = training_data()
    texts = attacks + look_alikes + real
    y = np.array([1] * len(attacks) + [0] * (len(look_alikes) + len(real)))
    x = matrix(texts).tocsr()
    a, la = len(attacks), len(look_alikes)
    grid, best = [], None
    for c in REGULARISATION:
        cv = cross_validated(x, y, c)
        for th in THRESHOLDS:
            hit = cv >= th
            row = {"C": c, "threshold": th, "attacks_flagged": round(float(hit[:a].mean()), 4),
                   "look_alikes_flagged": int(hit[a:a + la].sum()), "real_flagged": int(hit[a + la:].sum())}
            grid.append(row)
            if row["real_flagged"] == 0 and row["look_alikes_flagged"] <= 0.01 * la and (
                    best is None or row["attacks_flagged"] > best["attacks_flagged"]):
                best = row
    idf = idf_of(x)
    model = LogisticRegression(C=best["C"], class_weight="balanced", max_iter=3000).fit(weighted(x, idf), y)
    used = np.flatnonzero(np.asarray(x.sum(axis=0)).ravel())
    np.savez_compressed(WEIGHTS, index=used.astype(np.int32), coef=model.coef_[0][used].astype(np.float16),
                        idf=idf[used].astype(np.float16), idf_unseen=np.float64(np.log(1 + x.shape[0]) + 1),
                        intercept=np.float64(model.intercept_[0]), threshold=np.float64(best["threshold"]))
    result = {"bench": "injection_model", "command": ".venv/bin/python -m bench.injection_model", "machine": machine(),
              "training": {"attacks": a, "look_alikes": la, "real_texts": len(real)},
              "chosen": best, "rule": "the C and threshold with the most dev attacks flagged in 5-fold CV among those "
                                      "flagging 0 real texts and <= 1% of look-alikes",
              "cross_validation_5_fold_dev": grid,
              "weights": {"file": WEIGHTS.name, "buckets_used": int(len(used)), "bytes": WEIGHTS.stat().st_size},
              "seconds": round(time.time() - started, 1)}
    path = write_result("injection_model", result)
    print("chosen", best, "wrote", WEIGHTS, path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
