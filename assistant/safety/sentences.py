"""May a sentence a model wrote be shown? The generation-time check every surface shares (chat prose, theme
summaries, plan fields), built on the support rule of ``assistant.safety.support``. Chat judges each sentence
against the items it cites; theme summaries and plan fields cite nothing and are judged against their evidence as
a whole (``judge_against``).

``SentenceJudge(sources, question=..., numbers=...)`` judges sentences one at a time, in order, and remembers what it
kept. A sentence is kept only when all of these hold:

- **supported**: more than three quarters of its content words occur in the item(s) it is judged against
  (``KEEP_SHARE``; `pma eval` and the benches measure with the looser ``support.SUPPORT_SHARE``, more than half: a
  tester judged the 13 model sentences that rule kept in 27 answers, and 9 were made up or inverted, "... the refund
  request was denied [F123]" citing an item that says no such thing; at three quarters 8 of the 9 are cut and the 4
  right ones, near copies of their items, stay). A sentence is judged against the items it cites; when those do
  not support it (or it
  cites none), against the single source item that supports it best, whose id it then cites (``cite``). Code-computed
  figures (``numbers``) support every sentence, except that a line citing items (a theme's line ending in [F270])
  supports only a sentence that cites one of them: "... SSO service ... [F311]" is not supported by the SSO theme's
  line when F311 is about offline maps;
- **says something the question did not**: at least one of its content words that is not in the question is found in
  the sources, and those question-free words are at least half found. Restating the question ("The Apple Watch app is
  coming." for "Is the Apple Watch app coming?") is not evidence of anything;
- **names nobody the sources do not name**: a capitalised word inside the sentence (a person, a job, a product) that
  no source contains makes it unsupported, and so does a redaction placeholder (``<NAME>``, ``<EMAIL>``...): an
  answer never invents a persona or talks about a redacted person;
- **takes its numbers from what it cites**: a number must be written in the item(s) the sentence cites, the
  question or a code-computed line that shares a word with the sentence beyond the question's ("... not 90% accurate
  [F2]" where only F5 says 90% is misattributed, and so is "... battery drain is 4" taking the 4 of "4 more are
  close in meaning");
- **quotes its source word for word**: a double-quoted passage must be in the item the sentence cites (rule 5 of
  ``assistant.safety.support``); a reworded quote is a misquote, however many words match;
- **is a whole claim**: at least ``MIN_CONTENT_WORDS`` content words, and it does not stop on a word that needs a
  continuation ("The battery drain is insane, but the app is too [F24]." ends on *too*; "Please fix [F24]." says one
  word), and it is not mostly serial, order or ticket numbers (``codes_only``: "Thermostat serial HT2-2116-4272,
  order #HRT-436235 [F445]"): a fragment can reuse the items' words and still tell the reader nothing;
- **leans on its source in every clause** (``CLAUSE_SHARE``): each clause of two content words or more (split at
  commas, semicolons and "but") has at least half of its content words in what the sentence is judged against or in
  the question, so a near copy of an item cannot carry a claim of its own ("... had to use the website, but the app
  is better [F197]" citing an item that never mentions the app: an explorer's meal-kit answers). Chat only; theme
  summaries and plan fields (``judge_against``) speak for many items at once;
- **keeps its source's polarity** (``inverts``): it does not negate what the items it leans on only affirm ("The
  sync does not work [F5]" citing "Sync works great"), and it does not state as a fact a quality the items only deny
  or wish for ("Offline maps work well [F3]" citing "offline maps don't work"; "The Apple Watch app is great [F9]"
  citing "an Apple Watch app would be great"). Clauses are compared, so "X broke" and "X fails" count as saying X
  does not work;
- **does not praise what its items complain about** (``praises_complaints``): a clause with a praise word (great, a
  game-changer, improved, love) citing only items that complain and praise nothing ("The 7.4 release is a
  game-changer for the app [F715]" citing "Terrible week. App freezes then crashes ...": a tester's, kept because
  its other words were in the item and the release's figures);
- **is no repeat**: a sentence whose content words (less the question's) are mostly those of a sentence already kept
  (``near_repeat``), or worded nearly like one (``similar_wording``), or that repeats a clause inside itself ("They're asking for a refund, and they're asking for a refund."), is cut like an
  exact repeat.

Lexical and explainable by design: it runs in microseconds with no model (no entailment model installs offline
from the package index with its weights; see the chat-trust note). Not handled: negation and wrong subjects ("users
love X" citing "I hate X" passes when the words match), which an entailment model would catch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from assistant.safety.support import STOP_WORDS, content_words, fold, misquotes
from assistant.safety.output import allowed_numbers, unsupported_numbers
from retrieval.redact import PLACEHOLDERS

KEEP_SHARE = 0.75  # a model sentence is shown when the share of its content words found is strictly above this
REPEAT_OVERLAP = 0.6  # share of the shorter sentence's content words both share: a near-repeat
SIMILAR_WORDING = 0.7  # word-sequence similarity (difflib ratio) of two near-identical sentences
# What redaction writes (``retrieval.redact.PLACEHOLDERS``), also escaped or bracketed as a model may echo it.
_PLACEHOLDER = re.compile(r"(?:<|&lt;|\[)\s*(?:" + "|".join(p.strip("<>") for p in PLACEHOLDERS) + r")\s*(?:>|&gt;|\])",
                          re.IGNORECASE)
_CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")  # capitalised, not first word of the sentence
_CITE = re.compile(r"\[F(\d+)\]")
MIN_CONTENT_WORDS = 3  # fewer content words make no claim worth adding to the code-written summary
CLAUSE_SHARE = 0.5  # a clause of a kept sentence has at least this share of its content words in its source
# English words a sentence cannot end on: it was cut off ("... but the app is too.").
_DANGLING = frozenset("""
a an the and but or nor so yet too very of to in on at by for from with without about into than as that which who
whose whom is are was were be been being am has have had do does did will would can could should may might must
my your our their its his her this these those such because if when while although though not no more most less
""".split())
_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# Capitalised words that name no one: sentence openers after a colon, days, months, common interface words.
_COMMON_CAPITALS = frozenset("""
The This That These Those They Their There Some Many Most Several Users User Customers People Overall However Also
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December English Chinese Android App Store Play Google Apple
""".split())


@dataclass
class Verdict:
    """What the judge decided about one sentence."""

    keep: bool
    reason: str = ""  # "" when kept; else incomplete | unsupported | restates the question | names someone | repeat
    #                   | misquotes
    cite: list[int] = field(default_factory=list)  # ids the sentence should cite (its own valid ones, or the best)
    stop: bool = False  # a repeat: the model is looping, stop generating


# What a computed line says a number is of: its words, less the topic it quotes and the scope in brackets ("more items
# about 'battery drain' close in meaning: 4 (about 'battery drain')" -> more, items, close, meaning).
_QUOTED_OR_SCOPE = re.compile(r"'[^'\n]*'|\([^)\n]*\)")
_LABEL_STOP = frozenset("the a an of in on at to for with by from about and or is are was were be been it its they "
                        "them their there that this these those which who whom than as so not no".split())


def _label_words(text: str) -> set[str]:
    """Lower-case words of ``text`` less function words, plural -s dropped ("complaints" ~ "complaint")."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w
            for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _LABEL_STOP}


class SentenceJudge:
    """Judges the sentences of one text in order (see the module docstring).

    Args:
        sources: item id -> text the sentences may lean on (what the model was shown).
        question: the question or task; its words support nothing.
        numbers: code-computed lines (figures and their labels), a source for every sentence.
    """

    def __init__(self, sources: Mapping[int, str], *, question: str = "", numbers: Iterable[str] = (),
                 each_clause: bool = True):
        numbers = list(numbers)
        self.each_clause = each_clause
        self.sources = {i: set(content_words(t)) for i, t in sources.items()}
        self._texts = {i: (t or "").lower() for i, t in sources.items()}
        self._raw = {i: t or "" for i, t in sources.items()}
        self._numbers = numbers
        # Words of the lines that cite no item support every sentence; a line's that cites items, only sentences
        # citing one of them.
        self.numbers = {w for line in numbers if not _CITE.search(line) for w in content_words(line)}
        self._line_words: dict[int, set[str]] = {}
        for line in numbers:
            for i in {int(n) for n in _CITE.findall(line)}:
                self._line_words.setdefault(i, set()).update(content_words(line))
        self._number_text = " ".join(numbers).lower()
        self.question = set(content_words(question))
        self._question_text = (question or "").lower()
        self.kept: list[tuple[set[str], list[str]]] = []  # content words (less the question's), all words

    def remember(self, sentence: str) -> None:
        """Count ``sentence`` (written by code, e.g. a summary line) as already said: a repeat of it is cut."""
        self.kept.append((set(content_words(sentence)) - self.question, _said(sentence)))

    def judge(self, sentence: str, *, raw: str = "") -> Verdict:
        """Decide on ``sentence`` and remember it when kept; ``raw``: the model's text before markup was stripped
        (a ``<NAME>`` placeholder is markup-shaped)."""
        if _PLACEHOLDER.search(sentence) or _PLACEHOLDER.search(raw):
            return Verdict(False, "names someone")
        words = content_words(sentence)
        if not words:
            return Verdict(False, "says nothing")
        if len(words) < MIN_CONTENT_WORDS or _last_word(sentence) in _DANGLING or codes_only(sentence):
            return Verdict(False, "incomplete")
        # Words of the question are in every sentence on the topic: repeats are judged on the rest.
        own = set(words) - self.question
        said = _said(sentence)
        if repeats_a_clause(sentence) or any(near_repeat(own, seen) or similar_wording(said, before)
                                             for seen, before in self.kept):
            return Verdict(False, "repeat", stop=True)
        if self._unknown_name(sentence):
            return Verdict(False, "names someone")
        cited = [i for i in dict.fromkeys(int(n) for n in _CITE.findall(sentence)) if i in self.sources]
        verdict = self._supported(words, cited)
        if verdict.keep and misquotes(sentence, [self._raw[i] for i in verdict.cite or self._raw] + self._numbers):
            return Verdict(False, "misquotes")
        if verdict.keep and verdict.cite and self._misattributes(sentence, verdict.cite):
            return Verdict(False, "misattributes a number")
        if verdict.keep and inverts(sentence, [self._raw[i] for i in verdict.cite or self._raw]):
            return Verdict(False, "inverts its source")
        if verdict.keep and self.each_clause and self._bare_clause(sentence, verdict.cite or list(self.sources)):
            return Verdict(False, "adds a clause its source does not say")
        if verdict.keep and verdict.cite and praises_complaints(sentence, [self._raw[i] for i in verdict.cite]):
            return Verdict(False, "praises what its sources complain about")
        if verdict.keep:
            self.kept.append((own, said))
        return verdict

    def _misattributes(self, sentence: str, cited: list[int]) -> bool:
        """A number of ``sentence`` that neither the question nor the items it cites write, and no computed line
        says of what the sentence says it of: a line counts only when its label (less the quoted topic and the scope)
        shares a word with the sentence (session 23: "The number of users who complain about battery drain is 4 [F218]." took the 4 of
        "4 more are close in meaning"; any line's number passed)."""
        allowed = allowed_numbers([self._question_text, *(self._raw[i] for i in cited)])
        if not unsupported_numbers(sentence, allowed):
            return False
        said = _label_words(sentence)
        lines = [line for line in self._numbers if _label_words(_QUOTED_OR_SCOPE.sub(" ", line)) & said]
        return bool(unsupported_numbers(sentence, allowed | allowed_numbers(lines)))

    # ---- rules ----------------------------------------------------------------------------------------------
    def _vocabulary(self, ids: list[int]) -> set[str]:
        """What sentences citing ``ids`` may lean on: those items, the figures, the figure lines that cite them."""
        out = set(self.numbers)
        for i in ids:
            out |= self.sources[i] | self._line_words.get(i, set())
        return out

    def _supported(self, words: list[str], cited: list[int]) -> Verdict:
        if cited and self._enough(words, self._vocabulary(cited)):
            return Verdict(True, cite=cited)
        best, best_found = None, -1
        for i in self.sources:  # the one item that supports it best
            vocab = self._vocabulary([i])
            found = sum(1 for w in words if w in vocab)
            if found > best_found:
                best, best_found = i, found
        if best is not None and self._enough(words, self._vocabulary([best])):
            return Verdict(True, cite=[best])
        all_numbers = self.numbers.union(*self._line_words.values())
        if not self.sources and self._enough(words, all_numbers):
            return Verdict(True)
        novel = [w for w in words if w not in self.question]
        if novel and not any(w in all_numbers or any(w in v for v in self.sources.values()) for w in novel):
            return Verdict(False, "unsupported")
        return Verdict(False, "restates the question" if not novel else "unsupported")

    def _enough(self, words: list[str], vocab: set[str]) -> bool:
        found = [w for w in words if w in vocab]
        if len(found) / len(words) <= KEEP_SHARE:
            return False
        novel = [w for w in words if w not in self.question]
        novel_found = [w for w in novel if w in vocab]
        return bool(novel_found) and len(novel_found) / len(novel) >= 0.5

    def _bare_clause(self, sentence: str, cited: list[int]) -> bool:
        """Has ``sentence`` a clause of two content words or more with fewer than ``CLAUSE_SHARE`` of them in the
        items it cites, the figures or the question? (Numbers are the number rules' business.)"""
        vocab = self._vocabulary(cited) | self.question
        for clause in _clauses(sentence):
            words = [w for w in content_words(" ".join(clause)) if not w.isdigit()]
            if len(words) >= 2 and sum(w in vocab for w in words) < CLAUSE_SHARE * len(words):
                return True
        return False

    def _unknown_name(self, sentence: str) -> bool:
        for m in _CAPITAL.finditer(_CITE.sub(" ", sentence)):
            word = m.group(0)
            if word in _COMMON_CAPITALS:
                continue
            low = word.lower()
            if low in self._question_text or low in self._number_text:
                continue
            if not any(low in t for t in self._texts.values()):
                return True
        return False


# Polarity (``inverts``). A clause is negative when it holds a negation or a word saying something does not work;
# hypothetical when it wishes or supposes. Claim words state that something works or is good.
_NEGATION = re.compile(r"^(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot|\w+n't)$")
_NEGATIVE = frozenset("""fail fails failed failing failure unable stop stops stopped broke broken crash crashes crashed
crashing error errors bug bugs buggy wrong stuck freeze freezes froze frozen missing lack lacks lacking useless""".split())
_HYPOTHETICAL = frozenset("""would wish wishes wished hope hoping if could should i'd it'd we'd they'd that'd please
add need needs want wants""".split())  # a request supposes the thing is not there yet
_CLAIMS = frozenset(fold(w) for w in """work works worked working good great nice fine reliable reliably fast quick
easy accurate stable helpful useful love loves loved enjoy enjoyed fixed smooth available support supports supported
possible perfect excellent awesome amazing""".split())
_CLAUSES = re.compile(r"[,;:.!?()\[\]\n]+|\s[-–—]+\s|\b(?:but|however|though|although|except|whereas)\b")
_TOKENS = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def _clauses(text: str) -> list[list[str]]:
    text = _CITE.sub(" ", text or "").lower().replace("’", "'")
    return [words for part in _CLAUSES.split(text) if (words := _TOKENS.findall(part))]


def _negative(words: list[str]) -> bool:
    return any(_NEGATION.match(w) or w in _NEGATIVE for w in words)


def _hypothetical(words: list[str]) -> bool:
    return any(w in _HYPOTHETICAL for w in words)


def inverts(sentence: str, sources: Iterable[str]) -> bool:
    """Does ``sentence`` turn what ``sources`` say around? (The polarity rule of the module docstring.)

    True when a word the sentence negates (a negation among the three words before it) occurs in the sources only in
    plain clauses (neither negative nor hypothetical: "There is no dark mode" may cite "Please add dark mode"); or
    when a claim word (``_CLAIMS``: works, reliable, great, love...) that the sentence states in a plain clause (not
    negative, not hypothetical) occurs in the sources only in negative or hypothetical clauses. Words the sources do not hold are the support rule's business, not this one's.

    Example:
        >>> inverts("Offline maps work well [F3].", ["Offline maps don't work on my phone"])
        True
        >>> inverts("Offline maps fail to download [F3].", ["Offline maps won't download"])
        False
    """
    seen: dict[str, list[tuple[bool, bool]]] = {}  # folded word -> (negative, hypothetical) of each source clause
    for text in sources:
        for words in _clauses(text):
            mood = (_negative(words), _hypothetical(words))
            for w in words:
                seen.setdefault(fold(w), []).append(mood)
    for words in _clauses(sentence):
        negative, hypothetical = _negative(words), _hypothetical(words)
        for i, w in enumerate(words):
            moods = seen.get(fold(w))
            if not moods or _NEGATION.match(w) or w in _NEGATIVE:
                continue
            negated = any(_NEGATION.match(b) for b in words[max(0, i - 3):i])
            if negated and w not in STOP_WORDS and not any(neg or hyp for neg, hyp in moods):
                return True
            if (fold(w) in _CLAIMS and not negative and not hypothetical
                    and all(neg or hyp for neg, hyp in moods)):
                return True
    return False


# Praise and complaint (``praises_complaints``): words that judge a thing good, and words only a complaint uses.
_PRAISE = re.compile(r"\b(?:great|excellent|amazing|awesome|fantastic|wonderful|brilliant|perfect|superb|outstanding|"
                     r"love[sd]?|loving|game[- ]?changer|improve[sd]?|improvement|better|best|impressive|delight\w*|"
                     r"praise[sd]?|happy|pleased|satisfied|smooth|seamless|reliable)\b")
_COMPLAINT = re.compile(r"\b(?:terrible|awful|horrible|worst|disappoint\w*|hate[sd]?|useless|unusable|frustrat\w*|"
                        r"annoy\w*|angry|furious|ridiculous|unacceptable|crash\w*|freez\w*|broken|fail\w*|"
                        r"last box|cancel\w*|refund|charged twice|never again|waste)\b")


def praises_complaints(sentence: str, sources: Iterable[str]) -> bool:
    """Does ``sentence`` praise (a plain clause with a praise word: great, a game-changer, improved, love) while every
    item it cites complains and praises nothing? A tester's "Did 7.4 fix the crashes?" got "The 7.4 release is a
    game-changer for the app [F715]" citing "Terrible week. App freezes then crashes ..." (its words were found in
    the item and the release lines, so the support rule kept it).

    Example:
        >>> praises_complaints("The 7.4 release is a game-changer [F7].", ["Terrible week. App freezes then crashes."])
        True
        >>> praises_complaints("Users love the recipes [F2].", ["Love the recipes, but delivery was late."])
        False
    """
    praised = any(_PRAISE.search(" ".join(words)) and not _negative(words) and not _hypothetical(words)
                  for words in _clauses(sentence))
    texts = [(t or "").lower() for t in sources]
    return praised and bool(texts) and all(_COMPLAINT.search(t) and not _PRAISE.search(t) for t in texts)


def judge_against(sentences: Iterable[str], evidence: Iterable[str], *, facts: Iterable[str] = ()) -> list[Verdict]:
    """Verdicts for ``sentences`` (one text's, in order) judged against all of ``evidence`` read as one source.

    For model text that speaks for several items at once and cites none of them (a theme summary, a plan field):
    a sentence is supported when more than half of its content words are somewhere in the evidence, not
    necessarily in one item. ``facts``: code-written lines (a problem statement, figures) that support every
    sentence. Repeats of an earlier kept sentence and names no evidence contains are refused as in chat.
    """
    judge = SentenceJudge({0: "\n".join(evidence)}, numbers=list(facts), each_clause=False)
    return [judge.judge(s) for s in sentences]


_CODE = re.compile(r"^#?(?=[\w-]*\d)(?:[A-Za-z]+\d[\w-]*|\d[\w-]*[A-Za-z][\w-]*|\d{5,}|\d+(?:-\d+)+|[A-Za-z]+-\d[\w-]*)$")
CODES_SHARE = 1 / 3  # a sentence more than this share of whose words are codes lists identifiers, it claims nothing


def codes_only(sentence: str) -> bool:
    """Is ``sentence`` mostly serial, order or ticket numbers ("Thermostat serial HT2-2116-4272, order #HRT-436235
    [F445]": a thermostat tester's answer kept it as a model sentence, copied from its item)? Words with digits and
    letters, long numbers and dashed number groups are codes; a version ("4.8.2") or a count is not."""
    tokens = [t.strip(".,;:!?()[]\"'") for t in _CITE.sub(" ", sentence).split()]
    tokens = [t for t in tokens if t and t.lower() not in _LABEL_STOP]
    codes = sum(bool(_CODE.match(t)) for t in tokens)
    return bool(tokens) and codes >= 2 and codes > CODES_SHARE * len(tokens)


def near_repeat(words: set[str], earlier: set[str]) -> bool:
    """Do two sentences (as content-word sets) say mostly the same thing?"""
    if not words and not earlier:
        return True  # both only restate the question's words
    if not words or not earlier:
        return False
    shared = len(words & earlier)
    return shared / min(len(words), len(earlier)) >= REPEAT_OVERLAP and shared >= min(2, len(words))


def similar_wording(words: list[str], earlier: list[str]) -> bool:
    """Two sentences worded nearly alike ("This is a 33% increase overnight, and it's not just a minor price increase"
    / "This is a 33% increase, and it's not just a small price increase"): word-sequence similarity."""
    if not words or not earlier:
        return False
    return SequenceMatcher(None, words, earlier, autojunk=False).ratio() >= SIMILAR_WORDING


def _last_word(sentence: str) -> str:
    words = _WORDS.findall(_CITE.sub(" ", sentence))
    return words[-1].lower() if words else ""


def _said(sentence: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(_CITE.sub(" ", sentence))]


def repeats_a_clause(sentence: str, n: int = 4) -> bool:
    """True when a run of ``n`` words occurs twice in one sentence (a small model's loop inside a sentence)."""
    words = [w.lower() for w in _WORDS.findall(_CITE.sub(" ", sentence))]
    grams = [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]
    return len(grams) != len(set(grams))


def cite(sentence: str, ids: list[int]) -> str:
    """``sentence`` citing exactly ``ids``: its own citations are replaced, the new ones go before the end mark."""
    body = re.sub(r"\s*\[F\d+\]", "", sentence).rstrip()
    refs = "".join(f"[F{i}]" for i in ids)
    if not refs:
        return body
    m = re.search(r"[.!?。！？]+[\"')\]]*$", body)
    return (body[: m.start()].rstrip() + f" {refs}" + body[m.start():]) if m else f"{body} {refs}"
