"""The evidence-first summary of a lookup answer, written by code: what a PM reads even with no model at all.

    9 items match this question: 7 negative, 1 neutral, 1 positive; average rating 1.8 (6 rated).
    - "Offline maps never finish downloading" (5 items, 5 negative) [F12][F40][F77]
    - "Regions too big to download on mobile data" (2 items, 1 negative) [F5][F8]

How it is built from the items judged on topic (``relevance``):

- counts and the sentiment mix (the stored classification, else the rating: 1-2 negative, 3 neutral, 4-5 positive);
- the items are grouped by meaning (average-link clustering of their stored embeddings, cosine ``GROUP_COSINE``),
  largest groups first, at most ``MAX_POINTS``;
- groups of one item are points only when nothing groups; a point cites up to three of its items, those among the
  ``CITE_RANK`` best search results and, when any on-topic item's words agree with the question
  (``relevance.Relevance.agree``), only such items (all on-topic items are counted, the best-ranked are cited); a
  point with no item to cite is not listed, and it is named from an item it cites;
- each point is named with its own words: the clause of its items that the other members echo most (leaning to the
  question's words and the most central items), quoted, cut to ``NAME_WORDS`` words; items that carried instructions
  are never quoted.

Every figure goes into ``numbers_used`` so a reader (and ``pma eval``) can check each sentence against its sources.
Not handled: naming points with words of several items (a model may add such sentences, checked, after this).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import numpy as np

from assistant.chat.aggregate import Number
from assistant.safety.support import content_words
from assistant.safety.untrusted import REMOVED
from assistant.themes.kinds import NEGATIVE_MAX_RATING
from assistant.themes.store import vec
from retrieval.columns import score_of_ten
from retrieval.search import SearchHit

GROUP_COSINE = 0.5  # items at least this close on average make one point (all-MiniLM-L6-v2)
MAX_POINTS = 4
CITES_PER_POINT = 3
# A point cites its members among the best-ranked search results: on the dev split of bench/answer_trust.py, items
# judged on topic are relevant 0.79 of the time within the top 10 results and 0.76 over all 30. Items on topic by
# meaning alone, cited beside items that name the topic, were relevant 0 of 34 times there (answer-precision note).
CITE_RANK = 10
NAME_WORDS = 12
_CLAUSE = re.compile(r"(?:[^.!?;\n。！？；]|(?<=\d)\.(?=\d))+")  # a decimal point ("£34.99") ends no clause
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,]{0,30},\s*", re.IGNORECASE)
# A redacted name or a role in brackets opening a clause ("<NAME> (bikepacker) noticed ..."): not the point's words.
_LEAD = re.compile(r"^\s*(?:(?:&lt;|<)[A-Z]+(?:&gt;|>)\s*)?(?:\([^()]{1,40}\)\s*)?")


@dataclass
class Point:
    name: str
    ids: list[int]
    negative: int = 0


@dataclass
class Summary:
    lines: list[str] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def summarize(conn, hits: list[SearchHit], texts: dict[int, str], flagged: set[int], *, question: str = "",
              scope: str = "", checked: int | None = None, relevance: dict | None = None, about: int | None = None,
              topic: str = "") -> Summary:
    """Summary of the on-topic ``hits`` (best first). ``texts``: the sanitized text of each item (what may be quoted);
    ``flagged``: items that carried instructions; ``checked``: how many search results were examined;
    ``relevance``: item id -> ``relevance.Relevance`` (which items' words agree with the question; see ``_cited``);
    ``about``: how many items in scope are about ``topic`` by the count rule, said when more than the hits."""
    out = Summary()
    if not hits:
        return out
    ids = [h.id for h in hits]
    citable = _citable(hits, relevance or {})
    sentiment = _sentiments(conn, hits)
    n = len(hits)
    mix = {s: sum(1 for i in ids if sentiment.get(i) == s) for s in ("negative", "neutral", "positive")}
    # a survey answer read from a 0-10 score is averaged as that score, apart from the star ratings (its 1-5 band
    # among them read as a star rating: see ``aggregate.Rated``)
    tens = {h.id: score_of_ten(h.rating, h.metadata) for h in hits if h.rating is not None}
    rated = [h.rating for h in hits if h.rating is not None and tens[h.id] is None]
    scores = [t for t in tens.values() if t is not None]
    out.numbers.append(Number("matching_items", "items that match the question", n, scope))
    for s, c in mix.items():
        out.numbers.append(Number(f"{s}_items", f"{s} items among those that match", c, scope))
    head = f"{n} item{'s' if n != 1 else ''} match{'es' if n == 1 else ''} this question"
    if scope and scope != "all feedback":  # "(plan=Team)", "(rating <= 2)": what the question or the filters narrowed to
        head += f" ({scope})"
    if checked is not None and n >= checked:
        head += f" (all {checked} closest items checked; there may be more)"
    parts = [f"{c} {s}" for s, c in mix.items() if c]
    if parts:
        head += ": " + ", ".join(parts)
    if n_flagged := sum(1 for i in ids if i in flagged):  # a tester's only "crypto wallet" match was a planted order
        out.numbers.append(Number("flagged_items", "matching items that carry instructions to an assistant",
                                  n_flagged, scope))
        head += (f"; {n_flagged} of them carr{'ies' if n_flagged == 1 else 'y'} instructions to an assistant "
                 f"(possible prompt injection, read as data only)")
    if rated:
        average = round(sum(rated) / len(rated), 1)
        out.numbers.append(Number("average_rating", "average rating (1-5) of the matching items", average, scope))
        out.numbers.append(Number("rated_items", "matching items with a rating", len(rated), scope))
        head += f"; average rating {average:g} ({len(rated)} {'star ratings' if scores else 'rated'})"
    if scores:
        score = round(sum(scores) / len(scores), 1)
        out.numbers.append(Number("average_score_of_10", "average 0-10 score of the matching survey answers", score,
                                  scope))
        out.numbers.append(Number("score_answers", "matching survey answers with a 0-10 score", len(scores), scope))
        head += f"; average score {score:g}/10 ({len(scores)} survey answers)"
    out.lines.append(head + ".")
    if about is not None and about > n and topic:
        out.numbers.append(Number("items_about_topic", f"items in scope about '{topic}' (their words or close in "
                                  "meaning)", about, scope))
        out.lines.append(f"In all, {about} items are about '{topic}' (by their words or close in meaning; ask "
                         f"\"How many ...\" for the whole count): the {n} above are the closest.")
    groups = [g for g in _groups(conn, ids) if any(i in citable for i in g)]  # a point is listed with its evidence
    if len(groups) > 1:  # a lone item is a point only when nothing else groups
        groups = [g for g in groups if len(g) > 1] or groups[:1]
    topic_words = set(content_words(question))
    groups = [sorted(g, key=lambda i: i in flagged) for g in groups]  # items that carried instructions cited last
    out.points = [p for p in (_point(g, texts, flagged, sentiment, topic_words, citable) for g in groups[:MAX_POINTS])
                  if p.name]
    if not out.points:
        return out
    for k, p in enumerate(out.points, start=1):
        out.numbers.append(Number(f"point:{k}:items", f"items making the point {p.name}", len(p.ids), scope))
        out.numbers.append(Number(f"point:{k}:negative", f"negative items making the point {p.name}", p.negative, scope))
        count = f"{len(p.ids)} item{'s' if len(p.ids) != 1 else ''}"
        if p.negative:
            count += f", {p.negative} negative"
        refs = "".join(f"[F{i}]" for i in _cited(p.ids, citable))
        out.lines.append(f"- {p.name} ({count}) {refs}")
    return out


def _citable(hits: list[SearchHit], relevance: dict) -> dict[int, int]:
    """Item id -> rank for the items a point may cite: among the best ``CITE_RANK`` results, and, when any item's
    words agree with the question (``Relevance.agree``), only such items: an item close in meaning alone is kept
    for counting and grouping but is weaker evidence than one that names the topic."""
    words_agree = {h.id for h in hits if h.id in relevance and relevance[h.id].agree}
    return {h.id: k for k, h in enumerate(hits[:CITE_RANK]) if not words_agree or h.id in words_agree}


def _cited(ids: list[int], citable: dict[int, int]) -> list[int]:
    """Up to ``CITES_PER_POINT`` of a point's citable items (its quoted item first when it is one of them); none
    when it has none (the point is then not listed)."""
    return [i for i in ids if i in citable][:CITES_PER_POINT]


def _sentiments(conn, hits: list[SearchHit]) -> dict[int, str]:
    stored = dict(conn.execute("SELECT feedback_id, sentiment FROM feedback_classification WHERE feedback_id = ANY(%s)",
                               ([h.id for h in hits],)).fetchall())
    out = {}
    for h in hits:
        if h.id in stored:
            out[h.id] = stored[h.id]
        elif h.rating is not None:
            out[h.id] = ("negative" if h.rating <= NEGATIVE_MAX_RATING else "neutral" if h.rating < 4 else "positive")
    return out


def _groups(conn, ids: list[int]) -> list[list[int]]:
    """Average-link clustering by cosine of the stored embeddings; groups largest first, items in rank order."""
    rows = {r[0]: r[1] for r in conn.execute("SELECT id, embedding FROM feedback WHERE id = ANY(%s)", (ids,))}
    order = [i for i in ids if rows.get(i) is not None]
    if not order:
        return [[i] for i in ids]
    x = np.stack([vec(rows[i]) for i in order])
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    sim = x @ x.T
    clusters = [[k] for k in range(len(order))]
    while len(clusters) > 1:
        best, pair = GROUP_COSINE, None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                s = float(sim[np.ix_(clusters[a], clusters[b])].mean())
                if s >= best:
                    best, pair = s, (a, b)
        if pair is None:
            break
        a, b = pair
        clusters[a] = sorted(clusters[a] + clusters[b])
        del clusters[b]
    clusters.sort(key=lambda c: (-len(c), c[0]))  # largest first, then the best-ranked
    out = []
    for c in clusters:
        members = [order[k] for k in c]
        central = max(c, key=lambda k: (float(sim[k, c].mean()), -k))
        out.append([order[central]] + [m for m in members if m != order[central]])
    return out


def _point(group: list[int], texts: dict[int, str], flagged: set[int], sentiment: dict[int, str],
           topic: set[str], citable: dict[int, int]) -> Point:
    """Name a group with one clause of its own citable items (see the module docstring): the clause whose words the
    other members share most, leaning to the question's words and to the group's most central items."""
    negative = sum(1 for i in group if sentiment.get(i) == "negative")
    words_of = {i: set(content_words(texts.get(i, ""))) for i in group}
    best_name, best_score, named_by = "", float("-inf"), None
    for rank, item in enumerate(group):
        if item in flagged or REMOVED in texts.get(item, "") or item not in citable:  # the quote's item is cited
            continue
        # Clauses of the text as typed: the sanitized text is HTML-escaped, and "AT&amp;T" must not end a clause.
        for clause in _CLAUSE.findall(html.unescape(texts.get(item, ""))):
            clause = _LEAD.sub("", _GREETING.sub("", clause))
            words = clause.split()
            cw = set(content_words(clause))
            if len(words) < 3 or len(cw) < 2:
                continue
            shared = sum(len(cw & words_of[o]) for o in group if o != item) / max(len(group) - 1, 1)
            score = shared + 1.5 * len(cw & topic) - 0.3 * rank - 0.1 * max(len(words) - NAME_WORDS, 0)
            if score > best_score:
                best_name, best_score, named_by = clause.strip(), score, item
    words = best_name.split()
    name = " ".join(words[:NAME_WORDS]) + ("…" if len(words) > NAME_WORDS else "")
    name = name.strip(" ,:-")
    ids = [named_by, *(i for i in group if i != named_by)] if named_by is not None else list(group)
    name = html.escape(name[:1].upper() + name[1:], quote=False)  # escaped again, like every shown item text
    return Point(f'"{name}"' if name else "", ids, negative)  # the quoted item is cited first
