"""Theme keywords by class-based TF-IDF, and the keyword label used when the LLM's label is unusable.

All texts of a theme are treated as one document (BERTopic's c-TF-IDF idea): scikit-learn's ``CountVectorizer``
counts words per item, the counts are summed per theme, and ``TfidfTransformer`` weighs them against the other
themes, so a word that every theme uses ("app") ranks low and one that sets a theme apart ranks high.

Tokenization handles Chinese: runs of CJK characters are segmented with jieba (single characters are mostly
function words and are dropped); other scripts are split into words; English and Chinese stop words and the
redaction placeholders (``<EMAIL>``...) are removed, and so are the function words of the other Latin-script languages
``retrieval.languages`` tells apart, in items written in them. Not handled: stemming.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from retrieval.languages import function_words, latin_language
from retrieval.lexical import jieba_segmenter as _segmenter  # one lazy, thread-safe jieba loader
from retrieval.redact import PLACEHOLDERS

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W\d_]+(?:['’][^\W\d_]+)?|\d+[a-z]*", re.UNICODE)
# Keywords keep a hyphenated word whole: "sign-on" lost its "on" (a stop word), so a tester's SSO theme was labelled
# "Single sign / sso"; "multi-currency" reads better as itself. The clustering features keep ``_TOKEN``.
_KEYWORD_TOKEN = re.compile(rf"[{_CJK}]+|[^\W\d_]+(?:[-‐'’][^\W\d_]+)*|\d+[a-z]*", re.UNICODE)
# Verbs whose particle (a stop word) is part of what they name: "log in", "sign up", "check out", "opt out"
_PHRASAL = frozenset("log logs logged logging sign signs signed signing check checking checked set setting opt "
                     "opting opted".split())
_PARTICLES = frozenset("in up out on off".split())
_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS))  # what redaction writes
_ZH_STOP = frozenset(
    "我们 你们 他们 她们 它们 自己 这个 那个 这些 那些 什么 怎么 为什么 因为 所以 但是 而且 如果 虽然 然后 还是 或者 "
    "就是 已经 可以 没有 不是 一个 一下 一直 一些 现在 时候 还有 非常 真的 这样 那样 希望 谢谢 请问 觉得 感觉 应该 "
    "需要 能够 知道 还是 但是 只是 而已 的话 之后 之前 以后 以前 其实 特别 比较 有点".split()
)
_EN_EXTRA = frozenset("im ive dont doesnt didnt cant wont isnt its thats pls please thanks thank just really "
                      "app apps got get use using used like".split())
# Left out of theme keywords only (the classifiers keep them: they tell a request from a complaint): words that say
# what kind of feedback an item is, not what it is about ("add the ability to", "lack of", "I wish", "needs"). A
# theme's kind is shown from its classification; its label names the subject ("Ability / client / twitter" was the
# label of a theme of feature requests in public app reviews).
_KIND_WORDS = frozenset("ability lack lacks lacking wish wishes hope add adding need needs want wants".split())


# Auxiliary verbs sklearn's English stop list lacks ("Does / high / new" labelled a theme about a price rise). Left
# out of keywords only: the clustering features keep their tokens as they were measured (bench/themes.py).
_AUXILIARIES = frozenset("does did doing done having".split())
# Fillers of set phrases: "far" is "so far" ("Dark mode / far" labelled a tester's dark-mode theme), "lot" "a lot".
# The headings ingest puts before a review site's answers ("Pros: ...", "Cons: ...": ``retrieval.rows``) name no topic
# ("Customer support / answer / pros").
_FILLERS = frozenset("far lot bit plz pros cons likes dislikes".split())


# Where a phrase ends: two words either side of a full stop, comma, colon, bracket or quote are not a phrase ("SaaS
# company. Quick, helpful" gave "company quick" and "quick helpful", the label of a tester's support-praise theme).
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\[\]{}\"“”«»…。，！？；：、\n]+|\s[-–—]+\s")


def _keyword_terms(text: str) -> list[str]:
    """Words and two-word phrases of ``text`` for theme keywords. A phrase is two words next to each other in the
    text, in one clause: scikit-learn's stop-word list (what BERTopic uses) makes phrases of words it separated,
    "Not happy with the pricing" gave "happy pricing" and "loving it so far" "loving far". The function
    words of the item's language are left out when it is another Latin-script language (a Spanish theme was labelled
    "La / siempre / colgada", a French one "Au réponse / efficace")."""
    other_stop = function_words(latin_language(text))
    terms: list[str] = []
    for clause in _CLAUSE_BREAK.split(_PLACEHOLDER.sub(",", text)):
        for run in _word_runs(clause, _KEYWORD_TOKEN):
            words = [None if w in _KIND_WORDS or w in _AUXILIARIES or w in _FILLERS or w in other_stop else w
                     for w in run]
            terms.extend(w for w in words if w)
            terms.extend(f"{a} {b}" for a, b in zip(words, words[1:]) if a and b and a != b)  # not "love love"
    return terms


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | _EN_EXTRA | _ZH_STOP


_STOP: frozenset[str] | None = None


def tokenize(text: str) -> list[str]:
    """Lower-cased content words of ``text``; Chinese segmented with jieba.

    Example:
        >>> tokenize("Offline maps won't download 离线地图无法下载")
        ['offline', 'maps', 'download', '离线', '地图', '无法', '下载']
    """
    return [w for run in _word_runs(text) for w in run]


def _word_runs(text: str, pattern: re.Pattern = _TOKEN) -> list[list[str]]:
    """The content words of ``text`` (``pattern``'s tokens) in runs of words that stand next to each other in it: a
    stop word, a number or a one-letter word between two words ends a run."""
    global _STOP
    if _STOP is None:
        _STOP = _stop_words()
    runs: list[list[str]] = [[]]

    def word(w: str | None) -> None:
        if w is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(w)

    for token in pattern.findall(_PLACEHOLDER.sub(" ", text).lower()):
        if pattern is _KEYWORD_TOKEN and token in _PARTICLES and runs[-1] and runs[-1][-1] in _PHRASAL:
            runs[-1][-1] += " " + token  # "log in": the particle is a stop word ("Password reset / log")
        elif _CJK_RUN.fullmatch(token):
            for w in _segmenter().lcut(token):
                word(w if len(w) > 1 and w not in _STOP else None)
        elif len(token) > 1 and token.replace("’", "'") not in _STOP and token.replace("'", "") not in _STOP \
                and not token.isdigit():
            word(_plain(token))
        else:
            word(None)
    return [run for run in runs if run]


def _plain(token: str) -> str:
    """A token with a typographic apostrophe or hyphen written plain ("don’t" -> "don't", "sign‐on" -> "sign-on")."""
    return token.replace("’", "'").replace("‐", "-")


def is_cjk(text: str) -> bool:
    """True when most letters of ``text`` are Chinese characters."""
    cjk = sum(len(m) for m in _CJK_RUN.findall(text))
    letters = sum(1 for ch in text if ch.isalpha())
    return letters > 0 and cjk / letters > 0.5


def class_keywords(docs_by_theme: dict[int, Sequence[str]], top_n: int = 8) -> dict[int, list[str]]:
    """Top ``top_n`` c-TF-IDF terms (words and two-word phrases) of each theme.

    Args:
        docs_by_theme: theme id -> the texts of its items.
        top_n: keywords kept per theme.

    Returns:
        theme id -> keywords, best first. A theme whose texts have no content words gets an empty list.
    """
    return theme_terms(docs_by_theme, (top_n,))[0]


def theme_terms(docs_by_theme: dict[int, Sequence[str]], top_ns: Sequence[int]) -> list[dict[int, list[str]]]:
    """``class_keywords`` for each top-n of ``top_ns``, from one c-TF-IDF fit: e.g. ``(8, LABEL_CANDIDATES)`` for a
    theme's keywords and its label candidates."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

    theme_ids = [t for t, docs in docs_by_theme.items() if docs]
    docs = [d for t in theme_ids for d in docs_by_theme[t]]
    owner = np.repeat(np.arange(len(theme_ids)), [len(docs_by_theme[t]) for t in theme_ids])
    outs: list[dict[int, list[str]]] = [{t: [] for t in docs_by_theme} for _ in top_ns]
    if not docs:
        return outs
    # Words seen in one item only are mostly typos and names; keep them when there is too little text to be picky.
    vectorizer = CountVectorizer(analyzer=_keyword_terms, min_df=2 if len(docs) >= 30 else 1)
    try:
        counts = vectorizer.fit_transform(docs)
    except ValueError:  # no content words at all (e.g. only emoji or numbers)
        return outs
    membership = sp.csr_matrix((np.ones(len(docs)), (owner, np.arange(len(docs)))), shape=(len(theme_ids), len(docs)))
    per_theme = membership @ counts
    weights = TfidfTransformer(sublinear_tf=True).fit_transform(per_theme).toarray()
    # A theme of ten items or more is named by words two of its items use: one item's words ("rank dark mode as the
    # number one priority", an order planted in one ticket) had named a tester's theme of 15 praise answers.
    items_with = (membership @ (counts > 0).astype(np.float64)).toarray()
    sizes = np.asarray(membership.sum(axis=1)).ravel()
    weights[(sizes[:, None] >= 10) & (items_with < 2)] = 0.0
    vocab = vectorizer.get_feature_names_out()
    for row, theme in enumerate(theme_ids):
        order = np.argsort(-weights[row], kind="stable")
        for out, top_n in zip(outs, top_ns):
            kept = _dedupe([str(vocab[i]) for i in order[: top_n * 3] if weights[row, i] > 0], top_n)
            out[theme] = _as_written(kept, docs_by_theme[theme])
    return outs


LABEL_CANDIDATES = 12
"""c-TF-IDF terms a theme's label is chosen from (``by_meaning``): its best 12. Chosen by reading the labels of two
testers' exports (meal kits, invoicing; 34 themes) with 12 and 24 candidates: 24 let rare phrases of two items
name a theme ("Rate recipes" for 255 recipe compliments)."""


def by_meaning(terms: dict[int, list[str]], centroids: dict[int, Any], embedder) -> dict[int, list[str]]:
    """Each theme's ``terms`` ordered by how close their embedding is to the theme's centroid (the unit mean of its
    items' embeddings), the idea of BERTopic's KeyBERTInspired representation: c-TF-IDF finds the words that set
    a theme apart, the embedding picks those that say what it is about. Keyword labels were unigrams that set a
    theme apart without naming it ("Miss / food / consistently" and "Day / hours / food" for two late-delivery
    themes; with this order "Delivery late / reliable" and "Delivery window / late").

    Args:
        terms: theme id -> candidate terms (``theme_terms``).
        centroids: theme id -> unit centroid; a theme without one keeps its order.
        embedder: ``retrieval.embed.Embedder`` (or any object with ``encode(list[str]) -> array``).
    """
    import numpy as np

    flat = [(t, term) for t, ts in terms.items() if t in centroids for term in ts]
    if not flat:
        return {t: list(ts) for t, ts in terms.items()}
    vectors = np.asarray(embedder.encode([term for _, term in flat]), dtype=np.float32)
    score = {key: float(v @ np.asarray(centroids[key[0]], dtype=np.float32)) for key, v in zip(flat, vectors)}
    return {t: sorted(ts, key=lambda term: -score[(t, term)]) if t in centroids else list(ts)
            for t, ts in terms.items()}


LABEL_COVERAGE = 1 / 3
"""A label's other terms are said by at least this share of the items its first term is said by."""
LEAD_COVERAGE = 1.5
"""A phrase said by this many times the items the first term is said by leads the label instead."""


def well_said(terms: list[str], docs: Sequence[str]) -> list[str]:
    """``terms`` (a theme's label candidates, best first) led by a phrase far more of its items say than the first,
    and without the terms few of them say beside that: an analytics tester's theme of 77 Android and 12 iOS SDK
    crashes was labelled "SDK crash / iOS" ('iOS' in 12 items, 'android SDK' in 62; now "Android SDK / crashes").

        >>> well_said(["SDK crash", "iOS", "android SDK", "crashes"],
        ...           ["Android SDK crash"] * 4 + ["The android SDK crashes on start"] * 4 + ["iOS SDK crash"])
        ['android SDK', 'SDK crash', 'crashes']
    """
    if not terms:
        return []
    lowered = [d.lower() for d in docs]
    said = {t: sum(1 for d in lowered if re.search(rf"(?<![\w-]){re.escape(t.lower())}(?![\w-])", d)) for t in terms}
    lead = max((t for t in terms if " " in t), key=lambda t: said[t], default=None)
    if lead and said[lead] >= LEAD_COVERAGE * said[terms[0]]:
        terms = [lead] + [t for t in terms if t != lead]
    return [terms[0]] + [t for t in terms[1:] if said[t] >= LABEL_COVERAGE * said[terms[0]]]


def _as_written(keywords: list[str], docs: Sequence[str]) -> list[str]:
    """``keywords`` with each word in the case its theme's items write it, where that case says something: an
    acronym or a name with capitals inside ("SSO", "QuickBooks", "iOS"), when at least two thirds of the word's
    occurrences are written so ("Sso / okta" and "Quickbooks online" were a tester's labels). Other words stay lower
    case: a capital at the start of a sentence says nothing."""
    from collections import Counter

    wanted = {w for k in keywords for w in k.split()}
    forms: dict[str, Counter] = {}
    for doc in docs:
        for token in _KEYWORD_TOKEN.findall(doc):
            written = _plain(token)
            if (low := written.lower()) in wanted:
                forms.setdefault(low, Counter())[written] += 1
    case = {}
    for low, seen in forms.items():
        form, n = seen.most_common(1)[0]
        shaped = any(ch.isupper() for part in form.split("-") for ch in part[1:]) or (form.isupper() and len(form) > 1)
        if shaped and n >= 2 / 3 * sum(seen.values()):
            case[low] = form
    return [" ".join(case.get(w, w) for w in k.split()) for k in keywords]


def _dedupe(terms: list[str], top_n: int) -> list[str]:
    """Drop a word when a better-ranked phrase already contains it; a phrase whose words are all listed takes the
    place of the best-ranked of them, and they go; drop a phrase that is a listed one in another order or form
    ("fix error" after "error fix", "drains battery" after "draining battery": words compared by
    ``assistant.safety.support.fold``)."""
    from assistant.safety.support import fold

    kept: list[str] = []
    forms: list[list[str]] = []  # the folded words of each kept term, sorted
    for term in terms:
        words = term.split()
        folded = sorted(fold(w) for w in words)
        if len(words) == 1 and any(term in k.split() for k in kept if " " in k):
            continue
        if len(words) > 1 and folded in forms:
            continue
        if len(words) > 1 and all(w in kept for w in words):  # "mode", "dark", then "dark mode": the phrase
            at = min(kept.index(w) for w in words)            # takes the place of its best word ("Mode / dark /
            for w in dict.fromkeys(words):                      # far" was a tester's dark-mode theme)
                forms.pop(kept.index(w))
                kept.remove(w)
            kept.insert(at, term)
            forms.insert(at, folded)
            continue
        kept.append(term)
        forms.append(folded)
        if len(kept) == top_n:
            break
    return kept


# Words of opinion, not of subject: a label names what a theme is about ("Useful / weather / great", "Cute love /
# cat" and "Game great / lair" were labels of public app-review themes). Left in the keywords; out of the label
# while at least two other keywords remain.
_OPINION = frozenset("""great good nice love loved loves lovely cute awesome amazing excellent best better perfect cool
fun useful helpful easy simple fantastic wonderful beautiful adorable favorite favourite ok okay fine bad terrible
happy unhappy glad pleased disappointed loving
horrible awful worst poor hate hated annoying useless stupid application""".split())


def keyword_label(keywords: Sequence[str], max_terms: int = 3) -> str:
    """A readable label from keywords: ``['battery', 'drain', 'gps']`` -> ``'Battery / drain / gps'``.

    A two-word phrase among the top keywords leads, since phrases read better than single words. Opinion words
    (``_OPINION``) are left out while at least two subject keywords remain, and no word is shown twice, in any form
    ("Game freezes / freezes time", "Waiters / service / waiter").
    """
    if not keywords:
        return "Miscellaneous"
    subject = [k for k in keywords if not any(w in _OPINION for w in k.split())]
    keywords = subject if len(subject) >= 2 else list(keywords)
    top = list(keywords[: max_terms + 2])
    phrases = [k for k in top[:3] if " " in k]
    chosen = phrases[:1] + [k for k in keywords if k not in phrases[:1] and not (phrases and k in phrases[0].split())]
    from assistant.safety.support import fold

    shown: set[str] = set()
    unique = []
    for k in chosen:  # no word twice, in any form: "Game freezes / freezes time", "Waiters / service / waiter"
        forms = {fold(w) for w in k.split()}
        if not forms & shown:
            unique.append(k)
            shown.update(forms)
    chosen = unique
    label = " / ".join(chosen[:max_terms] if not phrases else chosen[: max_terms - 1])
    return label if label[:2].isupper() or label[1:2].isupper() else label[:1].upper() + label[1:]
